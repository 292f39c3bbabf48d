#include "EventCommands.h"
#include "CommandLine.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/EventExport.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include "core/report/AttendanceSheetDocument.h"
#include "core/report/CertificateDocument.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include <QDir>
#include <QLocale>

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

/// What `events` and `campaigns` share: the team and period they are limited to, and "export FILE".
struct ListLine
{
    ListLine(const QString& command, const QString& summary, const QStringList& arguments)
        : line(command, summary, arguments),
          team(QStringLiteral("team"),
               Text::tr("The team's code (or its name or id when two teams share the code); every team when "
                        "left out."),
               Text::tr("team")),
          from(QStringLiteral("from"), Text::tr("Only those that run on or after this day, dd.mm.yyyy."),
               Text::tr("date")),
          to(QStringLiteral("to"), Text::tr("Only those that run on or before this day, dd.mm.yyyy."),
             Text::tr("date")),
          separator(QStringLiteral("separator"),
                    Text::tr("In the CSV file: comma or semicolon (default: semicolon for tg and ru, which "
                             "Excel expects in those languages; comma for en)."),
                    Text::tr("separator"))
    {
        line.parser().addOptions({team, from, to, separator});
        line.parser().addPositionalArgument(QStringLiteral("export"),
                                            Text::tr("Write them to a CSV file (UTF-8 with a BOM) instead of "
                                                     "listing them."),
                                            QStringLiteral("[export FILE.csv]"));
    }

    /// -1 to go on (with `csvPath` empty for a list), else the exit code.
    int parse()
    {
        if (int done = line.parse(); done >= 0)
            return done;
        const QStringList words = line.parser().positionalArguments();
        if (!words.isEmpty() && (words.first() != u"export" || words.size() != 2))
            return line.usageError(words.first() == u"export"
                                       ? Text::tr("Name the CSV file to write: export FILE.csv.")
                                       : Text::tr("Unexpected argument \"%1\".").arg(words.first()));
        csvPath = words.value(1);
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
        options.language = Translations::current();
        options.separator = csv::ConcernExport::separatorFor(options.language);
        if (line.parser().isSet(separator)) {
            const QString name = line.parser().value(separator);
            if (name != u"comma" && name != u"semicolon")
                return line.usageError(Text::tr("The separator must be comma or semicolon."));
            options.separator = name == u"comma" ? QLatin1Char(',') : QLatin1Char(';');
        }
        options.from = first;
        options.to = last;
        db = line.openDatabase();
        if (!db)
            return Failure;
        if (line.parser().isSet(team)) {
            auto found = TeamRepository(*db).findTeam(line.parser().value(team));
            if (!found)
                return CommandLine::fail(found.errorMessage());
            options.teamUuids << found->meta.uuid;
        }
        return -1;
    }

    CommandLine line;
    QCommandLineOption team, from, to, separator;
    QDate first, last;
    QString csvPath;
    csv::EventExportOptions options;
    std::unique_ptr<Database> db;
};

/// The options of the two documents: the event's code and the PDF, then the command's own.
struct DocumentLine
{
    DocumentLine(const QString& command, const QString& summary, const QStringList& arguments)
        : line(command, summary, arguments)
    {
        line.parser().addPositionalArgument(QStringLiteral("code"),
                                            Text::tr("The event's code, e.g. "
                                                     "ISF-E-2026-03."),
                                            QStringLiteral("CODE"));
        line.parser().addPositionalArgument(QStringLiteral("file"), Text::tr("The PDF file to write."),
                                            QStringLiteral("FILE.pdf"));
    }
    /// -1 to go on with `event` read, else the exit code.
    int parse()
    {
        if (int done = line.parse(); done >= 0)
            return done;
        const QStringList words = line.parser().positionalArguments();
        if (words.size() != 2)
            return line.usageError(Text::tr("Give the event's code and the PDF file to write."));
        path = words[1];
        db = line.openDatabase();
        if (!db)
            return Failure;
        auto found = EventRepository(*db).eventByCode(words[0].trimmed());
        if (!found)
            return CommandLine::fail(found.errorMessage());
        event = *found;
        return -1;
    }
    int written(const Result<void>& result)
    {
        if (!result)
            return CommandLine::fail(result.errorMessage());
        out() << Text::tr("Written: %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Success;
    }

    CommandLine line;
    QString path;
    Event event;
    std::unique_ptr<Database> db;
};

} // namespace

