#include "Schema.h"
#include "SqlUtil.h"
#include <QStringList>

namespace hamkori::schema {

namespace {

// Columns every record that travels between laptops carries.
#define SYNC_COLUMNS                                                                                         \
    "uuid TEXT PRIMARY KEY NOT NULL, created_hlc TEXT NOT NULL, modified_hlc TEXT NOT NULL, "                \
    "device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

#define SEX_AGE_COLUMNS(prefix)                                                                              \
    prefix "f_u18 INTEGER NOT NULL DEFAULT 0, " prefix "f_18_29 INTEGER NOT NULL DEFAULT 0, " prefix         \
           "f_30_49 INTEGER NOT NULL DEFAULT 0, " prefix "f_50p INTEGER NOT NULL DEFAULT 0, " prefix         \
           "m_u18 INTEGER NOT NULL DEFAULT 0, " prefix "m_18_29 INTEGER NOT NULL DEFAULT 0, " prefix         \
           "m_30_49 INTEGER NOT NULL DEFAULT 0, " prefix "m_50p INTEGER NOT NULL DEFAULT 0"

const char* const kVersion1[] = {
    // Local to this installation; never travels.
    "CREATE TABLE device_identity (id TEXT NOT NULL, public_key BLOB NOT NULL, secret_key BLOB NOT NULL, "
    "created TEXT NOT NULL)",
    // Append-only: the triggers below refuse updates and deletes. A rowid table (not WITHOUT ROWID): its rows
    // carry whole records on creation, and large rows are stored more compactly with a rowid.
    "CREATE TABLE journal (id INTEGER PRIMARY KEY, device TEXT NOT NULL, seq INTEGER NOT NULL, hlc TEXT NOT "
    "NULL, "
    "kind TEXT NOT NULL, record TEXT NOT NULL, field TEXT NOT NULL, value, prev_hlc TEXT)",
    "CREATE UNIQUE INDEX journal_by_device ON journal (device, seq)",
    "CREATE INDEX journal_by_record ON journal (record)",
    "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the change journal "
    "is append-only'); END",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the change journal "
    "is append-only'); END",

    "CREATE TABLE gazetteer (" SYNC_COLUMNS
    "region TEXT NOT NULL, kind TEXT NOT NULL, name_en TEXT NOT NULL, "
    "name_tg TEXT NOT NULL, name_ru TEXT NOT NULL, former_names TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE reference_items (" SYNC_COLUMNS "list TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', "
    "name_en TEXT NOT NULL DEFAULT '', name_tg TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '', "
    "position INTEGER NOT NULL DEFAULT 0, default_weight REAL NOT NULL DEFAULT 1)",
    "CREATE INDEX reference_items_by_list ON reference_items (list, position)",

    "CREATE TABLE teams (" SYNC_COLUMNS "name TEXT NOT NULL, code TEXT NOT NULL, "
    "district TEXT REFERENCES gazetteer (uuid), jamoat TEXT NOT NULL DEFAULT '', "
    "address TEXT NOT NULL DEFAULT '', established TEXT)",
    "CREATE TABLE members (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), name TEXT NOT NULL, "
    "category TEXT NOT NULL, sex TEXT NOT NULL, age_band TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT "
    "'', "
    "post TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', joined TEXT, left_on TEXT)",
    "CREATE INDEX members_by_team ON members (team)",

    "CREATE TABLE meetings (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "kind TEXT NOT NULL, date TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', facilitator TEXT NOT NULL "
    "DEFAULT '', "
    "minutes_number TEXT NOT NULL DEFAULT '', agenda TEXT NOT NULL DEFAULT '', minutes TEXT NOT NULL DEFAULT "
    "'', "
    "decisions TEXT NOT NULL DEFAULT '', " SEX_AGE_COLUMNS("guests_") ")",
    "CREATE INDEX meetings_by_team_date ON meetings (team, date)",
    "CREATE INDEX meetings_by_date ON meetings (date)",
    "CREATE TABLE attendance (" SYNC_COLUMNS "meeting TEXT NOT NULL REFERENCES meetings (uuid), "
    "member TEXT NOT NULL REFERENCES members (uuid))",
    "CREATE INDEX attendance_by_meeting ON attendance (meeting)",

    "CREATE TABLE concerns (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
    "category TEXT NOT NULL REFERENCES reference_items (uuid), place TEXT NOT NULL DEFAULT '', "
    "raised_by TEXT NOT NULL, first_meeting TEXT REFERENCES meetings (uuid), first_raised TEXT, "
    "source TEXT NOT NULL, frequency TEXT NOT NULL, status TEXT NOT NULL, "
    "restricted INTEGER NOT NULL DEFAULT 0, causes TEXT NOT NULL DEFAULT '', effects TEXT NOT NULL DEFAULT "
    "'', "
    "offender TEXT NOT NULL DEFAULT '', victim TEXT NOT NULL DEFAULT '', triangle_place TEXT NOT NULL "
    "DEFAULT '', "
    "handler TEXT NOT NULL DEFAULT '', guardian TEXT NOT NULL DEFAULT '', manager TEXT NOT NULL DEFAULT '', "
    "gender_notes TEXT NOT NULL DEFAULT '', conflict_risk TEXT NOT NULL, mitigation TEXT NOT NULL DEFAULT "
    "'', "
    "baseline_value REAL, baseline_description TEXT NOT NULL DEFAULT '', baseline_date TEXT)",
    "CREATE INDEX concerns_by_team_code ON concerns (team, code)",
    "CREATE INDEX concerns_by_status ON concerns (status, first_raised)",
    "CREATE INDEX concerns_by_category ON concerns (category, first_raised)",
    "CREATE INDEX concerns_by_first_raised ON concerns (first_raised)",
    "CREATE TABLE concern_status_history (" SYNC_COLUMNS "concern TEXT NOT NULL REFERENCES concerns (uuid), "
    "status TEXT NOT NULL, date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX status_history_by_concern ON concern_status_history (concern, date)",
    "CREATE TABLE concern_drivers (" SYNC_COLUMNS "concern TEXT NOT NULL REFERENCES concerns (uuid), "
    "driver TEXT NOT NULL REFERENCES reference_items (uuid))",
    "CREATE INDEX concern_drivers_by_concern ON concern_drivers (concern)",
    "CREATE TABLE concern_links (" SYNC_COLUMNS "from_concern TEXT NOT NULL REFERENCES concerns (uuid), "
    "to_concern TEXT NOT NULL REFERENCES concerns (uuid), kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX concern_links_from ON concern_links (from_concern)",
    "CREATE INDEX concern_links_to ON concern_links (to_concern)",

    "CREATE TABLE rounds (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), "
    "meeting TEXT REFERENCES meetings (uuid), title TEXT NOT NULL DEFAULT '', date TEXT NOT NULL, "
    "decided INTEGER NOT NULL DEFAULT 0, decision_note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX rounds_by_team ON rounds (team, date)",
    "CREATE TABLE round_criteria (" SYNC_COLUMNS "round TEXT NOT NULL REFERENCES rounds (uuid), "
    "criterion TEXT NOT NULL REFERENCES reference_items (uuid), weight REAL NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX round_criteria_by_round ON round_criteria (round)",
    "CREATE TABLE round_concerns (" SYNC_COLUMNS "round TEXT NOT NULL REFERENCES rounds (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid), chosen INTEGER NOT NULL DEFAULT 0, "
    "position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX round_concerns_by_round ON round_concerns (round)",
    "CREATE INDEX round_concerns_by_concern ON round_concerns (concern)",
    "CREATE TABLE scores (" SYNC_COLUMNS "round TEXT NOT NULL REFERENCES rounds (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid), criterion TEXT NOT NULL REFERENCES reference_items "
    "(uuid), "
    "participant_group TEXT NOT NULL, value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5))",
    "CREATE INDEX scores_by_round ON scores (round)",
    "CREATE TABLE pairwise (" SYNC_COLUMNS "round TEXT NOT NULL REFERENCES rounds (uuid), "
    "first_concern TEXT NOT NULL REFERENCES concerns (uuid), second_concern TEXT NOT NULL REFERENCES "
    "concerns (uuid), "
    "winner TEXT NOT NULL REFERENCES concerns (uuid))",
    "CREATE INDEX pairwise_by_round ON pairwise (round)",

    "CREATE TABLE plans (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "title TEXT NOT NULL, period_start TEXT, period_end TEXT, objective TEXT NOT NULL DEFAULT '', "
    "adopted_meeting TEXT REFERENCES meetings (uuid), adopted_minutes TEXT NOT NULL DEFAULT '', "
    "approver_name TEXT NOT NULL DEFAULT '', approver_post TEXT NOT NULL DEFAULT '', status TEXT NOT NULL)",
    "CREATE INDEX plans_by_team ON plans (team, code)",
    "CREATE TABLE plan_concerns (" SYNC_COLUMNS "plan TEXT NOT NULL REFERENCES plans (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid), position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX plan_concerns_by_plan ON plan_concerns (plan)",
    "CREATE INDEX plan_concerns_by_concern ON plan_concerns (concern)",
    "CREATE TABLE activities (" SYNC_COLUMNS "plan TEXT NOT NULL REFERENCES plans (uuid), "
    "position INTEGER NOT NULL DEFAULT 0, measure TEXT NOT NULL, "
    "lead_body TEXT NOT NULL REFERENCES reference_items (uuid), partners TEXT NOT NULL DEFAULT '', "
    "start_date TEXT, deadline TEXT, resources TEXT NOT NULL DEFAULT '', "
    "funding_source TEXT REFERENCES reference_items (uuid), amount REAL NOT NULL DEFAULT 0, "
    "output_indicator TEXT NOT NULL DEFAULT '', outcome_indicator TEXT NOT NULL DEFAULT '', "
    "outcome_baseline REAL, outcome_target REAL, verification TEXT NOT NULL DEFAULT '', "
    "risks TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', status TEXT NOT NULL)",
    "CREATE INDEX activities_by_plan ON activities (plan, position)",
    "CREATE INDEX activities_by_deadline ON activities (status, deadline)",
    "CREATE TABLE progress_updates (" SYNC_COLUMNS "activity TEXT NOT NULL REFERENCES activities (uuid), "
    "date TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', " SEX_AGE_COLUMNS(
        "reached_") ", "
                    "reached_indirect INTEGER NOT NULL DEFAULT 0, spent REAL NOT NULL DEFAULT 0)",
    "CREATE INDEX progress_by_activity ON progress_updates (activity, date)",
    "CREATE INDEX progress_by_date ON progress_updates (date)",
    "CREATE TABLE indicator_readings (" SYNC_COLUMNS "activity TEXT NOT NULL REFERENCES activities (uuid), "
    "date TEXT NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX readings_by_activity ON indicator_readings (activity, date)",
};

// Version 2: full-text search over concerns (FTS5). unicode61 folds case, Cyrillic included. The index holds
// the text folded by searchFold() (Tajik letters to their Russian look-alikes, ё to е), so that a word typed
// on a Russian keyboard ("хамкори") finds the Tajik one ("ҳамкорӣ"). Because the indexed text differs from
// the concerns table, the triggers insert and delete the folded values themselves (external content, never
// rebuilt from the table).
QStringList version2()
{
    const QStringList columns{QStringLiteral("code"),        QStringLiteral("title"),
                              QStringLiteral("description"), QStringLiteral("place"),
                              QStringLiteral("causes"),      QStringLiteral("effects")};
    auto folded = [&](const QString& row) {
        QStringList values;
        for (const QString& column : columns)
            values << searchFold(row + QLatin1Char('.') + column);
        return values.join(QStringLiteral(", "));
    };
    const QString names = columns.join(QStringLiteral(", "));
    const QString insertNew = QStringLiteral("INSERT INTO concern_search (rowid, %1) VALUES (new.rowid, %2);")
                                  .arg(names, folded(QStringLiteral("new")));
    const QString deleteOld =
        QStringLiteral(
            "INSERT INTO concern_search (concern_search, rowid, %1) VALUES ('delete', old.rowid, %2);")
            .arg(names, folded(QStringLiteral("old")));
    return {
        QStringLiteral(
            "CREATE VIRTUAL TABLE concern_search USING fts5 (%1, content='concerns', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2')")
            .arg(names),
        QStringLiteral("CREATE TRIGGER concern_search_insert AFTER INSERT ON concerns BEGIN %1 END")
            .arg(insertNew),
        QStringLiteral("CREATE TRIGGER concern_search_delete AFTER DELETE ON concerns BEGIN %1 END")
            .arg(deleteOld),
        QStringLiteral("CREATE TRIGGER concern_search_update AFTER UPDATE OF %1 ON concerns BEGIN %2 %3 END")
            .arg(names, deleteOld, insertNew),
        // Opening continues the clock after the latest stamp in the file: without this index that is a scan
        // of the whole journal (0.7–1.2 s on a national file).
        QStringLiteral("CREATE INDEX IF NOT EXISTS journal_by_hlc ON journal (hlc)"),
        // Concerns already in an upgraded file enter the index.
        QStringLiteral("INSERT INTO concern_search (rowid, %1) SELECT rowid, %2 FROM concerns")
            .arg(names, folded(QStringLiteral("concerns"))),
    };
}

// Version 3: narrow indexes of live records, so that a coordinator's views over every team (the concern
// register, the Overview, the team list's counts) read small indexes instead of the wide rows. On a national
// file (40 teams, 100 000 concerns) they turn 0.2–1.5 s queries into a few milliseconds and add about 9% to
// the file. SQLite uses a partial index only when the query repeats its condition: the queries keep
// "deleted = 0" (and "chosen = 1") as written here. The indexes that stand in for the rows end with the
// columns of their condition too: SQLite 3.40 reads the row for any column the index lacks, even those.
const char* const kVersion3[] = {
    // The register over one team: every filter and column it shows, so the rows are never read.
    "CREATE INDEX concerns_live_by_team ON concerns (team, status, category, restricted, raised_by, "
    "first_raised, code, title, place, uuid, deleted) WHERE deleted = 0",
    // Over all teams: the same columns led by the status (a status filter) and by the date (every other
    // filter and count, and the default order). They replace the version-1 indexes that made SQLite read the
    // wide rows.
    "DROP INDEX concerns_by_status",
    "DROP INDEX concerns_by_first_raised",
    "DROP INDEX concerns_by_category",
    "CREATE INDEX concerns_live_by_status ON concerns (status, category, restricted, raised_by, "
    "first_raised, "
    "code, title, place, uuid, team, deleted) WHERE deleted = 0",
    "CREATE INDEX concerns_live_by_first_raised ON concerns (first_raised, code, category, team, status, "
    "raised_by, restricted, title, place, uuid, deleted) WHERE deleted = 0",
    // One index per other sort order of the register, so its first page is read in order, not sorted.
    "CREATE INDEX concerns_live_by_code ON concerns (code) WHERE deleted = 0",
    "CREATE INDEX concerns_live_by_title ON concerns (title, code) WHERE deleted = 0",
    "CREATE INDEX concerns_live_by_place ON concerns (place, code) WHERE deleted = 0",
    "CREATE INDEX concerns_live_by_category ON concerns (category, code) WHERE deleted = 0",
    // The status in the order of the cycle: the expression must stay identical to concernStatusOrder().
    "CREATE INDEX concerns_live_by_status_order ON concerns ((CASE status WHEN 'raised' THEN 0 WHEN "
    "'analysed' THEN 1 WHEN 'prioritised' THEN 2 WHEN 'in_plan' THEN 3 WHEN 'resolved' THEN 4 WHEN "
    "'monitoring' THEN 5 WHEN 'closed' THEN 6 WHEN 'dropped' THEN 7 END), code) WHERE deleted = 0",
    "CREATE INDEX concerns_by_first_meeting ON concerns (first_meeting)",
    "CREATE INDEX round_concerns_chosen ON round_concerns (concern, chosen, deleted) WHERE chosen = 1 AND "
    "deleted = 0",
    "CREATE INDEX status_history_live_by_status ON concern_status_history (status, date, concern, deleted) "
    "WHERE deleted = 0",
    // Activities by plan and status (the Overview's progress chart), plans by team (the team list's counts)
    // and the joins of the period statistics.
    "CREATE INDEX activities_live_by_plan ON activities (plan, status, deadline, deleted) WHERE deleted = 0",
    "CREATE INDEX activities_live_plan_of ON activities (uuid, plan, deleted) WHERE deleted = 0",
    "CREATE INDEX plans_live_by_team ON plans (team, status, deleted) WHERE deleted = 0",
    "CREATE INDEX plans_live_team_of ON plans (uuid, team, status, deleted) WHERE deleted = 0",
    "CREATE INDEX meetings_live_by_team ON meetings (team, date, deleted) WHERE deleted = 0",
    "CREATE INDEX attendance_live_by_meeting ON attendance (meeting, member, deleted) WHERE deleted = 0",
};

// Version 4: exchange between laptops by USB stick. These tables are local to this installation and never
// travel: the devices this laptop has received bundles from (their public keys, to refuse an impersonator,
// and what each of them knows), entries of a bundle that could not be applied (kept and reported, never the
// reason to lose the rest of the bundle) and the records whose fields wait for a person to choose a value.
const char* const kVersion4[] = {
    "CREATE TABLE sync_devices (id TEXT PRIMARY KEY NOT NULL, public_key BLOB NOT NULL, "
    "name TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_bundle TEXT, "
    "knows TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE sync_quarantine (id INTEGER PRIMARY KEY, received TEXT NOT NULL, "
    "sender TEXT NOT NULL DEFAULT '', device TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0, "
    "hlc TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', record TEXT NOT NULL DEFAULT '', "
    "field TEXT NOT NULL DEFAULT '', value, prev_hlc TEXT, reason TEXT NOT NULL)",
    // The same entry received twice is kept once: importing a bundle again changes nothing.
    "CREATE UNIQUE INDEX sync_quarantine_once ON sync_quarantine (device, seq, hlc)",
    "CREATE TABLE sync_conflicts (record TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, "
    "PRIMARY KEY (record, field)) WITHOUT ROWID",
    // The overview's figures of one team read indexes only: its plans with their uuids, the plans' activities
    // with theirs, and the reach of each activity's progress updates. Before, they read every plan, activity
    // and update row of the team from a national file: 100-350 ms of the first seconds after start.
    "DROP INDEX plans_live_by_team",
    "CREATE INDEX plans_live_by_team ON plans (team, status, uuid, deleted) WHERE deleted = 0",
    "CREATE INDEX activities_live_uuid_by_plan ON activities (plan, uuid, deleted) WHERE deleted = 0",
    "CREATE INDEX progress_live_reach ON progress_updates (activity, date, reached_f_u18, reached_f_18_29, "
    "reached_f_30_49, reached_f_50p, reached_m_u18, reached_m_18_29, reached_m_30_49, reached_m_50p, "
    "deleted) "
    "WHERE deleted = 0",
};

// Version 5: copies and restores. A data file's device identity can be renewed: the former one is retired
// (kept with its key: the history it wrote stays signed by it) and the new one carries its predecessor's
// signature (DeviceIdentity). An entry set aside by an import carries the kind of its reason, so that the
// report can count them by reason.
const char* const kVersion5[] = {
    "ALTER TABLE device_identity ADD COLUMN retired TEXT",
    "ALTER TABLE device_identity ADD COLUMN introduced_by TEXT",
    "ALTER TABLE device_identity ADD COLUMN introduction BLOB",
    "ALTER TABLE sync_quarantine ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''",
};

// Version 6: nobody writes in another laptop's name, and a copied file cannot sign (issue 16). Each journal
// entry carries its origin device's signature once that device has exported it (the journal stays
// append-only: only a missing signature may be filled in, once); an entry kept aside keeps its signature; the
// keys of devices known only through a relaying laptop are kept to check their entries; the identities'
// secret keys can be stored locked under the exchange passphrase (docs/exchange-format.md, "Signatures").
// Text erased from history: an entry's value may change only to its erased form, which keeps the digest of
// the value it had (the signature covers the digest), set once.
const char* const kVersion6[] = {
    "ALTER TABLE journal ADD COLUMN signature BLOB",
    "ALTER TABLE journal ADD COLUMN erased_digest BLOB",
    "DROP TRIGGER journal_no_update",
    "CREATE TRIGGER journal_no_update BEFORE UPDATE OF id, device, seq, hlc, kind, record, field, prev_hlc "
    "ON "
    "journal BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END",
    "CREATE TRIGGER journal_signed_once BEFORE UPDATE OF signature ON journal WHEN old.signature IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'a journal entry is signed once'); END",
    "CREATE TRIGGER journal_erased_only BEFORE UPDATE OF value, erased_digest ON journal WHEN "
    "new.erased_digest IS NULL OR (old.erased_digest IS NOT NULL AND new.erased_digest IS NOT "
    "old.erased_digest) BEGIN SELECT RAISE(ABORT, 'the change journal is append-only: a value changes only "
    "when it is erased'); END",
    "ALTER TABLE sync_quarantine ADD COLUMN signature BLOB",
    "ALTER TABLE sync_quarantine ADD COLUMN erased_digest BLOB",
    "CREATE TABLE sync_relayed_keys (device TEXT PRIMARY KEY NOT NULL, public_key BLOB NOT NULL, "
    "vouched_by TEXT NOT NULL, first_seen TEXT NOT NULL)",
    "ALTER TABLE device_identity ADD COLUMN locked_key BLOB",
    // Every import applies the erasures held: a small partial index, not a scan of the whole journal.
    "CREATE INDEX journal_erasures ON journal (kind) WHERE kind = 'erasure'",
};

// Version 7: what the signed paper carries (issue 17). A plan is agreed («СОГЛАСОВАНО», normally by the
// district police chief) as well as approved by the Hukumat, carries its outgoing registration number and may
// be an annex to an ordinance (number and date); the minutes name who chaired the meeting and who kept them.
// All are free text that old records simply lack: empty, except the ordinance's date, which like every
// optional date is NULL when not given.
const char* const kVersion7[] = {
    "ALTER TABLE plans ADD COLUMN agreer_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plans ADD COLUMN agreer_post TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plans ADD COLUMN outgoing_number TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plans ADD COLUMN ordinance_number TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plans ADD COLUMN ordinance_date TEXT",
    "ALTER TABLE meetings ADD COLUMN chair TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meetings ADD COLUMN secretary TEXT NOT NULL DEFAULT ''",
};

// Version 8: beyond one team (issue 19). A team has a kind (existing teams are partnership teams); the
// directory of organisations with the districts where each is active, its fields of expertise and the
// services it offers; referrals to those services as counts only; community policing centres with their
// equipment, the groups that meet there and their visitors; requests and recommendations made to bodies.
// A member, a meeting and an activity can point into the directory or to a centre: each such column is
// optional, and the free text the record already had stays.
const char* const kVersion8[] = {
    "ALTER TABLE teams ADD COLUMN kind TEXT NOT NULL DEFAULT 'cppt'",
    "CREATE TABLE organisations (" SYNC_COLUMNS "name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', "
    "kind TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', contact_person TEXT NOT NULL DEFAULT '', "
    "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
    "international_experience TEXT NOT NULL DEFAULT '', memorandum_signed TEXT, "
    "notes TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX organisations_live_by_name ON organisations (name, kind, uuid, deleted) WHERE deleted = 0",
    "CREATE TABLE organisation_districts (" SYNC_COLUMNS
    "organisation TEXT NOT NULL REFERENCES organisations (uuid), "
    "district TEXT NOT NULL REFERENCES gazetteer (uuid))",
    "CREATE INDEX organisation_districts_by_organisation ON organisation_districts (organisation, district)",
    "CREATE INDEX organisation_districts_by_district ON organisation_districts (district, organisation)",
    "CREATE TABLE organisation_expertise (" SYNC_COLUMNS
    "organisation TEXT NOT NULL REFERENCES organisations (uuid), "
    "expertise TEXT NOT NULL REFERENCES reference_items (uuid))",
    "CREATE INDEX organisation_expertise_by_organisation ON organisation_expertise (organisation, expertise)",
    "CREATE TABLE services (" SYNC_COLUMNS "organisation TEXT NOT NULL REFERENCES organisations (uuid), "
    "kind TEXT NOT NULL REFERENCES reference_items (uuid), description TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX services_by_organisation ON services (organisation)",
    "CREATE TABLE referrals (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), "
    "concern TEXT REFERENCES concerns (uuid), service TEXT NOT NULL REFERENCES services (uuid), "
    "date TEXT NOT NULL, " SEX_AGE_COLUMNS("people_") ", outcome TEXT NOT NULL)",
    "CREATE INDEX referrals_by_team_date ON referrals (team, date)",
    "CREATE INDEX referrals_by_concern ON referrals (concern)",
    "CREATE TABLE centres (" SYNC_COLUMNS "name TEXT NOT NULL, district TEXT REFERENCES gazetteer (uuid), "
    "jamoat TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', opened TEXT, renovated TEXT, "
    "hours TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE centre_equipment (" SYNC_COLUMNS "centre TEXT NOT NULL REFERENCES centres (uuid), "
    "item TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 1, condition TEXT NOT NULL)",
    "CREATE INDEX centre_equipment_by_centre ON centre_equipment (centre)",
    "CREATE TABLE centre_groups (" SYNC_COLUMNS "centre TEXT NOT NULL REFERENCES centres (uuid), "
    "team TEXT NOT NULL REFERENCES teams (uuid))",
    "CREATE INDEX centre_groups_by_centre ON centre_groups (centre, team)",
    "CREATE INDEX centre_groups_by_team ON centre_groups (team)",
    "CREATE TABLE centre_visits (" SYNC_COLUMNS "centre TEXT NOT NULL REFERENCES centres (uuid), "
    "date TEXT NOT NULL, " SEX_AGE_COLUMNS("visitors_") ")",
    "CREATE INDEX centre_visits_by_centre_date ON centre_visits (centre, date)",
    "CREATE TABLE commitments (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), "
    "code TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', "
    "meeting TEXT REFERENCES meetings (uuid), plan TEXT REFERENCES plans (uuid), "
    "organisation TEXT REFERENCES organisations (uuid), addressed_to TEXT NOT NULL DEFAULT '', "
    "made TEXT NOT NULL, due TEXT, answer TEXT NOT NULL DEFAULT '', answered TEXT, status TEXT NOT NULL, "
    "pledged REAL NOT NULL DEFAULT 0, delivered REAL NOT NULL DEFAULT 0)",
    "CREATE INDEX commitments_by_team_code ON commitments (team, code)",
    "CREATE INDEX commitments_live_open ON commitments (status, due, team, deleted) WHERE deleted = 0",
    "ALTER TABLE members ADD COLUMN organisation_ref TEXT REFERENCES organisations (uuid)",
    "ALTER TABLE meetings ADD COLUMN centre TEXT REFERENCES centres (uuid)",
    "ALTER TABLE activities ADD COLUMN lead_organisation TEXT REFERENCES organisations (uuid)",
    "CREATE TABLE activity_partners (" SYNC_COLUMNS "activity TEXT NOT NULL REFERENCES activities (uuid), "
    "organisation TEXT NOT NULL REFERENCES organisations (uuid))",
    "CREATE INDEX activity_partners_by_activity ON activity_partners (activity, organisation)",
    // The console finds a plan or a meeting by the code people quote (export-plan, export-minutes): without
    // these it read every plan of a national file (60 million instructions, a third of export-plan's time).
    "CREATE INDEX plans_by_code ON plans (code)",
    "CREATE INDEX meetings_by_code ON meetings (code)",
};

// Version 9: events and campaigns (issue 20). A progress update can name the event or campaign that carried
// it out; the overview's covering index of reach then leaves such updates out, as every total does. A
// participant can be a member of any group, one another laptop may not hold: the member is named without a
// foreign key, and the participant's row keeps what a list and a count need.
const char* const kVersion9[] = {
    "CREATE TABLE events (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "kind TEXT NOT NULL, title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT, "
    "place TEXT NOT NULL DEFAULT '', centre TEXT REFERENCES centres (uuid), "
    "organisers TEXT NOT NULL DEFAULT '', topics TEXT NOT NULL DEFAULT '', plan TEXT REFERENCES plans (uuid), "
    "activity TEXT REFERENCES activities (uuid), test_out_of INTEGER NOT NULL DEFAULT 100, "
    "questions TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX events_by_team_code ON events (team, code)",
    "CREATE INDEX events_live_by_start ON events (start_date, team, kind, uuid) WHERE deleted = 0",
    "CREATE TABLE event_organisers (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "organisation TEXT NOT NULL REFERENCES organisations (uuid))",
    "CREATE INDEX event_organisers_by_event ON event_organisers (event, organisation)",
    "CREATE TABLE event_concerns (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid))",
    "CREATE INDEX event_concerns_by_event ON event_concerns (event, concern)",
    "CREATE INDEX event_concerns_by_concern ON event_concerns (concern)",
    "CREATE TABLE event_participants (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "member TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
    "organisation TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, sex TEXT NOT NULL, age_band TEXT NOT NULL)",
    "CREATE INDEX event_participants_by_event ON event_participants (event)",
    "CREATE INDEX event_participants_by_member ON event_participants (member)",
    "CREATE TABLE event_counts (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "role TEXT NOT NULL, " SEX_AGE_COLUMNS("people_") ")",
    "CREATE INDEX event_counts_by_event ON event_counts (event, role)",
    "CREATE TABLE event_trainers (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "name TEXT NOT NULL DEFAULT '', organisation_ref TEXT REFERENCES organisations (uuid), "
    "organisation TEXT NOT NULL DEFAULT '', background TEXT NOT NULL)",
    "CREATE INDEX event_trainers_by_event ON event_trainers (event)",
    "CREATE TABLE event_tests (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "sheet INTEGER NOT NULL, pre REAL, post REAL)",
    "CREATE INDEX event_tests_by_event ON event_tests (event, sheet)",
    "CREATE TABLE event_feedback (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "sheet INTEGER NOT NULL, answer_1 INTEGER NOT NULL DEFAULT 0, answer_2 INTEGER NOT NULL DEFAULT 0, "
    "answer_3 INTEGER NOT NULL DEFAULT 0, answer_4 INTEGER NOT NULL DEFAULT 0, "
    "answer_5 INTEGER NOT NULL DEFAULT 0, answer_6 INTEGER NOT NULL DEFAULT 0, "
    "answer_7 INTEGER NOT NULL DEFAULT 0, answer_8 INTEGER NOT NULL DEFAULT 0, "
    "comment TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX event_feedback_by_event ON event_feedback (event, sheet)",
    "CREATE TABLE event_follow_ups (" SYNC_COLUMNS "event TEXT NOT NULL REFERENCES events (uuid), "
    "date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX event_follow_ups_by_event ON event_follow_ups (event, date)",
    "CREATE TABLE campaigns (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT, plan TEXT REFERENCES plans (uuid), "
    SEX_AGE_COLUMNS("reached_") ", reached_indirect INTEGER NOT NULL DEFAULT 0, "
    "indirect_method TEXT NOT NULL DEFAULT '', cost REAL NOT NULL DEFAULT 0, "
    "funding_source TEXT REFERENCES reference_items (uuid), notes TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX campaigns_by_team_code ON campaigns (team, code)",
    "CREATE INDEX campaigns_live_by_start ON campaigns (start_date, team) WHERE deleted = 0",
    "CREATE TABLE campaign_channels (" SYNC_COLUMNS "campaign TEXT NOT NULL REFERENCES campaigns (uuid), "
    "channel TEXT NOT NULL)",
    "CREATE INDEX campaign_channels_by_campaign ON campaign_channels (campaign, channel)",
    "CREATE TABLE campaign_concerns (" SYNC_COLUMNS "campaign TEXT NOT NULL REFERENCES campaigns (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid))",
    "CREATE INDEX campaign_concerns_by_campaign ON campaign_concerns (campaign, concern)",
    "CREATE INDEX campaign_concerns_by_concern ON campaign_concerns (concern)",
    "CREATE TABLE campaign_materials (" SYNC_COLUMNS "campaign TEXT NOT NULL REFERENCES campaigns (uuid), "
    "item TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX campaign_materials_by_campaign ON campaign_materials (campaign)",
    "ALTER TABLE progress_updates ADD COLUMN event TEXT REFERENCES events (uuid)",
    "ALTER TABLE progress_updates ADD COLUMN campaign TEXT REFERENCES campaigns (uuid)",
    "DROP INDEX progress_live_reach",
    "CREATE INDEX progress_live_reach ON progress_updates (activity, date, reached_f_u18, reached_f_18_29, "
    "reached_f_30_49, reached_f_50p, reached_m_u18, reached_m_18_29, reached_m_30_49, reached_m_50p, "
    "reached_indirect, deleted, event, campaign) WHERE deleted = 0 AND event IS NULL AND campaign IS NULL",
};

