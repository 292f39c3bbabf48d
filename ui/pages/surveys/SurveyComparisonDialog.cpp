#include "SurveyComparisonDialog.h"
#include "core/storage/SurveyRepository.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace hamkori {

namespace {

enum Column
{
    kTeam,
    kBaselineDates,
    kEndlineDates,
    kBaselineShare,
    kEndlineShare,
    kChange,
    kClear,
    kAnswers,
    kColumns
};

// A cell that sorts by a number it carries (Qt::UserRole) rather than by its text: "9 %" before "41 %", and
// "too few answers" below every percentage.
class SortedItem : public QTableWidgetItem
{
public:
    SortedItem(const QString& text, double key) : QTableWidgetItem(text) { setData(Qt::UserRole, key); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

constexpr double kNoFigure = -std::numeric_limits<double>::max();

QString shareText(const analysis::Proportion& share)
{
    return share.tooFew ? ResultsText::share(share) : ResultsText::percent(share.percent);
}

} // namespace

SurveyComparisonDialog::SurveyComparisonDialog(Session& session, int fewestAnswers, QWidget* parent)
    : QDialog(parent), m_session(session), m_fewest(fewestAnswers), m_indicatorLabel(new QLabel(this)),
      m_indicator(new QComboBox(this)), m_error(new QLabel(this)), m_table(new QTableWidget(this)),
      m_missingHeading(new QLabel(this)), m_missing(new QListWidget(this))
{
    setObjectName(QStringLiteral("surveyComparisonDialog"));
    setWindowTitle(tr("Compare teams: baseline and endline"));
    m_indicator->setObjectName(QStringLiteral("comparisonIndicator"));
    for (const auto& entry : EnumTraits<SurveyIndicator>::entries())
        m_indicator->addItem(displayName(entry.value), int(entry.value));
    m_indicator->setCurrentIndex(m_indicator->findData(int(SurveyIndicator::TrustPolice)));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicatorLabel->setBuddy(m_indicator);
    m_error->setObjectName(QStringLiteral("comparisonError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnCount(kColumns);
    m_table->setHorizontalHeaderLabels({tr("Team"), tr("Baseline"), tr("Endline"), tr("At baseline"),
                                        tr("At endline"), tr("Change"), tr("Clear change"), tr("Answers")});
    m_table->horizontalHeaderItem(kAnswers)->setToolTip(tr("Answers (baseline / endline)"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(kTeam, QHeaderView::Interactive);
    m_table->setColumnWidth(kTeam, 200);
    header->setSortIndicatorShown(true);
    m_missingHeading->setObjectName(QStringLiteral("comparisonMissingHeading"));
    m_missingHeading->setText(tr("Teams without a baseline and a later endline:"));
    m_missingHeading->setBuddy(m_missing);
    m_missing->setObjectName(QStringLiteral("comparisonMissing"));
    m_missing->setMaximumHeight(110);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_indicatorLabel);
    top->addWidget(m_indicator, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missingHeading);
    layout->addWidget(m_missing);
    layout->addWidget(buttons);
    resize(1200, 600);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, &SurveyComparisonDialog::showRows);
    read();
    showRows();
    m_table->sortByColumn(kChange, Qt::DescendingOrder);
}

void SurveyComparisonDialog::read()
{
    m_teams.clear();
    QStringList errors;
    auto teams = TeamRepository(m_session.db()).teams();
    auto counted = SurveyRepository(m_session.db()).counts(QStringList()); // every round of every team
    if (!teams)
        errors << teams.errorMessage();
    if (!counted)
        errors << counted.errorMessage();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    if (!teams || !counted)
        return;
    QHash<QString, QList<const analysis::SurveyCounts*>> byTeam;
    for (const analysis::SurveyCounts& counts : *counted)
        byTeam[counts.survey.teamUuid] << &counts;
    for (const Team& team : *teams) {
        TeamRounds entry;
        entry.name = team.name;
        const QList<const analysis::SurveyCounts*> own = byTeam.value(team.meta.uuid);
        QList<Survey> rounds;
        for (const analysis::SurveyCounts* counts : own)
            rounds << counts->survey;
        entry.lack = ResultsText::lackOf(rounds);
        if (const auto pair = analysis::baselineAndEndline(rounds))
            entry.pair = std::make_pair(*own[pair->first], *own[pair->second]);
        m_teams << entry;
    }
}

void SurveyComparisonDialog::showRows()
{
    const auto which = SurveyIndicator(m_indicator->currentData().toInt());
    const QLocale locale;
    m_table->setSortingEnabled(false); // rows filled while sorting move under the hand
    m_table->clearContents();
    m_table->setRowCount(0);
    m_missing->clear();
    for (const TeamRounds& team : std::as_const(m_teams)) {
        if (!team.pair) {
            m_missing->addItem(
                tr("%1: %2", "a team and what it lacks").arg(team.name, ResultsText::lack(team.lack)));
            continue;
        }
        const auto& [baseline, endline] = *team.pair;
        const analysis::IndicatorResult before = analysis::indicator(baseline, which, m_fewest);
        const analysis::IndicatorResult after = analysis::indicator(endline, which, m_fewest);
        const analysis::Proportion& b = before.of(RespondentSplit::All);
        const analysis::Proportion& a = after.of(RespondentSplit::All);
        const analysis::Difference change = analysis::difference(a, b);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, kTeam, new QTableWidgetItem(team.name));
        m_table->setItem(row, kBaselineDates,
                         new SortedItem(ResultsText::dates(baseline.survey.start, baseline.survey.end),
                                        baseline.survey.start.toJulianDay()));
        m_table->setItem(row, kEndlineDates,
                         new SortedItem(ResultsText::dates(endline.survey.start, endline.survey.end),
                                        endline.survey.start.toJulianDay()));
        const bool asked = before.asked && after.asked;
        const QString notAsked = tr("not asked");
        m_table->setItem(
            row, kBaselineShare,
            new SortedItem(before.asked ? shareText(b) : notAsked, b.tooFew ? kNoFigure : b.percent));
        m_table->setItem(
            row, kEndlineShare,
            new SortedItem(after.asked ? shareText(a) : notAsked, a.tooFew ? kNoFigure : a.percent));
        m_table->setItem(row, kChange,
                         new SortedItem(asked ? ResultsText::points(change) : notAsked,
                                        change.tooFew ? kNoFigure : change.points));
        auto* clear = new SortedItem(change.tooFew    ? QString()
                                     : change.clear() ? tr("yes")
                                                      : tr("no"),
                                     change.tooFew    ? -1
                                     : change.clear() ? 1
                                                      : 0);
        if (change.clear()) {
            QFont bold = clear->font();
            bold.setBold(true);
            clear->setFont(bold);
        }
        m_table->setItem(row, kClear, clear);
        m_table->setItem(row, kAnswers,
                         new SortedItem(tr("%1 / %2").arg(locale.toString(b.base), locale.toString(a.base)),
                                        std::min(a.base, b.base)));
    }
    m_table->setSortingEnabled(true);
    m_missingHeading->setVisible(m_missing->count() > 0);
    m_missing->setVisible(m_missing->count() > 0);
}

} // namespace hamkori
