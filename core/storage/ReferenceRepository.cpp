#include "ReferenceRepository.h"
#include "Rows.h"
#include "Uuids.h"
#include <QRegularExpression>
#include <algorithm>

namespace hamkori {

namespace {

Fields itemFields(const ReferenceItem& i)
{
    return {
        {QStringLiteral("list"), codeOf(i.list)},           {QStringLiteral("code"), i.code},
        {QStringLiteral("name_en"), i.nameEn.trimmed()},    {QStringLiteral("name_tg"), i.nameTg.trimmed()},
        {QStringLiteral("name_ru"), i.nameRu.trimmed()},    {QStringLiteral("position"), i.position},
        {QStringLiteral("default_weight"), i.defaultWeight}};
}

ReferenceItem readItem(const QSqlRecord& row)
{
    ReferenceItem i;
    i.meta = rows::meta(row);
    i.list = rows::enumValue(row, "list", ReferenceList::Category);
    i.code = rows::text(row, "code");
    i.nameEn = rows::text(row, "name_en");
    i.nameTg = rows::text(row, "name_tg");
    i.nameRu = rows::text(row, "name_ru");
    i.position = row.value(QStringLiteral("position")).toInt();
    i.defaultWeight = row.value(QStringLiteral("default_weight")).toDouble();
    return i;
}

Fields placeFields(const GazetteerEntry& g)
{
    return {{QStringLiteral("region"), g.regionCode.trimmed()},
            {QStringLiteral("kind"), g.kind},
            {QStringLiteral("name_en"), g.nameEn.trimmed()},
            {QStringLiteral("name_tg"), g.nameTg.trimmed()},
            {QStringLiteral("name_ru"), g.nameRu.trimmed()},
            {QStringLiteral("former_names"), g.formerNames.trimmed()}};
}

GazetteerEntry readPlace(const QSqlRecord& row)
{
    GazetteerEntry g;
    g.meta = rows::meta(row);
    g.regionCode = rows::text(row, "region");
    g.kind = rows::text(row, "kind");
    g.nameEn = rows::text(row, "name_en");
    g.nameTg = rows::text(row, "name_tg");
    g.nameRu = rows::text(row, "name_ru");
    g.formerNames = rows::text(row, "former_names");
    return g;
}

// "Ноҳияи Ванҷ" → "ванҷ", "г. Худжанд" → "худжанд", "Isfara city" → "isfara".
QString comparableName(QString name)
{
    static const QRegularExpression noise(
        QStringLiteral("(?i)\\b(ноҳияи|шаҳри|вилояти|district|city|region|г\\.|район|город)\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    name.remove(noise);
    name.remove(QRegularExpression(QStringLiteral("\\(.*\\)")));
    return name.simplified().toCaseFolded();
}

} // namespace

Result<void> ReferenceRepository::validate(const ReferenceItem& item)
{
    if (item.nameEn.trimmed().isEmpty() && item.nameTg.trimmed().isEmpty() && item.nameRu.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("Enter a name in at least one language."));
    if (item.list == ReferenceList::Criterion && (!(item.defaultWeight > 0) || item.defaultWeight > 100))
        return fieldError(QStringLiteral("default_weight"),
                          tr("A criterion's weight must be more than 0 and at most 100."));
    return {};
}

Result<QList<ReferenceItem>> ReferenceRepository::items(ReferenceList list)
{
    return readList<ReferenceItem>(
        QStringLiteral(
            "SELECT * FROM reference_items WHERE list = ? AND deleted = 0 ORDER BY position, name_en"),
        {codeOf(list)}, readItem);
}

Result<ReferenceItem> ReferenceRepository::item(const QString& uuid)
{
    return readOne<ReferenceItem>("reference_item", uuid, readItem, tr("This list entry no longer exists."));
}

Result<ReferenceItem> ReferenceRepository::itemByCode(ReferenceList list, const QString& code)
{
    auto found = readList<ReferenceItem>(
        QStringLiteral("SELECT * FROM reference_items WHERE list = ? AND code = ? AND deleted = 0"),
        {codeOf(list), code}, readItem);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The list \"%1\" has no entry with the code %2.").arg(displayName(list), code), {}};
    return found->first();
}

Result<ReferenceItem> ReferenceRepository::addItem(ReferenceItem item)
{
    item.code.clear(); // codes belong to built-in entries only
    if (auto valid = validate(item); !valid)
        return valid.error();
    item.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        auto last = sql::scalar(m_db.connection(),
                                QStringLiteral("SELECT MAX(position) FROM reference_items WHERE list = ?"),
                                {codeOf(item.list)});
        if (!last)
            return last.error();
        item.position = last->toInt() + 1;
        return store().insert(QStringLiteral("reference_item"), item.meta.uuid, itemFields(item));
    });
    if (!done)
        return done.error();
    return this->item(item.meta.uuid);
}

Result<void> ReferenceRepository::updateItem(const ReferenceItem& item)
{
    if (auto valid = validate(item); !valid)
        return valid;
    return updateRecord("reference_item", item.meta.uuid, itemFields(item),
                        tr("This list entry no longer exists."));
}

