// The Concerns page's register driven offscreen: the lazy model under QAbstractItemModelTester, filters and
// the instant search (Tajik and Russian typed key by key), sorting by header, paging past the first 200 rows,
// registering and deleting concerns with undo and redo, opening a concern from elsewhere.
#include "core/storage/ConcernRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/pages/ConcernsPage.h"
#include "ui/pages/concerns/editor/ConcernEditor.h"
#include "ui/pages/concerns/register/ConcernFilterBar.h"
#include "ui/pages/concerns/register/ConcernListModel.h"
#include "ui/pages/concerns/register/ConcernRegister.h"
#include "ui/pages/concerns/register/NewConcernDialog.h"
#include "ui/widgets/FieldErrors.h"
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <iostream>

using namespace hamkori;

namespace {

QString makeConcern(Database& db, const QString& team, const QString& title, const QDate& raised,
                    const QString& category, const QString& place, RaisedBy raisedBy = RaisedBy::Mixed,
                    bool restricted = false)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = test::categoryUuid(db, category);
    concern.place = place;
    concern.raisedBy = raisedBy;
    concern.firstRaised = raised;
    concern.restricted = restricted;
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

struct Register
{
    QString isfara, khujand;
    QString violence, fights, drugs, lights, disco;
};

/// Four concerns of ISF (Tajik and Russian titles, one restricted, one analysed) and one of KHJ.
Register makeRegister(Database& db)
{
    Register r;
    r.isfara = test::makeTeam(db, QStringLiteral("ISF"));
    r.khujand = test::makeTeam(db, QStringLiteral("KHJ"));
    r.violence =
        makeConcern(db, r.isfara, QStringLiteral("Зӯроварии оилавӣ дар маҳаллаи Чоркӯҳ"), QDate(2026, 1, 10),
                    QStringLiteral("domestic_violence"), QStringLiteral("Чоркӯҳ"), RaisedBy::Women, true);
    r.fights = makeConcern(db, r.isfara, QStringLiteral("Драки подростков у школы"), QDate(2026, 2, 5),
                           QStringLiteral("youth_crime"), QStringLiteral("Ворух"), RaisedBy::Youth);
    r.drugs = makeConcern(db, r.isfara, QStringLiteral("Торговля наркотиками у рынка"), QDate(2026, 3, 1),
                          QStringLiteral("drugs_alcohol"), QStringLiteral("Исфара"), RaisedBy::Men);
    r.lights = makeConcern(db, r.isfara, QStringLiteral("Кӯчаҳои торик"), QDate(2026, 1, 20),
                           QStringLiteral("unsafe_spaces"), QStringLiteral("Чоркӯҳ"), RaisedBy::Elders);
    r.disco = makeConcern(db, r.khujand, QStringLiteral("Драка на дискотеке"), QDate(2026, 1, 15),
                          QStringLiteral("youth_crime"), QStringLiteral("Бустон"));
    REQUIRE(ConcernRepository(db)
                .changeStatus(r.fights, ConcernStatus::Analysed, QDate(2026, 2, 10), QString())
                .ok());
    return r;
}

using hamkori::test::child;

/// The concern codes shown, top to bottom.
QStringList shownUuids(ConcernListModel* model)
{
    QStringList uuids;
    for (int row = 0; row < model->rowCount(); ++row)
        uuids << model->uuidAt(row);
    return uuids;
}

QString codeOfConcern(Database& db, const QString& uuid)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    return concern->code;
}

/// The count under the filters, without its plural ending (the English plural forms come from the
/// translation files, which tests do not load).
QString countText(QWidget& root)
{
    return child<QLabel>(root, "concernCount")->text().remove(QStringLiteral("(s)")).remove(QLatin1Char('s'));
}

/// Typed filters apply after a short pause.
void waitForTyping()
{
    QTest::qWait(ConcernFilterBar::kTypingDelayMs + 100);
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void clickHeader(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
}

struct Fixture
{
    test::TempDatabase db;
    Register r = makeRegister(*db);
    Session session{*db};
    std::unique_ptr<ConcernsPage> page;
    ConcernRegister* reg = nullptr;
    ConcernListModel* model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        session.setCurrentTeam(r.isfara);
        page = std::make_unique<ConcernsPage>(session);
        reg = page->concernRegister();
        model = reg->model();
        tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->resize(1130, 650);
        page->show();
    }
};

} // namespace

