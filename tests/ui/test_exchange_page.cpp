// The Exchange page driven offscreen (issue 6): a bundle exported from one data file through the page's
// widgets and imported into another (the trust question answered by the test), a damaged bundle, a wrong
// passphrase and a refused laptop leaving the data file as it was, the conflict inbox with its resolution,
// and the Settings box that keeps a verifier of the passphrase, never the passphrase. Every model runs under
// QAbstractItemModelTester. [exchange-gui]: the merge on a worker thread while the window keeps running,
// recordsChanged after an import that only made a conflict, the merged-value editor of each field type and a
// name for every field.
#include "core/model/Limits.h"
#include "core/demo/DemoLoader.h"
#include "core/settings/Preferences.h"
#include "core/storage/SyncRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/Passphrase.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/Session.h"
#include "ui/pages/ExchangePage.h"
#include "ui/pages/exchange/ConflictInbox.h"
#include "ui/pages/exchange/ConflictListModel.h"
#include "ui/pages/exchange/ConflictResolver.h"
#include "ui/pages/exchange/ConflictText.h"
#include "ui/pages/exchange/DeviceListModel.h"
#include "ui/pages/exchange/ExportPanel.h"
#include "ui/pages/exchange/ImportPanel.h"
#include "ui/pages/exchange/MergeReportModel.h"
#include "ui/pages/exchange/MergedValueEditor.h"
#include "ui/pages/settings/PassphraseBox.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace hamkori;
using namespace Qt::StringLiterals;
using exchange::MergeReportModel;

namespace {

const QString kPassphrase = QStringLiteral("кӯҳҳои баланд ва дарёи Сир");

using hamkori::test::child;

/// A laptop with the Exchange page open.
struct Laptop
{
    explicit Laptop(bool withTeam)
    {
        if (withTeam)
            team = test::makeTeam(*db);
        session.setCurrentTeam(team);
        page.resize(1366, 700);
        page.show();
    }
    test::TempDatabase db;
    QString team;
    Session session{*db};
    ExchangePage page{session};

    void typePassphrase(const QString& passphrase)
    {
        auto* edit = child<QLineEdit>(page, "exchangePassphrase");
        edit->clear();
        test::typeText(edit, passphrase);
    }

    /// Exports every team into the folder through the page; returns the bundle's path.
    QString exportTo(const QString& folder)
    {
        page.showTab(0);
        page.exportPanel()->setFolderChooser([folder](const QString&) { return folder; });
        QTest::mouseClick(child<QPushButton>(page, "exportBrowse"), Qt::LeftButton);
        CHECK(child<QLineEdit>(page, "exportFolder")->text() == QDir::toNativeSeparators(folder));
        QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !page.exportPanel()->isBusy(); }, 60000));
        return page.exportPanel()->writtenFile();
    }

    /// Imports one file through the page's button; returns the lines shown for it.
    QStringList importFile(const QString& path)
    {
        page.showTab(1);
        page.importPanel()->setFileChooser([path](const QString&) { return path; });
        QTest::mouseClick(child<QPushButton>(page, "importFile"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !page.importPanel()->isBusy(); }, 60000));
        return page.importPanel()->messages();
    }
};

/// The report table's cell for a kind ("Teams") and a column, as shown.
QString reportCell(MergeReportModel& model, const QString& kindName, int column)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, MergeReportModel::Kind).data().toString() == kindName)
            return model.index(row, column).data().toString();
    return QStringLiteral("(no row %1)").arg(kindName);
}

} // namespace

TEST_CASE("a bundle exported on the page imports into another data file after the trust question",
          "[ui][exchange]")
{
    QSettings().clear();
    QTemporaryDir stick;
    Laptop a(true);
    Laptop b(false);
    a.typePassphrase(kPassphrase);
    const QString file = a.exportTo(stick.path());
    INFO(child<QLabel>(a.page, "exportResult")->text().toStdString());
    REQUIRE_FALSE(file.isEmpty());
    CHECK(QFileInfo(file).dir() == QDir(stick.path()));
    CHECK(QFileInfo(file).fileName().startsWith(QStringLiteral("hamkori-")));
    CHECK(child<QLabel>(a.page, "exportResult")->text() ==
          QStringLiteral("Written and checked: %1. It is safe to remove the stick.")
              .arg(QDir::toNativeSeparators(file)));
    CHECK(Preferences::exchangeFolder() == stick.path());

    b.typePassphrase(kPassphrase);
    MergeReportModel* report = b.page.importPanel()->reportModel();
    QAbstractItemModelTester reportTester(report, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester devicesTester(b.page.deviceModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList questions;
    b.page.importPanel()->trustQuestion().setAnswer([&](const QString& question) {
        questions << question;
        return true;
    });
    const QStringList lines = b.importFile(file);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(a.db->identity().fingerprint()));
    CHECK(reportCell(*report, QStringLiteral("Teams"), MergeReportModel::Added) == QStringLiteral("1"));
    CHECK(reportCell(*report, QStringLiteral("Teams"), MergeReportModel::Conflicts) == QStringLiteral("0"));
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QFileInfo(file).fileName() + QStringLiteral(": Imported: ")));
    auto teams = TeamRepository(*b.db).teams();
    REQUIRE(teams.ok());
    REQUIRE(teams->size() == 1);
    CHECK(teams->first().meta.uuid == a.team);
    // The new laptop is listed with its fingerprint; the export page offers the new team.
    REQUIRE(b.page.deviceModel()->rowCount() == 1);
    CHECK(b.page.deviceModel()->index(0, exchange::DeviceListModel::Fingerprint).data().toString() ==
          a.db->identity().fingerprint());
    CHECK_FALSE(
        b.page.deviceModel()->index(0, exchange::DeviceListModel::LastBundle).data().toString().isEmpty());

    // The same bundle again: nothing asked, nothing changed, and the page says so.
    const QString before = test::dumpDatabase(*b.db);
    const QStringList again = b.importFile(file);
    CHECK(questions.size() == 1);
    REQUIRE(again.size() == 1);
    CHECK(again.first().contains(QStringLiteral("already here")));
    CHECK(reportCell(*report, QStringLiteral("Teams"), MergeReportModel::Added) == QStringLiteral("0"));
    CHECK(test::dumpDatabase(*b.db) == before);
}

