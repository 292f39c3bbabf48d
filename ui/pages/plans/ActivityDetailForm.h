#pragma once
// The fields of the selected activity that do not fit in the table: resources, the outcome indicator with its
// baseline and target, means of verification, risks, gender and conflict notes. Edits go through the
// activity model's setData() (the same undoable path as the table).
#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace hamkori {
class CommitOnLeaveTextEdit;
} // namespace hamkori

namespace hamkori::plans {

class ActivityTableModel;

class ActivityDetailForm : public QWidget
{
    Q_OBJECT
public:
    ActivityDetailForm(ActivityTableModel* model, QWidget* parent = nullptr);

    /// Shows the activity of this row (-1: none).
    void setRow(int row);
    void reload();
    void retranslate();

private:
    void commit(int column, const QVariant& value);
    QLineEdit* lineFor(int column);

    ActivityTableModel* m_model;
    QPersistentModelIndex m_row;
    QList<std::pair<int, QLabel*>> m_labels;
    CommitOnLeaveTextEdit* m_resources;
    QLineEdit* m_outcome;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QLineEdit* m_verification;
    CommitOnLeaveTextEdit* m_risks;
    CommitOnLeaveTextEdit* m_notes;
};

} // namespace hamkori::plans