TEST_CASE("the register lists the team's concerns with their columns and the restricted mark", "[concerns]")
{
    Fixture f;
    ConcernListModel* model = f.model;
    REQUIRE(model->rowCount() == 4);
    CHECK(model->totalCount() == 4);
    CHECK(countText(*f.page) == QStringLiteral("4 concern"));
    // Newest first by default.
    CHECK(shownUuids(model) == QStringList{f.r.drugs, f.r.fights, f.r.lights, f.r.violence});
    const int violence = model->rowOf(f.r.violence);
    auto cell = [&](int column) { return model->data(model->index(violence, column)).toString(); };
    CHECK(cell(ConcernListModel::Code) == codeOfConcern(*f.db, f.r.violence));
    CHECK(cell(ConcernListModel::Title) == QStringLiteral("Зӯроварии оилавӣ дар маҳаллаи Чоркӯҳ"));
    CHECK(cell(ConcernListModel::Category) == QStringLiteral("Domestic and gender-based violence"));
    CHECK(cell(ConcernListModel::Place) == QStringLiteral("Чоркӯҳ"));
    CHECK(cell(ConcernListModel::RaisedByColumn) == QStringLiteral("Women"));
    CHECK(cell(ConcernListModel::Status) == QStringLiteral("Raised"));
    CHECK(cell(ConcernListModel::FirstRaised) == QStringLiteral("10.01.2026"));
    CHECK_FALSE(model->data(model->index(violence, ConcernListModel::Restricted), Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK_FALSE(model->data(model->index(violence, ConcernListModel::Restricted), Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
    const int fights = model->rowOf(f.r.fights);
    CHECK(model->data(model->index(fights, ConcernListModel::Status)).toString() ==
          QStringLiteral("Analysed"));
    CHECK(model->data(model->index(fights, ConcernListModel::Restricted), Qt::DecorationRole).isNull());
    CHECK(model->data(model->index(fights, ConcernListModel::Restricted), Qt::ToolTipRole).isNull());

    // Selecting a row shows the concern in the editor.
    QTableView* view = child<QTableView>(*f.page, "concernTable");
    view->selectRow(fights);
    CHECK(f.reg->currentUuid() == f.r.fights);
    CHECK(f.page->editor()->concernUuid() == f.r.fights);
}

TEST_CASE("filters and the search box change the rows shown", "[concerns]")
{
    Fixture f;
    QLineEdit* search = child<QLineEdit>(*f.page, "searchEdit");

    SECTION("search in Tajik and in Russian, as typed")
    {
        search->setFocus();
        test::typeText(search, QStringLiteral("зӯровар"));
        waitForTyping();
        CHECK(shownUuids(f.model) == QStringList{f.r.violence});
        CHECK(countText(*f.page) == QStringLiteral("1 concern"));
        search->clear();
        test::typeText(search, QStringLiteral("драки школы"));
        waitForTyping();
        CHECK(shownUuids(f.model) == QStringList{f.r.fights});
        search->clear();
        test::typeText(search, QStringLiteral("рынка"));
        waitForTyping();
        CHECK(shownUuids(f.model) == QStringList{f.r.drugs});
        search->clear();
        test::typeText(search, QStringLiteral("ҳеҷчиз"));
        waitForTyping();
        CHECK(f.model->rowCount() == 0);
        CHECK(countText(*f.page) == QStringLiteral("0 concern"));
        search->clear();
        waitForTyping();
        CHECK(f.model->rowCount() == 4);
    }
    SECTION("status, category, place, group and restricted")
    {
        chooseData(child<QComboBox>(*f.page, "statusFilter"), codeOf(ConcernStatus::Analysed));
        CHECK(shownUuids(f.model) == QStringList{f.r.fights});
        child<QComboBox>(*f.page, "statusFilter")->setCurrentIndex(0);
        CHECK(f.model->rowCount() == 4);

        chooseData(child<QComboBox>(*f.page, "categoryFilter"),
                   test::categoryUuid(*f.db, QStringLiteral("drugs_alcohol")));
        CHECK(shownUuids(f.model) == QStringList{f.r.drugs});
        child<QComboBox>(*f.page, "categoryFilter")->setCurrentIndex(0);

        QLineEdit* place = child<QLineEdit>(*f.page, "placeFilter");
        place->setFocus();
        test::typeText(place, QStringLiteral("чоркӯҳ"));
        waitForTyping();
        CHECK(shownUuids(f.model) == QStringList{f.r.lights, f.r.violence});
        place->clear();
        waitForTyping();

        chooseData(child<QComboBox>(*f.page, "raisedByFilter"), codeOf(RaisedBy::Youth));
        CHECK(shownUuids(f.model) == QStringList{f.r.fights});
        child<QComboBox>(*f.page, "raisedByFilter")->setCurrentIndex(0);

        QComboBox* restricted = child<QComboBox>(*f.page, "restrictedFilter");
        restricted->setCurrentIndex(1); // only restricted
        CHECK(shownUuids(f.model) == QStringList{f.r.violence});
        restricted->setCurrentIndex(2); // hide restricted
        CHECK(shownUuids(f.model) == QStringList{f.r.drugs, f.r.fights, f.r.lights});
        restricted->setCurrentIndex(0);
        CHECK(f.model->rowCount() == 4);
    }
    SECTION("team scope, priorities only and clearing the filters")
    {
        child<QComboBox>(*f.page, "scopeFilter")->setCurrentIndex(1); // all teams
        CHECK(f.model->rowCount() == 5);
        CHECK(shownUuids(f.model).contains(f.r.disco));
        child<QComboBox>(*f.page, "scopeFilter")->setCurrentIndex(0);
        CHECK(f.model->rowCount() == 4);

        // Every team of one kind (issue 19): Khujand becomes a public council; its concern alone is listed
        // under "All public councils", and Isfara's four under "All partnership teams".
        Team khujand = *TeamRepository(*f.db).team(f.r.khujand);
        khujand.kind = GroupKind::PublicCouncil;
        REQUIRE(TeamRepository(*f.db).updateTeam(khujand).ok());
        chooseData(child<QComboBox>(*f.page, "scopeFilter"), codeOf(GroupKind::PublicCouncil));
        CHECK(child<QComboBox>(*f.page, "scopeFilter")->currentText() ==
              QStringLiteral("All public councils"));
        CHECK(shownUuids(f.model) == QStringList{f.r.disco});
        chooseData(child<QComboBox>(*f.page, "scopeFilter"), codeOf(GroupKind::PartnershipTeam));
        CHECK(f.model->rowCount() == 4);
        CHECK_FALSE(shownUuids(f.model).contains(f.r.disco));
        chooseData(child<QComboBox>(*f.page, "scopeFilter"), codeOf(GroupKind::WomenInitiative));
        CHECK(f.model->rowCount() == 0);
        child<QComboBox>(*f.page, "scopeFilter")->setCurrentIndex(0);
        CHECK(f.model->rowCount() == 4);

        QTest::mouseClick(child<QCheckBox>(*f.page, "prioritisedFilter"), Qt::LeftButton);
        CHECK(f.model->filter().prioritisedOnly);
        CHECK(f.model->rowCount() == 0); // no round has chosen any yet

        chooseData(child<QComboBox>(*f.page, "statusFilter"), codeOf(ConcernStatus::Analysed));
        QTest::mouseClick(child<QPushButton>(*f.page, "clearFiltersButton"), Qt::LeftButton);
        CHECK_FALSE(f.model->filter().prioritisedOnly);
        CHECK_FALSE(f.model->filter().status.has_value());
        CHECK(f.model->rowCount() == 4);
    }
    SECTION("a change of the current team follows")
    {
        f.session.setCurrentTeam(f.r.khujand);
        CHECK(shownUuids(f.model) == QStringList{f.r.disco});
    }
}

TEST_CASE("clicking a header sorts in SQL, both ways, columns it cannot sort keep the order", "[concerns]")
{
    Fixture f;
    QTableView* view = child<QTableView>(*f.page, "concernTable");
    clickHeader(view, ConcernListModel::Title);
    CHECK(f.model->filter().sort == ConcernFilter::Sort::Title);
    CHECK_FALSE(f.model->filter().descending); // names sort from A first
    // Д < З < К < Т
    CHECK(shownUuids(f.model) == QStringList{f.r.fights, f.r.violence, f.r.lights, f.r.drugs});
    const bool firstDescending = f.model->filter().descending;
    clickHeader(view, ConcernListModel::Title);
    CHECK(f.model->filter().descending != firstDescending);
    QStringList titles;
    for (int row = 0; row < f.model->rowCount(); ++row)
        titles << f.model->data(f.model->index(row, ConcernListModel::Title)).toString();
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end());
    if (f.model->filter().descending)
        std::reverse(sorted.begin(), sorted.end());
    CHECK(titles == sorted);

    clickHeader(view, ConcernListModel::FirstRaised);
    CHECK(f.model->filter().sort == ConcernFilter::Sort::FirstRaised);
    const QStringList byDate = shownUuids(f.model);
    CHECK((byDate == QStringList{f.r.violence, f.r.lights, f.r.fights, f.r.drugs} ||
           byDate == QStringList{f.r.drugs, f.r.fights, f.r.lights, f.r.violence}));

    clickHeader(view, ConcernListModel::RaisedByColumn);
    CHECK(f.model->filter().sort == ConcernFilter::Sort::FirstRaised);
    CHECK(shownUuids(f.model) == byDate);
    CHECK(view->horizontalHeader()->sortIndicatorSection() == ConcernListModel::FirstRaised);

    // The selection survives a new order.
    view->selectRow(f.model->rowOf(f.r.lights));
    clickHeader(view, ConcernListModel::Code);
    CHECK(f.reg->currentUuid() == f.r.lights);
    CHECK(view->currentIndex().row() == f.model->rowOf(f.r.lights));
}

TEST_CASE("a long register loads page by page as it scrolls, and opens a concern far down", "[concerns]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString category = test::categoryUuid(*db);
    QString oldest;
    {
        Transaction transaction(*db);
        REQUIRE(transaction.started());
        for (int i = 0; i < 450; ++i) {
            Concern concern;
            concern.teamUuid = team;
            concern.title = QStringLiteral("Масъалаи %1").arg(i);
            concern.categoryUuid = category;
            concern.place = QStringLiteral("Деҳа %1").arg(i % 7);
            concern.firstRaised = QDate(2025, 1, 1).addDays(i);
            auto created = ConcernRepository(*db).createConcern(concern);
            REQUIRE(created.ok());
            if (i == 0)
                oldest = created->meta.uuid;
        }
        REQUIRE(transaction.commit().ok());
    }
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernsPage page(session);
    ConcernListModel* model = page.concernRegister()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1130, 650);
    page.show();

    CHECK(model->totalCount() == 450);
    CHECK(model->rowCount() == ConcernListModel::kPageSize);
    CHECK(countText(page) == QStringLiteral("450 concern"));
    REQUIRE(model->canFetchMore({}));

    QTableView* view = child<QTableView>(page, "concernTable");
    view->scrollToBottom();
    QCoreApplication::processEvents();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    CHECK(model->rowCount() > ConcernListModel::kPageSize);
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == 450);
    CHECK(model->uuidAt(449) == oldest); // newest first

    // Opening from elsewhere finds a concern beyond the first page.
    page.concernRegister()->filterBar()->clear();
    CHECK(model->rowCount() == ConcernListModel::kPageSize);
    CHECK(page.openRecord(QStringLiteral("concern"), oldest));
    CHECK(page.concernRegister()->currentUuid() == oldest);
    CHECK(page.editor()->concernUuid() == oldest);
    CHECK(view->currentIndex().row() == model->rowOf(oldest));
}

TEST_CASE("new concern: the dialog refuses an empty title, registers, selects, undo and redo", "[concerns]")
{
    Fixture f;
    QTest::mouseClick(child<QPushButton>(*f.page, "newConcernButton"), Qt::LeftButton);
    auto* dialog = f.page->findChild<NewConcernDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    QPushButton* ok = child<QPushButton>(*dialog, "okButton");

    // An empty title is refused: the message shows next to the field and nothing is saved.
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors()->messageFor(QStringLiteral("title")) ==
          QStringLiteral("Enter a short title for the concern."));
    CHECK(f.model->totalCount() == 4);
    CHECK(f.session.undoStack()->count() == 0);

    QLineEdit* title = child<QLineEdit>(*dialog, "titleEdit");
    title->setFocus();
    test::typeText(title, QStringLiteral("Ҷангҳои ҷавонон дар бозор"));
    chooseData(child<QComboBox>(*dialog, "categoryCombo"),
               test::categoryUuid(*f.db, QStringLiteral("youth_crime")));
    QLineEdit* place = child<QLineEdit>(*dialog, "placeEdit");
    place->setFocus();
    test::typeText(place, QStringLiteral("Ворух"));
    chooseData(child<QComboBox>(*dialog, "raisedByCombo"), codeOf(RaisedBy::Youth));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::processEvents();

    CHECK(f.model->totalCount() == 5);
    const QString created = f.reg->currentUuid();
    REQUIRE_FALSE(created.isEmpty());
    CHECK(f.page->editor()->concernUuid() == created);
    auto stored = ConcernRepository(*f.db).concern(created);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Ҷангҳои ҷавонон дар бозор"));
    CHECK(stored->place == QStringLiteral("Ворух"));
    CHECK(stored->raisedBy == RaisedBy::Youth);
    CHECK(stored->teamUuid == f.r.isfara);
    CHECK(stored->categoryUuid == test::categoryUuid(*f.db, QStringLiteral("youth_crime")));
    CHECK(stored->code.startsWith(QStringLiteral("ISF-")));

    REQUIRE(f.session.undoStack()->count() == 1);
    f.session.undoStack()->undo();
    CHECK_FALSE(ConcernRepository(*f.db).concern(created).ok());
    CHECK(f.model->totalCount() == 4);
    CHECK(f.reg->currentUuid().isEmpty());
    CHECK(f.page->editor()->concernUuid().isEmpty());
    f.session.undoStack()->redo();
    auto back = ConcernRepository(*f.db).concern(created);
    REQUIRE(back.ok());
    CHECK(back->title == QStringLiteral("Ҷангҳои ҷавонон дар бозор"));
    CHECK(f.model->totalCount() == 5);
}