TEST_CASE("a damaged bundle, a wrong passphrase and a refused laptop each show a message and change nothing",
          "[ui][exchange]")
{
    QSettings().clear();
    QTemporaryDir stick;
    Laptop a(true);
    Laptop b(true);
    a.typePassphrase(kPassphrase);
    const QString file = a.exportTo(stick.path());
    REQUIRE_FALSE(file.isEmpty());
    QFile whole(file);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString halfPath = stick.filePath(QStringLiteral("half.hkx"));
    QFile half(halfPath);
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();

    const QString before = test::dumpDatabase(*b.db);
    int asked = 0;
    b.page.importPanel()->trustQuestion().setAnswer([&](const QString&) {
        ++asked;
        return false;
    });
    b.typePassphrase(kPassphrase);
    QStringList lines = b.importFile(halfPath);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QStringLiteral("half.hkx: The bundle is incomplete")));
    CHECK(test::dumpDatabase(*b.db) == before);

    b.typePassphrase(QStringLiteral("another passphrase altogether"));
    lines = b.importFile(file);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(QStringLiteral("different exchange passphrase")));
    CHECK(test::dumpDatabase(*b.db) == before);
    CHECK(asked == 0);

    b.typePassphrase(kPassphrase);
    lines = b.importFile(file);
    CHECK(asked == 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(QStringLiteral("not trusted")));
    CHECK(test::dumpDatabase(*b.db) == before);
    CHECK(b.page.importPanel()->reportModel()->rowCount() == 0);
    CHECK(b.page.deviceModel()->rowCount() == 0);
}

