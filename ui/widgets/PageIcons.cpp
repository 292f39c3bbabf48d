#include "PageIcons.h"
#include "PaintedIcon.h"
#include <QApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyle>
#include <QtMath>

namespace hamkori {

namespace {

/// The icons' own blue, on the navigation bar's background.
QColor normalInk()
{
    return QColor(0x2e, 0x5e, 0x8c);
}

QColor inkFor(QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Selected:
        // On the highlight of the chosen page. Windows' own styles draw it pale from the system theme, not
        // from the palette, and write dark text on it: the normal ink. Elsewhere (Fusion's blue) the
        // palette's highlighted-text colour.
        if (const QStyle* style = QApplication::style();
            style && style->name().startsWith(QLatin1String("windows"), Qt::CaseInsensitive) &&
            style->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) != 0)
            return normalInk();
        return QGuiApplication::palette().color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return QColor(0x9e, 0x9e, 0x9e);
    default:
        return normalInk();
    }
}

/// Maps a 16-unit design grid onto the icon's square.
struct Grid
{
    QPointF origin;
    qreal unit;
    QPointF at(qreal x, qreal y) const { return origin + QPointF(x * unit, y * unit); }
    QRectF box(qreal x1, qreal y1, qreal x2, qreal y2) const { return QRectF(at(x1, y1), at(x2, y2)); }
};

void drawOverview(QPainter& p, const Grid& g)
{
    // A bar chart on its axis.
    p.drawRect(g.box(2.5, 8, 5.5, 14));
    p.drawRect(g.box(6.5, 3, 9.5, 14));
    p.drawRect(g.box(10.5, 6, 13.5, 14));
}

void drawTeam(QPainter& p, const Grid& g, const QColor& ink)
{
    // Three people: heads and shoulders, the one in front drawn last.
    auto person = [&](qreal x, qreal y, qreal scale) {
        p.drawEllipse(g.at(x, y), 2.0 * scale * g.unit, 2.0 * scale * g.unit);
        QPainterPath shoulders(g.at(x - 4 * scale, y + 8 * scale));
        shoulders.cubicTo(g.at(x - 4 * scale, y + 2.5 * scale), g.at(x + 4 * scale, y + 2.5 * scale),
                          g.at(x + 4 * scale, y + 8 * scale));
        shoulders.closeSubpath();
        p.drawPath(shoulders);
    };
    p.setPen(QPen(Qt::white, 0.8 * g.unit));
    p.setBrush(ink.lighter(150));
    person(4, 5, 0.8);
    person(12, 5, 0.8);
    p.setBrush(ink);
    person(8, 6.5, 1.0);
}

void drawMeetings(QPainter& p, const Grid& g, const QColor& ink)
{
    // A calendar page with its rings and a day marked.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit));
    p.drawRoundedRect(g.box(2, 3.5, 14, 14), g.unit, g.unit);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawRect(g.box(2, 3.5, 14, 6.5));
    p.drawRect(g.box(4.5, 1.5, 5.8, 5));
    p.drawRect(g.box(10.2, 1.5, 11.5, 5));
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 3; ++column)
            p.drawRect(g.box(4 + column * 3, 8 + row * 2.8, 5.8 + column * 3, 9.6 + row * 2.8));
}

void drawConcerns(QPainter& p, const Grid& g, const QColor& ink)
{
    // A warning triangle with an exclamation mark cut out.
    QPainterPath triangle(g.at(8, 1.5));
    triangle.lineTo(g.at(15, 14));
    triangle.lineTo(g.at(1, 14));
    triangle.closeSubpath();
    QPainterPath mark;
    mark.addRect(g.box(7.2, 5.5, 8.8, 10));
    mark.addEllipse(g.at(8, 11.9), 0.95 * g.unit, 0.95 * g.unit);
    p.setBrush(ink);
    p.drawPath(triangle.subtracted(mark));
}

void drawPrioritisation(QPainter& p, const Grid& g)
{
    // A podium: first place in the middle.
    p.drawRect(g.box(1.5, 8, 5.5, 14));
    p.drawRect(g.box(6, 3, 10, 14));
    p.drawRect(g.box(10.5, 10, 14.5, 14));
}

