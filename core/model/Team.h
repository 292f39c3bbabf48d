#pragma once
#include "Enums.h"
#include "RecordMeta.h"
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
};

struct Member
{
    RecordMeta meta;
    QString teamUuid;
    QString name;
    MemberCategory category = MemberCategory::Other;
    Sex sex = Sex::Female;
    AgeBand ageBand = AgeBand::From30To49;
    QString organisation;
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
