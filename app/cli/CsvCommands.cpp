#include "CsvCommands.h"
#include "CommandLine.h"
#include "core/csv/ActivityExport.h"
#include "core/csv/CellValues.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/ConcernImport.h"
#include "core/csv/CsvReader.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include <QDir>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The team given by --team (its code, name or id), or the only team of the data file. Empty after printing
/// the error; a code two teams share is refused with both teams named, never taken as one of them.
QString resolveTeam(CommandLine& line, Database& db, const QCommandLineOption& option, bool required,
                    int* exitCode)
{
    TeamRepository teams(db);
    if (line.parser().isSet(option)) {
        auto team = teams.findTeam(line.parser().value(option));
        if (!team) {
            *exitCode = line.usageError(team.errorMessage());
            return {};
        }
        return team->meta.uuid;
    }
    if (!required)
        return {};
    auto all = teams.teams();
    if (all && all->size() == 1)
        return all->first().meta.uuid;
    QStringList codes;
    if (all)
        for (const Team& team : *all)
            codes << team.code;
    *exitCode = line.usageError(Text::tr("Choose the team with --team CODE (the teams here: %1).")
                                    .arg(codes.join(QStringLiteral(", "))));
    return {};
}

QString headerLanguage(CommandLine& line, const QCommandLineOption& option)
{
    return line.parser().isSet(option) ? line.parser().value(option) : Translations::current();
}

} // namespace