void drawPlans(QPainter& p, const Grid& g, const QColor& ink)
{
    // A checklist: two ticked lines and one still open.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.6 * g.unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (int row = 0; row < 3; ++row) {
        const qreal y = 3.5 + row * 4.5;
        if (row < 2) {
            QPainterPath tick(g.at(1.8, y));
            tick.lineTo(g.at(3.2, y + 1.4));
            tick.lineTo(g.at(5.6, y - 1.4));
            p.drawPath(tick);
        } else {
            p.drawRect(g.box(2, y - 1.2, 4.6, y + 1.2));
        }
        p.drawLine(g.at(7.5, y), g.at(14.5, y));
    }
}

void drawReports(QPainter& p, const Grid& g, const QColor& ink)
{
    // A sheet with a folded corner and lines of text.
    QPainterPath sheet(g.at(3, 1.5));
    sheet.lineTo(g.at(10, 1.5));
    sheet.lineTo(g.at(13, 4.5));
    sheet.lineTo(g.at(13, 14.5));
    sheet.lineTo(g.at(3, 14.5));
    sheet.closeSubpath();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawPath(sheet);
    p.drawPolyline(QPolygonF{g.at(10, 1.5), g.at(10, 4.5), g.at(13, 4.5)});
    for (int line = 0; line < 3; ++line)
        p.drawLine(g.at(5.5, 7.5 + line * 2.3), g.at(10.5, 7.5 + line * 2.3));
}

void drawExchange(QPainter& p, const Grid& g, const QColor& ink)
{
    // Two arrows in opposite directions: what goes to the other laptop and what comes back.
    p.setBrush(ink);
    QPainterPath right(g.at(1.5, 4));
    right.lineTo(g.at(10, 4));
    right.lineTo(g.at(10, 1.5));
    right.lineTo(g.at(14.5, 5.5));
    right.lineTo(g.at(10, 9.5));
    right.lineTo(g.at(10, 7));
    right.lineTo(g.at(1.5, 7));
    right.closeSubpath();
    QPainterPath left(g.at(14.5, 9));
    left.lineTo(g.at(6, 9));
    left.lineTo(g.at(6, 6.5));
    left.lineTo(g.at(1.5, 10.5));
    left.lineTo(g.at(6, 14.5));
    left.lineTo(g.at(6, 12));
    left.lineTo(g.at(14.5, 12));
    left.closeSubpath();
    p.drawPath(right);
    p.drawPath(left);
}

void drawSettings(QPainter& p, const Grid& g, const QColor& ink)
{
    // A gear: eight teeth round a ring.
    QPainterPath gear;
    const QPointF centre = g.at(8, 8);
    const int teeth = 8;
    for (int i = 0; i < teeth * 4; ++i) {
        const qreal angle = (i - 0.5) * M_PI / (teeth * 2);
        const qreal radius = (i % 4 < 2 ? 7.0 : 5.2) * g.unit;
        const QPointF point = centre + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
        if (i == 0)
            gear.moveTo(point);
        else
            gear.lineTo(point);
    }
    gear.closeSubpath();
    QPainterPath hole;
    hole.addEllipse(centre, 2.3 * g.unit, 2.3 * g.unit);
    p.setBrush(ink);
    p.drawPath(gear.subtracted(hole));
}

void drawDirectory(QPainter& p, const Grid& g, const QColor& ink)
{
    // An institution: a pediment on four columns and a step, the organisations of the directory.
    p.setBrush(ink);
    QPainterPath roof(g.at(8, 1.5));
    roof.lineTo(g.at(15, 5.5));
    roof.lineTo(g.at(1, 5.5));
    roof.closeSubpath();
    p.drawPath(roof);
    for (int column = 0; column < 4; ++column)
        p.drawRect(g.box(2.3 + column * 3.3, 6.8, 3.9 + column * 3.3, 12));
    p.drawRect(g.box(1, 12.8, 15, 14.5));
}

void drawCentres(QPainter& p, const Grid& g, const QColor& ink)
{
    // A house with a door: the centre where people come.
    QPainterPath house(g.at(1.5, 7.5));
    house.lineTo(g.at(8, 1.5));
    house.lineTo(g.at(14.5, 7.5));
    house.lineTo(g.at(13, 7.5));
    house.lineTo(g.at(13, 14.5));
    house.lineTo(g.at(3, 14.5));
    house.lineTo(g.at(3, 7.5));
    house.closeSubpath();
    QPainterPath door;
    door.addRect(g.box(6.5, 9.5, 9.5, 14.5));
    p.setBrush(ink);
    p.drawPath(house.subtracted(door));
}

