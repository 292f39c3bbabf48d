#include "ConcernRepository.h"
#include "Codes.h"
#include "Rows.h"
#include "Schema.h"
#include "Uuids.h"
#include <QRegularExpression>

namespace hamkori {

namespace {

QString joinLines(const QStringList& lines)
{
    QStringList kept;
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    return kept.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Every field except status, which only changeStatus() writes.
Fields concernFields(const Concern& c)
{
    return {{QStringLiteral("team"), c.teamUuid},
            {QStringLiteral("code"), c.code.trimmed()},
            {QStringLiteral("title"), c.title.trimmed()},
            {QStringLiteral("description"), c.description.trimmed()},
            {QStringLiteral("category"), c.categoryUuid},
            {QStringLiteral("place"), c.place.trimmed()},
            {QStringLiteral("raised_by"), codeOf(c.raisedBy)},
            {QStringLiteral("first_meeting"), rows::reference(c.firstMeetingUuid)},
            {QStringLiteral("first_raised"), c.firstRaised},
            {QStringLiteral("source"), codeOf(c.source)},
            {QStringLiteral("frequency"), codeOf(c.frequency)},
            {QStringLiteral("restricted"), c.restricted},
            {QStringLiteral("causes"), joinLines(c.causes)},
            {QStringLiteral("effects"), joinLines(c.effects)},
            {QStringLiteral("offender"), c.triangle.offender.trimmed()},
            {QStringLiteral("victim"), c.triangle.victim.trimmed()},
            {QStringLiteral("triangle_place"), c.triangle.place.trimmed()},
            {QStringLiteral("handler"), c.triangle.handler.trimmed()},
            {QStringLiteral("guardian"), c.triangle.guardian.trimmed()},
            {QStringLiteral("manager"), c.triangle.manager.trimmed()},
            {QStringLiteral("gender_notes"), c.genderNotes.trimmed()},
            {QStringLiteral("conflict_risk"), codeOf(c.conflictRisk)},
            {QStringLiteral("mitigation"), c.conflictMitigation.trimmed()},
            {QStringLiteral("baseline_value"), rows::optionalNumber(c.baselineValue)},
            {QStringLiteral("baseline_description"), c.baselineDescription.trimmed()},
            {QStringLiteral("baseline_date"), c.baselineDate}};
}

Concern readConcern(const QSqlRecord& row)
{
    Concern c;
    c.meta = rows::meta(row);
    c.teamUuid = rows::text(row, "team");
    c.code = rows::text(row, "code");
    c.title = rows::text(row, "title");
    c.description = rows::text(row, "description");
    c.categoryUuid = rows::text(row, "category");
    c.place = rows::text(row, "place");
    c.raisedBy = rows::enumValue(row, "raised_by", RaisedBy::Mixed);
    c.firstMeetingUuid = rows::text(row, "first_meeting");
    c.firstRaised = rows::date(row, "first_raised");
    c.source = rows::enumValue(row, "source", ConcernSource::Other);
    c.frequency = rows::enumValue(row, "frequency", Frequency::Unknown);
    c.status = rows::enumValue(row, "status", ConcernStatus::Raised);
    c.restricted = row.value(QStringLiteral("restricted")).toInt() != 0;
    c.causes = splitLines(rows::text(row, "causes"));
    c.effects = splitLines(rows::text(row, "effects"));
    c.triangle = {rows::text(row, "offender"), rows::text(row, "victim"),   rows::text(row, "triangle_place"),
                  rows::text(row, "handler"),  rows::text(row, "guardian"), rows::text(row, "manager")};
    c.genderNotes = rows::text(row, "gender_notes");
    c.conflictRisk = rows::enumValue(row, "conflict_risk", ConflictRisk::NotAssessed);
    c.conflictMitigation = rows::text(row, "mitigation");
    c.baselineValue = rows::optionalNumber(row, "baseline_value");
    c.baselineDescription = rows::text(row, "baseline_description");
    c.baselineDate = rows::date(row, "baseline_date");
    return c;
}

StatusChange readStatusChange(const QSqlRecord& row)
{
    StatusChange s;
    s.meta = rows::meta(row);
    s.concernUuid = rows::text(row, "concern");
    s.status = rows::enumValue(row, "status", ConcernStatus::Raised);
    s.date = rows::date(row, "date");
    s.note = rows::text(row, "note");
    return s;
}

ConcernLink readLink(const QSqlRecord& row)
{
    ConcernLink l;
    l.meta = rows::meta(row);
    l.fromUuid = rows::text(row, "from_concern");
    l.toUuid = rows::text(row, "to_concern");
    l.kind = rows::enumValue(row, "kind", LinkKind::CoOccurs);
    l.note = rows::text(row, "note");
    return l;
}

/// "домашн зӯр" → "\"домашн\"* \"зур\"*": every word must begin a word of the concern, in any order. The
/// words are folded like the index (see schema::searchFold), so "хамкори" and "ҳамкорӣ" find each other.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : schema::searchFoldText(text).split(
             QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

/// A statement and its bound values (also just the WHERE part of one).
struct WhereClause
{
    QString sql;
    QVariantList values;
};

/// The index the register reads for a filter, and how the status is compared in it.
struct Access
{
    QString index; ///< empty: let SQLite choose
    bool statusByOrder = false;
};

WhereClause whereOf(const ConcernFilter& f, const Access& access)
{
    QStringList conditions{QStringLiteral("c.deleted = 0")};
    QVariantList values;
    if (!f.teamUuid.isEmpty()) {
        conditions << QStringLiteral("c.team = ?");
        values << f.teamUuid;
    } else if (!f.groupKind.isEmpty()) {
        conditions << QStringLiteral("c.team IN (SELECT uuid FROM teams WHERE kind = ? AND deleted = 0)");
        values << f.groupKind;
    }
    if (f.status) {
        if (access.statusByOrder) {
            // The same test in the words of the index concerns_live_by_status_order, which holds the
            // expression but not the column: comparing the column would read every row.
            conditions << QLatin1Char('(') + schema::concernStatusOrder() + QStringLiteral(") = ?");
            values << int(*f.status);
        } else {
            conditions << QStringLiteral("c.status = ?");
            values << codeOf(*f.status);
        }
    }
    if (!f.categoryUuid.isEmpty()) {
        conditions << QStringLiteral("c.category = ?");
        values << f.categoryUuid;
    }
    if (!f.place.trimmed().isEmpty()) {
        // SQLite's lower() folds ASCII only: match the place as typed, in lower case, capitalised and in
        // capitals.
        const QString typed = f.place.trimmed();
        const QString lower = typed.toLower();
        QStringList variants{typed, lower, lower.left(1).toUpper() + lower.mid(1), typed.toUpper()};
        variants.removeDuplicates();
        QStringList matches;
        for (const QString& variant : variants) {
            matches << QStringLiteral("instr(c.place, ?) > 0");
            values << variant;
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (f.raisedBy) {
        conditions << QStringLiteral("c.raised_by = ?");
        values << codeOf(*f.raisedBy);
    }
    if (f.restricted) {
        conditions << QStringLiteral("c.restricted = ?");
        values << (*f.restricted ? 1 : 0);
    }
    if (f.prioritisedOnly)
        // A set of the few chosen concerns (index round_concerns_chosen), not a probe per concern.
        conditions << QStringLiteral(
            "c.uuid IN (SELECT rc.concern FROM round_concerns rc WHERE rc.chosen = 1 "
            "AND rc.deleted = 0)");
    const QString search = ftsQuery(f.search);
    if (!search.isEmpty()) {
        conditions << QStringLiteral(
            "c.rowid IN (SELECT rowid FROM concern_search WHERE concern_search MATCH ?)");
        values << search;
    }
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

QString orderOf(const ConcernFilter& f)
{
    QString column;
    switch (f.sort) {
    case ConcernFilter::Sort::Code:
        column = QStringLiteral("c.code");
        break;
    case ConcernFilter::Sort::Title:
        column = QStringLiteral("c.title");
        break;
    case ConcernFilter::Sort::Category:
        // The order of the category list, as the filter shows it: see fromOf(), which joins the list.
        column = QStringLiteral("r.position%1, r.rowid");
        break;
    case ConcernFilter::Sort::Status:
        column = schema::concernStatusOrder(); // indexed by concerns_live_by_status_order
        break;
    case ConcernFilter::Sort::FirstRaised:
        column = QStringLiteral("c.first_raised");
        break;
    case ConcernFilter::Sort::Place:
        column = QStringLiteral("c.place");
        break;
    }
    const QString direction = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (column.contains(QLatin1String("%1")))
        column = column.arg(direction);
    if (column == QLatin1String("c.code"))
        return QStringLiteral(" ORDER BY c.code") + direction;
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", c.code") + direction;
}

/// The index that walks the register in the filter's sort order.
QString orderIndexOf(ConcernFilter::Sort sort)
{
    switch (sort) {
    case ConcernFilter::Sort::Code:
        return QStringLiteral("concerns_live_by_code");
    case ConcernFilter::Sort::Title:
        return QStringLiteral("concerns_live_by_title");
    case ConcernFilter::Sort::Status:
        return QStringLiteral("concerns_live_by_status_order");
    case ConcernFilter::Sort::FirstRaised:
        return QStringLiteral("concerns_live_by_first_raised");
    case ConcernFilter::Sort::Place:
        return QStringLiteral("concerns_live_by_place");
    case ConcernFilter::Sort::Category:
        break; // read through the category list, see fromOf()
    }
    return {};
}

/// The index the register reads, chosen here rather than by SQLite: without statistics SQLite takes the
/// narrowest index and then reads the wide rows for the columns it lacks, which on a national file costs
/// 0.3–0.8 s. Empty: let SQLite choose (a narrow search and the chosen concerns are small sets that drive
/// the query; the unfiltered first page walks the index of its sort order).
///
/// A broad search over all teams (its words begin words of thousands of concerns: "исти" matches 7,000 of
/// 100,000) is the exception: reading each match from the wide table costs 40–70 ms, while walking a narrow
/// index and testing each entry's rowid against the matches finds the first page in a few milliseconds and
/// counts in 20–30 ms.
Access accessFor(const ConcernFilter& f, bool forCount, bool broadSearch)
{
    const bool searching = !ftsQuery(f.search).isEmpty();
    const bool otherFilters = !f.categoryUuid.isEmpty() || !f.place.trimmed().isEmpty() || f.raisedBy ||
                              f.restricted.has_value() || f.prioritisedOnly;
    if (searching) {
        // One team, a category or the priorities: SQLite reads those narrow sets well on its own.
        if (!broadSearch || !f.teamUuid.isEmpty() || !f.groupKind.isEmpty() || !f.categoryUuid.isEmpty() ||
            f.prioritisedOnly)
            return {};
        if (!forCount)
            return {orderIndexOf(f.sort), f.status && f.sort == ConcernFilter::Sort::Status};
        // With a place, "raised by" or "restricted" as well, no narrow index holds the count's columns:
        // SQLite reads the matches themselves (about 30 ms for 7,000).
        if (otherFilters)
            return {};
        if (f.status)
            return {QStringLiteral("concerns_live_by_status_order"), true};
        return {QStringLiteral("concerns_live_by_code")};
    }
    // One team, or the teams of one kind (a few of them: the index is read once per team).
    if (!f.teamUuid.isEmpty() || !f.groupKind.isEmpty())
        return {QStringLiteral("concerns_live_by_team")};
    if (f.prioritisedOnly)
        return {};
    if (f.status)
        return {QStringLiteral("concerns_live_by_status")};
    // Only a place: the narrow index of places holds all a count needs, and the first page in place order.
    const bool onlyPlace =
        !f.place.trimmed().isEmpty() && f.categoryUuid.isEmpty() && !f.raisedBy && !f.restricted.has_value();
    if (onlyPlace && (forCount || f.sort == ConcernFilter::Sort::Place))
        return {QStringLiteral("concerns_live_by_place")};
    if (forCount || otherFilters)
        return {QStringLiteral("concerns_live_by_first_raised")};
    return {};
}

/// The tables the register reads. Unfiltered and sorted by category, the category list leads in its order and
/// each category's concerns follow by code (index concerns_live_by_category), so no sort of every concern.
QString fromOf(const ConcernFilter& f, const Access& access, bool forCount)
{
    const QString concerns = access.index.isEmpty() ? QStringLiteral("concerns c")
                                                    : QStringLiteral("concerns c INDEXED BY ") + access.index;
    if (f.sort != ConcernFilter::Sort::Category || forCount)
        return QStringLiteral(" FROM ") + concerns;
    if (access.index.isEmpty() && ftsQuery(f.search).isEmpty() && !f.prioritisedOnly)
        return QStringLiteral(" FROM reference_items r CROSS JOIN concerns c ON c.category = r.uuid AND "
                              "r.list = 'category'");
    return QStringLiteral(" FROM ") + concerns +
           QStringLiteral(" JOIN reference_items r ON r.uuid = c.category");
}

/// A search is broad when its words begin words of at least this many concerns (see accessFor()).
constexpr int kBroadSearch = 2000;

/// Whether the filter searches over all teams for words that match at least kBroadSearch concerns. Counting
/// stops there, so asking costs well under a millisecond.
Result<bool> isBroadSearch(const QSqlDatabase& db, const ConcernFilter& f)
{
    const QString search = ftsQuery(f.search);
    if (search.isEmpty() || !f.teamUuid.isEmpty() || !f.groupKind.isEmpty())
        return false;
    auto matches = sql::scalar(db,
                               QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM concern_search "
                                              "WHERE concern_search MATCH ? LIMIT ?)"),
                               {search, kBroadSearch});
    if (!matches)
        return matches.error();
    return matches->toInt() >= kBroadSearch;
}

Result<WhereClause> pageStatement(const QSqlDatabase& db, const ConcernFilter& filter, int offset, int limit)
{
    auto broad = isBroadSearch(db, filter);
    if (!broad)
        return broad.error();
    const Access access = accessFor(filter, false, *broad);
    WhereClause where = whereOf(filter, access);
    where.sql = QStringLiteral("SELECT c.uuid, c.team, c.code, c.title, c.category, c.place, c.raised_by, "
                               "c.status, c.first_raised, c.restricted") +
                fromOf(filter, access, false) + where.sql + orderOf(filter) +
                QStringLiteral(" LIMIT ? OFFSET ?");
    where.values << limit << offset;
    return where;
}

Result<WhereClause> countStatement(const QSqlDatabase& db, const ConcernFilter& filter)
{
    auto broad = isBroadSearch(db, filter);
    if (!broad)
        return broad.error();
    const Access access = accessFor(filter, true, *broad);
    WhereClause where = whereOf(filter, access);
    where.sql = QStringLiteral("SELECT COUNT(*)") + fromOf(filter, access, true) + where.sql;
    return where;
}

} // namespace

Result<void> ConcernRepository::validate(const Concern& concern)
{
    if (!exists("team", concern.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team that registers the concern."));
    if (concern.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), tr("Enter a short title for the concern."));
    auto category = store().fetch(QStringLiteral("reference_item"), concern.categoryUuid);
    if (!category)
        return category.error();
    if (category->isEmpty() || category->value(QStringLiteral("deleted")).toInt() != 0 ||
        rows::text(*category, "list") != codeOf(ReferenceList::Category))
        return fieldError(QStringLiteral("category"),
                          tr("Choose the category of the concern from the list."));
    if (!concern.firstMeetingUuid.isEmpty() && !isMeetingOfTeam(concern.firstMeetingUuid, concern.teamUuid))
        return fieldError(
            QStringLiteral("meeting"),
            tr("The meeting where the concern was first raised must be a meeting of the same team."));
    if (concern.baselineValue && !concern.baselineDate.isValid())
        return fieldError(QStringLiteral("baseline_date"),
                          tr("Enter the date of the baseline figure as dd.MM.yyyy."));
    return checkCodeFree("concerns", concern.code, concern.teamUuid, concern.meta.uuid);
}

Result<Concern> ConcernRepository::createConcern(Concern concern)
{
    if (!concern.firstRaised.isValid())
        concern.firstRaised = QDate::currentDate();
    if (auto valid = validate(concern); !valid)
        return valid.error();
    if (concern.status == ConcernStatus::Dropped)
        return fieldError(QStringLiteral("status"), tr("A new concern cannot start as dropped."));
    concern.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (concern.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), concern.teamUuid);
            if (!team)
                return team.error();
            auto code =
                codes::next(m_db.connection(), QStringLiteral("concerns"), concern.teamUuid,
                            codes::concernPrefix(rows::text(*team, "code"), concern.firstRaised.year()), 3);
            if (!code)
                return code.error();
            concern.code = *code;
        }
        Fields fields = concernFields(concern);
        fields.append({QStringLiteral("status"), codeOf(concern.status)});
        if (auto inserted = store().insert(QStringLiteral("concern"), concern.meta.uuid, fields); !inserted)
            return inserted;
        return store().insert(QStringLiteral("status_change"), newUuid(),
                              {{QStringLiteral("concern"), concern.meta.uuid},
                               {QStringLiteral("status"), codeOf(concern.status)},
                               {QStringLiteral("date"), concern.firstRaised},
                               {QStringLiteral("note"), QString()}});
    });
    if (!done)
        return done.error();
    return this->concern(concern.meta.uuid);
}

