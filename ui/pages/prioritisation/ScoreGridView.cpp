#include "ScoreGridView.h"
#include <QHeaderView>
#include <QKeyEvent>

namespace hamkori {

ScoreGridView::ScoreGridView(QWidget* parent) : QTableView(parent)
{
    // Cells are edited by typing a digit, never through an editor widget.
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(false);
    // Columns as wide as their (wrapped) criterion name; the last one takes what is left.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setMinimumSectionSize(60);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setMaximumSectionSize(360);
    setWordWrap(true);
}

void ScoreGridView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid()) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        model()->setData(current, QVariant(), Qt::EditRole);
        event->accept();
        return;
    }
    const QString text = event->text();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier) || text.isEmpty() ||
        !text.at(0).isPrint() || text.at(0).isSpace()) {
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
    const QChar ch = text.at(0);
    if (ch < QLatin1Char('1') || ch > QLatin1Char('5')) {
        Q_EMIT inputRefused(tr("Type a score from 1 to 5, or Delete to clear the cell."));
        return;
    }
    if (model()->setData(current, QString(ch), Qt::EditRole))
        moveToNextCell();
}

void ScoreGridView::moveToNextCell()
{
    const QModelIndex current = currentIndex();
    int row = current.row();
    int column = current.column() + 1;
    if (column >= model()->columnCount()) {
        column = 0;
        ++row;
    }
    if (row >= model()->rowCount())
        return; // the last cell: stay
    setCurrentIndex(model()->index(row, column));
}

} // namespace hamkori
