// Settings → Backups driven offscreen: Back up now, the list, Restore… (what changed since, then the window
// is asked to restore), Save a copy to… (the exchange passphrase); the window's backup when it closes after
// changes, and the one-time word when a copied data file takes a new identity. Tajik text in the records.
#include "core/demo/DemoLoader.h"
#include "core/model/Concern.h"
#include "core/settings/Preferences.h"
#include "core/storage/Backups.h"
#include "core/storage/ConcernRepository.h"
#include "core/sync/EncryptedCopy.h"
#include "core/sync/Merge.h"
#include "core/sync/Passphrase.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/AutoBackup.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/pages/ExchangePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/exchange/SetAsideModel.h"
#include "ui/pages/exchange/SetAsidePanel.h"
#include "ui/pages/settings/BackupListModel.h"
#include "ui/pages/settings/BackupsTab.h"
#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hamkori;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

void addConcern(Database& db, const QString& team, const QString& title)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.firstRaised = QDate(2026, 3, 1);
    concern.categoryUuid = test::categoryUuid(db);
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
}

struct Fixture : test::PageFixture<SettingsPage>
{
    Fixture()
    {
        QSettings().clear();
        addConcern(*db, team, QStringLiteral("Зӯроварии оилавӣ дар маҳалла"));
        open();
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        REQUIRE(tabs != nullptr);
        tabs->setCurrentWidget(page->backupsTab());
    }
    settings::BackupsTab& tab() { return *page->backupsTab(); }
    void waitForMessage(const QString& part)
    {
        REQUIRE(QTest::qWaitFor([&] { return tab().message().contains(part); }, 60000));
    }
};

} // namespace

TEST_CASE("Back up now adds a checked backup to the list, with what it holds", "[ui][backups]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.tab().model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.tab().model()->rowCount() == 0);
    QTest::mouseClick(f.page->findChild<QPushButton*>(QStringLiteral("backUpNow")), Qt::LeftButton);
    f.waitForMessage(QStringLiteral("Backup made and checked"));
    REQUIRE(f.tab().model()->rowCount() == 1);
    auto* model = f.tab().model();
    CHECK(model->data(model->index(0, settings::BackupListModel::Reason)).toString() ==
          QStringLiteral("made by hand"));
    CHECK(model->data(model->index(0, settings::BackupListModel::Teams)).toString() == QStringLiteral("1"));
    CHECK(model->data(model->index(0, settings::BackupListModel::Concerns)).toString() ==
          QStringLiteral("1"));
    CHECK(QFileInfo::exists(model->backup(0).file));
}

TEST_CASE("Restore says what changed since the backup and, once confirmed, asks the window to restore it",
          "[ui][backups]")
{
    Fixture f;
    REQUIRE(Backups(f.db->backupFolder()).make(*f.db, BackupReason::Manual).ok());
    addConcern(*f.db, f.team, QStringLiteral("Кражи скота"));
    f.tab().model()->reload();
    REQUIRE(f.tab().model()->rowCount() == 1);
    QString asked;
    f.tab().restoreQuestion().setAnswer([&](const QString& question) {
        asked = question;
        return false;
    });
    QSignalSpy requested(&f.session, &Session::restoreRequested);
    auto* view = f.page->findChild<QTableView*>(QStringLiteral("backupList"));
    auto* restore = f.page->findChild<QPushButton*>(QStringLiteral("restoreBackup"));
    CHECK_FALSE(restore->isEnabled()); // nothing chosen yet
    view->selectRow(0);
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("The data file now: teams 1, concerns 2")));
    CHECK(asked.contains(QStringLiteral("The backup: teams 1, concerns 1")));
    CHECK(requested.isEmpty()); // answered no

    f.tab().restoreQuestion().setAnswer([](const QString&) { return true; });
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == f.tab().model()->backup(0).file);
}

