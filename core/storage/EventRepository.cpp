#include "EventRepository.h"
#include "../model/Formats.h"
#include "Codes.h"
#include "Rows.h"

namespace hamkori {

namespace {

QString noEvent()
{
    return EventRepository::tr("This event no longer exists; it may have been deleted.");
}

Fields eventFields(const Event& e)
{
    return {{QStringLiteral("team"), e.teamUuid},
            {QStringLiteral("code"), e.code.trimmed()},
            {QStringLiteral("kind"), codeOf(e.kind)},
            {QStringLiteral("title"), e.title.trimmed()},
            {QStringLiteral("start_date"), e.start},
            {QStringLiteral("end_date"), e.end},
            {QStringLiteral("place"), e.place.trimmed()},
            {QStringLiteral("centre"), rows::reference(e.centreUuid)},
            {QStringLiteral("organisers"), e.organisers.trimmed()},
            {QStringLiteral("topics"), e.topics.trimmed()},
            {QStringLiteral("plan"), rows::reference(e.planUuid)},
            {QStringLiteral("activity"), rows::reference(e.activityUuid)},
            {QStringLiteral("test_out_of"), e.testOutOf},
            {QStringLiteral("questions"), e.questionList().join(QLatin1Char('\n'))}};
}

Event readEvent(const QSqlRecord& row)
{
    Event e;
    e.meta = rows::meta(row);
    e.teamUuid = rows::text(row, "team");
    e.code = rows::text(row, "code");
    e.kind = rows::enumValue(row, "kind", EventKind::Training);
    e.title = rows::text(row, "title");
    e.start = rows::date(row, "start_date");
    e.end = rows::date(row, "end_date");
    e.place = rows::text(row, "place");
    e.centreUuid = rows::text(row, "centre");
    e.organisers = rows::text(row, "organisers");
    e.topics = rows::text(row, "topics");
    e.planUuid = rows::text(row, "plan");
    e.activityUuid = rows::text(row, "activity");
    e.testOutOf = row.value(QStringLiteral("test_out_of")).toInt();
    e.questions = rows::text(row, "questions");
    return e;
}

// What EventRepository's templates need to know of each kind of record that hangs off an event.
template <class T> struct Child;

template <> struct Child<EventParticipant>
{
    static constexpr const char* kind = "event_participant";
    static constexpr const char* table = "event_participants";
    static constexpr const char* order = "name, uuid";
    static QString gone()
    {
        return EventRepository::tr("This participant is no longer on the event's list.");
    }
    static Fields fields(const EventParticipant& p)
    {
        return {{QStringLiteral("event"), p.eventUuid},
                {QStringLiteral("member"), p.memberUuid},
                {QStringLiteral("name"), p.name.trimmed()},
                {QStringLiteral("organisation"), p.organisation.trimmed()},
                {QStringLiteral("role"), codeOf(p.role)},
                {QStringLiteral("sex"), codeOf(p.sex)},
                {QStringLiteral("age_band"), codeOf(p.ageBand)}};
    }
    static EventParticipant read(const QSqlRecord& row)
    {
        EventParticipant p;
        p.meta = rows::meta(row);
        p.eventUuid = rows::text(row, "event");
        p.memberUuid = rows::text(row, "member");
        p.name = rows::text(row, "name");
        p.organisation = rows::text(row, "organisation");
        p.role = rows::enumValue(row, "role", ParticipantRole::Community);
        p.sex = rows::enumValue(row, "sex", Sex::Female);
        p.ageBand = rows::enumValue(row, "age_band", AgeBand::From30To49);
        return p;
    }
};

template <> struct Child<EventCount>
{
    static constexpr const char* kind = "event_count";
    static constexpr const char* table = "event_counts";
    static constexpr const char* order = "role, uuid";
    static QString gone() { return EventRepository::tr("These counted participants no longer exist."); }
    static Fields fields(const EventCount& c)
    {
        Fields fields{{QStringLiteral("event"), c.eventUuid}, {QStringLiteral("role"), codeOf(c.role)}};
        rows::appendCounts(fields, "people_", c.people);
        return fields;
    }
    static EventCount read(const QSqlRecord& row)
    {
        EventCount c;
        c.meta = rows::meta(row);
        c.eventUuid = rows::text(row, "event");
        c.role = rows::enumValue(row, "role", ParticipantRole::Community);
        c.people = rows::counts(row, "people_");
        return c;
    }
};

template <> struct Child<Trainer>
{
    static constexpr const char* kind = "event_trainer";
    static constexpr const char* table = "event_trainers";
    static constexpr const char* order = "name, uuid";
    static QString gone() { return EventRepository::tr("This trainer is no longer on the event."); }
    static Fields fields(const Trainer& t)
    {
        return {{QStringLiteral("event"), t.eventUuid},
                {QStringLiteral("name"), t.name.trimmed()},
                {QStringLiteral("organisation_ref"), rows::reference(t.organisationUuid)},
                {QStringLiteral("organisation"), t.organisation.trimmed()},
                {QStringLiteral("background"), codeOf(t.background)}};
    }
    static Trainer read(const QSqlRecord& row)
    {
        Trainer t;
        t.meta = rows::meta(row);
        t.eventUuid = rows::text(row, "event");
        t.name = rows::text(row, "name");
        t.organisationUuid = rows::text(row, "organisation_ref");
        t.organisation = rows::text(row, "organisation");
        t.background = rows::enumValue(row, "background", TrainerBackground::CivilSociety);
        return t;
    }
};

template <> struct Child<TestScore>
{
    static constexpr const char* kind = "event_test";
    static constexpr const char* table = "event_tests";
    static constexpr const char* order = "sheet, uuid";
    static QString gone() { return EventRepository::tr("This test sheet no longer exists."); }
    static Fields fields(const TestScore& t)
    {
        return {{QStringLiteral("event"), t.eventUuid},
                {QStringLiteral("sheet"), t.sheet},
                {QStringLiteral("pre"), rows::optionalNumber(t.pre)},
                {QStringLiteral("post"), rows::optionalNumber(t.post)}};
    }
    static TestScore read(const QSqlRecord& row)
    {
        TestScore t;
        t.meta = rows::meta(row);
        t.eventUuid = rows::text(row, "event");
        t.sheet = row.value(QStringLiteral("sheet")).toInt();
        t.pre = rows::optionalNumber(row, "pre");
        t.post = rows::optionalNumber(row, "post");
        return t;
    }
};

template <> struct Child<FeedbackSheet>
{
    static constexpr const char* kind = "event_feedback";
    static constexpr const char* table = "event_feedback";
    static constexpr const char* order = "sheet, uuid";
    static QString gone() { return EventRepository::tr("This feedback sheet no longer exists."); }
    static QString answerColumn(int q) { return QStringLiteral("answer_%1").arg(q + 1); }
    static Fields fields(const FeedbackSheet& f)
    {
        Fields fields{{QStringLiteral("event"), f.eventUuid}, {QStringLiteral("sheet"), f.sheet}};
        for (int q = 0; q < Event::kMaxQuestions; ++q)
            fields.append({answerColumn(q), f.answers[std::size_t(q)]});
        fields.append({QStringLiteral("comment"), f.comment.trimmed()});
        return fields;
    }
    static FeedbackSheet read(const QSqlRecord& row)
    {
        FeedbackSheet f;
        f.meta = rows::meta(row);
        f.eventUuid = rows::text(row, "event");
        f.sheet = row.value(QStringLiteral("sheet")).toInt();
        for (int q = 0; q < Event::kMaxQuestions; ++q)
            f.answers[std::size_t(q)] = row.value(answerColumn(q)).toInt();
        f.comment = rows::text(row, "comment");
        return f;
    }
};

template <> struct Child<FollowUp>
{
    static constexpr const char* kind = "event_follow_up";
    static constexpr const char* table = "event_follow_ups";
    static constexpr const char* order = "date, uuid";
    static QString gone() { return EventRepository::tr("This follow-up no longer exists."); }
    static Fields fields(const FollowUp& f)
    {
        return {{QStringLiteral("event"), f.eventUuid},
                {QStringLiteral("date"), f.date},
                {QStringLiteral("note"), f.note.trimmed()}};
    }
    static FollowUp read(const QSqlRecord& row)
    {
        FollowUp f;
        f.meta = rows::meta(row);
        f.eventUuid = rows::text(row, "event");
        f.date = rows::date(row, "date");
        f.note = rows::text(row, "note");
        return f;
    }
};

} // namespace

// Events ------------------------------------------------------------------------------------------------

Result<void> EventRepository::validate(const Event& event)
{
    if (!exists("team", event.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the group that held or recorded the event."));
    if (event.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), tr("Enter the title of the event."));
    if (!event.start.isValid())
        return fieldError(QStringLiteral("start_date"),
                          tr("Enter the first day of the event as dd.MM.yyyy."));
    if (event.end.isValid() && event.end < event.start)
        return fieldError(QStringLiteral("end_date"),
                          tr("The last day (%1) is before the first day (%2).")
                              .arg(Formats::date(event.end), Formats::date(event.start)));
    if (!event.centreUuid.isEmpty() && !exists("centre", event.centreUuid))
        return fieldError(QStringLiteral("centre"),
                          tr("The community policing centre chosen no longer exists. Choose another one."));
    if (event.testOutOf < 1)
        return fieldError(QStringLiteral("test_out_of"), tr("The highest test score must be at least 1."));
    if (event.questionList().size() > Event::kMaxQuestions)
        return fieldError(QStringLiteral("questions"),
                          tr("A feedback sheet can have at most %1 questions; this one has %2. Join or "
                             "remove some.")
                              .arg(Event::kMaxQuestions)
                              .arg(event.questionList().size()));
    if (auto served = checkServesOwn(event.teamUuid, event.planUuid, event.concernUuids); !served)
        return served;
    if (!event.activityUuid.isEmpty()) {
        auto activity = store().fetch(QStringLiteral("activity"), event.activityUuid);
        if (!activity)
            return activity.error();
        if (activity->isEmpty() || activity->value(QStringLiteral("deleted")).toInt() != 0 ||
            rows::text(*activity, "plan") != event.planUuid)
            return fieldError(QStringLiteral("activity"),
                              tr("The activity chosen is not in the action plan chosen. Choose the plan "
                                 "first, then one of its activities."));
    }
    for (const QString& organisation : event.organisationUuids)
        if (!exists("organisation", organisation))
            return fieldError(QStringLiteral("organisers"),
                              tr("An organiser chosen is no longer in the directory. Choose the organisers "
                                 "again."));
    return checkCodeFree("events", event.code, event.teamUuid, event.meta.uuid);
}

Result<void> EventRepository::readLists(Event& event)
{
    auto organisations = readList<QString>(
        QStringLiteral(
            "SELECT x.organisation FROM event_organisers x JOIN organisations o ON o.uuid = "
            "x.organisation WHERE x.event = ? AND x.deleted = 0 AND o.deleted = 0 ORDER BY o.name"),
        {event.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "organisation"); });
    if (!organisations)
        return organisations.error();
    event.organisationUuids = *organisations;
    auto concerns = readList<QString>(
        QStringLiteral("SELECT x.concern FROM event_concerns x JOIN concerns c ON c.uuid = x.concern WHERE "
                       "x.event = ? AND x.deleted = 0 AND c.deleted = 0 ORDER BY c.code"),
        {event.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "concern"); });
    if (!concerns)
        return concerns.error();
    event.concernUuids = *concerns;
    return {};
}

