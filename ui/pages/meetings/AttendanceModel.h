#pragma once
// The checklist of a meeting's attendance: the team's members who were active on the meeting date (and any
// member already marked present, so that a mark can be taken back), each with a check box. Ticking pushes an
// undo command that marks the member present; the model never writes to the database itself.
#include "core/model/Meeting.h"
#include "core/model/Team.h"
#include <QAbstractListModel>
#include <QSet>

namespace hamkori {

class Session;

class AttendanceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit AttendanceModel(Session& session, QObject* parent = nullptr);

    /// Shows the checklist of a meeting (empty: no meeting).
    void setMeeting(const QString& meetingUuid);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The members present, counted by sex and age band.
    SexAgeCounts presentCounts() const;
    int rowOfMember(const QString& memberUuid) const;
    /// The message of the last refused tick, empty when it succeeded.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A tick was refused by core; the box keeps its previous state.
    void editRefused(const QString& message);

private:
    Session& m_session;
    Meeting m_meeting;
    QList<Member> m_members;
    QSet<QString> m_present;
    QString m_lastError;
};

} // namespace hamkori
