#pragma once
// The concern editor's tab of referrals: people the team referred to a service of the directory because of
// this concern, as counts (date, "kind of service — organisation", how many people, outcome). Add, change
// and delete open or act at once, each an undo step. Never a name.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class ConcernEdits;
class RecordTableModel;
class ReferralDialog;
struct Referral;

class ReferralsTab : public QWidget
{
    Q_OBJECT
public:
    ReferralsTab(ConcernEdits& edits, QWidget* parent = nullptr);

    void load();
    void retranslate();
    RecordTableModel* referrals() const { return m_model; }
    /// Opens the dialog for a new referral (or the chosen one when `change`); returned for tests.
    ReferralDialog* openDialog(bool change = false);

private:
    void save(ReferralDialog* dialog, const Referral& before);
    void deleteChosen();
    QString chosen() const;

    ConcernEdits& m_edits;
    QLabel* m_hint;
    RecordTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_delete;
    QLabel* m_error;
};

} // namespace hamkori
