#include "LinkMapView.h"
#include "LinkMapItems.h"
#include <QGraphicsScene>
#include <QMap>
#include <QMouseEvent>
#include <QtMath>
#include <algorithm>

namespace hamkori {

namespace {

// The circles are drawn as ellipses: boxes are wide and the view is landscape. kRing: the least distance
// between two rings (and the centre), room for a box and a link's label.
constexpr qreal kWide = 1.6;
constexpr qreal kHigh = 0.75;
constexpr qreal kRing = (ConcernBoxItem::kWidth + 116) / kWide;

/// Radius of a circle on which `count` boxes fit side by side with some room.
qreal radiusFor(int count, qreal minimum)
{
    const qreal perimeter = count * (ConcernBoxItem::kWidth + 30);
    return std::max(minimum, perimeter / (2 * M_PI));
}

} // namespace

LinkMapView::LinkMapView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("linkMap"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setMinimumHeight(180);
}

void LinkMapView::setNetwork(const ConcernNetwork& network, const QString& centreUuid)
{
    m_network = network;
    m_centre = centreUuid;
    m_boxes.clear();
    m_scene->clear();
    if (network.nodes.isEmpty())
        return;
    layoutBoxes();
    drawLinks();
    fit();
}

void LinkMapView::layoutBoxes()
{
    QList<const ConcernNode*> first;
    QList<const ConcernNode*> second;
    for (const ConcernNode& node : std::as_const(m_network.nodes)) {
        auto* box = new ConcernBoxItem(node.uuid, node.code, node.title, node.restricted,
                                       node.uuid == m_centre);
        QString tip = node.code + QStringLiteral(": ") + node.title;
        if (node.restricted)
            tip += QLatin1Char('\n') + tr("Restricted: hidden from exports and printouts.");
        if (node.uuid != m_centre)
            tip += QLatin1Char('\n') + tr("Click to open this concern.");
        box->setToolTip(tip);
        m_scene->addItem(box);
        m_boxes.insert(node.uuid, box);
        if (node.uuid == m_centre)
            box->setPos(0, 0);
        else if (node.depth <= 1)
            first << &node;
        else
            second << &node;
    }

    // First degree: evenly around the centre on an ellipse wider than high (the map is landscape), starting
    // on the left, far enough out that a link's label fits between two boxes.
    const qreal inner = radiusFor(int(first.size()), kRing);
    QHash<QString, qreal> angleOf;
    for (int i = 0; i < first.size(); ++i) {
        const qreal angle = M_PI + 2 * M_PI * i / std::max<qsizetype>(1, first.size());
        angleOf.insert(first[i]->uuid, angle);
        m_boxes[first[i]->uuid]->setPos(inner * kWide * std::cos(angle), inner * kHigh * std::sin(angle));
    }

    // Second degree: on an outer ellipse, grouped beyond the first-degree concern each hangs off.
    const auto parentAngle = [&](const QString& uuid) {
        for (const ConcernLink& link : std::as_const(m_network.links)) {
            const QString other = link.fromUuid == uuid   ? link.toUuid
                                  : link.toUuid == uuid ? link.fromUuid
                                                        : QString();
            if (angleOf.contains(other))
                return angleOf.value(other);
        }
        return M_PI;
    };
    QMap<qreal, QList<const ConcernNode*>> groups; // by the parent's angle
    for (const ConcernNode* node : std::as_const(second))
        groups[parentAngle(node->uuid)].append(node);
    const qreal outer = radiusFor(int(second.size()), inner + kRing);
    const qreal spread = 0.5; // radians between two concerns of one group
    for (auto group = groups.cbegin(); group != groups.cend(); ++group)
        for (int i = 0; i < group->size(); ++i) {
            const qreal angle = group.key() + (i - (group->size() - 1) / 2.0) * spread;
            m_boxes[group->at(i)->uuid]->setPos(outer * kWide * std::cos(angle), outer * kHigh * std::sin(angle));
        }
}

void LinkMapView::drawLinks()
{
    // Several links between the same two concerns bend apart.
    QHash<QString, int> seenPairs;
    QHash<QString, int> pairTotals;
    const auto pairKey = [](const ConcernLink& link) {
        return link.fromUuid < link.toUuid ? link.fromUuid + link.toUuid : link.toUuid + link.fromUuid;
    };
    for (const ConcernLink& link : std::as_const(m_network.links))
        ++pairTotals[pairKey(link)];
    for (const ConcernLink& link : std::as_const(m_network.links)) {
        const ConcernBoxItem* from = m_boxes.value(link.fromUuid);
        const ConcernBoxItem* to = m_boxes.value(link.toUuid);
        if (!from || !to)
            continue;
        const QString key = pairKey(link);
        const int index = seenPairs[key]++;
        qreal bend = (index - (pairTotals.value(key) - 1) / 2.0) * 46;
        if (link.fromUuid > link.toUuid)
            bend = -bend; // the same side whichever way the link points
        auto* arrow = new LinkArrowItem(from, to, displayName(link.kind), link.kind != LinkKind::CoOccurs, bend);
        if (!link.note.isEmpty())
            arrow->setToolTip(displayName(link.kind) + QStringLiteral(": ") + link.note);
        arrow->setData(0, link.meta.uuid);
        m_scene->addItem(arrow);
    }
}

void LinkMapView::fit()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-16, -16, 16, 16);
    m_scene->setSceneRect(bounds);
    resetTransform();
    const QSizeF room = maximumViewportSize();
    if (bounds.isEmpty() || room.isEmpty())
        return;
    // Shrink to fit, but neither beyond the natural size nor so far that the text cannot be read: a large
    // network scrolls (drag it with the mouse).
    const qreal scale =
        std::clamp(std::min(room.width() / bounds.width(), room.height() / bounds.height()), 0.7, 1.0);
    QGraphicsView::scale(scale, scale);
    // When the whole network does not fit, the concern being edited is what must be in view.
    const bool fits = bounds.width() * scale <= room.width() && bounds.height() * scale <= room.height();
    centerOn(fits || !m_boxes.contains(m_centre) ? bounds.center() : m_boxes.value(m_centre)->scenePos());
}

void LinkMapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void LinkMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item = itemAt(event->position().toPoint()); item; item = item->parentItem())
            if (item->type() == ConcernBoxItem::Type) {
                auto* box = static_cast<ConcernBoxItem*>(item);
                if (!box->isCentre()) {
                    Q_EMIT concernClicked(box->uuid());
                    event->accept();
                    return;
                }
                break;
            }
    }
    QGraphicsView::mousePressEvent(event);
}

int LinkMapView::boxCount() const
{
    const QList<QGraphicsItem*> items = m_scene->items();
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const QGraphicsItem* item) { return item->type() == ConcernBoxItem::Type; }));
}

int LinkMapView::arrowCount() const
{
    const QList<QGraphicsItem*> items = m_scene->items();
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const QGraphicsItem* item) { return item->type() == LinkArrowItem::Type; }));
}

} // namespace hamkori
