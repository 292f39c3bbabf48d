#pragma once
// The Questionnaire tab of a survey round: its questions by number, in the language shown, and an editor
// for the one chosen. A standard question keeps its numbered options (the indicators read them) but may
// have them renamed and options added after them; the biggest-concerns question offers the concern
// categories ticked. A team adds questions of its own (text, options one per line, one or several answers,
// at most how many) and removes one; every change is one undo step.
#include "core/model/Survey.h"
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hamkori {

class CheckList;
class FieldErrors;
class Session;

class QuestionnairePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionnairePanel(Session& session, QWidget* parent = nullptr);

    void setSurvey(const QString& surveyUuid);
    void retranslate();
    /// Shows the question of that number in the editor (false when the round has none).
    bool chooseQuestion(int number);
    /// Empties the editor for a question of the team's own.
    void startNew();

private:
    /// The heading, label and button of a question being added, in the language shown.
    void showNewQuestionTexts();
    void reload();
    void showQuestion(const SurveyQuestion& question);
    /// The question as the editor has it, laid over `question`; false (with a message shown) when the
    /// editor's text cannot be one.
    bool read(SurveyQuestion& question);
    void save();
    void removeQuestion();
    void fillCategories();

    Session& m_session;
    QString m_survey;
    QString m_code;
    QList<SurveyQuestion> m_questions;
    std::optional<SurveyQuestion> m_shown; // empty: a new question
    bool m_newMode = false;                // the editor is for a new question
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_remove;
    QLabel* m_heading;
    QLabel* m_textLabel;
    QLineEdit* m_text;
    QLabel* m_optionsLabel;
    QPlainTextEdit* m_options;
    CheckList* m_categories;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_maxLabel;
    QSpinBox* m_max;
    QLabel* m_note;
    QPushButton* m_save;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
