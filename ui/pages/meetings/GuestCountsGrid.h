#pragma once
// Guests at a meeting by sex and age band (a 2×4 grid of spin boxes) with the totals per row, per column and
// overall, and beside them the members present by age band and by sex, so that the meeting's whole attendance
// can be read off one table. Emits the edited counts; saving is the page's business.
#include "core/model/Enums.h"
#include <QWidget>
#include <array>

class QGridLayout;
class QLabel;
class QSpinBox;

namespace hamkori {

class GuestCountsGrid : public QWidget
{
    Q_OBJECT
public:
    explicit GuestCountsGrid(QWidget* parent = nullptr);

    /// Shows stored counts without emitting guestsEdited.
    void setCounts(const SexAgeCounts& guests, const SexAgeCounts& membersPresent);
    SexAgeCounts guests() const;
    QSpinBox* spinBox(Sex sex, AgeBand band) const;
    void retranslate();

Q_SIGNALS:
    /// The user changed a guest count (after Enter, leaving the box, or an arrow step).
    void guestsEdited(const SexAgeCounts& guests);

private:
    void updateTotals();
    QLabel* makeNumber(const QString& objectName, bool bold = false);

    std::array<QSpinBox*, SexAgeCounts::kCells> m_spins{};
    std::array<QLabel*, SexAgeCounts::kBands> m_headers{};
    std::array<QLabel*, 2> m_guestRowTotals{};                  // per sex
    std::array<QLabel*, SexAgeCounts::kBands> m_guestColumnTotals{}; // per age band
    std::array<QLabel*, SexAgeCounts::kBands> m_memberColumnTotals{};
    std::array<QLabel*, SexAgeCounts::kBands> m_allColumnTotals{};
    QLabel* m_totalHeader;
    QLabel* m_womenLabel;
    QLabel* m_menLabel;
    QLabel* m_guestsLabel;
    QLabel* m_membersLabel;
    QLabel* m_allLabel;
    QLabel* m_guestsTotal;
    QLabel* m_membersTotal;
    QLabel* m_allTotal;
    QLabel* m_bySex;
    SexAgeCounts m_members;
};

} // namespace hamkori
