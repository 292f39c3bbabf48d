#pragma once
// Step 3 of the cycle, "Prioritise": the team's prioritisation rounds; for the chosen round a score grid per
// participant group with live totals, ranks and divergence between groups, pairwise ranking as the
// alternative, and the decision that makes the chosen concerns priorities. Every edit goes through ui/undo.
#include "Page.h"
#include "prioritisation/RoundInfo.h"
#include "ui/widgets/PageIcons.h"
#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTabWidget;
class QTableView;

namespace hamkori {

class FirstStep;
class NextStepBar;
class PairwiseWidget;
class ResultsModel;
class RoundListModel;
class ScoreGridModel;
class ScoreGridView;

class PrioritisationPage : public Page
{
    Q_OBJECT
public:
    explicit PrioritisationPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Prioritisation"); }
    static constexpr PageIcon kIcon = PageIcon::Prioritisation;
    QString title() const override { return pageTitle(); }
    /// Kind "round": selects that round (switching to its team when needed); with an empty UUID, starts a
    /// new round of the current team.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The round shown, empty when none.
    QString currentRound() const { return m_info.round.meta.uuid; }

    void startRound();
    void editRound();
    void recordDecision();
    void deleteRound();

    /// Test hooks: `driver` runs instead of exec() for the page's dialogs (it fills them in and presses OK
    /// or Cancel); `confirm` answers the question before a deletion.
    void setDialogDriver(std::function<void(QDialog&)> driver) { m_dialogDriver = std::move(driver); }
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

    RoundListModel* roundModel() const { return m_rounds; }
    ScoreGridModel* gridModel() const { return m_grid; }
    ResultsModel* resultsModel() const { return m_results; }
    PairwiseWidget* pairwiseWidget() const { return m_pairwise; }

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void teamChanged();
    void recordsChanged(const QStringList& kinds);
    void selectRound(const QString& uuid);
    void showRound(const QString& uuid);
    void updateHeader();
    void updateResults();
    void showGridMessage(const QString& message);
    void updateFirstStep();
    bool teamHasConcerns() const;
    void offerPlan(const QString& roundUuid);
    /// The concerns selected in the results: what the user chose before recording the decision.
    QStringList selectedInResults() const;
    void runDialog(QDialog& dialog);

    RoundInfo m_info;
    bool m_reloading = false;
    std::function<void(QDialog&)> m_dialogDriver;
    std::function<bool(const QString&)> m_confirm;

    RoundListModel* m_rounds;
    ScoreGridModel* m_grid;
    ResultsModel* m_results;

    QLabel* m_roundsLabel;
    QTableView* m_roundView;
    QPushButton* m_start;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QStackedWidget* m_stack;
    FirstStep* m_firstStep;
    NextStepBar* m_nextStep;
    QLabel* m_header;
    QPushButton* m_decide;
    QTabWidget* m_modes;
    QTabBar* m_groupBar;
    QLabel* m_gridHelp;
    ScoreGridView* m_gridView;
    QLabel* m_gridMessage;
    QLabel* m_resultsLabel;
    QTableView* m_resultsView;
    QLabel* m_legend;
    QLabel* m_top;
    PairwiseWidget* m_pairwise;
};

} // namespace hamkori
