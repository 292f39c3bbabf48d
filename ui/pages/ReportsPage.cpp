#include "ReportsPage.h"
#include "core/model/Formats.h"
#include "core/report/PeriodReportDocument.h"
#include "core/storage/StatisticsRepository.h"
#include "core/storage/TeamRepository.h"
#include "reports/ReportSummary.h"
#include "ui/Session.h"
#include "ui/documents/DocumentPanel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/GroupScope.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace hamkori {

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_teamLabel(new QLabel(this)), m_team(new QComboBox(this)),
      m_fromLabel(new QLabel(this)), m_from(new OptionalDateEdit(this, false)), m_toLabel(new QLabel(this)),
      m_to(new OptionalDateEdit(this, false)), m_summaryTitle(new QLabel(this)),
      m_summary(new reports::ReportSummary(this)),
      m_firstStep(new FirstStep(QStringLiteral("reportsFirstStep"), this, FirstStep::Placement::Inline)),
      m_preparedByLabel(new QLabel(this)), m_preparedBy(new QLineEdit(this)),
      m_narrativeLabel(new QLabel(this)), m_narrative(new QPlainTextEdit(this)),
      m_panel(new documents::DocumentPanel({false, true}, this))
{
    m_preparedBy->setObjectName(QStringLiteral("reportPreparedBy"));
    m_narrative->setObjectName(QStringLiteral("reportNarrative"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMaximumHeight(90);
    // Who prepares the reports rarely changes, and a summary half written is not lost when the window closes.
    QSettings settings;
    m_preparedBy->setText(settings.value(QStringLiteral("reports/preparedBy")).toString());
    m_narrative->setPlainText(settings.value(QStringLiteral("reports/narrative")).toString());
    connect(m_preparedBy, &QLineEdit::textEdited, this,
            [](const QString& text) { QSettings().setValue(QStringLiteral("reports/preparedBy"), text); });
    connect(m_narrative, &QPlainTextEdit::textChanged, this, [this] {
        QSettings().setValue(QStringLiteral("reports/narrative"), m_narrative->toPlainText());
    });
    m_team->setObjectName(QStringLiteral("reportTeam"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    // The current calendar year so far: what the Public Council usually asks for.
    const QDate today = QDate::currentDate();
    m_from->setOptionalDate(QDate(today.year(), 1, 1));
    m_to->setOptionalDate(today);
    auto* periodMessage = FieldErrors::makeMessageLabel(this);
    periodMessage->setObjectName(QStringLiteral("reportPeriodError"));
    m_from->showMessagesIn(periodMessage);
    m_to->showMessagesIn(periodMessage);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_teamLabel, m_team);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(periodMessage);
    QFont bold = m_summaryTitle->font();
    bold.setBold(true);
    m_summaryTitle->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_firstStep);
    layout->addSpacing(8);
    auto* texts = new QFormLayout;
    texts->addRow(m_preparedByLabel, m_preparedBy);
    texts->addRow(m_narrativeLabel, m_narrative);
    layout->addLayout(texts);
    layout->addWidget(m_panel);
    layout->addStretch(1);

    m_firstStep->hide();
    connect(m_firstStep, &FirstStep::taken, this,
            [this] { m_session.requestOpen(QStringLiteral("meeting"), QString()); }); // a new meeting
    m_panel->setBuilder([this](const report::DocumentOptions& options) {
        report::DocumentOptions withText = options;
        withText.preparedBy = m_preparedBy->text();
        withText.narrative = m_narrative->toPlainText();
        withText.groupKind = groupKind();
        return report::PeriodReportDocument::content(m_session.db(), team(), m_from->date(), m_to->date(),
                                                     withText);
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_from, &OptionalDateEdit::committed, this, &ReportsPage::refresh);
    connect(m_to, &OptionalDateEdit::committed, this, &ReportsPage::refresh);
    connect(m_panel, &documents::DocumentPanel::restrictedChanged, this, &ReportsPage::refresh);
    connect(&session, &Session::currentTeamChanged, this,
            [this](const QString& teamUuid) { setTeam(teamUuid); });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("team")))
            reloadTeams();
        refresh();
    });

    retranslate();
    reloadTeams();
    setTeam(session.currentTeam());
}

