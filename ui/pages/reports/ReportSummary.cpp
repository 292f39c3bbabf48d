#include "ReportSummary.h"
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkori::reports {

ReportSummary::ReportSummary(QWidget* parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("reportSummary"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
}

void ReportSummary::setStatistics(const analysis::PeriodStatistics& s)
{
    const QLocale locale;
    int done = s.activitiesByStatus.value(ActivityStatus::Done);
    int activities = 0;
    for (int count : s.activitiesByStatus)
        activities += count;
    double planned = 0;
    for (double amount : s.plannedBySource)
        planned += amount;
    const SexAgeCounts participants = s.participants();
    const QStringList lines = {
        tr("Meetings held: %1").arg(locale.toString(s.meetings)),
        tr("Participants: %1 (women %2, men %3)")
            .arg(locale.toString(participants.total()), locale.toString(participants.total(Sex::Female)),
                 locale.toString(participants.total(Sex::Male))),
        // Attendances count a member once per meeting; donors ask how many people that was.
        tr("Different team members among them: %1").arg(locale.toString(s.uniqueMembers.total())),
        tr("Concerns raised: %1, resolved: %2, open at the end: %3")
            .arg(locale.toString(s.concernsRaised), locale.toString(s.concernsResolved),
                 locale.toString(s.concernsOpen)),
        tr("Plans adopted: %1, in force: %2; activities done: %3 of %4")
            .arg(locale.toString(s.plansAdopted), locale.toString(s.plansInForce), locale.toString(done),
                 locale.toString(activities)),
        tr("People reached: %1 directly, %2 indirectly")
            .arg(locale.toString(s.reached.total()), locale.toString(s.reachedIndirectly)),
        // Donors used to add the trainings' participants to it: say that they are in it already.
        tr("(each person counted once; the participants of events and campaigns are included)"),
        tr("Funding planned: %1 somoni; spent: %2 somoni")
            .arg(locale.toString(planned, 'f', 2), locale.toString(s.spent, 'f', 2)),
    };
    QStringList more = lines;
    int receptionDays = 0;
    SexAgeCounts visitors;
    for (const auto& centre : s.centres) {
        receptionDays += centre.receptionDays;
        visitors += centre.visitors;
    }
    if (!s.centres.isEmpty())
        more << tr("Community policing centres: reception days %1, visitors %2 (women %3, men %4)")
                    .arg(locale.toString(receptionDays), locale.toString(visitors.total()),
                         locale.toString(visitors.total(Sex::Female)),
                         locale.toString(visitors.total(Sex::Male)));
    more << tr("Requests made: %1, recommendations: %2 (adopted %3); answered: %4, done: %5, overdue: %6")
                .arg(locale.toString(s.requestsMade), locale.toString(s.recommendationsMade),
                     locale.toString(s.recommendationsAdopted), locale.toString(s.commitmentsAnswered),
                     locale.toString(s.commitmentsDone), locale.toString(s.commitmentsOverdue));
    more << eventLines(s);
    if (s.surveyRounds() > 0)
        more << tr("Perception surveys: rounds %1, sheets %2; teams with a baseline → endline change: %3")
                    .arg(locale.toString(s.surveyRounds()), locale.toString(s.surveySheets),
                         locale.toString(s.surveyChanges.size()));
    m_label->setText(more.join(QLatin1Char('\n')));
    m_label->setStyleSheet(QString());
}

QStringList ReportSummary::eventLines(const analysis::PeriodStatistics& s)
{
    const QLocale locale;
    const auto decimal = [&](const std::optional<double>& value) {
        return value ? locale.toString(*value, 'f', 1) : QStringLiteral("—");
    };
    QStringList lines{tr("Trainings: %1; people trained: %2 (women %3, men %4)")
                          .arg(locale.toString(s.trainings), locale.toString(s.trained.total()),
                               locale.toString(s.trained.total(Sex::Female)),
                               locale.toString(s.trained.total(Sex::Male)))};
    if (s.testSheets > 0 || s.averagePreScore || s.averagePostScore)
        lines << tr("Test scores: %1 % before, %2 % after; gain %3 percentage points (test sheets: %4)")
                     .arg(decimal(s.averagePreScore), decimal(s.averagePostScore), decimal(s.averageGain),
                          locale.toString(s.testSheets));
    if (s.feedbackSheets > 0)
        lines << tr("Feedback: %1 of 5 (feedback sheets: %2)")
                     .arg(decimal(s.averageFeedback), locale.toString(s.feedbackSheets));
    int others = 0, participants = 0;
    for (auto it = s.eventsByKind.cbegin(); it != s.eventsByKind.cend(); ++it)
        if (it.key() != EventKind::Training) {
            others += it.value();
            participants += s.participantsByKind.value(it.key());
        }
    if (others > 0)
        lines << tr("Other events: %1; participants: %2")
                     .arg(locale.toString(others), locale.toString(participants));
    lines << tr("Campaigns: %1; reached %2 directly, %3 indirectly; cost %4 somoni")
                 .arg(locale.toString(s.campaigns), locale.toString(s.campaignReached.total()),
                      locale.toString(s.campaignReachedIndirectly), locale.toString(s.campaignCost, 'f', 2));
    return lines;
}

void ReportSummary::showError(const QString& message)
{
    m_label->setText(message);
    m_label->setStyleSheet(QStringLiteral("color: #b00020;"));
}

QString ReportSummary::text() const
{
    return m_label->text();
}

} // namespace hamkori::reports
