#pragma once
// The concern register as a lazy table: rows come from ConcernRepository::page() a page at a time
// (canFetchMore/fetchMore), filtering and sorting happen in SQL, and nothing loads the whole list.
#include "core/storage/ConcernRepository.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace hamkori {

class ConcernListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        Category,
        Place,
        RaisedByColumn,
        Status,
        FirstRaised,
        Restricted,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
    };
    static constexpr int kPageSize = 200;

    explicit ConcernListModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sets ConcernFilter::sort/descending and reads the first page again; columns SQL cannot sort by are
    /// ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    /// Replaces the filter (its sort is kept from the model) and reads the first page.
    void setFilter(const ConcernFilter& filter);
    ConcernFilter filter() const { return m_filter; }
    /// Reads again as many rows as are loaded now (at least a page), e.g. after the data file changed.
    void reload();
    /// Reads the category names again (the list changed, or the language).
    void reloadCategories();

    /// How many concerns match the filter (loaded or not).
    int totalCount() const { return m_total; }
    QString uuidAt(int row) const;
    const ConcernRow* rowAt(int row) const;
    /// The row of a concern among the loaded rows, -1 when not loaded (or not matching).
    int rowOf(const QString& uuid) const;
    /// Loads pages until the concern is loaded or `maxRows` are; returns its row or -1.
    int loadUntil(const QString& uuid, int maxRows);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// After every reload (the count may have changed).
    void totalCountChanged(int total);

private:
    static QString columnName(int section);
    void load(int rows);

    Database& m_db;
    ConcernFilter m_filter;
    QList<ConcernRow> m_rows;
    int m_total = 0;
    QHash<QString, QString> m_categoryNames;
    QString m_lastError;
    bool m_announcing = false; // between begin…() and end…() of a reset or an insertion, signals included
};

} // namespace hamkori
