// The Settings page driven offscreen: switching the language at once, the data file and the file for the next
// start, renaming, adding and deleting list entries (with undo and redo), the gazetteer. Every model runs
// under QAbstractItemModelTester.
#include "core/model/Concern.h"
#include "core/settings/Preferences.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/settings/AddPlaceDialog.h"
#include "ui/pages/settings/DataFileBox.h"
#include "ui/pages/settings/GazetteerModel.h"
#include "ui/pages/settings/GazetteerTab.h"
#include "ui/pages/settings/ReferenceListModel.h"
#include "ui/pages/settings/ReferenceListsTab.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using settings::GazetteerModel;
using settings::ReferenceListModel;

namespace {

/// Puts the program back into English whatever a test did, so that the next test reads English texts.
struct EnglishAfterwards
{
    ~EnglishAfterwards()
    {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }
};

using hamkori::test::child;

struct Fixture : test::PageFixture<SettingsPage>
{
    Fixture()
    {
        QSettings().clear();
        open();
    }

    /// Brings a tab to the front (0 language and data file, 1 lists, 2 gazetteer), as a click on it would.
    void showTab(int index)
    {
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        REQUIRE(tabs != nullptr);
        tabs->setCurrentIndex(index);
    }
};

ReferenceItem storedItem(Database& db, const QString& uuid)
{
    auto item = ReferenceRepository(db).item(uuid);
    INFO(item.errorMessage().toStdString());
    REQUIRE(item.ok());
    return *item;
}

} // namespace

