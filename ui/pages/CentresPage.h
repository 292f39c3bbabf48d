#pragma once
// The Centres page: every community policing centre of the data file, and beside the list the chosen
// centre's details (with the groups that meet there), its equipment and its reception days with their
// visitors. Centres are shared by every team: a centre can host several groups.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hamkori {

class CentreForm;
class CentreListModel;
class EquipmentPanel;
class ReceptionDaysPanel;

class CentresPage : public Page
{
    Q_OBJECT
public:
    explicit CentresPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Centres"); }
    static constexpr PageIcon kIcon = PageIcon::Centres;
    QString title() const override { return pageTitle(); }
    /// "centre" shows it; with an empty UUID, a form for a new centre.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The centre shown, empty while a new one is being filled in.
    QString currentCentre() const;
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

protected:
    void retranslate() override;

private:
    void showCentre(const QString& uuid);
    void newCentre();
    void deleteCentre();

    Confirmation m_confirm{this};
    CentreListModel* m_centres;
    QTableView* m_list;
    QLabel* m_listHint;
    QPushButton* m_new;
    QTabWidget* m_tabs;
    CentreForm* m_form;
    EquipmentPanel* m_equipment;
    ReceptionDaysPanel* m_days;
};

} // namespace hamkori
