#pragma once
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>
#include <optional>

namespace hamkori {

struct ActionPlan
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-AP-2026-01, made by the repository when empty
    QString title;
    QDate periodStart;
    QDate periodEnd;
    QStringList concernUuids; // the concerns it addresses
    QString objective;
    QString adoptedMeetingUuid;
    QString adoptedMinutesNumber;
    QString approverName; // «УТВЕРЖДАЮ»: the Hukumat's approver, as the signature prints it
    QString approverPost;
    QString agreerName; // «СОГЛАСОВАНО»: the one who agrees it, normally the district police chief
    QString agreerPost;
    QString outgoingNumber;  // the document's outgoing registration number, may be empty
    QString ordinanceNumber; // "Annex to the ordinance No. … of …": both may be empty
    QDate ordinanceDate;
    PlanStatus status = PlanStatus::Draft;

    /// Takes the approver and the agreer (names and posts) of another plan; nothing else.
    void copySignatoriesFrom(const ActionPlan& other)
    {
        approverName = other.approverName;
        approverPost = other.approverPost;
        agreerName = other.agreerName;
        agreerPost = other.agreerPost;
    }
};

struct Activity
{
    RecordMeta meta;
    QString planUuid;
    int position = 0; // order within the plan (№ in the printed table)
    QString measure;
    QString leadBodyUuid; // a reference item of the LeadBody list
    QString partners;
    QDate start;
    QDate deadline;
    QString resources;
    QString fundingSourceUuid; // a reference item of the FundingSource list, may be empty
    double amountSomoni = 0;
    QString outputIndicator;
    QString outcomeIndicator;
    std::optional<double> outcomeBaseline;
    std::optional<double> outcomeTarget;
    QString verification; // means of verification
    QString risks;
    QString genderConflictNotes;
    ActivityStatus status = ActivityStatus::Planned;
    QString leadOrganisationUuid; // the directory entry of the lead body, when chosen (may be empty)

    bool isOverdueOn(QDate day) const
    {
        return deadline.isValid() && deadline < day && status != ActivityStatus::Done &&
               status != ActivityStatus::Cancelled;
    }
};

struct ProgressUpdate
{
    RecordMeta meta;
    QString activityUuid;
    QDate date;
    ActivityStatus status = ActivityStatus::InProgress;
    QString note;
    SexAgeCounts reached; // people reached directly
    int reachedIndirectly = 0;
    double spentSomoni = 0;
    // The event or campaign that carried it out (issue 20), at most one: the people it reached are then
    // counted there, once, and this update's own reach figures are left out of every total.
    QString eventUuid;
    QString campaignUuid;
    bool countsItsOwnReach() const { return eventUuid.isEmpty() && campaignUuid.isEmpty(); }
};

struct IndicatorReading
{
    RecordMeta meta;
    QString activityUuid;
    QDate date;
    double value = 0;
    QString note;
};

} // namespace hamkori
