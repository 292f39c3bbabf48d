// The directory's file buttons driven offscreen: a Tajik spreadsheet through the column mapping dialog (a
// column mapped by hand, a bad row, unknown fields of expertise added on request, one undo step, nothing
// written when closed without importing), the CSV export with contact details off by default, and the
// mapping matrix written as a PDF.
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/DirectoryFileButtons.h"
#include "ui/csv/DirectoryImportDialog.h"
#include "ui/csv/DirectoryMatrixDialog.h"
#include "ui/documents/DocumentPanel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace hamkori;
using namespace hamkori::csv;

namespace {

/// HAMKORI_SHOTS=DIR keeps a picture of the widget there, to look at its layout.
void keepShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("HAMKORI_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

int organisationCount(Database& db)
{
    auto all = DirectoryRepository(db).organisations();
    REQUIRE(all.ok());
    return int(all->size());
}

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QString readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("A Tajik spreadsheet goes through the column mapping dialog into the directory as one undo step",
          "[directory-files]")
{
    QSettings().remove(QLatin1String(DirectoryImportDialog::kSettingsKey));
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    test::TempDatabase db;
    Session session(*db);
    DirectoryFileButtons buttons(session);
    buttons.show();

    // "Созмон" is no heading Hamkori knows: the coordinator maps it to the organisation by hand.
    const QString path = dir.filePath(QStringLiteral("харита.csv"));
    writeFile(path, QStringLiteral("Созмон;Ноҳияҳои фаъолият;Соҳаҳои таҷриба;Шахси тамос;Телефон\r\n"
                                   "Ташкилоти ҷамъиятии «Ҳамдилӣ»;\"Ноҳияи Рашт; Шаҳри Ваҳдат\";"
                                   "\"Work with youth; Ҳифзи кӯдакон\";Зарина Қодирова;+992 90 111 22 33\r\n"
                                   "Маркази «Ҷавонон»;Ноҳияи Ғаройиб;Work with youth;;\r\n"
                                   "Занони кӯҳистон;Шаҳри Исфара;;;\r\n"));
    DirectoryImportDialog* dialog = buttons.openImport();
    REQUIRE(dialog != nullptr);
    dialog->resize(1130, 650);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    REQUIRE(dialog->loadFile(path));

    REQUIRE(dialog->mappingTable()->rowCount() == 5);
    CHECK(dialog->fieldChooser(0)->currentData().toString().isEmpty());
    CHECK(dialog->fieldChooser(1)->currentData().toString() == QStringLiteral("districts"));
    CHECK(dialog->fieldChooser(2)->currentData().toString() == QStringLiteral("expertise"));
    CHECK(dialog->fieldChooser(3)->currentData().toString() == QStringLiteral("contact_person"));
    CHECK(dialog->preview().fileError);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    dialog->fieldChooser(0)->setCurrentIndex(dialog->fieldChooser(0)->findData(QStringLiteral("name")));
    CHECK(dialog->mapping().column(DirectoryField::Name) == 0);
    // The contact person is not wanted in the directory: not imported.
    dialog->fieldChooser(3)->setCurrentIndex(0);
    CHECK_FALSE(dialog->mapping().has(DirectoryField::ContactPerson));

    // Row 2 names a field of expertise the list lacks, row 3 a district that does not exist.
    QStringList problems;
    for (int row = 0; row < dialog->reportTable()->rowCount(); ++row)
        problems << dialog->reportTable()->item(row, 0)->text() + QLatin1Char(' ') +
                        dialog->reportTable()->item(row, 2)->text();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(QStringLiteral("2 \"Ҳифзи кӯдакон\" is not a field of expertise")));
    CHECK(problems[1].startsWith(QStringLiteral("3 No district or city called \"Ноҳияи Ғаройиб\"")));
    CHECK(dialog->tabs()->tabText(2).startsWith(QStringLiteral("3. Check (2 problem")));
    CHECK(dialog->addUnknownExpertise()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->importButton()->isEnabled());

    keepShot(dialog, QStringLiteral("directory-import-columns"));
    dialog->tabs()->setCurrentIndex(2);
    keepShot(dialog, QStringLiteral("directory-import-check"));

    // Nothing is written while the dialog is only looked at.
    const QString untouched = test::dumpDatabase(*db);
    dialog->addUnknownExpertise()->setChecked(true);
    CHECK(dialog->message().contains(QStringLiteral("New fields of expertise for the list: Ҳифзи кӯдакон.")));
    dialog->skipBadRows()->setChecked(true);
    REQUIRE(dialog->importButton()->isEnabled());
    CHECK(test::dumpDatabase(*db) == untouched);

    const int commands = session.undoStack()->count();
    auto imported = dialog->importNow();
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    CHECK(dialog->message().startsWith(
        QStringLiteral("Imported: 2 created, 0 updated, 0 unchanged, 1 skipped.")));
    CHECK(session.undoStack()->count() == commands + 1);
    CHECK(organisationCount(*db) == 2);
    auto hamdili =
        DirectoryRepository(*db).organisationNamed(QStringLiteral("Ташкилоти ҷамъиятии «Ҳамдилӣ»"));
    REQUIRE(hamdili.ok());
    REQUIRE(hamdili->has_value());
    CHECK((*hamdili)->districtUuids.size() == 2);
    CHECK((*hamdili)->expertiseUuids.size() == 2);
    CHECK((*hamdili)->contactPerson.isEmpty());
    CHECK((*hamdili)->phone == QStringLiteral("+992 90 111 22 33"));

    session.undoStack()->undo();
    CHECK(organisationCount(*db) == 0);
    session.undoStack()->redo();
    CHECK(organisationCount(*db) == 2);
    dialog->close();

    // The same file again, closed without importing: the remembered mapping, and nothing written.
    DirectoryImportDialog* again = buttons.openImport();
    REQUIRE(again->loadFile(path));
    CHECK(again->fieldChooser(0)->currentData().toString() == QStringLiteral("name"));
    CHECK(again->fieldChooser(3)->currentData().toString().isEmpty());
    CHECK(again->preview().count(RowAction::Unchanged) == 2);
    const QString before = test::dumpDatabase(*db);
    again->close();
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("The directory's CSV export leaves contact details out unless ticked, and the matrix is written as "
          "a PDF",
          "[directory-files]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    test::TempDatabase db;
    Organisation nur;
    nur.name = QStringLiteral("Ташкилоти ҷамъиятии «Нур»");
    nur.phone = QStringLiteral("+992 93 555 12 34");
    nur.contactPerson = QStringLiteral("Гулрухсор Саидова");
    nur.districtUuids = {ReferenceRepository(*db).findPlace(QStringLiteral("Isfara"))->meta.uuid};
    REQUIRE(DirectoryRepository(*db).createOrganisation(nur).ok());
    Session session(*db);
    DirectoryFileButtons buttons(session);
    buttons.show();

    CsvExportDialog* exporting = buttons.openExport();
    auto* contacts = exporting->findChild<QCheckBox*>(QStringLiteral("csvIncludeContacts"));
    REQUIRE(contacts != nullptr);
    CHECK(contacts->isVisibleTo(exporting));
    CHECK_FALSE(contacts->isChecked());
    const QString plain = dir.filePath(QStringLiteral("directory.csv"));
    exporting->setFileName(plain);
    auto written = exporting->exportNow();
    REQUIRE(written.ok());
    CHECK(*written == 1);
    CHECK(exporting->message().startsWith(QStringLiteral("Wrote 1 organisation")));
    CHECK(readFile(plain).contains(QStringLiteral("«Нур»")));
    CHECK_FALSE(readFile(plain).contains(QStringLiteral("555 12 34")));
    contacts->setChecked(true);
    REQUIRE(exporting->exportNow().ok());
    CHECK(readFile(plain).contains(QStringLiteral("+992 93 555 12 34")));
    keepShot(exporting, QStringLiteral("directory-export"));
    exporting->close();

    keepShot(&buttons, QStringLiteral("directory-buttons"));
    DirectoryMatrixDialog* matrix = buttons.openMatrix();
    keepShot(matrix, QStringLiteral("directory-matrix"));
    CHECK(matrix->district()->count() == 2); // every district, and Isfara where Nur works
    CHECK_FALSE(matrix->contacts()->isChecked());
    const QString pdf = dir.filePath(QStringLiteral("matrix.pdf"));
    matrix->panel()->setLanguage(QStringLiteral("tg"));
    matrix->panel()->setFileChooser([&](const QString&) { return pdf; });
    REQUIRE(matrix->panel()->exportPdf() == pdf);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(printed.contains(QStringLiteral("Шаҳри Исфара")));
    CHECK(printed.contains(QStringLiteral("«Нур»")));
    CHECK_FALSE(printed.contains(QStringLiteral("555 12 34")));
    matrix->close();
}