TEST_CASE("a conflict from concurrent edits shows in the inbox and resolving it removes it and journals it",
          "[ui][exchange]")
{
    QSettings().clear();
    test::TempDatabase a;
    const QString team = test::makeTeam(*a);
    test::TempDatabase b;
    auto exchange = [](Database& from, Database& to) {
        auto bundle = test::exportable(from, {}, {});
        REQUIRE(bundle.ok());
        auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
    };
    exchange(*a, *b);
    auto rename = [&team](Database& db, const QString& name) {
        Team changed = *TeamRepository(db).team(team);
        changed.name = name;
        REQUIRE(TeamRepository(db).updateTeam(changed).ok());
    };
    b.clock.advance(60000);
    rename(*a, QStringLiteral("Гурӯҳи Исфара"));
    rename(*b, QStringLiteral("Группа Исфары"));

    Session session(*b);
    ExchangePage page(session);
    page.resize(1366, 700);
    page.show();
    exchange::ConflictInbox* inbox = page.conflictInbox();
    QAbstractItemModelTester tester(inbox->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(inbox->count() == 0);
    // A's bundle through the page (A is known to B since the first exchange: nothing is asked).
    QTemporaryDir stick;
    auto bundle = test::exportable(*a, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, test::deviceKey(*a));
    REQUIRE(file.ok());
    page.importPanel()->trustQuestion().setAnswer([](const QString&) {
        FAIL("a known laptop must not be asked about");
        return false;
    });
    test::typeText(child<QLineEdit>(page, "exchangePassphrase"), kPassphrase);
    page.importPanel()->setFileChooser([&file](const QString&) { return *file; });
    page.showTab(1);
    QTest::mouseClick(child<QPushButton>(page, "importFile"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page.importPanel()->isBusy(); }, 60000));
    CHECK(reportCell(*page.importPanel()->reportModel(), QStringLiteral("Teams"),
                     MergeReportModel::Conflicts) == QStringLiteral("1"));
    REQUIRE(inbox->count() == 1);
    page.showTab(2);
    const QString shown = inbox->model()->index(0, exchange::ConflictListModel::Shown).data().toString();
    const QString others = inbox->model()->index(0, exchange::ConflictListModel::Others).data().toString();
    CHECK(inbox->model()->index(0, exchange::ConflictListModel::Field).data().toString() ==
          QStringLiteral("name"));
    CHECK(shown.startsWith(QStringLiteral("«Группа Исфары» (this laptop, ")));
    CHECK(others.startsWith(QStringLiteral("«Гурӯҳи Исфара» (")));

    inbox->view()->setCurrentIndex(inbox->model()->index(0, 0));
    exchange::ConflictResolver* resolver = inbox->resolver();
    const QList<QRadioButton*> choices = resolver->choices();
    REQUIRE(choices.size() == 3); // the two values and a value written by hand
    CHECK(choices.at(1)->accessibleName().startsWith(QStringLiteral("Keep «Гурӯҳи Исфара»")));
    auto* merged = child<QLineEdit>(*resolver, "mergedValue"); // a name is one line
    merged->clear();
    test::typeText(merged, QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    CHECK(merged->text() == QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    CHECK(choices.at(2)->isChecked());

    const qsizetype journalBefore = SyncRepository(*b).recordJournal(team)->size();
    QTest::mouseClick(child<QPushButton>(*resolver, "resolveButton"), Qt::LeftButton);
    CHECK(inbox->count() == 0);
    CHECK(TeamRepository(*b).team(team)->name == QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    auto journal = SyncRepository(*b).recordJournal(team);
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == journalBefore + 1);
    CHECK(journal->last().field == QStringLiteral("name"));
    CHECK(journal->last().device == b->identity().id());
    CHECK(journal->last().value.toString() == QStringLiteral("Гурӯҳи Исфара (ГИ)"));

    // The resolution travels: the other laptop takes it and has no conflict either.
    exchange(*b, *a);
    CHECK(TeamRepository(*a).team(team)->name == QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    CHECK(sync::conflicts(*a)->isEmpty());
}

TEST_CASE("the passphrase box keeps a verifier and never the passphrase, and the page tells a mistyped one",
          "[ui][exchange]")
{
    QSettings().clear();
    settings::PassphraseBox box;
    box.show();
    auto* fresh = child<QLineEdit>(box, "newPassphrase");
    auto* repeat = child<QLineEdit>(box, "repeatPassphrase");
    auto* message = child<QLabel>(box, "passphraseMessage");
    test::typeText(fresh, QStringLiteral("кӯтоҳ"));
    CHECK(message->isVisible());
    CHECK(message->text() == sync::Passphrase::checkStrength(QStringLiteral("кӯтоҳ")).errorMessage());
    QTest::mouseClick(child<QPushButton>(box, "savePassphrase"), Qt::LeftButton);
    CHECK(settings::PassphraseBox::storedVerifier().isEmpty());

    fresh->clear();
    test::typeText(fresh, kPassphrase);
    CHECK_FALSE(message->isVisible());
    test::typeText(repeat, kPassphrase + QStringLiteral("!"));
    QTest::mouseClick(child<QPushButton>(box, "savePassphrase"), Qt::LeftButton);
    CHECK(message->text().contains(QStringLiteral("differ")));
    CHECK(settings::PassphraseBox::storedVerifier().isEmpty());

    repeat->clear();
    test::typeText(repeat, kPassphrase);
    QTest::mouseClick(child<QPushButton>(box, "savePassphrase"), Qt::LeftButton);
    QSettings settings;
    settings.sync();
    const QString verifier = Preferences::passphraseVerifier();
    CHECK(verifier.startsWith(QStringLiteral("$argon2id$")));
    CHECK(sync::Passphrase::verify(verifier, kPassphrase));
    CHECK(fresh->text().isEmpty());
    CHECK(repeat->text().isEmpty());
    // Nowhere in the settings, nor in the file behind them.
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(kPassphrase));
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray stored = file.readAll();
        CHECK_FALSE(stored.contains(kPassphrase.toUtf8()));
        CHECK_FALSE(stored.contains(QStringLiteral("кӯҳҳои").toUtf8()));
    }

    // The Exchange page checks what is typed against the verifier as soon as the field is left.
    Laptop laptop(true);
    laptop.typePassphrase(QStringLiteral("кӯҳҳои баланд ва дарёи Вахш"));
    auto* pageMessage = child<QLabel>(laptop.page, "exchangePassphraseMessage");
    Q_EMIT child<QLineEdit>(laptop.page, "exchangePassphrase")->editingFinished();
    CHECK(pageMessage->isVisible());
    CHECK(pageMessage->text().startsWith(
        QStringLiteral("This is not the exchange passphrase set in Settings")));
    laptop.typePassphrase(kPassphrase);
    Q_EMIT child<QLineEdit>(laptop.page, "exchangePassphrase")->editingFinished();
    CHECK_FALSE(pageMessage->isVisible());
}

namespace {

QVariant scalar(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0);
}

/// Every kind named in the recordsChanged signals a spy caught.
QStringList kindsAnnounced(const QSignalSpy& spy)
{
    QStringList kinds;
    for (const QList<QVariant>& signal : spy)
        kinds << signal.first().toStringList();
    return kinds;
}

/// Writes a value into a field of a record as a person's edit on that laptop would.
void edit(Database& db, const QString& kind, const QString& uuid, const QString& field, const QVariant& value)
{
    Transaction transaction(db);
    auto updated = db.records().update(kind, uuid, {{field, value}});
    INFO(updated.errorMessage().toStdString());
    REQUIRE(updated.ok());
    REQUIRE(*updated);
    REQUIRE(transaction.commit().ok());
}

void applyDirectly(Database& from, Database& to)
{
    auto bundle = test::exportable(from, {}, {});
    REQUIRE(bundle.ok());
    auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
}

/// Selects the conflict on this record and field in the inbox; false when it is not listed.
bool chooseConflict(exchange::ConflictInbox& inbox, const QString& record, const QString& field)
{
    for (int row = 0; row < inbox.model()->rowCount(); ++row) {
        const sync::Conflict& conflict = inbox.model()->conflict(row);
        if (conflict.record == record && conflict.field == field) {
            inbox.view()->setCurrentIndex(inbox.model()->index(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the merge runs on a worker thread while the window keeps running, and the window sees its data",
          "[ui][exchange][exchange-gui]")
{
    QSettings().clear();
    QTemporaryDir stick;
    test::TempDatabase a;
    REQUIRE(demo::loadDemo(*a).ok());
    auto bundle = test::exportable(*a, {}, {});
    REQUIRE(bundle.ok());
    REQUIRE(bundle->entries.size() > 3000); // big enough that the merge takes a while in any build
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, test::deviceKey(*a));
    REQUIRE(file.ok());
    QString latestReceived;
    for (const JournalEntry& entry : bundle->entries)
        latestReceived = std::max(latestReceived, entry.hlc);

    Laptop b(false);
    b.typePassphrase(kPassphrase);
    b.page.importPanel()->trustQuestion().setAnswer([](const QString&) { return true; });
    QSignalSpy announced(&*b.db, &Database::recordsChanged);

    // A timer of the main thread: it can only fire while the merge runs if the merge is not on this thread.
    int ticksWhileApplying = 0;
    bool buttonsDisabled = true;
    bool dialogShown = true;
    bool windowCouldRead = false;
    int progressRange = 0;
    int progressSeen = 0;
    auto* importFile = child<QPushButton>(b.page, "importFile");
    auto* importFolder = child<QPushButton>(b.page, "importFolder");
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!b.page.importPanel()->isApplying())
            return;
        ++ticksWhileApplying;
        buttonsDisabled = buttonsDisabled && !importFile->isEnabled() && !importFolder->isEnabled();
        auto* dialog = b.page.findChild<QProgressDialog*>(QStringLiteral("importApplying"));
        if (dialog && ticksWhileApplying == 1)
            QTest::keyClick(dialog, Qt::Key_Escape); // must not give the window back before the merge ends
        dialogShown = dialogShown && dialog && dialog->isVisible() && dialog->isModal();
        if (dialog) { // how far the merge is: a range once it said so, and the value moving on
            progressRange = std::max(progressRange, dialog->maximum());
            progressSeen = std::max(progressSeen, dialog->value());
        }
        // WAL: the main connection reads (the file as it was before the merge commits).
        windowCouldRead = windowCouldRead || TeamRepository(*b.db).teams().ok();
    });
    timer.start();
    const QStringList lines = b.importFile(*file);
    timer.stop();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(ticksWhileApplying > 0);
    CHECK(buttonsDisabled);
    CHECK(dialogShown);
    CHECK(windowCouldRead);
    CHECK(progressRange > 250); // the records of the bundle, not a busy indicator
    CHECK(progressSeen > 0);
    CHECK_FALSE(b.page.importPanel()->isApplying());
    CHECK(b.page.findChild<QProgressDialog*>(QStringLiteral("importApplying")) == nullptr);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(QStringLiteral("Imported: ")));

    // The main connection sees the data, and the pages heard of every kind.
    auto teams = TeamRepository(*b.db).teams();
    REQUIRE(teams.ok());
    CHECK(teams->size() == 12);
    CHECK(SyncRepository(*b.db).isKnownDevice(a->identity().id(), a->identity().publicKey()));
    const QStringList kinds = kindsAnnounced(announced);
    for (const char* kind : {"team", "member", "meeting", "concern", "plan", "activity"})
        CHECK(kinds.contains(QString::fromLatin1(kind)));
    CHECK(b.page.deviceModel()->rowCount() == 1);

    // The main Database's clock continues after the received stamps (this laptop's clock is behind them),
    // and its own sequence goes on from the file: a local edit now is journalled after everything received.
    b.db.clock.set(1000);
    const QString team = test::makeTeam(*b.db, QStringLiteral("NEW"));
    auto journal = SyncRepository(*b.db).recordJournal(team);
    REQUIRE(journal.ok());
    REQUIRE_FALSE(journal->isEmpty());
    CHECK(journal->first().hlc > latestReceived);
    CHECK(journal->first().device == b.db->identity().id());
    CHECK(scalar(*b.db, QStringLiteral("SELECT COUNT(*) FROM teams WHERE deleted = 0")).toInt() == 13);
}