TEST_CASE("Save a copy refuses a passphrase that is not this laptop's and writes an encrypted copy with it",
          "[ui][backups]")
{
    Fixture f;
    auto verifier = sync::Passphrase::makeVerifier(kPassphrase, sync::KeyDerivation::minimum());
    REQUIRE(verifier.ok());
    Preferences::setPassphraseVerifier(*verifier);
    QTemporaryDir stick;
    f.tab().setFolderChooser([&](const QString&) { return stick.path(); });
    QString typed = QStringLiteral("wrong horse battery staple");
    f.tab().setPassphraseAsker([&] { return typed; });
    f.tab().saveCopy();
    CHECK(f.tab().message().contains(QStringLiteral("not the exchange passphrase")));
    CHECK(QDir(stick.path()).isEmpty());

    typed = kPassphrase;
    f.tab().saveCopy();
    f.waitForMessage(QStringLiteral("safe to remove the stick"));
    const QStringList copies = QDir(stick.path()).entryList({QStringLiteral("*.hkcopy")}, QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(sync::EncryptedCopy::isEncryptedCopy(QDir(stick.path()).filePath(copies.first())));

    // Restoring it from the stick asks for the passphrase, opens it into the backups and asks as above.
    f.tab().setFileChooser([&](const QString&) { return QDir(stick.path()).filePath(copies.first()); });
    QString asked;
    f.tab().restoreQuestion().setAnswer([&](const QString& question) {
        asked = question;
        return false;
    });
    f.tab().restoreFromFile();
    CHECK(asked.contains(QStringLiteral("The backup: teams 1, concerns 1")));
}

TEST_CASE("Closing the window after changes leaves a backup, and closing it again without changes adds none",
          "[ui][backups]")
{
    QSettings().clear();
    test::TempDatabase db;
    test::makeTeam(*db);
    const Backups backups(db->backupFolder());
    {
        MainWindow window(*db);
        window.show();
        window.close();
    }
    auto list = backups.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().reason == BackupReason::OnClose);
    CHECK(list->first().teams == 1);
    {
        MainWindow window(*db);
        window.show();
        window.close();
    }
    CHECK(backups.list()->size() == 1);
}

TEST_CASE(
    "A data file copied from another laptop says once, at its first change, that it took a new identity",
    "[ui][backups][guarantee-11]")
{
    QSettings().clear();
    test::TempDatabase a;
    const QString team = test::makeTeam(*a);
    const QString copy = a.dir.filePath(QStringLiteral("copy.sqlite"));
    a.copyFileTo(copy);
    test::TempDatabase b;
    b.replaceFileWith(copy);
    MainWindow window(*b);
    window.show();
    CHECK(window.findChild<QMessageBox*>(QStringLiteral("identityRenewedBox")) == nullptr);
    addConcern(*b, team, QStringLiteral("Кражи скота"));
    QApplication::processEvents();
    auto boxes = window.findChildren<QMessageBox*>(QStringLiteral("identityRenewedBox"));
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.first()->text().contains(QStringLiteral("copied here")));
    CHECK(boxes.first()->text().contains(b->identity().fingerprint()));
    boxes.first()->accept();
    QApplication::processEvents();
    addConcern(*b, team, QStringLiteral("Освещение улиц"));
    QApplication::processEvents();
    CHECK(window.findChildren<QMessageBox*>(QStringLiteral("identityRenewedBox")).isEmpty());
}