// Perception surveys (issue 21). A round's questions are its own copy of the questionnaire; a response's
// answer_N answers the round's question numbered N, as option numbers ("2", or "1,4" where several apply).
const char* const kVersion10[] = {
    "CREATE TABLE surveys (" SYNC_COLUMNS "team TEXT NOT NULL REFERENCES teams (uuid), code TEXT NOT NULL, "
    "kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, end_date TEXT, "
    "area TEXT NOT NULL DEFAULT '', interviewers TEXT NOT NULL DEFAULT '', plan TEXT REFERENCES plans (uuid), "
    "notes TEXT NOT NULL DEFAULT '', " SEX_AGE_COLUMNS("tallied_") ", tallied_unsplit INTEGER NOT NULL "
    "DEFAULT 0)",
    "CREATE INDEX surveys_by_team_code ON surveys (team, code)",
    "CREATE INDEX surveys_live_by_start ON surveys (start_date, team, kind) WHERE deleted = 0",
    "CREATE TABLE survey_concerns (" SYNC_COLUMNS "survey TEXT NOT NULL REFERENCES surveys (uuid), "
    "concern TEXT NOT NULL REFERENCES concerns (uuid))",
    "CREATE INDEX survey_concerns_by_survey ON survey_concerns (survey, concern)",
    "CREATE INDEX survey_concerns_by_concern ON survey_concerns (concern)",
    "CREATE TABLE survey_questions (" SYNC_COLUMNS "survey TEXT NOT NULL REFERENCES surveys (uuid), "
    "number INTEGER NOT NULL, topic TEXT NOT NULL, answer_kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', "
    "options TEXT NOT NULL DEFAULT '', max_choices INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX survey_questions_by_survey ON survey_questions (survey, number)",
    "CREATE TABLE survey_responses (" SYNC_COLUMNS "survey TEXT NOT NULL REFERENCES surveys (uuid), "
    "sheet INTEGER NOT NULL, sex TEXT NOT NULL, age_band TEXT NOT NULL, respondent_group TEXT NOT NULL, "
    "answer_1 TEXT NOT NULL DEFAULT '', answer_2 TEXT NOT NULL DEFAULT '', "
    "answer_3 TEXT NOT NULL DEFAULT '', answer_4 TEXT NOT NULL DEFAULT '', "
    "answer_5 TEXT NOT NULL DEFAULT '', answer_6 TEXT NOT NULL DEFAULT '', "
    "answer_7 TEXT NOT NULL DEFAULT '', answer_8 TEXT NOT NULL DEFAULT '', "
    "answer_9 TEXT NOT NULL DEFAULT '', answer_10 TEXT NOT NULL DEFAULT '', "
    "answer_11 TEXT NOT NULL DEFAULT '', answer_12 TEXT NOT NULL DEFAULT '', "
    "answer_13 TEXT NOT NULL DEFAULT '', answer_14 TEXT NOT NULL DEFAULT '', "
    "answer_15 TEXT NOT NULL DEFAULT '', answer_16 TEXT NOT NULL DEFAULT '', "
    "answer_17 TEXT NOT NULL DEFAULT '', answer_18 TEXT NOT NULL DEFAULT '', "
    "answer_19 TEXT NOT NULL DEFAULT '', answer_20 TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX survey_responses_by_survey ON survey_responses (survey, sheet)",
    "CREATE TABLE survey_tallies (" SYNC_COLUMNS "survey TEXT NOT NULL REFERENCES surveys (uuid), "
    "question INTEGER NOT NULL, option INTEGER NOT NULL, " SEX_AGE_COLUMNS("count_") ", "
    "count_unsplit INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX survey_tallies_by_survey ON survey_tallies (survey, question, option)",
};

