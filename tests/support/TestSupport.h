#pragma once
// What the tests share: a temporary data file, a clock the test advances, and small builders.
#include "core/model/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/Crypto.h"
#include <QTemporaryDir>
#include <memory>

namespace hamkori::test {

/// A wall clock that stands still until the test moves it.
class ManualClock final : public WallClock
{
public:
    explicit ManualClock(qint64 startMs = 1767225600000) : m_now(startMs) {} // 2026-01-01
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

/// A fresh data file in a temporary folder, opened with a manual clock. The folder is also the
/// installation's own (its identity ledger), so that each TempDatabase is a laptop of its own.
struct TempDatabase
{
    TempDatabase();
    QString path() const { return dir.filePath(QStringLiteral("hamkori.sqlite")); }
    QString ledger() const { return dir.filePath(QStringLiteral("identities.json")); }
    Database& operator*() { return *db; }
    Database* operator->() { return db.get(); }
    /// Closes and opens the file again (to check what was really stored).
    void reopen();
    /// Closes the file, puts a copy of `source` (a data file closed elsewhere) in its place, and opens it:
    /// a file copied from another laptop, or an older copy put back.
    void replaceFileWith(const QString& source);
    /// Closes the file and copies it to `target` (a stick, another laptop), then opens it again.
    void copyFileTo(const QString& target);

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
};

/// A team with a district, ready for records to hang off it.
QString makeTeam(Database& db, const QString& code = QStringLiteral("ISF"));
QString categoryUuid(Database& db, const QString& code = QStringLiteral("domestic_violence"));
/// A concern of the team (domestic violence, first raised 01.02.2026), for the tests that need one to exist.
QString makeConcern(Database& db, const QString& team, const QString& title);
QString referenceUuid(Database& db, const QString& list, const QString& code);

struct PlannedActivity
{
    ActionPlan plan;
    Activity activity;
};
/// A draft plan for 2026 in `team` holding one activity led by the police, as `work` describes it.
PlannedActivity makePlannedActivity(Database& db, const QString& team, Activity work);

/// The program's language for the rest of a scope (Hamkori's and Qt's catalogues); English again when the
/// scope ends, even when a check in it failed, so that no test leaves its language to the next.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};

/// What an export does before it writes, with the fast Argon2id cost: the file's keys opened (and locked)
/// with the tests' passphrase, what waits signed, and the entries a receiver knowing `knows` lacks.
Result<sync::Bundle> exportable(Database& from, const QStringList& teams = {},
                                const QHash<QString, qint64>& knows = {});
/// The file's signing key, opened as an export opens it.
sync::SigningKey deviceKey(Database& db);
/// The passphrase the tests lock data files' keys with.
QString keyPassphrase();

/// A text dump of every table (rows in a fixed order), to prove that a failed operation changed nothing.
QString dumpDatabase(Database& db);

} // namespace hamkori::test

#include <catch2/catch.hpp>

namespace Catch {
/// Failures show the text, not a list of QChar.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
