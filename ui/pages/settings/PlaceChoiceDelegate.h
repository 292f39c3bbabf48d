#pragma once
// Edits the region and the kind of a gazetteer place with a drop-down list instead of typed codes.
#include <QStyledItemDelegate>

namespace hamkori::settings {

class GazetteerModel;

class PlaceChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `gazetteer` gives the regions. A filter proxy may sit between the view and the model: it keeps the
    /// columns.
    PlaceChoiceDelegate(GazetteerModel* gazetteer, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    GazetteerModel* m_gazetteer;
};

} // namespace hamkori::settings