#undef SYNC_COLUMNS
#undef SEX_AGE_COLUMNS

template <std::size_t N> Result<void> runAll(const QSqlDatabase& db, const char* const (&statements)[N])
{
    for (const char* statement : statements)
        if (auto done = sql::exec(db, QString::fromUtf8(statement)); !done)
            return done;
    return {};
}

} // namespace

const QList<std::pair<QChar, QChar>>& searchFoldPairs()
{
    static const QList<std::pair<QChar, QChar>> pairs = {
        {u'ӣ', u'и'}, {u'Ӣ', u'И'}, {u'ӯ', u'у'}, {u'Ӯ', u'У'}, {u'ҳ', u'х'}, {u'Ҳ', u'Х'}, {u'ҷ', u'ч'},
        {u'Ҷ', u'Ч'}, {u'қ', u'к'}, {u'Қ', u'К'}, {u'ғ', u'г'}, {u'Ғ', u'Г'}, {u'ё', u'е'}, {u'Ё', u'Е'}};
    return pairs;
}

QString searchFold(const QString& expression)
{
    QString sql = expression;
    for (const auto& [from, to] : searchFoldPairs())
        sql = QStringLiteral("replace(%1, '%2', '%3')").arg(sql, QString(from), QString(to));
    return sql;
}

