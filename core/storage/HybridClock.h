#pragma once
// Hybrid logical clock: stamps that order changes across laptops even when a laptop's clock is wrong.
// A stamp is (wall time in ms, counter, device id), written as a fixed-width string so that comparing two
// stamps as strings compares them in clock order: "000001767225600000.000000.<device uuid>".
#include <QString>
#include <QtGlobal>

namespace hamkori {

/// Where wall time comes from; tests install their own and advance it explicitly.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemWallClock final : public WallClock
{
public:
    qint64 nowMs() const override;
};

struct HlcStamp
{
    qint64 wallMs = 0;
    int counter = 0;
    QString device;

    QString toString() const;
    /// wallMs 0 when the text is not a stamp: 18 digits, '.', 6 digits, '.', the device; at most kMaxWallMs.
    static HlcStamp parse(const QString& text);
    bool isValid() const { return wallMs > 0 && !device.isEmpty(); }
};

class HybridClock
{
public:
    /// `wall` nullptr: the system clock. A clock given is not owned and must outlive this one.
    HybridClock(QString deviceId, const WallClock* wall);

    /// A new stamp, later than every stamp made or observed before.
    QString tick();
    /// Moves the clock past a stamp seen elsewhere (a journal entry made on another laptop), so that every
    /// stamp made here is later than every stamp this file holds: the merge relies on it (a local edit shows
    /// its value because it is the latest head). The merge bounds what it accepts, so this stays bounded.
    void observe(const QString& stamp);
    QString deviceId() const { return m_device; }
    /// Stamps from now on carry this device (the data file's identity was renewed); the time goes on.
    void setDevice(const QString& deviceId) { m_device = deviceId; }

    /// The counter is written with six digits.
    static constexpr int kMaxCounter = 999999;
    /// The latest wall time a stamp may carry (31.12.9999): the wall time is written with 18 digits, and a
    /// stamp beyond this one is damaged or hostile (docs/exchange-format.md, "Stamps").
    static constexpr qint64 kMaxWallMs = 253402300799999;
    /// This laptop's wall time now (received stamps are judged against it).
    qint64 wallNowMs() const { return m_wall->nowMs(); }

private:
    QString m_device;
    const WallClock* m_wall;
    qint64 m_lastWall = 0;
    int m_lastCounter = 0;
};

} // namespace hamkori
