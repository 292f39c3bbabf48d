// hamkori-crash: power cuts, as near as a process can come to one. Runs the console program on a copy of a
// prepared data file and kills it (SIGKILL; TerminateProcess on Windows) at a random moment, for edits (the
// demo, one team per transaction), a CSV import, a bundle import, a backup and a restore. After each trial
// `hamkori-cli check` must pass and the data must be exactly a state before or after a whole operation:
//
//   demo           every team is there whole or not at all
//   import-csv     the file before, or after the whole import
//   import-bundle  the file before, or after the whole bundle
//   backup         the file unchanged, and every backup listed opens and checks whole
//   restore        the file before, or the backup in its place
//
// Not part of ctest's pass/fail at this size: scripts/bench runs 200 trials and prints the figures; ctest
// runs a few ("crash harness: a few power cuts"). Usage: hamkori-crash [--trials N] [--seed S] [--keep DIR]
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <cstdio>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

struct Outcome
{
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
};

/// The console program in a home of its own (its ledger, its backups), killed after `killAfterMs` unless
/// negative.
class Console
{
public:
    explicit Console(const QString& home) : m_home(home) {}

    Outcome run(const QStringList& arguments, int killAfterMs = -1) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("HAMKORI_PASSPHRASE"), kPassphrase);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HAMKORI_CLI_PATH), arguments);
        Outcome outcome;
        if (!process.waitForStarted(30000))
            return outcome;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill(); // SIGKILL: no destructor, no flush, no commit
            outcome.killed = true;
        }
        process.waitForFinished(600000);
        outcome.exitCode = process.exitCode();
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

private:
    QString m_home;
};

/// A read-only look at a data file that writes nothing into it.
class Look
{
public:
    explicit Look(const QString& file) : m_name(QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Look()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    /// A hash of every record and every journal entry, without the stamps and the device (each trial runs on
    /// a new laptop at another moment): files that hold the same data have equal digests.
    QString digest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList stamps{QStringLiteral("created_hlc"), QStringLiteral("modified_hlc"),
                                 QStringLiteral("device")};
        for (const char* statement :
             {"SELECT * FROM teams ORDER BY uuid", "SELECT * FROM members ORDER BY uuid",
              "SELECT * FROM meetings ORDER BY uuid", "SELECT * FROM concerns ORDER BY uuid",
              "SELECT * FROM concern_status_history ORDER BY uuid", "SELECT * FROM plans ORDER BY uuid",
              "SELECT * FROM activities ORDER BY uuid", "SELECT * FROM progress_updates ORDER BY uuid",
              "SELECT kind, record, field, value FROM journal ORDER BY kind, record, field, value"}) {
            QSqlQuery rows(QSqlDatabase::database(m_name, false));
            if (!rows.exec(QString::fromLatin1(statement)))
                return QStringLiteral("unreadable: ") + rows.lastError().text();
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                for (int i = 0; i < record.count(); ++i)
                    if (!stamps.contains(record.fieldName(i)))
                        hash.addData(QByteArray(record.value(i).toString().toUtf8() + '|'));
                hash.addData("\n");
            }
        }
        return QString::fromLatin1(hash.result().toHex());
    }

    /// Records of each team: meetings, concerns, plans (a team loaded whole has all of them).
    QHash<QString, QString> perTeam() const
    {
        QHash<QString, QString> counts;
        QSqlQuery rows(QSqlDatabase::database(m_name, false));
        rows.exec(QStringLiteral(
            "SELECT t.code, (SELECT COUNT(*) FROM meetings m WHERE m.team = t.uuid), (SELECT COUNT(*) FROM "
            "concerns c WHERE c.team = t.uuid), (SELECT COUNT(*) FROM plans p WHERE p.team = t.uuid), "
            "(SELECT COUNT(*) FROM members x WHERE x.team = t.uuid) FROM teams t"));
        while (rows.next())
            counts.insert(rows.value(0).toString(), QStringLiteral("%1/%2/%3/%4")
                                                        .arg(rows.value(1).toInt())
                                                        .arg(rows.value(2).toInt())
                                                        .arg(rows.value(3).toInt())
                                                        .arg(rows.value(4).toInt()));
        return counts;
    }

