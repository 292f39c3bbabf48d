#pragma once
// "Add member…" of an event's participants: the members of every group of the data file (people often come
// to a training from another group), found by typing part of a name, a group or an organisation. Several can
// be chosen at once; the event takes their name, sex, age band and organisation, and a guess of where they
// come from (police, Hukumat, Jamoat, civil society or the community) from their category.
#include "core/model/Event.h"
#include "core/model/Team.h"
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace hamkori {

class Database;

class MemberPickerDialog : public QDialog
{
    Q_OBJECT
public:
    MemberPickerDialog(Database& db, const QString& eventTitle, QWidget* parent = nullptr);

    /// The members chosen, in list order.
    QList<Member> chosen() const;
    /// The participant a member becomes on an event's list.
    static EventParticipant participantOf(const Member& member);
    /// Where a member of this category comes from, as events count participants.
    static ParticipantRole roleOf(MemberCategory category);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    void updateButton();

    Database& m_db;
    QString m_eventTitle;
    QList<Member> m_members;
    QLabel* m_intro;
    QLineEdit* m_search;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_cancel;
};

} // namespace hamkori
