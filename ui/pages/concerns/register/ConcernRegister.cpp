#include "ConcernRegister.h"
#include "ConcernFilterBar.h"
#include "ConcernListModel.h"
#include "NewConcernDialog.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

const char* const kColumnsKey = "concerns/registerColumns";

/// How far down the list opening a concern loads before it searches for the concern's code instead.
constexpr int kLoadLimit = 5 * ConcernListModel::kPageSize;

bool concernsChanged(const QStringList& kinds)
{
    static const QStringList shown{QStringLiteral("concern"), QStringLiteral("status_change"),
                                   QStringLiteral("round_concern"), QStringLiteral("reference_item")};
    for (const QString& kind : kinds)
        if (shown.contains(kind))
            return true;
    return false;
}

} // namespace

ConcernRegister::ConcernRegister(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_filters(new ConcernFilterBar(session.db(), this)),
      m_model(new ConcernListModel(session.db(), this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_error(FieldErrors::makeMessageLabel(this)), m_new(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("concernTable"));
    m_count->setObjectName(QStringLiteral("concernCount"));
    m_error->setObjectName(QStringLiteral("registerError"));
    m_new->setObjectName(QStringLiteral("newConcernButton"));
    m_delete->setObjectName(QStringLiteral("deleteConcernButton"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show, whatever the length of the list.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.averageCharWidth();
    const int padding = 2 * em + 8;
    const int widths[ConcernListModel::ColumnCount] = {
        metrics.horizontalAdvance(QStringLiteral("WWW-2026-000")) + padding, // code
        20 * em,                                                             // title
        14 * em,                                                             // category
        11 * em,                                                             // place
        10 * em,                                                             // raised by
        10 * em,                                                             // status
        metrics.horizontalAdvance(QStringLiteral("00.00.0000")) + padding,   // first raised
        metrics.height() + 12};                                              // restricted
    for (int column = 0; column < ConcernListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSectionResizeMode(ConcernListModel::Title, QHeaderView::Stretch); // takes what is left
    header->setMinimumSectionSize(3 * em);
    // The lock next to the code, where it is seen even when the list is scrolled or narrow.
    header->moveSection(ConcernListModel::Restricted, ConcernListModel::Code + 1);
    // The columns as the user left them (widths and order), kept across starts.
    header->restoreState(QSettings().value(QLatin1String(kColumnsKey)).toByteArray());
    header->setSectionResizeMode(ConcernListModel::Title, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sectionResized, this, &ConcernRegister::saveColumns);
    connect(header, &QHeaderView::sectionMoved, this, &ConcernRegister::saveColumns);
    m_view->setSortingEnabled(true);
    // Columns SQL cannot sort by keep the indicator where the list really is sorted.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (!ConcernListModel::isSortable(column))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_view->installEventFilter(this); // the Delete key deletes the selected concern

    auto* buttons = m_buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filters, m_new);
    setTabOrder(m_new, m_delete);
    setTabOrder(m_delete, m_view);

    connect(m_filters, &ConcernFilterBar::filterChanged, this, &ConcernRegister::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &ConcernRegister::newConcern);
    connect(m_delete, &QPushButton::clicked, this, &ConcernRegister::deleteCurrent);
    connect(m_model, &ConcernListModel::totalCountChanged, this, &ConcernRegister::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString uuid = current.isValid() ? m_model->uuidAt(current.row()) : QString();
                if (uuid != m_current) {
                    m_current = uuid;
                    Q_EMIT currentConcernChanged(uuid);
                }
                updateButtons();
            });
    // A reload (filter, sort, a change anywhere) keeps the selected concern selected when it is still listed.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_current);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, ConcernListModel::Code);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        } else if (!m_current.isEmpty()) {
            m_current.clear();
            Q_EMIT currentConcernChanged(QString());
        }
        updateButtons();
    });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("reference_item"))) {
            m_model->reloadCategories();
            m_filters->reloadCategories();
        }
        if (concernsChanged(kinds))
            refresh();
    });
    connect(&session, &Session::currentTeamChanged, this, [this] {
        updateButtons();
        if (!m_filters->allTeams())
            applyFilter();
    });

    retranslate();
    updateButtons();
}

bool ConcernRegister::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConcernRegister::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ConcernRegister::ensureLoaded()
{
    if (!m_loaded) {
        m_loaded = true;
        m_stale = false;
        // Nothing is opened by itself: with no concern chosen the register takes the page's whole width, where
        // its titles can be read (issue 18); the editor opens beside it on a click.
        applyFilter();
    } else if (m_stale) {
        refresh();
    }
}