namespace {

/// Writes an event's lists (organisers, concerns) as association records.
Result<void> writeLists(const Event& event,
                        const std::function<Result<void>(const QString&, const QString&, const QString&,
                                                         const QStringList&)>& sync)
{
    if (auto done = sync(QStringLiteral("event_organiser"), QStringLiteral("event_organisers"),
                         QStringLiteral("organisation"), event.organisationUuids);
        !done)
        return done;
    return sync(QStringLiteral("event_concern"), QStringLiteral("event_concerns"), QStringLiteral("concern"),
                event.concernUuids);
}

} // namespace

Result<Event> EventRepository::createEvent(Event event)
{
    event.organisationUuids.removeDuplicates();
    event.concernUuids.removeDuplicates();
    if (auto valid = validate(event); !valid)
        return valid.error();
    event.meta.uuid = newUuid();
    auto sync = [&](const QString& kind, const QString& table, const QString& column,
                    const QStringList& wanted) {
        return syncAssociations(
            kind, table, QStringLiteral("event"), event.meta.uuid, column, wanted, [&](int i) {
                return Fields{{QStringLiteral("event"), event.meta.uuid}, {column, wanted[i]}};
            });
    };
    auto done = inTransaction([&]() -> Result<void> {
        if (event.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), event.teamUuid);
            if (!team)
                return team.error();
            auto code = codes::next(m_db.connection(), QStringLiteral("events"), event.teamUuid,
                                    codes::eventPrefix(rows::text(*team, "code"), event.start.year()), 2);
            if (!code)
                return code.error();
            event.code = *code;
        }
        if (auto inserted = store().insert(QStringLiteral("event"), event.meta.uuid, eventFields(event));
            !inserted)
            return inserted;
        return writeLists(event, sync);
    });
    if (!done)
        return done.error();
    return this->event(event.meta.uuid);
}