TEST_CASE("an import that only creates a conflict announces it and the open inbox shows it",
          "[ui][exchange][exchange-gui]")
{
    QSettings().clear();
    test::TempDatabase a;
    const QString team = test::makeTeam(*a);
    test::TempDatabase b;
    applyDirectly(*a, *b);
    b.clock.advance(60000); // B's name is the later one: it stays shown, nothing else changes
    edit(*a, QStringLiteral("team"), team, QStringLiteral("name"), QStringLiteral("Гурӯҳи Исфара"));
    edit(*b, QStringLiteral("team"), team, QStringLiteral("name"), QStringLiteral("Группа Исфары"));
    QTemporaryDir stick;
    auto bundle = test::exportable(*a, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, test::deviceKey(*a));
    REQUIRE(file.ok());

    Session session(*b);
    ExchangePage page(session);
    page.resize(1366, 700);
    page.show();
    page.showTab(2);
    exchange::ConflictInbox* inbox = page.conflictInbox();
    REQUIRE(inbox->count() == 0);
    QSignalSpy announced(&*b, &Database::recordsChanged);
    QSignalSpy counted(inbox, &exchange::ConflictInbox::countChanged);
    const QString before = scalar(*b, QStringLiteral("SELECT name || modified_hlc FROM teams")).toString();

    test::typeText(child<QLineEdit>(page, "exchangePassphrase"), kPassphrase);
    page.importPanel()->setFileChooser([&file](const QString&) { return *file; });
    page.showTab(1);
    QTest::mouseClick(child<QPushButton>(page, "importFile"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page.importPanel()->isBusy(); }, 60000));
    MergeReportModel& report = *page.importPanel()->reportModel();
    CHECK(reportCell(report, QStringLiteral("Teams"), MergeReportModel::Updated) == QStringLiteral("0"));
    CHECK(reportCell(report, QStringLiteral("Teams"), MergeReportModel::Conflicts) == QStringLiteral("1"));
    // The shown row is as it was: only the conflict is new, and it is announced all the same.
    CHECK(scalar(*b, QStringLiteral("SELECT name || modified_hlc FROM teams")).toString() == before);
    CHECK(kindsAnnounced(announced) == QStringList{QStringLiteral("team")});
    CHECK(inbox->count() == 1);
    CHECK_FALSE(counted.isEmpty());
    CHECK(counted.last().first().toInt() == 1);
    CHECK(inbox->model()->conflict(0).record == team);
}

