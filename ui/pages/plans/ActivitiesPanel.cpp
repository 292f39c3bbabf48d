#include "ActivitiesPanel.h"
#include "ActivityDelegates.h"
#include "ActivityDetailForm.h"
#include "ActivityDirectoryPanel.h"
#include "ActivityProgressPanel.h"
#include "ActivityReadingsPanel.h"
#include "ActivityTableModel.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EraseHistoryDialog.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::plans {

ActivitiesPanel::ActivitiesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ActivityTableModel(session, this)),
      m_view(new QTableView(this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_erase(new QPushButton(this)), m_up(new QPushButton(this)), m_down(new QPushButton(this)),
      m_message(FieldErrors::makeMessageLabel(this)), m_tabs(new QTabWidget(this)),
      m_detail(new ActivityDetailForm(m_model, this)),
      m_progress(new ActivityProgressPanel(session, m_model, this)),
      m_readings(new ActivityReadingsPanel(session, m_model, this)),
      m_directory(new ActivityDirectoryPanel(session, m_model, this))
{
    m_view->setObjectName(QStringLiteral("activitiesView"));
    m_add->setObjectName(QStringLiteral("addActivity"));
    m_delete->setObjectName(QStringLiteral("deleteActivity"));
    m_erase->setObjectName(QStringLiteral("eraseActivityHistory"));
    m_up->setObjectName(QStringLiteral("moveActivityUp"));
    m_down->setObjectName(QStringLiteral("moveActivityDown"));
    m_message->setObjectName(QStringLiteral("activityMessage"));
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // Two lines a row: long measures are cut short here (the tooltip and the editor show them whole), so
    // that several activities fit above the detail tabs at 1366×768.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * 2 + 10);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = ActivityTableModel::FirstDetailColumn; column < ActivityTableModel::ColumnCount;
         ++column)
        m_view->setColumnHidden(column, true);
    auto* combo = new ActivityComboDelegate(this);
    auto* date = new ActivityDateDelegate(this);
    m_view->setItemDelegateForColumn(ActivityTableModel::LeadBody, combo);
    m_view->setItemDelegateForColumn(ActivityTableModel::FundingSource, combo);
    m_view->setItemDelegateForColumn(ActivityTableModel::Status, combo);
    m_view->setItemDelegateForColumn(ActivityTableModel::Start, date);
    m_view->setItemDelegateForColumn(ActivityTableModel::Deadline, date);
    m_view->setItemDelegateForColumn(ActivityTableModel::Amount, new ActivityAmountDelegate(this));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActivityTableModel::Number, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityTableModel::Measure, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // A date whole ("05.12.202" was cut short at a fixed 84 px), with room for the editor's calendar button.
    const int dateWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) +
                          m_view->fontMetrics().height() + 16;
    const std::pair<int, int> widths[] = {
        {ActivityTableModel::LeadBody, 120},        {ActivityTableModel::Partners, 110},
        {ActivityTableModel::Start, dateWidth},     {ActivityTableModel::Deadline, dateWidth},
        {ActivityTableModel::FundingSource, 110},   {ActivityTableModel::Amount, 110},
        {ActivityTableModel::OutputIndicator, 120}, {ActivityTableModel::Status, 90}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_erase);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_message);

    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_progress, QString());
    m_tabs->addTab(m_readings, QString());
    m_tabs->addTab(m_directory, QString());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({280, 220});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ActivitiesPanel::deleteActivity);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesPanel::addActivity);
    connect(m_delete, &QPushButton::clicked, this, &ActivitiesPanel::deleteActivity);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        EraseHistoryDialog dialog(m_session, QStringLiteral("activity"), m_model->activityAt(row).meta.uuid,
                                  this);
        dialog.exec();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_model, &ActivityTableModel::editRefused, this, &ActivitiesPanel::showRefusal);
    connect(m_model, &ActivityTableModel::reloaded, this, [this] {
        if (!selectActivity(m_selected))
            currentChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        m_selected = row >= 0 ? m_model->activityAt(row).meta.uuid : QString();
        currentChanged();
    });
    // A change saved (here, on another page, or an undo) replaces the message of an earlier refusal.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_message->hide(); });

    retranslate();
    currentChanged();
}