void drawCommitments(QPainter& p, const Grid& g, const QColor& ink)
{
    // A letter with a tick: a request sent, an answer awaited.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawRect(g.box(1.5, 3.5, 12, 12));
    p.drawPolyline(QPolygonF{g.at(1.5, 3.5), g.at(6.75, 8), g.at(12, 3.5)});
    p.setPen(QPen(ink, 1.8 * g.unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath tick(g.at(9, 12));
    tick.lineTo(g.at(11, 14));
    tick.lineTo(g.at(14.8, 9.5));
    p.drawPath(tick);
}

void drawCampaigns(QPainter& p, const Grid& g, const QColor& ink)
{
    // A megaphone with its sound: a message carried to many people.
    QPainterPath horn(g.at(1.5, 6.2));
    horn.lineTo(g.at(4.5, 6.2));
    horn.lineTo(g.at(10.5, 2.5));
    horn.lineTo(g.at(10.5, 13.5));
    horn.lineTo(g.at(4.5, 9.8));
    horn.lineTo(g.at(1.5, 9.8));
    horn.closeSubpath();
    horn.addRect(g.box(4.2, 9.8, 6.2, 13.5)); // the handle
    p.setBrush(ink);
    p.drawPath(horn.simplified());
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(g.box(9.5, 5.5, 13, 10.5), -50 * 16, 100 * 16);
    p.drawArc(g.box(9.5, 3.5, 15, 12.5), -50 * 16, 100 * 16);
}

void drawEvents(QPainter& p, const Grid& g, const QColor& ink)
{
    // A board on an easel with lines written on it: a training, a round table.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawRect(g.box(1.5, 1.5, 14.5, 10));
    p.setPen(QPen(ink, 1.4 * g.unit, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(g.at(8, 10), g.at(8, 12));
    p.drawLine(g.at(7.2, 10.5), g.at(4.5, 14.8));
    p.drawLine(g.at(8.8, 10.5), g.at(11.5, 14.8));
    p.setPen(QPen(ink, 1.1 * g.unit, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(g.at(4, 4.5), g.at(12, 4.5));
    p.drawLine(g.at(4, 7), g.at(9.5, 7));
}

void drawSurveys(QPainter& p, const Grid& g, const QColor& ink)
{
    // A clipboard with ticked lines: a paper survey sheet.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.2 * g.unit, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawRect(g.box(2.5, 2.5, 13.5, 15));
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawRect(g.box(5.5, 1, 10.5, 4)); // the clip
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, 1.1 * g.unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const double y : {7.0, 11.0}) {
        QPainterPath tick(g.at(4.2, y));
        tick.lineTo(g.at(5.2, y + 1));
        tick.lineTo(g.at(6.8, y - 1));
        p.drawPath(tick);
        p.drawLine(g.at(8, y), g.at(12, y));
    }
}

void draw(PageIcon which, QPainter& p, const QRectF& rect, QIcon::Mode mode)
{
    const QColor ink = inkFor(mode);
    const Grid grid{rect.topLeft(), rect.width() / 16.0};
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    switch (which) {
    case PageIcon::Overview:
        return drawOverview(p, grid);
    case PageIcon::Team:
        return drawTeam(p, grid, ink);
    case PageIcon::Meetings:
        return drawMeetings(p, grid, ink);
    case PageIcon::Concerns:
        return drawConcerns(p, grid, ink);
    case PageIcon::Prioritisation:
        return drawPrioritisation(p, grid);
    case PageIcon::Plans:
        return drawPlans(p, grid, ink);
    case PageIcon::Reports:
        return drawReports(p, grid, ink);
    case PageIcon::Exchange:
        return drawExchange(p, grid, ink);
    case PageIcon::Settings:
        return drawSettings(p, grid, ink);
    case PageIcon::Directory:
        return drawDirectory(p, grid, ink);
    case PageIcon::Centres:
        return drawCentres(p, grid, ink);
    case PageIcon::Commitments:
        return drawCommitments(p, grid, ink);
    case PageIcon::Campaigns:
        return drawCampaigns(p, grid, ink);
    case PageIcon::Events:
        return drawEvents(p, grid, ink);
    case PageIcon::Surveys:
        return drawSurveys(p, grid, ink);
    }
}

} // namespace

QIcon pageIcon(PageIcon which)
{
    return paintedIcon(QStringLiteral("hamkori-page-%1").arg(int(which)),
                       [which](QPainter& painter, const QRectF& rect, QIcon::Mode mode) {
                           draw(which, painter, rect, mode);
                       });
}

} // namespace hamkori