TEST_CASE("the merged value is written in an editor of the field's type and saved as that type",
          "[ui][exchange][exchange-gui]")
{
    QSettings().clear();
    test::TempDatabase a;
    REQUIRE(demo::loadDemo(*a).ok());
    test::TempDatabase b;
    applyDirectly(*a, *b);
    b.clock.advance(60000);
    auto first = [&](const QString& statement) { return scalar(*a, statement).toString(); };
    const QString concern =
        first(u"SELECT uuid FROM concerns WHERE status = 'raised' ORDER BY code LIMIT 1"_s);
    const QString meeting = first(u"SELECT uuid FROM meetings ORDER BY code LIMIT 1"_s);
    const QString activity = first(u"SELECT uuid FROM activities ORDER BY uuid LIMIT 1"_s);
    const QString team = first(u"SELECT uuid FROM teams ORDER BY code LIMIT 1"_s);
    const QString otherCategories =
        u"SELECT uuid FROM reference_items WHERE list = 'category' AND uuid <> "
        "(SELECT category FROM concerns WHERE uuid = '%1') ORDER BY uuid %2 LIMIT 1"_s;
    const QString categoryA = first(otherCategories.arg(concern, u"ASC"_s));
    const QString categoryB = first(otherCategories.arg(concern, u"DESC"_s));
    // Two laptops change the same fields differently.
    const QList<std::tuple<QString, QString, QString, QVariant, QVariant>> edits = {
        {u"concern"_s, concern, u"status"_s, u"monitoring"_s, u"closed"_s},
        {u"concern"_s, concern, u"description"_s, u"Шабона дар бозор."_s, u"Ночью на рынке."_s},
        {u"concern"_s, concern, u"category"_s, categoryA, categoryB},
        {u"meeting"_s, meeting, u"date"_s, u"2031-02-03"_s, u"2031-02-04"_s},
        {u"meeting"_s, meeting, u"guests_f_u18"_s, 31, 42},
        {u"activity"_s, activity, u"amount"_s, 1500.25, 1750.75},
        {u"team"_s, team, u"established"_s, u"2011-05-01"_s, u"2011-06-01"_s},
    };
    for (const auto& [kind, uuid, field, onA, onB] : edits) {
        edit(*a, kind, uuid, field, onA);
        edit(*b, kind, uuid, field, onB);
    }
    applyDirectly(*a, *b);

    Session session(*b);
    ExchangePage page(session);
    page.resize(1366, 700);
    page.show();
    page.showTab(2);
    exchange::ConflictInbox* inbox = page.conflictInbox();
    exchange::ConflictResolver* resolver = inbox->resolver();
    REQUIRE(inbox->count() == int(edits.size()));
    auto save = [&] { QTest::mouseClick(child<QPushButton>(*resolver, "resolveButton"), Qt::LeftButton); };
    auto mergedChoice = [&] { return resolver->choices().last(); };

    SECTION("a status: a list of the translated names, saved as the code")
    {
        REQUIRE(chooseConflict(*inbox, concern, u"status"_s));
        auto* combo = child<QComboBox>(*resolver, "mergedValue");
        CHECK(combo->count() == enumCount<ConcernStatus>());
        CHECK(combo->currentText() == displayName(ConcernStatus::Closed)); // the shown value first
        combo->setCurrentIndex(combo->findText(displayName(ConcernStatus::Resolved)));
        CHECK(mergedChoice()->isChecked());
        save();
        CHECK(scalar(*b, u"SELECT status FROM concerns WHERE uuid = '%1'"_s.arg(concern)).toString() ==
              u"resolved"_s);
    }
    SECTION("a date: the date field, typed as people do, shown dd.MM.yyyy, saved as ISO text")
    {
        REQUIRE(chooseConflict(*inbox, meeting, u"date"_s));
        auto* date = child<OptionalDateEdit>(*resolver, "mergedValue");
        CHECK(date->text() == u"04.02.2031"_s);
        CHECK(date->date() == QDate(2031, 2, 4));
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, u"14/2/31"_s);
        QTest::keyClick(date, Qt::Key_Return);
        CHECK(date->text() == u"14.02.2031"_s);
        CHECK(mergedChoice()->isChecked());
        save();
        CHECK(scalar(*b, u"SELECT date FROM meetings WHERE uuid = '%1'"_s.arg(meeting)).toString() ==
              u"2031-02-14"_s);
    }
    SECTION("a date that may be empty: emptied, the field says no date")
    {
        REQUIRE(chooseConflict(*inbox, team, u"established"_s));
        auto* date = child<OptionalDateEdit>(*resolver, "mergedValue");
        date->setFocus();
        date->selectAll();
        QTest::keyClick(date, Qt::Key_Delete);
        QTest::keyClick(date, Qt::Key_Return);
        CHECK(date->text().isEmpty());
        CHECK(date->placeholderText() == u"(no date)"_s);
        save();
        CHECK(scalar(*b, u"SELECT established IS NULL FROM teams WHERE uuid = '%1'"_s.arg(team)).toInt() ==
              1);
    }
    SECTION("a count of people: a whole-number spin box within its limits, saved as a number")
    {
        REQUIRE(chooseConflict(*inbox, meeting, u"guests_f_u18"_s));
        auto* spin = child<QSpinBox>(*resolver, "mergedValue");
        CHECK(spin->minimum() == 0);
        CHECK(spin->maximum() == limits::kGuestsPerCell);
        CHECK(spin->value() == 42);
        spin->setValue(37);
        save();
        const QVariant stored =
            scalar(*b, u"SELECT guests_f_u18 FROM meetings WHERE uuid = '%1'"_s.arg(meeting));
        CHECK(stored.typeId() == QMetaType::LongLong);
        CHECK(stored.toInt() == 37);
    }
    SECTION("an amount: a decimal spin box, saved as a number")
    {
        REQUIRE(chooseConflict(*inbox, activity, u"amount"_s));
        auto* spin = child<QDoubleSpinBox>(*resolver, "mergedValue");
        CHECK(spin->minimum() == 0);
        CHECK(spin->value() == 1750.75);
        spin->setValue(1625.5);
        save();
        const QVariant stored =
            scalar(*b, u"SELECT amount FROM activities WHERE uuid = '%1'"_s.arg(activity));
        CHECK(stored.typeId() == QMetaType::Double);
        CHECK(stored.toDouble() == 1625.5);
    }
    SECTION("a long text: several lines")
    {
        REQUIRE(chooseConflict(*inbox, concern, u"description"_s));
        auto* text = child<QPlainTextEdit>(*resolver, "mergedValue");
        text->clear();
        test::typeText(text, u"Шабона дар бозор ва ночью на рынке."_s);
        CHECK(mergedChoice()->isChecked());
        save();
        CHECK(scalar(*b, u"SELECT description FROM concerns WHERE uuid = '%1'"_s.arg(concern)).toString() ==
              u"Шабона дар бозор ва ночью на рынке."_s);
    }
    SECTION("a reference to another record: no editor, only one version or the other")
    {
        REQUIRE(chooseConflict(*inbox, concern, u"category"_s));
        CHECK(resolver->findChild<QWidget*>(u"mergedValue"_s) == nullptr);
        CHECK_FALSE(resolver->mergedEditor()->canWrite());
        CHECK(child<QLabel>(*resolver, "keepOnlyNote")->isVisible());
        const QList<QRadioButton*> choices = resolver->choices();
        REQUIRE(choices.size() == 2);
        choices.at(1)->setChecked(true);
        save();
        CHECK(scalar(*b, u"SELECT category FROM concerns WHERE uuid = '%1'"_s.arg(concern)).toString() ==
              categoryA);
    }
    CHECK(inbox->count() == int(edits.size()) - 1);
}

