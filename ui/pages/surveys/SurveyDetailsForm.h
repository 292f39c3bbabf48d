#pragma once
// The Details tab of a survey round: its kind, title, days, the villages or mahallas, the interviewers, the
// action plan and concerns it measures, notes, and the people counted only in tallies by sex and age band
// (and those tallied without either). For a round that exists each field is saved, undoably, when the user
// leaves it; a new one is filled in, with the round whose questionnaire it copies (an endline asks what its
// baseline asked), and "Create" makes it. Refused edits show next to their field and save nothing.
#include "core/model/Survey.h"
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
class SexAgeCountsGrid;

class SurveyDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyDetailsForm(Session& session, QWidget* parent = nullptr);

    /// The team whose plans, concerns and earlier rounds are offered (and a new round belongs to).
    void setTeam(const QString& teamUuid);
    void load(const QString& uuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString surveyUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void surveyCreated(const QString& uuid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Survey& survey);
    void fillChoices();
    void fillCopyFrom();
    void chooseCopyFrom();
    void reloadShown();
    void createSurvey();
    void commit(const std::function<void(Survey&)>& change, const char* text);
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
    QLineEdit* m_area;
    QLineEdit* m_interviewers;
    QComboBox* m_copyFrom;
    QComboBox* m_plan;
    CheckList* m_concerns;
    QPlainTextEdit* m_notes;
    QLabel* m_talliedNote;
    SexAgeCountsGrid* m_tallied;
    QSpinBox* m_unsplit;
    QPushButton* m_create;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
