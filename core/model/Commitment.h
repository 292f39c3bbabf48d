#pragma once
// A request or recommendation made to a body, and what the body answered and did (issue 19): what public
// councils carry to the police and the Hukumat, followed until it is done.
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>

namespace hamkori {

struct Commitment
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-C-2026-03, made by the repository when empty
    CommitmentKind kind = CommitmentKind::Request;
    QString text;             // what was asked or recommended
    QString meetingUuid;      // made at this meeting (may be empty)
    QString planUuid;         // or for this plan (may be empty)
    QString organisationUuid; // addressed to this directory entry (may be empty when only named)
    QString addressedTo;      // the body as written, when it is not in the directory
    QDate made;
    QDate due;
    QString answer;
    QDate answered;
    CommitmentStatus status = CommitmentStatus::Waiting;
    double pledged = 0;   // somoni
    double delivered = 0; // somoni

    bool isOpen() const
    {
        return status == CommitmentStatus::Waiting || status == CommitmentStatus::Accepted ||
               status == CommitmentStatus::Partly;
    }
    bool isOverdueOn(QDate day) const { return due.isValid() && due < day && isOpen(); }
};

} // namespace hamkori