TEST_CASE("switching the language on the page retranslates it at once and remembers the choice", "[settings]")
{
    EnglishAfterwards english;
    Fixture f;
    auto* combo = child<QComboBox>(*f.page, "languageCombo");
    auto* lists = child<QListWidget>(*f.page, "listSelector");
    auto* tabs = child<QTabWidget>(*f.page, "settingsTabs");
    REQUIRE(combo->count() == 3);
    CHECK(combo->itemText(0) == QStringLiteral("Тоҷикӣ"));
    CHECK(combo->itemText(1) == QStringLiteral("Русский"));
    CHECK(combo->itemText(2) == QStringLiteral("English"));
    CHECK(combo->currentText() == QStringLiteral("English"));
    CHECK(lists->item(0)->text() == QStringLiteral("Concern categories"));
    CHECK(tabs->tabText(1) == QStringLiteral("L&ists"));
    CHECK(QCoreApplication::translate("ConcernStatus", "Raised") == QStringLiteral("Raised"));

    // One step up from English is Russian; the combo says so by keyboard, as a person would choose.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCoreApplication::processEvents();
    CHECK(Translations::current() == QStringLiteral("ru"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ru"));
    CHECK(QCoreApplication::translate("ConcernStatus", "Raised") == QStringLiteral("Заявлена"));
    CHECK(lists->item(0)->text() == QStringLiteral("Категории проблем"));
    CHECK(lists->item(4)->text() == QStringLiteral("Критерии определения приоритетов"));
    CHECK(combo->currentText() == QStringLiteral("Русский"));
    // The page's own strings have no Russian yet: they stay as they were and the page keeps working.
    CHECK(combo->count() == 3);

    QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents();
    CHECK(Translations::current() == QStringLiteral("en"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("ConcernStatus", "Raised") == QStringLiteral("Raised"));
    CHECK(lists->item(0)->text() == QStringLiteral("Concern categories"));
    CHECK(combo->currentText() == QStringLiteral("English"));
}

TEST_CASE("the data file section shows the open file and remembers another one for the next start",
          "[settings]")
{
    Fixture f;
    const QString path = QFileInfo(f.db->path()).absoluteFilePath();
    CHECK(child<QLabel>(*f.page, "dataFilePath")->text() == QDir::toNativeSeparators(path));
    CHECK(child<QLabel>(*f.page, "deviceFingerprint")->text() == f.db->identity().fingerprint());
    CHECK(f.db->identity().fingerprint().size() == 19);
    CHECK(child<QLabel>(*f.page, "dataVersion")->text() == QString::number(Database::kSchemaVersion));
    // In kilobytes or megabytes, with the units in the program's words (Qt's "MiB" stays English).
    const double kilobytes = double(QFileInfo(path).size()) / 1024.0;
    CHECK(child<QLabel>(*f.page, "dataFileSize")->text() ==
          (kilobytes < 1024.0 ? QStringLiteral("%1 KB").arg(QLocale().toString(kilobytes, 'f', 0))
                              : QStringLiteral("%1 MB").arg(QLocale().toString(kilobytes / 1024.0, 'f', 1))));

    settings::DataFileBox* box = f.page->dataFileBox();
    QString openedFolder;
    box->setFolderOpener([&](const QString& folder) { openedFolder = folder; });
    QTest::mouseClick(child<QPushButton>(*f.page, "openFolderButton"), Qt::LeftButton);
    CHECK(openedFolder == QFileInfo(path).absolutePath());

    auto* note = child<QLabel>(*f.page, "nextStartNote");
    auto* keep = child<QPushButton>(*f.page, "keepDataFileButton");
    CHECK(note->isHidden());
    QString offeredFolder;
    const QString other = f.db.dir.filePath(QStringLiteral("team-b"));
    box->setFileChooser([&](const QString& folder) {
        offeredFolder = folder;
        return other; // typed without the extension
    });
    QTest::mouseClick(child<QPushButton>(*f.page, "useAnotherButton"), Qt::LeftButton);
    CHECK(offeredFolder == QFileInfo(path).absolutePath());
    const QString expected = QFileInfo(other + QStringLiteral(".sqlite")).absoluteFilePath();
    CHECK(QSettings().value(QStringLiteral("data/path")).toString() == expected);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QDir::toNativeSeparators(expected)));
    CHECK(note->text().contains(QStringLiteral("next start")));
    CHECK(note->text().contains(QStringLiteral("new, empty")));
    // The open file stays the open file.
    CHECK(child<QLabel>(*f.page, "dataFilePath")->text() == QDir::toNativeSeparators(path));

    // Keeping the open file means the next start opens it, also when it is not the usual file (it used to
    // forget the choice, and the next start opened the usual file instead).
    const QString openFile = QFileInfo(path).absoluteFilePath();
    QTest::mouseClick(keep, Qt::LeftButton);
    CHECK(Preferences::dataFile() == openFile);
    CHECK(note->isHidden());

    // Choosing the open file itself is the same as keeping it; cancelling changes nothing.
    box->setFileChooser([&](const QString&) { return other; });
    QTest::mouseClick(child<QPushButton>(*f.page, "useAnotherButton"), Qt::LeftButton);
    REQUIRE(Preferences::dataFile() == expected);
    box->setFileChooser([&](const QString&) { return path; });
    QTest::mouseClick(child<QPushButton>(*f.page, "useAnotherButton"), Qt::LeftButton);
    CHECK(Preferences::dataFile() == openFile);
    CHECK(note->isHidden());
    box->setFileChooser([&](const QString&) { return QString(); });
    QTest::mouseClick(child<QPushButton>(*f.page, "useAnotherButton"), Qt::LeftButton);
    CHECK(Preferences::dataFile() == openFile);
}

TEST_CASE("renaming a category in the lists table is saved, undone and redone", "[settings]")
{
    Fixture f;
    f.showTab(1);
    ReferenceListModel* model = f.page->listsTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->list() == ReferenceList::Category);
    CHECK(model->columnCount() == 3);
    CHECK(model->headerData(ReferenceListModel::Tajik, Qt::Horizontal).toString() ==
          QStringLiteral("Name in Tajik"));

    const QString uuid = test::categoryUuid(*f.db);
    const int row = model->rowOf(uuid);
    REQUIRE(row >= 0);
    const ReferenceItem before = storedItem(*f.db, uuid);
    REQUIRE(before.nameTg.isEmpty());
    // No name of the user's: the Tajik translation of the built-in name is shown, greyed, as a placeholder.
    const QModelIndex tajik = model->index(row, ReferenceListModel::Tajik);
    CHECK(model->data(model->index(row, ReferenceListModel::English)).toString() ==
          QStringLiteral("Domestic and gender-based violence"));
    const QString placeholder = model->data(tajik).toString();
    CHECK_FALSE(placeholder.isEmpty());
    CHECK(placeholder != QStringLiteral("Domestic and gender-based violence"));
    CHECK(model->data(tajik, Qt::FontRole).value<QFont>().italic());
    // Accepting the placeholder unchanged saves nothing.
    CHECK(model->setData(tajik, placeholder));
    CHECK(f.session.undoStack()->count() == 0);

    const QString renamed = QStringLiteral("Зӯроварӣ дар оила");
    CHECK(model->setData(tajik, renamed));
    CHECK(storedItem(*f.db, uuid).nameTg == renamed);
    CHECK(storedItem(*f.db, uuid).nameEn == before.nameEn);
    CHECK(model->data(tajik).toString() == renamed);
    CHECK_FALSE(model->data(tajik, Qt::FontRole).value<QFont>().italic());
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("rename Domestic and gender-based violence"));

    f.session.undoStack()->undo();
    CHECK(storedItem(*f.db, uuid).nameTg.isEmpty());
    CHECK(model->data(tajik).toString() == placeholder);
    f.session.undoStack()->redo();
    CHECK(storedItem(*f.db, uuid).nameTg == renamed);
    CHECK(model->data(tajik).toString() == renamed);

    // Renaming a built-in entry in English keeps its translations as its own names.
    const QString russian = model->data(model->index(row, ReferenceListModel::Russian)).toString();
    CHECK(
        model->setData(model->index(row, ReferenceListModel::English), QStringLiteral("Domestic violence")));
    const ReferenceItem english = storedItem(*f.db, uuid);
    CHECK(english.nameEn == QStringLiteral("Domestic violence"));
    CHECK(english.nameTg == renamed);
    CHECK(english.nameRu == russian);
    f.session.undoStack()->undo();
    CHECK(storedItem(*f.db, uuid).nameEn == before.nameEn);
    CHECK(storedItem(*f.db, uuid).nameRu.isEmpty());

    // Clearing every name is refused with core's message under the table, and nothing is saved.
    const QModelIndex added = [&] {
        ReferenceItem item;
        item.list = ReferenceList::Category;
        item.nameEn = QStringLiteral("Noise");
        auto made = ReferenceRepository(*f.db).addItem(item);
        REQUIRE(made.ok());
        return model->index(model->rowOf(made->meta.uuid), ReferenceListModel::English);
    }();
    REQUIRE(added.isValid());
    const int undoCount = f.session.undoStack()->count();
    CHECK_FALSE(model->setData(added, QString()));
    auto* error = child<QLabel>(*f.page, "listError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Enter a name in at least one language."));
    CHECK(model->data(added).toString() == QStringLiteral("Noise"));
    CHECK(f.session.undoStack()->count() == undoCount);
}