TEST_CASE("delete concern asks, names what goes with it, and undo brings it back", "[concerns]")
{
    Fixture f;
    QTableView* view = child<QTableView>(*f.page, "concernTable");
    const QString code = codeOfConcern(*f.db, f.r.fights);
    view->selectRow(f.model->rowOf(f.r.fights));
    QString asked;
    bool answer = false;
    f.reg->setConfirm([&](const QString& question) {
        asked = question;
        return answer;
    });
    QPushButton* remove = child<QPushButton>(*f.page, "deleteConcernButton");

    // Cancelled: nothing happens.
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(asked.contains(code));
    CHECK(asked.contains(QStringLiteral("status history")));
    CHECK(asked.contains(QStringLiteral("plan entries")));
    CHECK(ConcernRepository(*f.db).concern(f.r.fights).ok());
    CHECK(f.session.undoStack()->count() == 0);

    answer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(ConcernRepository(*f.db).concern(f.r.fights).ok());
    CHECK(f.model->totalCount() == 3);
    CHECK_FALSE(shownUuids(f.model).contains(f.r.fights));
    CHECK_FALSE(f.reg->currentUuid().isEmpty()); // the neighbour is selected
    CHECK(f.reg->currentUuid() != f.r.fights);
    REQUIRE(f.session.undoStack()->count() == 1);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("delete concern %1").arg(code));

    f.session.undoStack()->undo();
    auto back = ConcernRepository(*f.db).concern(f.r.fights);
    REQUIRE(back.ok());
    CHECK(back->status == ConcernStatus::Analysed);
    auto history = ConcernRepository(*f.db).statusHistory(f.r.fights);
    REQUIRE(history.ok());
    CHECK(history->size() == 2);
    CHECK(f.model->totalCount() == 4);
    f.session.undoStack()->redo();
    CHECK_FALSE(ConcernRepository(*f.db).concern(f.r.fights).ok());
    CHECK(f.model->totalCount() == 3);

    // The Delete key on the list does the same.
    view->setFocus();
    view->selectRow(f.model->rowOf(f.r.drugs));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK_FALSE(ConcernRepository(*f.db).concern(f.r.drugs).ok());
}

