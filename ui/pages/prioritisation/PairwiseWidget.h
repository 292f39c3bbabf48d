#pragma once
// Pairwise ranking of a round's concerns: presents each pair in turn (analysis::allPairs order) as two big
// buttons; a click records the winner (undoable) and moves on to the next pair not yet compared. Shows the
// progress and the standings (pairs won, rank).
#include "RoundInfo.h"
#include <QPair>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class Session;
class StandingsModel;

class PairwiseWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PairwiseWidget(Session& session, QWidget* parent = nullptr);

    /// Shows a round; a different round starts at its first pair not yet compared.
    void setRound(const RoundInfo& info);
    /// Index of the pair shown (in allPairs order), -1 when there is none.
    int currentPair() const { return m_index; }
    StandingsModel* standings() const { return m_standings; }
    void retranslate();

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    void reload();
    void choose(bool first);
    void showPair(int index);
    void step(int delta);
    int nextUnanswered(int from) const;
    QString winnerOf(int index) const;

    Session& m_session;
    RoundInfo m_info;
    QList<QPair<QString, QString>> m_pairs;
    QHash<QString, QString> m_winners; // "first|second" (sorted) → winner
    int m_index = -1;

    QLabel* m_intro;
    QLabel* m_progress;
    QPushButton* m_first;
    QPushButton* m_second;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_standingsLabel;
    QTableView* m_standingsView;
    StandingsModel* m_standings;
};

} // namespace hamkori
