#include "SheetsPanel.h"
#include "EntryDelegate.h"
#include "EntryGrid.h"
#include "EventChildEdits.h"
#include "core/model/Formats.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QString decimal(double value)
{
    return Formats::number(value, 1);
}

int sheetNumber(Database& db, const QString& eventUuid, bool test)
{
    auto next = test ? EventRepository(db).nextSheet<TestScore>(eventUuid)
                     : EventRepository(db).nextSheet<FeedbackSheet>(eventUuid);
    return next ? *next : 1;
}

} // namespace

SheetsPanel::SheetsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_tests(nullptr), m_feedback(nullptr),
      m_testBox(new QWidget(this)), m_testCaption(new QLabel(this)), m_notTraining(new QLabel(this)),
      m_testGrid(new EntryGrid(this)), m_testError(FieldErrors::makeMessageLabel(this)),
      m_averageBefore(new QLabel(this)), m_averageAfter(new QLabel(this)), m_averageGain(new QLabel(this)),
      m_deleteTest(new QPushButton(this)), m_feedbackCaption(new QLabel(this)),
      m_noQuestions(new QLabel(this)), m_feedbackGrid(new EntryGrid(this)),
      m_feedbackError(FieldErrors::makeMessageLabel(this)), m_feedbackAverages(new QLabel(this)),
      m_deleteFeedback(new QPushButton(this))
{
    m_testGrid->setObjectName(QStringLiteral("testGrid"));
    m_feedbackGrid->setObjectName(QStringLiteral("feedbackGrid"));
    m_testError->setObjectName(QStringLiteral("testError"));
    m_feedbackError->setObjectName(QStringLiteral("feedbackError"));
    m_averageBefore->setObjectName(QStringLiteral("testAverageBefore"));
    m_averageAfter->setObjectName(QStringLiteral("testAverageAfter"));
    m_averageGain->setObjectName(QStringLiteral("testAverageGain"));
    m_notTraining->setObjectName(QStringLiteral("testsNotTraining"));
    m_noQuestions->setObjectName(QStringLiteral("feedbackNoQuestions"));
    m_feedbackAverages->setObjectName(QStringLiteral("feedbackAverages"));
    m_deleteTest->setObjectName(QStringLiteral("deleteTestButton"));
    m_deleteFeedback->setObjectName(QStringLiteral("deleteFeedbackButton"));
    for (QLabel* label :
         {m_testError, m_feedbackError, m_notTraining, m_noQuestions, m_feedbackAverages, m_averageGain})
        label->setWordWrap(true);
    QFont bold = m_testCaption->font();
    bold.setBold(true);
    m_testCaption->setFont(bold);
    m_feedbackCaption->setFont(bold);
    m_testCaption->setBuddy(m_testGrid);
    m_feedbackCaption->setBuddy(m_feedbackGrid);
    setupTests();
    setupFeedback();

    auto* results = new QHBoxLayout;
    results->addWidget(m_averageBefore);
    results->addSpacing(12);
    results->addWidget(m_averageAfter);
    results->addStretch();
    results->addWidget(m_deleteTest);
    auto* testLayout = new QVBoxLayout(m_testBox);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testGrid, 1);
    testLayout->addWidget(m_testError);
    testLayout->addLayout(results);
    testLayout->addWidget(m_averageGain);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_testCaption);
    topLayout->addWidget(m_notTraining);
    topLayout->addWidget(m_testBox, 1);

    auto* feedbackButtons = new QHBoxLayout;
    feedbackButtons->addWidget(m_feedbackAverages, 1);
    feedbackButtons->addWidget(m_deleteFeedback, 0, Qt::AlignTop);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_feedbackCaption);
    bottomLayout->addWidget(m_noQuestions);
    bottomLayout->addWidget(m_feedbackGrid, 1);
    bottomLayout->addWidget(m_feedbackError);
    bottomLayout->addLayout(feedbackButtons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("event")))
            eventChanged();
        if (kinds.contains(QStringLiteral("event_test")))
            updateTestResults();
        if (kinds.contains(QStringLiteral("event_feedback")))
            updateFeedbackResults();
    });
    connect(m_deleteTest, &QPushButton::clicked, this, [this] { deleteSheet(true); });
    connect(m_deleteFeedback, &QPushButton::clicked, this, [this] { deleteSheet(false); });
    retranslate();
    setEvent(QString());
}