void ActivitiesPanel::setPlan(const QString& planUuid)
{
    if (planUuid != m_model->planUuid()) {
        m_selected.clear();
        m_message->hide();
    }
    m_model->setPlan(planUuid);
    setEnabled(!planUuid.isEmpty());
    if (m_model->rowCount() > 0 && currentRow() < 0)
        m_view->selectRow(0);
    currentChanged();
}

int ActivitiesPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ActivitiesPanel::showProgress()
{
    if (currentRow() < 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ActivityTableModel::Measure));
    m_tabs->setCurrentWidget(m_progress);
}

QString ActivitiesPanel::selectedActivity() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->activityAt(row).meta.uuid : QString();
}

bool ActivitiesPanel::selectActivity(const QString& activityUuid)
{
    const int row = activityUuid.isEmpty() ? -1 : m_model->rowOf(activityUuid);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, ActivityTableModel::Measure));
    m_view->selectRow(row);
    m_selected = activityUuid;
    currentChanged();
    return true;
}

void ActivitiesPanel::currentChanged()
{
    const int row = currentRow();
    m_detail->setRow(row);
    m_progress->setRow(row);
    m_readings->setRow(row);
    m_directory->setRow(row);
    const bool has = row >= 0;
    m_delete->setEnabled(has);
    m_erase->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_model->rowCount());
}

QString ActivitiesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ActivitiesPanel::showRefusal(const Error& error, int column)
{
    // Name the field: the column edited, or the field core says the message is about.
    QString field = column >= 0 ? ActivityTableModel::columnName(column) : QString();
    if (error.field == u"deadline")
        field = ActivityTableModel::columnName(ActivityTableModel::Deadline);
    m_message->setText(field.isEmpty() ? error.message : tr("%1: %2").arg(field, error.message));
    m_message->show();
}

void ActivitiesPanel::addActivity()
{
    m_message->hide();
    const int row = m_model->addActivity();
    if (row < 0)
        return;
    selectActivity(m_model->activityAt(row).meta.uuid);
    const QModelIndex measure = m_model->index(row, ActivityTableModel::Measure);
    m_view->setFocus();
    m_view->edit(measure);
}

void ActivitiesPanel::deleteActivity()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Activity activity = m_model->activityAt(row);
    PlanRepository plans(m_session.db());
    auto updates = plans.progress(activity.meta.uuid);
    auto readings = plans.readings(activity.meta.uuid);
    const int updateCount = updates ? int(updates->size()) : 0;
    const int readingCount = readings ? int(readings->size()) : 0;
    const QString text = tr("Activity %1 of %2 (“%3”) will be deleted, with %4 and %5.")
                             .arg(QString::number(row + 1), m_model->planCode(), activity.measure,
                                  tr("%n progress update(s)", "", updateCount),
                                  tr("%n indicator reading(s)", "", readingCount));
    if (!m_confirm.ask(tr("Delete"), text))
        return;
    auto done = undo::remove(
        m_session, tr("delete activity %1 of %2").arg(QString::number(row + 1), m_model->planCode()),
        QStringLiteral("activity"), activity.meta.uuid);
    if (!done)
        showRefusal(done.error(), -1);
    else
        m_message->hide();
}

void ActivitiesPanel::move(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString uuid = m_model->activityAt(row).meta.uuid;
    if (m_model->moveActivity(row, delta))
        selectActivity(uuid);
}

void ActivitiesPanel::retranslate()
{
    m_add->setText(tr("&Add activity"));
    m_delete->setText(tr("D&elete activity…"));
    m_erase->setText(tr("Erase from history…"));
    m_erase->setToolTip(
        tr("Erase earlier values of this activity's risks and notes from this laptop and, with "
           "the next bundle, from every other one."));
    m_up->setText(tr("Move u&p"));
    m_down->setText(tr("Move do&wn"));
    m_up->setToolTip(tr("Move the activity up (Alt+Shift+Up)"));
    m_down->setToolTip(tr("Move the activity down (Alt+Shift+Down)"));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Progress updates"));
    m_tabs->setTabText(2, tr("Indicator readings"));
    m_tabs->setTabText(3, tr("Organisations"));
    m_detail->retranslate();
    m_progress->retranslate();
    m_readings->retranslate();
    m_directory->retranslate();
}

} // namespace hamkori::plans
