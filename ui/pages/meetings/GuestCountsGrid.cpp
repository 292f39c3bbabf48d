#include "GuestCountsGrid.h"
#include "core/model/Limits.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkori {

GuestCountsGrid::GuestCountsGrid(QWidget* parent)
    : QWidget(parent),
      m_grid(new SexAgeCountsGrid({[](Sex sex, AgeBand band) -> QString {
                                       const int cell = int(sex) * SexAgeCounts::kBands + int(band);
                                       return QStringLiteral("guests_") +
                                              QLatin1String(SexAgeCounts::cellCodes()[std::size_t(cell)]);
                                   },
                                   QStringLiteral("guests")},
                                  limits::kGuestsPerCell, this)),
      m_membersLabel(new QLabel(this)), m_allLabel(new QLabel(this)), m_bySex(new QLabel(this))
{
    m_membersRow = m_grid->addExtraRow(m_membersLabel, QStringLiteral("membersBandTotal"),
                                       QStringLiteral("membersPresentTotal"));
    m_allRow = m_grid->addExtraRow(m_allLabel, QStringLiteral("attendanceBandTotal"),
                                   QStringLiteral("attendanceTotal"), true);
    QFont bold = m_allLabel->font();
    bold.setBold(true);
    m_allLabel->setFont(bold);
    m_bySex->setObjectName(QStringLiteral("attendanceBySex"));
    m_bySex->setWordWrap(true);
    connect(m_grid, &SexAgeCountsGrid::countsEdited, this, [this](const SexAgeCounts& guests) {
        updateAttendance();
        Q_EMIT guestsEdited(guests);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid);
    layout->addWidget(m_bySex);
    updateAttendance();
}

void GuestCountsGrid::setCounts(const SexAgeCounts& guests, const SexAgeCounts& membersPresent)
{
    m_members = membersPresent;
    m_grid->setCounts(guests);
    updateAttendance();
}

SexAgeCounts GuestCountsGrid::guests() const
{
    return m_grid->counts();
}

QSpinBox* GuestCountsGrid::spinBox(Sex sex, AgeBand band) const
{
    return m_grid->spinBox(sex, band);
}

void GuestCountsGrid::updateAttendance()
{
    const QLocale locale;
    SexAgeCounts all = guests();
    all += m_members;
    m_grid->setExtraRow(m_membersRow, m_members);
    m_grid->setExtraRow(m_allRow, all);
    m_bySex->setText(
        tr("Members present: %1 women, %2 men. Everyone present: %3 women, %4 men.")
            .arg(locale.toString(m_members.total(Sex::Female)), locale.toString(m_members.total(Sex::Male)),
                 locale.toString(all.total(Sex::Female)), locale.toString(all.total(Sex::Male))));
}

void GuestCountsGrid::retranslate()
{
    m_grid->setCaptions(tr("Women guests"), tr("Men guests"), tr("All guests"));
    m_membersLabel->setText(tr("Members present"));
    m_allLabel->setText(tr("Everyone present"));
    updateAttendance();
}

} // namespace hamkori