int runEvents(const QStringList& arguments)
{
    ListLine list(QStringLiteral("events"),
                  Text::tr("List the events (trainings, round tables, visits…), newest first, or write them "
                           "to a CSV file with \"export FILE.csv\": one row per event with its figures, "
                           "never a participant's name."),
                  arguments);
    if (int done = list.parse(); done >= 0)
        return done;
    if (!list.csvPath.isEmpty()) {
        auto written = csv::EventExport(*list.db).writeEvents(list.options, list.csvPath);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Wrote %n event(s) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(list.csvPath))
              << Qt::endl;
        return Success;
    }
    auto events = EventRepository(*list.db).events(list.options.teamUuids, list.first, list.last);
    if (!events)
        return CommandLine::fail(events.errorMessage());
    if (events->isEmpty()) {
        out() << Text::tr("No event is recorded.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{{Text::tr("Code"), Text::tr("Group"), Text::tr("Kind"), Text::tr("First day"),
                             Text::tr("Last day"), Text::tr("Participants"), Text::tr("Title")}};
    for (const EventSummary& row : *events)
        rows << QStringList{row.event.code,
                            row.teamName,
                            displayName(row.event.kind),
                            Formats::date(row.event.start),
                            Formats::date(row.event.lastDay()),
                            locale.toString(row.participants),
                            row.event.title.simplified()};
    printTable(rows);
    return Success;
}

int runCampaigns(const QStringList& arguments)
{
    ListLine list(QStringLiteral("campaigns"),
                  Text::tr("List the awareness campaigns, newest first, or write them to a CSV file with "
                           "\"export FILE.csv\"."),
                  arguments);
    if (int done = list.parse(); done >= 0)
        return done;
    if (!list.csvPath.isEmpty()) {
        auto written = csv::EventExport(*list.db).writeCampaigns(list.options, list.csvPath);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Wrote %n campaign(s) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(list.csvPath))
              << Qt::endl;
        return Success;
    }
    auto campaigns = CampaignRepository(*list.db).campaigns(list.options.teamUuids, list.first, list.last);
    if (!campaigns)
        return CommandLine::fail(campaigns.errorMessage());
    if (campaigns->isEmpty()) {
        out() << Text::tr("No campaign is recorded.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{{Text::tr("Code"), Text::tr("Group"), Text::tr("Start"), Text::tr("End"),
                             Text::tr("Reached directly"), Text::tr("Reached indirectly"),
                             Text::tr("Title")}};
    for (const CampaignSummary& row : *campaigns)
        rows << QStringList{row.campaign.code,
                            row.teamName,
                            Formats::date(row.campaign.start),
                            Formats::date(row.campaign.end),
                            locale.toString(row.campaign.reached.total()),
                            locale.toString(row.campaign.reachedIndirectly),
                            row.campaign.title.simplified()};
    printTable(rows);
    return Success;
}

int runAttendanceSheet(const QStringList& arguments)
{
    DocumentLine document(
        QStringLiteral("attendance-sheet"),
        Text::tr("Write an event's attendance sheet as a PDF to print before it: the people "
                 "on its list, then empty numbered rows, in the language of --lang."),
        arguments);
    const QCommandLineOption blankRows(QStringLiteral("blank-rows"),
                                       Text::tr("How many empty numbered rows follow the names (10 when left "
                                                "out)."),
                                       Text::tr("number"), QStringLiteral("10"));
    document.line.parser().addOption(blankRows);
    if (int done = document.parse(); done >= 0)
        return done;
    bool numberOk = false;
    const int blank = document.line.parser().value(blankRows).toInt(&numberOk);
    if (!numberOk || blank < 0 || blank > report::AttendanceSheetDocument::kMaxBlankRows)
        return document.line.usageError(
            Text::tr("Give the number of empty rows as a whole number from 0 to %1.")
                .arg(report::AttendanceSheetDocument::kMaxBlankRows));
    report::AttendanceSheetOptions options;
    options.language = Translations::current();
    options.blankRows = blank;
    return document.written(
        report::writeAttendanceSheet(*document.db, document.event.meta.uuid, options, document.path));
}

int runCertificates(const QStringList& arguments)
{
    DocumentLine document(
        QStringLiteral("certificates"),
        Text::tr("Write a certificate for everyone named on an event's list of participants, "
                 "one page each, as one PDF in the language of --lang."),
        arguments);
    const QCommandLineOption signatory(QStringLiteral("signatory"),
                                       Text::tr("An official who signs beside the trainers."),
                                       Text::tr("name"));
    const QCommandLineOption post(QStringLiteral("signatory-post"), Text::tr("The official's post."),
                                  Text::tr("post"));
    const QCommandLineOption issued(QStringLiteral("date"),
                                    Text::tr("The date on the certificates, dd.mm.yyyy (the event's last day "
                                             "when left out)."),
                                    Text::tr("date"));
    document.line.parser().addOptions({signatory, post, issued});
    if (int done = document.parse(); done >= 0)
        return done;
    report::CertificateOptions options;
    options.language = Translations::current();
    options.signatoryName = document.line.parser().value(signatory);
    options.signatoryPost = document.line.parser().value(post);
    if (document.line.parser().isSet(issued)) {
        auto typed = readTypedDate(document.line.parser().value(issued));
        if (!typed)
            return document.line.usageError(typed.errorMessage());
        options.issued = *typed;
    }
    return document.written(
        report::writeCertificates(*document.db, document.event.meta.uuid, options, document.path));
}

} // namespace hamkori::cli
