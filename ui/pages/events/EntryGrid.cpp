#include "EntryGrid.h"
#include <QFocusEvent>
#include <QHeaderView>

namespace hamkori {

EntryGrid::EntryGrid(QWidget* parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
}

QModelIndex EntryGrid::nextEditable(const QModelIndex& from, int step) const
{
    if (!model() || !from.isValid())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    int row = from.row();
    int column = from.column();
    for (;;) {
        column += step;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {}; // past the ends: Tab leaves the table
        const QModelIndex index = model()->index(row, column);
        if (!isColumnHidden(column) && (index.flags() & Qt::ItemIsEditable))
            return index;
    }
}

QModelIndex EntryGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext)
        return nextEditable(currentIndex(), 1);
    if (action == MovePrevious)
        return nextEditable(currentIndex(), -1);
    return QTableView::moveCursor(action, modifiers);
}

void EntryGrid::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter saves and goes on, as Tab does: a sheet is typed as numbers and Enters.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

QModelIndex EntryGrid::firstEditable(int row) const
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return {};
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QModelIndex index = model()->index(row, column);
        if (!isColumnHidden(column) && (index.flags() & Qt::ItemIsEditable))
            return index;
    }
    return {};
}

void EntryGrid::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    // Coming into a table with nothing chosen: start at the row for a new record.
    if (model() && !currentIndex().isValid() && event->reason() != Qt::PopupFocusReason)
        if (const QModelIndex start = firstEditable(model()->rowCount() - 1); start.isValid())
            setCurrentIndex(start);
}

void EntryGrid::editNewRow(int column)
{
    if (!model())
        return;
    const int last = model()->rowCount() - 1;
    QModelIndex target = column >= 0 ? model()->index(last, column) : QModelIndex();
    if (!target.isValid() || !(target.flags() & Qt::ItemIsEditable))
        target = firstEditable(last);
    if (!target.isValid())
        return;
    setFocus(Qt::OtherFocusReason);
    scrollTo(target);
    setCurrentIndex(target);
    edit(target);
}

} // namespace hamkori