void SheetsPanel::setupTests()
{
    using Column = EventChildModel<TestScore>::Column;
    m_tests = new EventChildModel<TestScore>(
        m_session.db(), events::kindOf<TestScore>(),
        [this](const TestScore& before, const TestScore& after) {
            return events::change(m_session, tr("change test sheet %1 of %2").arg(before.sheet).arg(m_code),
                                  before, after);
        },
        this);
    m_tests->setNewRow(
        [this](const QString& eventUuid) {
            TestScore t;
            t.eventUuid = eventUuid;
            t.sheet = sheetNumber(m_session.db(), eventUuid, true);
            return t;
        },
        [this](const TestScore& t) -> Result<QString> {
            return events::add(m_session, tr("enter test sheet %1 of %2").arg(t.sheet).arg(m_code), t);
        });
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const auto score = [right](std::optional<double> TestScore::*field) {
        return Column{{},
                      [field](const TestScore& t) { return QVariant(scoreText(t.*field)); },
                      [field](const TestScore& t) {
                          return QVariant(t.*field ? QString::number(*(t.*field)) : QString());
                      },
                      [field](TestScore& t, const QVariant& v) {
                          std::optional<double> typed;
                          // The editor lets only numbers through; anything else keeps the stored score.
                          if (readScore(v.toString(), typed))
                              t.*field = typed;
                      },
                      right};
    };
    QList<Column> columns{
        Column{
            [] { return tr("Sheet"); }, [](const TestScore& t) { return QVariant(t.sheet); }, {}, {}, right},
        score(&TestScore::pre), score(&TestScore::post),
        Column{[] { return tr("Gain"); },
               [](const TestScore& t) {
                   if (!t.pre || !t.post)
                       return QVariant();
                   const double gain = *t.post - *t.pre;
                   return QVariant((gain > 0 ? QStringLiteral("+") : QString()) + scoreText(gain));
               },
               {},
               {},
               right}};
    columns[Before].header = [] { return tr("Before"); };
    columns[Before].headerTip = [] { return tr("Score before the training (pre-test)"); };
    columns[After].header = [] { return tr("After"); };
    columns[After].headerTip = [] { return tr("Score after the training (post-test)"); };
    m_tests->setColumns(columns);
    m_testGrid->setModel(m_tests);
    auto* delegate = new EntryDelegate(m_session.db(), m_testGrid);
    delegate->setEditor(Before, EntryDelegate::Editor::Score);
    delegate->setEditor(After, EntryDelegate::Editor::Score);
    m_testGrid->setItemDelegate(delegate);
    m_testGrid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_testGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_tests, &EventRowsModel::editRefused, this,
            [this](const QString& message) { showError(m_testError, message); });
    connect(m_tests, &EventRowsModel::editSaved, m_testError, &QWidget::hide);
    connect(m_testGrid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_deleteTest->setEnabled(current.isValid() && !m_tests->isNewRow(current.row()));
            });
}

void SheetsPanel::setupFeedback()
{
    m_feedback = new EventChildModel<FeedbackSheet>(
        m_session.db(), events::kindOf<FeedbackSheet>(),
        [this](const FeedbackSheet& before, const FeedbackSheet& after) {
            return events::change(
                m_session, tr("change feedback sheet %1 of %2").arg(before.sheet).arg(m_code), before, after);
        },
        this);
    m_feedback->setNewRow(
        [this](const QString& eventUuid) {
            FeedbackSheet f;
            f.eventUuid = eventUuid;
            f.sheet = sheetNumber(m_session.db(), eventUuid, false);
            return f;
        },
        [this](const FeedbackSheet& f) -> Result<QString> {
            return events::add(m_session, tr("enter feedback sheet %1 of %2").arg(f.sheet).arg(m_code), f);
        });
    m_feedbackGrid->setModel(m_feedback);
    m_feedbackGrid->setItemDelegate(new EntryDelegate(m_session.db(), m_feedbackGrid));
    m_feedbackGrid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_feedbackGrid->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    connect(m_feedback, &EventRowsModel::editRefused, this,
            [this](const QString& message) { showError(m_feedbackError, message); });
    connect(m_feedback, &EventRowsModel::editSaved, m_feedbackError, &QWidget::hide);
    connect(m_feedbackGrid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_deleteFeedback->setEnabled(current.isValid() && !m_feedback->isNewRow(current.row()));
            });
}

