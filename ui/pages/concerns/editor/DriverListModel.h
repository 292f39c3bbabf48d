#pragma once
// The drivers of a concern as a checkable list of the Driver list's entries (in the UI language). Ticking or
// unticking one saves the concern's drivers through the undo layer (ConcernRepository::setDrivers).
#include "core/model/Reference.h"
#include <QAbstractListModel>
#include <QSet>

namespace hamkori {

class Session;
class ConcernEdits;

class DriverListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    DriverListModel(ConcernEdits& edits, QObject* parent = nullptr);

    /// Reads the list entries (names in the current language) and the concern's drivers.
    void reload();
    QStringList checkedDrivers() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    ConcernEdits& m_edits;
    QList<ReferenceItem> m_items;
    QSet<QString> m_checked;
};

} // namespace hamkori
