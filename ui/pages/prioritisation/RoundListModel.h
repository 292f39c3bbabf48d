#pragma once
// The prioritisation rounds of one team, newest first: date, title, meeting, decision.
#include "core/model/Prioritisation.h"
#include <QAbstractTableModel>

namespace hamkori {

class Database;

class RoundListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        MeetingColumn,
        DecisionColumn,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit RoundListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    void reload();
    /// The row of a round, -1 when it is not listed.
    int rowOf(const QString& roundUuid) const;
    QString uuidAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PrioritisationRound round;
        QString meeting;
    };
    Database& m_db;
    QString m_team;
    QList<Row> m_rows;
};

} // namespace hamkori