namespace {
// The item data of "every team of a kind" in the team list: this prefix and the GroupKind's code.
const QString kKindPrefix = QStringLiteral("kind:");
} // namespace

QString ReportsPage::team() const
{
    const QString data = m_team->currentData().toString();
    return data.startsWith(kKindPrefix) ? QString() : data;
}

QString ReportsPage::groupKind() const
{
    const QString data = m_team->currentData().toString();
    return data.startsWith(kKindPrefix) ? data.mid(kKindPrefix.size()) : QString();
}

void ReportsPage::setTeam(const QString& teamUuid)
{
    const int index = m_team->findData(teamUuid);
    m_team->setCurrentIndex(std::max(0, index));
    refresh();
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_from->setOptionalDate(from);
    m_to->setOptionalDate(to);
    refresh();
}

void ReportsPage::reloadTeams()
{
    const QString current = m_team->currentData().toString();
    QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const auto& entry : EnumTraits<GroupKind>::entries())
        m_team->addItem(groupscope::allOfKind(entry.value),
                        QString(kKindPrefix + QString::fromLatin1(entry.code)));
    if (auto teams = TeamRepository(m_session.db()).teams())
        for (const Team& t : *teams)
            m_team->addItem(t.name, t.meta.uuid);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
}

void ReportsPage::refresh()
{
    const QString name = m_team->currentText();
    const QString range = Formats::date(m_from->date()) + QStringLiteral(" – ") + Formats::date(m_to->date());
    m_panel->setSuggestedName(tr("Report %1")
                                  .arg(m_from->date().toString(Qt::ISODate) + QLatin1Char('_') +
                                       m_to->date().toString(Qt::ISODate)));
    m_summaryTitle->setText(tr("%1, %2").arg(name, range));
    if (m_from->date() > m_to->date()) {
        m_summary->showError(tr("The period must not end before it starts."));
        showFirstStep(false);
        return;
    }
    // The figures the report will print: restricted concerns counted only when the document will count them.
    auto statistics =
        StatisticsRepository(m_session.db())
            .period(team(), m_from->date(), m_to->date(), m_panel->options().includeRestricted, groupKind());
    if (!statistics)
        m_summary->showError(statistics.errorMessage());
    else
        m_summary->setStatistics(*statistics);
    showFirstStep(statistics && statistics->meetings == 0 && statistics->concernsRaised == 0 &&
                  statistics->concernsOpen == 0 && statistics->plansAdopted == 0 &&
                  statistics->reached.total() == 0 && statistics->eventsByKind.isEmpty() &&
                  statistics->campaigns == 0);
}

void ReportsPage::showFirstStep(bool nothingRecorded)
{
    // The meeting is logged for the team being worked on, whichever team the report is about.
    const bool canLog = !m_session.currentTeam().isEmpty();
    m_firstStep->setTexts(tr("Nothing was recorded in this period. Choose another period above, or log the "
                             "team's meetings first: the report counts them, their participants and the "
                             "concerns raised."),
                          canLog ? tr("Log a meeting") : QString());
    m_firstStep->setVisible(nothingRecorded);
}

void ReportsPage::retranslate()
{
    m_teamLabel->setText(tr("&Team:"));
    m_teamLabel->setBuddy(m_team);
    m_fromLabel->setText(tr("&From:"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setText(tr("&To:"));
    m_toLabel->setBuddy(m_to);
    // "All teams" and every team of each kind, in the new language; the teams' own names stay.
    for (int i = 0; i < m_team->count(); ++i) {
        const QString data = m_team->itemData(i).toString();
        if (data.isEmpty())
            m_team->setItemText(i, tr("All teams"));
        else if (const auto kind = enumFromCode<GroupKind>(data.mid(kKindPrefix.size()));
                 kind && data.startsWith(kKindPrefix))
            m_team->setItemText(i, groupscope::allOfKind(*kind));
    }
    m_preparedByLabel->setText(tr("&Prepared by:"));
    m_preparedByLabel->setBuddy(m_preparedBy);
    m_preparedBy->setPlaceholderText(tr("The organisation that prepares the report"));
    m_narrativeLabel->setText(tr("S&ummary:"));
    m_narrativeLabel->setBuddy(m_narrative);
    m_narrative->setPlaceholderText(tr("What the period brought, in a few sentences: printed at the start of "
                                       "the report"));
    refresh();
}

} // namespace hamkori
