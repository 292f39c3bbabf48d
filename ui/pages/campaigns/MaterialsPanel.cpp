#include "MaterialsPanel.h"
#include "MaterialModel.h"
#include "core/model/Limits.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

/// Edits the quantity within the data file's limit (the default spin box stops at 99).
class QuantityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == MaterialModel::Quantity) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(0, limits::kMaterialCopies);
            spin->setGroupSeparatorShown(true);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

} // namespace

MaterialsPanel::MaterialsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(nullptr), m_table(new QTableView(this)),
      m_newLabel(new QLabel(this)), m_item(new QLineEdit(this)), m_quantity(new QSpinBox(this)),
      m_add(new QPushButton(this)), m_delete(new QPushButton(this)), m_hint(new QLabel(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_model = new MaterialModel(
        session.db(),
        [this](const CampaignMaterial& before, const CampaignMaterial& after) -> Result<void> {
            const FieldPatch patch = RecordEdits::patch(before, after);
            if (patch.isEmpty())
                return {};
            return undo::edit(m_session, tr("change the material %1").arg(before.item), patch);
        },
        this);
    connect(m_model, &MaterialModel::editRefused, this, [this](const QString& message) {
        m_errors->show(Error{message, {}});
    });
    m_table->setObjectName(QStringLiteral("materialTable"));
    m_item->setObjectName(QStringLiteral("newMaterialItem"));
    m_quantity->setObjectName(QStringLiteral("newMaterialQuantity"));
    m_add->setObjectName(QStringLiteral("addMaterialButton"));
    m_delete->setObjectName(QStringLiteral("deleteMaterialButton"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new QuantityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MaterialModel::Item, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MaterialModel::Quantity, QHeaderView::ResizeToContents);
    m_quantity->setRange(0, limits::kMaterialCopies);
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setValue(1);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_delete->setEnabled(false);

    auto* itemMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("item"), m_item, itemMessage);
    auto* quantityMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("quantity"), m_quantity, quantityMessage);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newLabel);
    addRow->addWidget(m_item, 3);
    addRow->addWidget(m_quantity, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(itemMessage);
    layout->addWidget(quantityMessage);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_general);
    layout->addLayout(buttons);
    m_newLabel->setBuddy(m_item);

    connect(m_add, &QPushButton::clicked, this, &MaterialsPanel::addItem);
    connect(m_item, &QLineEdit::returnPressed, this, &MaterialsPanel::addItem);
    connect(m_delete, &QPushButton::clicked, this, &MaterialsPanel::deleteItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_delete->setEnabled(current.isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_delete->setEnabled(m_table->currentIndex().isValid()); });
    retranslate();
    setCampaign(QString());
}

void MaterialsPanel::retranslate()
{
    m_newLabel->setText(tr("&New material:"));
    m_item->setPlaceholderText(tr("For example: leaflets, posters, a radio spot"));
    m_quantity->setToolTip(tr("How many were made"));
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("Delete material"));
    m_hint->setText(tr("Double-click a cell to change it."));
}

void MaterialsPanel::setCampaign(const QString& campaignUuid)
{
    m_campaign = campaignUuid;
    m_errors->clear();
    m_model->setCampaign(campaignUuid);
    setEnabled(!campaignUuid.isEmpty());
}

void MaterialsPanel::addItem()
{
    if (m_campaign.isEmpty())
        return;
    CampaignMaterial item;
    item.campaignUuid = m_campaign;
    item.item = m_item->text();
    item.quantity = m_quantity->value();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add the material %1").arg(item.item.trimmed()),
                                QStringLiteral("campaign_material"), [&db, item]() -> Result<QString> {
                                    auto made = CampaignRepository(db).addMaterial(item);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_item->clear();
    m_quantity->setValue(1);
    const int row = m_model->rowOf(*created);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, MaterialModel::Item));
    m_item->setFocus(Qt::OtherFocusReason);
}

void MaterialsPanel::deleteItem()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const CampaignMaterial item = m_model->at(current.row());
    m_errors->clear();
    auto done = undo::remove(m_session, tr("delete the material %1").arg(item.item),
                             QStringLiteral("campaign_material"), item.meta.uuid);
    if (!done)
        m_errors->show(done.error());
}

} // namespace hamkori