namespace {

/// Marks every text that went through tr(): a field shown by its raw column name stays unmarked, even in
/// English where "code" is both the column and its name.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return u"⟦"_s + QString::fromUtf8(source) + u"⟧"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("every writable field of every kind of record has a name of its own and a described type",
          "[ui][exchange][exchange-gui]")
{
    test::TempDatabase db;
    SyncRepository repository(*db);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    int fields = 0;
    for (const QString& kind : RecordStore::kinds()) {
        const QStringList columns = repository.writableColumns(kind);
        REQUIRE_FALSE(columns.isEmpty());
        QSet<QString> names;
        for (const QString& column : columns) {
            INFO(kind.toStdString() << "." << column.toStdString());
            const QString name = exchange::ConflictText::fieldName(kind, column);
            CHECK(name != column);
            CHECK(name.startsWith(u"⟦"_s));    // translated, not the column name made readable
            CHECK_FALSE(names.contains(name)); // two fields of one record never read the same
            names.insert(name);
            CHECK(sync::describedField(kind, column).has_value());
            ++fields;
        }
    }
    QCoreApplication::removeTranslator(&marking);
    CHECK(fields > 150);
    // The same column of two kinds can mean two things.
    CHECK(exchange::ConflictText::fieldName(u"meeting"_s, u"kind"_s) == u"kind of meeting"_s);
    CHECK(exchange::ConflictText::fieldName(u"concern_link"_s, u"kind"_s) == u"kind of link"_s);
    CHECK(exchange::ConflictText::fieldName(u"meeting"_s, u"guests_f_u18"_s) ==
          u"women guests, %1"_s.arg(displayName(AgeBand::Under18)));
    CHECK(sync::fieldSpec(u"score"_s, u"value"_s).maximum == 5);
}

