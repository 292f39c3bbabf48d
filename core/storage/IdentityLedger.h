#pragma once
// What this installation last wrote under each device identity, kept outside the data files (beside the
// integrity stamps, in the user's local data folder). A data file carries its device identity and journal
// numbers with it wherever it is copied; only the installation knows whether it is the one that wrote them
// last. Before its first write, a data file whose identity this installation never wrote, or whose journal is
// behind what it wrote, takes a new identity (DeviceIdentity::renew): two files must never hand out the same
// journal number under one identity (SYNC.md guarantee 11).
#include <QString>
#include <optional>

namespace hamkori {

class IdentityLedger
{
public:
    struct Entry
    {
        qint64 lastSeq = 0;   // the highest journal number this installation wrote under the identity
        bool retired = false; // a restore replaced the file that wrote it: no file may write it again here
    };

    /// Why a data file may not go on writing under its identity.
    enum class Verdict
    {
        Living,     // this installation wrote it last, and the file holds all of it
        Copied,     // written elsewhere: a copy from another laptop (or this installation's first version)
        RolledBack, // behind what was written here: an older copy, a backup put back, a restore
    };

    /// `file` is the JSON file of the ledger.
    explicit IdentityLedger(QString file);
    static QString defaultFile();
    QString file() const { return m_file; }

    std::optional<Entry> find(const QString& deviceId) const;
    /// Whether a file with this identity and this own last journal number may go on writing under it.
    Verdict judge(const QString& deviceId, qint64 fileLastSeq) const;
    static Verdict judge(const std::optional<Entry>& entry, qint64 fileLastSeq);
    /// Notes that the identity wrote up to `lastSeq` (never lowers what is noted); false when the ledger
    /// could not be written.
    bool record(const QString& deviceId, qint64 lastSeq) const;
    /// Marks the identity as one no file may write again on this installation.
    bool retire(const QString& deviceId) const;

private:
    QString m_file;
};

} // namespace hamkori
