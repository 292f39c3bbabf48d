#pragma once
// Horizontal bars, one per name, with the whole name written above its bar (wrapping to a second line when it
// is long) and the count at the bar's end. Qt Charts shortens long axis labels with "…" (Tajik and Russian
// category names are long), so the names here are labels laid out by us, never axis labels. The rows scroll
// when there are more than fit; a short text stands in the middle when every count is 0.
#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace hamkori {

class NamedBarRow;

class NamedBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit NamedBarChart(QWidget* parent = nullptr);

    /// One bar per name, the first at the top. `setName` names the counted things ("Concerns") for tooltips.
    void showBars(const QString& title, const QString& setName, const QStringList& names,
                  const QList<int>& values, const QColor& color, const QString& emptyText);

    /// What is shown (for tests): the title, the names top down and their counts.
    QString title() const;
    QStringList names() const { return m_names; }
    QList<int> values() const { return m_values; }

    QSize sizeHint() const override;

private:
    NamedBarRow* rowAt(qsizetype index);

    QLabel* m_title;
    QLabel* m_emptyText;
    QScrollArea* m_scroll;
    QVBoxLayout* m_rowsLayout;
    QStringList m_names;
    QList<int> m_values;
    QList<NamedBarRow*> m_rows; // reused from one filling to the next; the unused ones hidden
};

} // namespace hamkori