TEST_CASE("openRecord switches team, clears the filters that hide the concern, and selects it", "[concerns]")
{
    Fixture f;
    chooseData(child<QComboBox>(*f.page, "statusFilter"), codeOf(ConcernStatus::Analysed));
    QLineEdit* search = child<QLineEdit>(*f.page, "searchEdit");
    CHECK(f.model->rowCount() == 1);

    CHECK(f.page->openRecord(QStringLiteral("concern"), f.r.disco));
    CHECK(f.session.currentTeam() == f.r.khujand);
    CHECK(f.reg->currentUuid() == f.r.disco);
    CHECK(f.page->editor()->concernUuid() == f.r.disco);
    CHECK_FALSE(f.model->filter().status.has_value());

    // Hidden by the search: the concern is found by its code.
    f.session.setCurrentTeam(f.r.isfara);
    search->setText(QStringLiteral("рынка"));
    waitForTyping();
    CHECK(shownUuids(f.model) == QStringList{f.r.drugs});
    CHECK(f.page->openRecord(QStringLiteral("concern"), f.r.lights));
    CHECK(f.reg->currentUuid() == f.r.lights);
    CHECK(search->text() == codeOfConcern(*f.db, f.r.lights));

    CHECK_FALSE(f.page->openRecord(QStringLiteral("meeting"), f.r.lights));
    CHECK_FALSE(f.page->openRecord(QStringLiteral("concern"), QStringLiteral("no-such-uuid")));
}

