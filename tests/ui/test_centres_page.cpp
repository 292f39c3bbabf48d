// The Centres page driven offscreen: a centre created through its form with the groups that meet there, a
// field edited and undone alone, equipment added and changed in place, a reception day with its visitors,
// the centre deleted and brought back; and a meeting held at a centre.
#include "core/demo/DemoLoader.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/PageFixture.h"
#include "support/UiTestSupport.h"
#include "ui/pages/CentresPage.h"
#include "ui/pages/CommitmentsPage.h"
#include "ui/pages/centres/EquipmentModel.h"
#include "ui/pages/centres/EquipmentPanel.h"
#include "ui/pages/centres/ReceptionDaysPanel.h"
#include "ui/pages/meetings/MeetingDetailsForm.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using hamkori::test::child;

namespace {

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString placeUuid(Database& db, const QString& name)
{
    auto place = ReferenceRepository(db).findPlace(name);
    REQUIRE(place.ok());
    return place->meta.uuid;
}

Centre stored(Database& db, const QString& uuid)
{
    auto centre = CentreRepository(db).centre(uuid);
    INFO(centre.errorMessage().toStdString());
    REQUIRE(centre.ok());
    return *centre;
}

void tick(QListWidget* list, const QString& uuid, Qt::CheckState state)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == uuid) {
            list->item(i)->setCheckState(state);
            return;
        }
    FAIL("no group " << uuid.toStdString());
}

