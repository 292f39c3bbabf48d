#pragma once
// The concern editor's last tab: where the concern was discussed (meetings), scored (prioritisation rounds,
// with its overall rank and whether it was chosen) and planned (action plans). Enter or double-click opens the
// record on its page.
#include <QWidget>

class QGroupBox;
class QTableView;

namespace hamkori {

class ConcernEdits;
class RecordTableModel;

class MeetingsPlansTab : public QWidget
{
    Q_OBJECT
public:
    MeetingsPlansTab(ConcernEdits& edits, QWidget* parent = nullptr);

    void load();
    void retranslate();
    RecordTableModel* meetings() const { return m_meetings; }
    RecordTableModel* rounds() const { return m_rounds; }
    RecordTableModel* plans() const { return m_plans; }

private:
    QTableView* makeView(const QString& name, RecordTableModel* model, const QString& kind);

    ConcernEdits& m_edits;
    QGroupBox* m_meetingsBox;
    QGroupBox* m_roundsBox;
    QGroupBox* m_plansBox;
    RecordTableModel* m_meetings;
    RecordTableModel* m_rounds;
    RecordTableModel* m_plans;
    QTableView* m_meetingsView;
    QTableView* m_roundsView;
    QTableView* m_plansView;
};

} // namespace hamkori
