#pragma once
// The Details tab of an event: its kind, title, days, where it was held, who organised it, its topics, the
// action plan and activity it carries out, the concerns it serves, the highest test score and the feedback
// questions. For an event that exists each field is saved, undoably, when the user leaves it (a list when an
// entry is ticked); a new one is filled in and "Create" makes it. Refused edits show next to their field and
// save nothing.
#include "core/model/Event.h"
#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hamkori {

class CheckList;
class FieldErrors;
class OptionalDateEdit;
class Session;

class EventDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailsForm(Session& session, QWidget* parent = nullptr);

    /// The team whose plans and concerns are offered (and a new event belongs to).
    void setTeam(const QString& teamUuid);
    void load(const QString& uuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString eventUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

    /// The five questions "Use the standard questions" fills in, in the current language.
    static QStringList standardQuestions();

Q_SIGNALS:
    void eventCreated(const QString& uuid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Event& event);
    void fillChoices();
    void fillActivities(const QString& planUuid);
    void reloadShown();
    void createEvent();
    void useStandardQuestions();
    void updateQuestionsButton();
    void commit(const std::function<void(Event&)>& change, const char* text);
    QWidget* row(const QString& field, QWidget* editor);

    Session& m_session;
    QString m_team;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QLineEdit* m_title;
    OptionalDateEdit* m_start;
    QLabel* m_endLabel;
    OptionalDateEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_centre;
    CheckList* m_organisations;
    QLineEdit* m_organisers;
    QPlainTextEdit* m_topics;
    QComboBox* m_plan;
    QComboBox* m_activity;
    CheckList* m_concerns;
    QSpinBox* m_testOutOf;
    QPlainTextEdit* m_questions;
    QPushButton* m_standard;
    QPushButton* m_create;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
