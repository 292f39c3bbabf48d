#pragma once
// The concerns first raised at a meeting, each opening its record on the Concerns page (double-click or
// Enter), and a button to register a new one raised here.
#include "core/model/Meeting.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class RaisedConcernsModel;
class RegisterConcernDialog;
class Session;

class RaisedConcernsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RaisedConcernsPanel(Session& session, QWidget* parent = nullptr);

    void setMeeting(const Meeting& meeting);
    RaisedConcernsModel* model() const { return m_model; }
    /// Opens the dialog (window-modal, without blocking) and returns it; the concern is created on OK.
    RegisterConcernDialog* registerConcern();
    void retranslate();

private:
    void openCurrent();

    Session& m_session;
    Meeting m_meeting;
    RaisedConcernsModel* m_model;
    QTableView* m_view;
    QLabel* m_intro;
    QPushButton* m_register;
};

} // namespace hamkori
