// The directory of organisations in core (issue 19): an organisation with its lists round trips, refused
// writes say why and leave the data file as it was, referrals are counts of one team's concerns, every
// write is journaled, and a RecordEdits patch changes an organisation's districts alone.
#include "Builders.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"

using namespace hamkori;
using namespace hamkori::coretest;

namespace {

QString place(Database& db, const QString& name)
{
    auto found = ReferenceRepository(db).findPlace(name);
    REQUIRE(found.ok());
    return found->meta.uuid;
}

Organisation nur(Database& db)
{
    Organisation o;
    o.name = u"Ташкилоти ҷамъиятии «Нур»"_s;
    o.shortName = u"ТҶ «Нур»"_s;
    o.kind = OrganisationKind::Cso;
    o.address = u"ш. Исфара, кӯчаи Ҷамолов 5"_s;
    o.contactPerson = u"Гулноза Раҳимова"_s;
    o.phone = u"+992 92 777 1234"_s;
    o.email = u"nur@example.tj"_s;
    o.internationalExperience = u"ЮНИСЕФ, 2021–2023"_s;
    o.memorandumSigned = QDate(2025, 5, 12);
    o.notes = u"Маслиҳати ҳуқуқӣ ройгон"_s;
    o.districtUuids = {place(db, u"Isfara"_s), place(db, u"Khujand"_s)};
    o.expertiseUuids = {test::referenceUuid(db, u"expertise"_s, u"gender_gbv"_s),
                        test::referenceUuid(db, u"expertise"_s, u"human_rights"_s)};
    return o;
}

SexAgeCounts people(int women, int men)
{
    SexAgeCounts counts;
    counts.set(Sex::Female, AgeBand::From18To29, women);
    counts.set(Sex::Male, AgeBand::From30To49, men);
    return counts;
}

} // namespace

TEST_CASE("an organisation with its districts and fields of expertise round trips", "[directory]")
{
    test::TempDatabase db;
    DirectoryRepository directory(*db);
    const Organisation given = nur(*db);
    auto created = directory.createOrganisation(given);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    db.reopen();
    DirectoryRepository again(*db);
    auto stored = again.organisation(created->meta.uuid);
    REQUIRE(stored.ok());
    CHECK(stored->name == given.name);
    CHECK(stored->shortName == given.shortName);
    CHECK(stored->kind == OrganisationKind::Cso);
    CHECK(stored->address == given.address);
    CHECK(stored->contactPerson == given.contactPerson);
    CHECK(stored->phone == given.phone);
    CHECK(stored->email == given.email);
    CHECK(stored->internationalExperience == given.internationalExperience);
    CHECK(stored->memorandumSigned == QDate(2025, 5, 12));
    CHECK(stored->notes == given.notes);
    QStringList districts = stored->districtUuids;
    QStringList expected = given.districtUuids;
    districts.sort();
    expected.sort();
    CHECK(districts == expected);
    CHECK(stored->expertiseUuids == given.expertiseUuids);

    auto listed = again.organisations();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().organisation.districtUuids.size() == 2);
    CHECK(listed->first().services == 0);
}

TEST_CASE("a refused organisation says why and writes nothing", "[directory]")
{
    test::TempDatabase db;
    DirectoryRepository directory(*db);
    const qint64 journal = db->records().journalSize();
    const QString dump = test::dumpDatabase(*db);

    Organisation nameless = nur(*db);
    nameless.name = u"   "_s;
    auto refused = directory.createOrganisation(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"name"_s);
    CHECK(refused.errorMessage() == u"Enter the name of the organisation."_s);

    Organisation badMail = nur(*db);
    badMail.email = u"nur at example"_s;
    refused = directory.createOrganisation(badMail);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"email"_s);
    CHECK(refused.errorMessage().contains(u"«nur at example» is not an e-mail address"_s));

    Organisation strayDistrict = nur(*db);
    strayDistrict.districtUuids << newUuid();
    refused = directory.createOrganisation(strayDistrict);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"districts"_s);

    Organisation wrongList = nur(*db);
    wrongList.expertiseUuids = {test::referenceUuid(*db, u"service"_s, u"legal_aid"_s)}; // a service kind
    refused = directory.createOrganisation(wrongList);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"expertise"_s);

    CHECK(db->records().journalSize() == journal);
    CHECK(test::dumpDatabase(*db) == dump);

    // An update refused the same way leaves the stored one alone.
    auto created = directory.createOrganisation(nur(*db));
    REQUIRE(created.ok());
    const qint64 afterCreate = db->records().journalSize();
    Organisation changed = *created;
    changed.email = u"nur@"_s;
    auto update = directory.updateOrganisation(changed);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().field == u"email"_s);
    CHECK(db->records().journalSize() == afterCreate);
    CHECK(directory.organisation(created->meta.uuid)->email == u"nur@example.tj"_s);
}

