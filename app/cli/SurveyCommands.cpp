#include "SurveyCommands.h"
#include "CommandLine.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/SurveyExport.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include "core/report/DocumentLanguage.h"
#include "core/report/SurveyFigures.h"
#include "core/report/SurveySummaryDocument.h"
#include "core/storage/SurveyRepository.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include <QDir>
#include <QLocale>
#include <cmath>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Prints rows as columns padded to their widest cell, the last column as it is.
void printTable(const QList<QStringList>& rows)
{
    QList<int> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i + 1 < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line.trimmed() << Qt::endl;
    }
}

/// The rounds with their sheets and the key indicators of all respondents, newest first.
int listRounds(Database& db, const csv::SurveyExportOptions& options)
{
    auto rounds = SurveyRepository(db).counts(options.teamUuids, options.from, options.to);
    if (!rounds)
        return CommandLine::fail(rounds.errorMessage());
    if (rounds->isEmpty()) {
        out() << Text::tr("No survey round is recorded.") << Qt::endl;
        return Success;
    }
    auto teams = TeamRepository(db).teams();
    if (!teams)
        return CommandLine::fail(teams.errorMessage());
    QHash<QString, QString> teamNames;
    for (const Team& team : *teams)
        teamNames.insert(team.meta.uuid, team.name);
    const QLocale locale;
    QStringList header{Text::tr("Code"),     Text::tr("Group"),  Text::tr("Kind"),   Text::tr("First day"),
                       Text::tr("Last day"), Text::tr("Sheets"), Text::tr("Tallied")};
    // Short headers for the key indicators, in report::keyIndicators()'s order: a console line is narrow.
    header << Text::tr("Safe by day") << Text::tr("Safe after dark") << Text::tr("Trust the police")
           << Text::tr("Police first") << Text::tr("Know the team");
    QList<QStringList> rows{header};
    for (auto it = rounds->crbegin(); it != rounds->crend(); ++it) {
        const Survey& s = it->survey;
        QStringList row{s.code,
                        teamNames.value(s.teamUuid),
                        displayName(s.kind),
                        Formats::date(s.start),
                        Formats::date(s.lastDay()),
                        locale.toString(it->sheets),
                        locale.toString(it->talliedPeople)};
        for (SurveyIndicator which : report::keyIndicators()) {
            const auto result = analysis::indicator(*it, which, options.fewestAnswers);
            const auto& all = result.of(RespondentSplit::All);
            row << (!result.asked ? QStringLiteral("—")
                    : all.tooFew  ? Text::tr("too few (%1)").arg(locale.toString(all.base))
                                  : Text::tr("%1 % of %2")
                                       .arg(locale.toString(int(std::lround(all.percent))),
                                            locale.toString(all.base)));
        }
        rows << row;
    }
    printTable(rows);
    return Success;
}

} // namespace

