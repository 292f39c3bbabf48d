#pragma once
// The members of one team (a team has tens of members, so they are read at once), for the members table.
// Members who have left are shown greyed; the last column counts the meetings each one attended. Read-only:
// the member form beside the table edits through ui/undo.
#include "core/model/Team.h"
#include <QAbstractTableModel>
#include <QHash>

namespace hamkori {

class Database;

class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Category,
        Sex,
        AgeBand,
        Organisation,
        Post,
        Phone,
        Joined,
        Left,
        MeetingsAttended,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit MemberTableModel(Database& db, QObject* parent = nullptr);

    /// Shows the members of `teamUuid` (none when empty).
    void setTeam(const QString& teamUuid);
    /// Reads the members again; the model follows the database's change signal by itself.
    void reload();
    const QList<Member>& members() const { return m_members; }
    int rowOf(const QString& memberUuid) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After every reload (the balance panel and the form follow it).
    void membersReloaded();

private:
    QString text(const Member& member, int column) const;

    Database& m_db;
    QString m_team;
    QList<Member> m_members;
    QHash<QString, int> m_attended; // meetings attended, by member UUID
    QString m_lastError;
};

} // namespace hamkori
