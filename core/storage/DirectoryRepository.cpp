#include "DirectoryRepository.h"
#include "Rows.h"
#include "Schema.h"

namespace hamkori {

namespace {

QString noOrganisation()
{
    return DirectoryRepository::tr("This organisation is no longer in the directory; it may have been "
                                   "deleted.");
}

Fields organisationFields(const Organisation& o)
{
    return {{QStringLiteral("name"), o.name.trimmed()},
            {QStringLiteral("short_name"), o.shortName.trimmed()},
            {QStringLiteral("kind"), codeOf(o.kind)},
            {QStringLiteral("address"), o.address.trimmed()},
            {QStringLiteral("contact_person"), o.contactPerson.trimmed()},
            {QStringLiteral("phone"), o.phone.trimmed()},
            {QStringLiteral("email"), o.email.trimmed()},
            {QStringLiteral("international_experience"), o.internationalExperience.trimmed()},
            {QStringLiteral("memorandum_signed"), o.memorandumSigned},
            {QStringLiteral("notes"), o.notes.trimmed()}};
}

Organisation readOrganisation(const QSqlRecord& row)
{
    Organisation o;
    o.meta = rows::meta(row);
    o.name = rows::text(row, "name");
    o.shortName = rows::text(row, "short_name");
    o.kind = rows::enumValue(row, "kind", OrganisationKind::Other);
    o.address = rows::text(row, "address");
    o.contactPerson = rows::text(row, "contact_person");
    o.phone = rows::text(row, "phone");
    o.email = rows::text(row, "email");
    o.internationalExperience = rows::text(row, "international_experience");
    o.memorandumSigned = rows::date(row, "memorandum_signed");
    o.notes = rows::text(row, "notes");
    return o;
}

Fields serviceFields(const Service& s)
{
    return {{QStringLiteral("organisation"), s.organisationUuid},
            {QStringLiteral("kind"), s.kindUuid},
            {QStringLiteral("description"), s.description.trimmed()}};
}

Service readService(const QSqlRecord& row)
{
    Service s;
    s.meta = rows::meta(row);
    s.organisationUuid = rows::text(row, "organisation");
    s.kindUuid = rows::text(row, "kind");
    s.description = rows::text(row, "description");
    return s;
}

Fields referralFields(const Referral& r)
{
    Fields fields{{QStringLiteral("team"), r.teamUuid},
                  {QStringLiteral("concern"), rows::reference(r.concernUuid)},
                  {QStringLiteral("service"), r.serviceUuid},
                  {QStringLiteral("date"), r.date}};
    rows::appendCounts(fields, "people_", r.people);
    fields.append({QStringLiteral("outcome"), codeOf(r.outcome)});
    return fields;
}

Referral readReferral(const QSqlRecord& row)
{
    Referral r;
    r.meta = rows::meta(row);
    r.teamUuid = rows::text(row, "team");
    r.concernUuid = rows::text(row, "concern");
    r.serviceUuid = rows::text(row, "service");
    r.date = rows::date(row, "date");
    r.people = rows::counts(row, "people_");
    r.outcome = rows::enumValue(row, "outcome", ReferralOutcome::Unknown);
    return r;
}

// An e-mail address as people write them: something@something.something, no spaces.
bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1 && !text.endsWith(QLatin1Char('.')) &&
           !text.contains(QLatin1Char(' ')) && text.count(QLatin1Char('@')) == 1;
}

bool matchesText(const OrganisationSummary& summary, const QString& folded)
{
    const Organisation& o = summary.organisation;
    for (const QString& text : {o.name, o.shortName, o.contactPerson, o.address, o.notes})
        if (schema::searchFoldText(text.toLower()).contains(folded))
            return true;
    return false;
}

} // namespace

Result<bool> DirectoryRepository::isListEntry(const QString& uuid, ReferenceList list)
{
    auto item = store().fetch(QStringLiteral("reference_item"), uuid);
    if (!item)
        return item.error();
    return !item->isEmpty() && item->value(QStringLiteral("deleted")).toInt() == 0 &&
           rows::text(*item, "list") == codeOf(list);
}

Result<void> DirectoryRepository::validate(const Organisation& organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("Enter the name of the organisation."));
    const QString email = organisation.email.trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        return fieldError(
            QStringLiteral("email"),
            tr("«%1» is not an e-mail address. Write it as name@example.tj, or leave it empty.").arg(email));
    for (const QString& district : organisation.districtUuids)
        if (!exists("gazetteer", district))
            return fieldError(
                QStringLiteral("districts"),
                tr("A district chosen is not in the list of places. Choose the districts again."));
    for (const QString& expertise : organisation.expertiseUuids) {
        auto listed = isListEntry(expertise, ReferenceList::Expertise);
        if (!listed)
            return listed.error();
        if (!*listed)
            return fieldError(QStringLiteral("expertise"),
                              tr("A field of expertise chosen is no longer in the list. Choose them again."));
    }
    return {};
}

