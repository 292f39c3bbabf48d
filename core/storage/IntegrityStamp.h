#pragma once
// Remembers, on this laptop, which data files passed PRAGMA integrity_check and were then closed by Hamkori:
// their size and modification time at close. A file found exactly so at the next open (nobody else touched
// it: not copied from a stick, not half-written, not restored) was verified last time and need not be read
// whole again; any other file is checked. After kMaxAgeDays a file is checked again anyway.
#include <QDateTime>
#include <QString>

namespace hamkori {

class IntegrityStamp
{
public:
    static constexpr int kMaxAgeDays = 7;

    /// `store` is the JSON file that keeps the stamps (in the user's local data folder).
    explicit IntegrityStamp(QString store);
    static QString defaultStore();

    /// Whether `dataFile` is exactly as Hamkori left it after a check, less than kMaxAgeDays ago.
    bool isCurrent(const QString& dataFile) const;
    /// Records the file as verified: call after a passed check, and again after closing it cleanly.
    void record(const QString& dataFile, const QDateTime& checkedAt) const;
    /// When the file was last verified, invalid when never (or when it changed since).
    QDateTime checkedAt(const QString& dataFile) const;
    void forget(const QString& dataFile) const;

private:
    QString m_store;
};

} // namespace hamkori