Result<void> EventRepository::updateEvent(const Event& given)
{
    Event event = given;
    event.organisationUuids.removeDuplicates();
    event.concernUuids.removeDuplicates();
    if (auto valid = validate(event); !valid)
        return valid;
    if (auto changed = updateRecord("event", event.meta.uuid, eventFields(event), noEvent()); !changed)
        return changed;
    auto sync = [&](const QString& kind, const QString& table, const QString& column,
                    const QStringList& wanted) {
        return syncAssociations(
            kind, table, QStringLiteral("event"), event.meta.uuid, column, wanted, [&](int i) {
                return Fields{{QStringLiteral("event"), event.meta.uuid}, {column, wanted[i]}};
            });
    };
    return inTransaction([&] { return writeLists(event, sync); });
}

Result<QList<RecordRef>> EventRepository::deleteEvent(const QString& uuid)
{
    return deleteRecord("event", uuid, noEvent());
}

Result<Event> EventRepository::event(const QString& uuid)
{
    auto found = readOne<Event>("event", uuid, readEvent, noEvent());
    if (!found)
        return found;
    if (auto lists = readLists(*found); !lists)
        return lists.error();
    return found;
}

Result<Event> EventRepository::eventByCode(const QString& code)
{
    // As meetingByCode: teams that share a code (made on two laptops) can give two events one code.
    auto found = readList<Event>(
        QStringLiteral("SELECT * FROM events WHERE (code = ? OR uuid = ?) AND deleted = 0 ORDER BY uuid"),
        {code, code}, readEvent);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no event with the code %1.").arg(code), {}};
    if (found->size() > 1) {
        QStringList ids;
        for (const Event& event : *found)
            ids << event.meta.uuid;
        return Error{tr("%n events have the code %1 (their teams share a code): ids %2. Name the event by "
                        "its id instead.",
                        nullptr, int(found->size()))
                         .arg(code, ids.join(QStringLiteral(", "))),
                     {}};
    }
    Event event = found->first();
    if (auto lists = readLists(event); !lists)
        return lists.error();
    return event;
}

