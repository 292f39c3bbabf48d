#include "OverviewPage.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "overview/ActivityDueModel.h"
#include "overview/CentreUseModel.h"
#include "overview/CommitmentDueModel.h"
#include "overview/HeadlineTile.h"
#include "overview/NamedBarChart.h"
#include "overview/OverviewChart.h"
#include "overview/WaitingConcernModel.h"
#include "surveys/ResultsText.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/GroupScope.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace hamkori {

namespace {

const QColor kConcernColour(0x2e, 0x6d, 0xa4);
const QColor kStatusColour(0x6a, 0x4c, 0x93);
const QColor kActivityColour(0x2e, 0x8b, 0x57);
// Women in warm shades, men in blue shades; darker for older age bands.
const QColor kWomenColours[] = {QColor(0xf4, 0xa5, 0xb5), QColor(0xe5, 0x73, 0x8a), QColor(0xc4, 0x45, 0x63),
                                QColor(0x8e, 0x24, 0x3f)};
// The first reading of the figures waits for the first paint, or at most this long.
constexpr int kFirstLoadFallbackMs = 250;
const QColor kMenColours[] = {QColor(0xa6, 0xc8, 0xe8), QColor(0x6b, 0xa3, 0xd6), QColor(0x35, 0x73, 0xb1),
                              QColor(0x1b, 0x45, 0x7a)};

QString number(int value)
{
    return QLocale().toString(value);
}

QString shortBand(AgeBand band)
{
    switch (band) {
    case AgeBand::Under18:
        return OverviewPage::tr("0–17", "age band");
    case AgeBand::From18To29:
        return OverviewPage::tr("18–29", "age band");
    case AgeBand::From30To49:
        return OverviewPage::tr("30–49", "age band");
    case AgeBand::From50:
        return OverviewPage::tr("50+", "age band");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(Session& session, QWidget* parent)
    : Page(session, parent), m_allTeams(new QCheckBox(this)), m_kindScope(new QComboBox(this)),
      m_error(new QLabel(this)), m_surveyChange(new QLabel(this)),
      m_meetingsTile(new HeadlineTile(QStringLiteral("meetingsThisYear"), this)),
      m_openTile(new HeadlineTile(QStringLiteral("openConcerns"), this)),
      m_overdueTile(new HeadlineTile(QStringLiteral("activitiesOverdue"), this)),
      m_reachedTile(new HeadlineTile(QStringLiteral("reachedThisYear"), this)),
      m_indirectTile(new HeadlineTile(QStringLiteral("reachedIndirectlyThisYear"), this)),
      m_categoryChart(new NamedBarChart(this)), m_statusChart(new NamedBarChart(this)),
      m_activityChart(new NamedBarChart(this)), m_participationChart(new OverviewChart(this)),
      m_overdueHeading(new QLabel(this)), m_upcomingHeading(new QLabel(this)),
      m_waitingHeading(new QLabel(this)), m_commitmentHeading(new QLabel(this)),
      m_centreHeading(new QLabel(this)),
      m_overdueModel(new ActivityDueModel(ActivityDueModel::Mode::Overdue, this)),
      m_upcomingModel(new ActivityDueModel(ActivityDueModel::Mode::Upcoming, this)),
      m_waitingModel(new WaitingConcernModel(this)), m_commitmentModel(new CommitmentDueModel(this)),
      m_centreUseModel(new CentreUseModel(this)), m_refreshTimer(new QTimer(this)),
      m_firstStep(new FirstStep(QStringLiteral("overviewFirstStep"), this))
{
    m_allTeams->setObjectName(QStringLiteral("allTeams"));
    m_allTeams->setVisible(false);
    // With "All teams": every team, or every team of one kind (all public councils…).
    m_kindScope->setObjectName(QStringLiteral("overviewKindScope"));
    m_kindScope->setVisible(false);
    groupscope::fill(m_kindScope);
    m_categoryChart->setObjectName(QStringLiteral("categoryChart"));
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_activityChart->setObjectName(QStringLiteral("activityChart"));
    m_participationChart->setObjectName(QStringLiteral("participationChart"));
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    m_surveyChange->setObjectName(QStringLiteral("overviewSurveyChange"));
    m_surveyChange->setWordWrap(true);
    buildLayout();

    // Every commit (another page's edit, an undo, an import) may change the counts; several commits in a row
    // are read once.
    m_refreshTimer->setObjectName(QStringLiteral("overviewRefreshTimer"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(&session.db(), &Database::recordsChanged, m_refreshTimer, [this] { m_refreshTimer->start(); });
    connect(&session, &Session::currentTeamChanged, this, &OverviewPage::refresh);
    connect(m_allTeams, &QCheckBox::toggled, this, &OverviewPage::refresh);
    connect(m_kindScope, &QComboBox::currentIndexChanged, this, &OverviewPage::refresh);
    connect(m_firstStep, &FirstStep::taken, this,
            [this] { m_session.requestOpen(QStringLiteral("meeting"), QString()); }); // a new meeting
    retranslate();
}

void OverviewPage::buildLayout()
{
    auto* headlines = new QHBoxLayout;
    headlines->setSpacing(6);
    for (HeadlineTile* tile : {m_meetingsTile, m_openTile, m_overdueTile, m_reachedTile, m_indirectTile})
        headlines->addWidget(tile, 1);
    headlines->addSpacing(8);
    headlines->addWidget(m_allTeams, 0, Qt::AlignVCenter);
    headlines->addWidget(m_kindScope, 0, Qt::AlignVCenter);

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_categoryChart, 0, 0);
    grid->addWidget(m_statusChart, 0, 1);
    grid->addWidget(m_activityChart, 1, 0);
    grid->addWidget(m_participationChart, 1, 1);

    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->setObjectName(QStringLiteral("overviewLists"));
    lists->setChildrenCollapsible(false);
    auto addList = [&](QLabel* heading, QTableView* view) {
        auto* box = new QWidget(lists);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        // A long heading ("Use of centres this year: …" in Tajik) wraps rather than widening the lists'
        // column and narrowing the charts.
        heading->setWordWrap(true);
        heading->setBuddy(view);
        layout->addWidget(heading);
        layout->addWidget(view, 1);
        lists->addWidget(box);
    };
    m_overdueView = makeList(QStringLiteral("overdueList"), m_overdueModel, QStringLiteral("activity"));
    m_upcomingView = makeList(QStringLiteral("upcomingList"), m_upcomingModel, QStringLiteral("activity"));
    m_waitingView = makeList(QStringLiteral("waitingList"), m_waitingModel, QStringLiteral("concern"));
    m_commitmentView =
        makeList(QStringLiteral("overdueCommitmentList"), m_commitmentModel, QStringLiteral("commitment"));
    m_centreView = makeList(QStringLiteral("centreUseList"), m_centreUseModel, QStringLiteral("centre"));
    addList(m_overdueHeading, m_overdueView);
    addList(m_upcomingHeading, m_upcomingView);
    addList(m_waitingHeading, m_waitingView);
    addList(m_commitmentHeading, m_commitmentView);
    addList(m_centreHeading, m_centreView);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("overviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addLayout(headlines);
    layout->addWidget(m_surveyChange);
    layout->addWidget(m_error);
    m_content = new QStackedWidget(this);
    m_content->addWidget(splitter);
    m_content->addWidget(m_firstStep);
    layout->addWidget(m_content, 1);
    setTabOrder(m_allTeams, m_overdueView);
    setTabOrder(m_overdueView, m_upcomingView);
    setTabOrder(m_upcomingView, m_waitingView);
    setTabOrder(m_waitingView, m_commitmentView);
    setTabOrder(m_commitmentView, m_centreView);
}

QTableView* OverviewPage::makeList(const QString& name, QAbstractItemModel* model, const QString& kind)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The text columns (activity and lead body, or the concern's title) share what is left and shorten their
    // text with "…": the list never runs past the edge of its pane.
    if (kind == u"concern") {
        header->setSectionResizeMode(WaitingConcernModel::Title, QHeaderView::Stretch);
    } else if (kind == u"commitment") {
        header->setSectionResizeMode(CommitmentDueModel::Text, QHeaderView::Stretch);
        header->setSectionResizeMode(CommitmentDueModel::AddressedTo, QHeaderView::Stretch);
    } else if (kind == u"centre") {
        header->setSectionResizeMode(CentreUseModel::Centre, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(ActivityDueModel::Measure, QHeaderView::Stretch);
        header->setSectionResizeMode(ActivityDueModel::LeadBody, QHeaderView::Stretch);
    }
    // Double-click or Enter opens the record on its page.
    connect(view, &QAbstractItemView::activated, this, [this, kind](const QModelIndex& index) {
        static_assert(int(PagedTableModel<ActivityDueRow>::UuidRole) == int(CentreUseModel::UuidRole));
        const QString uuid = index.data(PagedTableModel<ActivityDueRow>::UuidRole).toString();
        if (!uuid.isEmpty())
            m_session.requestOpen(kind, uuid);
    });
    return view;
}

void OverviewPage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

QDate OverviewPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString OverviewPage::scopeTeam() const
{
    if (m_allTeams->isChecked()) {
        const auto kind = groupscope::kindOf(m_kindScope->currentData().toString());
        return kind ? OverviewQueries::kindScope(*kind) : QString();
    }
    return m_session.currentTeam();
}

void OverviewPage::refresh()
{
    m_refreshTimer->stop();
    if (isVisible())
        reload();
    else
        m_dirty = true;
}

void OverviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!m_dirty)
        return;
    if (m_loaded) {
        reload();
        return;
    }
    // The first reading comes after the first paint (see hasLoaded()). Should no paint come (a window
    // opened behind others), it comes anyway a moment later.
    m_awaitingPaint = true;
    QTimer::singleShot(kFirstLoadFallbackMs, this, [this] {
        m_awaitingPaint = false;
        if (m_dirty && isVisible())
            reload();
    });
}

void OverviewPage::paintEvent(QPaintEvent* event)
{
    Page::paintEvent(event);
    if (!std::exchange(m_awaitingPaint, false))
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_dirty && isVisible())
            reload();
    });
}

void OverviewPage::reload()
{
    m_dirty = false;
    m_loaded = true;
    Database& db = m_session.db();
    const QDate day = today();
    const QString team = scopeTeam();
    QStringList errors;

    auto teams = TeamRepository(db).teams();
    const bool severalTeams = teams && teams->size() > 1;
    m_allTeams->setVisible(severalTeams);
    if (!severalTeams && m_allTeams->isChecked()) {
        const QSignalBlocker quiet(m_allTeams);
        m_allTeams->setChecked(false);
    }
    m_kindScope->setVisible(m_allTeams->isChecked());
    // Nothing to show without a team (and without "All teams").
    const bool nothing = team.isEmpty() && !m_allTeams->isChecked();

    OverviewQueries queries(db);
    m_counts = OverviewCounts{};
    m_quarters.clear();
    if (!nothing) {
        if (auto counts = queries.counts(team, day))
            m_counts = *counts;
        else
            errors << counts.errorMessage();
        if (auto quarters = queries.participationByQuarter(team, day, kQuarters))
            m_quarters = *quarters;
        else
            errors << quarters.errorMessage();
    }
    m_surveys = SurveyChangeSummary{};
    if (!nothing) {
        // Three indicators donors ask about first; each team's latest pair only (the overview stays quick).
        if (auto surveys = queries.surveyChange(
                team,
                {SurveyIndicator::TrustPolice, SurveyIndicator::SafeAtNight, SurveyIndicator::KnowsTeam},
                ResultsText::fewestAnswers()))
            m_surveys = *surveys;
        else
            errors << surveys.errorMessage();
    }
    ReferenceRepository references(db);
    auto categories = references.items(ReferenceList::Category);
    m_categories = categories ? *categories : QList<ReferenceItem>();
    QHash<QString, QString> leadBodies;
    if (auto items = references.items(ReferenceList::LeadBody))
        for (const ReferenceItem& item : *items)
            leadBodies.insert(item.meta.uuid, item.name(Translations::current()));

    for (ActivityDueModel* model : {m_overdueModel, m_upcomingModel}) {
        model->setToday(day);
        model->setLeadBodyNames(leadBodies);
    }
    auto fetchIf = [nothing](auto fetch) { return nothing ? decltype(fetch)() : fetch; };
    m_overdueModel->reload(fetchIf(ActivityDueModel::Fetch([&db, team, day](int offset, int limit) {
        return OverviewQueries(db).overdueActivities(team, day, offset, limit);
    })));
    m_upcomingModel->reload(fetchIf(ActivityDueModel::Fetch([&db, team, day](int offset, int limit) {
        return OverviewQueries(db).upcomingActivities(team, day, offset, limit);
    })));
    m_waitingModel->reload(fetchIf(WaitingConcernModel::Fetch([&db, team](int offset, int limit) {
        return OverviewQueries(db).concernsWaiting(team, offset, limit);
    })));
    m_commitmentModel->setToday(day);
    m_commitmentModel->reload(fetchIf(CommitmentDueModel::Fetch([&db, team, day](int offset, int limit) {
        return OverviewQueries(db).overdueCommitments(team, day, offset, limit);
    })));
    // The use of centres this year: where the team meets (every centre for all teams).
    QList<CentreUse> uses;
    if (!nothing) {
        auto teamsInScope = queries.teamsIn(team);
        auto read = teamsInScope && !(OverviewQueries::isKindScope(team) && teamsInScope->isEmpty())
                        ? CentreRepository(db).use(QDate(day.year(), 1, 1), day, *teamsInScope)
                        : Result<QList<CentreUse>>(QList<CentreUse>());
        if (!teamsInScope)
            errors << teamsInScope.errorMessage();
        else if (read)
            uses = *read;
        else
            errors << read.errorMessage();
    }
    m_centreUseModel->setUses(uses);
    for (const QString& message : {m_overdueModel->lastError(), m_upcomingModel->lastError(),
                                   m_waitingModel->lastError(), m_commitmentModel->lastError()})
        if (!message.isEmpty())
            errors << message;

    errors.removeDuplicates();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    showHeadlines();
    showSurveyChange();
    showCharts();
    showListHeadings();
    m_content->setCurrentWidget(teamIsEmpty() ? static_cast<QWidget*>(m_firstStep) : m_content->widget(0));
}

bool OverviewPage::teamIsEmpty() const
{
    const QString team = scopeTeam();
    if (team.isEmpty() || OverviewQueries::isKindScope(team) || m_counts.openConcerns > 0 ||
        m_counts.meetingsThisYear > 0)
        return false; // the counts just read answer most cases without another query
    ConcernFilter concerns;
    concerns.teamUuid = team;
    auto concernCount = ConcernRepository(m_session.db()).count(concerns);
    auto meetings = MeetingRepository(m_session.db()).meetings(team);
    return concernCount && *concernCount == 0 && meetings && meetings->isEmpty();
}

void OverviewPage::showHeadlines()
{
    if (!m_loaded) {
        for (HeadlineTile* tile : {m_meetingsTile, m_openTile, m_overdueTile, m_reachedTile, m_indirectTile})
            tile->setValue(QStringLiteral("…"));
        return;
    }
    m_meetingsTile->setValue(number(m_counts.meetingsThisYear));
    m_openTile->setValue(number(m_counts.openConcerns));
    m_overdueTile->setValue(number(m_counts.activitiesOverdue), m_counts.activitiesOverdue > 0);
    m_reachedTile->setValue(tr("%1 women · %2 men")
                                .arg(number(m_counts.reachedThisYear.total(Sex::Female)),
                                     number(m_counts.reachedThisYear.total(Sex::Male))));
    m_indirectTile->setValue(number(m_counts.reachedIndirectlyThisYear));
}

void OverviewPage::showSurveyChange()
{
    if (!m_loaded) {
        m_surveyChange->clear();
        return;
    }
    if (m_surveys.teams == 0 || m_surveys.lines.isEmpty()) {
        m_surveyChange->setText(tr("Surveys: no baseline and endline yet"));
        return;
    }
    QStringList lines;
    for (const SurveyChangeLine& line : std::as_const(m_surveys.lines)) {
        if (line.before.tooFew || line.after.tooFew)
            lines << tr("%1: too few answers", "a survey indicator").arg(displayName(line.indicator));
        else
            lines << tr("%1: %2 → %3 (%4)", "a survey indicator at baseline and endline, and the change")
                         .arg(displayName(line.indicator), ResultsText::percent(line.before.percent),
                              ResultsText::percent(line.after.percent),
                              ResultsText::pointsOnly(line.change.points));
    }
    const QString joined = lines.join(QStringLiteral(" · "));
    // One team: its latest pair. Several: every team's latest pair, their people added together.
    m_surveyChange->setText(
        scopeTeam().isEmpty() || OverviewQueries::isKindScope(scopeTeam())
            ? tr("Surveys, latest baseline → endline of %n team(s): %1", "", m_surveys.teams).arg(joined)
            : tr("Surveys, latest baseline → endline: %1").arg(joined));
}

void OverviewPage::showCharts()
{
    if (!m_loaded)
        return; // empty until read: "No concerns yet" would be wrong
    // Categories with concerns, most first (ties in the list's order); statuses in the order of the cycle.
    QList<std::pair<QString, int>> byCategory;
    const QString language = Translations::current();
    for (const ReferenceItem& item : m_categories)
        if (const int n = m_counts.concernsByCategory.value(item.meta.uuid); n > 0)
            byCategory.append({item.name(language), n});
    std::stable_sort(byCategory.begin(), byCategory.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList names;
    QList<int> values;
    for (const auto& [name, n] : byCategory) {
        names << name;
        values << n;
    }
    m_categoryChart->showBars(tr("Concerns by category"), tr("Concerns"), names, values, kConcernColour,
                              tr("No concerns yet"));

    names.clear();
    values.clear();
    for (const auto& entry : EnumTraits<ConcernStatus>::entries()) {
        names << displayName(entry.value);
        values << m_counts.concernsByStatus.value(entry.value);
    }
    m_statusChart->showBars(tr("Concerns by status"), tr("Concerns"), names, values, kStatusColour,
                            tr("No concerns yet"));

    names.clear();
    values.clear();
    for (const auto& entry : EnumTraits<ActivityStatus>::entries()) {
        names << displayName(entry.value);
        values << m_counts.activitiesByStatus.value(entry.value);
    }
    m_activityChart->showBars(tr("Action plan activities by status"), tr("Activities"), names, values,
                              kActivityColour, tr("No activities yet"));

    QStringList quarters;
    QStringList shortQuarters; // when the names do not fit: the quarter in Roman numerals, as on forms
    for (const QuarterParticipation& q : m_quarters) {
        const QString year = QStringLiteral("%1").arg(q.year % 100, 2, 10, QLatin1Char('0'));
        quarters
            << tr("Q%1<br>’%2", "quarter of a year on two lines, two-digit year").arg(q.quarter).arg(year);
        static const char* const roman[] = {"I", "II", "III", "IV"};
        shortQuarters
            << QStringLiteral("%1<br>’%2").arg(QLatin1String(roman[std::clamp(q.quarter, 1, 4) - 1]), year);
    }
    QList<OverviewChart::Part> parts;
    for (const Sex sex : {Sex::Female, Sex::Male})
        for (const auto& band : EnumTraits<AgeBand>::entries()) {
            OverviewChart::Part part;
            // Short names: the legend stands beside the bars (the tooltip names the quarter too).
            part.name =
                (sex == Sex::Female ? tr("W %1", "women of an age band") : tr("M %1", "men of an age band"))
                    .arg(shortBand(band.value));
            part.color = (sex == Sex::Female ? kWomenColours : kMenColours)[int(band.value)];
            for (const QuarterParticipation& q : m_quarters)
                part.values << q.people.at(sex, band.value);
            parts << part;
        }
    m_participationChart->showStacked(tr("People at meetings per quarter"), quarters, shortQuarters, parts,
                                      tr("No meetings in these quarters"));
}

void OverviewPage::showListHeadings()
{
    const auto count = [this](int n) { return m_loaded ? number(n) : QStringLiteral("…"); };
    m_overdueHeading->setText(tr("&Overdue activities (%1)").arg(count(m_counts.activitiesOverdue)));
    m_upcomingHeading->setText(tr("&Due in the next %1 days (%2)")
                                   .arg(OverviewQueries::kUpcomingDays)
                                   .arg(count(m_counts.activitiesUpcoming)));
    m_waitingHeading->setText(tr("Concerns &waiting for analysis (%1)").arg(count(m_counts.concernsWaiting)));
    m_commitmentHeading->setText(
        tr("Overdue &requests and recommendations (%1)").arg(count(m_counts.commitmentsOverdue)));
    int receptionDays = 0;
    int visitors = 0;
    for (const CentreUse& use : m_centreUseModel->uses()) {
        receptionDays += use.receptionDays;
        visitors += use.visitors.total();
    }
    m_centreHeading->setText(
        tr("Use of &centres this year: %1, %2")
            .arg(tr("%n reception day(s)", "", receptionDays), tr("%n visitor(s)", "", visitors)));
}

void OverviewPage::retranslate()
{
    m_allTeams->setText(tr("&All teams"));
    groupscope::fill(m_kindScope);
    m_allTeams->setToolTip(tr("Show the figures of every team in this data file"));
    m_meetingsTile->setCaption(tr("Meetings this year"));
    m_openTile->setCaption(tr("Open concerns"));
    m_overdueTile->setCaption(tr("Activities overdue"));
    m_reachedTile->setCaption(tr("People reached directly this year"));
    m_indirectTile->setCaption(tr("Reached indirectly this year (estimated)"));
    m_firstStep->setTexts(tr("Nothing is recorded for this team yet. The overview fills in as the team logs "
                             "its meetings and the concerns raised at them: start with its first meeting."),
                          tr("Log the first meeting"));
    m_overdueModel->retranslate();
    m_upcomingModel->retranslate();
    m_waitingModel->retranslate();
    m_commitmentModel->retranslate();
    m_centreUseModel->retranslate();
    // Category and lead body names come in the UI language: read them again (cheap), or once shown again.
    showHeadlines();
    showSurveyChange();
    showCharts();
    showListHeadings();
    refresh();
}

} // namespace hamkori
