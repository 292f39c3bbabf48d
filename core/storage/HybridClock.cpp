#include "HybridClock.h"
#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace hamkori {

qint64 SystemWallClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString HlcStamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(wallMs, 18, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(device);
}

HlcStamp HlcStamp::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0].size() != 18 || parts[1].size() != 6)
        return {};
    const auto digitsOnly = [](const QString& part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!digitsOnly(parts[0]) || !digitsOnly(parts[1]))
        return {};
    HlcStamp stamp{parts[0].toLongLong(), parts[1].toInt(), parts[2]};
    return stamp.wallMs <= HybridClock::kMaxWallMs ? stamp : HlcStamp{};
}

HybridClock::HybridClock(QString deviceId, const WallClock* wall)
    : m_device(std::move(deviceId)), m_wall(wall)
{
    static const SystemWallClock system; // stateless: one for every clock that is given none
    if (m_wall == nullptr)
        m_wall = &system;
}

QString HybridClock::tick()
{
    const qint64 now = m_wall->nowMs();
    if (now > m_lastWall) {
        m_lastWall = now;
        m_lastCounter = 0;
    } else if (++m_lastCounter > kMaxCounter) {
        // The wall clock stood still or went back and the counter is full: move the logical time on by a
        // millisecond, so that stamps stay fixed-width and in order.
        ++m_lastWall;
        m_lastCounter = 0;
    }
    return HlcStamp{m_lastWall, m_lastCounter, m_device}.toString();
}

void HybridClock::observe(const QString& stamp)
{
    const HlcStamp seen = HlcStamp::parse(stamp);
    if (!seen.isValid())
        return;
    if (seen.wallMs > m_lastWall || (seen.wallMs == m_lastWall && seen.counter > m_lastCounter)) {
        m_lastWall = seen.wallMs;
        m_lastCounter = seen.counter;
    }
}

} // namespace hamkori