Result<QList<EventSummary>> EventRepository::events(const QStringList& teamUuids, QDate from, QDate to)
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT e.*, t.name AS team_name, c.name AS centre_name, "
        "(SELECT COUNT(*) FROM event_participants p WHERE p.event = e.uuid AND p.deleted = 0) + "
        "(SELECT TOTAL(people_f_u18 + people_f_18_29 + people_f_30_49 + people_f_50p + people_m_u18 + "
        "people_m_18_29 + people_m_30_49 + people_m_50p) FROM event_counts n WHERE n.event = e.uuid AND "
        "n.deleted = 0) AS participants "
        "FROM events e JOIN teams t ON t.uuid = e.team LEFT JOIN centres c ON c.uuid = e.centre AND "
        "c.deleted = 0 WHERE e.deleted = 0 AND t.deleted = 0 ");
    if (from.isValid() && to.isValid()) {
        statement += QStringLiteral("AND e.start_date <= ? AND COALESCE(e.end_date, e.start_date) >= ? ");
        values << to.toString(Qt::ISODate) << from.toString(Qt::ISODate);
    }
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND e.team IN %1 ").arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY e.start_date DESC, e.code DESC");
    return readList<EventSummary>(statement, values, [](const QSqlRecord& row) {
        return EventSummary{readEvent(row), rows::text(row, "team_name"), rows::text(row, "centre_name"),
                            row.value(QStringLiteral("participants")).toInt()};
    });
}

// What hangs off an event ------------------------------------------------------------------------------

