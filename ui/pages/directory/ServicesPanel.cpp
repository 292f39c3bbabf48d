#include "ServicesPanel.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole;
}

ServicesPanel::ServicesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_hint(new QLabel(this)), m_table(new QTableWidget(this)),
      m_kind(new QComboBox(this)), m_description(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_message(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_message, this))
{
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_kind->setObjectName(QStringLiteral("serviceKind"));
    m_description->setObjectName(QStringLiteral("serviceDescription"));
    m_add->setObjectName(QStringLiteral("addServiceButton"));
    m_delete->setObjectName(QStringLiteral("deleteServiceButton"));
    m_message->setObjectName(QStringLiteral("serviceError"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_table->setColumnCount(2);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 200);
    m_table->setMinimumHeight(120);
    m_delete->setEnabled(false);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(14);
    auto* kindError = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("kind"), m_kind, kindError);

    // A new service: its kind and the button on one line, the description on the whole width under them.
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_kind, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(addRow);
    layout->addWidget(m_description);
    layout->addWidget(kindError);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ServicesPanel::addService);
    connect(m_description, &QLineEdit::returnPressed, this, &ServicesPanel::addService);
    connect(m_delete, &QPushButton::clicked, this, &ServicesPanel::deleteService);
    connect(m_table, &QTableWidget::itemChanged, this, &ServicesPanel::descriptionEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_delete->setEnabled(row >= 0 && !m_organisation.isEmpty()); });
    retranslate();
}

void ServicesPanel::retranslate()
{
    m_hint->setText(tr("The services people can be referred to. Double-click a description to change it."));
    m_table->setHorizontalHeaderLabels({tr("Kind of service"), tr("Description")});
    m_description->setPlaceholderText(tr("What the service offers, to whom, when"));
    m_add->setText(tr("&Add service"));
    m_delete->setText(tr("Delete service"));
}

void ServicesPanel::setOrganisation(const QString& uuid, const QString& name, const directory::Names& names)
{
    if (uuid != m_organisation)
        m_errors->clear();
    m_organisation = uuid;
    m_name = name;
    m_names = names;
    const QString chosen = m_kind->currentData().toString();
    m_kind->clear();
    for (const ReferenceItem& kind : names.serviceKinds)
        m_kind->addItem(kind.name(Translations::current()), kind.meta.uuid);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    setEnabled(!uuid.isEmpty());
    reload();
}

void ServicesPanel::reload()
{
    m_loading = true;
    const QString current = m_table->currentRow() >= 0
                                ? m_table->item(m_table->currentRow(), 0)->data(kUuidRole).toString()
                                : QString();
    m_table->setRowCount(0);
    if (!m_organisation.isEmpty())
        if (auto services = DirectoryRepository(m_session.db()).services(m_organisation)) {
            m_table->setRowCount(int(services->size()));
            for (int row = 0; row < services->size(); ++row) {
                const Service& service = services->at(row);
                auto* kind = new QTableWidgetItem(m_names.of(service.kindUuid));
                kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                kind->setData(kUuidRole, service.meta.uuid);
                auto* description = new QTableWidgetItem(service.description);
                description->setData(kUuidRole, service.meta.uuid);
                description->setToolTip(service.description);
                m_table->setItem(row, 0, kind);
                m_table->setItem(row, 1, description);
                if (service.meta.uuid == current)
                    m_table->setCurrentCell(row, 0);
            }
        }
    m_delete->setEnabled(m_table->currentRow() >= 0);
    m_loading = false;
}

void ServicesPanel::addService()
{
    if (m_organisation.isEmpty())
        return;
    Service service;
    service.organisationUuid = m_organisation;
    service.kindUuid = m_kind->currentData().toString();
    service.description = m_description->text();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add the service %1 to %2").arg(m_kind->currentText(), m_name),
                                QStringLiteral("service"), [&db, service]() -> Result<QString> {
                                    auto made = DirectoryRepository(db).createService(service);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_description->clear();
}

void ServicesPanel::deleteService()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString uuid = m_table->item(row, 0)->data(kUuidRole).toString();
    auto done =
        undo::remove(m_session, tr("delete the service %1 of %2").arg(m_table->item(row, 0)->text(), m_name),
                     QStringLiteral("service"), uuid);
    if (!done)
        m_errors->show(done.error());
}

void ServicesPanel::descriptionEdited(QTableWidgetItem* item)
{
    if (m_loading || item->column() != 1)
        return;
    DirectoryRepository directory(m_session.db());
    auto before = directory.service(item->data(kUuidRole).toString());
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Service after = *before;
    after.description = item->text();
    const FieldPatch patch = RecordEdits::patch(*before, after);
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr("change the description of a service of %1").arg(m_name), patch);
    if (!done)
        m_errors->show(done.error());
}

} // namespace hamkori