Result<void> DirectoryRepository::writeLists(const Organisation& organisation)
{
    const QString uuid = organisation.meta.uuid;
    if (auto districts = syncAssociations(
            QStringLiteral("organisation_district"), QStringLiteral("organisation_districts"),
            QStringLiteral("organisation"), uuid, QStringLiteral("district"), organisation.districtUuids,
            [&](int i) {
                return Fields{{QStringLiteral("organisation"), uuid},
                              {QStringLiteral("district"), organisation.districtUuids[i]}};
            });
        !districts)
        return districts;
    return syncAssociations(QStringLiteral("organisation_expertise"),
                            QStringLiteral("organisation_expertise"), QStringLiteral("organisation"), uuid,
                            QStringLiteral("expertise"), organisation.expertiseUuids, [&](int i) {
                                return Fields{{QStringLiteral("organisation"), uuid},
                                              {QStringLiteral("expertise"), organisation.expertiseUuids[i]}};
                            });
}

Result<void> DirectoryRepository::readLists(Organisation& organisation)
{
    auto districts = readList<QString>(
        QStringLiteral(
            "SELECT d.district FROM organisation_districts d JOIN gazetteer g ON g.uuid = d.district "
            "WHERE d.organisation = ? AND d.deleted = 0 ORDER BY g.name_en"),
        {organisation.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "district"); });
    if (!districts)
        return districts.error();
    organisation.districtUuids = *districts;
    auto expertise = readList<QString>(
        QStringLiteral(
            "SELECT e.expertise FROM organisation_expertise e JOIN reference_items r ON r.uuid = "
            "e.expertise WHERE e.organisation = ? AND e.deleted = 0 ORDER BY r.position, r.name_en"),
        {organisation.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "expertise"); });
    if (!expertise)
        return expertise.error();
    organisation.expertiseUuids = *expertise;
    return {};
}

Result<Organisation> DirectoryRepository::createOrganisation(Organisation organisation)
{
    organisation.districtUuids.removeDuplicates();
    organisation.expertiseUuids.removeDuplicates();
    if (auto valid = validate(organisation); !valid)
        return valid.error();
    organisation.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (auto inserted = store().insert(QStringLiteral("organisation"), organisation.meta.uuid,
                                           organisationFields(organisation));
            !inserted)
            return inserted;
        return writeLists(organisation);
    });
    if (!done)
        return done.error();
    return this->organisation(organisation.meta.uuid);
}

Result<void> DirectoryRepository::updateOrganisation(const Organisation& given)
{
    Organisation organisation = given;
    organisation.districtUuids.removeDuplicates();
    organisation.expertiseUuids.removeDuplicates();
    if (auto valid = validate(organisation); !valid)
        return valid;
    if (!exists("organisation", organisation.meta.uuid))
        return Error{noOrganisation(), {}};
    return inTransaction([&]() -> Result<void> {
        if (auto changed = store().update(QStringLiteral("organisation"), organisation.meta.uuid,
                                          organisationFields(organisation));
            !changed)
            return changed.error();
        return writeLists(organisation);
    });
}

Result<QList<RecordRef>> DirectoryRepository::deleteOrganisation(const QString& uuid)
{
    return deleteRecord("organisation", uuid, noOrganisation());
}

Result<Organisation> DirectoryRepository::organisation(const QString& uuid)
{
    auto found = readOne<Organisation>("organisation", uuid, readOrganisation, noOrganisation());
    if (!found)
        return found;
    if (auto lists = readLists(*found); !lists)
        return lists.error();
    return found;
}

