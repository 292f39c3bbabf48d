// Issue 19 across the layers that every kind of record shares: a team's kind and how documents name the body,
// the directory, centres and requests travelling in bundles (to every laptop, or with their team), their
// conflicts with field names, their undo through field patches, and the demo that holds them.
#include "Builders.h"
#include "core/demo/DemoLoader.h"
#include "core/model/RecordCatalogue.h"
#include "core/report/ActionPlanDocument.h"
#include "core/report/PeriodReportDocument.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/CommitmentRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/StatisticsRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include "translations/Translations.h"
#include <QSet>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

sync::MergeReport exchange(Database& from, Database& to, const QStringList& teams = {})
{
    auto bundle = test::exportable(from, teams);
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

QString districtNamed(Database& db, const QString& nameEn)
{
    auto place = ReferenceRepository(db).findPlace(nameEn);
    REQUIRE(place.ok());
    return place->meta.uuid;
}

Organisation makeOrganisation(Database& db, const QString& name, const QStringList& districts)
{
    Organisation organisation;
    organisation.name = name;
    organisation.districtUuids = districts;
    organisation.expertiseUuids = {test::referenceUuid(db, u"expertise"_s, u"gender_gbv"_s)};
    auto made = DirectoryRepository(db).createOrganisation(organisation);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

Commitment makeRequest(Database& db, const QString& team, const QString& text)
{
    Commitment commitment;
    commitment.teamUuid = team;
    commitment.text = text;
    commitment.addressedTo = u"Мақомоти иҷроияи ҳокимияти давлатии шаҳри Исфара"_s;
    commitment.made = QDate(2026, 3, 2);
    commitment.due = QDate(2026, 4, 1);
    auto made = CommitmentRepository(db).createCommitment(commitment);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

} // namespace

TEST_CASE("A team's kind is kept, journalled, undone field by field, and names the body in its documents",
          "[beyond-teams]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    auto before = TeamRepository(*db).team(team);
    REQUIRE(before.ok());
    CHECK(before->kind == GroupKind::PartnershipTeam);

    // A team named after its place alone, as many are: the documents say what body it is.
    Team placeOnly = *before;
    placeOnly.name = u"Исфара"_s;
    REQUIRE(TeamRepository(*db).updateTeam(placeOnly).ok());
    before = TeamRepository(*db).team(team);
    const qint64 journal = db->records().journalSize();
    Team council = *before;
    council.kind = GroupKind::PublicCouncil;
    const FieldPatch patch = RecordEdits::patch(*before, council);
    REQUIRE(patch.changes.size() == 1);
    CHECK(patch.changes.first().column == u"kind"_s);
    REQUIRE(RecordEdits(*db).apply(patch).ok());
    CHECK(db->records().journalSize() == journal + 1);
    CHECK(TeamRepository(*db).team(team)->kind == GroupKind::PublicCouncil);

    // The action plan names the body by its kind in the document's language, never the designation twice.
    const ActionPlan plan =
        makePlan(*db, team, u"Нақшаи чорабиниҳо"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto titleIn = [&](const char* language) {
        report::DocumentOptions options;
        options.language = QString::fromLatin1(language);
        auto content = report::ActionPlanDocument::content(*db, plan.meta.uuid, options);
        INFO(content.errorMessage().toStdString());
        REQUIRE(content.ok());
        return content->texts().join(u'\n');
    };
    CHECK(titleIn("en").contains(u"public council «Исфара»"_s));
    CHECK(titleIn("tg").contains(u"шӯрои ҷамъиятӣ «"_s, Qt::CaseInsensitive));
    CHECK(titleIn("ru").contains(u"общественный совет «"_s, Qt::CaseInsensitive));
    CHECK_FALSE(titleIn("en").contains(u"partnership team"_s));

    // Undo of the kind touches the kind alone: a name changed since stays.
    Team renamed = *TeamRepository(*db).team(team);
    renamed.name = u"Шӯрои ҷамъиятии назди ШВКД дар шаҳри Исфара"_s;
    REQUIRE(TeamRepository(*db).updateTeam(renamed).ok());
    REQUIRE(RecordEdits(*db).apply(patch.inverse()).ok());
    auto after = TeamRepository(*db).team(team);
    CHECK(after->kind == GroupKind::PartnershipTeam);
    CHECK(after->name == renamed.name);
    // A name that says what the body is stands as it is.
    CHECK(titleIn("en").contains(renamed.name));
    CHECK_FALSE(titleIn("en").contains(u"partnership team «"_s));
}

TEST_CASE("The directory and the centres reach every laptop, requests and referrals travel with their team",
          "[beyond-teams][sync]")
{
    TempDatabase a;
    TempDatabase b;
    b.clock.advance(kDay);
    const QString isfara = test::makeTeam(*a, u"ISF"_s);
    const QString khujand = test::makeTeam(*a, u"KHJ"_s);
    const Organisation organisation =
        makeOrganisation(*a, u"Ташкилоти ҷамъиятии «Зан ва ҷомеа»"_s,
                         {districtNamed(*a, u"Isfara"_s), districtNamed(*a, u"Kulob"_s)});
    auto service = DirectoryRepository(*a).createService(
        {{}, organisation.meta.uuid, test::referenceUuid(*a, u"service"_s, u"shelter"_s), u"Паноҳгоҳ"_s});
    REQUIRE(service.ok());
    Centre centre;
    centre.name = u"Маркази ҳамкории милитсия ва ҷомеаи Исфара"_s;
    centre.districtUuid = districtNamed(*a, u"Isfara"_s);
    centre.teamUuids = {isfara, khujand};
    auto madeCentre = CentreRepository(*a).createCentre(centre);
    REQUIRE(madeCentre.ok());
    const Commitment ours = makeRequest(*a, isfara, u"Насб кардани чароғҳо дар роҳи мактаб"_s);
    const Commitment theirs = makeRequest(*a, khujand, u"Таъини нозири минтақавӣ"_s);
    Referral referral;
    referral.teamUuid = isfara;
    referral.serviceUuid = service->meta.uuid;
    referral.date = QDate(2026, 3, 5);
    referral.people.set(Sex::Female, AgeBand::From18To29, 2);
    REQUIRE(DirectoryRepository(*a).createReferral(referral).ok());

    // A bundle of Isfara's team only: the directory and the centre come along, Khujand's request does not.
    const sync::MergeReport report = exchange(*a, *b, {isfara});
    CHECK(report.kinds.value(u"organisation"_s).added == 1);
    CHECK(report.kinds.value(u"organisation_district"_s).added == 2);
    CHECK(report.kinds.value(u"service"_s).added == 1);
    CHECK(report.kinds.value(u"centre"_s).added == 1);
    CHECK(report.kinds.value(u"commitment"_s).added == 1);
    CHECK(report.kinds.value(u"referral"_s).added == 1);
    // The report names the new kinds in words.
    const QString described = report.describe().join(u'\n');
    CHECK(described.contains(u"Organisations: new 1"_s));
    CHECK(described.contains(u"Requests and recommendations: new 1"_s));
    CHECK(described.contains(u"Referrals: new 1"_s));
    CHECK(CommitmentRepository(*b).commitment(ours.meta.uuid).ok());
    CHECK_FALSE(CommitmentRepository(*b).commitment(theirs.meta.uuid).ok());
    auto received = DirectoryRepository(*b).organisation(organisation.meta.uuid);
    REQUIRE(received.ok());
    CHECK(QSet<QString>(received->districtUuids.begin(), received->districtUuids.end()) ==
          QSet<QString>(organisation.districtUuids.begin(), organisation.districtUuids.end()));
    // Only the groups B holds meet at the centre there: Khujand's link waits for Khujand.
    CHECK(CentreRepository(*b).centre(madeCentre->meta.uuid)->teamUuids == QStringList{isfara});

    // Everything, then both laptops hold the same data.
    exchange(*a, *b);
    exchange(*b, *a);
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("Two laptops that edit an organisation's name and its districts: a conflict with the field's name, "
          "the other field merged",
          "[beyond-teams][sync]")
{
    TempDatabase a;
    TempDatabase b;
    b.clock.advance(kDay);
    test::makeTeam(*a, u"ISF"_s);
    const Organisation made =
        makeOrganisation(*a, u"Маркази ҳуқуқии «Адолат»"_s, {districtNamed(*a, u"Isfara"_s)});
    exchange(*a, *b);

    Organisation onA = *DirectoryRepository(*a).organisation(made.meta.uuid);
    onA.name = u"Маркази ҳуқуқии «Адолат» (Исфара)"_s;
    REQUIRE(DirectoryRepository(*a).updateOrganisation(onA).ok());
    Organisation onB = *DirectoryRepository(*b).organisation(made.meta.uuid);
    onB.name = u"ТҶ «Адолат»"_s;
    onB.phone = u"+992 92 777 11 22"_s;
    REQUIRE(DirectoryRepository(*b).updateOrganisation(onB).ok());
    exchange(*a, *b);
    exchange(*b, *a);

    for (Database* laptop : {&*a, &*b}) {
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 1);
        CHECK(inbox->first().kind == u"organisation"_s);
        CHECK(inbox->first().field == u"name"_s);
        CHECK(catalogue::kindLabel(inbox->first().kind) == u"Organisations"_s);
        CHECK(catalogue::fieldLabel(inbox->first().kind, inbox->first().field) == u"name"_s);
        CHECK(DirectoryRepository(*laptop).organisation(made.meta.uuid)->phone == u"+992 92 777 11 22"_s);
    }
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("A request's answer and status are one undo step that touches only them", "[beyond-teams]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Commitment made = makeRequest(*db, team, u"Ҷудо кардани маблағ барои таъмири марказ"_s);
    CHECK(made.code == u"ISF-R-2026-01"_s);
    Commitment answered = made;
    answered.status = CommitmentStatus::Partly;
    answered.answer = u"Аз 10 000 сомонӣ 4 000 ҷудо шуд"_s;
    answered.answered = QDate(2026, 3, 20);
    answered.pledged = 10000;
    answered.delivered = 4000;
    const FieldPatch patch = RecordEdits::patch(made, answered);
    CHECK(patch.changes.size() == 5);
    REQUIRE(RecordEdits(*db).apply(patch).ok());
    // Someone changes the due date meanwhile; undoing the answer leaves it.
    Commitment later = *CommitmentRepository(*db).commitment(made.meta.uuid);
    later.due = QDate(2026, 5, 1);
    REQUIRE(CommitmentRepository(*db).updateCommitment(later).ok());
    REQUIRE(RecordEdits(*db).apply(patch.inverse()).ok());
    const Commitment now = *CommitmentRepository(*db).commitment(made.meta.uuid);
    CHECK(now.status == CommitmentStatus::Waiting);
    CHECK(now.answer.isEmpty());
    CHECK(now.delivered == 0);
    CHECK(now.due == QDate(2026, 5, 1));
    // A refused edit writes nothing: an answer before the request was made.
    const qint64 journal = db->records().journalSize();
    Commitment early = now;
    early.answered = QDate(2026, 1, 1);
    auto refused = CommitmentRepository(*db).updateCommitment(early);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"01.01.2026"_s));
    CHECK(db->records().journalSize() == journal);
}

TEST_CASE("The demo holds a public council, a women's initiative group, the directory, four centres and "
          "requests in several states",
          "[beyond-teams][demo]")
{
    TempDatabase db;
    auto loaded = demo::loadDemo(*db);
    INFO(loaded.errorMessage().toStdString());
    REQUIRE(loaded.ok());
    QSet<int> kinds;
    for (const Team& team : *TeamRepository(*db).teams())
        kinds.insert(int(team.kind));
    CHECK(kinds.contains(int(GroupKind::PublicCouncil)));
    CHECK(kinds.contains(int(GroupKind::WomenInitiative)));
    CHECK(kinds.contains(int(GroupKind::PartnershipTeam)));

    auto organisations = DirectoryRepository(*db).organisations();
    REQUIRE(organisations.ok());
    CHECK(organisations->size() >= 30);
    QSet<QString> districts;
    int withServices = 0;
    for (const OrganisationSummary& summary : *organisations) {
        for (const QString& district : summary.organisation.districtUuids)
            districts.insert(district);
        withServices += summary.services > 0 ? 1 : 0;
    }
    // Every one of the ten demo districts has organisations in it.
    for (const Team& team : *TeamRepository(*db).teams())
        CHECK(districts.contains(team.districtUuid));
    CHECK(withServices >= 15);
    CHECK(CentreRepository(*db).centres()->size() == 4);
    QSet<int> states;
    for (const CommitmentSummary& summary : *CommitmentRepository(*db).commitments({}))
        states.insert(int(summary.commitment.status));
    CHECK(states.size() >= 4);
    CHECK(CommitmentRepository(*db).overdue({}, QDate(2026, 11, 20))->size() >= 3);
    CHECK(loaded->directory.referrals >= 15);

    // Loading it again adds nothing.
    const QString before = recordsDump(*db);
    REQUIRE(demo::loadDemo(*db).ok());
    CHECK(recordsDump(*db) == before);
}

TEST_CASE("The period statistics and report over every team of one kind count those teams alone",
          "[beyond-teams][statistics]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString kulob = test::makeTeam(*db, u"KUL"_s);
    Team council = *TeamRepository(*db).team(kulob);
    council.kind = GroupKind::PublicCouncil;
    council.name = u"Кӯлоб"_s;
    REQUIRE(TeamRepository(*db).updateTeam(council).ok());
    makeMeeting(*db, isfara, QDate(2026, 3, 1));
    makeMeeting(*db, isfara, QDate(2026, 4, 1));
    makeMeeting(*db, kulob, QDate(2026, 3, 15));
    makeRequest(*db, kulob, u"Рӯшноӣ дар кӯчаи Рӯдакӣ"_s);
    const QDate from(2026, 1, 1), to(2026, 12, 31);

    StatisticsRepository statistics(*db);
    auto all = statistics.period(QString(), from, to);
    auto councils = statistics.period(QString(), from, to, false, codeOf(GroupKind::PublicCouncil));
    auto teams = statistics.period(QString(), from, to, false, codeOf(GroupKind::PartnershipTeam));
    auto women = statistics.period(QString(), from, to, false, codeOf(GroupKind::WomenInitiative));
    REQUIRE((all.ok() && councils.ok() && teams.ok() && women.ok()));
    CHECK(all->meetings == 3);
    CHECK(councils->meetings == 1);
    CHECK(teams->meetings == 2);
    CHECK(women->meetings == 0);
    CHECK(councils->requestsMade == 1);
    CHECK(teams->requestsMade == 0);
    CHECK(women->requestsMade == 0);

    // The report names its scope in the document's language.
    report::DocumentOptions options;
    options.language = u"ru"_s;
    options.groupKind = codeOf(GroupKind::PublicCouncil);
    auto content = report::PeriodReportDocument::content(*db, QString(), from, to, options);
    REQUIRE(content.ok());
    CHECK(content->texts().join(u'\n').contains(u"Все общественные советы"_s));
}
