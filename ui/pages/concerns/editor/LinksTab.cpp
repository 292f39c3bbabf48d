#include "LinksTab.h"
#include "AddLinkDialog.h"
#include "ConcernEdits.h"
#include "LinkMapView.h"
#include "RecordTableModel.h"
#include "core/storage/ConcernQueries.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/RestrictedMark.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

LinksTab::LinksTab(ConcernEdits& edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_listLabel(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new RecordTableModel(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_mapLabel(new QLabel(this)), m_map(new LinkMapView(this))
{
    m_view->setObjectName(QStringLiteral("links"));
    m_add->setObjectName(QStringLiteral("addLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_mapLabel->setWordWrap(true);

    // The buttons under the list's name: beside it, the Tajik and Russian texts made the tab wider than the
    // editor at 1366×768.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_listLabel);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_view);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_mapLabel);
    bottomLayout->addWidget(m_map, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_view->setMinimumHeight(90);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &LinksTab::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &LinksTab::removeCurrent);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openConcernRequested(m_model->row(index.row()).extra.toStringList().value(0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinksTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinksTab::updateButtons);
    connect(m_map, &LinkMapView::concernClicked, this, &LinksTab::openConcernRequested);
    updateButtons();
}

void LinksTab::load()
{
    const QString uuid = m_edits.uuid();
    ConcernNetwork network;
    if (!uuid.isEmpty())
        if (auto found = ConcernQueries(m_edits.session().db()).network(uuid, 2))
            network = *found;

    QHash<QString, const ConcernNode*> nodes;
    for (const ConcernNode& node : std::as_const(network.nodes))
        nodes.insert(node.uuid, &node);
    QList<RecordTableModel::Row> rows;
    for (const ConcernLink& link : std::as_const(network.links)) {
        const bool outgoing = link.fromUuid == uuid;
        if (!outgoing && link.toUuid != uuid)
            continue; // a link further out: on the map only
        const ConcernNode* other = nodes.value(outgoing ? link.toUuid : link.fromUuid);
        if (!other)
            continue;
        // "→ causes" reads: this concern causes the other; "← causes": the other causes this one.
        const QString kind =
            (outgoing ? QStringLiteral("→ ") : QStringLiteral("← ")) + displayName(link.kind);
        rows.append({link.meta.uuid,
                     {kind, other->code, other->title, link.note},
                     outgoing ? tr("%1 %2 %3").arg(m_edits.code(), displayName(link.kind), other->code)
                              : tr("%1 %2 %3").arg(other->code, displayName(link.kind), m_edits.code()),
                     QStringList{other->uuid, other->code},
                     other->restricted ? 1 : -1});
    }
    m_model->setRows(rows);
    // Short columns fit their contents; title and note share the rest (no horizontal scrolling).
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column,
                                     column < 2 ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    m_map->setNetwork(network, uuid);
    updateButtons();
}

void LinksTab::retranslate()
{
    m_listLabel->setText(tr("Links to other concerns:"));
    m_add->setText(tr("Add &link…"));
    m_remove->setText(tr("Remo&ve link"));
    m_remove->setToolTip(tr("Remove the selected link (Delete)"));
    m_view->setToolTip(tr("Press Enter or double-click to open the other concern"));
    m_mapLabel->setText(tr("Link map: second-degree links included. Click a concern to open it."));
    m_model->setHeaders({tr("Link"), tr("Code"), tr("Title"), tr("Note")});
}

bool LinksTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LinksTab::openAddDialog()
{
    if (m_edits.uuid().isEmpty())
        return;
    if (!m_dialog) {
        m_dialog = new AddLinkDialog(m_edits.session(), this);
        connect(m_dialog, &AddLinkDialog::submitted, this, &LinksTab::addLink);
    }
    m_dialog->prepare(m_edits.uuid(), m_edits.code(), m_edits.concern().teamUuid);
    m_dialog->open();
}

void LinksTab::addLink(const QString& otherUuid, bool outgoing, LinkKind kind, const QString& note)
{
    Database& db = m_edits.session().db();
    const QString from = outgoing ? m_edits.uuid() : otherUuid;
    const QString to = outgoing ? otherUuid : m_edits.uuid();
    ConcernRepository concerns(db);
    QString otherCode;
    if (auto other = concerns.concern(otherUuid))
        otherCode = other->code;
    // A link that is there already is refused by core; the dialog shows why and stays open.
    auto created =
        undo::create(m_edits.session(), tr("link %1 to %2").arg(m_edits.code(), otherCode),
                     QStringLiteral("concern_link"), [&db, from, to, kind, note]() -> Result<QString> {
                         auto link = ConcernRepository(db).addLink(from, to, kind, note);
                         if (!link)
                             return link.error();
                         return link->meta.uuid;
                     });
    if (!created) {
        m_dialog->showError(created.error());
        return;
    }
    m_dialog->accept();
}

void LinksTab::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const RecordTableModel::Row row = m_model->row(current.row());
    auto removed = undo::remove(
        m_edits.session(),
        tr("remove the link between %1 and %2").arg(m_edits.code(), row.extra.toStringList().value(1)),
        QStringLiteral("concern_link"), row.uuid);
    if (!removed)
        m_edits.showError(removed.error());
}

void LinksTab::updateButtons()
{
    m_add->setEnabled(!m_edits.uuid().isEmpty());
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace hamkori
