#include "CampaignsPage.h"
#include "campaigns/CampaignForm.h"
#include "campaigns/CampaignListModel.h"
#include "campaigns/CampaignReachPanel.h"
#include "campaigns/MaterialsPanel.h"
#include "core/storage/CampaignRepository.h"
#include "ui/Session.h"
#include "ui/csv/EventFileButtons.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

CampaignsPage::CampaignsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new CampaignListModel(session.db(), this)), m_list(new QTableView(this)),
      m_new(new QPushButton(this)), m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_tabs(new QTabWidget(this)), m_form(new CampaignForm(session, this)),
      m_reach(new CampaignReachPanel(session, this)), m_materials(new MaterialsPanel(session, this))
{
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_new->setObjectName(QStringLiteral("newCampaignButton"));
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_count->setObjectName(QStringLiteral("campaignCount"));
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    // Never wider than its pane: codes, dates and numbers as wide as they are, and the title and the channels
    // share what is left (cut with "…", the tooltip has them).
    QHeaderView* header = m_list->horizontalHeader();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CampaignListModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(CampaignListModel::Channels, QHeaderView::Stretch);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_count->setWordWrap(true);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addStretch();
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search, 1);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);
    auto* foot = new QHBoxLayout;
    foot->addWidget(m_count, 1);
    foot->addWidget(new csv::EventFileButtons(
        session, csv::EventFileButtons::Kind::Campaigns, [&session] { return session.currentTeam(); }, {},
        this));
    listLayout->addLayout(foot);

    m_scrolled = {scrolling(m_form, this), scrolling(m_reach, this)};
    m_tabs->addTab(m_scrolled[0], QString());
    m_tabs->addTab(m_scrolled[1], QString());
    m_tabs->addTab(m_materials, QString());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({580, 540});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_search, &QLineEdit::textChanged, m_model, &CampaignListModel::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showCampaign(m_model->uuidAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The campaign shown stays chosen; when it is gone (deleted, its creation undone) nothing is shown.
        const QString shown = m_form->campaignUuid();
        const int row = m_model->rowOf(shown);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model->index(row, 0));
        } else if (!shown.isEmpty() && !CampaignRepository(m_session.db()).campaign(shown).ok()) {
            showCampaign(QString());
        }
        updateCount();
    });
    connect(m_form, &CampaignForm::campaignCreated, this, [this](const QString& uuid) {
        showCampaign(uuid);
        const int row = m_model->rowOf(uuid);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model->index(row, 0));
        }
    });
    connect(m_form, &CampaignForm::deleteRequested, this, &CampaignsPage::deleteCampaign);
    connect(&session, &Session::currentTeamChanged, this, &CampaignsPage::teamChanged);
    retranslate();
    teamChanged(session.currentTeam());
}

void CampaignsPage::retranslate()
{
    m_new->setText(tr("&New campaign"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("words of the title"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&People reached"));
    m_tabs->setTabText(2, tr("&Materials"));
    m_model->retranslate();
    m_form->retranslate();
    m_reach->retranslate();
    m_materials->retranslate();
    updateCount();
    fitScrolledWidths();
}

void CampaignsPage::fitScrolledWidths()
{
    // A scroll area that never scrolls sideways would cut what is wider than it (the reach grid, a long
    // channel name in Tajik): it asks for the width its form needs in the language shown, and the splitter
    // takes that from the list.
    for (QScrollArea* scroll : m_scrolled)
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() +
                                scroll->verticalScrollBar()->sizeHint().width());
}

void CampaignsPage::teamChanged(const QString& teamUuid)
{
    m_form->setTeam(teamUuid);
    m_model->setTeam(teamUuid);
    setEnabled(!teamUuid.isEmpty());
    const QString shown = m_form->campaignUuid();
    if (m_model->rowOf(shown) < 0)
        showCampaign(m_model->rowCount() > 0 ? m_model->uuidAt(0) : QString());
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(std::max(0, m_model->rowOf(m_form->campaignUuid())), 0));
}

void CampaignsPage::updateCount()
{
    const int all = m_model->campaignCount();
    const int shown = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (shown < all)
        m_count->setText(tr("%1 of %n campaign(s) match the search.", "", all).arg(shown));
    else
        m_count->setText(all > 0 ? tr("%n campaign(s).", "", all)
                                 : tr("No campaigns yet: \"New campaign\" records the first one."));
}

bool CampaignsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"campaign")
        return false;
    if (uuid.isEmpty()) {
        newCampaign();
        return true;
    }
    auto found = CampaignRepository(m_session.db()).campaign(uuid);
    if (!found)
        return false;
    if (found->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(found->teamUuid);
    if (m_model->rowOf(uuid) < 0)
        m_search->clear(); // hidden by the search: show every one
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    showCampaign(uuid);
    m_tabs->setCurrentIndex(0);
    return true;
}

QString CampaignsPage::currentCampaign() const
{
    return m_form->campaignUuid();
}

void CampaignsPage::showCampaign(const QString& uuid)
{
    if (uuid.isEmpty())
        m_form->startNew();
    else
        m_form->showCampaign(uuid);
    const QString shown = m_form->campaignUuid();
    m_reach->setCampaign(shown);
    m_materials->setCampaign(shown);
    m_tabs->setTabEnabled(1, !shown.isEmpty());
    m_tabs->setTabEnabled(2, !shown.isEmpty());
}

void CampaignsPage::newCampaign()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    showCampaign(QString());
    m_tabs->setCurrentIndex(0);
    if (auto* title = m_form->findChild<QWidget*>(QStringLiteral("campaignTitle")))
        title->setFocus(Qt::OtherFocusReason);
}

void CampaignsPage::deleteCampaign()
{
    const QString uuid = m_form->campaignUuid();
    if (uuid.isEmpty())
        return;
    auto found = CampaignRepository(m_session.db()).campaign(uuid);
    if (!found) {
        m_form->errors()->show(found.error());
        return;
    }
    if (!m_confirm.ask(tr("Delete"),
                       tr("The campaign %1 «%2» will be deleted with its materials. Progress updates carried "
                          "out by it keep their other details.")
                           .arg(found->code, found->title)))
        return;
    auto done =
        undo::remove(m_session, tr("delete campaign %1").arg(found->code), QStringLiteral("campaign"), uuid);
    if (!done)
        m_form->errors()->show(done.error());
}

} // namespace hamkori
