#include "DirectoryLoader.h"
#include "../storage/CentreRepository.h"
#include "../storage/CommitmentRepository.h"
#include "../storage/DirectoryRepository.h"
#include "../storage/MeetingRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "DemoFile.h"
#include "JsonReader.h"
#include <QFile>
#include <QJsonDocument>

namespace hamkori::demo {

namespace {

template <typename E> E enumOf(const JsonReader& json, const char* key, E fallback)
{
    return enumFromCode<E>(json.text(key)).value_or(fallback);
}

SexAgeCounts countsOf(const JsonReader& json)
{
    SexAgeCounts result;
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        result.setCell(i, json.integer(SexAgeCounts::cellCodes()[std::size_t(i)]));
    return result;
}

QString at(const QStringList& list, int index)
{
    return index >= 0 && index < list.size() ? list[index] : QString();
}

class Loader
{
public:
    Loader(Database& db, const QHash<QString, LoadedTeam>& teams, DirectoryReport& report)
        : m_db(db), m_teams(teams), m_report(report), m_references(db), m_directory(db)
    {
    }

    Result<void> load(const JsonReader& file)
    {
        if (auto done = loadOrganisations(file.array("organisations")); !done)
            return done;
        if (auto done = loadCentres(file.array("centres")); !done)
            return done;
        if (auto done = loadCommitments(file.array("commitments")); !done)
            return done;
        if (auto done = loadReferrals(file.array("referrals")); !done)
            return done;
        return linkMembers();
    }

private:
    Result<QString> place(const QString& name)
    {
        auto found = m_references.findPlace(name);
        if (!found)
            return found.error();
        return found->meta.uuid;
    }

    Result<QString> listEntry(ReferenceList list, const QString& code)
    {
        auto item = m_references.itemByCode(list, code);
        if (!item)
            return item.error();
        return item->meta.uuid;
    }

    Result<void> loadOrganisations(const QList<JsonReader>& entries)
    {
        for (const JsonReader& json : entries) {
            auto known = m_directory.organisationNamed(json.text("name"));
            if (!known)
                return known.error();
            if (*known) {
                m_organisations.insert(json.text("name"), (*known)->meta.uuid);
                continue;
            }
            Organisation organisation;
            organisation.name = json.text("name");
            organisation.shortName = json.text("short_name");
            organisation.kind = enumOf(json, "kind", OrganisationKind::Other);
            organisation.address = json.text("address");
            organisation.contactPerson = json.text("contact_person");
            organisation.phone = json.text("phone");
            organisation.email = json.text("email");
            organisation.internationalExperience = json.text("international_experience");
            organisation.memorandumSigned = json.date("memorandum_signed");
            organisation.notes = json.text("notes");
            for (const QString& district : json.texts("districts")) {
                auto uuid = place(district);
                if (!uuid)
                    return uuid.error();
                organisation.districtUuids << *uuid;
            }
            for (const QString& code : json.texts("expertise")) {
                auto uuid = listEntry(ReferenceList::Expertise, code);
                if (!uuid)
                    return uuid.error();
                organisation.expertiseUuids << *uuid;
            }
            auto created = m_directory.createOrganisation(organisation);
            if (!created)
                return Error{created.errorMessage() + QStringLiteral(" (") + organisation.name + u')', {}};
            m_organisations.insert(organisation.name, created->meta.uuid);
            ++m_report.organisations;
            for (const JsonReader& offered : json.array("services")) {
                Service service;
                service.organisationUuid = created->meta.uuid;
                auto kind = listEntry(ReferenceList::Service, offered.text("kind"));
                if (!kind)
                    return kind.error();
                service.kindUuid = *kind;
                service.description = offered.text("description");
                auto made = m_directory.createService(service);
                if (!made)
                    return made.error();
                m_services.insert({created->meta.uuid, offered.text("kind")}, made->meta.uuid);
                ++m_report.services;
            }
        }
        return {};
    }

