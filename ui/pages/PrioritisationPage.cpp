#include "PrioritisationPage.h"
#include "core/model/StatusNotes.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/RecordEdits.h"
#include "plans/NewPlan.h"
#include "prioritisation/DecisionDialog.h"
#include "prioritisation/PairwiseWidget.h"
#include "prioritisation/ResultsModel.h"
#include "prioritisation/RoundDialog.h"
#include "prioritisation/RoundListModel.h"
#include "prioritisation/ScoreGridModel.h"
#include "prioritisation/ScoreGridView.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/NextStepBar.h"
#include <QBoxLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace hamkori {

namespace {

const QStringList& shownKinds()
{
    static const QStringList kinds{QStringLiteral("round"),          QStringLiteral("round_criterion"),
                                   QStringLiteral("round_concern"),  QStringLiteral("score"),
                                   QStringLiteral("pairwise"),       QStringLiteral("concern"),
                                   QStringLiteral("status_change"),  QStringLiteral("meeting"),
                                   QStringLiteral("reference_item"), QStringLiteral("team")};
    return kinds;
}

} // namespace

PrioritisationPage::PrioritisationPage(Session& session, QWidget* parent)
    : Page(session, parent), m_rounds(new RoundListModel(session.db(), this)),
      m_grid(new ScoreGridModel(session, this)), m_results(new ResultsModel(this)),
      m_roundsLabel(new QLabel(this)), m_roundView(new QTableView(this)), m_start(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this)), m_stack(new QStackedWidget(this)),
      m_firstStep(new FirstStep(QStringLiteral("prioritisationFirstStep"), this)),
      m_nextStep(new NextStepBar(QStringLiteral("decisionNextStep"), this)), m_header(new QLabel(this)),
      m_decide(new QPushButton(this)), m_modes(new QTabWidget(this)), m_groupBar(new QTabBar(this)),
      m_gridHelp(new QLabel(this)), m_gridView(new ScoreGridView(this)), m_gridMessage(new QLabel(this)),
      m_resultsLabel(new QLabel(this)), m_resultsView(new QTableView(this)), m_legend(new QLabel(this)),
      m_top(new QLabel(this)), m_pairwise(new PairwiseWidget(session, this))
{
    m_roundView->setObjectName(QStringLiteral("roundList"));
    m_start->setObjectName(QStringLiteral("startRound"));
    m_edit->setObjectName(QStringLiteral("editRound"));
    m_delete->setObjectName(QStringLiteral("deleteRound"));
    m_header->setObjectName(QStringLiteral("roundHeader"));
    m_decide->setObjectName(QStringLiteral("recordDecision"));
    m_modes->setObjectName(QStringLiteral("modeTabs"));
    m_groupBar->setObjectName(QStringLiteral("groupBar"));
    m_gridView->setObjectName(QStringLiteral("scoreGrid"));
    m_gridMessage->setObjectName(QStringLiteral("gridMessage"));
    m_resultsView->setObjectName(QStringLiteral("results"));
    m_top->setObjectName(QStringLiteral("topOfGroup"));
    m_legend->setObjectName(QStringLiteral("divergenceLegend"));
    m_pairwise->setObjectName(QStringLiteral("pairwise"));

    // The rounds list (left).
    m_roundView->setModel(m_rounds);
    m_roundView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roundView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roundView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roundView->verticalHeader()->hide();
    m_roundView->setWordWrap(false);
    m_roundView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundView->horizontalHeader()->setSectionResizeMode(RoundListModel::TitleColumn, QHeaderView::Stretch);
    m_roundView->setColumnHidden(RoundListModel::MeetingColumn, true); // shown in the header on the right
    m_roundView->installEventFilter(this);
    auto* left = new QWidget(this);
    left->setMaximumWidth(300); // the score grid and the results need the room
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_roundsLabel);
    leftLayout->addWidget(m_roundView, 1);
    // Two rows: the Tajik and Russian names of the three buttons do not fit side by side in the narrow list.
    auto* leftButtons = new QGridLayout;
    leftButtons->addWidget(m_start, 0, 0, 1, 2);
    leftButtons->addWidget(m_edit, 1, 0);
    leftButtons->addWidget(m_delete, 1, 1);
    leftLayout->addLayout(leftButtons);

    // The score grid with the live results under it.
    for (int g = 0; g < enumCount<ParticipantGroup>(); ++g)
        m_groupBar->addTab(QString());
    m_groupBar->setExpanding(false);
    m_gridView->setModel(m_grid);
    m_gridHelp->setWordWrap(true);
    m_gridMessage->setWordWrap(true);
    m_gridMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_gridMessage->hide();
    m_resultsView->setModel(m_results);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The user selects the concerns the team chose; the decision dialog ticks those (and only those).
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsView->verticalHeader()->hide();
    // Rows one line high, like the score grid above: the style's default showed only four of them at 768 px.
    m_resultsView->verticalHeader()->setDefaultSectionSize(m_resultsView->fontMetrics().height() + 8);
    m_resultsView->setWordWrap(false);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setSectionResizeMode(ResultsModel::ConcernColumn,
                                                            QHeaderView::Stretch);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_top->setWordWrap(true);
    m_top->setTextFormat(Qt::PlainText);

    auto* gridPanel = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridPanel);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_groupBar);
    gridLayout->addWidget(m_gridView, 1);
    gridLayout->addWidget(m_gridHelp);
    gridLayout->addWidget(m_gridMessage);
    auto* resultsPanel = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLabel->setWordWrap(true);
    resultsLayout->addWidget(m_resultsLabel);
    resultsLayout->addWidget(m_resultsView, 1);
    resultsLayout->addWidget(m_legend);
    resultsLayout->addWidget(m_top);
    auto* scoring = new QSplitter(Qt::Vertical, this);
    scoring->addWidget(gridPanel);
    scoring->addWidget(resultsPanel);
    scoring->setChildrenCollapsible(false);
    scoring->setStretchFactor(0, 1);
    scoring->setStretchFactor(1, 1);
    m_modes->addTab(scoring, QString());
    m_modes->addTab(m_pairwise, QString());

    // The round (right): header with the decision, then the modes.
    auto* roundPanel = new QWidget(this);
    auto* roundLayout = new QVBoxLayout(roundPanel);
    roundLayout->setContentsMargins(0, 0, 0, 0);
    auto* headerRow = new QHBoxLayout;
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_decide, 0, Qt::AlignTop);
    roundLayout->addLayout(headerRow);
    roundLayout->addWidget(m_nextStep);
    roundLayout->addWidget(m_modes, 1);
    m_stack->addWidget(m_firstStep);
    m_stack->addWidget(roundPanel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 830});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_roundView, m_start);
    setTabOrder(m_start, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_decide);
    setTabOrder(m_decide, m_modes);
    setTabOrder(m_modes, m_groupBar);
    setTabOrder(m_groupBar, m_gridView);
    setTabOrder(m_gridView, m_resultsView);

    connect(m_roundView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_reloading)
                    showRound(m_rounds->uuidAt(current.row()));
            });
    connect(m_roundView, &QTableView::activated, this, [this] {
        m_modes->setCurrentIndex(0);
        m_gridView->setFocus();
    });
    connect(m_start, &QPushButton::clicked, this, &PrioritisationPage::startRound);
    connect(m_edit, &QPushButton::clicked, this, &PrioritisationPage::editRound);
    connect(m_delete, &QPushButton::clicked, this, &PrioritisationPage::deleteRound);
    connect(m_decide, &QPushButton::clicked, this, &PrioritisationPage::recordDecision);
    connect(m_firstStep, &FirstStep::taken, this, [this] {
        if (teamHasConcerns())
            startRound();
        else
            m_session.requestOpen(QStringLiteral("concern"), QString()); // a new concern, on its page
    });
    connect(m_groupBar, &QTabBar::currentChanged, this, [this](int index) {
        m_grid->setGroup(ParticipantGroup(std::max(0, index)));
        m_gridMessage->hide();
    });
    connect(m_gridView, &ScoreGridView::inputRefused, this, &PrioritisationPage::showGridMessage);
    connect(m_grid, &ScoreGridModel::editRefused, this, &PrioritisationPage::showGridMessage);
    connect(m_grid, &ScoreGridModel::dataChanged, m_gridMessage, &QLabel::hide);
    connect(m_pairwise, &PairwiseWidget::editRefused, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Pairwise ranking"), message); });
    connect(&session, &Session::currentTeamChanged, this, &PrioritisationPage::teamChanged);
    connect(&session.db(), &Database::recordsChanged, this, &PrioritisationPage::recordsChanged);

    retranslate();
    teamChanged();
}