private:
    QString m_name;
};

struct Operation
{
    QString name;
    QString base;          // the file each trial starts from
    QStringList arguments; // after --database FILE
    qint64 fullMs = 0;     // how long it takes unkilled
    QString before = {};   // digest of the base
    QString after = {};    // digest after a whole run
    QHash<QString, QString> teamsAfter = {};
    int trials = 0;
    int killed = 0;
    int failures = 0;
};

void copyFresh(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    QFile::copy(from, to);
}

bool fail(Operation& operation, const QString& why)
{
    ++operation.failures;
    std::fprintf(stderr, "  FAILED %s: %s\n", qPrintable(operation.name), qPrintable(why));
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption trialsOption(QStringLiteral("trials"), QStringLiteral("Trials in all."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addHelpOption();
    parser.addOptions({trialsOption, seedOption});
    parser.process(app);
    const int trials = parser.value(trialsOption).toInt();
    QRandomGenerator random(parser.value(seedOption).toUInt());

    QTemporaryDir work;
    const QString home = work.filePath(QStringLiteral("home"));
    const Console console(home);
    auto prepare = [&](const QStringList& arguments) {
        const Outcome done = console.run(arguments);
        if (done.exitCode != 0) {
            std::fprintf(stderr, "hamkori-crash: preparing failed: %s\n%s\n",
                         qPrintable(arguments.join(u' ')), qPrintable(done.err));
            std::exit(1);
        }
    };
    // The files and inputs the trials start from.
    const QString empty = work.filePath(QStringLiteral("empty.sqlite"));
    const QString demo = work.filePath(QStringLiteral("demo.sqlite"));
    const QString other = work.filePath(QStringLiteral("other.sqlite"));
    prepare({QStringLiteral("--database"), empty, QStringLiteral("init")});
    prepare({QStringLiteral("--database"), demo, QStringLiteral("demo")});
    prepare({QStringLiteral("--database"), other, QStringLiteral("generate"), QStringLiteral("--scale"),
             QStringLiteral("district"), QStringLiteral("--seed"), QStringLiteral("7")});
    const QString bundles = work.filePath(QStringLiteral("bundles"));
    QDir().mkpath(bundles);
    prepare({QStringLiteral("--database"), other, QStringLiteral("export-bundle"), QStringLiteral("--output"),
             bundles});
    const QString bundle = QDir(bundles).entryInfoList({QStringLiteral("*.hkx")}).value(0).filePath();
    // A CSV that changes every concern of one team: one import, one transaction.
    const QString csv = work.filePath(QStringLiteral("concerns.csv"));
    prepare({QStringLiteral("--database"), demo, QStringLiteral("export-csv"), QStringLiteral("--kind"),
             QStringLiteral("concerns"), QStringLiteral("--team"), QStringLiteral("KUS"),
             QStringLiteral("--output"), csv});
    {
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        // Every concern's title changes (a row starts with its code; its title is the next cell).
        text.replace(QRegularExpression(QStringLiteral("^(KUS-\\d{4}-\\d{3}),(\"?)"),
                                        QRegularExpression::MultilineOption),
                     QStringLiteral("\\1,\\2Изм. "));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
    }
    const QString backup = work.filePath(QStringLiteral("backup-of-empty.sqlite"));
    copyFresh(empty, backup);

    // Designated: the fields measured below start empty.
    QList<Operation> operations = {
        {.name = QStringLiteral("edits (demo)"), .base = empty, .arguments = {QStringLiteral("demo")}},
        {.name = QStringLiteral("import-csv"),
         .base = demo,
         .arguments = {QStringLiteral("import-csv"), QStringLiteral("--kind"), QStringLiteral("concerns"),
                       QStringLiteral("--team"), QStringLiteral("KUS"), QStringLiteral("--input"), csv}},
        {.name = QStringLiteral("import-bundle"),
         .base = demo,
         .arguments = {QStringLiteral("import-bundle"), QStringLiteral("--trust-new-devices"), bundle}},
        {.name = QStringLiteral("backup"), .base = demo, .arguments = {QStringLiteral("backup")}},
        {.name = QStringLiteral("restore"), .base = demo, .arguments = {QStringLiteral("restore"), backup}},
    };
    const QString file = work.filePath(QStringLiteral("trial.sqlite"));
    // Unkilled runs: how long each takes and what it leaves.
    for (Operation& operation : operations) {
        copyFresh(operation.base, file);
        operation.before = Look(file).digest();
        QElapsedTimer clock;
        clock.start();
        const Outcome done =
            console.run(QStringList{QStringLiteral("--database"), file} + operation.arguments);
        operation.fullMs = clock.elapsed();
        if (done.exitCode != 0) {
            std::fprintf(stderr, "hamkori-crash: %s failed unkilled: %s\n", qPrintable(operation.name),
                         qPrintable(done.err));
            return 1;
        }
        operation.after = Look(file).digest();
        operation.teamsAfter = Look(file).perTeam();
        // A trial proves nothing of an operation that changes nothing (a backup changes the file on purpose
        // not at all).
        if ((operation.after == operation.before) != (operation.name == u"backup")) {
            std::fprintf(stderr, "hamkori-crash: %s changed %s\n", qPrintable(operation.name),
                         operation.after == operation.before ? "nothing" : "the data file");
            return 1;
        }
    }

    QElapsedTimer total;
    total.start();
    for (int trial = 0; trial < trials; ++trial) {
        Operation& operation = operations[trial % operations.size()];
        ++operation.trials;
        copyFresh(operation.base, file);
        QDir(home).removeRecursively(); // a new laptop each time: its ledger and backups start empty
        const int killAfter = int(random.bounded(quint32(operation.fullMs * 11 / 10 + 1)));
        const Outcome run =
            console.run(QStringList{QStringLiteral("--database"), file} + operation.arguments, killAfter);
        if (run.killed)
            ++operation.killed;
        const Outcome check = console.run({QStringLiteral("--database"), file, QStringLiteral("check")});
        if (check.exitCode != 0) {
            fail(operation, QStringLiteral("check after a kill at %1 ms: %2").arg(killAfter).arg(check.err));
            continue;
        }
        const Look look(file);
        const QString now = look.digest();
        if (operation.name == u"edits (demo)") {
            // Team by team: each one there whole (as after the whole run) or not at all.
            const QHash<QString, QString> teams = look.perTeam();
            for (auto it = teams.cbegin(); it != teams.cend(); ++it)
                if (it.value() != operation.teamsAfter.value(it.key()))
                    fail(operation, QStringLiteral("team %1 half there: %2").arg(it.key(), it.value()));
        } else if (operation.name == u"backup") {
            if (now != operation.before)
                fail(operation, QStringLiteral("the backup changed the data file"));
            // Every backup the console would list (*.sqlite in its backups folders) opens and checks whole; a
            // snapshot cut short is left as *.part, which nothing lists.
            QDirIterator backups(home, {QStringLiteral("*.sqlite")}, QDir::Files,
                                 QDirIterator::Subdirectories);
            while (backups.hasNext())
                if (auto whole = hamkori::Backups::inspect(backups.next()); !whole)
                    fail(operation,
                         QStringLiteral("a listed backup is broken: %1").arg(whole.errorMessage()));
        } else if (now != operation.before && now != operation.after) {
            fail(operation, QStringLiteral("neither before nor after (killed at %1 ms of %2)")
                                .arg(killAfter)
                                .arg(operation.fullMs));
        }
    }

    std::printf("crash harness: %d trials in %.1f s (seed %s)\n", trials, double(total.elapsed()) / 1000.0,
                qPrintable(parser.value(seedOption)));
    int failures = 0;
    for (const Operation& operation : operations) {
        std::printf("  %-16s %3d trials, %3d killed mid-way, %d failed (whole run %lld ms)\n",
                    qPrintable(operation.name), operation.trials, operation.killed, operation.failures,
                    operation.fullMs);
        failures += operation.failures;
    }
    return failures == 0 ? 0 : 1;
}
