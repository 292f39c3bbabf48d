#pragma once
// Guests at a meeting by sex and age band (the shared SexAgeCountsGrid with its totals), and under it the
// members present by age band and everyone present, so that the meeting's whole attendance can be read off
// one table. Emits the edited counts; saving is the page's business.
#include "core/model/Enums.h"
#include <QWidget>

class QLabel;
class QSpinBox;

namespace hamkori {

class SexAgeCountsGrid;

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
    void updateAttendance();

    SexAgeCountsGrid* m_grid;
    QLabel* m_membersLabel;
    QLabel* m_allLabel;
    QLabel* m_bySex;
    int m_membersRow;
    int m_allRow;
    SexAgeCounts m_members;
};

} // namespace hamkori