void PrioritisationPage::retranslate()
{
    m_roundsLabel->setText(tr("Prioritisation rounds"));
    m_start->setText(tr("&Start a round…"));
    m_start->setToolTip(tr("Score the team's concerns at a meeting"));
    m_edit->setText(tr("Ed&it…"));
    m_edit->setToolTip(tr("Change the round's meeting, concerns, criteria or weights"));
    m_delete->setText(tr("De&lete"));
    m_decide->setText(tr("Record the &decision…"));
    updateFirstStep();
    m_modes->setTabText(0, tr("Score &grid"));
    m_modes->setTabText(1, tr("Pair&wise ranking"));
    for (int g = 0; g < m_groupBar->count(); ++g)
        m_groupBar->setTabText(g, displayName(ParticipantGroup(g)));
    m_gridHelp->setText(
        tr("Choose the group, then type 1 (low) to 5 (high) in each cell: the cursor moves on by "
           "itself. Delete clears a cell."));
    m_resultsLabel->setText(tr("Results (weighted mean of the scores; overall = mean of the groups)") +
                            QLatin1Char(' ') +
                            tr("Select the concerns the team chose (Ctrl+click for several), then record the "
                               "decision."));
    m_legend->setText(tr("<span style=\"background-color:%1; color:black\">&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                         "the groups disagree most on these concerns (largest difference in rank). "
                         "<b>Bold</b>: ranked first by that group.")
                          .arg(ResultsModel::divergenceColour().name()));
    m_pairwise->retranslate();
    // The round's criterion names were loaded in the language before: load them in the new one (same shape,
    // so the grid keeps its cursor and the pairwise step its place).
    if (m_info.isValid()) {
        m_info = RoundInfo::load(m_session.db(), m_info.round.meta.uuid);
        m_grid->setRound(m_info);
        m_pairwise->setRound(m_info);
    }
    updateHeader();
    updateResults();
}

