#pragma once
// The import dialog's "Deleted concerns" tab: the rows whose code belongs to a concern deleted here or on
// another laptop, each with when and where it was deleted and a choice, "skip the row" (the default) or
// "restore it with this row's values", and buttons to choose the same for every row at once.
#include "core/csv/ConcernImport.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hamkori::csv {

class DeletedRowsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Code,
        What,
        Choice,
        ColumnCount
    };

    explicit DeletedRowsPanel(QWidget* parent = nullptr);

    /// Lists the preview's rows that match a deleted concern, with their current choice.
    void list(const ImportPreview& preview);
    void setChoicesEnabled(bool enabled);
    QTableWidget* table() const { return m_table; }
    /// The choice of the listed row (in the order listed).
    QComboBox* choice(int listed) const;
    QPushButton* restoreAll() const { return m_restoreAll; }
    QPushButton* skipAll() const { return m_skipAll; }

Q_SIGNALS:
    /// The person chose for the preview's row `planIndex` (an index into ImportPreview::rows).
    void restoreChosen(int planIndex, bool restore);
    void restoreAllChosen(bool restore);

private:
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_restoreAll;
    QPushButton* m_skipAll;
};

} // namespace hamkori::csv