Result<QList<RecordRef>> ReferenceRepository::deleteItem(const QString& uuid)
{
    auto used = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT (SELECT COUNT(*) FROM concerns WHERE category = ?1 AND deleted = 0) + "
                       "(SELECT COUNT(*) FROM concern_drivers WHERE driver = ?1 AND deleted = 0) + "
                       "(SELECT COUNT(*) FROM activities WHERE (lead_body = ?1 OR funding_source = ?1) AND "
                       "deleted = 0) + "
                       "(SELECT COUNT(*) FROM round_criteria WHERE criterion = ?1 AND deleted = 0)"),
        {uuid});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Error{tr("This entry is used by %n record(s). Change those records first, or rename the entry "
                        "instead of deleting it.",
                        nullptr, used->toInt()),
                     QStringLiteral("name")};
    return deleteRecord("reference_item", uuid, tr("This list entry no longer exists."));
}

Result<QList<GazetteerEntry>> ReferenceRepository::gazetteer()
{
    return readList<GazetteerEntry>(
        QStringLiteral(
            "SELECT * FROM gazetteer WHERE deleted = 0 ORDER BY region, kind <> 'region', name_en"),
        {}, readPlace);
}

Result<GazetteerEntry> ReferenceRepository::gazetteerEntry(const QString& uuid)
{
    return readOne<GazetteerEntry>("gazetteer", uuid, readPlace,
                                   tr("This place is no longer in the gazetteer."));
}

Result<GazetteerEntry> ReferenceRepository::findPlace(const QString& name)
{
    auto all = gazetteer();
    if (!all)
        return all.error();
    const QString wanted = comparableName(name);
    // Several places can answer to one name ("Leninabad" is the former name of the city of Khujand and of a
    // district). The kind the words name ("ноҳияи", "city") wins, then a current name over a former one, then
    // a city over a district.
    static const QRegularExpression districtWords(QStringLiteral("(?i)\\b(ноҳияи|district|район)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression cityWords(QStringLiteral("(?i)\\b(шаҳри|city|г\\.|город)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QString namedKind = districtWords.match(name).hasMatch() ? QStringLiteral("district")
                              : cityWords.match(name).hasMatch()   ? QStringLiteral("city")
                                                                   : QString();
    const GazetteerEntry* best = nullptr;
    int bestScore = -1;
    for (const GazetteerEntry& entry : *all) {
        if (wanted.isEmpty())
            break;
        const auto matches = [&](const QStringList& names) {
            return std::any_of(names.cbegin(), names.cend(),
                               [&](const QString& candidate) { return comparableName(candidate) == wanted; });
        };
        int score = -1;
        if (matches({entry.nameEn, entry.nameTg, entry.nameRu}))
            score = 2;
        else if (matches(entry.formerNames.split(QRegularExpression(QStringLiteral("[/,;]")),
                                                 Qt::SkipEmptyParts)))
            score = 0;
        if (score < 0)
            continue;
        if (!namedKind.isEmpty() && entry.kind == namedKind)
            score += 4;
        else if (namedKind.isEmpty() && entry.kind == u"city")
            score += 1;
        if (score > bestScore) {
            best = &entry;
            bestScore = score;
        }
    }
    if (best)
        return *best;
    return Error{tr("No district or city called \"%1\" is in the gazetteer.").arg(name), {}};
}

Result<void> ReferenceRepository::validate(const GazetteerEntry& entry)
{
    if (entry.nameEn.trimmed().isEmpty() || entry.nameTg.trimmed().isEmpty() ||
        entry.nameRu.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"),
                          tr("Enter the place's name in English, Tajik and Russian."));
    if (entry.kind != u"region" && entry.kind != u"district" && entry.kind != u"city" &&
        entry.kind != u"city-district") // Dushanbe's districts, as in the built-in gazetteer
        return fieldError(QStringLiteral("kind"), tr("A place must be a region, a district or a city."));
    static const QRegularExpression regionPattern(QStringLiteral("^TJ-[A-Z]{2}$"));
    if (!regionPattern.match(entry.regionCode.trimmed()).hasMatch())
        return fieldError(QStringLiteral("region"), tr("Choose the region the place belongs to."));
    return {};
}

Result<GazetteerEntry> ReferenceRepository::addPlace(GazetteerEntry entry)
{
    if (auto valid = validate(entry); !valid)
        return valid.error();
    entry.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("gazetteer"), entry.meta.uuid, placeFields(entry)); });
    if (!done)
        return done.error();
    return gazetteerEntry(entry.meta.uuid);
}

Result<void> ReferenceRepository::updatePlace(const GazetteerEntry& entry)
{
    if (auto valid = validate(entry); !valid)
        return valid;
    return updateRecord("gazetteer", entry.meta.uuid, placeFields(entry),
                        tr("This place is no longer in the gazetteer."));
}

Fields ReferenceRepository::fieldsOf(const ReferenceItem& record)
{
    return itemFields(record);
}

ReferenceItem ReferenceRepository::itemFromRow(const QSqlRecord& row)
{
    return readItem(row);
}

Fields ReferenceRepository::fieldsOf(const GazetteerEntry& record)
{
    return placeFields(record);
}

GazetteerEntry ReferenceRepository::placeFromRow(const QSqlRecord& row)
{
    return readPlace(row);
}

} // namespace hamkori
