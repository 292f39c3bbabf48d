#pragma once
// The teams of the data file with their district and counts, for the main window's list.
#include "core/storage/TeamRepository.h"
#include <QAbstractTableModel>

namespace hamkori {

class TeamListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind, // partnership team, public council… (issue 19)
        Code,
        District,
        Members,
        Meetings,
        Concerns,
        Plans,
        ColumnCount
    };

    /// Every column of a row gives the team's UUID under this role.
    static constexpr int UuidRole = Qt::UserRole;

    explicit TeamListModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the teams again; the model follows the database's change signal by itself.
    void reload();
    QString lastError() const { return m_lastError; }

private:
    QString districtName(const TeamSummary& summary) const;

    Database& m_db;
    QList<TeamSummary> m_teams;
    QString m_lastError;
};

} // namespace hamkori
