#pragma once
// A read-only table of records the concern editor lists (status history, links, meetings, rounds, plans):
// each row is one record with its UUID (Qt::UserRole) and the texts of its cells, built by the tab from core.
#include <QAbstractTableModel>
#include <QStringList>

namespace hamkori {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int UuidRole = Qt::UserRole;
    static constexpr int ExtraRole = Qt::UserRole + 1; // what the tab needs besides the UUID

    struct Row
    {
        QString uuid;
        QStringList cells;
        QString toolTip;
        QVariant extra;
        int restrictedColumn = -1; // the cell that shows RestrictedMark::icon(), none when -1
        bool operator==(const Row&) const = default;
    };

    explicit RecordTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    /// Replaces the rows; nothing happens (the selection stays) when they are the same.
    void setRows(const QList<Row>& rows);
    const Row& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace hamkori