TEST_CASE("a criterion's default weight is edited in the table", "[settings]")
{
    Fixture f;
    f.showTab(1);
    f.page->listsTab()->showList(ReferenceList::Criterion);
    ReferenceListModel* model = f.page->listsTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->columnCount() == 4);
    REQUIRE(model->rowCount() > 0);
    const QString uuid = model->item(0).meta.uuid;
    const double before = storedItem(*f.db, uuid).defaultWeight;
    const QModelIndex weight = model->index(0, ReferenceListModel::Weight);
    CHECK(model->setData(weight, 2.5));
    CHECK(storedItem(*f.db, uuid).defaultWeight == Approx(2.5));
    CHECK(f.session.undoStack()->undoText().startsWith(QStringLiteral("change weight of ")));
    CHECK_FALSE(model->setData(weight, 0.0));
    CHECK(child<QLabel>(*f.page, "listError")->text() ==
          QStringLiteral("A criterion's weight must be more than 0 and at most 100."));
    CHECK(storedItem(*f.db, uuid).defaultWeight == Approx(2.5));
    f.session.undoStack()->undo();
    CHECK(storedItem(*f.db, uuid).defaultWeight == Approx(before));
}

TEST_CASE("adding a driver through the form, with undo and redo", "[settings]")
{
    Fixture f;
    auto* lists = child<QListWidget>(*f.page, "listSelector");
    f.showTab(1);
    QTest::mouseClick(lists->viewport(), Qt::LeftButton, {}, lists->visualItemRect(lists->item(1)).center());
    ReferenceListModel* model = f.page->listsTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->list() == ReferenceList::Driver);
    const int drivers = int(ReferenceRepository(*f.db).items(ReferenceList::Driver)->size());
    CHECK(model->rowCount() == drivers);

    // Refused without a name: the message is next to the names, nothing is saved.
    auto* add = child<QPushButton>(*f.page, "addEntryButton");
    QTest::mouseClick(add, Qt::LeftButton);
    auto* nameError = child<QLabel>(*f.page, "newNameError");
    CHECK(nameError->isVisible());
    CHECK(nameError->text() == QStringLiteral("Enter a name in at least one language."));
    CHECK(ReferenceRepository(*f.db).items(ReferenceList::Driver)->size() == drivers);
    CHECK(f.session.undoStack()->count() == 0);

    auto* tajik = child<QLineEdit>(*f.page, "newNameTg");
    auto* englishName = child<QLineEdit>(*f.page, "newNameEn");
    test::typeText(tajik, QStringLiteral("Набудани равшании кӯчаҳо"));
    QTest::keyClicks(englishName, QStringLiteral("No street lighting"));
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(nameError->isHidden());

    auto stored = ReferenceRepository(*f.db).items(ReferenceList::Driver);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == drivers + 1);
    const ReferenceItem made = stored->last();
    CHECK(made.nameTg == QStringLiteral("Набудани равшании кӯчаҳо"));
    CHECK(made.nameEn == QStringLiteral("No street lighting"));
    CHECK(made.nameRu.isEmpty());
    CHECK(made.code.isEmpty());
    CHECK(model->rowCount() == drivers + 1);
    CHECK(model->data(model->index(model->rowOf(made.meta.uuid), ReferenceListModel::Tajik)).toString() ==
          QStringLiteral("Набудани равшании кӯчаҳо"));
    CHECK(tajik->text().isEmpty());
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("add No street lighting"));
    auto* table = child<QTableView>(*f.page, "referenceTable");
    CHECK(table->currentIndex().row() == model->rowOf(made.meta.uuid));

    f.session.undoStack()->undo();
    CHECK(ReferenceRepository(*f.db).items(ReferenceList::Driver)->size() == drivers);
    CHECK(model->rowCount() == drivers);
    f.session.undoStack()->redo();
    CHECK(ReferenceRepository(*f.db).item(made.meta.uuid)->nameEn == QStringLiteral("No street lighting"));
    CHECK(model->rowCount() == drivers + 1);
}

