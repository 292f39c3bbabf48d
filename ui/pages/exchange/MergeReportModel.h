#pragma once
// The merge report of an import as a table: one row per kind of record (concerns, meetings…), with what was
// added, updated, deleted, skipped as already known, left in conflict and kept aside (not applied). Several
// bundles imported together add up.
#include "core/sync/MergeReport.h"
#include <QAbstractTableModel>

namespace hamkori::exchange {

class MergeReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Added,
        Updated,
        Deleted,
        Skipped,
        Conflicts,
        Quarantined,
        ColumnCount
    };

    explicit MergeReportModel(QObject* parent = nullptr);

    void clear();
    /// Adds a bundle's report to the table.
    void add(const sync::MergeReport& report);
    /// The sum per kind so far.
    const QMap<QString, sync::KindTally>& tallies() const { return m_tallies; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QMap<QString, sync::KindTally> m_tallies;
    QStringList m_kinds; // the rows, in the order of m_tallies
};

} // namespace hamkori::exchange