Result<void> ConcernRepository::updateConcern(const Concern& concern)
{
    if (auto valid = validate(concern); !valid)
        return valid;
    return updateRecord("concern", concern.meta.uuid, concernFields(concern),
                        tr("This concern no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> ConcernRepository::deleteConcern(const QString& uuid)
{
    return deleteRecord("concern", uuid, tr("This concern no longer exists; it may have been deleted."));
}

Result<Concern> ConcernRepository::concern(const QString& uuid)
{
    return readOne<Concern>("concern", uuid, readConcern,
                            tr("This concern no longer exists; it may have been deleted."));
}

Result<Concern> ConcernRepository::concernByCode(const QString& code)
{
    auto found = readList<Concern>(QStringLiteral("SELECT * FROM concerns WHERE code = ? AND deleted = 0"),
                                   {code}, readConcern);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no concern with the code %1.").arg(code), {}};
    return found->first();
}

Result<QList<Concern>> ConcernRepository::deletedConcerns(const QString& teamUuid)
{
    return readList<Concern>(
        QStringLiteral("SELECT * FROM concerns WHERE team = ? AND deleted = 1 ORDER BY modified_hlc DESC"),
        {teamUuid}, readConcern);
}

Result<QList<RecordRef>> ConcernRepository::undeleteConcern(const QString& uuid)
{
    if (!store().exists(QStringLiteral("concern"), uuid, true))
        return Error{tr("This concern is not in the data file."), {}};
    if (exists("concern", uuid))
        return QList<RecordRef>(); // not deleted (any more): nothing to bring back
    auto stored = store().fetch(QStringLiteral("concern"), uuid);
    if (!stored)
        return stored.error();
    const QString code = rows::text(*stored, "code");
    auto clash =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM concerns WHERE team = ? AND code = ? AND deleted = 0"),
                    {rows::text(*stored, "team"), code});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return fieldError(QStringLiteral("code"),
                          tr("The deleted concern %1 cannot come back: another concern of the team now has "
                             "that code.")
                              .arg(code));
    QList<RecordRef> back;
    auto done = inTransaction([&]() -> Result<void> {
        auto brought = store().bringBack(QStringLiteral("concern"), uuid);
        if (!brought)
            return brought.error();
        back = *brought;
        return {};
    });
    if (!done)
        return done.error();
    return back;
}

Result<void> ConcernRepository::changeStatus(const QString& uuid, ConcernStatus status, QDate date,
                                             const QString& note)
{
    if (!exists("concern", uuid))
        return Error{tr("This concern no longer exists; it may have been deleted."), {}};
    if (!date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the status change as dd.MM.yyyy."));
    if (status == ConcernStatus::Dropped && note.trimmed().isEmpty())
        return fieldError(QStringLiteral("note"), tr("Say why the concern is dropped."));
    return inTransaction([&]() -> Result<void> {
        auto changed =
            store().update(QStringLiteral("concern"), uuid, {{QStringLiteral("status"), codeOf(status)}});
        if (!changed)
            return changed.error();
        return store().insert(QStringLiteral("status_change"), newUuid(),
                              {{QStringLiteral("concern"), uuid},
                               {QStringLiteral("status"), codeOf(status)},
                               {QStringLiteral("date"), date},
                               {QStringLiteral("note"), note.trimmed()}});
    });
}

Result<void> ConcernRepository::moveBack(const QHash<QString, ConcernStatus>& before, ConcernStatus movedTo,
                                         QDate date, const QString& note)
{
    return inTransaction([&]() -> Result<void> {
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value() == movedTo)
                continue; // it was there already: the move left it alone
            auto now = concern(it.key());
            if (!now)
                return now.error();
            if (now->status == movedTo)
                if (auto moved = changeStatus(it.key(), it.value(), date, note); !moved)
                    return moved;
        }
        return {};
    });
}

Result<QList<StatusChange>> ConcernRepository::statusHistory(const QString& concernUuid)
{
    return readList<StatusChange>(QStringLiteral("SELECT * FROM concern_status_history WHERE concern = ? AND "
                                                 "deleted = 0 ORDER BY date, created_hlc"),
                                  {concernUuid}, readStatusChange);
}

Result<void> ConcernRepository::setDrivers(const QString& concernUuid, const QStringList& driverUuids)
{
    if (!exists("concern", concernUuid))
        return Error{tr("This concern no longer exists; it may have been deleted."), {}};
    for (const QString& driver : driverUuids) {
        auto item = store().fetch(QStringLiteral("reference_item"), driver);
        if (!item)
            return item.error();
        if (item->isEmpty() || rows::text(*item, "list") != codeOf(ReferenceList::Driver))
            return fieldError(QStringLiteral("drivers"), tr("Choose the drivers from the list."));
    }
    return inTransaction([&] {
        return syncAssociations(QStringLiteral("concern_driver"), QStringLiteral("concern_drivers"),
                                QStringLiteral("concern"), concernUuid, QStringLiteral("driver"), driverUuids,
                                [&](int i) {
                                    return Fields{{QStringLiteral("concern"), concernUuid},
                                                  {QStringLiteral("driver"), driverUuids[i]}};
                                });
    });
}

Result<QStringList> ConcernRepository::drivers(const QString& concernUuid)
{
    auto list = readList<QString>(
        QStringLiteral("SELECT d.driver FROM concern_drivers d JOIN reference_items r ON r.uuid = d.driver "
                       "WHERE d.concern = ? AND d.deleted = 0 ORDER BY r.position"),
        {concernUuid}, [](const QSqlRecord& row) { return rows::text(row, "driver"); });
    if (!list)
        return list.error();
    return QStringList(*list);
}

Result<ConcernLink> ConcernRepository::addLink(const QString& fromUuid, const QString& toUuid, LinkKind kind,
                                               const QString& note)
{
    if (!exists("concern", fromUuid) || !exists("concern", toUuid))
        return fieldError(QStringLiteral("link"), tr("Choose two existing concerns to link."));
    if (fromUuid == toUuid)
        return fieldError(QStringLiteral("link"), tr("A concern cannot be linked to itself."));
    const QString uuid = derivedUuid(QStringLiteral("concern_link"), {fromUuid, toUuid, codeOf(kind)});
    // The same link again would only overwrite the note of the one there (its UUID derives from the two ends
    // and the kind); a deleted one may come back.
    if (exists("concern_link", uuid)) {
        const auto codeOfConcern = [this](const QString& concernUuid) {
            auto row = store().fetch(QStringLiteral("concern"), concernUuid);
            return row ? rows::text(*row, "code") : QString();
        };
        return fieldError(
            QStringLiteral("link"),
            tr("%1 and %2 are already linked this way.").arg(codeOfConcern(fromUuid), codeOfConcern(toUuid)));
    }
    auto done = inTransaction([&] {
        return store().ensure(QStringLiteral("concern_link"), uuid,
                              {{QStringLiteral("from_concern"), fromUuid},
                               {QStringLiteral("to_concern"), toUuid},
                               {QStringLiteral("kind"), codeOf(kind)},
                               {QStringLiteral("note"), note.trimmed()}});
    });
    if (!done)
        return done.error();
    return readOne<ConcernLink>(
        "concern_link", uuid, readLink,
        tr("The link was saved but could not be read back. Open the concern again to see it."));
}

Result<void> ConcernRepository::removeLink(const QString& linkUuid)
{
    auto removed = deleteRecord("concern_link", linkUuid, tr("This link no longer exists."));
    return removed ? Result<void>() : Result<void>(removed.error());
}

Result<QList<ConcernLink>> ConcernRepository::links(const QString& concernUuid)
{
    return readList<ConcernLink>(
        QStringLiteral("SELECT * FROM concern_links WHERE (from_concern = ? OR to_concern = ?) "
                       "AND deleted = 0 ORDER BY created_hlc"),
        {concernUuid, concernUuid}, readLink);
}

Result<QList<ConcernRow>> ConcernRepository::page(const ConcernFilter& filter, int offset, int limit)
{
    auto statement = pageStatement(m_db.connection(), filter, offset, limit);
    if (!statement)
        return statement.error();
    return readList<ConcernRow>(statement->sql, statement->values, [](const QSqlRecord& row) {
        return ConcernRow{rows::text(row, "uuid"),
                          rows::text(row, "team"),
                          rows::text(row, "code"),
                          rows::text(row, "title"),
                          rows::text(row, "category"),
                          rows::text(row, "place"),
                          rows::enumValue(row, "raised_by", RaisedBy::Mixed),
                          rows::enumValue(row, "status", ConcernStatus::Raised),
                          rows::date(row, "first_raised"),
                          row.value(QStringLiteral("restricted")).toInt() != 0};
    });
}

Result<int> ConcernRepository::count(const ConcernFilter& filter)
{
    auto statement = countStatement(m_db.connection(), filter);
    if (!statement)
        return statement.error();
    auto total = sql::scalar(m_db.connection(), statement->sql, statement->values);
    if (!total)
        return total.error();
    return total->toInt();
}

Result<QString> ConcernRepository::queryPlan(const ConcernFilter& filter, bool forCount)
{
    auto statement = forCount ? countStatement(m_db.connection(), filter)
                              : pageStatement(m_db.connection(), filter, 0, 100);
    if (!statement)
        return statement.error();
    auto steps = readList<QString>(QStringLiteral("EXPLAIN QUERY PLAN ") + statement->sql, statement->values,
                                   [](const QSqlRecord& row) { return rows::text(row, "detail"); });
    if (!steps)
        return steps.error();
    return steps->join(QLatin1Char('\n'));
}

Fields ConcernRepository::fieldsOf(const Concern& record)
{
    return concernFields(record);
}

Concern ConcernRepository::concernFromRow(const QSqlRecord& row)
{
    return readConcern(row);
}

} // namespace hamkori
