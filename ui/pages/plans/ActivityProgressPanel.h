#pragma once
// The progress updates of the selected activity and "Add progress update…". The activity takes the status of
// its latest update (core does that); the panel says so, and the undo of an added update also gives the
// activity its status back.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {
class Session;
struct Activity;
} // namespace hamkori

namespace hamkori::plans {

class ActivityTableModel;
struct CarriedOutBy;
class ProgressUpdateDialog;
class ProgressUpdateModel;

class ActivityProgressPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityProgressPanel(Session& session, ActivityTableModel* activities, QWidget* parent = nullptr);

    void setRow(int row);
    void retranslate();
    ProgressUpdateModel* model() const { return m_model; }
    /// Opens the dialog (not modal to the application: tests fill it in like a person).
    ProgressUpdateDialog* openDialog();

private:
    void updateStatus();
    void save(ProgressUpdateDialog* dialog);
    QList<CarriedOutBy> carriersOf(const Activity& activity) const;

    Session& m_session;
    ActivityTableModel* m_activities;
    int m_row = -1;
    QLabel* m_status;
    QTableView* m_view;
    ProgressUpdateModel* m_model;
    QPushButton* m_add;
};

} // namespace hamkori::plans
