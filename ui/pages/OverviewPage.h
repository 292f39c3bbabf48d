#pragma once
// How things stand at a glance, for the current team or (for a coordinator) all teams: headline numbers,
// charts of concerns by category and status, activities by status and participation per quarter, and the
// lists of overdue and upcoming activities, of concerns waiting for analysis and of overdue requests and
// recommendations, and the use of the team's community policing centres this year; each item opens its
// record. The page reads again (debounced) when records change, when the team changes and on language change;
// while it is hidden it only notes that it must read again when shown.
#include "Page.h"
#include "core/model/Reference.h"
#include "core/storage/OverviewQueries.h"
#include "ui/widgets/PageIcons.h"
#include <QDate>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hamkori {

class ActivityDueModel;
class CentreUseModel;
class CommitmentDueModel;
class FirstStep;
class HeadlineTile;
class NamedBarChart;
class OverviewChart;
class WaitingConcernModel;

class OverviewPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kQuarters = 6;

    explicit OverviewPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Overview"); }
    static constexpr PageIcon kIcon = PageIcon::Overview;
    QString title() const override { return pageTitle(); }

    /// The day "overdue", "this year" and the quarters are counted from (tests fix it; default: the clock).
    void setToday(QDate today);
    QDate today() const;
    /// The team shown: the current team, or empty when "All teams" is ticked.
    QString scopeTeam() const;
    /// Reads everything again now when the page is visible, else when it is next shown.
    void refresh();
    /// False until the figures were first read. The first reading waits until the page has been painted
    /// once, so that the window appears at once even on a national data file; until then the tiles show a
    /// placeholder and the charts stay empty.
    bool hasLoaded() const { return m_loaded; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void buildLayout();
    QTableView* makeList(const QString& name, QAbstractItemModel* model, const QString& kind);
    void reload();
    void showHeadlines();
    void showCharts();
    void showListHeadings();
    void showSurveyChange();
    /// True when the team shown holds no meeting and no concern yet: the page says where to start.
    bool teamIsEmpty() const;

    QCheckBox* m_allTeams;
    QComboBox* m_kindScope; // with "All teams": which kind of group, or every one
    QLabel* m_error;
    QLabel* m_surveyChange; // the latest baseline → endline of the key survey indicators
    HeadlineTile* m_meetingsTile;
    HeadlineTile* m_openTile;
    HeadlineTile* m_overdueTile;
    HeadlineTile* m_reachedTile;  // directly, women · men
    HeadlineTile* m_indirectTile; // indirectly (estimated)
    // Bars with long names (categories, statuses): the names laid out by us, never cut.
    NamedBarChart* m_categoryChart;
    NamedBarChart* m_statusChart;
    NamedBarChart* m_activityChart;
    OverviewChart* m_participationChart;
    QLabel* m_overdueHeading;
    QLabel* m_upcomingHeading;
    QLabel* m_waitingHeading;
    QLabel* m_commitmentHeading;
    QLabel* m_centreHeading;
    ActivityDueModel* m_overdueModel;
    ActivityDueModel* m_upcomingModel;
    WaitingConcernModel* m_waitingModel;
    CommitmentDueModel* m_commitmentModel;
    CentreUseModel* m_centreUseModel;
    QTableView* m_overdueView = nullptr;
    QTableView* m_upcomingView = nullptr;
    QTableView* m_waitingView = nullptr;
    QTableView* m_commitmentView = nullptr;
    QTableView* m_centreView = nullptr;
    QTimer* m_refreshTimer;
    QStackedWidget* m_content = nullptr; // the charts and lists, or what to do first for an empty team
    FirstStep* m_firstStep;

    QDate m_today;                // invalid: the clock's date
    bool m_dirty = true;          // must read again when next shown
    bool m_loaded = false;        // the figures were read at least once
    bool m_awaitingPaint = false; // the first reading waits for the first paint
    // What was read last, kept so that a language change redraws without reading again.
    OverviewCounts m_counts;
    QList<QuarterParticipation> m_quarters;
    QList<ReferenceItem> m_categories;
    SurveyChangeSummary m_surveys;
};

} // namespace hamkori