TEST_CASE("the register follows changes made elsewhere and keeps the selection", "[concerns]")
{
    Fixture f;
    QTableView* view = child<QTableView>(*f.page, "concernTable");
    view->selectRow(f.model->rowOf(f.r.lights));
    auto lights = ConcernRepository(*f.db).concern(f.r.lights);
    REQUIRE(lights.ok());
    Concern renamed = *lights;
    renamed.title = QStringLiteral("Кӯчаҳои бе чароғ");
    REQUIRE(ConcernRepository(*f.db).updateConcern(renamed).ok());
    const int row = f.model->rowOf(f.r.lights);
    REQUIRE(row >= 0);
    CHECK(f.model->data(f.model->index(row, ConcernListModel::Title)).toString() ==
          QStringLiteral("Кӯчаҳои бе чароғ"));
    CHECK(f.reg->currentUuid() == f.r.lights);
    CHECK(view->currentIndex().row() == row);

    REQUIRE(ConcernRepository(*f.db)
                .changeStatus(f.r.lights, ConcernStatus::Analysed, QDate(2026, 2, 1), QString())
                .ok());
    CHECK(f.model->data(f.model->index(f.model->rowOf(f.r.lights), ConcernListModel::Status)).toString() ==
          QStringLiteral("Analysed"));

    makeConcern(*f.db, f.r.isfara, QStringLiteral("Нави"), QDate(2026, 4, 1), QStringLiteral("youth_crime"),
                QStringLiteral("Исфара"));
    CHECK(f.model->totalCount() == 5);
    CHECK(f.reg->currentUuid() == f.r.lights);
}

