#pragma once
// The concern editor's first tab: what the concern is, where and how often it happens, who raised it when
// and where, whether it is restricted, and its status with the dated history and "Change status…".
#include "core/model/Concern.h"
#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hamkori {

class ChangeStatusDialog;
class ConcernEdits;
class CommitOnLeaveTextEdit;
class OptionalDateEdit;
class RecordTableModel;

class DescriptionTab : public QWidget
{
    Q_OBJECT
public:
    DescriptionTab(ConcernEdits& edits, QWidget* parent = nullptr);

    /// Shows the concern (ConcernEdits::concern()); leaves alone a field the user is typing in.
    void load();
    void retranslate();
    RecordTableModel* historyModel() const { return m_historyModel; }

Q_SIGNALS:
    /// The user marked the concern as analysed (not undo or redo): the next step of the cycle is near.
    void analysed();

private:
    void openStatusDialog();
    void changeStatus(ConcernStatus status, QDate date, const QString& note);
    void fillCategories();
    void fillMeetings();
    bool save(const QString& text, const std::function<void(Concern&)>& change);

    ConcernEdits& m_edits;
    QFormLayout* m_form;
    CommitOnLeaveTextEdit* m_description;
    QComboBox* m_category;
    QLineEdit* m_place;
    QComboBox* m_raisedBy;
    QComboBox* m_meeting;
    OptionalDateEdit* m_firstRaised;
    QComboBox* m_source;
    QComboBox* m_frequency;
    QCheckBox* m_restricted;
    QHash<QWidget*, QLabel*> m_labels;
    QLabel* m_statusLabel;
    QLabel* m_status;
    QPushButton* m_changeStatus;
    QPushButton* m_eraseHistory;
    QLabel* m_historyLabel;
    QTableView* m_history;
    RecordTableModel* m_historyModel;
    ChangeStatusDialog* m_statusDialog = nullptr;
};

} // namespace hamkori
