#include "SurveysPage.h"
#include "core/storage/SurveyRepository.h"
#include "surveys/QuestionnairePanel.h"
#include "surveys/SurveyDetailsForm.h"
#include "surveys/SurveyListModel.h"
#include "surveys/SurveyResultsPanel.h"
#include "surveys/SurveySheetsPanel.h"
#include "surveys/TalliesPanel.h"
#include "ui/Session.h"
#include "ui/csv/SurveyFileButtons.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

SurveysPage::SurveysPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new SurveyListModel(session.db(), this)), m_list(new QTableView(this)),
      m_listButtons(new QHBoxLayout), m_new(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_count(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_form(new SurveyDetailsForm(session, this)),
      m_questions(new QuestionnairePanel(session, this)), m_sheets(new SurveySheetsPanel(session, this)),
      m_tallies(new TalliesPanel(session, this)), m_results(new SurveyResultsPanel(session, this)),
      m_files(new csv::SurveyFileButtons(session, this))
{
    m_list->setObjectName(QStringLiteral("surveyList"));
    m_new->setObjectName(QStringLiteral("newSurveyButton"));
    m_delete->setObjectName(QStringLiteral("deleteSurveyButton"));
    m_kind->setObjectName(QStringLiteral("surveyKindFilter"));
    m_count->setObjectName(QStringLiteral("surveyCount"));
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    // Never wider than its pane: codes, kinds, days and counts as wide as they are; the area takes the rest.
    QHeaderView* header = m_list->horizontalHeader();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SurveyListModel::Area, QHeaderView::Stretch);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_kind->addItem(QString(), -1);
    for (const auto& entry : EnumTraits<SurveyKind>::entries())
        m_kind->addItem(QString(), int(entry.value));
    m_kindLabel->setBuddy(m_kind);
    m_count->setWordWrap(true);
    m_count->setEnabled(false);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listButtons->addWidget(m_new);
    m_listButtons->addWidget(m_delete);
    m_listButtons->addStretch();
    listLayout->addLayout(m_listButtons);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind, 1);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_files);
    listLayout->addWidget(m_count);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    m_tabs->addTab(formScroll, QString());
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_sheets, QString());
    m_tabs->addTab(m_tallies, QString());
    m_results->setObjectName(QStringLiteral("surveyResults"));
    m_tabs->addTab(m_results, QString());
    m_tabs->setMinimumWidth(560);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_tabs);
    // The sheets' table wants the room: the list is narrower than on the events page.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 740});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &SurveysPage::newSurvey);
    connect(m_delete, &QPushButton::clicked, this, &SurveysPage::deleteSurvey);
    connect(m_kind, &QComboBox::activated, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_model->setKind(kind < 0 ? std::nullopt : std::optional<SurveyKind>(SurveyKind(kind)));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showRecord(m_model->uuidAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString shown = m_form->surveyUuid();
        if (m_model->rowOf(shown) >= 0)
            selectInList(shown);
        else if (!shown.isEmpty() && !SurveyRepository(m_session.db()).survey(shown).ok())
            showRecord(QString()); // deleted, or its creation undone
        updateCount();
    });
    connect(m_form, &SurveyDetailsForm::surveyCreated, this, [this](const QString& uuid) {
        showRecord(uuid);
        selectInList(uuid);
    });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        const QString shown = currentSurvey();
        if (shown.isEmpty())
            return;
        for (const char* kind : {"survey_response", "survey_tally", "survey_question", "survey"})
            if (kinds.contains(QLatin1String(kind))) {
                // Results are counted again only while their tab is shown, not on every cell typed.
                if (m_tabs->currentWidget() == m_results)
                    m_results->refresh();
                Q_EMIT surveyDataChanged(shown);
                return;
            }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_results)
            m_results->refresh();
    });
    connect(&session, &Session::currentTeamChanged, this, &SurveysPage::teamChanged);
    retranslate();
    teamChanged(session.currentTeam());
}

