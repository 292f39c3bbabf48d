#include "EquipmentPanel.h"
#include "EquipmentModel.h"
#include "core/model/Limits.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
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

/// Edits the quantity within the catalogue's limit and the condition from its list.
class EquipmentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == EquipmentModel::Condition) {
            auto* combo = new QComboBox(parent);
            enumcombo::fill<EquipmentCondition>(combo);
            return combo;
        }
        if (index.column() == EquipmentModel::Quantity) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(0, limits::kEquipmentItems);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

EquipmentPanel::EquipmentPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(nullptr), m_table(new QTableView(this)),
      m_newLabel(new QLabel(this)), m_item(new QLineEdit(this)), m_quantity(new QSpinBox(this)),
      m_condition(new QComboBox(this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_hint(new QLabel(this)), m_general(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_general, this))
{
    m_model = new EquipmentModel(
        session.db(),
        [this](const Equipment& before, const Equipment& after) -> Result<void> {
            const FieldPatch patch = RecordEdits::patch(before, after);
            if (patch.isEmpty())
                return {};
            return undo::edit(m_session, tr("change the equipment item %1").arg(before.item), patch);
        },
        this);
    connect(m_model, &EquipmentModel::editRefused, this, [this](const QString& message) {
        m_errors->show(Error{message, {}});
    });
    m_table->setObjectName(QStringLiteral("equipmentTable"));
    m_item->setObjectName(QStringLiteral("newEquipmentItem"));
    m_quantity->setObjectName(QStringLiteral("newEquipmentQuantity"));
    m_condition->setObjectName(QStringLiteral("newEquipmentCondition"));
    m_add->setObjectName(QStringLiteral("addEquipmentButton"));
    m_delete->setObjectName(QStringLiteral("deleteEquipmentButton"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new EquipmentDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EquipmentModel::Item, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EquipmentModel::Quantity,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EquipmentModel::Condition,
                                                      QHeaderView::ResizeToContents);
    m_quantity->setRange(0, limits::kEquipmentItems);
    m_quantity->setValue(1);
    enumcombo::fill<EquipmentCondition>(m_condition);
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
    addRow->addWidget(m_quantity);
    addRow->addWidget(m_condition, 1);
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

    connect(m_add, &QPushButton::clicked, this, &EquipmentPanel::addItem);
    connect(m_item, &QLineEdit::returnPressed, this, &EquipmentPanel::addItem);
    connect(m_delete, &QPushButton::clicked, this, &EquipmentPanel::deleteItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_delete->setEnabled(current.isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_delete->setEnabled(m_table->currentIndex().isValid()); });
    retranslate();
    setCentre(QString());
}

void EquipmentPanel::retranslate()
{
    m_newLabel->setText(tr("&New item:"));
    m_item->setPlaceholderText(tr("For example: computer, chairs, projector"));
    m_quantity->setToolTip(tr("How many"));
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("Delete item"));
    m_hint->setText(tr("Double-click a cell to change it."));
    enumcombo::fill<EquipmentCondition>(m_condition);
}

void EquipmentPanel::setCentre(const QString& centreUuid)
{
    m_centre = centreUuid;
    m_errors->clear();
    m_model->setCentre(centreUuid);
    setEnabled(!centreUuid.isEmpty());
}

void EquipmentPanel::addItem()
{
    if (m_centre.isEmpty())
        return;
    Equipment item;
    item.centreUuid = m_centre;
    item.item = m_item->text();
    item.quantity = m_quantity->value();
    item.condition = enumcombo::value<EquipmentCondition>(m_condition);
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add %1 to the equipment").arg(item.item.trimmed()),
                                QStringLiteral("equipment"), [&db, item]() -> Result<QString> {
                                    auto made = CentreRepository(db).createEquipment(item);
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
    m_condition->setCurrentIndex(0);
    const int row = m_model->rowOf(*created);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, EquipmentModel::Item));
    m_item->setFocus(Qt::OtherFocusReason);
}

void EquipmentPanel::deleteItem()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Equipment item = m_model->at(current.row());
    m_errors->clear();
    auto done = undo::remove(m_session, tr("delete %1 from the equipment").arg(item.item),
                             QStringLiteral("equipment"), item.meta.uuid);
    if (!done)
        m_errors->show(done.error());
}

} // namespace hamkori
