#pragma once
// What the domain and storage tests share beyond TestSupport: readable failure output for Qt values, small
// builders that create records through the repositories, and the check that a refused write left the data
// file exactly as it was.
#include "core/model/ActionPlan.h"
#include "core/model/Concern.h"
#include "core/model/Meeting.h"
#include "core/model/Team.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/TeamRepository.h"
#include "core/storage/Uuids.h"
#include "support/TestSupport.h"
#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <ostream>
#include <string>

// Readable dates and counts in failure messages. (QString is left alone: other test files already make
// Catch print it as a range of characters, and one program must print it one way.)
inline std::ostream& operator<<(std::ostream& out, const QDate& value)
{
    return out << (value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(no date)"));
}

namespace hamkori {
inline std::ostream& operator<<(std::ostream& out, const SexAgeCounts& value)
{
    out << '[';
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        out << (i ? " " : "") << value.cell(i);
    return out << ']';
}
} // namespace hamkori

namespace hamkori::coretest {

using namespace Qt::StringLiterals;

inline Member makeMember(Database& db, const QString& team, const QString& name, Sex sex = Sex::Female,
                         AgeBand band = AgeBand::From30To49, MemberCategory category = MemberCategory::Cso)
{
    Member member;
    member.teamUuid = team;
    member.name = name;
    member.sex = sex;
    member.ageBand = band;
    member.category = category;
    member.joined = QDate(2024, 1, 10);
    auto created = TeamRepository(db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

inline Meeting makeMeeting(Database& db, const QString& team, QDate date,
                           MeetingKind kind = MeetingKind::Regular, const SexAgeCounts& guests = {})
{
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = date;
    meeting.kind = kind;
    meeting.guests = guests;
    meeting.place = u"Маркази ҳамкорӣ"_s;
    auto created = MeetingRepository(db).createMeeting(meeting);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

inline Concern makeConcern(Database& db, const QString& team, const QString& title, QDate firstRaised,
                           const QString& category = u"domestic_violence"_s, const QString& place = {})
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.firstRaised = firstRaised;
    concern.categoryUuid = test::categoryUuid(db, category);
    concern.place = place;
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

inline ActionPlan makePlan(Database& db, const QString& team, const QString& title, QDate start, QDate end,
                           PlanStatus status = PlanStatus::Adopted)
{
    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = title;
    plan.periodStart = start;
    plan.periodEnd = end;
    plan.status = status;
    auto created = PlanRepository(db).createPlan(plan);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

inline Activity makeActivity(Database& db, const QString& plan, const QString& measure, QDate start = {},
                             QDate deadline = {}, double amount = 0, const QString& fundingCode = {})
{
    Activity activity;
    activity.planUuid = plan;
    activity.measure = measure;
    activity.leadBodyUuid = test::referenceUuid(db, u"lead_body"_s, u"police"_s);
    activity.start = start;
    activity.deadline = deadline;
    activity.amountSomoni = amount;
    if (!fundingCode.isEmpty())
        activity.fundingSourceUuid = test::referenceUuid(db, u"funding_source"_s, fundingCode);
    auto created = PlanRepository(db).createActivity(activity);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

/// Runs a write that must be refused, and checks what the user sees (the field, a message) and that nothing
/// was written: the whole data file and the journal are as before.
template <typename Attempt> void requireRefused(Database& db, const QString& field, Attempt&& attempt)
{
    const QString before = test::dumpDatabase(db);
    const qint64 journalBefore = db.records().journalSize();
    const auto result = attempt();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == field);
    CHECK_FALSE(result.error().message.trimmed().isEmpty());
    CHECK(db.records().journalSize() == journalBefore);
    CHECK(test::dumpDatabase(db) == before);
}

/// The first column of a query's first row (test-side reads of what is really stored).
inline QVariant queryValue(Database& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(statement));
    for (const QVariant& value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    return query.next() ? query.value(0) : QVariant();
}

inline int deletedFlag(Database& db, const QString& kind, const QString& uuid)
{
    const QVariant flag =
        queryValue(db, u"SELECT deleted FROM %1 WHERE uuid = ?"_s.arg(RecordStore::tableOf(kind)), {uuid});
    REQUIRE(flag.isValid());
    return flag.toInt();
}

/// Every record table, every column, rows by UUID, each table under its kind: what a person sees. Equal on
/// laptops that converged.
inline QString recordsDump(Database& db)
{
    QString dump;
    for (const QString& kind : RecordStore::kinds()) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(u"SELECT * FROM %1 ORDER BY uuid"_s.arg(RecordStore::tableOf(kind))));
        dump += u"== "_s + kind + u'\n';
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                dump += record.value(i).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

inline int rowCount(Database& db, const QString& table)
{
    return queryValue(db, u"SELECT COUNT(*) FROM "_s + table).toInt();
}

} // namespace hamkori::coretest