// Not run by default: times the register on a copy of the national database. Run with
//   HAMKORI_NATIONAL_DB=/tmp/national.sqlite hamkori_ui_tests "timing of the concern register*"
TEST_CASE("timing of the concern register on the national database", "[.benchmark]")
{
    const QString path = qEnvironmentVariable("HAMKORI_NATIONAL_DB");
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("HAMKORI_NATIONAL_DB is not set to a database; nothing timed");
        return;
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = **opened;
    auto first = ConcernRepository(db).page(ConcernFilter{}, 0, 1);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->isEmpty());
    Session session(db);
    session.setCurrentTeam(first->first().teamUuid);

    auto report = [](const char* what, qint64 ns) {
        std::cout << what << ": " << double(ns) / 1e6 << " ms" << std::endl;
    };
    QElapsedTimer timer;
    timer.start();
    ConcernsPage page(session);
    page.resize(1130, 650);
    page.show();
    QCoreApplication::processEvents();
    report("page built and shown (one team)", timer.nsecsElapsed());
    ConcernRegister* reg = page.concernRegister();
    ConcernListModel* model = reg->model();
    std::cout << "  rows " << model->rowCount() << " of " << model->totalCount() << std::endl;

    auto* scope = child<QComboBox>(page, "scopeFilter");
    timer.restart();
    scope->setCurrentIndex(1);
    report("scope: all teams", timer.nsecsElapsed());
    std::cout << "  rows " << model->rowCount() << " of " << model->totalCount() << std::endl;

    auto* status = child<QComboBox>(page, "statusFilter");
    timer.restart();
    chooseData(status, codeOf(ConcernStatus::Analysed));
    report("filter change: status = analysed (all teams)", timer.nsecsElapsed());
    std::cout << "  rows " << model->rowCount() << " of " << model->totalCount() << std::endl;

    timer.restart();
    chooseData(child<QComboBox>(page, "categoryFilter"),
               test::categoryUuid(db, QStringLiteral("youth_crime")));
    report("filter change: + category (all teams)", timer.nsecsElapsed());
    status->setCurrentIndex(0);
    child<QComboBox>(page, "categoryFilter")->setCurrentIndex(0);

    timer.restart();
    child<QCheckBox>(page, "prioritisedFilter")->setChecked(true);
    report("filter change: only priorities (all teams)", timer.nsecsElapsed());
    child<QCheckBox>(page, "prioritisedFilter")->setChecked(false);

    const char* sorts[] = {"code", "title", "category", "place", "status", "first raised"};
    const int columns[] = {ConcernListModel::Code,  ConcernListModel::Title,  ConcernListModel::Category,
                           ConcernListModel::Place, ConcernListModel::Status, ConcernListModel::FirstRaised};
    for (int i = 0; i < 6; ++i) {
        timer.restart();
        model->sort(columns[i], Qt::AscendingOrder);
        report((std::string("sort by ") + sorts[i] + " (all teams)").c_str(), timer.nsecsElapsed());
    }
    model->sort(ConcernListModel::FirstRaised, Qt::DescendingOrder);

    auto* search = child<QLineEdit>(page, "searchEdit");
    for (const QString& word : {QStringLiteral("зӯроварӣ"), QStringLiteral("драки"), QStringLiteral("об"),
                                QStringLiteral("наркотик")}) {
        search->setText(word);
        timer.restart();
        Q_EMIT reg->filterBar()->filterChanged(); // what the typing timer fires
        report(("search '" + word.toStdString() + "' (all teams)").c_str(), timer.nsecsElapsed());
        std::cout << "  rows " << model->rowCount() << " of " << model->totalCount() << std::endl;
    }
    search->clear();
    scope->setCurrentIndex(0);
    for (const QString& word : {QStringLiteral("зӯроварӣ"), QStringLiteral("драки")}) {
        search->setText(word);
        timer.restart();
        Q_EMIT reg->filterBar()->filterChanged();
        report(("search '" + word.toStdString() + "' (one team)").c_str(), timer.nsecsElapsed());
    }
    timer.restart();
    model->fetchMore({});
    report("fetchMore (one more page)", timer.nsecsElapsed());
}