// Pictures of the Backups tab (with backups listed), the Exchange page's Set aside tab (with a change set
// aside), and the identity message, in Tajik and Russian at 1366×768, to look at:
// HAMKORI_SHOTS=/tmp/shots hamkori_ui_tests "[backups-shots]"
TEST_CASE("Pictures of the backups and set-aside tabs in Tajik and Russian", "[.][backups-shots]")
{
    const QString folder = qEnvironmentVariable("HAMKORI_SHOTS", QDir::tempPath());
    for (const QString& language : {QStringLiteral("tg"), QStringLiteral("ru")}) {
        REQUIRE(Translations::install(language));
        QSettings().clear();
        test::TempDatabase db;
        REQUIRE(demo::loadDemo(*db).ok());
        for (BackupReason reason : {BackupReason::BeforeBundleImport, BackupReason::Manual})
            REQUIRE(Backups(db->backupFolder()).make(*db, reason).ok());
        // A change whose concern never arrived, set aside by an import.
        sync::Bundle orphan;
        orphan.header.device = QStringLiteral("5b0c7f4e-2a61-4d8e-9c3b-7e1f0a2d4c6b");
        orphan.header.publicKey = QByteArray(32, '\x07');
        JournalEntry entry{orphan.header.device,
                           1,
                           QStringLiteral("000001767225600000.000000.") + orphan.header.device,
                           QStringLiteral("status_change"),
                           QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                           QString(),
                           QStringLiteral("{\"concern\":\"00000000-1111-4222-8333-444444444444\","
                                          "\"status\":\"resolved\",\"date\":\"2026-11-30\",\"note\":\"\"}"),
                           QString()};
        orphan.entries << entry;
        REQUIRE(sync::applyBundle(*db, orphan, {.trustNewSender = true}).ok());

        MainWindow window(*db);
        window.resize(1366, 768);
        window.show();
        const auto pages = window.pages();
        for (int i = 0; i < pages.size(); ++i) {
            if (auto* settings = qobject_cast<SettingsPage*>(pages[i])) {
                window.showPage(i);
                auto* tabs = settings->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
                tabs->setCurrentWidget(settings->backupsTab());
                QTest::qWait(300);
                window.grab().save(QStringLiteral("%1/backups-%2.png").arg(folder, language));
            }
            if (auto* exchange = qobject_cast<ExchangePage*>(pages[i])) {
                window.showPage(i);
                exchange->showTab(4);
                QTest::qWait(300);
                window.grab().save(QStringLiteral("%1/set-aside-%2.png").arg(folder, language));
            }
        }
        QMessageBox box(
            QMessageBox::Information, QObject::tr("x"),
            IdentityRenewal{QString(), QString(), IdentityLedger::Verdict::RolledBack}.explanation(
                db->identity().fingerprint()),
            QMessageBox::Ok, &window);
        box.setWindowTitle(
            QCoreApplication::translate("hamkori::MainWindow", "This data file has a new identity"));
        box.show();
        QTest::qWait(200);
        box.grab().save(QStringLiteral("%1/identity-%2.png").arg(folder, language));
        window.close();
    }
    REQUIRE(Translations::install(QStringLiteral("en")));
}

TEST_CASE("The daily backup is made in the background when the newest is a day old and the file changed",
          "[ui][backups]")
{
    QSettings().clear();
    test::TempDatabase db;
    test::makeTeam(*db);
    QWidget window;
    AutoBackup automatic(*db, &window);
    const Backups backups(db->backupFolder());
    automatic.backUpIfDue(); // none yet: one now
    REQUIRE(QTest::qWaitFor([&] { return backups.list()->size() == 1; }, 60000));
    CHECK(backups.list()->first().reason == BackupReason::Daily);
    automatic.backUpIfDue(); // the newest is minutes old
    QTest::qWait(300);
    CHECK(backups.list()->size() == 1);
}

TEST_CASE("Set aside lists what an import could not apply and Try again applies it once its record came",
          "[ui][backups][quarantine]")
{
    QSettings().clear();
    test::TempDatabase a;
    const QString team = test::makeTeam(*a);
    addConcern(*a, team, QStringLiteral("Кражи скота"));
    auto all = test::exportable(*a, {}, {});
    REQUIRE(all.ok());
    sync::Bundle orphans = *all;
    sync::Bundle parents = *all;
    orphans.entries.clear();
    parents.entries.clear();
    for (const JournalEntry& entry : all->entries)
        (entry.kind == u"status_change" ? orphans : parents).entries << entry;

    test::TempDatabase b;
    Session session(*b);
    ExchangePage page(session);
    page.show();
    auto report = sync::applyBundle(*b, orphans, {.trustNewSender = true});
    REQUIRE(report.ok());
    CHECK(report->totals().quarantined == 1);
    page.setAsidePanel()->reload();
    CHECK(page.setAsidePanel()->count() == 1);
    auto* model = page.setAsidePanel()->model();
    CHECK(model->data(model->index(0, exchange::SetAsideModel::Reason)).toString() ==
          QStringLiteral("waits for the record it belongs to"));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("exchangeTabs"));
    CHECK(tabs->tabText(4) == QStringLiteral("&Set aside (1)"));

    // An import applies waiting changes by itself once their record came (issue 16); one that left them (a
    // file from before that) is what Try again is for.
    REQUIRE(sync::applyBundle(*b, parents, {.retryWaiting = false}).ok());
    page.setAsidePanel()->reload();
    CHECK(page.setAsidePanel()->count() == 1);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("retrySetAside")), Qt::LeftButton);
    CHECK(page.setAsidePanel()->count() == 0);
    CHECK(page.findChild<QLabel*>(QStringLiteral("retryResult"))->text() ==
          QStringLiteral("Every change applied: nothing is set aside any more."));
    CHECK(tabs->tabText(4) == QStringLiteral("&Set aside"));
}
