#include "NamedBarChart.h"
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace hamkori {

namespace {

constexpr int kCountGap = 4;   // between a bar's end and its count
constexpr int kRowSpacing = 4; // between one bar and the next name

// A bar as long as its value is against the largest one, with the count written at its end. The room for the
// count of the largest value is kept free, so that every bar is drawn at the same scale.
class CountBar : public QWidget
{
public:
    explicit CountBar(QWidget* parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setValue(int value, int maximum, const QColor& color)
    {
        m_value = value;
        m_maximum = maximum;
        m_color = color;
        update();
    }

    // As high as the digits of the count (they have no descent), so that the rows stay close together.
    QSize sizeHint() const override { return {120, fontMetrics().ascent()}; }
    QSize minimumSizeHint() const override { return {40, fontMetrics().ascent()}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QLocale locale;
        const int countRoom = fontMetrics().horizontalAdvance(locale.toString(m_maximum)) + kCountGap;
        const int room = std::max(0, width() - countRoom);
        int length = m_maximum > 0 ? int(qint64(room) * m_value / m_maximum) : 0;
        if (m_value > 0)
            length = std::max(length, 2); // a small count is still seen
        painter.fillRect(QRect(0, 0, length, height()), m_color);
        painter.setPen(palette().color(QPalette::WindowText));
        const int countLeft = length > 0 ? length + kCountGap : 0; // a 0 under the start of its name
        painter.drawText(QPoint(countLeft, fontMetrics().ascent() - 1), locale.toString(m_value));
    }

private:
    int m_value = 0;
    int m_maximum = 0;
    QColor m_color;
};

} // namespace

// A name over its bar; the tooltip (of the whole row) repeats the name with its count.
class NamedBarRow : public QWidget
{
public:
    explicit NamedBarRow(QWidget* parent) : QWidget(parent), name(new QLabel(this)), bar(new CountBar(this))
    {
        name->setWordWrap(true);
        name->setTextFormat(Qt::PlainText);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(name);
        layout->addWidget(bar);
    }

    QLabel* name;
    CountBar* bar;
};

NamedBarChart::NamedBarChart(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_emptyText(new QLabel), m_scroll(new QScrollArea),
      m_rowsLayout(nullptr)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(220, 160);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->hide();

    auto* rows = new QWidget;
    rows->setBackgroundRole(QPalette::Base);
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(kRowSpacing);
    m_rowsLayout->addStretch(1);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(rows);

    // A white panel set in from the edges, like the plot of the Qt charts beside it.
    auto* panel = new QWidget(this);
    panel->setBackgroundRole(QPalette::Base);
    panel->setAutoFillBackground(true);
    auto* inside = new QVBoxLayout(panel);
    inside->setContentsMargins(8, 4, 4, 6);
    inside->setSpacing(6);
    inside->addWidget(m_title);
    inside->addWidget(m_emptyText, 1);
    inside->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 9, 9, 9);
    layout->addWidget(panel);
}

QSize NamedBarChart::sizeHint() const
{
    // As much as the charts beside it ask for; the rows scroll rather than push the grid apart.
    return {256, 192};
}

NamedBarRow* NamedBarChart::rowAt(qsizetype index)
{
    while (m_rows.size() <= index) {
        auto* row = new NamedBarRow(m_scroll->widget());
        row->name->setObjectName(QStringLiteral("barName%1").arg(m_rows.size()));
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // above the stretch
        m_rows << row;
    }
    return m_rows[index];
}

void NamedBarChart::showBars(const QString& title, const QString& setName, const QStringList& names,
                             const QList<int>& values, const QColor& color, const QString& emptyText)
{
    m_title->setText(title);
    m_names = names;
    m_values = values;
    const int maximum = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    const QLocale locale;
    for (qsizetype i = 0; i < names.size(); ++i) {
        NamedBarRow* row = rowAt(i);
        const int value = values.value(i);
        row->name->setText(names[i]);
        row->bar->setValue(value, maximum, color);
        row->setToolTip(QStringLiteral("%1\n%2: %3").arg(names[i], setName, locale.toString(value)));
        row->bar->setAccessibleName(QStringLiteral("%1: %2").arg(names[i], locale.toString(value)));
        row->show();
    }
    for (qsizetype i = names.size(); i < m_rows.size(); ++i)
        m_rows[i]->hide();
    const bool empty = maximum == 0;
    m_emptyText->setText(empty ? emptyText : QString());
    m_emptyText->setVisible(empty);
    m_scroll->setVisible(!empty);
}

QString NamedBarChart::title() const
{
    return m_title->text();
}

} // namespace hamkori
