// The CSV dialogs driven offscreen: the import dialog (mapping → preview → check → import → undo → redo,
// the mapping remembered), the concern export from the register with and without restricted concerns, and
// the activities export from the Action plans page.
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/sync/Merge.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/csv/ConcernImportDialog.h"
#include "ui/csv/CsvButtons.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/DeletedRowsPanel.h"
#include "ui/pages/ConcernsPage.h"
#include "ui/pages/PlansPage.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace hamkori;
using namespace hamkori::csv;

namespace {

Concern makeConcern(Database& db, const QString& team, const QString& title, bool restricted = false)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = test::categoryUuid(db, QStringLiteral("unsafe_spaces"));
    concern.firstRaised = QDate(2026, 1, 20);
    concern.restricted = restricted;
    auto created = ConcernRepository(db).createConcern(concern);
    REQUIRE(created.ok());
    return *created;
}

int concernCount(Database& db, const QString& team)
{
    ConcernFilter filter;
    filter.teamUuid = team;
    return *ConcernRepository(db).count(filter);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString readFile(const QString& path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace

TEST_CASE("CSV import dialog maps columns, previews, checks, imports as one undo command", "[csv-ui]")
{
    QSettings().remove(QLatin1String(ConcernImportDialog::kSettingsKey));
    REQUIRE(Translations::install(QStringLiteral("en"))); // English as a user sees it, plurals and all
    QTemporaryDir dir;
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const Concern lights = makeConcern(*db, team, QStringLiteral("Кӯчаҳои торик"));
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernsPage page(session);
    page.resize(1130, 650);
    page.show();

    // "Масъала" is no name Hamkori knows: the person maps it to the title by hand.
    const QString path = dir.filePath(QStringLiteral("register.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("\xFEFF"
                                  "Code;Масъала;Category;First raised;Note\r\n"
                                  "%1;\"Кӯчаҳои торик, бе чароғ\";unsafe_spaces;20.01.2026;x\r\n"
                                  ";\"Ҷанҷоли ҷавонон\nдар бозор\";youth_crime;05.02.2026;\r\n"
                                  ";Дуздӣ;theft;31.02.2026;\r\n")
                       .arg(lights.code)
                       .toUtf8());
    }
    auto* button = page.findChild<ConcernCsvButton*>(QStringLiteral("concernCsvButton"));
    REQUIRE(button != nullptr);
    ConcernImportDialog* dialog = button->openImport();
    REQUIRE(dialog != nullptr);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    REQUIRE(dialog->loadFile(path));

    // Mapping: guessed from the names; the title is missing, so nothing can be imported yet.
    REQUIRE(dialog->mappingTable()->rowCount() == 5);
    CHECK(dialog->fieldChooser(0)->currentData().toString() == QStringLiteral("code"));
    CHECK(dialog->fieldChooser(1)->currentData().toString().isEmpty());
    CHECK(dialog->fieldChooser(3)->currentData().toString() == QStringLiteral("first_raised"));
    CHECK(dialog->preview().fileError);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    REQUIRE(dialog->reportTable()->rowCount() == 1);
    CHECK(dialog->reportTable()->item(0, 2)->text().contains(
        QStringLiteral("No column of the file gives the Title")));

    dialog->fieldChooser(1)->setCurrentIndex(dialog->fieldChooser(1)->findData(QStringLiteral("title")));
    CHECK(dialog->mapping().column(ConcernField::Title) == 1);

    // Preview: the first rows as they are in the file, the mapped field under each column name.
    REQUIRE(dialog->previewTable()->rowCount() == 3);
    CHECK(dialog->previewTable()->horizontalHeaderItem(1)->text().endsWith(QStringLiteral("→ Title")));
    CHECK(dialog->previewTable()->item(1, 1)->toolTip() == QStringLiteral("Ҷанҷоли ҷавонон\nдар бозор"));

    // Check: the bad date of row 4; Import waits until the bad rows are skipped.
    REQUIRE(dialog->reportTable()->rowCount() == 1);
    CHECK(dialog->reportTable()->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(dialog->reportTable()->item(0, 1)->text() == QStringLiteral("First raised"));
    CHECK(dialog->tabs()->tabText(2) == QStringLiteral("3. Check (1 problem)"));
    CHECK(dialog->message().startsWith(QStringLiteral("Ready: 1 new, 1 to update, 0 unchanged.")));
    CHECK_FALSE(dialog->importButton()->isEnabled());
    dialog->skipBadRows()->setChecked(true);
    REQUIRE(dialog->importButton()->isEnabled());

    const int commands = session.undoStack()->count();
    auto imported = dialog->importNow();
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    CHECK(dialog->message().startsWith(
        QStringLiteral("Imported: 1 created, 1 updated, 0 unchanged, 1 skipped.")));
    CHECK_FALSE(dialog->importButton()->isEnabled());
    CHECK(session.undoStack()->count() == commands + 1);
    CHECK(concernCount(*db, team) == 2);
    CHECK(ConcernRepository(*db).concern(lights.meta.uuid)->title ==
          QStringLiteral("Кӯчаҳои торик, бе чароғ"));
    CHECK(QSettings()
              .value(QLatin1String(ConcernImportDialog::kSettingsKey))
              .toMap()
              .value(QStringLiteral("Масъала")) == QStringLiteral("title"));

    session.undoStack()->undo();
    CHECK(concernCount(*db, team) == 1);
    CHECK(ConcernRepository(*db).concern(lights.meta.uuid)->title == QStringLiteral("Кӯчаҳои торик"));
    session.undoStack()->redo();
    CHECK(concernCount(*db, team) == 2);
    CHECK(ConcernRepository(*db).concern(lights.meta.uuid)->title ==
          QStringLiteral("Кӯчаҳои торик, бе чароғ"));
    dialog->close();

    // The next file with the same columns: the remembered mapping, and nothing new to import.
    ConcernImportDialog* again = button->openImport();
    REQUIRE(again->loadFile(path));
    CHECK(again->fieldChooser(1)->currentData().toString() == QStringLiteral("title"));
    CHECK(again->preview().count(RowAction::Unchanged) == 1); // the updated concern
    CHECK(again->preview().count(RowAction::Create) == 1);    // rows without a code always create
    again->close();
}

TEST_CASE("Finding 6: the CSV import dialog shows rows of concerns deleted on another laptop, skips them "
          "unless the person restores them, one by one or all at once",
          "[csv-ui]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    test::TempDatabase db, field;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const Concern lights = makeConcern(*db, team, QStringLiteral("Кӯчаҳои торик"));
    const Concern market = makeConcern(*db, team, QStringLiteral("Дуздӣ дар бозор"));
    // The concerns go to the field laptop, which deletes them; its bundle comes back.
    const auto exchange = [](Database& from, Database& to, const QString& name) {
        auto bundle = test::exportable(from, {}, {});
        REQUIRE(bundle.ok());
        bundle->header.deviceName = name;
        auto applied = sync::applyBundle(to, *bundle, {.dryRun = false, .trustNewSender = true});
        INFO(applied.errorMessage().toStdString());
        REQUIRE(applied.ok());
    };
    exchange(*db, *field, QStringLiteral("Office"));
    REQUIRE(ConcernRepository(*field).deleteConcern(lights.meta.uuid).ok());
    REQUIRE(ConcernRepository(*field).deleteConcern(market.meta.uuid).ok());
    exchange(*field, *db, QStringLiteral("Isfara field laptop"));
    REQUIRE(concernCount(*db, team) == 0);

    const QString path = dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Code;Title;Category;First raised\r\n"
                                  "%1;Кӯчаҳои торик, бе чароғ;unsafe_spaces;20.01.2026\r\n"
                                  "%2;Дуздӣ дар бозор;unsafe_spaces;20.01.2026\r\n")
                       .arg(lights.code, market.code)
                       .toUtf8());
    }
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernImportDialog dialog(session, team);
    dialog.resize(1130, 650);
    dialog.show();
    REQUIRE(dialog.loadFile(path));

    // Shown as the deleted concerns they are, skipped by default: nothing to import yet.
    CHECK(dialog.tabs()->isTabVisible(3));
    CHECK(dialog.tabs()->tabText(3).startsWith(QStringLiteral("4. Deleted concerns (2")));
    DeletedRowsPanel* deleted = dialog.deletedRows();
    REQUIRE(deleted->table()->rowCount() == 2);
    CHECK(deleted->table()->item(0, DeletedRowsPanel::Code)->text() == lights.code);
    const QString note = deleted->table()->item(0, DeletedRowsPanel::What)->text();
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("on the laptop «Isfara field laptop»")));
    CHECK(note.contains(QStringLiteral("Restore it with this row's values, or skip the row.")));
    CHECK(deleted->choice(0)->currentText() == QStringLiteral("Skip the row"));
    CHECK(dialog.message().contains(
        QStringLiteral("carry the code of a deleted concern: 0 to restore, the others skipped")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    // All at once, then back to skipping for the second row alone.
    deleted->restoreAll()->click();
    CHECK(dialog.preview().restoring() == 2);
    CHECK(deleted->choice(1)->currentText() == QStringLiteral("Restore it with this row's values"));
    deleted->choice(1)->setCurrentIndex(0);
    CHECK(dialog.preview().restoring() == 1);
    REQUIRE(dialog.importButton()->isEnabled());

    const int commands = session.undoStack()->count();
    auto imported = dialog.importNow();
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    CHECK(dialog.message().contains(QStringLiteral("Deleted concerns restored: 1; their rows skipped: 1.")));
    CHECK(session.undoStack()->count() == commands + 1);
    CHECK(concernCount(*db, team) == 1);
    CHECK(ConcernRepository(*db).concern(lights.meta.uuid)->title ==
          QStringLiteral("Кӯчаҳои торик, бе чароғ"));
    CHECK_FALSE(ConcernRepository(*db).concern(market.meta.uuid).ok());

    session.undoStack()->undo();
    CHECK(concernCount(*db, team) == 0);
    session.undoStack()->redo();
    CHECK(concernCount(*db, team) == 1);
    CHECK(ConcernRepository(*db).concern(lights.meta.uuid)->title ==
          QStringLiteral("Кӯчаҳои торик, бе чароғ"));
}

TEST_CASE("CSV import dialog shows why a file cannot be read", "[csv-ui]")
{
    QTemporaryDir dir;
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernImportDialog dialog(session, team);
    const QString path = dir.filePath(QStringLiteral("latin.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Title,Category\ncaf\xE9 d\xE9j\xE0 vu,theft\n"));
    }
    const QString dump = test::dumpDatabase(*db);
    CHECK_FALSE(dialog.loadFile(path));
    CHECK(dialog.message().contains(QStringLiteral("not in UTF-8")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.importNow().ok());
    CHECK(test::dumpDatabase(*db) == dump);
}

TEST_CASE("CSV export from the register follows its filter and leaves restricted concerns out unless ticked",
          "[csv-ui]")
{
    REQUIRE(Translations::install(QStringLiteral("en"))); // English as a user sees it, plurals and all
    QTemporaryDir dir;
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    makeConcern(*db, team, QStringLiteral("Кӯчаҳои торик"));
    makeConcern(*db, team, QStringLiteral("Ҷалби ҷавонон"), true);
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernsPage page(session);
    page.show();
    auto* button = page.findChild<ConcernCsvButton*>(QStringLiteral("concernCsvButton"));
    REQUIRE(button != nullptr);

    CsvExportDialog* dialog = button->openExport();
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("csvLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("csvSeparator"))->currentData().toString() ==
          QStringLiteral(","));
    const QString path = dir.filePath(QStringLiteral("concerns.csv"));
    dialog->setFileName(path);
    auto written = dialog->exportNow();
    REQUIRE(written.ok());
    CHECK(*written == 1);
    CHECK(dialog->message() == QStringLiteral("Wrote 1 concern to %1.").arg(QDir::toNativeSeparators(path)));
    QString text = readFile(path);
    CHECK(readBytes(path).startsWith("\xEF\xBB\xBF"));
    CHECK(text.contains(QStringLiteral("Code,Title,Description,")));
    CHECK(text.contains(QStringLiteral("Кӯчаҳои торик")));
    CHECK_FALSE(text.contains(QStringLiteral("Ҷалби ҷавонон")));

    dialog->findChild<QCheckBox*>(QStringLiteral("csvIncludeRestricted"))->setChecked(true);
    REQUIRE(*dialog->exportNow() == 2);
    CHECK(readFile(path).contains(QStringLiteral("Ҷалби ҷавонон")));

    // A folder that does not exist: a clear message, no file.
    dialog->setFileName(dir.filePath(QStringLiteral("missing/concerns.csv")));
    CHECK_FALSE(dialog->exportNow().ok());
    CHECK(dialog->message().contains(QStringLiteral("does not exist")));
    dialog->close();
}

TEST_CASE("CSV export of activities from the Action plans page", "[csv-ui]")
{
    QTemporaryDir dir;
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = QStringLiteral("Нақшаи чорабиниҳо");
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    auto made = PlanRepository(*db).createPlan(plan);
    REQUIRE(made.ok());
    Activity activity;
    activity.planUuid = made->meta.uuid;
    activity.measure = QStringLiteral("Равшан кардани кӯчаҳо");
    activity.leadBodyUuid = test::referenceUuid(*db, QStringLiteral("lead_body"), QStringLiteral("jamoat"));
    REQUIRE(PlanRepository(*db).createActivity(activity).ok());
    Session session(*db);
    session.setCurrentTeam(team);
    PlansPage page(session);
    page.show();
    auto* button = page.findChild<ActivityCsvButton*>(QStringLiteral("exportActivitiesCsv"));
    REQUIRE(button != nullptr);
    CsvExportDialog* dialog = button->openExport();
    const QString path = dir.filePath(QStringLiteral("activities.csv"));
    dialog->setFileName(path);
    auto written = dialog->exportNow();
    INFO(dialog->message().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 1);
    CHECK(readFile(path).contains(QStringLiteral("Равшан кардани кӯчаҳо")));

    // A coordinator ticks "all teams": another team's activity comes too, each row under its team.
    const QString other = test::makeTeam(*db, QStringLiteral("KUL"));
    ActionPlan otherPlan = plan;
    otherPlan.teamUuid = other;
    auto madeOther = PlanRepository(*db).createPlan(otherPlan);
    REQUIRE(madeOther.ok());
    activity.planUuid = madeOther->meta.uuid;
    activity.measure = QStringLiteral("Вохӯрӣ бо ҷавонон");
    REQUIRE(PlanRepository(*db).createActivity(activity).ok());
    auto* allTeams = dialog->findChild<QCheckBox*>(QStringLiteral("csvAllTeams"));
    REQUIRE(allTeams != nullptr);
    REQUIRE(allTeams->isVisibleTo(dialog));
    allTeams->setChecked(true);
    written = dialog->exportNow();
    REQUIRE(written.ok());
    CHECK(*written == 2);
    const QString all = readFile(path);
    CHECK(all.contains(QStringLiteral("ISF,")));
    CHECK(all.contains(QStringLiteral("KUL,")));
    CHECK(all.contains(QStringLiteral("Вохӯрӣ бо ҷавонон")));
    dialog->close();
}