Result<QList<OrganisationSummary>> DirectoryRepository::organisations(const DirectoryFilter& filter)
{
    QString statement = QStringLiteral(
        "SELECT o.*, (SELECT COUNT(*) FROM services s WHERE s.organisation = o.uuid AND s.deleted = 0) AS "
        "service_count, (SELECT COUNT(*) FROM referrals r JOIN services s ON s.uuid = r.service WHERE "
        "s.organisation = o.uuid AND r.deleted = 0) AS referral_count FROM organisations o WHERE o.deleted = "
        "0 ");
    QVariantList values;
    if (filter.kind) {
        statement += QStringLiteral("AND o.kind = ? ");
        values << codeOf(*filter.kind);
    }
    if (!filter.districtUuid.isEmpty()) {
        statement += QStringLiteral("AND EXISTS (SELECT 1 FROM organisation_districts d WHERE d.organisation "
                                    "= o.uuid AND d.district = ? AND d.deleted = 0) ");
        values << filter.districtUuid;
    }
    if (!filter.expertiseUuid.isEmpty()) {
        statement += QStringLiteral("AND EXISTS (SELECT 1 FROM organisation_expertise e WHERE e.organisation "
                                    "= o.uuid AND e.expertise = ? AND e.deleted = 0) ");
        values << filter.expertiseUuid;
    }
    if (!filter.serviceKindUuid.isEmpty()) {
        statement += QStringLiteral("AND EXISTS (SELECT 1 FROM services s WHERE s.organisation = o.uuid AND "
                                    "s.kind = ? AND s.deleted = 0) ");
        values << filter.serviceKindUuid;
    }
    if (filter.networkMembersOnly)
        statement += QStringLiteral("AND o.memorandum_signed IS NOT NULL ");
    statement += QStringLiteral("ORDER BY o.name COLLATE NOCASE, o.uuid");
    auto found = readList<OrganisationSummary>(statement, values, [](const QSqlRecord& row) {
        OrganisationSummary summary;
        summary.organisation = readOrganisation(row);
        summary.services = row.value(QStringLiteral("service_count")).toInt();
        summary.referrals = row.value(QStringLiteral("referral_count")).toInt();
        return summary;
    });
    if (!found)
        return found;
    const QString folded = schema::searchFoldText(filter.text.trimmed().toLower());
    QList<OrganisationSummary> kept;
    for (OrganisationSummary& summary : *found) {
        if (!folded.isEmpty() && !matchesText(summary, folded))
            continue;
        if (auto lists = readLists(summary.organisation); !lists)
            return lists.error();
        kept.append(summary);
    }
    return kept;
}

Result<std::optional<Organisation>> DirectoryRepository::organisationNamed(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted.isEmpty())
        return std::optional<Organisation>();
    auto all = readList<Organisation>(
        QStringLiteral("SELECT * FROM organisations WHERE deleted = 0 ORDER BY created_hlc, uuid"), {},
        readOrganisation);
    if (!all)
        return all.error();
    for (Organisation& organisation : *all)
        if (organisation.name.trimmed().toLower() == wanted ||
            (!organisation.shortName.isEmpty() && organisation.shortName.trimmed().toLower() == wanted)) {
            if (auto lists = readLists(organisation); !lists)
                return lists.error();
            return std::optional<Organisation>(organisation);
        }
    return std::optional<Organisation>();
}

Result<void> DirectoryRepository::validate(const Service& service)
{
    if (!exists("organisation", service.organisationUuid))
        return fieldError(QStringLiteral("organisation"), noOrganisation());
    auto listed = isListEntry(service.kindUuid, ReferenceList::Service);
    if (!listed)
        return listed.error();
    if (!*listed)
        return fieldError(QStringLiteral("kind"), tr("Choose the kind of service from the list."));
    return {};
}

Result<Service> DirectoryRepository::createService(Service service)
{
    if (auto valid = validate(service); !valid)
        return valid.error();
    service.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("service"), service.meta.uuid, serviceFields(service)); });
    if (!done)
        return done.error();
    return this->service(service.meta.uuid);
}

