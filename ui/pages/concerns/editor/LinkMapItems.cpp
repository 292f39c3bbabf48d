#include "LinkMapItems.h"
#include "ui/widgets/RestrictedMark.h"
#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <cmath>

namespace hamkori {

namespace {

/// Where the segment from `outside` to the centre of `box` crosses the box's border.
QPointF borderPoint(const ConcernBoxItem* box, QPointF outside)
{
    const QRectF rect = box->sceneBoundingRect().adjusted(2, 2, -2, -2);
    const QPointF centre = rect.center();
    const QLineF ray(centre, outside);
    const QPointF corners[] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    for (int i = 0; i < 4; ++i) {
        QPointF hit;
        if (QLineF(corners[i], corners[(i + 1) % 4]).intersects(ray, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return centre;
}

// The padlock of a restricted concern, drawn as a shape so that it stays sharp when the map is zoomed.
class PadlockItem : public QGraphicsItem
{
public:
    PadlockItem(qreal extent, QGraphicsItem* parent) : QGraphicsItem(parent), m_extent(extent)
    {
        setToolTip(RestrictedMark::toolTip());
    }
    QRectF boundingRect() const override { return QRectF(0, 0, m_extent, m_extent); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        RestrictedMark::paint(*painter, boundingRect());
    }

private:
    qreal m_extent;
};

QString elided(const QString& text, const QFont& font, qreal width, int lines)
{
    // Breaks the title into at most `lines` lines of `width`, eliding the last one.
    const QFontMetricsF metrics(font);
    QStringList result;
    QString rest = text.simplified();
    while (!rest.isEmpty() && result.size() < lines) {
        if (result.size() == lines - 1) {
            result << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        int cut = int(rest.size());
        while (cut > 0 && metrics.horizontalAdvance(rest.left(cut)) > width) {
            const int space = int(rest.lastIndexOf(QLatin1Char(' '), cut - 1));
            cut = space > 0 ? space : cut - 1;
        }
        if (cut <= 0)
            cut = 1;
        result << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    return result.join(QLatin1Char('\n'));
}

} // namespace

ConcernBoxItem::ConcernBoxItem(const QString& uuid, const QString& code, const QString& title,
                               bool restricted, bool centre)
    : QGraphicsRectItem(-kWidth / 2, -kHeight / 2, kWidth, kHeight), m_uuid(uuid), m_centre(centre)
{
    setZValue(1);
    setBrush(centre ? QColor(0xdc, 0xea, 0xfb) : QColor(0xfa, 0xfa, 0xfa));
    setPen(QPen(restricted ? QColor(0xb0, 0x00, 0x20) : QColor(0x55, 0x66, 0x77), centre ? 2.5 : 1.5));
    if (!centre)
        setCursor(Qt::PointingHandCursor);

    auto* codeText = new QGraphicsSimpleTextItem(code, this);
    QFont bold = codeText->font();
    bold.setBold(true);
    codeText->setFont(bold);
    codeText->setPos(-kWidth / 2 + 8, -kHeight / 2 + 4);
    if (restricted) {
        const qreal extent = codeText->boundingRect().height() - 2;
        auto* padlock = new PadlockItem(extent, this);
        padlock->setPos(codeText->pos() + QPointF(0, 1));
        codeText->moveBy(extent + 4, 0);
    }

    auto* titleText = new QGraphicsSimpleTextItem(this);
    titleText->setText(elided(title, titleText->font(), kWidth - 16, 2));
    titleText->setPos(-kWidth / 2 + 8, codeText->pos().y() + codeText->boundingRect().height());
    setData(0, uuid);
}

LinkArrowItem::LinkArrowItem(const ConcernBoxItem* from, const ConcernBoxItem* to, const QString& label,
                             bool directed, qreal bend)
    : m_label(new QGraphicsSimpleTextItem(this))
{
    // Long names ("occurs together with") take two short lines, so that they fit between two boxes.
    m_label->setText(elided(label, m_label->font(), 100, 2));
    const QPointF a = from->scenePos();
    const QPointF b = to->scenePos();
    QLineF line(a, b);
    const QPointF normal = line.length() > 0 ? QPointF(-line.dy(), line.dx()) / line.length() : QPointF(0, 1);
    const QPointF control = (a + b) / 2 + normal * bend;
    const QPointF start = borderPoint(from, control);
    const QPointF end = borderPoint(to, control);

    QPainterPath path(start);
    path.quadTo(control, end);
    if (directed) {
        // The head points along the curve's last tangent (from the control point to the end).
        const QLineF tangent(control, end);
        const qreal length = std::max<qreal>(tangent.length(), 1);
        const QPointF along = (end - control) / length;
        const qreal size = 11;
        const auto turned = [&along](qreal radians) {
            return QPointF(along.x() * std::cos(radians) - along.y() * std::sin(radians),
                           along.x() * std::sin(radians) + along.y() * std::cos(radians));
        };
        const QPointF left = end - turned(0.4) * size;
        const QPointF right = end - turned(-0.4) * size;
        path.moveTo(left);
        path.lineTo(end);
        path.lineTo(right);
    }
    setPath(path);
    QPen pen(QColor(0x44, 0x55, 0x66), 1.6);
    if (!directed)
        pen.setStyle(Qt::DashLine);
    setPen(pen);

    // The label sits at the middle of the curve, on a white ground so that crossing lines do not hide it.
    const QPointF middle = path.pointAtPercent(0.5);
    const QRectF box = m_label->boundingRect();
    m_label->setPos(middle - QPointF(box.width() / 2, box.height() / 2));
    m_label->setZValue(2);
    auto* ground = new QGraphicsRectItem(m_label->boundingRect().adjusted(-3, -1, 3, 1), m_label);
    ground->setBrush(Qt::white);
    ground->setPen(Qt::NoPen);
    ground->setFlag(QGraphicsItem::ItemStacksBehindParent);
    setToolTip(label);
}

QString LinkArrowItem::label() const
{
    return m_label->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace hamkori
