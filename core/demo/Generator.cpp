#include "Generator.h"
#include "../model/PersonName.h"
#include "../storage/Codes.h"
#include "../storage/ConcernRepository.h"
#include "../storage/MeetingRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/PrioritisationRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "DirectoryGenerator.h"
#include "JsonReader.h"
#include "Signatories.h"
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace hamkori::demo {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
public:
    static QString noTexts()
    {
        return tr("The demo texts needed to generate data are missing from the program. Reinstall Hamkori.");
    }
    static QString noCodes()
    {
        return tr(
            "No free team code is left for a generated team. Generate into another data file (--database).");
    }
};

struct Rates
{
    int teams, firstYear, years, members, meetings, concerns, plans, activitiesPerPlan, updatesPerActivity;
    // Issue 19, in the demo's proportions (12 groups: 34 organisations, 4 centres, ~16 requests and ~20
    // referrals a year): organisations and centres in all, requests and referrals per team-year.
    int organisations, centres, commitments, referrals;
    // Issue 20, per team-year, in the demo's proportions (about 28 events and 4 campaigns a year over ten
    // teams), a little richer so that every team-year has a training.
    int events, campaigns;
    // Issue 21: sheets per survey round (±10%); a baseline and an endline every team-year, since the
    // generated plans run within a year.
    int surveySheets;
};

constexpr Rates kDistrict{1, 2023, 3, 14, 12, 40, 4, 5, 3, 6, 1, 4, 6, 4, 1, 200};
constexpr Rates kNational{40, 2016, 10, 15, 50, 250, 50, 5, 3, 120, 14, 6, 10, 4, 1, 200};

/// The kind of the generated team number `index`: mostly partnership teams, with public councils and
/// initiative groups among them as in the programme (about one in five and one in eight).
GroupKind kindOfTeam(int index)
{
    if (index % 5 == 3)
        return GroupKind::PublicCouncil;
    if (index % 8 == 6)
        return GroupKind::WomenInitiative;
    if (index % 13 == 9)
        return GroupKind::YouthInitiative;
    return GroupKind::PartnershipTeam;
}

QString namePrefix(GroupKind kind)
{
    switch (kind) {
    case GroupKind::PublicCouncil:
        return QStringLiteral("Шӯрои ҷамъиятии ");
    case GroupKind::WomenInitiative:
        return QStringLiteral("Гурӯҳи ташаббускори занони ");
    case GroupKind::YouthInitiative:
        return QStringLiteral("Гурӯҳи ташаббускори ҷавонони ");
    default:
        return QStringLiteral("ГҲМҶ ");
    }
}

/// Texts to draw from, collected from the demo content.
struct TextPool
{
    QStringList memberNames, organisations, posts, places, agendas, minutes, decisions, titles, descriptions,
        causes, effects, measures, partners, indicators, notes;