Result<void> DirectoryRepository::updateService(const Service& service)
{
    if (auto valid = validate(service); !valid)
        return valid;
    return updateRecord("service", service.meta.uuid, serviceFields(service),
                        tr("This service no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> DirectoryRepository::deleteService(const QString& uuid)
{
    return deleteRecord("service", uuid, tr("This service no longer exists; it may have been deleted."));
}

Result<Service> DirectoryRepository::service(const QString& uuid)
{
    return readOne<Service>("service", uuid, readService,
                            tr("This service no longer exists; it may have been deleted."));
}

Result<QList<Service>> DirectoryRepository::services(const QString& organisationUuid)
{
    return readList<Service>(
        QStringLiteral("SELECT s.* FROM services s JOIN reference_items r ON r.uuid = s.kind WHERE "
                       "s.organisation = ? AND s.deleted = 0 ORDER BY r.position, s.created_hlc"),
        {organisationUuid}, readService);
}

Result<QList<ServiceSummary>> DirectoryRepository::allServices()
{
    return readList<ServiceSummary>(
        QStringLiteral(
            "SELECT s.*, o.name AS organisation_name FROM services s JOIN organisations o ON o.uuid "
            "= s.organisation JOIN reference_items r ON r.uuid = s.kind WHERE s.deleted = 0 AND "
            "o.deleted = 0 ORDER BY o.name COLLATE NOCASE, r.position, s.uuid"),
        {}, [](const QSqlRecord& row) {
            return ServiceSummary{readService(row), rows::text(row, "organisation_name")};
        });
}

Result<void> DirectoryRepository::validate(const Referral& referral)
{
    if (!exists("team", referral.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team that made the referral."));
    if (!referral.date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the referral as dd.MM.yyyy."));
    if (!exists("service", referral.serviceUuid))
        return fieldError(QStringLiteral("service"),
                          tr("Choose the service people were referred to from the directory."));
    if (!referral.concernUuid.isEmpty()) {
        auto concern = store().fetch(QStringLiteral("concern"), referral.concernUuid);
        if (!concern)
            return concern.error();
        if (concern->isEmpty() || concern->value(QStringLiteral("deleted")).toInt() != 0 ||
            rows::text(*concern, "team") != referral.teamUuid)
            return fieldError(
                QStringLiteral("concern"),
                tr("The concern chosen is not one of this team's. Choose one of its concerns, or "
                   "none."));
    }
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        if (referral.people.cell(i) < 0)
            return fieldError(QStringLiteral("people"), tr("The number of people cannot be negative."));
    if (referral.people.total() == 0)
        return fieldError(QStringLiteral("people"),
                          tr("Enter how many people were referred, by sex and age. Names are never kept."));
    return {};
}

Result<Referral> DirectoryRepository::createReferral(Referral referral)
{
    if (auto valid = validate(referral); !valid)
        return valid.error();
    referral.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("referral"), referral.meta.uuid, referralFields(referral));
    });
    if (!done)
        return done.error();
    return this->referral(referral.meta.uuid);
}

Result<void> DirectoryRepository::updateReferral(const Referral& referral)
{
    if (auto valid = validate(referral); !valid)
        return valid;
    return updateRecord("referral", referral.meta.uuid, referralFields(referral),
                        tr("This referral no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> DirectoryRepository::deleteReferral(const QString& uuid)
{
    return deleteRecord("referral", uuid, tr("This referral no longer exists; it may have been deleted."));
}

Result<Referral> DirectoryRepository::referral(const QString& uuid)
{
    return readOne<Referral>("referral", uuid, readReferral,
                             tr("This referral no longer exists; it may have been deleted."));
}

Result<QList<Referral>> DirectoryRepository::referrals(const QString& teamUuid, const QString& concernUuid)
{
    if (concernUuid.isEmpty())
        return readList<Referral>(
            QStringLiteral("SELECT * FROM referrals WHERE team = ? AND deleted = 0 ORDER "
                           "BY date DESC, created_hlc DESC"),
            {teamUuid}, readReferral);
    return readList<Referral>(QStringLiteral("SELECT * FROM referrals WHERE team = ? AND concern = ? AND "
                                             "deleted = 0 ORDER BY date DESC, created_hlc DESC"),
                              {teamUuid, concernUuid}, readReferral);
}

Result<QStringList> DirectoryRepository::activityPartners(const QString& activityUuid)
{
    return readList<QString>(
        QStringLiteral(
            "SELECT p.organisation FROM activity_partners p JOIN organisations o ON o.uuid = "
            "p.organisation WHERE p.activity = ? AND p.deleted = 0 ORDER BY o.name COLLATE NOCASE"),
        {activityUuid}, [](const QSqlRecord& row) { return rows::text(row, "organisation"); });
}

Result<void> DirectoryRepository::setActivityPartners(const QString& activityUuid,
                                                      const QStringList& organisationUuids)
{
    if (!exists("activity", activityUuid))
        return Error{tr("This activity no longer exists; it may have been deleted."), {}};
    QStringList wanted = organisationUuids;
    wanted.removeDuplicates();
    for (const QString& organisation : wanted)
        if (!exists("organisation", organisation))
            return fieldError(QStringLiteral("partners"), noOrganisation());
    return inTransaction([&] {
        return syncAssociations(QStringLiteral("activity_partner"), QStringLiteral("activity_partners"),
                                QStringLiteral("activity"), activityUuid, QStringLiteral("organisation"),
                                wanted, [&](int i) {
                                    return Fields{{QStringLiteral("activity"), activityUuid},
                                                  {QStringLiteral("organisation"), wanted[i]}};
                                });
    });
}

Fields DirectoryRepository::fieldsOf(const Organisation& record)
{
    return organisationFields(record);
}
Organisation DirectoryRepository::organisationFromRow(const QSqlRecord& row)
{
    return readOrganisation(row);
}
Fields DirectoryRepository::fieldsOf(const Service& record)
{
    return serviceFields(record);
}
Service DirectoryRepository::serviceFromRow(const QSqlRecord& row)
{
    return readService(row);
}
Fields DirectoryRepository::fieldsOf(const Referral& record)
{
    return referralFields(record);
}
Referral DirectoryRepository::referralFromRow(const QSqlRecord& row)
{
    return readReferral(row);
}

} // namespace hamkori
