#pragma once
// Reports (step 7 of the cycle): the period report for one team or all teams and a date range, with its
// main figures on screen, who prepared it and a summary to print at its start, and Preview, Print and Export
// (PDF or ODT) in the language chosen for the document.
#include "Page.h"
#include "ui/widgets/PageIcons.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hamkori {

class OptionalDateEdit;

class FirstStep;
namespace documents {
class DocumentPanel;
}
namespace reports {
class ReportSummary;
}

class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Reports"); }
    static constexpr PageIcon kIcon = PageIcon::Reports;
    QString title() const override { return pageTitle(); }

    /// Empty: all teams.
    QString team() const;
    /// The kind of group the report is about ("public_council"), when it is every team of one kind.
    QString groupKind() const;
    void setTeam(const QString& teamUuid);
    void setPeriod(QDate from, QDate to);
    documents::DocumentPanel* documentPanel() const { return m_panel; }
    reports::ReportSummary* summary() const { return m_summary; }

protected:
    void retranslate() override;

private:
    void reloadTeams();
    void refresh();
    void showFirstStep(bool nothingRecorded);

    QLabel* m_teamLabel;
    QComboBox* m_team;
    QLabel* m_fromLabel;
    OptionalDateEdit* m_from;
    QLabel* m_toLabel;
    OptionalDateEdit* m_to;
    QLabel* m_summaryTitle;
    reports::ReportSummary* m_summary;
    FirstStep* m_firstStep; // when nothing was recorded in the period
    QLabel* m_preparedByLabel;
    QLineEdit* m_preparedBy;
    QLabel* m_narrativeLabel;
    QPlainTextEdit* m_narrative;
    documents::DocumentPanel* m_panel;
};

} // namespace hamkori
