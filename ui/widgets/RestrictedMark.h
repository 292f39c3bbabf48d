#pragma once
// The one mark of a restricted concern (left out of exports and printouts unless asked for): a padlock drawn
// with QPainter rather than the 🔒 character, which many laptops (no emoji font) show as an empty box.
// Item models return icon() in Qt::DecorationRole and toolTip() in Qt::ToolTipRole; scenes call paint();
// the concern editor shows a RestrictedBadge.
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>

namespace hamkori {

class RestrictedMark
{
    Q_DECLARE_TR_FUNCTIONS(hamkori::RestrictedMark)
public:
    /// The padlock in the mark's colour; drawn at whatever size is asked for, so it is sharp at any row
    /// height.
    static QIcon icon();
    /// The padlock at `extent`×`extent` device-independent pixels.
    static QPixmap pixmap(int extent, qreal devicePixelRatio = 1.0);
    /// Draws the padlock centred in `rect` (the largest square that fits) in `colour`.
    static void paint(QPainter& painter, const QRectF& rect, const QColor& colour = defaultColour());
    static QColor defaultColour();
    /// "Restricted" and what it means, for tooltips and screen readers.
    static QString text();
    static QString toolTip();
};

/// A red "Restricted" badge with a white padlock, for the header of a restricted record.
class RestrictedBadge : public QLabel
{
    Q_OBJECT
public:
    explicit RestrictedBadge(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int iconExtent() const;
};

} // namespace hamkori