template <class T> Result<void> EventRepository::validateChild(const T& record)
{
    // EventRepository::tr, not tr: lupdate cannot tell the context inside a template.
    auto event = readOne<Event>("event", record.eventUuid, readEvent, noEvent());
    if (!event)
        return event.error();
    if constexpr (std::is_same_v<T, EventParticipant>) {
        if (record.name.trimmed().isEmpty())
            return fieldError(QStringLiteral("name"),
                              EventRepository::tr("Enter the participant's name, or choose a member."));
    } else if constexpr (std::is_same_v<T, EventCount>) {
        auto clash = sql::scalar(m_db.connection(),
                                 QStringLiteral("SELECT 1 FROM event_counts WHERE event = ? AND role = ? AND "
                                                "uuid <> ? AND deleted = 0"),
                                 {record.eventUuid, codeOf(record.role), record.meta.uuid});
        if (!clash)
            return clash.error();
        if (clash->isValid())
            return fieldError(
                QStringLiteral("role"),
                EventRepository::tr("People from «%1» are already counted for this event. Change that row "
                                    "instead.")
                    .arg(displayName(record.role)));
    } else if constexpr (std::is_same_v<T, Trainer>) {
        if (record.name.trimmed().isEmpty())
            return fieldError(QStringLiteral("name"), EventRepository::tr("Enter the trainer's name."));
        if (!record.organisationUuid.isEmpty() && !exists("organisation", record.organisationUuid))
            return fieldError(
                QStringLiteral("organisation_ref"),
                EventRepository::tr(
                    "The organisation chosen is no longer in the directory. Choose another one, "
                    "or type its name."));
    } else if constexpr (std::is_same_v<T, TestScore> || std::is_same_v<T, FeedbackSheet>) {
        auto clash =
            sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT 1 FROM %1 WHERE event = ? AND sheet = ? AND uuid <> ? "
                                       "AND deleted = 0")
                            .arg(QLatin1String(Child<T>::table)),
                        {record.eventUuid, record.sheet, record.meta.uuid});
        if (!clash)
            return clash.error();
        if (clash->isValid())
            return fieldError(
                QStringLiteral("sheet"),
                EventRepository::tr(
                    "Sheet %1 is already entered for this event. Give this sheet its own number.")
                    .arg(record.sheet));
        if constexpr (std::is_same_v<T, TestScore>) {
            if (!record.pre && !record.post)
                return fieldError(
                    QStringLiteral("pre"),
                    EventRepository::tr("Enter the score before the training, after it, or both."));
            for (const auto& score : {record.pre, record.post})
                if (score && *score > event->testOutOf)
                    return fieldError(
                        score == record.pre ? QStringLiteral("pre") : QStringLiteral("post"),
                        EventRepository::tr("A score of %1 is above the test's highest score, %2. Check the "
                                            "sheet, or the highest score of the event.")
                            .arg(*score)
                            .arg(event->testOutOf));
        } else {
            const int questions = int(event->questionList().size());
            bool answered = false;
            for (int q = 0; q < Event::kMaxQuestions; ++q) {
                const int answer = record.answers[std::size_t(q)];
                if (answer == 0)
                    continue;
                if (q >= questions)
                    return fieldError(QStringLiteral("answer_%1").arg(q + 1),
                                      EventRepository::tr(
                                          "The sheet answers question %1, but the event has %n question(s).",
                                          nullptr, questions)
                                          .arg(q + 1));
                answered = true;
            }
            if (!answered && record.comment.trimmed().isEmpty())
                return fieldError(
                    QStringLiteral("answer_1"),
                    EventRepository::tr("The sheet has no answer and no comment. Enter its answers 1–5."));
        }
    } else if constexpr (std::is_same_v<T, FollowUp>) {
        if (!record.date.isValid())
            return fieldError(QStringLiteral("date"),
                              EventRepository::tr("Enter the date of the follow-up as dd.MM.yyyy."));
        if (record.note.trimmed().isEmpty())
            return fieldError(QStringLiteral("note"),
                              EventRepository::tr("Write what was done to follow the event up."));
    }
    return {};
}

template <class T> Result<T> EventRepository::add(T record)
{
    if (auto valid = validateChild(record); !valid)
        return valid.error();
    record.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QString::fromLatin1(Child<T>::kind), record.meta.uuid,
                              Child<T>::fields(record));
    });
    if (!done)
        return done.error();
    return get<T>(record.meta.uuid);
}

template <class T> Result<void> EventRepository::update(const T& record)
{
    if (auto valid = validateChild(record); !valid)
        return valid;
    return updateRecord(Child<T>::kind, record.meta.uuid, Child<T>::fields(record), Child<T>::gone());
}

