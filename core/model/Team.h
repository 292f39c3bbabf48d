#pragma once
#include "Enums.h"
#include "RecordMeta.h"
#include <QCoreApplication>
#include <QDate>

namespace hamkori {

struct Team
{
    RecordMeta meta;
    QString name;
    QString code;         // short code used in human record codes, e.g. "ISF": 2–6 capital Latin letters
    QString districtUuid; // a gazetteer entry (district or city)
    QString jamoat;       // jamoat or town, free text
    QString address;      // community policing centre
    QDate established;
    GroupKind kind = GroupKind::PartnershipTeam; // a public council, an initiative group… (issue 19)
};

/// How people tell a team from another with the same code: its name and district (in the program's
/// language when it was read).
struct TeamLabel
{
    Q_DECLARE_TR_FUNCTIONS(TeamLabel)
public:
    QString uuid;
    QString code;
    QString name;
    QString district;

    /// «CPPT of Isfara» (Isfara)
    QString describe() const
    {
        return district.isEmpty() ? tr("«%1»", "a team's name").arg(name)
                                  : tr("«%1» (%2)", "a team's name and district").arg(name, district);
    }
    bool operator==(const TeamLabel&) const = default;
};

struct Member
{
    RecordMeta meta;
    QString teamUuid;
    QString name;
    MemberCategory category = MemberCategory::Other;
    Sex sex = Sex::Female;
    AgeBand ageBand = AgeBand::From30To49;
    QString organisation;     // as typed; kept even when a directory entry is chosen
    QString organisationUuid; // the directory entry, when chosen (may be empty)
    QString post;
    QString phone;
    QDate joined;
    QDate left; // null while the member is active

    bool isActiveOn(QDate day) const
    {
        return (!joined.isValid() || joined <= day) && (!left.isValid() || left >= day);
    }
};

} // namespace hamkori
