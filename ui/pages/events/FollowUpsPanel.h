#pragma once
// The Follow-ups tab of an event: what was done afterwards, dated (a visit to a participant's office, a
// second session, a letter to the Hukumat). A follow-up is added from the line above the list and edited in
// place; every change is one undo step.
#include "EventRowsModel.h"
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hamkori {

class EntryGrid;
class FieldErrors;
class OptionalDateEdit;
class Session;

class FollowUpsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Note,
    };

    explicit FollowUpsPanel(Session& session, QWidget* parent = nullptr);

    void setEvent(const QString& eventUuid);
    void retranslate();
    EventChildModel<FollowUp>* model() const { return m_model; }

private:
    QString eventCode() const;
    void addFollowUp();
    void deleteFollowUp();

    Session& m_session;
    QString m_event;
    EventChildModel<FollowUp>* m_model;
    QLabel* m_dateLabel;
    OptionalDateEdit* m_date;
    QLineEdit* m_note;
    QPushButton* m_add;
    EntryGrid* m_grid;
    QPushButton* m_delete;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
