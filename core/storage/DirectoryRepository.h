#pragma once
// The directory of organisations, the services they offer and the referrals made to them (issue 19). The
// directory is shared by every laptop (it travels in every bundle); referrals belong to a team.
#include "../model/Directory.h"
#include "Repository.h"

namespace hamkori {

/// An organisation with what the directory's list and matrix show.
struct OrganisationSummary
{
    Organisation organisation;
    int services = 0;
    int referrals = 0; // live referrals to its services
};

/// A service with the names a list shows (kind and organisation).
struct ServiceSummary
{
    Service service;
    QString organisationName;
};

/// What the directory's list can be limited to; empty values mean "any".
struct DirectoryFilter
{
    QString text; // part of the name, short name, contact or address (case-folded)
    std::optional<OrganisationKind> kind;
    QString districtUuid;
    QString expertiseUuid;
    QString serviceKindUuid;
    bool networkMembersOnly = false;
};

class DirectoryRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRepository)
public:
    using Repository::Repository;

    Result<Organisation> createOrganisation(Organisation organisation);
    Result<void> updateOrganisation(const Organisation& organisation);
    /// Deletes it with its districts, expertise, services and the activities' partner links to it; members,
    /// activities and commitments that name it keep the name as a deleted entry.
    Result<QList<RecordRef>> deleteOrganisation(const QString& uuid);
    Result<Organisation> organisation(const QString& uuid);
    Result<QList<OrganisationSummary>> organisations(const DirectoryFilter& filter = {});
    /// The live organisation whose name or short name is exactly this (case-insensitive), if any: what an
    /// import matches a row with.
    Result<std::optional<Organisation>> organisationNamed(const QString& name);

    Result<Service> createService(Service service);
    Result<void> updateService(const Service& service);
    Result<QList<RecordRef>> deleteService(const QString& uuid);
    Result<Service> service(const QString& uuid);
    Result<QList<Service>> services(const QString& organisationUuid);
    /// Every live service, by organisation name: what a referral chooses from.
    Result<QList<ServiceSummary>> allServices();

    Result<Referral> createReferral(Referral referral);
    Result<void> updateReferral(const Referral& referral);
    Result<QList<RecordRef>> deleteReferral(const QString& uuid);
    Result<Referral> referral(const QString& uuid);
    /// A team's referrals, newest first; of one concern when concernUuid is given.
    Result<QList<Referral>> referrals(const QString& teamUuid, const QString& concernUuid = {});

    /// The directory entries an activity names as partners (besides its free text).
    Result<QStringList> activityPartners(const QString& activityUuid);
    /// Makes them exactly `organisationUuids`, in one transaction (a named operation: undo sets them back).
    Result<void> setActivityPartners(const QString& activityUuid, const QStringList& organisationUuids);

    // The fields as the journal and a FieldPatch see them (RecordEdits), association lists excluded.
    static Fields fieldsOf(const Organisation& record);
    static Organisation organisationFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const Service& record);
    static Service serviceFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const Referral& record);
    static Referral referralFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Organisation& organisation);
    Result<void> validate(const Service& service);
    Result<void> validate(const Referral& referral);
    Result<void> writeLists(const Organisation& organisation);
    Result<void> readLists(Organisation& organisation);
    Result<bool> isListEntry(const QString& uuid, ReferenceList list);
};

} // namespace hamkori
