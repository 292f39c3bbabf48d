#pragma once
// A table for entering many small records from the keyboard (test and feedback sheets, participants): typing
// in a cell starts editing it, and Tab or Enter saves it and goes on to the next cell that can be edited,
// the next row after the last cell of a row. After the last record comes the row for a new one, so that Enter
// on the last cell starts the next sheet. Cells that cannot be edited (a sheet's number) are passed over.
#include <QTableView>

namespace hamkori {

class EntryGrid : public QTableView
{
    Q_OBJECT
public:
    explicit EntryGrid(QWidget* parent = nullptr);

    /// Goes to the first cell of the row for a new record and starts editing it.
    void editNewRow(int column = -1);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    QModelIndex nextEditable(const QModelIndex& from, int step) const;
    QModelIndex firstEditable(int row) const;
};

} // namespace hamkori
