#pragma once
// A read-only table over a query that returns rows page by page: the first page is loaded by reload(), the
// next ones when the view scrolls near the end (canFetchMore/fetchMore), so that a coordinator's list of
// thousands of overdue activities appears at once.
#include "core/Result.h"
#include <QAbstractTableModel>
#include <functional>

namespace hamkori {

template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int kPageSize = 100;
    /// The role that gives a row's record UUID (what activating the row opens).
    static constexpr int UuidRole = Qt::UserRole + 1;
    using Fetch = std::function<Result<QList<Row>>(int offset, int limit)>;

    explicit PagedTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_more; }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || !m_more || !m_fetch)
            return;
        auto page = m_fetch(int(m_rows.size()), kPageSize);
        if (!page) {
            m_lastError = page.errorMessage();
            m_more = false;
            return;
        }
        m_more = page->size() == kPageSize;
        if (page->isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }

    /// Drops the rows and loads the first page through `fetch` (empty: no rows).
    void reload(Fetch fetch)
    {
        beginResetModel();
        m_fetch = std::move(fetch);
        m_rows.clear();
        m_lastError.clear();
        m_more = false;
        bool more = false;
        if (m_fetch) {
            auto page = m_fetch(0, kPageSize);
            if (page) {
                m_rows = *page;
                more = page->size() == kPageSize;
            } else {
                m_lastError = page.errorMessage();
            }
        }
        endResetModel();
        // Only now: whoever handles the reset must not fetch (insert rows) while the reset is announced.
        m_more = more;
    }

    const Row& row(int i) const { return m_rows.at(i); }
    QString lastError() const { return m_lastError; }

    /// After a language change: headers and translated cells are read again.
    void retranslate()
    {
        if (columnCount() > 0) {
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    }

private:
    Fetch m_fetch;
    QList<Row> m_rows;
    bool m_more = false;
    QString m_lastError;
};

} // namespace hamkori
