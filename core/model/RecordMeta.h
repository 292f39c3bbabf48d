#pragma once
#include <QString>

namespace hamkori {

/// What every record that travels between laptops carries. Filled by storage; callers leave it empty when
/// creating a record (the repository makes the UUID and stamps).
struct RecordMeta
{
    QString uuid;         // made where the record was created, never reused
    QString createdHlc;   // hybrid logical clock stamp of creation
    QString modifiedHlc;  // stamp of the last change
    QString device;       // the device that made the last change
    bool deleted = false; // a tombstone: kept so that the deletion travels
};

} // namespace hamkori
