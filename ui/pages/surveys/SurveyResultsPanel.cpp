#include "SurveyResultsPanel.h"
#include "ResultsChangeChart.h"
#include "SurveyComparisonDialog.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SurveyRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include <QBarSet>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hamkori {

namespace {

QTableWidget* makeTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QLabel* makeNote(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem* cell(const QString& text, bool bold = false)
{
    auto* item = new QTableWidgetItem(text);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

// The indicators' columns, after the name: the seven splits, then the gap.
constexpr int kGapColumn = 1 + analysis::kSplits;

} // namespace

SurveyResultsPanel::SurveyResultsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_fewestLabel(new QLabel(this)),
      m_fewest(new QSpinBox(this)), m_compare(new QPushButton(this)),
      m_error(makeNote(QStringLiteral("surveyResultsError"), this)), m_tabs(new QTabWidget(this)),
      m_indicatorTable(makeTable(QStringLiteral("surveyIndicators"), this)),
      m_indicatorNote(makeNote(QStringLiteral("surveyIndicatorNote"), this)),
      m_changeHeading(makeNote(QStringLiteral("surveyChangeHeading"), this)),
      m_changeMissing(makeNote(QStringLiteral("surveyChangeMissing"), this)), m_splitLabel(new QLabel(this)),
      m_split(new QComboBox(this)), m_chart(new ResultsChangeChart(this)),
      m_changeTable(makeTable(QStringLiteral("surveyChanges"), this)),
      m_concernNote(makeNote(QStringLiteral("surveyConcernNote"), this)),
      m_concernTable(makeTable(QStringLiteral("surveyConcerns"), this))
{
    m_heading->setObjectName(QStringLiteral("surveyResultsHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_changeHeading->setFont(bold);
    m_fewest->setObjectName(QStringLiteral("surveyFewestAnswers"));
    m_fewest->setRange(1, 200);
    m_fewest->setValue(ResultsText::fewestAnswers());
    m_fewest->setKeyboardTracking(false);
    m_fewestLabel->setBuddy(m_fewest);
    m_compare->setObjectName(QStringLiteral("surveyCompareTeams"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    m_tabs->setObjectName(QStringLiteral("surveyResultsTabs"));
    m_split->setObjectName(QStringLiteral("surveyChangeSplit"));
    m_splitLabel->setBuddy(m_split);
    m_chart->setObjectName(QStringLiteral("surveyChangeChart"));
    m_changeMissing->setStyleSheet(QStringLiteral("font-style: italic"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_fewestLabel);
    top->addWidget(m_fewest);
    top->addSpacing(8);
    top->addWidget(m_compare);

    auto* indicators = new QWidget(this);
    auto* indicatorsLayout = new QVBoxLayout(indicators);
    indicatorsLayout->addWidget(m_indicatorTable, 1);
    indicatorsLayout->addWidget(m_indicatorNote);

    auto* change = new QWidget(this);
    auto* changeLayout = new QVBoxLayout(change);
    auto* changeTop = new QHBoxLayout;
    changeTop->addWidget(m_changeHeading, 1);
    changeTop->addWidget(m_splitLabel);
    changeTop->addWidget(m_split);
    changeLayout->addLayout(changeTop);
    changeLayout->addWidget(m_changeMissing);
    // The chart above the table, each the page's full width: the indicators' names beside the bars need it.
    auto* changeSplitter = new QSplitter(Qt::Vertical, change);
    changeSplitter->setObjectName(QStringLiteral("surveyChangeSplitter"));
    changeSplitter->setChildrenCollapsible(false);
    changeSplitter->addWidget(m_chart);
    changeSplitter->addWidget(m_changeTable);
    // The bars need height for their names (Qt Charts writes "…" for a name taller than its bars); the table
    // of eight one-line rows needs less.
    changeSplitter->setStretchFactor(0, 1);
    changeSplitter->setStretchFactor(1, 0);
    changeSplitter->setSizes({380, 200});
    changeLayout->addWidget(changeSplitter, 1);

    auto* concerns = new QWidget(this);
    auto* concernsLayout = new QVBoxLayout(concerns);
    concernsLayout->addWidget(m_concernNote);
    concernsLayout->addWidget(m_concernTable, 1);

    m_tabs->addTab(indicators, {});
    m_tabs->addTab(change, {});
    m_tabs->addTab(concerns, {});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_fewest, &QSpinBox::valueChanged, this, [this](int fewest) {
        ResultsText::setFewestAnswers(fewest);
        showIndicators();
        showChange();
        showConcerns();
    });
    connect(m_split, &QComboBox::currentIndexChanged, this, &SurveyResultsPanel::showChange);
    connect(m_compare, &QPushButton::clicked, this, &SurveyResultsPanel::openComparison);
    retranslate();
}

void SurveyResultsPanel::setSurvey(const QString& surveyUuid)
{
    m_survey = surveyUuid;
    refresh();
}

void SurveyResultsPanel::refresh()
{
    m_counts.reset();
    m_pair.reset();
    m_lack = PairLack::Nothing;
    m_prioritised.clear();
    QStringList errors;
    if (!m_survey.isEmpty()) {
        SurveyRepository surveys(m_session.db());
        if (auto counts = surveys.counts(m_survey))
            m_counts = *counts;
        else
            errors << counts.errorMessage();
    }
    if (m_counts) {
        // Every round of the team, counted together: the pair is its latest baseline and endline.
        SurveyRepository surveys(m_session.db());
        const QString team = m_counts->survey.teamUuid;
        if (auto all = surveys.counts(QStringList{team})) {
            QList<Survey> rounds;
            for (const analysis::SurveyCounts& counts : *all)
                rounds << counts.survey;
            if (const auto pair = analysis::baselineAndEndline(rounds))
                m_pair = std::make_pair((*all)[pair->first], (*all)[pair->second]);
            m_lack = ResultsText::lackOf(rounds);
        } else {
            errors << all.errorMessage();
        }
        if (auto prioritised = surveys.prioritisedCategories(team))
            m_prioritised = *prioritised;
        else
            errors << prioritised.errorMessage();
    }
    errors.removeDuplicates();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    showIndicators();
    showChange();
    showConcerns();
}

void SurveyResultsPanel::showIndicators()
{
    m_indicatorTable->clearContents();
    m_indicatorTable->setRowCount(0);
    if (!m_counts) {
        m_heading->setText(tr("Choose a survey round to see its results."));
        return;
    }
    const Survey& round = m_counts->survey;
    m_heading->setText(tr("%1 · %2 · %3 · %4", "code, kind, dates, people")
                           .arg(round.code, displayName(round.kind),
                                ResultsText::dates(round.start, round.end),
                                tr("%n respondent(s)", "", m_counts->total())));
    const int fewest = m_fewest->value();
    for (const analysis::IndicatorResult& result : analysis::indicators(*m_counts, fewest)) {
        if (!result.asked)
            continue; // a round that dropped the question has nothing to say about it
        const int row = m_indicatorTable->rowCount();
        m_indicatorTable->insertRow(row);
        m_indicatorTable->setItem(row, 0, cell(displayName(result.indicator)));
        for (int split = 0; split < analysis::kSplits; ++split)
            m_indicatorTable->setItem(row, 1 + split, cell(ResultsText::share(result.bySplit[split])));
        m_indicatorTable->setItem(row, kGapColumn, cell(ResultsText::points(result.gap), result.gap.clear()));
    }
    if (m_indicatorTable->rowCount() == 0) {
        m_indicatorNote->setText(tr("This round asks none of the questions the indicators are read from."));
        return;
    }
    m_indicatorNote->setText(
        tr("Each figure: the share of those who answered the question, its 95% confidence interval in "
           "brackets and the number of answers (n). A group with fewer than %n answer(s) shows “too few "
           "answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.",
           "", fewest));
}

void SurveyResultsPanel::showChange()
{
    m_changeTable->clearContents();
    m_changeTable->setRowCount(0);
    m_chart->clearBars();
    const bool hasPair = m_counts && m_pair;
    m_changeMissing->setVisible(!hasPair);
    m_chart->setVisible(hasPair);
    m_changeTable->setVisible(hasPair);
    m_split->setEnabled(hasPair);
    if (!m_counts) {
        m_changeHeading->clear();
        m_changeMissing->clear();
        return;
    }
    if (!m_pair) {
        m_changeHeading->setText(tr("Change from baseline to endline"));
        m_changeMissing->setText(ResultsText::lack(m_lack) + QLatin1Char(' ') +
                                 tr("The change shows once the team has a baseline survey and a later "
                                    "endline survey."));
        return;
    }
    const auto& [baseline, endline] = *m_pair;
    m_changeHeading->setText(
        tr("Change from baseline (%1, %2) to endline (%3, %4)")
            .arg(baseline.survey.code, ResultsText::dates(baseline.survey.start, baseline.survey.end),
                 endline.survey.code, ResultsText::dates(endline.survey.start, endline.survey.end)));
    const int fewest = m_fewest->value();
    const auto split = RespondentSplit(std::max(0, m_split->currentIndex())); // All, Women, Men
    const QList<analysis::IndicatorChange> changes = analysis::change(baseline, endline, fewest);
    QStringList names;
    ResultsChangeChart::Bars before{tr("Baseline"), {}};
    ResultsChangeChart::Bars after{tr("Endline"), {}};
    for (const analysis::IndicatorChange& item : changes) {
        const analysis::Proportion& b = item.before.of(split);
        const analysis::Proportion& a = item.after.of(split);
        names << displayName(item.before.indicator);
        before.percent << (b.tooFew ? 0.0 : b.percent);
        after.percent << (a.tooFew ? 0.0 : a.percent);

        const analysis::Difference& difference = item.change[std::size_t(split)];
        const int row = m_changeTable->rowCount();
        m_changeTable->insertRow(row);
        m_changeTable->setItem(row, 0, cell(displayName(item.before.indicator)));
        m_changeTable->setItem(row, 1, cell(ResultsText::share(b)));
        m_changeTable->setItem(row, 2, cell(ResultsText::share(a)));
        m_changeTable->setItem(row, 3, cell(ResultsText::points(difference), difference.clear()));
        m_changeTable->setItem(row, 4,
                               cell(difference.tooFew    ? QString()
                                    : difference.clear() ? tr("yes")
                                                         : tr("no, could be chance"),
                                    difference.clear()));
    }
    if (changes.isEmpty()) {
        m_changeMissing->setText(
            tr("The baseline and the endline ask none of the same indicator questions."));
        m_changeMissing->show();
        return;
    }
    m_chart->showChange(
        tr("%1: baseline and endline", "respondents shown in the chart").arg(m_split->currentText()), names,
        before, after);
}

void SurveyResultsPanel::showConcerns()
{
    m_concernTable->clearContents();
    m_concernTable->setRowCount(0);
    if (!m_counts) {
        m_concernNote->clear();
        return;
    }
    const QList<analysis::NamedConcern> named =
        analysis::namedConcerns(*m_counts, m_prioritised, m_fewest->value());
    if (named.isEmpty()) {
        m_concernNote->setText(tr("This round does not ask which concerns are the biggest."));
        return;
    }
    QHash<QString, QString> names;
    if (auto categories = ReferenceRepository(m_session.db()).items(ReferenceList::Category))
        for (const ReferenceItem& item : *categories)
            names.insert(item.meta.uuid, item.name(Translations::current()));
    m_concernNote->setText(tr("The concern categories respondents named among the biggest, most named first, "
                              "beside the team's own concerns of each category that it prioritised."));
    for (const analysis::NamedConcern& concern : named) {
        const int row = m_concernTable->rowCount();
        m_concernTable->insertRow(row);
        m_concernTable->setItem(row, 0, cell(QLocale().toString(concern.rank)));
        m_concernTable->setItem(row, 1, cell(names.value(concern.categoryUuid, tr("(unknown category)"))));
        m_concernTable->setItem(row, 2, cell(ResultsText::share(concern.share)));
        m_concernTable->setItem(
            row, 3,
            cell(concern.prioritised > 0 ? tr("yes: %n concern(s)", "", concern.prioritised) : tr("no"),
                 concern.prioritised > 0));
    }
}

void SurveyResultsPanel::openComparison()
{
    SurveyComparisonDialog dialog(m_session, m_fewest->value(), this);
    dialog.exec();
}

void SurveyResultsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SurveyResultsPanel::retranslate()
{
    m_fewestLabel->setText(tr("&Fewest answers for a figure:"));
    m_fewest->setToolTip(tr("A group with fewer answers shows “too few answers” instead of a percentage"));
    m_compare->setText(tr("&Compare teams…"));
    m_compare->setToolTip(tr("The change from baseline to endline of every team, side by side"));
    m_tabs->setTabText(0, tr("Indicators"));
    m_tabs->setTabText(1, tr("Change since baseline"));
    m_tabs->setTabText(2, tr("Concerns named"));
    m_splitLabel->setText(tr("&Respondents:"));
    {
        const QSignalBlocker quiet(m_split);
        const int current = std::max(0, m_split->currentIndex());
        m_split->clear();
        m_split->addItems({tr("All respondents"), tr("Women"), tr("Men")});
        m_split->setCurrentIndex(current);
    }
    m_indicatorTable->setColumnCount(kGapColumn + 1);
    m_indicatorTable->setHorizontalHeaderLabels({tr("Indicator"), tr("All"), tr("Women"), tr("Men"),
                                                 tr("Under 18"), tr("18–29"), tr("30–49"), tr("50+"),
                                                 tr("Women–men gap")});
    m_changeTable->setColumnCount(5);
    m_changeTable->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Baseline"), tr("Endline"), tr("Change"), tr("Clear change")});
    m_concernTable->setColumnCount(4);
    m_concernTable->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Concern category"), tr("Named by"), tr("Prioritised by the team")});
    for (QTableWidget* table : {m_indicatorTable, m_changeTable, m_concernTable}) {
        QHeaderView* header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Stretch);
    }
    // Nine columns do not fit beside the Surveys page's list (about 720 pixels): rather than cut "too few
    // answers" or a figure, every column is wide enough for its wrapped text and the table scrolls
    // sideways. The gap's long heading is elided, in full in its tooltip.
    QHeaderView* indicatorHeader = m_indicatorTable->horizontalHeader();
    m_indicatorTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    indicatorHeader->setSectionResizeMode(QHeaderView::Interactive);
    indicatorHeader->setTextElideMode(Qt::ElideRight);
    const int figure = fontMetrics().horizontalAdvance(QStringLiteral("100 % (100–100)")) + 12;
    m_indicatorTable->setColumnWidth(0, 170);
    for (int column = 1; column < kGapColumn; ++column)
        m_indicatorTable->setColumnWidth(column, figure);
    m_indicatorTable->setColumnWidth(
        kGapColumn, fontMetrics().horizontalAdvance(QStringLiteral("+100 points (+100 to +100)")));
    m_indicatorTable->horizontalHeaderItem(kGapColumn)
        ->setToolTip(m_indicatorTable->horizontalHeaderItem(kGapColumn)->text());
    m_changeTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_changeTable->setColumnWidth(0, 300);
    m_concernTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    showIndicators();
    showChange();
    showConcerns();
}

} // namespace hamkori
