#pragma once
// The directory of organisations and the referral services they offer (issue 19): the CSO mapping matrix a
// coordinator keeps, shared by every laptop. Referrals are counts only: never a name.
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>
#include <QStringList>

namespace hamkori {

struct Organisation
{
    RecordMeta meta;
    QString name;
    QString shortName; // an abbreviation people use ("ОҶ «Нур»", "UNDP")
    OrganisationKind kind = OrganisationKind::Cso;
    QString address;
    QString contactPerson; // a name: left out of what leaves the laptop unless asked for
    QString phone;
    QString email;
    QString internationalExperience; // projects with international agencies, free text
    QDate memorandumSigned;          // the network's memorandum, signed on; null: not a member
    QString notes;
    QStringList districtUuids;  // gazetteer entries where it is active
    QStringList expertiseUuids; // reference items of the Expertise list
};

/// A service an organisation offers, to which people can be referred.
struct Service
{
    RecordMeta meta;
    QString organisationUuid;
    QString kindUuid; // a reference item of the Service list
    QString description;
};

/// People referred to a service, as counts by sex and age band.
struct Referral
{
    RecordMeta meta;
    QString teamUuid;
    QString concernUuid; // may be empty
    QString serviceUuid;
    QDate date;
    SexAgeCounts people;
    ReferralOutcome outcome = ReferralOutcome::Pending;
};

} // namespace hamkori
