#pragma once
// Whether the sender of a bundle is trusted here, decided before anything of it is applied (SYNC.md
// guarantees 6 and 11): a laptop already known with the same key; an identity this data file itself had
// before it was copied or restored; or a new identity that a trusted one introduced (a copied or restored
// file on another laptop), checked link by link. Anything else is shown to a person with its fingerprint.
#include "../Result.h"
#include "Bundle.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

struct SenderTrust
{
    enum class State
    {
        ThisLaptop,       // the bundle is this data file's own (its id and its key)
        ClaimsThisLaptop, // this data file's own id with another key: another laptop writing in its name
        Known,            // received from before, with this very key
        OwnFormer,        // an identity this file had before it was renewed (the other copy of a copied file)
        Introduced,       // a new identity that a trusted one introduced
        Unknown,          // never seen: a person compares the fingerprint first
        Impersonator,     // a known id with another key: refused
    };
    State state = State::Unknown;
    QString introducer;     // Introduced: the trusted identity that vouches for the sender
    QString introducerName; // its name on this laptop, empty when unknown

    /// Whether the bundle may be applied without asking anybody.
    bool trusted() const { return state != State::Unknown && !refused(); }
    /// Whether the bundle is refused whatever a person says: it claims an identity whose key it lacks.
    bool refused() const { return state == State::Impersonator || state == State::ClaimsThisLaptop; }
    /// Whether the sender is registered here for the first time when the bundle is applied.
    bool isNew() const { return state == State::Unknown || state == State::Introduced; }
};

Result<SenderTrust> senderTrust(Database& db, const BundleHeader& header);

/// Why a refused bundle (SenderTrust::refused()) is refused, for the window and the console (translated).
QString refusalMessage(const SenderTrust& trust, const QString& device);

/// The sentence a report shows for an introduced sender ("the laptop X continues with a new identity…").
QString introductionNote(const SenderTrust& trust);

} // namespace hamkori::sync