void SheetsPanel::retranslate()
{
    m_deleteTest->setText(tr("Delete the test sheet"));
    m_deleteFeedback->setText(tr("Delete the feedback sheet"));
    m_feedbackCaption->setText(
        tr("&Feedback sheets: an answer from 1 to 5 to each question (0 or empty: none)"));
    m_noQuestions->setText(tr("Write the feedback questions on the Details tab first, one per line."));
    m_tests->retranslate();
    m_feedback->retranslate();
    eventChanged();
}

void SheetsPanel::setEvent(const QString& eventUuid)
{
    m_event = eventUuid;
    m_questions.clear();
    m_testError->hide();
    m_feedbackError->hide();
    m_tests->setEvent(eventUuid);
    m_feedback->setEvent(eventUuid);
    m_deleteTest->setEnabled(false);
    m_deleteFeedback->setEnabled(false);
    setEnabled(!eventUuid.isEmpty());
    eventChanged();
}

void SheetsPanel::eventChanged()
{
    auto found = m_event.isEmpty() ? Result<Event>(Error{QString(), {}})
                                   : EventRepository(m_session.db()).event(m_event);
    const Event e = found ? *found : Event{};
    m_code = e.code;
    const bool training = !found || e.kind == EventKind::Training;
    m_testCaption->setText(tr("&Test sheets: the scores before and after, out of %1").arg(e.testOutOf));
    m_notTraining->setText(
        tr("Tests before and after are kept for trainings; this event is «%1». Its feedback "
           "sheets are below.")
            .arg(displayName(e.kind)));
    m_notTraining->setVisible(!training);
    m_testBox->setVisible(training);

    // The feedback table has a column per question: rebuilt when the questions change.
    const QStringList questions = e.questionList();
    if (questions != m_questions || m_feedback->columnCount() == 0) {
        m_questions = questions;
        using Column = EventChildModel<FeedbackSheet>::Column;
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        QList<Column> columns{Column{[] { return tr("Sheet"); },
                                     [](const FeedbackSheet& f) { return QVariant(f.sheet); },
                                     {},
                                     {},
                                     right}};
        auto* delegate = static_cast<EntryDelegate*>(m_feedbackGrid->itemDelegate());
        for (int q = 0; q < questions.size(); ++q) {
            const QString question = questions[q];
            // The header holds what fits of the question (its section is narrow); the tooltip holds it whole.
            columns << Column{
                [this, q, question] {
                    const QString whole = QStringLiteral("%1. %2").arg(q + 1).arg(question);
                    const QHeaderView* header = m_feedbackGrid->horizontalHeader();
                    return header->fontMetrics().elidedText(whole, Qt::ElideRight,
                                                            header->sectionSize(q + 1) - 10);
                },
                [q](const FeedbackSheet& f) {
                    const int answer = f.answers[std::size_t(q)];
                    return answer > 0 ? QVariant(answer) : QVariant();
                },
                [q](const FeedbackSheet& f) {
                    const int answer = f.answers[std::size_t(q)];
                    return answer > 0 ? QVariant(QString::number(answer)) : QVariant(QString());
                },
                [q](FeedbackSheet& f, const QVariant& v) { f.answers[std::size_t(q)] = v.toInt(); },
                Qt::AlignCenter,
                [q, question] { return QStringLiteral("%1. %2").arg(q + 1).arg(question); }};
            delegate->setEditor(q + 1, EntryDelegate::Editor::Answer);
        }
        delegate->setEditor(int(questions.size()) + 1, EntryDelegate::Editor::Text);
        columns << Column{[] { return tr("Comment"); },
                          [](const FeedbackSheet& f) { return QVariant(f.comment); },
                          [](const FeedbackSheet& f) { return QVariant(f.comment); },
                          [](FeedbackSheet& f, const QVariant& v) { f.comment = v.toString(); }};
        m_feedback->setColumns(questions.isEmpty() ? QList<Column>{} : columns);
        QHeaderView* header = m_feedbackGrid->horizontalHeader();
        const int em = m_feedbackGrid->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int column = 0; column < m_feedback->columnCount(); ++column) {
            const bool comment = column == m_feedback->columnCount() - 1;
            header->setSectionResizeMode(column, comment ? QHeaderView::Stretch : QHeaderView::Interactive);
            if (!comment)
                header->resizeSection(column, column == 0 ? 4 * em : 7 * em);
        }
    }
    m_noQuestions->setVisible(found && questions.isEmpty());
    m_feedbackGrid->setVisible(!questions.isEmpty());
    updateTestResults();
    updateFeedbackResults();
}

