#include "DataCommands.h"
#include "CommandLine.h"
#include "core/demo/DemoLoader.h"
#include "core/demo/Generator.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticsRepository.h"
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString location(const Database& db)
    {
        return tr("Data file: %1 (data version %2)")
            .arg(QDir::toNativeSeparators(db.path()))
            .arg(db.schemaVersion());
    }
};

} // namespace

int runInit(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("init"),
                     Text::tr("Create an empty data file. Running it again is harmless."), arguments);
    if (int done = line.parse(); done >= 0)
        return done;
    if (!line.parser().positionalArguments().isEmpty())
        return line.usageError(Text::tr("\"init\" takes no arguments."));
    auto db = line.openOrCreateDatabase();
    if (!db)
        return Failure;
    out() << Text::location(*db) << Qt::endl;
    out() << Text::tr("This laptop's device fingerprint: %1").arg(db->identity().fingerprint()) << Qt::endl;
    return Success;
}

int runDemo(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("demo"),
        Text::tr("Load the demo: ten teams with a year of meetings, concerns, prioritisation and action "
                 "plans. Teams already in the data file are left as they are."),
        arguments);
    if (int done = line.parse(); done >= 0)
        return done;
    auto db = line.openOrCreateDatabase();
    if (!db)
        return Failure;
    auto loaded = demo::loadDemo(*db);
    if (!loaded)
        return CommandLine::fail(loaded.errorMessage());
    out() << Text::tr("Demo loaded: %n team(s)", nullptr, loaded->teams) << ", "
          << Text::tr("%n meeting(s)", nullptr, loaded->meetings) << ", "
          << Text::tr("%n concern(s)", nullptr, loaded->concerns) << ", "
          << Text::tr("%n action plan(s)", nullptr, loaded->plans) << ", "
          << Text::tr("%n organisation(s) in the directory", nullptr, loaded->directory.organisations) << ", "
          << Text::tr("%n community policing centre(s)", nullptr, loaded->directory.centres) << ", "
          << Text::tr("%n request(s) and recommendation(s)", nullptr, loaded->directory.commitments) << ", "
          << Text::tr("%n referral(s)", nullptr, loaded->directory.referrals) << ", "
          << Text::tr("%n event(s)", nullptr, loaded->events.events) << ", "
          << Text::tr("%n campaign(s)", nullptr, loaded->events.campaigns) << ", "
          << Text::tr("%n survey round(s)", nullptr, loaded->surveys.rounds) << ", "
          << Text::tr("%n survey sheet(s)", nullptr, loaded->surveys.sheets) << "." << Qt::endl;
    if (!loaded->skippedTeams.isEmpty())
        out() << Text::tr("Already in the data file, left as they were: %1")
                     .arg(loaded->skippedTeams.join(u", "))
              << Qt::endl;
    return Success;
}