int runExportCsv(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("export-csv"),
        Text::tr("Write concerns or activities to a CSV file that Excel and LibreOffice open with "
                 "Cyrillic and Tajik letters intact (UTF-8 with a BOM). Restricted concerns are left "
                 "out unless --include-restricted is given."),
        arguments);
    const QCommandLineOption kind(QStringLiteral("kind"), Text::tr("What to export: concerns or activities."),
                                  Text::tr("kind"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("The CSV file to write."),
                                    Text::tr("file"));
    const QCommandLineOption team(
        QStringLiteral("team"),
        Text::tr(
            "Only this team (its code, or its name or id when two teams share the code). Concerns: every "
            "team when left out."),
        Text::tr("team"));
    const QCommandLineOption plan(
        QStringLiteral("plan"), Text::tr("Activities: only this action plan (its code)."), Text::tr("code"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Text::tr("Concerns: only those with this status (e.g. raised, in_plan)."),
                                    Text::tr("status"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Text::tr("Concerns: only those of this category (its name or code)."),
                                      Text::tr("category"));
    const QCommandLineOption search(
        QStringLiteral("search"), Text::tr("Concerns: only those matching these words."), Text::tr("words"));
    const QCommandLineOption restricted(QStringLiteral("include-restricted"),
                                        Text::tr("Include restricted concerns. Keep such a file safe."));
    const QCommandLineOption language(QStringLiteral("header-language"),
                                      Text::tr("The language of the column names and values: tg, ru or en "
                                               "(default: the language of the messages)."),
                                      Text::tr("language"));
    const QCommandLineOption separator(QStringLiteral("separator"),
                                       Text::tr("comma or semicolon (default: semicolon for tg and ru, which "
                                                "Excel expects in those languages; comma for en)."),
                                       Text::tr("separator"));
    const QCommandLineOption allTeams(QStringLiteral("all-teams"),
                                      Text::tr("Activities: every plan of every team, with the team and its "
                                               "district in the first columns."));
    for (const auto* option : {&kind, &output, &team, &plan, &status, &category, &search, &restricted,
                               &language, &separator, &allTeams})
        line.parser().addOption(*option);
    if (int done = line.parse(); done >= 0)
        return done;
    const QString what = line.parser().value(kind);
    if (what != u"concerns" && what != u"activities")
        return line.usageError(Text::tr("Choose what to export with --kind concerns or --kind activities."));
    if (line.parser().value(output).isEmpty())
        return line.usageError(Text::tr("Name the file to write with --output FILE.csv."));
    const QString lang = headerLanguage(line, language);
    if (!Translations::isSupported(lang))
        return line.usageError(Text::tr("The header language must be tg, ru or en."));
    QChar sep = csv::ConcernExport::separatorFor(lang);
    if (line.parser().isSet(separator)) {
        const QString name = line.parser().value(separator);
        if (name != u"comma" && name != u"semicolon")
            return line.usageError(Text::tr("The separator must be comma or semicolon."));
        sep = name == u"comma" ? QLatin1Char(',') : QLatin1Char(';');
    }
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const QString path = line.parser().value(output);

    if (what == u"activities") {
        csv::ActivityExportOptions options;
        options.language = lang;
        options.separator = sep;
        if (line.parser().isSet(allTeams)) {
            options.allTeams = true;
        } else if (line.parser().isSet(plan)) {
            auto found = PlanRepository(*db).planByCode(line.parser().value(plan).trimmed());
            if (!found)
                return line.usageError(found.errorMessage());
            options.planUuid = found->meta.uuid;
        } else {
            options.teamUuid = resolveTeam(line, *db, team, true, &exitCode);
            if (options.teamUuid.isEmpty())
                return exitCode;
        }
        auto written = csv::ActivityExport(*db).write(options, path);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Wrote %n activity(ies) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Success;
    }

    csv::ConcernExportOptions options;
    options.language = lang;
    options.separator = sep;
    options.includeRestricted = line.parser().isSet(restricted);
    options.filter.sort = ConcernFilter::Sort::Code;
    options.filter.descending = false;
    options.filter.teamUuid = resolveTeam(line, *db, team, false, &exitCode);
    if (exitCode != Success)
        return exitCode;
    if (line.parser().isSet(status)) {
        const auto value = enumFromCode<ConcernStatus>(line.parser().value(status).trimmed());
        if (!value)
            return line.usageError(Text::tr("Unknown status. Use one of: %1.")
                                       .arg(allCodes<ConcernStatus>().join(QStringLiteral(", "))));
        options.filter.status = *value;
    }
    if (line.parser().isSet(category)) {
        auto items = ReferenceRepository(*db).items(ReferenceList::Category);
        if (!items)
            return CommandLine::fail(items.errorMessage());
        options.filter.categoryUuid = csv::ReferenceNames(*items).find(line.parser().value(category));
        if (options.filter.categoryUuid.isEmpty())
            return line.usageError(
                Text::tr("Unknown category. Use one of: %1.").arg(csv::ReferenceNames(*items).choices()));
    }
    options.filter.search = line.parser().value(search);
    auto written = csv::ConcernExport(*db).write(options, path);
    if (!written)
        return CommandLine::fail(written.errorMessage());
    out() << Text::tr("Wrote %n concern(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    if (!options.includeRestricted)
        out() << Text::tr("Restricted concerns were left out; add --include-restricted to export them.")
              << Qt::endl;
    return Success;
}

int runImportCsv(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("import-csv"),
        Text::tr("Read concerns from a CSV file into a team. Columns are matched by their names in "
                 "Tajik, Russian or English. A row whose code the team has updates that concern; "
                 "importing the same file again creates nothing new. Nothing is saved while rows "
                 "have errors, unless --skip-bad-rows is given."),
        arguments);
    const QCommandLineOption kind(QStringLiteral("kind"), Text::tr("What to import: concerns."),
                                  Text::tr("kind"));
    const QCommandLineOption input(QStringLiteral("input"), Text::tr("The CSV file to read."),
                                   Text::tr("file"));
    const QCommandLineOption team(
        QStringLiteral("team"),
        Text::tr("The team the concerns belong to (its code, or its name or id when "
                 "two teams share the code); needed when the data file has several "
                 "teams."),
        Text::tr("team"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Check the file and print the report, but save nothing."));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                                  Text::tr("Import the good rows and leave out the rows with errors."));
    const QCommandLineOption deleted(
        QStringLiteral("deleted"),
        Text::tr("What to do with a row whose code belongs to a deleted concern of the team: skip (the "
                 "default) leaves the row out; restore brings the concern back with the row's values."),
        Text::tr("skip|restore"), QStringLiteral("skip"));
    for (const auto* option : {&kind, &input, &team, &dryRun, &skip, &deleted})
        line.parser().addOption(*option);
    if (int done = line.parse(); done >= 0)
        return done;
    if (line.parser().value(kind) != u"concerns")
        return line.usageError(Text::tr("Only concerns can be imported: use --kind concerns."));
    if (line.parser().value(input).isEmpty())
        return line.usageError(Text::tr("Name the file to read with --input FILE.csv."));
    const QString onDeleted = line.parser().value(deleted);
    if (onDeleted != u"skip" && onDeleted != u"restore")
        return line.usageError(Text::tr("--deleted must be skip or restore."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const QString teamUuid = resolveTeam(line, *db, team, true, &exitCode);
    if (teamUuid.isEmpty())
        return exitCode;

    auto table = csv::CsvReader::readFile(line.parser().value(input));
    if (!table)
        return CommandLine::fail(table.errorMessage());
    if (table->encoding != u"UTF-8")
        out() << Text::tr("The file was read as %1.").arg(table->encoding) << Qt::endl;
    csv::ConcernImport importer(*db, teamUuid);
    csv::ImportPreview preview = importer.check(*table, csv::ColumnMapping::guess(table->header));
    preview.restoreAllDeleted(onDeleted == u"restore");
    for (const csv::ImportMessage& message : preview.messages) {
        const QString where = message.column.isEmpty()
                                  ? Text::tr("Row %1").arg(message.row)
                                  : Text::tr("Row %1, column \"%2\"").arg(message.row).arg(message.column);
        out() << where << ": " << message.text << Qt::endl;
    }
    // Rows that match a deleted concern: said one by one, with what becomes of them.
    for (const csv::RowPlan& row : preview.rows)
        if (row.action == csv::RowAction::MatchesDeleted)
            out() << Text::tr("Row %1: %2").arg(row.row).arg(row.deletedNote) << ' '
                  << (row.restore
                          ? Text::tr("It is restored (--deleted restore).")
                          : Text::tr("The row is skipped; --deleted restore brings the concern back."))
                  << Qt::endl;
    const int matchedDeleted = preview.count(csv::RowAction::MatchesDeleted);
    const auto deletedSummary = [&](int restored) {
        return Text::tr("Rows matching a deleted concern: %1 (restored: %2, skipped: %3).")
            .arg(matchedDeleted)
            .arg(restored)
            .arg(matchedDeleted - restored);
    };
    const bool skipBad = line.parser().isSet(skip);
    const auto summary = [](int created, int updated, int unchanged, int skipped) {
        return Text::tr("Created: %1, updated: %2, unchanged: %3, skipped: %4.")
            .arg(created)
            .arg(updated)
            .arg(unchanged)
            .arg(skipped);
    };
    if (line.parser().isSet(dryRun)) {
        out() << summary(preview.count(csv::RowAction::Create), preview.count(csv::RowAction::Update),
                         preview.count(csv::RowAction::Unchanged),
                         skipBad ? preview.count(csv::RowAction::Invalid) : 0)
              << Qt::endl;
        if (matchedDeleted > 0)
            out() << deletedSummary(preview.restoring()) << Qt::endl;
        out() << Text::tr("Dry run: nothing was saved.") << Qt::endl;
        return preview.canApply(skipBad) ? Success : Failure;
    }
    if (preview.canApply(skipBad))
        CommandLine::backUpBefore(*db, BackupReason::BeforeCsvImport);
    auto outcome = importer.apply(preview, skipBad);
    if (!outcome)
        return CommandLine::fail(outcome.errorMessage());
    out() << summary(int(outcome->created.size()), outcome->updated(), outcome->unchanged, outcome->skipped)
          << Qt::endl;
    if (matchedDeleted > 0)
        out() << deletedSummary(int(outcome->restored.size())) << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