bool PrioritisationPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != QLatin1String("round"))
        return false;
    if (uuid.isEmpty()) {
        // Once the page is shown (the window shows it when this returns), not over the page asking.
        QTimer::singleShot(0, this, &PrioritisationPage::startRound);
        return !m_session.currentTeam().isEmpty();
    }
    auto round = PrioritisationRepository(m_session.db()).round(uuid);
    if (!round)
        return false;
    if (round->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(round->teamUuid);
    selectRound(uuid);
    return true;
}

void PrioritisationPage::teamChanged()
{
    m_reloading = true;
    m_rounds->setTeam(m_session.currentTeam());
    m_reloading = false;
    m_start->setEnabled(!m_session.currentTeam().isEmpty());
    m_nextStep->withdraw(); // it spoke of the other team's round
    selectRound(m_rounds->uuidAt(0));
}

void PrioritisationPage::recordsChanged(const QStringList& kinds)
{
    const bool relevant = std::any_of(kinds.cbegin(), kinds.cend(),
                                      [](const QString& kind) { return shownKinds().contains(kind); });
    if (!relevant)
        return;
    const QString current = currentRound();
    m_reloading = true;
    m_rounds->reload();
    m_reloading = false;
    // The round shown may have been deleted (or its deletion undone): show what is there.
    selectRound(m_rounds->rowOf(current) >= 0 ? current : m_rounds->uuidAt(0));
    m_nextStep->refresh(); // a decision undone takes its offer away
}

void PrioritisationPage::selectRound(const QString& uuid)
{
    const int row = m_rounds->rowOf(uuid);
    m_reloading = true;
    if (row >= 0)
        m_roundView->setCurrentIndex(m_rounds->index(row, RoundListModel::TitleColumn));
    else
        m_roundView->setCurrentIndex({});
    m_reloading = false;
    showRound(row >= 0 ? uuid : QString());
}

void PrioritisationPage::showRound(const QString& uuid)
{
    m_info = RoundInfo::load(m_session.db(), uuid);
    m_grid->setRound(m_info);
    m_pairwise->setRound(m_info);
    m_stack->setCurrentIndex(m_info.isValid() ? 1 : 0);
    if (!m_info.isValid())
        updateFirstStep();
    m_edit->setEnabled(m_info.isValid());
    m_delete->setEnabled(m_info.isValid());
    m_decide->setEnabled(m_info.isValid() && !m_info.round.concernUuids.isEmpty());
    if (m_gridView->model() && !m_gridView->currentIndex().isValid() && m_grid->rowCount() > 0 &&
        m_grid->columnCount() > 0)
        m_gridView->setCurrentIndex(m_grid->index(0, 0));
    updateHeader();
    updateResults();
}

