// The Exchange page driven offscreen (issue 6): a bundle exported from one data file through the page's
// widgets and imported into another (the trust question answered by the test), a damaged bundle, a wrong
// passphrase and a refused laptop leaving the data file as it was, the conflict inbox with its resolution,
// and the Settings box that keeps a verifier of the passphrase, never the passphrase. Every model runs under
// QAbstractItemModelTester.
#include "core/storage/SyncRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/Passphrase.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/ExchangePage.h"
#include "ui/pages/exchange/ConflictInbox.h"
#include "ui/pages/exchange/ConflictListModel.h"
#include "ui/pages/exchange/ConflictResolver.h"
#include "ui/pages/exchange/DeviceListModel.h"
#include "ui/pages/exchange/ExportPanel.h"
#include "ui/pages/exchange/ImportPanel.h"
#include "ui/pages/exchange/MergeReportModel.h"
#include "ui/pages/settings/PassphraseBox.h"
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkori;
using exchange::MergeReportModel;

namespace {

const QString kPassphrase = QStringLiteral("кӯҳҳои баланд ва дарёи Сир");

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

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
    CHECK(QSettings().value(exchange::ExportPanel::folderKey()).toString() == stick.path());

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
    CHECK(questions.first().contains(a.db->deviceFingerprint()));
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
          a.db->deviceFingerprint());
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
        auto bundle = sync::collectForExchange(from, {}, {});
        REQUIRE(bundle.ok());
        auto report = sync::applyBundle(to, *bundle, false);
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
    auto bundle = sync::collectForExchange(*a, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, sync::SigningKey::ofDevice(*a));
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
    CHECK(choices.at(1)->text().startsWith(QStringLiteral("Keep «Гурӯҳи Исфара»")));
    auto* merged = child<QPlainTextEdit>(*resolver, "mergedValue");
    merged->clear();
    test::typeText(merged, QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    CHECK(merged->toPlainText() == QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    CHECK(choices.at(2)->isChecked());

    const qsizetype journalBefore = SyncRepository(*b).recordJournal(team)->size();
    QTest::mouseClick(child<QPushButton>(*resolver, "resolveButton"), Qt::LeftButton);
    CHECK(inbox->count() == 0);
    CHECK(TeamRepository(*b).team(team)->name == QStringLiteral("Гурӯҳи Исфара (ГИ)"));
    auto journal = SyncRepository(*b).recordJournal(team);
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == journalBefore + 1);
    CHECK(journal->last().field == QStringLiteral("name"));
    CHECK(journal->last().device == b->deviceId());
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
    const QString verifier = settings.value(settings::PassphraseBox::settingsKey()).toString();
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
