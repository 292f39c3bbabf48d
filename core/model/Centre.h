#pragma once
// Community policing centres (issue 19): renovated and equipped rooms where teams meet people.
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>
#include <QStringList>

namespace hamkori {

struct Centre
{
    RecordMeta meta;
    QString name;
    QString districtUuid; // a gazetteer entry
    QString jamoat;
    QString address;
    QDate opened;    // opened on
    QDate renovated; // last renovated on
    QString hours;   // opening hours, as people say them ("Mon–Fri 9–17, reception Thursdays")
    QString notes;
    QStringList teamUuids; // the groups that meet there
};

/// One item of a centre's equipment.
struct Equipment
{
    RecordMeta meta;
    QString centreUuid;
    QString item;
    int quantity = 1;
    EquipmentCondition condition = EquipmentCondition::Good;
};

/// Visitors of one reception day at a centre, as counts.
struct CentreVisit
{
    RecordMeta meta;
    QString centreUuid;
    QDate date;
    SexAgeCounts visitors;
};

} // namespace hamkori