TEST_CASE("the register can be read at 1366×768: the whole width when nothing is chosen, headers whole in "
          "Tajik, columns kept",
          "[concerns]")
{
    QSettings().remove(QStringLiteral("concerns/registerColumns"));
    Fixture f;
    f.page->resize(1180, 680); // the page at 1366×768, beside the navigation bar
    auto* view = f.page->findChild<QTableView*>(QStringLiteral("concernTable"));
    REQUIRE(view != nullptr);
    auto* editor = f.page->findChild<ConcernEditor*>();
    REQUIRE(editor != nullptr);
    QCoreApplication::processEvents();

    // Nothing chosen: no editor pane, and the titles take what the other columns leave.
    CHECK_FALSE(editor->isVisibleTo(f.page.get()));
    const int titleAlone = view->columnWidth(ConcernListModel::Title);
    CHECK(titleAlone > 400);
    // A concern chosen: the editor opens beside the register, which keeps the larger part.
    view->setCurrentIndex(f.model->index(0, ConcernListModel::Title));
    QCoreApplication::processEvents();
    CHECK(editor->isVisibleTo(f.page.get()));
    CHECK(f.page->concernRegister()->width() > f.page->width() / 2);

    // In Tajik no header is cut.
    REQUIRE(Translations::install(QStringLiteral("tg")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QHeaderView* header = view->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    for (int column = 0; column < ConcernListModel::ColumnCount; ++column) {
        if (column == ConcernListModel::Title || column == ConcernListModel::Restricted)
            continue;
        const QString text = f.model->headerData(column, Qt::Horizontal).toString();
        INFO(text.toStdString());
        CHECK(header->sectionSize(column) >= QFontMetrics(bold).horizontalAdvance(text));
    }
    Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    // A width the user set is there at the next start.
    header->resizeSection(ConcernListModel::Category, 260);
    Fixture again;
    auto* view2 = again.page->findChild<QTableView*>(QStringLiteral("concernTable"));
    CHECK(view2->columnWidth(ConcernListModel::Category) == 260);
    QSettings().remove(QStringLiteral("concerns/registerColumns"));
}