void PrioritisationPage::updateHeader()
{
    if (!m_info.isValid()) {
        m_header->clear();
        return;
    }
    const PrioritisationRound& r = m_info.round;
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg((r.title.isEmpty() ? tr("(untitled round)") : r.title).toHtmlEscaped(),
                            r.date.toString(QStringLiteral("dd.MM.yyyy")));
    const int row = m_rounds->rowOf(r.meta.uuid);
    const QString meeting =
        row >= 0 ? m_rounds->data(m_rounds->index(row, RoundListModel::MeetingColumn)).toString() : QString();
    if (!meeting.isEmpty())
        text += QStringLiteral("<br>") + tr("Meeting: %1").arg(meeting.toHtmlEscaped());
    if (r.decided) {
        QStringList chosen;
        for (const QString& uuid : r.chosenConcernUuids)
            chosen << m_info.concernText(uuid).toHtmlEscaped();
        text += QStringLiteral("<br><span style=\"color:#1b5e20\"><b>") + tr("Decided. Priorities:") +
                QStringLiteral("</b> ") + chosen.join(QStringLiteral("; ")) + QStringLiteral("</span>");
        if (!r.decisionNote.isEmpty())
            text += QStringLiteral("<br><i>") + r.decisionNote.toHtmlEscaped() + QStringLiteral("</i>");
    } else {
        text += QStringLiteral("<br>") +
                tr("Not decided yet: %n concern(s), %1 criteria.", "", int(r.concernUuids.size()))
                    .arg(r.criteria.size());
    }
    m_header->setText(text);
    m_decide->setText(r.decided ? tr("Change the &decision…") : tr("Record the &decision…"));
}

void PrioritisationPage::updateResults()
{
    if (!m_info.isValid()) {
        m_results->clear();
        m_top->clear();
        return;
    }
    auto totals = PrioritisationRepository(m_session.db()).totals(m_info.round.meta.uuid);
    if (!totals) {
        m_results->clear();
        m_top->setText(totals.errorMessage());
        return;
    }
    m_results->setResult(m_info, *totals);
    QStringList tops;
    for (int g = 0; g < int(analysis::kGroupCount); ++g) {
        QStringList codes;
        for (const QString& uuid : totals->topOfGroup[std::size_t(g)])
            codes << m_info.concernCode(uuid);
        tops << tr("%1: %2").arg(displayName(ParticipantGroup(g)),
                                 codes.isEmpty() ? tr("not scored yet") : codes.join(QStringLiteral(", ")));
    }
    m_top->setText(tr("Ranked first by each group — %1").arg(tops.join(QStringLiteral(" · "))));
}

void PrioritisationPage::showGridMessage(const QString& message)
{
    m_gridMessage->setText(message);
    m_gridMessage->show();
}

void PrioritisationPage::runDialog(QDialog& dialog)
{
    if (m_dialogDriver)
        m_dialogDriver(dialog);
    else
        dialog.exec();
}

void PrioritisationPage::startRound()
{
    if (m_session.currentTeam().isEmpty())
        return;
    PrioritisationRound round;
    round.teamUuid = m_session.currentTeam();
    round.date = QDate::currentDate();
    QString created;
    RoundDialog dialog(
        m_session.db(), round,
        [this, &created](const PrioritisationRound& r) -> Result<void> {
            Database& db = m_session.db();
            const QString name = r.title.isEmpty() ? r.date.toString(QStringLiteral("dd.MM.yyyy")) : r.title;
            auto uuid = undo::create(m_session, tr("start round %1").arg(name), QStringLiteral("round"),
                                     [&db, r]() -> Result<QString> {
                                         auto made = PrioritisationRepository(db).createRound(r);
                                         if (!made)
                                             return made.error();
                                         return made->meta.uuid;
                                     });
            if (!uuid)
                return uuid.error();
            created = *uuid;
            return {};
        },
        this);
    runDialog(dialog);
    if (!created.isEmpty()) {
        selectRound(created);
        m_modes->setCurrentIndex(0);
        m_gridView->setFocus();
    }
}

void PrioritisationPage::editRound()
{
    if (!m_info.isValid())
        return;
    const PrioritisationRound before = m_info.round;
    RoundDialog dialog(
        m_session.db(), before,
        [this, before](const PrioritisationRound& after) -> Result<void> {
            const QString name =
                after.title.isEmpty() ? after.date.toString(QStringLiteral("dd.MM.yyyy")) : after.title;
            return undo::edit(m_session, tr("edit round %1").arg(name), RecordEdits::patch(before, after));
        },
        this);
    runDialog(dialog);
}

