#include "PlaceChoiceDelegate.h"
#include "GazetteerModel.h"
#include "translations/Translations.h"
#include <QComboBox>

namespace hamkori::settings {

PlaceChoiceDelegate::PlaceChoiceDelegate(GazetteerModel* gazetteer, QObject* parent)
    : QStyledItemDelegate(parent), m_gazetteer(gazetteer)
{
}

QWidget* PlaceChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    if (index.column() == GazetteerModel::Region) {
        auto* combo = new QComboBox(parent);
        for (const GazetteerEntry& region : m_gazetteer->regions())
            combo->addItem(region.name(Translations::current()), region.regionCode);
        return combo;
    }
    if (index.column() == GazetteerModel::Kind) {
        auto* combo = new QComboBox(parent);
        for (const QString& kind : GazetteerModel::kinds())
            if (kind != u"region") // a place does not become a region: regions are fixed by law
                combo->addItem(GazetteerModel::kindName(kind), kind);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlaceChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlaceChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hamkori::settings
