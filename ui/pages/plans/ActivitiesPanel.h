#pragma once
// The activities of the selected plan: the editable table (key columns), buttons to add, delete and reorder,
// a message line for refused edits, and under it, for the selected activity, the other fields, its progress
// updates and its indicator readings.
#include "ui/widgets/Confirmation.h"
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hamkori {
class Session;
struct Error;
} // namespace hamkori

namespace hamkori::plans {

class ActivityDetailForm;
class ActivityDirectoryPanel;
class ActivityProgressPanel;
class ActivityReadingsPanel;
class ActivityTableModel;

class ActivitiesPanel : public QWidget
{
    Q_OBJECT
public:
    ActivitiesPanel(Session& session, QWidget* parent = nullptr);

    void setPlan(const QString& planUuid);
    /// Tests answer "really delete?" without a message box.
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }
    /// Selects the activity; false when the plan shown has no such activity.
    bool selectActivity(const QString& activityUuid);
    QString selectedActivity() const;
    /// Shows the progress updates of the selected activity (the first when none is selected): where progress
    /// is recorded once the plan is adopted.
    void showProgress();
    void retranslate();

    ActivityTableModel* model() const { return m_model; }
    ActivityProgressPanel* progressPanel() const { return m_progress; }
    ActivityReadingsPanel* readingsPanel() const { return m_readings; }
    ActivityDirectoryPanel* directoryPanel() const { return m_directory; }
    /// The message shown under the table for a refused edit (empty when none).
    QString message() const;

private:
    void showRefusal(const Error& error, int column);
    void currentChanged();
    void addActivity();
    void deleteActivity();
    void move(int delta);
    int currentRow() const;

    Session& m_session;
    ActivityTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_delete;
    QPushButton* m_erase;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_message;
    QTabWidget* m_tabs;
    ActivityDetailForm* m_detail;
    ActivityProgressPanel* m_progress;
    ActivityReadingsPanel* m_readings;
    ActivityDirectoryPanel* m_directory;
    QString m_selected; // the activity to keep selected across reloads
    Confirmation m_confirm{this};
};

} // namespace hamkori::plans