void ConcernRegister::applyFilter()
{
    if (!m_loaded)
        return; // the first query runs when the register is first shown
    ConcernFilter filter = m_filters->filter();
    filter.teamUuid = m_filters->allTeams() ? QString() : m_session.currentTeam();
    m_model->setFilter(filter);
}

void ConcernRegister::refresh()
{
    if (!m_loaded)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_model->reload();
}

void ConcernRegister::updateCount()
{
    m_count->setText(tr("%n concern(s)", "", m_model->totalCount()));
    m_error->setText(m_model->lastError());
    m_error->setVisible(!m_model->lastError().isEmpty());
}

void ConcernRegister::updateButtons()
{
    m_new->setEnabled(!m_session.currentTeam().isEmpty());
    m_delete->setEnabled(!m_current.isEmpty());
}

void ConcernRegister::addButton(QWidget* button)
{
    m_buttons->addWidget(button);
    setTabOrder(m_delete, button);
    setTabOrder(button, m_view);
}

QString ConcernRegister::currentUuid() const
{
    return m_current;
}

void ConcernRegister::select(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ConcernListModel::Code);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool ConcernRegister::showConcern(const QString& uuid)
{
    auto concern = ConcernRepository(m_session.db()).concern(uuid);
    if (!concern)
        return false;
    if (concern->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(concern->teamUuid);
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    } else if (m_stale) {
        m_stale = false;
        m_model->reload();
    }
    int row = m_model->rowOf(uuid);
    if (row < 0) {
        m_filters->clearFiltersHiding(*concern);
        row = m_model->loadUntil(uuid, kLoadLimit);
    }
    if (row < 0) {
        // Far down a long list, or hidden by the search or the priorities: its code finds it at once.
        m_filters->searchFor(concern->code);
        row = m_model->loadUntil(uuid, kLoadLimit);
    }
    if (row < 0)
        return false;
    select(uuid);
    return true;
}

void ConcernRegister::newConcern()
{
    const QString team = m_session.currentTeam();
    if (team.isEmpty())
        return;
    auto* dialog = new NewConcernDialog(m_session, team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showConcern(dialog->createdUuid()); });
    dialog->open();
}

void ConcernRegister::deleteCurrent()
{
    const int row = m_model->rowOf(m_current);
    const ConcernRow* concern = m_model->rowAt(row);
    if (!concern)
        return;
    const QString uuid = concern->uuid;
    const QString code = concern->code;
    const QString question =
        tr("The concern %1 “%2” and its status history, links, scores and plan entries will be deleted.")
            .arg(code, concern->title);
    if (!m_confirm.ask(tr("Delete concern"), question, tr("&Delete")))
        return;
    auto removed =
        undo::remove(m_session, tr("delete concern %1").arg(code), QStringLiteral("concern"), uuid);
    if (!removed) {
        m_error->setText(removed.errorMessage());
        m_error->show();
        return;
    }
    // The list refreshed when the deletion was committed; the neighbour takes the selection.
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0)
        select(m_model->uuidAt(next));
}

void ConcernRegister::retranslate()
{
    m_filters->retranslate();
    m_model->reloadCategories();
    m_filters->reloadCategories();
    m_new->setText(tr("&New concern…"));
    m_new->setToolTip(tr("Register a concern raised by the community"));
    m_delete->setText(tr("De&lete concern…"));
    m_delete->setToolTip(tr("Delete the selected concern (Delete key)"));
    updateCount();
    fitHeaders();
}

void ConcernRegister::fitHeaders()
{
    QHeaderView* header = m_view->horizontalHeader();
    QFont font = header->font();
    font.setBold(true); // some styles draw headers bold: measure for the wider of the two
    const QFontMetrics metrics(font);
    // The header's margins and the sort arrow.
    const int room = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                     style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 12;
    m_fitting = true; // a fit is not the user's choice of widths: not saved
    for (int column = 0; column < ConcernListModel::ColumnCount; ++column) {
        if (column == ConcernListModel::Title || column == ConcernListModel::Restricted)
            continue;
        const QString text = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed = metrics.horizontalAdvance(text) + room;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    m_fitting = false;
}

void ConcernRegister::saveColumns()
{
    if (m_fitting)
        return;
    QSettings().setValue(QLatin1String(kColumnsKey), m_view->horizontalHeader()->saveState());
}

} // namespace hamkori