TEST_CASE("deleting a list entry asks first, an entry in use is refused with core's message", "[settings]")
{
    Fixture f;
    f.showTab(1);
    settings::ReferenceListsTab* tab = f.page->listsTab();
    ReferenceListModel* model = tab->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* table = child<QTableView>(*f.page, "referenceTable");
    auto* remove = child<QPushButton>(*f.page, "deleteEntryButton");
    auto* error = child<QLabel>(*f.page, "listError");

    const QString used = test::categoryUuid(*f.db);
    Concern concern;
    concern.teamUuid = f.team;
    concern.title = QStringLiteral("Зӯроварӣ дар оилаҳо");
    concern.categoryUuid = used;
    concern.firstRaised = QDate(2026, 2, 1);
    auto created = ConcernRepository(*f.db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());

    QStringList questions;
    bool answer = true;
    tab->setConfirm([&](const QString& question) {
        questions << question;
        return answer;
    });
    const int categories = model->rowCount();
    table->setCurrentIndex(model->index(model->rowOf(used), 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].contains(QStringLiteral("Domestic and gender-based violence")));
    CHECK(questions[0].contains(QStringLiteral("Concern categories")));
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("This entry is used by 1 record")));
    CHECK(error->text().contains(QStringLiteral("rename the entry instead")));
    CHECK(ReferenceRepository(*f.db).item(used).ok());
    CHECK(model->rowCount() == categories);
    CHECK(f.session.undoStack()->count() == 0);

    // An entry nobody uses: "no" keeps it, "yes" deletes it (Delete key), undo brings it back.
    const QString unused = test::categoryUuid(*f.db, QStringLiteral("early_marriage"));
    table->setCurrentIndex(model->index(model->rowOf(unused), 0));
    answer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(questions.size() == 2);
    CHECK(ReferenceRepository(*f.db).item(unused).ok());
    answer = true;
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(questions.size() == 3);
    CHECK(error->isHidden());
    CHECK_FALSE(ReferenceRepository(*f.db).item(unused).ok());
    CHECK(model->rowCount() == categories - 1);
    CHECK(model->rowOf(unused) == -1);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("delete Early and forced marriage"));
    f.session.undoStack()->undo();
    CHECK(ReferenceRepository(*f.db).item(unused).ok());
    CHECK(model->rowCount() == categories);
    f.session.undoStack()->redo();
    CHECK_FALSE(ReferenceRepository(*f.db).item(unused).ok());
}

