#include "ConcernsPage.h"
#include "concerns/editor/ConcernEditor.h"
#include "concerns/register/ConcernFilterBar.h"
#include "concerns/register/ConcernListModel.h"
#include "concerns/register/ConcernRegister.h"
#include "core/storage/Database.h"
#include "core/storage/PrioritisationRepository.h"
#include "ui/Session.h"
#include "ui/csv/CsvButtons.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/NextStepBar.h"
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hamkori {

ConcernsPage::ConcernsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_nextStep(new NextStepBar(QStringLiteral("concernsNextStep"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_register(new ConcernRegister(session, m_splitter)),
      m_editorStack(new QStackedWidget(m_splitter)), m_editor(new ConcernEditor(session, m_editorStack)),
      m_firstStep(new FirstStep(QStringLiteral("concernsFirstStep"), m_editorStack))
{
    m_splitter->setObjectName(QStringLiteral("concernsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_editorStack->addWidget(m_editor);
    m_editorStack->addWidget(m_firstStep);
    m_splitter->addWidget(m_register);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_splitter);

    m_register->addButton(new csv::ConcernCsvButton(session, *m_register, m_register));
    connect(m_register, &ConcernRegister::currentConcernChanged, m_editor, &ConcernEditor::showConcern);
    connect(m_register, &ConcernRegister::currentConcernChanged, this, &ConcernsPage::updateFirstStep);
    connect(m_editor, &ConcernEditor::openConcernRequested, this,
            [this](const QString& uuid) { openRecord(QStringLiteral("concern"), uuid); });
    connect(m_register->model(), &ConcernListModel::totalCountChanged, this, &ConcernsPage::updateFirstStep);
    connect(m_firstStep, &FirstStep::taken, m_register, &ConcernRegister::newConcern);
    connect(m_editor, &ConcernEditor::concernAnalysed, this, &ConcernsPage::offerPrioritisation);
    connect(&session, &Session::currentTeamChanged, m_nextStep, &NextStepBar::withdraw);
    connect(&session.db(), &Database::recordsChanged, m_nextStep, &NextStepBar::refresh);
    retranslate();
    updateFirstStep();
}

bool ConcernsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != QLatin1String("concern"))
        return false;
    if (uuid.isEmpty()) {
        m_register->newConcern();
        return true;
    }
    return m_register->showConcern(uuid);
}

void ConcernsPage::offerPrioritisation()
{
    // Analysed concerns are ready to be scored; once the team has a round, the step is done.
    Database& db = m_session.db();
    const QString team = m_session.currentTeam();
    m_nextStep->offer(
        [] {
            return tr(
                "The concern is analysed. Once the team's concerns are analysed, score them with women, "
                "men, youth and authorities to choose the priorities.");
        },
        {{QStringLiteral("nextStepPrioritise"), [] { return tr("Prioritise the concerns…"); },
          [this] { m_session.requestOpen(QStringLiteral("round"), QString()); }, // a new round
          [&db, team] {
              auto rounds = PrioritisationRepository(db).rounds(team);
              return rounds && !rounds->isEmpty();
          }}});
}

void ConcernsPage::updateFirstStep()
{
    // Only when the team has no concern at all: a filter that finds nothing is not a first step.
    const bool nothingRegistered = m_register->model()->totalCount() == 0 &&
                                   !m_register->filterBar()->isFiltering() &&
                                   !m_register->filterBar()->allTeams() && !m_session.currentTeam().isEmpty();
    m_editorStack->setCurrentWidget(nothingRegistered ? static_cast<QWidget*>(m_firstStep) : m_editor);
    // With nothing selected the editor pane takes no room, so that the register's titles can be read at
    // 1366×768 (issue 18: ~130 px for a title beside the empty editor).
    m_editorStack->setVisible(nothingRegistered || !m_register->currentConcern().isEmpty());
}

void ConcernsPage::retranslate()
{
    m_register->retranslate();
    m_firstStep->setTexts(tr("No concern is registered for this team yet. Register the safety concerns the "
                             "community raises at meetings, in focus groups or surveys."),
                          tr("Register the first concern…"));
}

} // namespace hamkori
