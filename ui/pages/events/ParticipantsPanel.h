#pragma once
// The Participants tab of an event: the people on its list by name (members of any group, chosen with "Add
// member…", or anyone typed in the last row), with their organisation, where they come from, sex and age
// band; under it the people counted without names, one row per kind of body, by sex and age band; and a line
// with the totals. Every change is one undo step; a refused one shows core's message and changes nothing.
#include "EventRowsModel.h"
#include "core/model/Team.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace hamkori {

class EntryGrid;
class MemberPickerDialog;
class Session;

class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    enum NamedColumn
    {
        Name,
        Organisation,
        Role,
        SexColumn,
        AgeColumn,
    };

    explicit ParticipantsPanel(Session& session, QWidget* parent = nullptr);

    void setEvent(const QString& eventUuid);
    void retranslate();
    /// Opens the list of members of every group; what is chosen there is added when it closes with "Add".
    MemberPickerDialog* openMemberPicker();
    /// Adds members to the list (one undo step); members already on it are left out.
    void addMembers(const QList<Member>& members);
    EventChildModel<EventParticipant>* named() const { return m_named; }
    EventChildModel<EventCount>* counted() const { return m_counted; }

private:
    void setupNamed();
    void setupCounted();
    void addCountedRole();
    void deleteNamed();
    void deleteCounted();
    void updateTotals();
    void updateRoleChoices();
    void showError(const QString& message);
    QString eventCode() const;

    Session& m_session;
    QString m_event;
    EventChildModel<EventParticipant>* m_named;
    EventChildModel<EventCount>* m_counted;
    EntryGrid* m_namedGrid;
    EntryGrid* m_countedGrid;
    QPushButton* m_addMember;
    QPushButton* m_addPerson;
    QPushButton* m_deleteNamed;
    QLabel* m_countedCaption;
    QComboBox* m_newRole;
    QPushButton* m_addRole;
    QPushButton* m_deleteCounted;
    QLabel* m_totals;
    QLabel* m_error;
};

} // namespace hamkori