TEST_CASE("every write of the directory is journaled", "[directory]")
{
    test::TempDatabase db;
    DirectoryRepository directory(*db);
    auto created = directory.createOrganisation(nur(*db));
    REQUIRE(created.ok());
    auto entries = db->records().journalFor(created->meta.uuid);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().kind == u"organisation"_s);
    CHECK(entries->first().field.isEmpty()); // the creation, with every field

    Organisation renamed = *created;
    renamed.phone = u"+992 93 000 0000"_s;
    REQUIRE(directory.updateOrganisation(renamed).ok());
    entries = db->records().journalFor(created->meta.uuid);
    REQUIRE(entries->size() == 2);
    CHECK(entries->last().field == u"phone"_s);
    CHECK(entries->last().value.toString() == u"+992 93 000 0000"_s);

    Service service;
    service.organisationUuid = created->meta.uuid;
    service.kindUuid = test::referenceUuid(*db, u"service"_s, u"legal_aid"_s);
    service.description = u"Машварати ҳуқуқӣ барои занон"_s;
    auto offered = directory.createService(service);
    REQUIRE(offered.ok());
    CHECK(db->records().journalFor(offered->meta.uuid)->size() == 1);

    const qint64 before = db->records().journalSize();
    auto deleted = directory.deleteOrganisation(created->meta.uuid);
    REQUIRE(deleted.ok());
    // The organisation, its two districts, two fields of expertise and its service: one entry each.
    CHECK(deleted->size() == 6);
    CHECK(db->records().journalSize() == before + 6);
    CHECK(db->records().journalFor(created->meta.uuid)->last().field == u"deleted"_s);
    CHECK(directory.organisations()->isEmpty());
    CHECK(directory.allServices()->isEmpty());
}

TEST_CASE("referrals are counts for one team's concerns, refused for another team's or with nobody",
          "[directory]")
{
    test::TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);
    const QString concern = test::makeConcern(*db, isfara, u"Зӯроварии хонаводагӣ"_s);
    const QString otherConcern = test::makeConcern(*db, khujand, u"Ҷанҷол дар бозор"_s);
    DirectoryRepository directory(*db);
    auto organisation = directory.createOrganisation(nur(*db));
    REQUIRE(organisation.ok());
    Service service;
    service.organisationUuid = organisation->meta.uuid;
    service.kindUuid = test::referenceUuid(*db, u"service"_s, u"psychosocial"_s);
    auto offered = directory.createService(service);
    REQUIRE(offered.ok());

    Referral referral;
    referral.teamUuid = isfara;
    referral.concernUuid = otherConcern; // the other team's
    referral.serviceUuid = offered->meta.uuid;
    referral.date = QDate(2026, 3, 4);
    referral.people = people(3, 1);
    const qint64 journal = db->records().journalSize();
    auto refused = directory.createReferral(referral);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"concern"_s);
    CHECK(refused.errorMessage().contains(u"not one of this team's"_s));

    referral.concernUuid = concern;
    referral.people = {};
    refused = directory.createReferral(referral);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"people"_s);
    CHECK(refused.errorMessage().contains(u"Names are never kept"_s));
    CHECK(db->records().journalSize() == journal);

    referral.people = people(3, 1);
    auto made = directory.createReferral(referral);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    CHECK(made->people.total() == 4);
    CHECK(made->outcome == ReferralOutcome::Pending);
    auto ofConcern = directory.referrals(isfara, concern);
    REQUIRE(ofConcern.ok());
    REQUIRE(ofConcern->size() == 1);
    CHECK(ofConcern->first().people.total(Sex::Female) == 3);
    CHECK(directory.referrals(khujand)->isEmpty());
    CHECK(directory.organisations()->first().referrals == 1);
    CHECK(db->records().journalFor(made->meta.uuid)->size() == 1);
}

TEST_CASE("a RecordEdits patch of an organisation's districts changes that list alone, and undoes",
          "[directory]")
{
    test::TempDatabase db;
    DirectoryRepository directory(*db);
    auto created = directory.createOrganisation(nur(*db));
    REQUIRE(created.ok());
    const Organisation before = *created;
    Organisation after = before;
    after.districtUuids = {place(*db, u"Vahdat"_s)};
    const FieldPatch patch = RecordEdits::patch(before, after);
    REQUIRE(patch.changes.size() == 1);
    CHECK(patch.changes.first().column == u"districts"_s);

    // Someone else changes the phone meanwhile: the patch leaves it.
    Organisation elsewhere = before;
    elsewhere.phone = u"+992 90 111 2233"_s;
    REQUIRE(directory.updateOrganisation(elsewhere).ok());

    REQUIRE(RecordEdits(*db).apply(patch).ok());
    auto stored = directory.organisation(before.meta.uuid);
    REQUIRE(stored.ok());
    CHECK(stored->districtUuids == QStringList{place(*db, u"Vahdat"_s)});
    CHECK(stored->phone == u"+992 90 111 2233"_s);
    CHECK(stored->expertiseUuids == before.expertiseUuids);

    REQUIRE(RecordEdits(*db).apply(patch.inverse()).ok());
    stored = directory.organisation(before.meta.uuid);
    QStringList back = stored->districtUuids;
    QStringList expected = before.districtUuids;
    back.sort();
    expected.sort();
    CHECK(back == expected);
    CHECK(stored->phone == u"+992 90 111 2233"_s);
}
