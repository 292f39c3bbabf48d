#pragma once
// The Tests and feedback tab of an event, made for typing a pile of paper sheets quickly: one row per test
// sheet (its number, the score before and the score after) and one row per feedback sheet (an answer 1–5 to
// each question, and a comment), typed as numbers with Tab or Enter between them; Enter on the last cell
// goes on to the next sheet. Under each table what the sheets say: the averages before and after (points and
// percent of the highest score), the average gain over the sheets with both scores, the average answer to
// each question and overall. Tests are for trainings: for other kinds of event the tab says so.
#include "EventRowsModel.h"
#include <QWidget>

class QLabel;
class QPushButton;

namespace hamkori {

class EntryGrid;
class Session;

class SheetsPanel : public QWidget
{
    Q_OBJECT
public:
    enum TestColumn
    {
        TestSheet,
        Before,
        After,
        Gain,
    };

    explicit SheetsPanel(Session& session, QWidget* parent = nullptr);

    void setEvent(const QString& eventUuid);
    void retranslate();
    EventChildModel<TestScore>* tests() const { return m_tests; }
    EventChildModel<FeedbackSheet>* feedback() const { return m_feedback; }

private:
    void setupTests();
    void setupFeedback();
    /// Reads the event again: its kind, highest score and questions (the feedback columns follow them).
    void eventChanged();
    void updateTestResults();
    void updateFeedbackResults();
    void deleteSheet(bool test);
    void showError(QLabel* label, const QString& message);

    Session& m_session;
    QString m_event;
    QString m_code;
    QStringList m_questions;
    EventChildModel<TestScore>* m_tests;
    EventChildModel<FeedbackSheet>* m_feedback;
    QWidget* m_testBox;
    QLabel* m_testCaption;
    QLabel* m_notTraining;
    EntryGrid* m_testGrid;
    QLabel* m_testError;
    QLabel* m_averageBefore;
    QLabel* m_averageAfter;
    QLabel* m_averageGain;
    QPushButton* m_deleteTest;
    QLabel* m_feedbackCaption;
    QLabel* m_noQuestions;
    EntryGrid* m_feedbackGrid;
    QLabel* m_feedbackError;
    QLabel* m_feedbackAverages;
    QPushButton* m_deleteFeedback;
};

} // namespace hamkori