/// Creates a centre through the page's form, named in Tajik, where the current team and `otherTeam` meet.
QString createCentre(test::PageFixture<CentresPage>& f, const QString& otherTeam)
{
    CentresPage& page = *f.page;
    QTest::mouseClick(child<QPushButton>(page, "newCentreButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>(page, "centreName");
    name->setFocus();
    test::typeText(name, QStringLiteral("Маркази ҳамкории милитсия ва ҷомеаи Чоркӯҳ"));
    auto* district = child<QComboBox>(page, "centreDistrict");
    district->setCurrentIndex(district->findData(placeUuid(*f.db, QStringLiteral("Isfara")), Qt::UserRole));
    auto* jamoat = child<QLineEdit>(page, "centreJamoat");
    jamoat->setFocus();
    test::typeText(jamoat, QStringLiteral("Ҷамоати Чоркӯҳ"));
    auto* groups = child<QListWidget>(page, "centreGroups");
    tick(groups, otherTeam, Qt::Checked);
    CHECK(CentreRepository(*f.db).centres()->isEmpty()); // nothing before "Create centre"
    QTest::mouseClick(child<QPushButton>(page, "createCentreButton"), Qt::LeftButton);
    auto centres = CentreRepository(*f.db).centres();
    REQUIRE(centres->size() == 1);
    return centres->first().meta.uuid;
}

} // namespace

TEST_CASE("a centre is created with the groups that meet there, and one field is edited and undone alone",
          "[centres]")
{
    test::PageFixture<CentresPage> f;
    const QString other = test::makeTeam(*f.db, QStringLiteral("KNB"));
    CentresPage& page = f.open();
    f.checkModel(child<QTableView>(page, "centreList")->model());

    const QString uuid = createCentre(f, other);
    Centre centre = stored(*f.db, uuid);
    CHECK(centre.name == QStringLiteral("Маркази ҳамкории милитсия ва ҷомеаи Чоркӯҳ"));
    CHECK(centre.jamoat == QStringLiteral("Ҷамоати Чоркӯҳ"));
    CHECK(centre.districtUuid == placeUuid(*f.db, QStringLiteral("Isfara")));
    // The current team is ticked for a new centre, and the other one was ticked by hand.
    CHECK(centre.teamUuids.size() == 2);
    CHECK(centre.teamUuids.contains(f.team));
    CHECK(centre.teamUuids.contains(other));
    CHECK(page.currentCentre() == uuid);
    // Centre names begin alike: a name too long for its column keeps its end, the place.
    CHECK(child<QTableView>(page, "centreList")->textElideMode() == Qt::ElideMiddle);
    CHECK(child<QTableView>(page, "centreList")->model()->rowCount() == 1);
    CHECK_FALSE(child<QPushButton>(page, "createCentreButton")->isVisible());

    // The opening hours are saved alone; undo takes back only them.
    const int steps = f.session.undoStack()->count();
    retype(child<QLineEdit>(page, "centreHours"), QStringLiteral("Душанбе–Ҷумъа 9–17"));
    CHECK(stored(*f.db, uuid).hours == QStringLiteral("Душанбе–Ҷумъа 9–17"));
    CHECK(f.session.undoStack()->count() == steps + 1);
    CHECK(f.session.undoStack()->undoText() ==
          QStringLiteral("change the opening hours of centre Маркази ҳамкории милитсия ва ҷомеаи Чоркӯҳ"));
    retype(child<QLineEdit>(page, "centreAddress"), QStringLiteral("кӯчаи Сомонӣ 4"));
    f.session.undoStack()->undo(); // the address
    centre = stored(*f.db, uuid);
    CHECK(centre.address.isEmpty());
    CHECK(centre.hours == QStringLiteral("Душанбе–Ҷумъа 9–17"));
    CHECK(child<QLineEdit>(page, "centreAddress")->text().isEmpty());

    // Unticking a group is one edit of the groups, undone alone.
    tick(child<QListWidget>(page, "centreGroups"), other, Qt::Unchecked);
    CHECK(stored(*f.db, uuid).teamUuids == QStringList{f.team});
    f.session.undoStack()->undo();
    CHECK(stored(*f.db, uuid).teamUuids.size() == 2);
    CHECK(stored(*f.db, uuid).hours == QStringLiteral("Душанбе–Ҷумъа 9–17"));

    // An emptied name is refused next to the field and nothing is written.
    const QString before = test::dumpDatabase(*f.db);
    retype(child<QLineEdit>(page, "centreName"), QString());
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK(page.findChild<QLabel*>(QStringLiteral("centreError_name"))->isVisible());
}

TEST_CASE("equipment and a reception day with its visitors are added, changed, deleted and undone",
          "[centres]")
{
    test::PageFixture<CentresPage> f;
    const QString other = test::makeTeam(*f.db, QStringLiteral("KNB"));
    CentresPage& page = f.open();
    const QString uuid = createCentre(f, other);
    auto* tabs = child<QTabWidget>(page, "centreTabs");
    tabs->setCurrentIndex(1);
    auto* panel = page.findChild<EquipmentPanel*>();
    REQUIRE(panel != nullptr);
    f.checkModel(panel->model());

    auto* item = child<QLineEdit>(page, "newEquipmentItem");
    item->setFocus();
    test::typeText(item, QStringLiteral("Компютери мизӣ"));
    child<QSpinBox>(page, "newEquipmentQuantity")->setValue(3);
    QTest::mouseClick(child<QPushButton>(page, "addEquipmentButton"), Qt::LeftButton);
    auto items = CentreRepository(*f.db).equipmentOf(uuid);
    REQUIRE(items->size() == 1);
    CHECK(items->first().item == QStringLiteral("Компютери мизӣ"));
    CHECK(items->first().quantity == 3);
    CHECK(items->first().condition == EquipmentCondition::Good);
    CHECK(item->text().isEmpty()); // ready for the next one

    // An item without a name is refused, nothing written.
    const QString before = test::dumpDatabase(*f.db);
    QTest::mouseClick(child<QPushButton>(page, "addEquipmentButton"), Qt::LeftButton);
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK_FALSE(panel->errors()->messageFor(QStringLiteral("item")).isEmpty());

    // Changed in place: the condition alone, and undone alone.
    EquipmentModel* model = panel->model();
    REQUIRE(model->setData(model->index(0, EquipmentModel::Condition), int(EquipmentCondition::NeedsRepair)));
    REQUIRE(model->setData(model->index(0, EquipmentModel::Quantity), 2));
    items = CentreRepository(*f.db).equipmentOf(uuid);
    CHECK(items->first().condition == EquipmentCondition::NeedsRepair);
    CHECK(items->first().quantity == 2);
    f.session.undoStack()->undo(); // the quantity
    items = CentreRepository(*f.db).equipmentOf(uuid);
    CHECK(items->first().condition == EquipmentCondition::NeedsRepair);
    CHECK(items->first().quantity == 3);
    CHECK(model->index(0, EquipmentModel::Quantity).data().toInt() == 3);

    // A reception day with its visitors.
    tabs->setCurrentIndex(2);
    auto* days = page.findChild<ReceptionDaysPanel*>();
    REQUIRE(days != nullptr);
    f.checkModel(days->model());
    QTest::mouseClick(child<QPushButton>(page, "addReceptionDayButton"), Qt::LeftButton);
    auto visits = CentreRepository(*f.db).visits(uuid);
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().date == QDate::currentDate());
    CHECK(days->shownDay() == visits->first().meta.uuid);
    auto* date = child<QLineEdit>(page, "receptionDayDate");
    retype(date, QStringLiteral("12.03.2026"));
    auto* grid = child<SexAgeCountsGrid>(page, "receptionDayVisitors");
    grid->spinBox(Sex::Female, AgeBand::From30To49)->setValue(9);
    grid->spinBox(Sex::Male, AgeBand::From18To29)->setValue(4);
    visits = CentreRepository(*f.db).visits(uuid);
    CHECK(visits->first().date == QDate(2026, 3, 12));
    CHECK(visits->first().visitors.total(Sex::Female) == 9);
    CHECK(visits->first().visitors.total(Sex::Male) == 4);
    CHECK(days->model()->index(0, ReceptionDayModel::Total).data().toInt() == 13);
    f.session.undoStack()->undo(); // the men
    visits = CentreRepository(*f.db).visits(uuid);
    CHECK(visits->first().visitors.total(Sex::Male) == 0);
    CHECK(visits->first().visitors.total(Sex::Female) == 9);
    CHECK(grid->spinBox(Sex::Male, AgeBand::From18To29)->value() == 0);

    QTest::mouseClick(child<QPushButton>(page, "deleteReceptionDayButton"), Qt::LeftButton);
    CHECK(CentreRepository(*f.db).visits(uuid)->isEmpty());
    f.session.undoStack()->undo();
    CHECK(CentreRepository(*f.db).visits(uuid)->size() == 1);

    // The centre deleted (after confirmation) and brought back with its equipment and reception day.
    QString asked;
    page.setConfirm([&asked](const QString& question) {
        asked = question;
        return true;
    });
    tabs->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(page, "deleteCentreButton"), Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("Маркази ҳамкории милитсия ва ҷомеаи Чоркӯҳ")));
    CHECK(CentreRepository(*f.db).centres()->isEmpty());
    CHECK(child<QTableView>(page, "centreList")->model()->rowCount() == 0);
    f.session.undoStack()->undo();
    CHECK(CentreRepository(*f.db).centres()->size() == 1);
    CHECK(CentreRepository(*f.db).equipmentOf(uuid)->size() == 1);
    CHECK(CentreRepository(*f.db).visits(uuid)->size() == 1);
    CHECK(stored(*f.db, uuid).teamUuids.size() == 2);
}

