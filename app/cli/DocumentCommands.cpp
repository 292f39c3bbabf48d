#include "DocumentCommands.h"
#include "CommandLine.h"
#include "core/report/ActionPlanDocument.h"
#include "core/report/DocumentWriter.h"
#include "core/report/MinutesDocument.h"
#include "core/report/PdfLayout.h"
#include "core/report/PeriodReportDocument.h"
#include "core/report/RestrictedMentions.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <cstring>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool isDocumentCommand(const char* word)
{
    for (const char* name : {"export-plan", "export-minutes", "report", "directory", "attendance-sheet",
                             "certificates", "survey-summary"})
        if (std::strcmp(word, name) == 0)
            return true;
    return false;
}

/// The options every document command shares: the output file (required), its format, the page style, and
/// what to do with free texts that mention a restricted concern the document leaves out.
struct DocumentLine
{
    DocumentLine(const QString& command, const QString& summary, const QStringList& arguments)
        : line(command, summary, arguments),
          output(QStringLiteral("output"), Text::tr("Write the document to <file>."), Text::tr("file")),
          format(QStringLiteral("format"),
                 Text::tr("pdf (to print and sign, the default) or odt (to edit in LibreOffice or Word)."),
                 Text::tr("format"), QStringLiteral("pdf")),
          formal(QStringLiteral("formal"),
                 Text::tr("Set the PDF in the formal style: serif, 12 pt, margins of "
                          "at least 20 mm.")),
          keepMentions(QStringLiteral("keep-mentions"),
                       Text::tr("Keep free texts that mention a restricted concern left out of the document "
                                "(they are left out unless this is given)."))
    {
        line.parser().addOptions({output, format, formal, keepMentions});
    }
    /// -1 to go on, else the exit code.
    int parse()
    {
        if (int done = line.parse(); done >= 0)
            return done;
        if (!line.parser().positionalArguments().isEmpty())
            return line.usageError(
                Text::tr("Unexpected argument \"%1\".").arg(line.parser().positionalArguments().first()));
        if (line.parser().value(output).isEmpty())
            return line.usageError(Text::tr("Give the file name with --output FILE."));
        const QString kind = line.parser().value(format);
        if (kind != u"pdf" && kind != u"odt")
            return line.usageError(Text::tr("--format takes pdf or odt, not \"%1\".").arg(kind));
        return -1;
    }
    /// The document in the language of --lang (which main() has installed for the messages too).
    report::DocumentOptions options()
    {
        report::DocumentOptions options;
        options.language = Translations::current();
        options.formal = line.parser().isSet(formal);
        options.leaveOutMentions = !line.parser().isSet(keepMentions);
        return options;
    }
    int write(const Result<report::DocumentContent>& content, const report::DocumentOptions& options)
    {
        if (!content)
            return CommandLine::fail(content.errorMessage());
        // Said on the console, so that whoever runs it knows what the document does not show, and why.
        const QList<report::Mention> mentions =
            options.leaveOutMentions ? content->leftOut : report::findMentions(*content);
        if (!mentions.isEmpty() && !options.includeRestricted) {
            err() << (options.leaveOutMentions
                          ? Text::tr("These passages mention a restricted concern and were left out (give "
                                     "--keep-mentions to keep them):")
                          : Text::tr("These passages mention a restricted concern and were kept:"))
                  << Qt::endl;
            for (const report::Mention& mention : mentions)
                err() << QStringLiteral("  %1: %2").arg(mention.concernCode, mention.text.simplified())
                      << Qt::endl;
        }
        const QString path = line.parser().value(output);
        if (line.parser().value(format) == u"odt") {
            if (auto written = report::DocumentWriter::writeOdt(*content, path); !written)
                return CommandLine::fail(written.errorMessage());
            out() << Text::tr("Written: %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
            return Success;
        }
        const report::Document document =
            report::PdfLayout::layout(*content, report::PageStyle{options.formal});
        if (auto written = report::DocumentWriter::writePdf(document, path); !written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr("Written: %1 (pages: %2).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(document.pageCount())
              << Qt::endl;
        return Success;
    }

    CommandLine line;
    QCommandLineOption output;
    QCommandLineOption format;
    QCommandLineOption formal;
    QCommandLineOption keepMentions;
};

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    bool documents = false;
    for (int i = 1; i < argc; ++i)
        documents = documents || isDocumentCommand(argv[i]);
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Fonts and PDF painting need a QGuiApplication; the console has no display, and needs none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runExportPlan(const QStringList& arguments)
{
    DocumentLine document(
        QStringLiteral("export-plan"),
        Text::tr("Write an action plan as a PDF for the Hukumat to sign (or an ODT to edit), in the language "
                 "of --lang."),
        arguments);
    const QCommandLineOption plan(QStringLiteral("plan"), Text::tr("The plan's code, e.g. ISF-AP-2026-01."),
                                  Text::tr("code"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Text::tr("Lay the pages out landscape."));
    const QCommandLineOption restricted(
        QStringLiteral("include-restricted"),
        Text::tr("Include restricted concerns; every page is then marked for official use only."));
    document.line.parser().addOptions({plan, landscape, restricted});
    if (int done = document.parse(); done >= 0)
        return done;
    const QString code = document.line.parser().value(plan).trimmed();
    if (code.isEmpty())
        return document.line.usageError(Text::tr("Give the plan with --plan CODE."));
    auto db = document.line.openDatabase();
    if (!db)
        return Failure;
    auto found = PlanRepository(*db).planByCode(code);
    if (!found)
        return CommandLine::fail(Text::tr("There is no action plan with the code %1.").arg(code));
    report::DocumentOptions options = document.options();
    options.landscape = document.line.parser().isSet(landscape);
    options.includeRestricted = document.line.parser().isSet(restricted);
    return document.write(report::ActionPlanDocument::content(*db, found->meta.uuid, options), options);
}

int runExportMinutes(const QStringList& arguments)
{
    DocumentLine document(
        QStringLiteral("export-minutes"),
        Text::tr("Write a meeting's minutes as a PDF (or an ODT to edit), in the language of "
                 "--lang."),
        arguments);
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     Text::tr("The meeting's code, e.g. ISF-M-2026-03."), Text::tr("code"));
    const QCommandLineOption restricted(
        QStringLiteral("include-restricted"),
        Text::tr("Include restricted concerns; every page is then marked for official use only."));
    document.line.parser().addOptions({meeting, restricted});
    if (int done = document.parse(); done >= 0)
        return done;
    const QString code = document.line.parser().value(meeting).trimmed();
    if (code.isEmpty())
        return document.line.usageError(Text::tr("Give the meeting with --meeting CODE."));
    auto db = document.line.openDatabase();
    if (!db)
        return Failure;
    auto found = MeetingRepository(*db).meetingByCode(code);
    if (!found)
        return CommandLine::fail(Text::tr("There is no meeting with the code %1.").arg(code));
    report::DocumentOptions options = document.options();
    options.includeRestricted = document.line.parser().isSet(restricted);
    return document.write(report::MinutesDocument::content(*db, found->meta.uuid, options), options);
}

int runReport(const QStringList& arguments)
{
    DocumentLine document(QStringLiteral("report"),
                          Text::tr("Write the period report (totals only) for one team or all teams as a "
                                   "PDF (or an ODT to edit), in the language of --lang."),
                          arguments);
    const QCommandLineOption team(QStringLiteral("team"),
                                  Text::tr("The team's code (or its name or id when two teams share the "
                                           "code); all teams when left out."),
                                  Text::tr("team"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day of the period, YYYY-MM-DD."),
                                  Text::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day of the period, YYYY-MM-DD."),
                                Text::tr("date"));
    const QCommandLineOption restricted(
        QStringLiteral("include-restricted"),
        Text::tr("Count restricted concerns too; every page is then marked for "
                 "official use only."));
    const QCommandLineOption preparedBy(QStringLiteral("prepared-by"),
                                        Text::tr("The organisation that prepared the report."),
                                        Text::tr("name"));
    const QCommandLineOption summary(QStringLiteral("summary-file"),
                                     Text::tr("A UTF-8 text file whose paragraphs open the report."),
                                     Text::tr("file"));
    document.line.parser().addOptions({team, from, to, restricted, preparedBy, summary});
    if (int done = document.parse(); done >= 0)
        return done;
    const QDate first = QDate::fromString(document.line.parser().value(from), Qt::ISODate);
    const QDate last = QDate::fromString(document.line.parser().value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return document.line.usageError(
            Text::tr("Give the period with --from and --to as dates like 2026-01-31."));
    if (first > last)
        return document.line.usageError(Text::tr("The period must not end before it starts."));
    auto db = document.line.openDatabase();
    if (!db)
        return Failure;
    QString teamUuid;
    if (document.line.parser().isSet(team)) {
        auto found = TeamRepository(*db).findTeam(document.line.parser().value(team));
        if (!found)
            return CommandLine::fail(found.errorMessage());
        teamUuid = found->meta.uuid;
    }
    report::DocumentOptions options = document.options();
    options.includeRestricted = document.line.parser().isSet(restricted);
    options.preparedBy = document.line.parser().value(preparedBy);
    if (document.line.parser().isSet(summary)) {
        QFile file(document.line.parser().value(summary));
        if (!file.open(QIODevice::ReadOnly))
            return CommandLine::fail(Text::tr("Cannot read the summary file %1: %2")
                                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        options.narrative = QString::fromUtf8(file.readAll());
    }
    return document.write(report::PeriodReportDocument::content(*db, teamUuid, first, last, options),
                          options);
}

} // namespace hamkori::cli