void SurveysPage::retranslate()
{
    m_new->setText(tr("&New survey"));
    m_delete->setText(tr("&Delete…"));
    m_kindLabel->setText(tr("Sho&w:"));
    m_kind->setItemText(0, tr("all kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, displayName(SurveyKind(m_kind->itemData(i).toInt())));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Questionnaire"));
    m_tabs->setTabText(2, tr("Sheets"));
    m_tabs->setTabText(3, tr("Tallies"));
    m_tabs->setTabText(4, tr("Results"));
    m_form->retranslate();
    m_questions->retranslate();
    m_sheets->retranslate();
    m_tallies->retranslate();
    updateCount();
}

void SurveysPage::teamChanged(const QString& teamUuid)
{
    m_form->setTeam(teamUuid);
    m_model->setTeam(teamUuid);
    m_files->setTeam(teamUuid);
    setEnabled(!teamUuid.isEmpty());
    if (m_model->rowOf(m_form->surveyUuid()) < 0)
        showRecord(m_model->rowCount() > 0 ? m_model->uuidAt(0) : QString());
    selectInList(m_form->surveyUuid());
}

void SurveysPage::selectInList(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->clearSelection();
}

void SurveysPage::updateCount()
{
    const int all = int(m_model->teamSurveys().size());
    const int shown = m_model->rowCount();
    if (all == 0)
        m_count->setText(
            tr("No surveys recorded for this group yet: \"New survey\" records the first round."));
    else if (shown == all)
        m_count->setText(tr("%n survey round(s).", "", all));
    else
        m_count->setText(tr("%1 of %n survey round(s) shown.", "", all).arg(shown));
}

bool SurveysPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"survey")
        return false;
    if (uuid.isEmpty()) {
        newSurvey();
        return true;
    }
    auto found = SurveyRepository(m_session.db()).survey(uuid);
    if (!found)
        return false;
    if (found->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(found->teamUuid);
    if (m_model->rowOf(uuid) < 0) {
        // Hidden by the filter: show every one.
        m_kind->setCurrentIndex(0);
        m_model->setKind(std::nullopt);
    }
    showRecord(uuid);
    selectInList(uuid);
    m_tabs->setCurrentIndex(0);
    return true;
}

QString SurveysPage::currentSurvey() const
{
    return m_form->surveyUuid();
}

void SurveysPage::showRecord(const QString& uuid)
{
    if (uuid.isEmpty())
        m_form->startNew();
    else
        m_form->load(uuid);
    const QString shown = m_form->surveyUuid();
    m_questions->setSurvey(shown);
    m_sheets->setSurvey(shown);
    m_tallies->setSurvey(shown);
    m_results->setSurvey(shown);
    m_files->setSurvey(shown);
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, !shown.isEmpty());
    m_delete->setEnabled(!shown.isEmpty());
    Q_EMIT surveyDataChanged(shown);
}

void SurveysPage::newSurvey()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    showRecord(QString());
    m_tabs->setCurrentIndex(0);
    if (auto* kind = m_form->findChild<QWidget*>(QStringLiteral("surveyKind")))
        kind->setFocus(Qt::OtherFocusReason);
}

void SurveysPage::deleteSurvey()
{
    const QString uuid = m_form->surveyUuid();
    if (uuid.isEmpty())
        return;
    auto found = SurveyRepository(m_session.db()).survey(uuid);
    if (!found) {
        m_form->errors()->show(found.error());
        return;
    }
    int sheets = 0;
    for (const SurveySummary& row : m_model->teamSurveys())
        if (row.survey.meta.uuid == uuid)
            sheets = row.sheets;
    if (!m_confirm.ask(tr("Delete"),
                       tr("The survey %1 will be deleted with its questionnaire, its %n sheet(s) and its "
                          "tallies.",
                          "", sheets)
                           .arg(found->code)))
        return;
    if (auto done = undo::remove(m_session, tr("delete %1").arg(found->code), QStringLiteral("survey"), uuid);
        !done)
        m_form->errors()->show(done.error());
}

} // namespace hamkori