template <class T> Result<QList<RecordRef>> EventRepository::remove(const QString& uuid)
{
    return deleteRecord(Child<T>::kind, uuid, Child<T>::gone());
}

template <class T> Result<T> EventRepository::get(const QString& uuid)
{
    return readOne<T>(Child<T>::kind, uuid, &Child<T>::read, Child<T>::gone());
}

template <class T> Result<QList<T>> EventRepository::of(const QString& eventUuid)
{
    return readList<T>(QStringLiteral("SELECT * FROM %1 WHERE event = ? AND deleted = 0 ORDER BY %2")
                           .arg(QLatin1String(Child<T>::table), QLatin1String(Child<T>::order)),
                       {eventUuid}, &Child<T>::read);
}

template <class T> Result<int> EventRepository::nextSheet(const QString& eventUuid)
{
    auto highest = sql::scalar(m_db.connection(),
                               QStringLiteral("SELECT MAX(sheet) FROM %1 WHERE event = ? AND deleted = 0")
                                   .arg(QLatin1String(Child<T>::table)),
                               {eventUuid});
    if (!highest)
        return highest.error();
    return highest->toInt() + 1;
}

template <class T> Fields EventRepository::fieldsOf(const T& record)
{
    return Child<T>::fields(record);
}

template <class T> T EventRepository::fromRow(const QSqlRecord& row)
{
    return Child<T>::read(row);
}

#define HAMKORI_EVENT_CHILD(T)                                                                               \
    template Result<T> EventRepository::add<T>(T);                                                           \
    template Result<void> EventRepository::update<T>(const T&);                                              \
    template Result<QList<RecordRef>> EventRepository::remove<T>(const QString&);                            \
    template Result<T> EventRepository::get<T>(const QString&);                                              \
    template Result<QList<T>> EventRepository::of<T>(const QString&);                                        \
    template Fields EventRepository::fieldsOf<T>(const T&);                                                  \
    template T EventRepository::fromRow<T>(const QSqlRecord&);
HAMKORI_EVENT_CHILD(EventParticipant)
HAMKORI_EVENT_CHILD(EventCount)
HAMKORI_EVENT_CHILD(Trainer)
HAMKORI_EVENT_CHILD(TestScore)
HAMKORI_EVENT_CHILD(FeedbackSheet)
HAMKORI_EVENT_CHILD(FollowUp)
#undef HAMKORI_EVENT_CHILD
template Result<int> EventRepository::nextSheet<TestScore>(const QString&);
template Result<int> EventRepository::nextSheet<FeedbackSheet>(const QString&);

Result<EventPeople> EventRepository::people(const QString& eventUuid)
{
    auto named = of<EventParticipant>(eventUuid);
    if (!named)
        return named.error();
    auto counted = of<EventCount>(eventUuid);
    if (!counted)
        return counted.error();
    EventPeople people;
    for (const EventParticipant& p : *named) {
        ++people.named;
        people.bySexAndAge.set(p.sex, p.ageBand, people.bySexAndAge.at(p.sex, p.ageBand) + 1);
        people.byRole[p.role] += 1;
    }
    for (const EventCount& c : *counted) {
        people.counted += c.people.total();
        people.bySexAndAge += c.people;
        people.byRole[c.role] += c.people.total();
    }
    return people;
}

Result<analysis::TestResults> EventRepository::testResults(const QString& eventUuid)
{
    auto found = readOne<Event>("event", eventUuid, readEvent, noEvent());
    if (!found)
        return found.error();
    auto sheets = of<TestScore>(eventUuid);
    if (!sheets)
        return sheets.error();
    return analysis::testResults(*sheets, found->testOutOf);
}

Result<analysis::FeedbackResults> EventRepository::feedbackResults(const QString& eventUuid)
{
    auto found = readOne<Event>("event", eventUuid, readEvent, noEvent());
    if (!found)
        return found.error();
    auto sheets = of<FeedbackSheet>(eventUuid);
    if (!sheets)
        return sheets.error();
    return analysis::feedbackResults(*sheets, int(found->questionList().size()));
}

Fields EventRepository::fieldsOf(const Event& record)
{
    return eventFields(record);
}

Event EventRepository::eventFromRow(const QSqlRecord& row)
{
    return readEvent(row);
}

} // namespace hamkori