    Result<void> loadCentres(const QList<JsonReader>& entries)
    {
        CentreRepository centres(m_db);
        auto existing = centres.centres();
        if (!existing)
            return existing.error();
        MeetingRepository meetings(m_db);
        for (const JsonReader& json : entries) {
            const bool known = std::any_of(existing->begin(), existing->end(),
                                           [&](const Centre& c) { return c.name == json.text("name"); });
            if (known)
                continue;
            Centre centre;
            centre.name = json.text("name");
            auto district = place(json.text("district"));
            if (!district)
                return district.error();
            centre.districtUuid = *district;
            centre.jamoat = json.text("jamoat");
            centre.address = json.text("address");
            centre.opened = json.date("opened");
            centre.renovated = json.date("renovated");
            centre.hours = json.text("hours");
            centre.notes = json.text("notes");
            for (const QString& code : json.texts("groups"))
                if (m_teams.contains(code))
                    centre.teamUuids << m_teams.value(code).uuid;
            auto created = centres.createCentre(centre);
            if (!created)
                return Error{created.errorMessage() + QStringLiteral(" (") + centre.name + u')', {}};
            ++m_report.centres;
            for (const JsonReader& item : json.array("equipment")) {
                Equipment equipment;
                equipment.centreUuid = created->meta.uuid;
                equipment.item = item.text("item");
                equipment.quantity = item.integer("quantity", 1);
                equipment.condition = enumOf(item, "condition", EquipmentCondition::Good);
                if (auto made = centres.createEquipment(equipment); !made)
                    return made.error();
            }
            for (const JsonReader& day : json.array("visits")) {
                CentreVisit visit;
                visit.centreUuid = created->meta.uuid;
                visit.date = day.date("date");
                visit.visitors = countsOf(day);
                if (auto made = centres.createVisit(visit); !made)
                    return made.error();
                ++m_report.visits;
            }
            // The groups' meetings held in a community policing centre («… маркази ҳамкории милитсия …»,
            // «центр взаимодействия …») were held at this one; a health or youth centre is another place.
            for (const QString& team : created->teamUuids) {
                auto held = meetings.meetings(team);
                if (!held)
                    return held.error();
                for (Meeting meeting : *held)
                    if (meeting.place.contains(QStringLiteral("маркази ҳамкории"), Qt::CaseInsensitive) ||
                        meeting.place.contains(QStringLiteral("центр взаимодействия"), Qt::CaseInsensitive)) {
                        meeting.centreUuid = created->meta.uuid;
                        if (auto updated = meetings.updateMeeting(meeting); !updated)
                            return updated;
                    }
            }
        }
        return {};
    }

    Result<void> loadCommitments(const QList<JsonReader>& entries)
    {
        CommitmentRepository commitments(m_db);
        for (const JsonReader& json : entries) {
            if (!m_teams.contains(json.text("team")))
                continue;
            const LoadedTeam& team = m_teams[json.text("team")];
            Commitment commitment;
            commitment.teamUuid = team.uuid;
            commitment.kind = enumOf(json, "kind", CommitmentKind::Request);
            commitment.text = json.text("text");
            commitment.organisationUuid = m_organisations.value(json.text("organisation"));
            commitment.addressedTo = json.text("addressed_to");
            commitment.made = json.date("made");
            commitment.due = json.date("due");
            commitment.answer = json.text("answer");
            commitment.answered = json.date("answered");
            commitment.status = enumOf(json, "status", CommitmentStatus::Waiting);
            commitment.pledged = json.number("pledged").value_or(0);
            commitment.delivered = json.number("delivered").value_or(0);
            commitment.meetingUuid = at(team.meetings, json.integer("meeting", -1));
            if (json.boolean("plan"))
                commitment.planUuid = team.plan;
            auto created = commitments.createCommitment(commitment);
            if (!created)
                return Error{created.errorMessage() + QStringLiteral(" (") + commitment.text.left(40) + u')',
                             {}};
            ++m_report.commitments;
        }
        return {};
    }

    Result<void> loadReferrals(const QList<JsonReader>& entries)
    {
        for (const JsonReader& json : entries) {
            if (!m_teams.contains(json.text("team")))
                continue;
            const LoadedTeam& team = m_teams[json.text("team")];
            Referral referral;
            referral.teamUuid = team.uuid;
            referral.concernUuid = at(team.concerns, json.integer("concern", -1));
            referral.serviceUuid =
                m_services.value({m_organisations.value(json.text("organisation")), json.text("service")});
            referral.date = json.date("date");
            referral.people = countsOf(json);
            referral.outcome = enumOf(json, "outcome", ReferralOutcome::Unknown);
            auto created = m_directory.createReferral(referral);
            if (!created)
                return Error{created.errorMessage() + QStringLiteral(" (") + json.text("organisation") + u')',
                             {}};
            ++m_report.referrals;
        }
        return {};
    }

    /// A member whose organisation is in the directory by that very name points to it.
    Result<void> linkMembers()
    {
        TeamRepository teams(m_db);
        for (const LoadedTeam& team : m_teams) {
            auto members = teams.members(team.uuid);
            if (!members)
                return members.error();
            for (Member member : *members) {
                const QString organisation = m_organisations.value(member.organisation.trimmed());
                if (organisation.isEmpty() || member.organisationUuid == organisation)
                    continue;
                member.organisationUuid = organisation;
                if (auto updated = teams.updateMember(member); !updated)
                    return updated;
            }
        }
        return {};
    }

    Database& m_db;
    const QHash<QString, LoadedTeam>& m_teams;
    DirectoryReport& m_report;
    ReferenceRepository m_references;
    DirectoryRepository m_directory;
    QHash<QString, QString> m_organisations;                // name → uuid
    QHash<std::pair<QString, QString>, QString> m_services; // (organisation, kind code) → uuid
};

} // namespace

Result<DirectoryReport> loadDirectory(Database& db, const QHash<QString, LoadedTeam>& teams)
{
    auto document = readDemoFile(QStringLiteral("directory.json"));
    if (!document)
        return document.error();
    DirectoryReport report;
    Transaction transaction(db);
    if (auto loaded = Loader(db, teams, report).load(JsonReader(*document)); !loaded)
        return Error{brokenDemoData(loaded.errorMessage()), {}};
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace hamkori::demo