// Not run by default: pictures of the Import tab after a merge and of the merged-value editors in Tajik and
// Russian at 1366×768, into the folder named by HAMKORI_SHOTS, to look at.
TEST_CASE("screenshots of the import report and the merged-value editors in each language",
          "[.][exchange-gui-shots]")
{
    const QString folder = qEnvironmentVariable("HAMKORI_SHOTS", QDir::tempPath());
    QSettings().clear();
    test::TempDatabase a;
    REQUIRE(demo::loadDemo(*a).ok());
    test::TempDatabase b;
    applyDirectly(*a, *b);
    b.clock.advance(60000);
    const QString concern =
        scalar(*a, u"SELECT uuid FROM concerns WHERE status = 'raised' ORDER BY code"_s).toString();
    const QString meeting = scalar(*a, u"SELECT uuid FROM meetings ORDER BY code"_s).toString();
    edit(*a, u"concern"_s, concern, u"status"_s, u"monitoring"_s);
    edit(*b, u"concern"_s, concern, u"status"_s, u"closed"_s);
    edit(*a, u"meeting"_s, meeting, u"date"_s, u"2031-02-03"_s);
    edit(*b, u"meeting"_s, meeting, u"date"_s, u"2031-02-04"_s);
    edit(*a, u"meeting"_s, meeting, u"guests_f_u18"_s, 31);
    edit(*b, u"meeting"_s, meeting, u"guests_f_u18"_s, 42);
    QTemporaryDir stick;
    auto bundle = test::exportable(*a, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, test::deviceKey(*a));
    REQUIRE(file.ok());
    applyDirectly(*a, *b); // B holds the conflicts

    for (const QString& language : {u"tg"_s, u"ru"_s}) {
        REQUIRE(Translations::install(language));
        test::TempDatabase fresh;
        Session session(*fresh);
        ExchangePage page(session);
        page.resize(1366, 768);
        page.show();
        test::typeText(child<QLineEdit>(page, "exchangePassphrase"), kPassphrase);
        page.importPanel()->trustQuestion().setAnswer([](const QString&) { return true; });
        page.importPanel()->setFileChooser([&file](const QString&) { return *file; });
        page.showTab(1);
        QTest::mouseClick(child<QPushButton>(page, "importFile"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return page.importPanel()->isApplying(); }, 60000));
        page.grab().save(u"%1/exchange-applying-%2.png"_s.arg(folder, language));
        if (auto* dialog = page.findChild<QProgressDialog*>(u"importApplying"_s))
            dialog->grab().save(u"%1/exchange-applying-dialog-%2.png"_s.arg(folder, language));
        REQUIRE(QTest::qWaitFor([&] { return !page.importPanel()->isBusy(); }, 60000));
        page.grab().save(u"%1/exchange-import-%2.png"_s.arg(folder, language));

        Session conflicted(*b);
        ExchangePage inboxPage(conflicted);
        inboxPage.resize(1366, 768);
        inboxPage.show();
        inboxPage.showTab(2);
        exchange::ConflictInbox& inbox = *inboxPage.conflictInbox();
        const QList<std::pair<QString, QString>> shots = {
            {meeting, u"date"_s}, {concern, u"status"_s}, {meeting, u"guests_f_u18"_s}};
        for (const auto& [record, field] : shots) {
            REQUIRE(chooseConflict(inbox, record, field));
            QTest::qWait(50);
            inboxPage.grab().save(u"%1/exchange-merged-%2-%3.png"_s.arg(folder, field, language));
        }
    }
    REQUIRE(Translations::install(u"en"_s));
}