QString concernStatusOrder()
{
    // Spelled out, not built from the enum: schema step 3 indexes exactly this expression, and a released
    // step never changes. A test checks that it follows the cycle as ConcernStatus lists it.
    return QStringLiteral(
        "CASE status WHEN 'raised' THEN 0 WHEN 'analysed' THEN 1 WHEN 'prioritised' THEN 2 "
        "WHEN 'in_plan' THEN 3 WHEN 'resolved' THEN 4 WHEN 'monitoring' THEN 5 WHEN 'closed' "
        "THEN 6 WHEN 'dropped' THEN 7 END");
}

QString searchFoldText(QString text)
{
    for (const auto& [from, to] : searchFoldPairs())
        text.replace(from, to);
    return text;
}

Result<void> applyStep(const QSqlDatabase& db, int step)
{
    switch (step) {
    case 1:
        return runAll(db, kVersion1);
    case 2:
        for (const QString& statement : version2())
            if (auto done = sql::exec(db, statement); !done)
                return done;
        return {};
    case 3:
        return runAll(db, kVersion3);
    case 4:
        return runAll(db, kVersion4);
    case 5:
        return runAll(db, kVersion5);
    case 6:
        return runAll(db, kVersion6);
    case 7:
        return runAll(db, kVersion7);
    case 8:
        if (auto done = runAll(db, kVersion8); !done)
            return done;
        return seedBuiltIns(db, 8);
    case 9:
        return runAll(db, kVersion9);
    case 10:
        return runAll(db, kVersion10);
    default:
        return Error{QStringLiteral("unknown schema step %1").arg(step), {}};
    }
}

} // namespace hamkori::schema
