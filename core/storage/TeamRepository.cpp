#include "TeamRepository.h"
#include "../model/Formats.h"
#include "Rows.h"
#include "Uuids.h"
#include <QRegularExpression>

namespace hamkori {

namespace {

Fields teamFields(const Team& t)
{
    return {{QStringLiteral("name"), t.name.trimmed()},
            {QStringLiteral("code"), t.code.trimmed()},
            {QStringLiteral("district"), rows::reference(t.districtUuid)},
            {QStringLiteral("jamoat"), t.jamoat.trimmed()},
            {QStringLiteral("address"), t.address.trimmed()},
            {QStringLiteral("established"), t.established},
            {QStringLiteral("kind"), codeOf(t.kind)}};
}

Team readTeam(const QSqlRecord& row)
{
    Team t;
    t.meta = rows::meta(row);
    t.name = rows::text(row, "name");
    t.code = rows::text(row, "code");
    t.districtUuid = rows::text(row, "district");
    t.jamoat = rows::text(row, "jamoat");
    t.address = rows::text(row, "address");
    t.established = rows::date(row, "established");
    t.kind = rows::enumValue(row, "kind", GroupKind::PartnershipTeam);
    return t;
}

Fields memberFields(const Member& m)
{
    return {{QStringLiteral("team"), m.teamUuid},
            {QStringLiteral("name"), m.name.trimmed()},
            {QStringLiteral("category"), codeOf(m.category)},
            {QStringLiteral("sex"), codeOf(m.sex)},
            {QStringLiteral("age_band"), codeOf(m.ageBand)},
            {QStringLiteral("organisation"), m.organisation.trimmed()},
            {QStringLiteral("post"), m.post.trimmed()},
            {QStringLiteral("phone"), m.phone.trimmed()},
            {QStringLiteral("joined"), m.joined},
            {QStringLiteral("left_on"), m.left},
            {QStringLiteral("organisation_ref"), rows::reference(m.organisationUuid)}};
}

Member readMember(const QSqlRecord& row)
{
    Member m;
    m.meta = rows::meta(row);
    m.teamUuid = rows::text(row, "team");
    m.name = rows::text(row, "name");
    m.category = rows::enumValue(row, "category", MemberCategory::Other);
    m.sex = rows::enumValue(row, "sex", Sex::Female);
    m.ageBand = rows::enumValue(row, "age_band", AgeBand::From30To49);
    m.organisation = rows::text(row, "organisation");
    m.post = rows::text(row, "post");
    m.phone = rows::text(row, "phone");
    m.joined = rows::date(row, "joined");
    m.left = rows::date(row, "left_on");
    m.organisationUuid = rows::text(row, "organisation_ref");
    return m;
}

/// The district's name in the program's language, else in English.
QString districtIn(const QSqlRecord& row)
{
    const QString language = Formats::language();
    const QString name = rows::text(row, language == u"tg"   ? "district_tg"
                                         : language == u"ru" ? "district_ru"
                                                             : "district_en");
    return name.isEmpty() ? rows::text(row, "district_en") : name;
}

TeamLabel readLabel(const QSqlRecord& row)
{
    return {rows::text(row, "uuid"), rows::text(row, "code"), rows::text(row, "name"), districtIn(row)};
}

const QString kLabelColumns = QStringLiteral(
    "SELECT t.uuid, t.code, t.name, g.name_en AS district_en, g.name_tg AS district_tg, g.name_ru AS "
    "district_ru FROM teams t LEFT JOIN gazetteer g ON g.uuid = t.district WHERE t.deleted = 0 ");

} // namespace

Result<void> TeamRepository::validate(const Team& team)
{
    if (team.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("Enter the name of the team."));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]{2,6}$"));
    if (!codePattern.match(team.code.trimmed()).hasMatch())
        return fieldError(QStringLiteral("code"),
                          tr("The team code must be 2 to 6 capital Latin letters, for example ISF."));
    // Two laptops may each have made a team with one code; the exchange brings both. Such a team stays
    // editable (its code can be changed, to end the clash): only a code new or changed here must be free.
    auto stored = sql::scalar(m_db.connection(), QStringLiteral("SELECT code FROM teams WHERE uuid = ?"),
                              {team.meta.uuid});
    if (!stored)
        return stored.error();
    const bool unchanged = stored->isValid() && stored->toString() == team.code.trimmed();
    auto clash =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT name FROM teams WHERE code = ? AND uuid <> ? AND deleted = 0"),
                    {team.code.trimmed(), team.meta.uuid});
    if (!clash)
        return clash.error();
    if (clash->isValid() && !unchanged)
        return fieldError(QStringLiteral("code"),
                          tr("The code %1 is already used by the team \"%2\". Choose another code.")
                              .arg(team.code.trimmed(), clash->toString()));
    if (!exists("gazetteer", team.districtUuid))
        return fieldError(QStringLiteral("district"),
                          tr("Choose the team's district or city from the list."));
    return {};
}