int runGenerate(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("generate"),
        Text::tr("Add generated data for tests and benchmarks: \"district\" is one new team over three "
                 "years, \"national\" is about 40 teams over ten years."),
        arguments);
    const QCommandLineOption scale(
        QStringLiteral("scale"), Text::tr("How much to generate: district or national."), Text::tr("scale"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("The same seed gives the same data (default 1)."),
                                  Text::tr("number"), QStringLiteral("1"));
    line.parser().addOption(scale);
    line.parser().addOption(seed);
    if (int done = line.parse(); done >= 0)
        return done;
    const QString scaleName = line.parser().value(scale);
    if (scaleName != u"district" && scaleName != u"national")
        return line.usageError(Text::tr("Choose the size with --scale district or --scale national."));
    bool seedOk = false;
    const quint32 seedValue = line.parser().value(seed).toUInt(&seedOk);
    if (!seedOk)
        return line.usageError(Text::tr("The seed must be a whole number from 0 to 4294967295."));
    auto db = line.openOrCreateDatabase();
    if (!db)
        return Failure;

    demo::GenerateOptions options;
    options.scale = scaleName == u"national" ? demo::Scale::National : demo::Scale::District;
    options.seed = seedValue;
    int lastPercent = -1;
    options.progress = [&](int done, int total) {
        const int percent = done * 100 / total;
        if (percent / 5 != lastPercent / 5 || done == total) {
            err()
                << Text::tr("Generating: %1% (%2 of %3 years of team data)").arg(percent).arg(done).arg(total)
                << Qt::endl;
            lastPercent = percent;
        }
    };
    auto report = demo::generate(*db, options);
    if (!report)
        return CommandLine::fail(report.errorMessage());
    out() << Text::tr("Generated: %n team(s)", nullptr, report->teams) << ", "
          << Text::tr("%n meeting(s)", nullptr, report->meetings) << ", "
          << Text::tr("%n concern(s)", nullptr, report->concerns) << ", "
          << Text::tr("%n action plan(s)", nullptr, report->plans) << ", "
          << Text::tr("%n activity(ies)", nullptr, report->activities) << ", "
          << Text::tr("%n progress update(s)", nullptr, report->updates) << ", "
          << Text::tr("%n organisation(s) in the directory", nullptr, report->directory.organisations) << ", "
          << Text::tr("%n community policing centre(s)", nullptr, report->directory.centres) << ", "
          << Text::tr("%n request(s) and recommendation(s)", nullptr, report->directory.commitments) << ", "
          << Text::tr("%n referral(s)", nullptr, report->directory.referrals) << ", "
          << Text::tr("%n event(s)", nullptr, report->events.events) << ", "
          << Text::tr("%n campaign(s)", nullptr, report->events.campaigns) << ", "
          << Text::tr("%n survey round(s)", nullptr, report->surveys.rounds) << ", "
          << Text::tr("%n survey sheet(s)", nullptr, report->surveys.sheets) << "." << Qt::endl;
    return Success;
}

int runStats(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("stats"), Text::tr("Count the records of each kind in the data file."),
                     arguments);
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print the counts as JSON, for other programs."));
    line.parser().addOption(json);
    if (int done = line.parse(); done >= 0)
        return done;
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto counts = StatisticsRepository(*db).kindCounts();
    if (!counts)
        return CommandLine::fail(counts.errorMessage());
    const QList<std::pair<QString, qint64>> rows = {
        {QStringLiteral("teams"), counts->teams},           {QStringLiteral("members"), counts->members},
        {QStringLiteral("meetings"), counts->meetings},     {QStringLiteral("concerns"), counts->concerns},
        {QStringLiteral("rounds"), counts->rounds},         {QStringLiteral("plans"), counts->plans},
        {QStringLiteral("activities"), counts->activities}, {QStringLiteral("updates"), counts->updates},
        {QStringLiteral("journal"), counts->journal}};
    if (line.parser().isSet(json)) {
        QJsonObject object;
        for (const auto& [key, value] : rows)
            object.insert(key, double(value));
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    const QStringList labels = {Text::tr("Teams"),
                                Text::tr("Members"),
                                Text::tr("Meetings"),
                                Text::tr("Concerns"),
                                Text::tr("Prioritisation rounds"),
                                Text::tr("Action plans"),
                                Text::tr("Activities"),
                                Text::tr("Progress updates"),
                                Text::tr("Journal entries")};
    int width = 0;
    for (const QString& label : labels)
        width = std::max(width, int(label.size()));
    for (int i = 0; i < rows.size(); ++i)
        out() << labels[i].leftJustified(width + 2) << QLocale().toString(rows[i].second) << Qt::endl;
    return Success;
}

int runCheck(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("check"),
                     Text::tr("Check the data file: its integrity and its data version."), arguments);
    if (int done = line.parse(); done >= 0)
        return done;
    // Opening runs PRAGMA integrity_check (always, here) and refuses damaged or newer files with a message.
    auto db = line.openDatabase(Database::IntegrityCheck::Always);
    if (!db)
        return Failure;
    out() << Text::location(*db) << Qt::endl;
    out() << Text::tr("Integrity: the data file is sound.") << Qt::endl;
    out() << Text::tr("Data version: %1 (this program writes version %2).")
                 .arg(db->schemaVersion())
                 .arg(Database::kSchemaVersion)
          << Qt::endl;
    out() << Text::tr("Device: %1, fingerprint %2").arg(db->identity().id(), db->identity().fingerprint())
          << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
