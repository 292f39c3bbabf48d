#pragma once
// The names the directory's widgets show for what an organisation points at: districts and cities of the
// gazetteer (grouped by region), fields of expertise and kinds of service, in the program's language. Read
// once per reload, so that a list of many organisations does not ask core a name at a time.
#include "core/model/Reference.h"
#include <QHash>
#include <QList>

namespace hamkori {

class CheckList;
class Database;
struct ServiceSummary;

namespace directory {

struct Region
{
    QString name;
    QList<GazetteerEntry> places; // districts and cities, sorted by their shown name
};

struct Names
{
    QList<Region> regions;
    QList<ReferenceItem> expertise;    // in list order
    QList<ReferenceItem> serviceKinds; // in list order
    QHash<QString, QString> byUuid;    // place, expertise and service kind names

    static Names read(Database& db);
    QString of(const QString& uuid) const { return byUuid.value(uuid); }
    /// The names of these UUIDs, joined with ", " (unknown ones left out).
    QString joined(const QStringList& uuids) const;
};

/// Fills a check list with the places, under their regions; what the list is searched by includes the
/// names in every language and former names.
void fillPlaces(CheckList* list, const Names& names);
void fillItems(CheckList* list, const QList<ReferenceItem>& items);
/// "Legal aid — ОҶ «Нур»": the kind of service and who offers it, as a referral names it.
QString serviceLabel(const ServiceSummary& service, const Names& names);

} // namespace directory
} // namespace hamkori
