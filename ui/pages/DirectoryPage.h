#pragma once
// The Directory page: the organisations a coordinator maps (CSOs, state bodies, police units, international
// agencies…) with the districts where they work, their fields of expertise and the services people can be
// referred to. A list with a search and filters beside the editor of the chosen organisation. The directory
// is shared by every team and every laptop.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace hamkori {

class OrganisationForm;
class OrganisationListModel;
struct DirectoryFilter;

class DirectoryPage : public Page
{
    Q_OBJECT
public:
    explicit DirectoryPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Directory"); }
    static constexpr PageIcon kIcon = PageIcon::Directory;
    QString title() const override { return pageTitle(); }
    /// "organisation" shows it in the editor (an empty UUID: a new organisation's form).
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// Asks the user to confirm a deletion; tests answer it without a dialog.
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }
    OrganisationListModel* model() const { return m_model; }
    OrganisationForm* form() const { return m_form; }

protected:
    void retranslate() override;

private:
    void recordsChanged(const QStringList& kinds);
    void reloadNames();
    void applyFilter();
    void select(const QString& uuid);
    void newOrganisation();
    void deleteOrganisation();
    void updateCount();

    Confirmation m_confirm{this};
    OrganisationListModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_new;
    QPushButton* m_delete;
    QHBoxLayout* m_fileButtons; // CSV import and export, the matrix PDF
    QLabel* m_filterCaption;
    QComboBox* m_kindFilter;
    QComboBox* m_districtFilter;
    QComboBox* m_expertiseFilter;
    QComboBox* m_serviceFilter;
    QCheckBox* m_membersOnly;
    QLabel* m_count;
    QTableView* m_table;
    OrganisationForm* m_form;
    QSplitter* m_splitter;
};

} // namespace hamkori