void PrioritisationPage::recordDecision()
{
    if (!m_info.isValid())
        return;
    auto totals = PrioritisationRepository(m_session.db()).totals(m_info.round.meta.uuid);
    const analysis::PrioritisationResult result = totals ? *totals : analysis::PrioritisationResult();
    const PrioritisationRound before = m_info.round;
    const QStringList chosen = before.decided ? before.chosenConcernUuids : selectedInResults();
    bool decided = false;
    DecisionDialog dialog(
        m_info, result, chosen,
        [this, before, &decided](const Decision& decision) -> Result<void> {
            Database& db = m_session.db();
            // What the decision changes besides the round: the status of chosen concerns still at "raised"
            // or "analysed". Undo writes the round back and moves those concerns back to where they were
            // (a dated entry in their history says so), so undo restores what the user saw before.
            QHash<QString, ConcernStatus> statuses;
            ConcernRepository concerns(db);
            for (const QString& uuid : decision.chosen)
                if (auto c = concerns.concern(uuid))
                    statuses.insert(uuid, c->status);
            auto decidedRound = PrioritisationRepository(db).decisionOf(before.meta.uuid, decision.chosen,
                                                                        decision.note, decision.date);
            if (!decidedRound)
                return decidedRound.error();
            const QString undoNote = statusnotes::write(statusnotes::Kind::DecisionUndone);
            // The round's decision fields, and in the same transaction the concerns it moves (and back).
            const undo::Action promote = [&db, decision] {
                return PrioritisationRepository(db).promoteChosen(decision.chosen, decision.note,
                                                                  decision.date);
            };
            const undo::Action moveBack = [&db, statuses, decision, undoNote] {
                return ConcernRepository(db).moveBack(statuses, ConcernStatus::Prioritised, decision.date,
                                                      undoNote);
            };
            const QString name =
                before.title.isEmpty() ? before.date.toString(QStringLiteral("dd.MM.yyyy")) : before.title;
            auto done = undo::edit(m_session, tr("record the decision of %1").arg(name),
                                   {RecordEdits::patch(before, *decidedRound)}, promote, moveBack);
            decided = done.ok();
            return done;
        },
        this);
    runDialog(dialog);
    if (decided)
        offerPlan(before.meta.uuid);
}

QStringList PrioritisationPage::selectedInResults() const
{
    QStringList selected;
    for (const QModelIndex& row : m_resultsView->selectionModel()->selectedRows(ResultsModel::ConcernColumn))
        selected << row.data(ResultsModel::UuidRole).toString();
    return selected;
}

void PrioritisationPage::offerPlan(const QString& roundUuid)
{
    Database& db = m_session.db();
    const auto undecided = [&db, roundUuid] {
        auto round = PrioritisationRepository(db).round(roundUuid);
        return !round || !round->decided;
    };
    m_nextStep->offer(
        [] { return tr("The priorities are chosen. Next, plan what the team will do about them."); },
        {{QStringLiteral("nextStepMakePlan"), [] { return tr("Make the action plan from these priorities"); },
          [this, roundUuid] {
              auto round = PrioritisationRepository(m_session.db()).round(roundUuid);
              if (!round)
                  return showGridMessage(round.errorMessage());
              auto plan = plans::createPlan(m_session, round->teamUuid, round->chosenConcernUuids);
              if (!plan)
                  return showGridMessage(plan.errorMessage());
              m_session.requestOpen(QStringLiteral("plan"), *plan);
          },
          undecided}});
}

bool PrioritisationPage::teamHasConcerns() const
{
    ConcernFilter filter;
    filter.teamUuid = m_session.currentTeam();
    auto count = ConcernRepository(m_session.db()).count(filter);
    return !count || *count > 0; // when the count cannot be read, offer the round rather than a detour
}

void PrioritisationPage::updateFirstStep()
{
    if (m_session.currentTeam().isEmpty())
        m_firstStep->setTexts(tr("Create a team first."), QString());
    else if (!teamHasConcerns())
        m_firstStep->setTexts(tr("Prioritisation scores the concerns the team registered. Register the "
                                 "concerns raised at its meetings first."),
                              tr("Register a concern…"));
    else
        m_firstStep->setTexts(tr("No prioritisation round yet. Score the team's concerns with women, men, "
                                 "youth and authorities at a meeting, then record which the team chose."),
                              tr("Start the first round…"));
}

void PrioritisationPage::deleteRound()
{
    if (!m_info.isValid())
        return;
    const QString name = m_info.round.title.isEmpty()
                             ? m_info.round.date.toString(QStringLiteral("dd.MM.yyyy"))
                             : m_info.round.title;
    const QString question =
        tr("The prioritisation round \"%1\" and its scores, pairwise choices and decision will "
           "be deleted. The concerns keep their status. Delete it?")
            .arg(name);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Delete the round"), question,
                                                       QMessageBox::Yes | QMessageBox::No,
                                                       QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    if (auto done = undo::remove(m_session, tr("delete round %1").arg(name), QStringLiteral("round"),
                                 m_info.round.meta.uuid);
        !done)
        QMessageBox::warning(this, tr("Delete the round"), done.errorMessage());
}

bool PrioritisationPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_roundView && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            deleteRound();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace hamkori