TEST_CASE("Issue 16 findings 7 and 8: the Export tab sends only what the chosen laptop lacks, and asks once "
          "for the earlier passphrase the key was locked with",
          "[ui][exchange]")
{
    QSettings().clear();
    QTemporaryDir stick;
    Laptop a(true);
    Laptop b(false);
    a.typePassphrase(kPassphrase);
    b.typePassphrase(kPassphrase);
    b.page.importPanel()->trustQuestion().setAnswer([](const QString&) { return true; });
    a.page.importPanel()->trustQuestion().setAnswer([](const QString&) { return true; });
    b.importFile(a.exportTo(stick.path()));
    a.importFile(b.exportTo(stick.path())); // A learns what B holds

    // The For list offers B by name and fingerprint; for B only the new change travels.
    auto team = TeamRepository(*a.db).team(a.team);
    REQUIRE(team.ok());
    team->name = QStringLiteral("Гурӯҳи ҳамкории Исфара");
    REQUIRE(TeamRepository(*a.db).updateTeam(*team).ok());
    auto* receivers = child<QComboBox>(a.page, "exportReceiver");
    REQUIRE(receivers->count() == 2);
    CHECK(receivers->itemText(1).contains(b.db->identity().fingerprint()));
    a.page.exportPanel()->chooseReceiver(b.db->identity().id());
    const QString forB = a.exportTo(stick.path());
    INFO(child<QLabel>(a.page, "exportResult")->text().toStdString());
    REQUIRE_FALSE(forB.isEmpty());
    auto bytes = sync::readBundleFile(forB);
    REQUIRE(bytes.ok());
    auto bundle = sync::decodeBundle(*bytes, kPassphrase);
    REQUIRE(bundle.ok());
    CHECK(bundle->entries.size() == 1);
    b.importFile(forB);
    CHECK(TeamRepository(*b.db).team(a.team)->name == QStringLiteral("Гурӯҳи ҳамкории Исфара"));

    // The network changed its passphrase: the key was locked with the earlier one, asked for once.
    const QString changed = QStringLiteral("обҳои зулоли кӯҳистон");
    a.typePassphrase(changed);
    int asked = 0;
    a.page.exportPanel()->setEarlierPassphraseAsker([&] {
        ++asked;
        return kPassphrase;
    });
    a.page.exportPanel()->chooseReceiver(QString());
    const QString withNew = a.exportTo(stick.path());
    INFO(child<QLabel>(a.page, "exportResult")->text().toStdString());
    CHECK(asked == 1);
    REQUIRE_FALSE(withNew.isEmpty());
    CHECK(sync::decodeBundle(*sync::readBundleFile(withNew), changed).ok());
    CHECK(a.exportTo(stick.path()) != QString()); // the next export asks nothing
    CHECK(asked == 1);
}

TEST_CASE("the teams to send are ticked all or none with one click each", "[ui][exchange]")
{
    QSettings().clear();
    Laptop a(true);
    test::makeTeam(*a.db, u"KUL"_s);
    test::makeTeam(*a.db, u"VAH"_s);
    a.page.showTab(0);
    auto* list = child<QListWidget>(a.page, "exportTeams");
    REQUIRE(list->count() == 3);
    const auto ticked = [list] {
        int n = 0;
        for (int i = 0; i < list->count(); ++i)
            n += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
        return n;
    };
    CHECK(ticked() == 3);
    QTest::mouseClick(child<QPushButton>(a.page, "exportNoTeams"), Qt::LeftButton);
    CHECK(ticked() == 0);
    list->item(1)->setCheckState(Qt::Checked); // then the one wanted
    CHECK(ticked() == 1);
    QTest::mouseClick(child<QPushButton>(a.page, "exportAllTeams"), Qt::LeftButton);
    CHECK(ticked() == 3);
}
