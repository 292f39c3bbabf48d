#include "ActivityDelegates.h"
#include "core/model/Limits.h"
#include "ActivityTableModel.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QDoubleSpinBox>

namespace hamkori::plans {

namespace {
const ActivityTableModel* activityModel(const QModelIndex& index)
{
    return qobject_cast<const ActivityTableModel*>(index.model());
}
} // namespace

QWidget* ActivityComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* combo = new QComboBox(parent);
    if (const auto* model = activityModel(index))
        for (const auto& [text, value] : model->choices(index.column()))
            combo->addItem(text, value);
    return combo;
}

void ActivityComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ActivityComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

QWidget* ActivityDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return new OptionalDateEdit(parent);
}

void ActivityDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<OptionalDateEdit*>(editor);
    edit->setOptionalDate(index.data(Qt::EditRole).toDate());
    // Selected, so that a date typed on the cell replaces the one there (the view hands the first key on).
    edit->selectAll();
}

void ActivityDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    // The text as typed: the model reads it, and refuses with a message what is not a date.
    model->setData(index, static_cast<OptionalDateEdit*>(editor)->text(), Qt::EditRole);
}

QWidget* ActivityAmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, limits::kMoney);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(tr(" somoni"));
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void ActivityAmountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QDoubleSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void ActivityAmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace hamkori::plans