void SheetsPanel::updateTestResults()
{
    auto results = m_event.isEmpty() ? Result<analysis::TestResults>(Error{QString(), {}})
                                     : EventRepository(m_session.db()).testResults(m_event);
    if (!results || (results->preSheets == 0 && results->postSheets == 0)) {
        m_averageBefore->setText(tr("No test sheets yet."));
        m_averageAfter->clear();
        m_averageGain->clear();
        return;
    }
    const auto average = [&](std::optional<double> points) {
        return points ? tr("%1 points (%2%)").arg(decimal(*points), decimal(results->percent(*points)))
                      : tr("none");
    };
    m_averageBefore->setText(tr("Average before: %1").arg(average(results->averagePre)));
    m_averageAfter->setText(tr("after: %1").arg(average(results->averagePost)));
    m_averageGain->setText(
        results->averageGain
            ? tr("Average gain: %1 points over the %n sheet(s) with both scores.", "", results->pairedSheets)
                  .arg((*results->averageGain > 0 ? QStringLiteral("+") : QString()) +
                       decimal(*results->averageGain))
            : tr("No sheet has both scores yet: the gain shows once one has."));
}

void SheetsPanel::updateFeedbackResults()
{
    auto results = m_event.isEmpty() ? Result<analysis::FeedbackResults>(Error{QString(), {}})
                                     : EventRepository(m_session.db()).feedbackResults(m_event);
    if (!results || results->sheets == 0) {
        m_feedbackAverages->setText(m_questions.isEmpty() ? QString() : tr("No feedback sheets yet."));
        return;
    }
    QStringList parts;
    for (int q = 0; q < results->averageByQuestion.size(); ++q) {
        const auto& average = results->averageByQuestion[q];
        parts << tr("%1: %2").arg(q + 1).arg(average ? decimal(*average) : QStringLiteral("–"));
    }
    m_feedbackAverages->setText(
        tr("Average answer to each question — %1; overall %2, from %n sheet(s).", "", results->sheets)
            .arg(parts.join(QStringLiteral(" · ")),
                 results->overall ? decimal(*results->overall) : QStringLiteral("–")));
}

void SheetsPanel::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
}

void SheetsPanel::deleteSheet(bool test)
{
    EntryGrid* grid = test ? m_testGrid : m_feedbackGrid;
    const QModelIndex current = grid->currentIndex();
    if (test) {
        if (!current.isValid() || m_tests->isNewRow(current.row()))
            return;
        const TestScore t = m_tests->records().at(current.row());
        if (auto done = events::remove<TestScore>(
                m_session, tr("delete test sheet %1 of %2").arg(t.sheet).arg(m_code), t.meta.uuid);
            !done)
            showError(m_testError, done.errorMessage());
        return;
    }
    if (!current.isValid() || m_feedback->isNewRow(current.row()))
        return;
    const FeedbackSheet f = m_feedback->records().at(current.row());
    if (auto done = events::remove<FeedbackSheet>(
            m_session, tr("delete feedback sheet %1 of %2").arg(f.sheet).arg(m_code), f.meta.uuid);
        !done)
        showError(m_feedbackError, done.errorMessage());
}

} // namespace hamkori