Result<Team> TeamRepository::createTeam(Team team)
{
    if (auto valid = validate(team); !valid)
        return valid.error();
    team.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("team"), team.meta.uuid, teamFields(team)); });
    if (!done)
        return done.error();
    return this->team(team.meta.uuid);
}

Result<void> TeamRepository::updateTeam(const Team& team)
{
    if (auto valid = validate(team); !valid)
        return valid;
    return updateRecord("team", team.meta.uuid, teamFields(team),
                        tr("This team no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> TeamRepository::deleteTeam(const QString& uuid)
{
    return deleteRecord("team", uuid, tr("This team no longer exists; it may have been deleted."));
}

Result<Team> TeamRepository::team(const QString& uuid)
{
    return readOne<Team>("team", uuid, readTeam, tr("This team no longer exists; it may have been deleted."));
}

Result<Team> TeamRepository::teamByCode(const QString& code)
{
    auto found = readList<Team>(QStringLiteral("SELECT * FROM teams WHERE code = ? AND deleted = 0"), {code},
                                readTeam);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no team with the code %1.").arg(code), {}};
    return found->first();
}

Result<Team> TeamRepository::findTeam(const QString& codeNameOrId)
{
    const QString typed = codeNameOrId.trimmed();
    if (auto byId = team(typed))
        return byId;
    // The code first (what people usually give), then the name, each refused when two teams have it.
    const auto listed = [](const QList<TeamLabel>& teams) {
        QStringList lines;
        for (const TeamLabel& team : teams)
            lines << tr("%1, id %2").arg(team.describe(), team.uuid);
        return lines.join(QStringLiteral("; "));
    };
    auto byCode =
        readList<TeamLabel>(kLabelColumns + QStringLiteral("AND t.code = ? ORDER BY t.name, t.uuid"),
                            {typed.toUpper()}, readLabel);
    if (!byCode)
        return byCode.error();
    if (byCode->size() > 1)
        return Error{tr("%n teams have the code %1: %2. Two laptops each made a team with it. Name the team "
                        "by its name or its id instead, and give one of them another code on its Team page.",
                        nullptr, int(byCode->size()))
                         .arg(typed.toUpper(), listed(*byCode)),
                     {}};
    if (byCode->size() == 1)
        return team(byCode->first().uuid);
    auto byName =
        readList<TeamLabel>(kLabelColumns + QStringLiteral("ORDER BY t.name, t.uuid"), {}, readLabel);
    if (!byName)
        return byName.error();
    QList<TeamLabel> named;
    for (const TeamLabel& label : *byName)
        if (label.name.trimmed().compare(typed, Qt::CaseInsensitive) == 0)
            named << label;
    if (named.size() > 1)
        return Error{
            tr("%n teams are named «%1»: %2. Name the team by its id instead.", nullptr, int(named.size()))
                .arg(typed, listed(named)),
            {}};
    if (named.size() == 1)
        return team(named.first().uuid);
    return Error{tr("There is no team with the code, name or id %1.").arg(typed), {}};
}

Result<QList<TeamLabel>> TeamRepository::sharingCodeWith(const QString& teamUuid)
{
    return readList<TeamLabel>(
        kLabelColumns + QStringLiteral("AND t.uuid <> ? AND t.code = (SELECT code FROM teams WHERE uuid = ?) "
                                       "ORDER BY t.name, t.uuid"),
        {teamUuid, teamUuid}, readLabel);
}

Result<QList<QList<TeamLabel>>> TeamRepository::sharedCodes()
{
    auto shared = readList<TeamLabel>(
        kLabelColumns +
            QStringLiteral("AND t.code IN (SELECT code FROM teams WHERE deleted = 0 GROUP BY code "
                           "HAVING COUNT(*) > 1) ORDER BY t.code, t.name, t.uuid"),
        {}, readLabel);
    if (!shared)
        return shared.error();
    QList<QList<TeamLabel>> groups;
    for (const TeamLabel& label : *shared) {
        if (groups.isEmpty() || groups.last().first().code != label.code)
            groups.append(QList<TeamLabel>());
        groups.last().append(label);
    }
    return groups;
}

Result<QList<Team>> TeamRepository::teams()
{
    return readList<Team>(QStringLiteral("SELECT * FROM teams WHERE deleted = 0 ORDER BY name"), {},
                          readTeam);
}

Result<QList<TeamSummary>> TeamRepository::summaries()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return readList<TeamSummary>(
        QStringLiteral(
            "SELECT t.*, g.name_en AS district_en, g.name_tg AS district_tg, g.name_ru AS district_ru, "
            "(SELECT COUNT(*) FROM members m WHERE m.team = t.uuid AND m.deleted = 0 "
            "  AND (m.left_on IS NULL OR m.left_on >= ?)) AS member_count, "
            // The narrow indexes of live records (schema step 3): counting never reads the wide rows.
            "(SELECT COUNT(*) FROM meetings x INDEXED BY meetings_live_by_team WHERE x.team = t.uuid AND "
            "x.deleted = 0) AS meeting_count, "
            "(SELECT COUNT(*) FROM concerns c INDEXED BY concerns_live_by_team WHERE c.team = t.uuid AND "
            "c.deleted = 0) AS concern_count, "
            "(SELECT COUNT(*) FROM plans p INDEXED BY plans_live_by_team WHERE p.team = t.uuid AND "
            "p.deleted = 0) AS plan_count "
            "FROM teams t LEFT JOIN gazetteer g ON g.uuid = t.district WHERE t.deleted = 0 ORDER BY t.name"),
        {today}, [](const QSqlRecord& row) {
            TeamSummary s;
            s.team = readTeam(row);
            s.districtNameEn = rows::text(row, "district_en");
            s.districtNameTg = rows::text(row, "district_tg");
            s.districtNameRu = rows::text(row, "district_ru");
            s.members = row.value(QStringLiteral("member_count")).toInt();
            s.meetings = row.value(QStringLiteral("meeting_count")).toInt();
            s.concerns = row.value(QStringLiteral("concern_count")).toInt();
            s.plans = row.value(QStringLiteral("plan_count")).toInt();
            return s;
        });
}

Result<void> TeamRepository::validate(const Member& member)
{
    if (!exists("team", member.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team this member belongs to."));
    if (member.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("Enter the member's name."));
    if (member.joined.isValid() && member.left.isValid() && member.left < member.joined)
        return fieldError(QStringLiteral("left"),
                          tr("The date the member left (%1) is before the date they joined (%2).")
                              .arg(member.left.toString(QStringLiteral("dd.MM.yyyy")),
                                   member.joined.toString(QStringLiteral("dd.MM.yyyy"))));
    if (!member.organisationUuid.isEmpty() && !exists("organisation", member.organisationUuid))
        return fieldError(QStringLiteral("organisation_ref"),
                          tr("The organisation chosen is no longer in the directory. Choose another one or "
                             "type its name."));
    return {};
}

Result<Member> TeamRepository::createMember(Member member)
{
    if (auto valid = validate(member); !valid)
        return valid.error();
    member.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("member"), member.meta.uuid, memberFields(member)); });
    if (!done)
        return done.error();
    return this->member(member.meta.uuid);
}

Result<void> TeamRepository::updateMember(const Member& member)
{
    if (auto valid = validate(member); !valid)
        return valid;
    return updateRecord("member", member.meta.uuid, memberFields(member),
                        tr("This member no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> TeamRepository::deleteMember(const QString& uuid)
{
    return deleteRecord("member", uuid, tr("This member no longer exists; it may have been deleted."));
}

Result<Member> TeamRepository::member(const QString& uuid)
{
    return readOne<Member>("member", uuid, readMember,
                           tr("This member no longer exists; it may have been deleted."));
}

Result<QList<Member>> TeamRepository::members(const QString& teamUuid)
{
    return readList<Member>(
        QStringLiteral("SELECT * FROM members WHERE team = ? AND deleted = 0 ORDER BY name"), {teamUuid},
        readMember);
}

Fields TeamRepository::fieldsOf(const Team& record)
{
    return teamFields(record);
}

Team TeamRepository::teamFromRow(const QSqlRecord& row)
{
    return readTeam(row);
}

Fields TeamRepository::fieldsOf(const Member& record)
{
    return memberFields(record);
}

Member TeamRepository::memberFromRow(const QSqlRecord& row)
{
    return readMember(row);
}

} // namespace hamkori
