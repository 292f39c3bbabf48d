#pragma once
// People counted by sex and age band (SexAgeCounts) as a 2×4 grid of spin boxes with the totals per row, per
// column and overall: guests at a meeting, people reached by an activity. The owner names the rows and may
// add read-only rows of its own under the totals (a meeting adds the members present and everyone present).
#include "core/model/Enums.h"
#include <QWidget>
#include <array>
#include <functional>

class QGridLayout;
class QLabel;
class QSpinBox;

namespace hamkori {

class SexAgeCountsGrid : public QWidget
{
    Q_OBJECT
public:
    /// Object names of the parts, for tests and the screen reader's sake: `cell` names a spin box; the totals
    /// are named "<totalPrefix>WomenTotal", "<totalPrefix>MenTotal", "<totalPrefix>BandTotal<band>" and
    /// "<totalPrefix>Total".
    struct Names
    {
        std::function<QString(Sex, AgeBand)> cell;
        QString totalPrefix;
    };

    SexAgeCountsGrid(const Names& names, int maximum, QWidget* parent = nullptr);

    /// Captions of the two rows of spin boxes and of the totals row (call again from retranslate()); the spin
    /// boxes are read out as "<row caption>, <age band>".
    void setCaptions(const QString& women, const QString& men, const QString& totals);
    /// Off by default: a typed count counts once Enter, Tab or leaving the box confirms it. On: the totals
    /// follow every digit (when nothing is saved on the way).
    void setKeyboardTracking(bool on);

    /// Shows stored counts without emitting countsEdited.
    void setCounts(const SexAgeCounts& counts);
    SexAgeCounts counts() const;
    QSpinBox* spinBox(Sex sex, AgeBand band) const;

    /// Adds a read-only row of numbers under the totals: a caption, a number per age band (named
    /// "<bandPrefix><band>") and a total (named `totalName`). Returns its index for setExtraRow().
    int addExtraRow(QLabel* caption, const QString& bandPrefix, const QString& totalName, bool bold = false);
    void setExtraRow(int row, const SexAgeCounts& counts);

Q_SIGNALS:
    /// The user changed a count.
    void countsEdited(const SexAgeCounts& counts);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct NumberRow
    {
        std::array<QLabel*, SexAgeCounts::kBands> bands{};
        QLabel* total = nullptr;
    };
    NumberRow addNumberRow(int gridRow, const QString& bandPrefix, const QString& totalName, bool bold);
    QLabel* makeNumber(const QString& objectName, bool bold);
    void updateTotals();
    void retranslate();

    QGridLayout* m_grid;
    std::array<QSpinBox*, SexAgeCounts::kCells> m_spins{};
    std::array<QLabel*, SexAgeCounts::kBands> m_headers{};
    QLabel* m_totalHeader;
    std::array<QLabel*, 2> m_rowCaptions{}; // women, men
    std::array<QLabel*, 2> m_rowTotals{};
    QLabel* m_totalsCaption;
    NumberRow m_totals;
    QList<NumberRow> m_extraRows;
};

} // namespace hamkori
