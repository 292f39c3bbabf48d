#pragma once
// The "Campaigns" page: the awareness campaigns of the current team (TV, radio, social media, schools,
// mosques, door to door…), newest first, with a search by title; beside the list the chosen campaign's
// details, the people it reached directly and indirectly, and the materials it made.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace hamkori {

class CampaignForm;
class CampaignListModel;
class CampaignReachPanel;
class MaterialsPanel;

class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Campaigns"); }
    static constexpr PageIcon kIcon = PageIcon::Campaigns;
    QString title() const override { return pageTitle(); }
    /// "campaign" shows it (switching to its team when needed); with an empty UUID, a form for a new one.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The campaign shown, empty while a new one is being filled in.
    QString currentCampaign() const;
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

protected:
    void retranslate() override;

private:
    void showCampaign(const QString& uuid);
    void newCampaign();
    void deleteCampaign();
    void teamChanged(const QString& teamUuid);
    void updateCount();
    void fitScrolledWidths();

    Confirmation m_confirm{this};
    CampaignListModel* m_model;
    QTableView* m_list;
    QPushButton* m_new;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_count;
    QTabWidget* m_tabs;
    CampaignForm* m_form;
    CampaignReachPanel* m_reach;
    QList<QScrollArea*> m_scrolled;
    MaterialsPanel* m_materials;
};

} // namespace hamkori
