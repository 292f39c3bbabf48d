#pragma once
// The one path of an edit made in the window: a FieldPatch (kind, record, the fields it changes) is applied
// by re-reading the stored record, laying exactly the patch's fields over it, and writing the result through
// the kind's repository, which validates it and journals the fields that changed, in one transaction. Undo
// applies the inverse patch the same way: a field changed since by someone else (an import, another page) is
// left as it is.
//
// A record's fields are its columns as its repository writes them (fieldsOf), plus, where a record owns a
// list of association records, that list as one field: an action plan's "concerns", a round's "criteria",
// "concerns" and "chosen"; an organisation's "districts" and "expertise"; a centre's "groups"; an event's
// "organisations" (its organisers in the directory) and "concerns"; a campaign's "channels" and "concerns".
#include "../Result.h"
#include "FieldPatch.h"
#include <QCoreApplication>
#include <functional>

namespace hamkori {

class Database;
struct ActionPlan;
struct Activity;
struct Campaign;
struct CampaignMaterial;
struct Centre;
struct CentreVisit;
struct Commitment;
struct Concern;
struct Equipment;
struct Event;
struct EventCount;
struct EventParticipant;
struct FeedbackSheet;
struct FollowUp;
struct GazetteerEntry;
struct Meeting;
struct Member;
struct Organisation;
struct PrioritisationRound;
struct ReferenceItem;
struct Referral;
struct Service;
struct Survey;
struct SurveyQuestion;
struct SurveyResponse;
struct SurveyTally;
struct Team;
struct TestScore;
struct Trainer;

class RecordEdits
{
    Q_DECLARE_TR_FUNCTIONS(RecordEdits)
public:
    explicit RecordEdits(Database& db) : m_db(db) {}

    // The patch between two versions of a record (what an editor changed).
    static FieldPatch patch(const ActionPlan& before, const ActionPlan& after);
    static FieldPatch patch(const Activity& before, const Activity& after);
    static FieldPatch patch(const Concern& before, const Concern& after);
    static FieldPatch patch(const GazetteerEntry& before, const GazetteerEntry& after);
    static FieldPatch patch(const Meeting& before, const Meeting& after);
    static FieldPatch patch(const Member& before, const Member& after);
    static FieldPatch patch(const PrioritisationRound& before, const PrioritisationRound& after);
    static FieldPatch patch(const ReferenceItem& before, const ReferenceItem& after);
    static FieldPatch patch(const Team& before, const Team& after);
    static FieldPatch patch(const Organisation& before, const Organisation& after);
    static FieldPatch patch(const Service& before, const Service& after);
    static FieldPatch patch(const Referral& before, const Referral& after);
    static FieldPatch patch(const Centre& before, const Centre& after);
    static FieldPatch patch(const Equipment& before, const Equipment& after);
    static FieldPatch patch(const CentreVisit& before, const CentreVisit& after);
    static FieldPatch patch(const Commitment& before, const Commitment& after);
    static FieldPatch patch(const Event& before, const Event& after);
    static FieldPatch patch(const EventParticipant& before, const EventParticipant& after);
    static FieldPatch patch(const EventCount& before, const EventCount& after);
    static FieldPatch patch(const Trainer& before, const Trainer& after);
    static FieldPatch patch(const TestScore& before, const TestScore& after);
    static FieldPatch patch(const FeedbackSheet& before, const FeedbackSheet& after);
    static FieldPatch patch(const FollowUp& before, const FollowUp& after);
    static FieldPatch patch(const Campaign& before, const Campaign& after);
    static FieldPatch patch(const CampaignMaterial& before, const CampaignMaterial& after);
    static FieldPatch patch(const Survey& before, const Survey& after);
    static FieldPatch patch(const SurveyQuestion& before, const SurveyQuestion& after);
    static FieldPatch patch(const SurveyResponse& before, const SurveyResponse& after);
    static FieldPatch patch(const SurveyTally& before, const SurveyTally& after);

    /// Applies the patches (several records: moving an activity changes two positions) and then `also`
    /// (a named operation of several records, such as moving concerns back after undoing an adoption), all in
    /// one transaction.
    Result<void> apply(const QList<FieldPatch>& patches, const std::function<Result<void>()>& also = {});
    Result<void> apply(const FieldPatch& patch) { return apply(QList<FieldPatch>{patch}); }

private:
    Result<void> applyOne(const FieldPatch& patch);

    Database& m_db;
};

} // namespace hamkori
