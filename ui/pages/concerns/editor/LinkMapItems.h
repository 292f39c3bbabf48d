#pragma once
// What the link map draws: a concern as a box (code, short title, a lock when restricted) and a link as a
// labelled arrow from one box's edge to the other's.
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>

class QGraphicsSimpleTextItem;

namespace hamkori {

class ConcernBoxItem : public QGraphicsRectItem
{
public:
    enum
    {
        Type = UserType + 101
    };
    static constexpr qreal kWidth = 156;
    static constexpr qreal kHeight = 58;

    /// A box centred on (0, 0); place it with setPos().
    ConcernBoxItem(const QString& uuid, const QString& code, const QString& title, bool restricted, bool centre);
    int type() const override { return Type; }
    QString uuid() const { return m_uuid; }
    bool isCentre() const { return m_centre; }

private:
    QString m_uuid;
    bool m_centre;
};

class LinkArrowItem : public QGraphicsPathItem
{
public:
    enum
    {
        Type = UserType + 102
    };

    /// An arrow between two boxes, bent by `bend` pixels sideways (to keep several links between the same
    /// two boxes apart); `directed` false draws no head (links that go both ways, like "co-occurs").
    LinkArrowItem(const ConcernBoxItem* from, const ConcernBoxItem* to, const QString& label, bool directed,
                  qreal bend);
    int type() const override { return Type; }
    QString label() const;

private:
    QGraphicsSimpleTextItem* m_label;
};

} // namespace hamkori