TEST_CASE("a meeting is held at a centre where its team meets, saved and undone", "[centres]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString other = test::makeTeam(*db, QStringLiteral("KNB"));
    CentreRepository centres(*db);
    Centre elsewhere;
    elsewhere.name = QStringLiteral("Алиф: маркази дигар");
    elsewhere.districtUuid = placeUuid(*db, QStringLiteral("Isfara"));
    elsewhere.teamUuids = {other};
    REQUIRE(centres.createCentre(elsewhere).ok());
    Centre own = elsewhere;
    own.name = QStringLiteral("Маркази Ворух");
    own.teamUuids = {team};
    auto ownMade = centres.createCentre(own);
    REQUIRE(ownMade.ok());
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = QDate(2026, 3, 4);
    auto made = MeetingRepository(*db).createMeeting(meeting);
    REQUIRE(made.ok());

    Session session(*db);
    session.setCurrentTeam(team);
    MeetingDetailsForm form(session);
    form.show();
    form.setMeeting(*made);
    auto* combo = child<QComboBox>(form, "meetingCentre");
    // None first, then the team's own centre, then the others (a separator between).
    CHECK(combo->currentIndex() == 0);
    CHECK(combo->itemData(0).toString().isEmpty());
    CHECK(combo->itemText(1) == QStringLiteral("Маркази Ворух"));
    CHECK(combo->itemText(combo->count() - 1) == QStringLiteral("Алиф: маркази дигар"));

    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    auto read = MeetingRepository(*db).meeting(made->meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->centreUuid == ownMade->meta.uuid);
    CHECK(session.undoStack()->undoText() ==
          QStringLiteral("change the centre meeting %1 was held at").arg(made->code));
    session.undoStack()->undo();
    CHECK(MeetingRepository(*db).meeting(made->meta.uuid)->centreUuid.isEmpty());
}

// Pictures of the centre's three tabs and of the Requests and recommendations page on the demo, at
// 1366×768 less the navigation (HAMKORI_SHOTS names the folder): run by hand to look at the layout.
TEST_CASE("screenshots of the centres pages", "[.centreshots]")
{
    const QString folder = qEnvironmentVariable("HAMKORI_SHOTS", QStringLiteral("/tmp/hamkori-centre-shots"));
    QDir().mkpath(folder);
    test::TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    Session session(*db);
    auto centres = CentreRepository(*db).centres();
    REQUIRE(!centres->isEmpty());
    session.setCurrentTeam(centres->first().teamUuids.value(0));
    CentresPage page(session);
    page.resize(1100, 690);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("centre"), centres->first().meta.uuid));
    auto* tabs = child<QTabWidget>(page, "centreTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab == 2) {
            auto* days = child<QTableView>(page, "receptionDayTable");
            if (days->model()->rowCount() > 0)
                days->setCurrentIndex(days->model()->index(0, 0));
        }
        QTest::qWait(100);
        REQUIRE(page.grab().save(QStringLiteral("%1/centres-%2.png").arg(folder).arg(tab)));
    }
    CommitmentsPage commitments(session);
    commitments.resize(1100, 690);
    commitments.show();
    QTest::qWait(100);
    REQUIRE(commitments.grab().save(QStringLiteral("%1/commitments.png").arg(folder)));
    commitments.openRecord(QStringLiteral("commitment"), QString());
    QTest::qWait(100);
    REQUIRE(commitments.grab().save(QStringLiteral("%1/commitments-new.png").arg(folder)));
}
