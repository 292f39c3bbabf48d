#pragma once
// The meetings of one team, newest first: date, code, kind, place and how many people attended (members present
// plus guests). Read-only; it follows the database's change signal by itself and keeps its rows (and so the
// view's selection) when only their values changed.
#include "core/model/Meeting.h"
#include <QAbstractTableModel>
#include <QHash>

namespace hamkori {

class Database;

class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Code,
        Kind,
        Place,
        Attendance,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit MeetingListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    QString team() const { return m_team; }
    /// Reads the team's meetings again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Names the columns and values again in the current language.
    void retranslate();
    QString uuidAt(int row) const;
    /// The row of a meeting, -1 when the team has no such meeting.
    int rowOf(const QString& uuid) const;
    const Meeting* meetingAt(int row) const;
    int attendanceAt(int row) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// After a reload that changed the rows themselves (a meeting added, removed or moved).
    void rowsReplaced();

private:
    Database& m_db;
    QString m_team;
    QList<Meeting> m_meetings;
    QHash<QString, int> m_present;
    QString m_lastError;
};

} // namespace hamkori
