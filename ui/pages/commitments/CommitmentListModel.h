#pragma once
// The requests and recommendations of one team, newest first: code, kind, to whom, made, due, status and
// the money pledged and delivered. Overdue ones (open, past their due date) are marked in red; a filter
// shows all, the open ones or the overdue ones. It follows the database's change signal by itself.
#include "core/storage/CommitmentRepository.h"
#include <QAbstractTableModel>
#include <QDate>

namespace hamkori {

class CommitmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Kind,
        AddressedTo,
        Made,
        Due,
        Status,
        Money,
        ColumnCount
    };
    enum class Filter
    {
        All,
        Open,
        Overdue
    };
    static constexpr int UuidRole = Qt::UserRole;
    static constexpr int OverdueRole = Qt::UserRole + 1;

    explicit CommitmentListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    void setFilter(Filter filter);
    /// The day "overdue" is counted from (tests fix it; default: the clock).
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void reload();
    int rowOf(const QString& uuid) const;
    QString uuidAt(int row) const;
    /// Overdue commitments of the team, whatever the filter.
    int overdueCount() const { return m_overdue; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_team;
    Filter m_filter = Filter::All;
    QDate m_today;
    QList<CommitmentSummary> m_rows;
    int m_overdue = 0;
    QString m_lastError;
};

} // namespace hamkori
