#include "SexAgeCountsGrid.h"
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace hamkori {

namespace {
int cellIndex(Sex sex, AgeBand band)
{
    return int(sex) * SexAgeCounts::kBands + int(band);
}
constexpr int kFirstNumberRow = 3; // under the header and the two rows of spin boxes
} // namespace

SexAgeCountsGrid::SexAgeCountsGrid(const Names& names, int maximum, QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_totalHeader(new QLabel(this)),
      m_totalsCaption(new QLabel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_grid->addWidget(m_totalHeader, 0, SexAgeCounts::kBands + 1, right);
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        m_headers[std::size_t(band)] = new QLabel(this);
        m_grid->addWidget(m_headers[std::size_t(band)], 0, band + 1, right);
    }
    const std::array<QString, 2> sexTotalNames{QStringLiteral("WomenTotal"), QStringLiteral("MenTotal")};
    for (int sex = 0; sex < 2; ++sex) {
        m_rowCaptions[std::size_t(sex)] = new QLabel(this);
        m_grid->addWidget(m_rowCaptions[std::size_t(sex)], sex + 1, 0);
        for (int band = 0; band < SexAgeCounts::kBands; ++band) {
            auto* spin = new QSpinBox(this);
            spin->setRange(0, maximum);
            spin->setGroupSeparatorShown(true);
            spin->setKeyboardTracking(false);
            spin->setAlignment(Qt::AlignRight);
            spin->setObjectName(names.cell(Sex(sex), AgeBand(band)));
            m_spins[std::size_t(cellIndex(Sex(sex), AgeBand(band)))] = spin;
            m_grid->addWidget(spin, sex + 1, band + 1);
            connect(spin, &QSpinBox::valueChanged, this, [this] {
                updateTotals();
                Q_EMIT countsEdited(counts());
            });
        }
        m_rowTotals[std::size_t(sex)] =
            makeNumber(names.totalPrefix + sexTotalNames[std::size_t(sex)], false);
        m_grid->addWidget(m_rowTotals[std::size_t(sex)], sex + 1, SexAgeCounts::kBands + 1, right);
    }
    m_grid->addWidget(m_totalsCaption, kFirstNumberRow, 0);
    m_totals = addNumberRow(kFirstNumberRow, names.totalPrefix + QStringLiteral("BandTotal"),
                            names.totalPrefix + QStringLiteral("Total"), false);
    QFont bold = m_totals.total->font();
    bold.setBold(true);
    m_totals.total->setFont(bold);
    m_grid->setColumnStretch(0, 2);
    for (int column = 1; column <= SexAgeCounts::kBands + 1; ++column)
        m_grid->setColumnStretch(column, 1);
    retranslate();
    updateTotals();
}

QLabel* SexAgeCountsGrid::makeNumber(const QString& objectName, bool bold)
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

SexAgeCountsGrid::NumberRow SexAgeCountsGrid::addNumberRow(int gridRow, const QString& bandPrefix,
                                                           const QString& totalName, bool bold)
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    NumberRow row;
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        row.bands[std::size_t(band)] = makeNumber(bandPrefix + QString::number(band), bold);
        m_grid->addWidget(row.bands[std::size_t(band)], gridRow, band + 1, right);
    }
    row.total = makeNumber(totalName, bold);
    m_grid->addWidget(row.total, gridRow, SexAgeCounts::kBands + 1, right);
    return row;
}

int SexAgeCountsGrid::addExtraRow(QLabel* caption, const QString& bandPrefix, const QString& totalName,
                                  bool bold)
{
    const int gridRow = kFirstNumberRow + 1 + int(m_extraRows.size());
    m_grid->addWidget(caption, gridRow, 0);
    m_extraRows.append(addNumberRow(gridRow, bandPrefix, totalName, bold));
    setExtraRow(int(m_extraRows.size()) - 1, SexAgeCounts());
    return int(m_extraRows.size()) - 1;
}

void SexAgeCountsGrid::setExtraRow(int row, const SexAgeCounts& counts)
{
    const QLocale locale;
    const NumberRow& numbers = m_extraRows[row];
    for (int band = 0; band < SexAgeCounts::kBands; ++band)
        numbers.bands[std::size_t(band)]->setText(locale.toString(counts.total(AgeBand(band))));
    numbers.total->setText(locale.toString(counts.total()));
}

void SexAgeCountsGrid::setCaptions(const QString& women, const QString& men, const QString& totals)
{
    m_rowCaptions[0]->setText(women);
    m_rowCaptions[1]->setText(men);
    m_totalsCaption->setText(totals);
    for (int sex = 0; sex < 2; ++sex)
        for (int band = 0; band < SexAgeCounts::kBands; ++band)
            spinBox(Sex(sex), AgeBand(band))
                ->setAccessibleName(m_rowCaptions[std::size_t(sex)]->text() + QStringLiteral(", ") +
                                    displayName(AgeBand(band)));
}

void SexAgeCountsGrid::setKeyboardTracking(bool on)
{
    for (QSpinBox* spin : m_spins)
        spin->setKeyboardTracking(on);
}

void SexAgeCountsGrid::setCounts(const SexAgeCounts& counts)
{
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell) {
        QSpinBox* spin = m_spins[std::size_t(cell)];
        if (spin->value() == counts.cell(cell))
            continue;
        const QSignalBlocker blocker(spin);
        spin->setValue(counts.cell(cell));
    }
    updateTotals();
}

SexAgeCounts SexAgeCountsGrid::counts() const
{
    SexAgeCounts counts;
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        counts.setCell(cell, m_spins[std::size_t(cell)]->value());
    return counts;
}

QSpinBox* SexAgeCountsGrid::spinBox(Sex sex, AgeBand band) const
{
    return m_spins[std::size_t(cellIndex(sex, band))];
}

void SexAgeCountsGrid::updateTotals()
{
    const QLocale locale;
    const SexAgeCounts counted = counts();
    for (int sex = 0; sex < 2; ++sex)
        m_rowTotals[std::size_t(sex)]->setText(locale.toString(counted.total(Sex(sex))));
    for (int band = 0; band < SexAgeCounts::kBands; ++band)
        m_totals.bands[std::size_t(band)]->setText(locale.toString(counted.total(AgeBand(band))));
    m_totals.total->setText(locale.toString(counted.total()));
}

void SexAgeCountsGrid::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SexAgeCountsGrid::retranslate()
{
    for (int band = 0; band < SexAgeCounts::kBands; ++band)
        m_headers[std::size_t(band)]->setText(displayName(AgeBand(band)));
    m_totalHeader->setText(tr("Total"));
    updateTotals(); // numbers follow the locale
}

} // namespace hamkori