    static Result<TextPool> fromDemo()
    {
        QFile file(QStringLiteral(":/hamkori/demo/demo.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Messages::noTexts(), {}};
        TextPool pool;
        const JsonReader root(QJsonDocument::fromJson(file.readAll()).object());
        for (const JsonReader& team : root.array("teams")) {
            for (const JsonReader& m : team.array("members")) {
                pool.memberNames << m.text("name");
                pool.organisations << m.text("organisation");
                pool.posts << m.text("post");
            }
            for (const JsonReader& m : team.array("meetings")) {
                pool.places << m.text("place");
                pool.agendas << m.text("agenda");
                pool.minutes << m.text("minutes");
                pool.decisions << m.text("decisions");
            }
            for (const JsonReader& c : team.array("concerns")) {
                pool.titles << c.text("title");
                pool.descriptions << c.text("description");
                pool.places << c.text("place");
                pool.causes << c.texts("causes");
                pool.effects << c.texts("effects");
            }
            for (const JsonReader& a : team.object("plan").array("activities")) {
                pool.measures << a.text("measure");
                pool.partners << a.text("partners");
                pool.indicators << a.text("output_indicator");
                for (const JsonReader& u : a.array("updates"))
                    pool.notes << u.text("note");
            }
        }
        for (QStringList* list :
             {&pool.memberNames, &pool.organisations, &pool.posts, &pool.places, &pool.agendas, &pool.minutes,
              &pool.decisions, &pool.titles, &pool.descriptions, &pool.causes, &pool.effects, &pool.measures,
              &pool.partners, &pool.indicators, &pool.notes}) {
            list->removeAll(QString());
            if (list->isEmpty())
                return Error{Messages::noTexts(), {}};
        }
        return pool;
    }
};

class TeamGenerator
{
public:
    TeamGenerator(Database& db, const TextPool& texts, const Rates& rates, quint32 seed,
                  GenerateReport& report, DirectoryGenerator& directory, EventsGenerator& events,
                  SurveysGenerator& surveys)
        : m_db(db), m_texts(texts), m_rates(rates), m_random(seed), m_report(report), m_directory(directory),
          m_events(events), m_surveys(surveys)
    {
    }

    Result<void> createTeam(const GazetteerEntry& district, const QString& code, int index)
    {
        Team team;
        team.kind = kindOfTeam(index);
        team.name = namePrefix(team.kind) + district.nameTg;
        team.code = code;
        team.districtUuid = district.meta.uuid;
        team.jamoat = pick(m_texts.places);
        team.established = QDate(m_rates.firstYear, 1, 1).addDays(-int(m_random.bounded(400)));
        m_district = district;
        auto created = TeamRepository(m_db).createTeam(team);
        if (!created)
            return created.error();
        m_team = *created;
        ++m_report.teams;
        auto centre = m_directory.joinCentre(m_team.meta.uuid, district.meta.uuid, index);
        if (!centre)
            return centre.error();
        m_centre = *centre;
        return createMembers();
    }

    Result<void> generateYear(int year)
    {
        if (auto done = meetings(year); !done)
            return done;
        if (auto done = concerns(year); !done)
            return done;
        if (auto done = round(year); !done)
            return done;
        if (auto done = plans(year); !done)
            return done;
        if (auto done = m_directory.generateYear(m_team.meta.uuid, year, m_yearMeetings, m_yearConcerns,
                                                 m_rates.commitments, m_rates.referrals);
            !done)
            return done;
        if (auto done = m_events.generateYear(m_team.meta.uuid, year, m_memberRecords, m_yearConcerns,
                                              m_yearActivities, m_rates.events, m_rates.campaigns);
            !done)
            return done;
        return m_surveys.generateYear(m_team.meta.uuid, year, m_yearConcerns, m_rates.surveySheets);
    }

private:
    const QString& pick(const QStringList& list) { return list[int(m_random.bounded(int(list.size())))]; }
    template <typename E> E pickEnum() { return E(m_random.bounded(enumCount<E>())); }
    QDate dayOf(int year, int index, int count)
    {
        return QDate(year, 1, 1)
            .addDays(std::min(364, index * 365 / std::max(1, count) + int(m_random.bounded(5))));
    }
    SexAgeCounts someone(int scale)
    {
        SexAgeCounts counts;
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            counts.setCell(i, int(m_random.bounded(scale + 1)));
        return counts;
    }

    Result<QString> reference(ReferenceList list)
    {
        auto& cached = m_references[int(list)];
        if (cached.isEmpty()) {
            auto items = ReferenceRepository(m_db).items(list);
            if (!items)
                return items.error();
            for (const ReferenceItem& item : *items)
                cached << item.meta.uuid;
        }
        return pick(cached);
    }

    Result<void> createMembers()
    {
        TeamRepository teams(m_db);
        for (int i = 0; i < m_rates.members; ++i) {
            Member member;
            member.teamUuid = m_team.meta.uuid;
            member.name = pick(m_texts.memberNames);
            member.category = MemberCategory(i % enumCount<MemberCategory>());
            member.sex = i % 2 == 0 ? Sex::Female : Sex::Male;
            member.ageBand = AgeBand(1 + m_random.bounded(3));
            member.organisation = pick(m_texts.organisations);
            member.post = pick(m_texts.posts);
            member.joined = m_team.established;
            auto created = teams.createMember(member);
            if (!created)
                return created.error();
            m_members << created->meta.uuid;
            m_memberRecords << *created;
            ++m_report.members;
        }
        return {};
    }

    Result<void> meetings(int year)
    {
        MeetingRepository meetings(m_db);
        m_yearMeetings.clear();
        const QString prefix = codes::meetingPrefix(m_team.code, year);
        for (int i = 0; i < m_rates.meetings; ++i) {
            Meeting meeting;
            meeting.teamUuid = m_team.meta.uuid;
            meeting.code = prefix + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            meeting.kind = pickEnum<MeetingKind>();
            meeting.date = dayOf(year, i, m_rates.meetings);
            meeting.place = pick(m_texts.places);
            meeting.facilitator = pick(m_texts.memberNames);
            meeting.minutesNumber = QString::number(i + 1);
            meeting.agenda = pick(m_texts.agendas);
            meeting.minutes = pick(m_texts.minutes);
            meeting.decisions = pick(m_texts.decisions);
            meeting.guests = someone(3);
            // Who is present is drawn before the meeting is made, so that its chair and secretary are among
            // them; the draws are the same, in the same order, as before they were.
            const int count = 6 + int(m_random.bounded(5));
            QList<Member> present;
            for (int p = 0; p < count; ++p)
                present << m_memberRecords[int(m_random.bounded(int(m_memberRecords.size())))];
            const MeetingOfficers officers = meetingOfficers(present, meeting.facilitator);
            meeting.chair = officers.chair;
            meeting.secretary = officers.secretary;
            if (i % 4 == 1)
                meeting.centreUuid = m_centre; // a quarter of the meetings of a team with a centre
            auto created = meetings.createMeeting(meeting);
            if (!created)
                return created.error();
            m_yearMeetings << *created;
            ++m_report.meetings;
            for (const Member& member : present)
                if (auto marked = meetings.setPresent(created->meta.uuid, member.meta.uuid, true); !marked)
                    return marked;
        }
        return {};
    }

    Result<void> concerns(int year)
    {
        ConcernRepository concerns(m_db);
        m_yearConcerns.clear();
        const QString prefix = codes::concernPrefix(m_team.code, year);
        const bool pastYear = year < QDate::currentDate().year() - 1;
        for (int i = 0; i < m_rates.concerns; ++i) {
            const Meeting& meeting = m_yearMeetings[int(m_random.bounded(int(m_yearMeetings.size())))];
            Concern concern;
            concern.teamUuid = m_team.meta.uuid;
            concern.code = prefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            concern.title = pick(m_texts.titles);
            concern.description = pick(m_texts.descriptions);
            auto category = reference(ReferenceList::Category);
            if (!category)
                return category.error();
            concern.categoryUuid = *category;
            concern.place = pick(m_texts.places);
            concern.raisedBy = pickEnum<RaisedBy>();
            concern.firstMeetingUuid = meeting.meta.uuid;
            concern.firstRaised = meeting.date;
            concern.source = pickEnum<ConcernSource>();
            concern.frequency = pickEnum<Frequency>();
            concern.restricted = m_random.bounded(12) == 0;
            concern.causes = {pick(m_texts.causes), pick(m_texts.causes)};
            concern.effects = {pick(m_texts.effects)};
            concern.conflictRisk = pickEnum<ConflictRisk>();
            auto created = concerns.createConcern(concern);
            if (!created)
                return created.error();
            m_yearConcerns << created->meta.uuid;
            ++m_report.concerns;
            // Older concerns have mostly run their course.
            const ConcernStatus status =
                pastYear ? (m_random.bounded(4) == 0 ? ConcernStatus::Monitoring : ConcernStatus::Closed)
                         : ConcernStatus(m_random.bounded(6));
            if (status != ConcernStatus::Raised)
                if (auto moved =
                        concerns.changeStatus(created->meta.uuid, status, meeting.date.addDays(30), {});
                    !moved)
                    return moved;
        }
        return {};
    }

    Result<void> round(int year)
    {
        PrioritisationRepository rounds(m_db);
        PrioritisationRound round;
        round.teamUuid = m_team.meta.uuid;
        const Meeting& meeting = m_yearMeetings[m_yearMeetings.size() / 3];
        round.meetingUuid = meeting.meta.uuid;
        round.date = meeting.date;
        round.title = QStringLiteral("%1").arg(year);
        for (int i = 0; i < 6 && i < m_yearConcerns.size(); ++i)
            round.concernUuids << m_yearConcerns[i * int(m_yearConcerns.size()) / 6];
        auto created = rounds.createRound(round);
        if (!created)
            return created.error();
        ++m_report.rounds;
        for (const QString& concern : created->concernUuids)
            for (const RoundCriterion& criterion : created->criteria)
                for (int group = 0; group < enumCount<ParticipantGroup>(); ++group)
                    if (auto scored = rounds.setScore(created->meta.uuid, concern, criterion.criterionUuid,
                                                      ParticipantGroup(group), 1 + int(m_random.bounded(5)));
                        !scored)
                        return scored;
        return rounds.decide(created->meta.uuid, created->concernUuids.mid(0, 2), {}, meeting.date);
    }

    Result<void> plans(int year)
    {
        PlanRepository plans(m_db);
        m_yearActivities.clear();
        const QString prefix = codes::planPrefix(m_team.code, year);
        const QDate today = QDate::currentDate();
        for (int i = 0; i < m_rates.plans; ++i) {
            ActionPlan plan;
            plan.teamUuid = m_team.meta.uuid;
            plan.code = prefix + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            plan.title = pick(m_texts.titles);
            plan.periodStart = dayOf(year, i, m_rates.plans);
            plan.periodEnd = plan.periodStart.addMonths(6);
            plan.objective = pick(m_texts.descriptions);
            plan.status = plan.periodEnd < today ? PlanStatus::Completed : PlanStatus::Adopted;
            plan.concernUuids = {m_yearConcerns[int(m_random.bounded(int(m_yearConcerns.size())))]};
            plan.approverName = pick(m_texts.memberNames);
            signatories(plan, i);
            auto created = plans.createPlan(plan);
            if (!created)
                return created.error();
            ++m_report.plans;
            for (int a = 0; a < m_rates.activitiesPerPlan; ++a)
                if (auto added = activity(plans, *created, a + 1); !added)
                    return added;
        }
        return {};
    }

    /// The approver's post, the agreer and, for some plans, the paper's numbers; chosen without a random
    /// draw, so that the rest of the generated data stays as it was for a seed.
    void signatories(ActionPlan& plan, int index) const
    {
        const bool city = m_district.kind == u"city";
        plan.approverPost =
            (city ? QStringLiteral("Муовини раиси шаҳри %1") : QStringLiteral("Муовини раиси ноҳияи %1"))
                .arg(m_district.nameTg);
        if (const auto chief = districtPoliceChief(m_memberRecords)) {
            plan.agreerName = initialsAndSurname(chief->name);
            plan.agreerPost = chief->post;
        } else {
            const QStringList& names = m_texts.memberNames;
            plan.agreerName = initialsAndSurname(names[(index * 7 + m_team.code.size()) % names.size()]);
            plan.agreerPost = (city ? QStringLiteral("Сардори ШВКД дар шаҳри %1")
                                    : QStringLiteral("Сардори ШКД дар ноҳияи %1"))
                                  .arg(m_district.nameTg);
        }
        if (index % 2 == 0) {
            plan.ordinanceNumber = QString::number(20 + index * 3);
            plan.ordinanceDate = plan.periodStart.addDays(-7);
        }
        if (index % 3 == 0)
            plan.outgoingNumber = QStringLiteral("01-12/%1").arg(100 + index);
    }

    Result<void> activity(PlanRepository& plans, const ActionPlan& plan, int position)
    {
        Activity activity;
        activity.planUuid = plan.meta.uuid;
        activity.position = position;
        activity.measure = pick(m_texts.measures);
        auto lead = reference(ReferenceList::LeadBody);
        auto funding = reference(ReferenceList::FundingSource);
        if (!lead || !funding)
            return (!lead ? lead : funding).error();
        activity.leadBodyUuid = *lead;
        activity.fundingSourceUuid = *funding;
        activity.partners = pick(m_texts.partners);
        activity.start = plan.periodStart.addDays(int(m_random.bounded(60)));
        activity.deadline = activity.start.addDays(30 + int(m_random.bounded(120)));
        activity.amountSomoni = double(m_random.bounded(60) * 500);
        activity.outputIndicator = pick(m_texts.indicators);
        activity.status = ActivityStatus::Planned;
        auto created = plans.createActivity(activity);
        if (!created)
            return created.error();
        ++m_report.activities;
        m_yearActivities << created->meta.uuid;
        const int span = std::max(1, int(activity.start.daysTo(activity.deadline)));
        for (int u = 0; u < m_rates.updatesPerActivity; ++u) {
            ProgressUpdate update;
            update.activityUuid = created->meta.uuid;
            update.date = activity.start.addDays((u + 1) * span / (m_rates.updatesPerActivity + 1));
            update.status = u + 1 == m_rates.updatesPerActivity && m_random.bounded(5) != 0
                                ? ActivityStatus::Done
                                : ActivityStatus::InProgress;
            update.note = pick(m_texts.notes);
            update.reached = someone(20);
            update.reachedIndirectly = int(m_random.bounded(300));
            update.spentSomoni = activity.amountSomoni / m_rates.updatesPerActivity;
            if (auto added = plans.addProgress(update); !added)
                return added.error();
            ++m_report.updates;
        }
        return {};
    }

    Database& m_db;
    const TextPool& m_texts;
    const Rates& m_rates;
    QRandomGenerator m_random;
    GenerateReport& m_report;
    Team m_team;
    GazetteerEntry m_district;
    QStringList m_members;
    QList<Member> m_memberRecords; // the same members, in the same order
    QList<Meeting> m_yearMeetings;
    QStringList m_yearActivities; // of the year's plans
    QStringList m_yearConcerns;
    QHash<int, QStringList> m_references; // by ReferenceList
    DirectoryGenerator& m_directory;
    EventsGenerator& m_events;
    SurveysGenerator& m_surveys;
    QString m_centre; // where a quarter of its meetings are held; empty when the team meets at none
};

/// A code not used yet: the first three letters of the district's English name ("ISF"), else two of them
/// and another letter ("ISA"…), else four letters ("ISFA"…).
QString freeTeamCode(TeamRepository& teams, const QString& nameEn)
{
    QString letters = nameEn.toUpper();
    letters.remove(QRegularExpression(QStringLiteral("[^A-Z]")));
    const QString base = QString(letters + QStringLiteral("XXX")).left(3);
    QStringList candidates{base};
    for (char16_t extra = u'A'; extra <= u'Z'; ++extra)
        candidates << base.left(2) + QChar(extra);
    for (char16_t extra = u'A'; extra <= u'Z'; ++extra)
        candidates << base + QChar(extra);
    for (const QString& candidate : candidates)
        if (!teams.teamByCode(candidate))
            return candidate;
    return {};
}

} // namespace

Result<GenerateReport> generate(Database& db, const GenerateOptions& options)
{
    auto texts = TextPool::fromDemo();
    if (!texts)
        return texts.error();
    const Rates& rates = options.scale == Scale::National ? kNational : kDistrict;
    auto places = ReferenceRepository(db).gazetteer();
    if (!places)
        return places.error();
    QList<GazetteerEntry> districts;
    for (const GazetteerEntry& place : *places)
        if (place.kind != u"region")
            districts << place;

    QRandomGenerator random(options.seed);
    TeamRepository teams(db);
    GenerateReport report;
    const int total = rates.teams * rates.years;
    DirectoryGenerator directory(db, options.seed, report.directory);
    EventsGenerator events(db, options.seed, report.events);
    SurveysGenerator surveys(db, options.seed, report.surveys);
    {
        QStringList teamDistricts;
        for (int t = 0; t < rates.teams; ++t)
            teamDistricts
                << districts[int((options.seed + quint32(t) * 7) % quint32(districts.size()))].meta.uuid;
        Transaction transaction(db);
        if (auto created = directory.createDirectory(teamDistricts, rates.organisations, rates.centres);
            !created)
            return created.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    for (int t = 0; t < rates.teams; ++t) {
        const GazetteerEntry& district =
            districts[int((options.seed + quint32(t) * 7) % quint32(districts.size()))];
        const QString code = freeTeamCode(teams, district.nameEn);
        if (code.isEmpty())
            return Error{Messages::noCodes(), {}};
        TeamGenerator generator(db, *texts, rates, random.generate(), report, directory, events, surveys);
        {
            Transaction transaction(db);
            if (auto created = generator.createTeam(district, code, t); !created)
                return created.error();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
        }
        for (int y = 0; y < rates.years; ++y) {
            // One transaction per team-year: fast, and an interrupted run leaves whole years behind.
            Transaction transaction(db);
            if (auto done = generator.generateYear(rates.firstYear + y); !done)
                return done.error();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            if (options.progress)
                options.progress(t * rates.years + y + 1, total);
        }
    }
    return report;
}

} // namespace hamkori::demo
