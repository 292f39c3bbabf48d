#pragma once
// The selected activity's links into the directory of organisations: the organisation that leads it (besides
// the lead body of the reference list, optional) and the partners from the directory (besides the partners'
// free text in the table). Each change is an undo step: the lead through the activity's fields, the
// partners as one named operation (DirectoryRepository::setActivityPartners) whose undo sets them back.
#include <QWidget>

class QComboBox;
class QLabel;

namespace hamkori {
class CheckList;
class Session;
} // namespace hamkori

namespace hamkori::plans {

class ActivityTableModel;

class ActivityDirectoryPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityDirectoryPanel(Session& session, ActivityTableModel* activities, QWidget* parent = nullptr);

    void setRow(int row);
    void reload();
    void retranslate();

private:
    QString activityUuid() const;
    void chooseLead();
    void setPartners(const QStringList& partners);
    void showError(const QString& message);

    Session& m_session;
    ActivityTableModel* m_activities;
    int m_row = -1;
    bool m_loading = false;
    QLabel* m_leadCaption;
    QComboBox* m_lead;
    QLabel* m_partnersCaption;
    CheckList* m_partners;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace hamkori::plans
