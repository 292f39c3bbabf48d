#include "CommitmentsPage.h"
#include "commitments/CommitmentForm.h"
#include "commitments/CommitmentListModel.h"
#include "core/storage/CommitmentRepository.h"
#include "ui/Session.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

CommitmentsPage::CommitmentsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new CommitmentListModel(session.db(), this)),
      m_list(new QTableView(this)), m_filterLabel(new QLabel(this)), m_filter(new QComboBox(this)),
      m_count(new QLabel(this)), m_new(new QPushButton(this)), m_form(new CommitmentForm(session, this))
{
    m_list->setObjectName(QStringLiteral("commitmentList"));
    m_filter->setObjectName(QStringLiteral("commitmentFilter"));
    m_count->setObjectName(QStringLiteral("commitmentCount"));
    m_new->setObjectName(QStringLiteral("newCommitmentButton"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    // Never wider than its pane: codes, dates and sums as wide as they are, the kind and status at a set
    // width (cut with "…", the tooltip has them), and the addressee takes what is left.
    QHeaderView* header = m_list->horizontalHeader();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int em = m_list->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto& [column, width] :
         {std::pair{CommitmentListModel::Kind, 7 * em}, std::pair{CommitmentListModel::Status, 8 * em}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(CommitmentListModel::AddressedTo, QHeaderView::Stretch);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    for (int i = 0; i < 3; ++i)
        m_filter->addItem(QString(), i);
    m_filterLabel->setBuddy(m_filter);
    m_count->setWordWrap(true);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addStretch();
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_count);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    formScroll->setMinimumWidth(460);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &CommitmentsPage::newCommitment);
    connect(m_filter, &QComboBox::activated, this,
            [this] { m_model->setFilter(CommitmentListModel::Filter(m_filter->currentData().toInt())); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showCommitment(m_model->uuidAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString shown = m_form->commitmentUuid();
        const int row = m_model->rowOf(shown);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model->index(row, 0));
        } else if (!shown.isEmpty() && !CommitmentRepository(m_session.db()).commitment(shown).ok()) {
            showCommitment(QString()); // deleted, or its creation undone
        }
        updateCount();
    });
    connect(m_form, &CommitmentForm::commitmentCreated, this, [this](const QString& uuid) {
        const int row = m_model->rowOf(uuid);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model->index(row, 0));
        }
    });
    connect(m_form, &CommitmentForm::deleteRequested, this, &CommitmentsPage::deleteCommitment);
    connect(&session, &Session::currentTeamChanged, this, &CommitmentsPage::teamChanged);
    retranslate();
    teamChanged(session.currentTeam());
}

void CommitmentsPage::retranslate()
{
    m_new->setText(tr("&New request or recommendation"));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setItemText(0, tr("all"));
    m_filter->setItemText(1, tr("open"));
    m_filter->setItemText(2, tr("overdue"));
    m_form->retranslate();
    updateCount();
}

void CommitmentsPage::teamChanged(const QString& teamUuid)
{
    m_form->setTeam(teamUuid);
    m_model->setTeam(teamUuid);
    setEnabled(!teamUuid.isEmpty());
    const QString shown = m_form->commitmentUuid();
    if (m_model->rowOf(shown) < 0)
        showCommitment(m_model->rowCount() > 0 ? m_model->uuidAt(0) : QString());
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(std::max(0, m_model->rowOf(m_form->commitmentUuid())), 0));
}

void CommitmentsPage::updateCount()
{
    const int overdue = m_model->overdueCount();
    m_count->setText(overdue > 0 ? tr("%n overdue: past the due date and not yet done.", "", overdue)
                                 : QString());
    m_count->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b71c1c;") : QString());
}

bool CommitmentsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"commitment")
        return false;
    if (uuid.isEmpty()) {
        newCommitment();
        return true;
    }
    auto found = CommitmentRepository(m_session.db()).commitment(uuid);
    if (!found)
        return false;
    if (found->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(found->teamUuid);
    if (m_model->rowOf(uuid) < 0) {
        // Hidden by the filter: show every one.
        m_filter->setCurrentIndex(0);
        m_model->setFilter(CommitmentListModel::Filter::All);
    }
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    showCommitment(uuid);
    return true;
}

QString CommitmentsPage::currentCommitment() const
{
    return m_form->commitmentUuid();
}

void CommitmentsPage::setToday(QDate today)
{
    m_model->setToday(today);
}

void CommitmentsPage::showCommitment(const QString& uuid)
{
    if (uuid.isEmpty())
        m_form->startNew();
    else
        m_form->showCommitment(uuid);
}

void CommitmentsPage::newCommitment()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    showCommitment(QString());
    if (auto* text = m_form->findChild<QWidget*>(QStringLiteral("commitmentText")))
        text->setFocus(Qt::OtherFocusReason);
}

void CommitmentsPage::deleteCommitment()
{
    const QString uuid = m_form->commitmentUuid();
    if (uuid.isEmpty())
        return;
    auto found = CommitmentRepository(m_session.db()).commitment(uuid);
    if (!found) {
        m_form->errors()->show(found.error());
        return;
    }
    if (!m_confirm.ask(tr("Delete"),
                       tr("The request or recommendation %1 will be deleted.").arg(found->code)))
        return;
    auto done = undo::remove(m_session, tr("delete %1").arg(found->code), QStringLiteral("commitment"), uuid);
    if (!done)
        m_form->errors()->show(done.error());
}

} // namespace hamkori