int runSurveys(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("surveys"),
        Text::tr("List the perception survey rounds with their sheets and key indicators (the "
                 "share of all respondents, with the number of answers), newest first; write "
                 "the indicators of every round to a CSV file with \"export FILE.csv\"; or write "
                 "one round's anonymous sheets with \"sheets CODE FILE.csv --sensitive\"."),
        arguments);
    const QCommandLineOption team(
        QStringLiteral("team"),
        Text::tr("The team's code (or its name or id when two teams share the code); "
                 "every team when left out."),
        Text::tr("team"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("Only those that run on or after this day, dd.mm.yyyy."),
                                  Text::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Text::tr("Only those that run on or before this day, dd.mm.yyyy."),
                                Text::tr("date"));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        Text::tr("In the CSV file: comma or semicolon (default: semicolon for tg and ru, which Excel expects "
                 "in those languages; comma for en)."),
        Text::tr("separator"));
    const QCommandLineOption sensitive(
        QStringLiteral("sensitive"),
        Text::tr("Write the survey sheets: they are sensitive (a rare answer in a small mahalla can point at "
                 "a person), so the sheets are written only with this option."));
    line.parser().addOptions({team, from, to, separator, sensitive});
    line.parser().addPositionalArgument(
        QStringLiteral("what"),
        Text::tr("\"export FILE.csv\": the indicators; \"sheets CODE FILE.csv\": "
                 "one round's sheets (with --sensitive)."),
        QStringLiteral("[export FILE.csv | sheets CODE FILE.csv]"));
    if (int done = line.parse(); done >= 0)
        return done;

    const QStringList words = line.parser().positionalArguments();
    const QString what = words.value(0);
    if (!words.isEmpty() && what != u"export" && what != u"sheets")
        return line.usageError(Text::tr("Unexpected argument \"%1\".").arg(what));
    if (what == u"export" && words.size() != 2)
        return line.usageError(Text::tr("Name the CSV file to write: export FILE.csv."));
    if (what == u"sheets" && words.size() != 3)
        return line.usageError(Text::tr("Give the round's code and the CSV file to write: sheets CODE "
                                        "FILE.csv --sensitive."));
    if (what == u"sheets" && !line.parser().isSet(sensitive))
        return CommandLine::fail(Text::tr("The survey sheets are sensitive: a rare answer in a small mahalla "
                                          "can point at a person. Nothing was written. Give --sensitive to "
                                          "write them, or \"export FILE.csv\" for the indicators only."));

    csv::SurveyExportOptions options;
    QDate first, last;
    for (const auto& [option, day] : {std::pair{&from, &first}, std::pair{&to, &last}})
        if (line.parser().isSet(*option)) {
            auto typed = readTypedDate(line.parser().value(*option));
            if (!typed)
                return line.usageError(typed.errorMessage());
            *day = *typed;
        }
    if (first.isValid() != last.isValid())
        return line.usageError(Text::tr("Give the period with both --from and --to."));
    if (first.isValid() && first > last)
        return line.usageError(Text::tr("The period must not end before it starts."));
    options.from = first;
    options.to = last;
    options.language = Translations::current();
    options.separator = csv::ConcernExport::separatorFor(options.language);
    options.includeSheets = line.parser().isSet(sensitive);
    if (line.parser().isSet(separator)) {
        const QString name = line.parser().value(separator);
        if (name != u"comma" && name != u"semicolon")
            return line.usageError(Text::tr("The separator must be comma or semicolon."));
        options.separator = name == u"comma" ? QLatin1Char(',') : QLatin1Char(';');
    }
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    if (line.parser().isSet(team)) {
        auto found = TeamRepository(*db).findTeam(line.parser().value(team));
        if (!found)
            return CommandLine::fail(found.errorMessage());
        options.teamUuids << found->meta.uuid;
    }

    if (what == u"export") {
        auto written = csv::SurveyExport(*db).writeIndicators(options, words[1]);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Wrote %n row(s) of indicators to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(words[1]))
              << Qt::endl;
        return Success;
    }
    if (what == u"sheets") {
        auto round = SurveyRepository(*db).surveyByCode(words[1].trimmed());
        if (!round)
            return CommandLine::fail(round.errorMessage());
        auto written = csv::SurveyExport(*db).writeSheets(round->meta.uuid, options, words[2]);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Wrote %n survey sheet(s) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(words[2]))
              << Qt::endl;
        return Success;
    }
    return listRounds(*db, options);
}

int runSurveySummary(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("survey-summary"),
                     Text::tr("Write the one-page summary of a perception survey round for a Hukumat or a "
                              "donor, in the language of --lang: a PDF, or an editable ODT when the file "
                              "name ends in .odt."),
                     arguments);
    line.parser().addPositionalArgument(QStringLiteral("code"),
                                        Text::tr("The survey round's code, e.g. ISF-S-2026-01."),
                                        QStringLiteral("CODE"));
    line.parser().addPositionalArgument(QStringLiteral("file"), Text::tr("The PDF (or ODT) file to write."),
                                        QStringLiteral("FILE.pdf"));
    if (int done = line.parse(); done >= 0)
        return done;
    const QStringList words = line.parser().positionalArguments();
    if (words.size() != 2)
        return line.usageError(Text::tr("Give the survey round's code and the PDF file to write."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto round = SurveyRepository(*db).surveyByCode(words[0].trimmed());
    if (!round)
        return CommandLine::fail(round.errorMessage());
    report::SurveySummaryOptions options;
    options.language = Translations::current();
    if (words[1].endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive))
        options.format = report::SummaryFormat::Odt;
    auto written = report::writeSurveySummary(*db, round->meta.uuid, options, words[1]);
    if (!written)
        return CommandLine::fail(written.errorMessage());
    out() << Text::tr("Written: %1.").arg(QDir::toNativeSeparators(words[1])) << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
