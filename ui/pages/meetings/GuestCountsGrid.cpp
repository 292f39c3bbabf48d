#include "GuestCountsGrid.h"
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kMaxCount = 99999;
int cellIndex(Sex sex, AgeBand band)
{
    return int(sex) * SexAgeCounts::kBands + int(band);
}
} // namespace

GuestCountsGrid::GuestCountsGrid(QWidget* parent)
    : QWidget(parent), m_totalHeader(new QLabel(this)), m_womenLabel(new QLabel(this)),
      m_menLabel(new QLabel(this)), m_guestsLabel(new QLabel(this)), m_membersLabel(new QLabel(this)),
      m_allLabel(new QLabel(this)), m_guestsTotal(makeNumber(QStringLiteral("guestsTotal"))),
      m_membersTotal(makeNumber(QStringLiteral("membersPresentTotal"))),
      m_allTotal(makeNumber(QStringLiteral("attendanceTotal"), true)), m_bySex(new QLabel(this))
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    grid->addWidget(m_totalHeader, 0, SexAgeCounts::kBands + 1, right);
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        m_headers[std::size_t(band)] = new QLabel(this);
        grid->addWidget(m_headers[std::size_t(band)], 0, band + 1, right);
    }
    QLabel* const sexLabels[] = {m_womenLabel, m_menLabel};
    for (int sex = 0; sex < 2; ++sex) {
        grid->addWidget(sexLabels[sex], sex + 1, 0);
        for (int band = 0; band < SexAgeCounts::kBands; ++band) {
            const int cell = cellIndex(Sex(sex), AgeBand(band));
            auto* spin = new QSpinBox(this);
            spin->setRange(0, kMaxCount);
            spin->setKeyboardTracking(false); // typed digits count once, when Enter or Tab confirms them
            spin->setAlignment(Qt::AlignRight);
            spin->setObjectName(QStringLiteral("guests_") + QLatin1String(SexAgeCounts::cellCodes()[std::size_t(cell)]));
            m_spins[std::size_t(cell)] = spin;
            grid->addWidget(spin, sex + 1, band + 1);
            connect(spin, &QSpinBox::valueChanged, this, [this] {
                updateTotals();
                Q_EMIT guestsEdited(guests());
            });
        }
        m_guestRowTotals[std::size_t(sex)] =
            makeNumber(sex == 0 ? QStringLiteral("guestsWomenTotal") : QStringLiteral("guestsMenTotal"));
        grid->addWidget(m_guestRowTotals[std::size_t(sex)], sex + 1, SexAgeCounts::kBands + 1, right);
    }
    grid->addWidget(m_guestsLabel, 3, 0);
    grid->addWidget(m_membersLabel, 4, 0);
    grid->addWidget(m_allLabel, 5, 0);
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        const QString code = QString::number(band);
        m_guestColumnTotals[std::size_t(band)] = makeNumber(QStringLiteral("guestsBandTotal") + code);
        m_memberColumnTotals[std::size_t(band)] = makeNumber(QStringLiteral("membersBandTotal") + code);
        m_allColumnTotals[std::size_t(band)] = makeNumber(QStringLiteral("attendanceBandTotal") + code, true);
        grid->addWidget(m_guestColumnTotals[std::size_t(band)], 3, band + 1, right);
        grid->addWidget(m_memberColumnTotals[std::size_t(band)], 4, band + 1, right);
        grid->addWidget(m_allColumnTotals[std::size_t(band)], 5, band + 1, right);
    }
    grid->addWidget(m_guestsTotal, 3, SexAgeCounts::kBands + 1, right);
    grid->addWidget(m_membersTotal, 4, SexAgeCounts::kBands + 1, right);
    grid->addWidget(m_allTotal, 5, SexAgeCounts::kBands + 1, right);
    grid->setColumnStretch(0, 2);
    for (int column = 1; column <= SexAgeCounts::kBands + 1; ++column)
        grid->setColumnStretch(column, 1);

    QFont bold = m_allLabel->font();
    bold.setBold(true);
    m_allLabel->setFont(bold);
    m_bySex->setObjectName(QStringLiteral("attendanceBySex"));
    m_bySex->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_bySex);
    updateTotals();
}

QLabel* GuestCountsGrid::makeNumber(const QString& objectName, bool bold)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

void GuestCountsGrid::setCounts(const SexAgeCounts& guests, const SexAgeCounts& membersPresent)
{
    m_members = membersPresent;
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell) {
        QSpinBox* spin = m_spins[std::size_t(cell)];
        if (spin->value() == guests.cell(cell))
            continue;
        const QSignalBlocker blocker(spin);
        spin->setValue(guests.cell(cell));
    }
    updateTotals();
}

SexAgeCounts GuestCountsGrid::guests() const
{
    SexAgeCounts counts;
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        counts.setCell(cell, m_spins[std::size_t(cell)]->value());
    return counts;
}

QSpinBox* GuestCountsGrid::spinBox(Sex sex, AgeBand band) const
{
    return m_spins[std::size_t(cellIndex(sex, band))];
}

void GuestCountsGrid::updateTotals()
{
    const QLocale locale;
    const SexAgeCounts counted = guests();
    SexAgeCounts all = counted;
    all += m_members;
    m_guestRowTotals[0]->setText(locale.toString(counted.total(Sex::Female)));
    m_guestRowTotals[1]->setText(locale.toString(counted.total(Sex::Male)));
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        m_guestColumnTotals[std::size_t(band)]->setText(locale.toString(counted.total(AgeBand(band))));
        m_memberColumnTotals[std::size_t(band)]->setText(locale.toString(m_members.total(AgeBand(band))));
        m_allColumnTotals[std::size_t(band)]->setText(locale.toString(all.total(AgeBand(band))));
    }
    m_guestsTotal->setText(locale.toString(counted.total()));
    m_membersTotal->setText(locale.toString(m_members.total()));
    m_allTotal->setText(locale.toString(all.total()));
    m_bySex->setText(tr("Members present: %1 women, %2 men. Everyone present: %3 women, %4 men.")
                         .arg(locale.toString(m_members.total(Sex::Female)),
                              locale.toString(m_members.total(Sex::Male)),
                              locale.toString(all.total(Sex::Female)), locale.toString(all.total(Sex::Male))));
}

void GuestCountsGrid::retranslate()
{
    for (int band = 0; band < SexAgeCounts::kBands; ++band)
        m_headers[std::size_t(band)]->setText(displayName(AgeBand(band)));
    m_totalHeader->setText(tr("Total"));
    m_womenLabel->setText(tr("Women guests"));
    m_menLabel->setText(tr("Men guests"));
    m_guestsLabel->setText(tr("All guests"));
    m_membersLabel->setText(tr("Members present"));
    m_allLabel->setText(tr("Everyone present"));
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell) {
        const Sex sex = cell < SexAgeCounts::kBands ? Sex::Female : Sex::Male;
        const AgeBand band = AgeBand(cell % SexAgeCounts::kBands);
        m_spins[std::size_t(cell)]->setAccessibleName(
            tr("Guests: %1, %2").arg(displayName(sex), displayName(band)));
    }
    updateTotals();
}

} // namespace hamkori