TEST_CASE("the gazetteer: adding a place, renaming it in place, filtering", "[settings]")
{
    Fixture f;
    settings::GazetteerTab* tab = f.page->gazetteerTab();
    GazetteerModel* model = tab->model();
    QSortFilterProxyModel* filter = tab->filterModel();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.showTab(2);
    const int places = model->rowCount();
    CHECK(places == int(ReferenceRepository(*f.db).gazetteer()->size()));
    CHECK(model->data(model->index(0, GazetteerModel::Kind)).toString() == QStringLiteral("Region"));

    QTest::mouseClick(child<QPushButton>(*f.page, "addPlaceButton"), Qt::LeftButton);
    auto* dialog = tab->findChild<settings::AddPlaceDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    auto* region = child<QComboBox>(*dialog, "placeRegion");
    auto* kind = child<QComboBox>(*dialog, "placeKind");
    auto* ok = child<QDialogButtonBox>(*dialog, "")->button(QDialogButtonBox::Ok);
    REQUIRE(ok != nullptr);
    region->setCurrentIndex(region->findData(QStringLiteral("TJ-SU")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("district")));
    QTest::keyClicks(child<QLineEdit>(*dialog, "placeNameEn"), QStringLiteral("Navobod"));
    // Refused without the Tajik and Russian names: the dialog stays open and keeps what was typed.
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(*dialog, "placeNameEn")->text() == QStringLiteral("Navobod"));
    CHECK(model->rowCount() == places);
    CHECK(f.session.undoStack()->count() == 0);
    bool messageShown = false;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->isVisible() &&
            label->text() == QStringLiteral("Enter the place's name in English, Tajik and Russian."))
            messageShown = true;
    CHECK(messageShown);

    test::typeText(child<QLineEdit>(*dialog, "placeNameTg"), QStringLiteral("Ноҳияи Навобод"));
    test::typeText(child<QLineEdit>(*dialog, "placeNameRu"), QStringLiteral("Навабадский район"));
    test::typeText(child<QLineEdit>(*dialog, "placeFormerNames"), QStringLiteral("Navobodi Kuhna"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::processEvents();
    auto found = ReferenceRepository(*f.db).findPlace(QStringLiteral("Ноҳияи Навобод"));
    INFO(found.errorMessage().toStdString());
    REQUIRE(found.ok());
    const QString uuid = found->meta.uuid;
    CHECK(found->regionCode == QStringLiteral("TJ-SU"));
    CHECK(found->kind == QStringLiteral("district"));
    CHECK(found->nameEn == QStringLiteral("Navobod"));
    CHECK(found->nameRu == QStringLiteral("Навабадский район"));
    CHECK(found->formerNames == QStringLiteral("Navobodi Kuhna"));
    CHECK(model->rowCount() == places + 1);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("add Navobod"));
    auto* table = child<QTableView>(*f.page, "gazetteerTable");
    CHECK(filter->mapToSource(table->currentIndex()).row() == model->rowOf(uuid));

    // Filter: any name, any language.
    auto* filterEdit = child<QLineEdit>(*f.page, "placeFilter");
    test::typeText(filterEdit, QStringLiteral("навобод"));
    CHECK(filter->rowCount() == 1);
    filterEdit->clear();
    QTest::keyClicks(filterEdit, QStringLiteral("obodi kuh"));
    CHECK(filter->rowCount() == 1);

    // Rename in place, through the view's model (the proxy), with undo and redo.
    const QModelIndex tajik = filter->index(0, GazetteerModel::Tajik);
    CHECK(filter->setData(tajik, QStringLiteral("Ноҳияи Навободи Нав")));
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameTg == QStringLiteral("Ноҳияи Навободи Нав"));
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("rename Navobod"));
    CHECK(filter->data(tajik).toString() == QStringLiteral("Ноҳияи Навободи Нав"));
    // An empty name is refused with core's message; nothing is saved.
    CHECK_FALSE(filter->setData(filter->index(0, GazetteerModel::Russian), QString()));
    CHECK(child<QLabel>(*f.page, "placeError")->text() ==
          QStringLiteral("Enter the place's name in English, Tajik and Russian."));
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameRu == QStringLiteral("Навабадский район"));
    // A rename that moves the place in the order keeps the rows consistent.
    CHECK(filter->setData(filter->index(0, GazetteerModel::English), QStringLiteral("Aaa Navobod")));
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameEn == QStringLiteral("Aaa Navobod"));
    f.session.undoStack()->undo();
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameEn == QStringLiteral("Navobod"));

    f.session.undoStack()->undo();
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameTg == QStringLiteral("Ноҳияи Навобод"));
    f.session.undoStack()->redo();
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(uuid)->nameTg == QStringLiteral("Ноҳияи Навободи Нав"));
    // Undoing the addition takes the place away again.
    f.session.undoStack()->undo();
    f.session.undoStack()->undo();
    CHECK_FALSE(ReferenceRepository(*f.db).gazetteerEntry(uuid).ok());
    CHECK(model->rowCount() == places);
    CHECK(filter->rowCount() == 0);
}

TEST_CASE("the gazetteer's region and kind are changed with lists", "[settings]")
{
    Fixture f;
    GazetteerModel* model = f.page->gazetteerTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto isfara = ReferenceRepository(*f.db).findPlace(QStringLiteral("Isfara"));
    REQUIRE(isfara.ok());
    const int row = model->rowOf(isfara->meta.uuid);
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row, GazetteerModel::Region)).toString() ==
          QStringLiteral("Sughd Region"));
    CHECK(model->data(model->index(row, GazetteerModel::Region), Qt::EditRole).toString() ==
          QStringLiteral("TJ-SU"));
    CHECK(model->flags(model->index(row, GazetteerModel::Kind)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->flags(model->index(0, GazetteerModel::Kind)).testFlag(Qt::ItemIsEditable)); // a region
    CHECK(model->setData(model->index(row, GazetteerModel::Kind), QStringLiteral("district")));
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(isfara->meta.uuid)->kind == QStringLiteral("district"));
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("change kind of Isfara"));
    f.session.undoStack()->undo();
    CHECK(ReferenceRepository(*f.db).gazetteerEntry(isfara->meta.uuid)->kind == QStringLiteral("city"));
}
