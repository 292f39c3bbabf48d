#include "DirectoryCommands.h"
#include "CommandLine.h"
#include "core/csv/CellValues.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/CsvReader.h"
#include "core/csv/DirectoryExport.h"
#include "core/csv/DirectoryImport.h"
#include "core/report/DirectoryMatrixDocument.h"
#include "core/report/DocumentWriter.h"
#include "core/report/PdfLayout.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include <QDir>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runExport(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("directory export"),
        Text::tr("Write the directory of organisations to a CSV file (UTF-8 with a BOM), one row "
                 "per organisation. Contact details are left out unless --contacts is given."),
        arguments);
    const QCommandLineOption csvFile(QStringLiteral("csv"), Text::tr("The CSV file to write."),
                                     Text::tr("file"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
                                      Text::tr("Include the contact person, phone and e-mail (personal data: "
                                               "keep such a file safe)."));
    const QCommandLineOption language(QStringLiteral("header-language"),
                                      Text::tr("The language of the column names and values: tg, ru or en "
                                               "(default: the language of the messages)."),
                                      Text::tr("language"));
    const QCommandLineOption separator(QStringLiteral("separator"),
                                       Text::tr("comma or semicolon (default: semicolon for tg and ru, which "
                                                "Excel expects in those languages; comma for en)."),
                                       Text::tr("separator"));
    line.parser().addOptions({csvFile, contacts, language, separator});
    if (int done = line.parse(); done >= 0)
        return done;
    if (line.parser().value(csvFile).isEmpty())
        return line.usageError(Text::tr("Name the file to write with --csv FILE.csv."));
    csv::DirectoryExportOptions options;
    options.language =
        line.parser().isSet(language) ? line.parser().value(language) : Translations::current();
    if (!Translations::isSupported(options.language))
        return line.usageError(Text::tr("The header language must be tg, ru or en."));
    options.separator = csv::ConcernExport::separatorFor(options.language);
    if (line.parser().isSet(separator)) {
        const QString name = line.parser().value(separator);
        if (name != u"comma" && name != u"semicolon")
            return line.usageError(Text::tr("The separator must be comma or semicolon."));
        options.separator = name == u"comma" ? QLatin1Char(',') : QLatin1Char(';');
    }
    options.includeContacts = line.parser().isSet(contacts);
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    const QString path = line.parser().value(csvFile);
    auto written = csv::DirectoryExport(*db).write(options, path);
    if (!written)
        return CommandLine::fail(written.errorMessage());
    out()
        << Text::tr("Wrote %n organisation(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    if (!options.includeContacts)
        out() << Text::tr("Contact details were left out; add --contacts to export them.") << Qt::endl;
    return Success;
}

int runImport(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("directory import"),
        Text::tr(
            "Read organisations from a CSV file into the directory. Columns are matched by their names in "
            "Tajik, Russian or English (or as --map says). A row whose organisation is already in the "
            "directory updates it; importing the same file again creates nothing new. Nothing is saved "
            "while rows have errors, unless --skip-bad-rows is given."),
        arguments);
    const QCommandLineOption csvFile(QStringLiteral("csv"), Text::tr("The CSV file to read."),
                                     Text::tr("file"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Text::tr("Take the column named COLUMN for FIELD (name, short_name, kind, "
                                          "address, contact_person, phone, email, districts, expertise, "
                                          "services, member_since, international_experience, notes; nothing "
                                          "after \"=\": the column is not imported). May be repeated."),
                                 Text::tr("COLUMN=FIELD"));
    const QCommandLineOption addExpertise(
        QStringLiteral("add-expertise"),
        Text::tr("Add the fields of expertise the list lacks to it, instead of reporting their rows."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Check the file and print the report, but save nothing."));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                                  Text::tr("Import the good rows and leave out the rows with errors."));
    line.parser().addOptions({csvFile, map, addExpertise, dryRun, skip});
    if (int done = line.parse(); done >= 0)
        return done;
    if (line.parser().value(csvFile).isEmpty())
        return line.usageError(Text::tr("Name the file to read with --csv FILE.csv."));
    auto table = csv::CsvReader::readFile(line.parser().value(csvFile));
    if (!table)
        return CommandLine::fail(table.errorMessage());
    csv::DirectoryMapping mapping = csv::DirectoryMapping::guess(table->header);
    for (const QString& rule : line.parser().values(map)) {
        const qsizetype at = rule.lastIndexOf(QLatin1Char('='));
        const QString column = rule.left(at).trimmed(), key = rule.mid(at + 1).trimmed();
        const qsizetype index = at < 0 ? -1 : table->header.indexOf(column);
        if (index < 0)
            return line.usageError(Text::tr("The file has no column \"%1\"; its columns are: %2.")
                                       .arg(column, table->header.join(QStringLiteral(", "))));
        if (key.isEmpty()) {
            if (const auto field = mapping.fieldOf(int(index)))
                mapping.set(*field, -1);
        } else if (const auto field = csv::DirectoryColumns::fromKey(key)) {
            mapping.set(*field, int(index));
        } else {
            return line.usageError(Text::tr("\"%1\" is not a field of an organisation.").arg(key));
        }
    }
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    if (table->encoding != u"UTF-8")
        out() << Text::tr("The file was read as %1.").arg(table->encoding) << Qt::endl;
    csv::DirectoryImport importer(*db);
    const csv::DirectoryPreview preview = importer.check(*table, mapping, line.parser().isSet(addExpertise));
    for (const csv::ImportMessage& message : preview.messages) {
        const QString where = message.column.isEmpty()
                                  ? Text::tr("Row %1").arg(message.row)
                                  : Text::tr("Row %1, column \"%2\"").arg(message.row).arg(message.column);
        out() << where << ": " << message.text << Qt::endl;
    }
    if (line.parser().isSet(addExpertise) && !preview.unknownExpertise.isEmpty())
        out() << Text::tr("Fields of expertise added to the list: %1.")
                     .arg(preview.unknownExpertise.join(QStringLiteral(", ")))
              << Qt::endl;
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
    return Success;
}

int runMatrix(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("directory matrix"),
        Text::tr("Write the mapping matrix of organisations, by district, as a PDF in the language "
                 "of --lang. Contact details are left out unless --contacts is given."),
        arguments);
    const QCommandLineOption pdf(QStringLiteral("pdf"), Text::tr("The PDF file to write."), Text::tr("file"));
    const QCommandLineOption district(
        QStringLiteral("district"),
        Text::tr("Only the organisations active in this district or city (any of "
                 "its names)."),
        Text::tr("name"));
    const QCommandLineOption expertise(
        QStringLiteral("expertise"),
        Text::tr("Only the organisations with this field of expertise (its name "
                 "in any language)."),
        Text::tr("name"));
    const QCommandLineOption contacts(
        QStringLiteral("contacts"), Text::tr("Print the contact person, phone and e-mail (personal data)."));
    const QCommandLineOption formal(QStringLiteral("formal"),
                                    Text::tr("Set the PDF in the formal style: serif, 12 pt, margins of at "
                                             "least 20 mm."));
    line.parser().addOptions({pdf, district, expertise, contacts, formal});
    if (int done = line.parse(); done >= 0)
        return done;
    if (line.parser().value(pdf).isEmpty())
        return line.usageError(Text::tr("Name the file to write with --pdf FILE.pdf."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    report::DirectoryMatrixOptions options;
    options.language = Translations::current();
    options.includeContacts = line.parser().isSet(contacts);
    options.formal = line.parser().isSet(formal);
    ReferenceRepository references(*db);
    if (line.parser().isSet(district)) {
        auto place = references.findPlace(line.parser().value(district));
        if (!place)
            return line.usageError(place.errorMessage());
        options.districtUuid = place->meta.uuid;
    }
    if (line.parser().isSet(expertise)) {
        auto items = references.items(ReferenceList::Expertise);
        if (!items)
            return CommandLine::fail(items.errorMessage());
        const csv::ReferenceNames names(*items);
        options.expertiseUuid = names.find(line.parser().value(expertise));
        if (options.expertiseUuid.isEmpty())
            return line.usageError(
                Text::tr("Unknown field of expertise. Use one of: %1.").arg(names.choices()));
    }
    auto document = report::DirectoryMatrixDocument::build(*db, options);
    if (!document)
        return CommandLine::fail(document.errorMessage());
    const QString path = line.parser().value(pdf);
    if (auto written = report::DocumentWriter::writePdf(*document, path); !written)
        return CommandLine::fail(written.errorMessage());
    out()
        << Text::tr("Written: %1 (pages: %2).").arg(QDir::toNativeSeparators(path)).arg(document->pageCount())
        << Qt::endl;
    return Success;
}

} // namespace

int runDirectory(const QStringList& arguments)
{
    // The action is the first word that is neither an option nor an option's value.
    static const QStringList takesValue{
        QStringLiteral("--database"), QStringLiteral("--lang"),      QStringLiteral("--csv"),
        QStringLiteral("--pdf"),      QStringLiteral("--district"),  QStringLiteral("--expertise"),
        QStringLiteral("--map"),      QStringLiteral("--separator"), QStringLiteral("--header-language")};
    QStringList rest = arguments;
    QString action;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (takesValue.contains(rest[i])) {
            ++i;
            continue;
        }
        if (!rest[i].startsWith(QLatin1Char('-'))) {
            action = rest.takeAt(i);
            break;
        }
    }
    if (action == u"export")
        return runExport(rest);
    if (action == u"import")
        return runImport(rest);
    if (action == u"matrix")
        return runMatrix(rest);
    const bool help = action.isEmpty() && (arguments.contains(QStringLiteral("--help")) ||
                                           arguments.contains(QStringLiteral("-h")));
    QTextStream& stream = help ? out() : err();
    if (!action.isEmpty())
        stream << "hamkori-cli: " << Text::tr("The directory has no action \"%1\".").arg(action) << Qt::endl;
    stream << Text::tr(
                  "Usage: hamkori-cli directory export --csv FILE [--contacts]\n"
                  "       hamkori-cli directory import --csv FILE [--map COLUMN=FIELD] [--add-expertise] "
                  "[--dry-run] [--skip-bad-rows]\n"
                  "       hamkori-cli [--lang tg|ru|en] directory matrix --pdf FILE [--district NAME] "
                  "[--expertise NAME] [--contacts]")
           << Qt::endl;
    return help ? Success : WrongUsage;
}

} // namespace hamkori::cli
