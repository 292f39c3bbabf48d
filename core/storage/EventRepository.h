#pragma once
// Events and what hangs off them (issue 20): participants named and counted, trainers, test and feedback
// sheets, follow-ups. An event travels with its team; its people, sheets and follow-ups with the event.
#include "../analysis/TrainingResults.h"
#include "../model/Event.h"
#include "Repository.h"

namespace hamkori {

/// An event with the names and totals a list shows.
struct EventSummary
{
    Event event;
    QString teamName;
    QString centreName;
    int participants = 0; // named and counted
};

/// Who took part in an event: the named and the counted together.
struct EventPeople
{
    int named = 0;
    int counted = 0;
    SexAgeCounts bySexAndAge;
    QMap<ParticipantRole, int> byRole;
    int total() const { return named + counted; }
};

class EventRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-E-2026-04) when the event has none.
    Result<Event> createEvent(Event event);
    Result<void> updateEvent(const Event& event);
    /// Deletes it with its participants, sheets, trainers and follow-ups; progress updates that name it
    /// keep naming it as a deleted event.
    Result<QList<RecordRef>> deleteEvent(const QString& uuid);
    Result<Event> event(const QString& uuid);
    /// By its code (ISF-E-2026-03), or by its id when two teams that share a code made the same code.
    Result<Event> eventByCode(const QString& code);
    /// The events of these teams (all teams when empty) that overlap `from`–`to` (any date when invalid),
    /// newest first.
    Result<QList<EventSummary>> events(const QStringList& teamUuids, QDate from = {}, QDate to = {});

    // What hangs off an event, one kind at a time: EventParticipant, EventCount, Trainer, TestScore,
    // FeedbackSheet and FollowUp. Each is validated against its event.
    template <class T> Result<T> add(T record);
    template <class T> Result<void> update(const T& record);
    template <class T> Result<QList<RecordRef>> remove(const QString& uuid);
    template <class T> Result<T> get(const QString& uuid);
    /// In the order people read them: participants by name, counts by role, trainers by name, sheets by
    /// number, follow-ups by date.
    template <class T> Result<QList<T>> of(const QString& eventUuid);

    Result<EventPeople> people(const QString& eventUuid);
    Result<analysis::TestResults> testResults(const QString& eventUuid);
    Result<analysis::FeedbackResults> feedbackResults(const QString& eventUuid);
    /// The next free sheet number of a kind of sheet (TestScore or FeedbackSheet) of an event.
    template <class T> Result<int> nextSheet(const QString& eventUuid);

    // The fields as the journal and a FieldPatch see them (RecordEdits), the lists excluded.
    static Fields fieldsOf(const Event& record);
    static Event eventFromRow(const QSqlRecord& row);
    template <class T> static Fields fieldsOf(const T& record);
    template <class T> static T fromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Event& event);
    template <class T> Result<void> validateChild(const T& record);
    Result<void> readLists(Event& event);
};

} // namespace hamkori
