#pragma once
// The concern editor's analysis tab (step 2 of the cycle): causes and effects, drivers, the problem triangle,
// gender notes, conflict sensitivity and the baseline figure for later comparison.
#include "core/model/Concern.h"
#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;

namespace hamkori {

class ConcernEdits;
class DriverListModel;
class CommitOnLeaveTextEdit;
class OptionalDateEdit;
class TextListEditor;

class AnalysisTab : public QWidget
{
    Q_OBJECT
public:
    AnalysisTab(ConcernEdits& edits, QWidget* parent = nullptr);

    void load();
    void retranslate();
    TextListEditor* causes() const { return m_causes; }
    TextListEditor* effects() const { return m_effects; }
    DriverListModel* drivers() const { return m_driverModel; }

private:
    enum Side
    {
        Offender,
        Victim,
        Place,
        Handler,
        Guardian,
        Manager,
        SideCount
    };
    bool save(const QString& text, const std::function<void(Concern&)>& change);
    void saveTriangle(int side);
    void saveBaseline();
    void addRow(QWidget* field, QWidget* container);

    ConcernEdits& m_edits;
    QGroupBox* m_causesBox;
    QGroupBox* m_effectsBox;
    TextListEditor* m_causes;
    TextListEditor* m_effects;
    QGroupBox* m_driversBox;
    QListView* m_drivers;
    DriverListModel* m_driverModel;
    QGroupBox* m_triangleBox;
    QLabel* m_triangleIntro;
    QLabel* m_sideLabel[SideCount];
    QLabel* m_sideHint[SideCount];
    QLineEdit* m_side[SideCount];
    QGroupBox* m_genderBox;
    CommitOnLeaveTextEdit* m_gender;
    QGroupBox* m_conflictBox;
    QComboBox* m_risk;
    CommitOnLeaveTextEdit* m_mitigation;
    QGroupBox* m_baselineBox;
    QLineEdit* m_baselineValue;
    QLineEdit* m_baselineDescription;
    OptionalDateEdit* m_baselineDate;
    QHash<QWidget*, QLabel*> m_labels;
};

} // namespace hamkori
