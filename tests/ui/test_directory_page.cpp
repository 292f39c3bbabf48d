// The directory of organisations in the window (issue 19), driven offscreen: an organisation typed in Tajik
// with its districts, fields of expertise and a service; a field edited and undone alone; deleting and
// undoing; the filters; a refused e-mail; referrals from the concern editor (counts only); a member's
// organisation chosen from the directory.
#include "core/storage/DirectoryRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/pages/DirectoryPage.h"
#include "ui/pages/TeamPage.h"
#include "ui/pages/concerns/editor/ConcernEditor.h"
#include "ui/pages/concerns/editor/RecordTableModel.h"
#include "ui/pages/concerns/editor/ReferralDialog.h"
#include "ui/pages/concerns/editor/ReferralsTab.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/pages/directory/OrganisationForm.h"
#include "ui/pages/directory/OrganisationListModel.h"
#include "ui/pages/plans/ActivitiesPanel.h"
#include "ui/pages/plans/ActivityDirectoryPanel.h"
#include "ui/pages/team/MemberForm.h"
#include "ui/pages/team/MemberTableModel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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

Organisation storedOrganisation(Database& db, const QString& uuid)
{
    auto organisation = DirectoryRepository(db).organisation(uuid);
    INFO(organisation.errorMessage().toStdString());
    REQUIRE(organisation.ok());
    return *organisation;
}

QList<OrganisationSummary> allOrganisations(Database& db)
{
    auto all = DirectoryRepository(db).organisations();
    REQUIRE(all.ok());
    return *all;
}

QString makeOrganisation(Database& db, const QString& name, OrganisationKind kind,
                         const QStringList& districts, const QStringList& expertise, QDate memorandum = {})
{
    Organisation o;
    o.name = name;
    o.kind = kind;
    o.districtUuids = districts;
    o.expertiseUuids = expertise;
    o.memorandumSigned = memorandum;
    o.phone = QStringLiteral("+992 92 000 0001");
    o.notes = QStringLiteral("Эзоҳ");
    auto made = DirectoryRepository(db).createOrganisation(o);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return made->meta.uuid;
}

QString makeService(Database& db, const QString& organisation, const QString& kindCode)
{
    Service service;
    service.organisationUuid = organisation;
    service.kindUuid = test::referenceUuid(db, QStringLiteral("service"), kindCode);
    service.description = QStringLiteral("Машварат");
    auto made = DirectoryRepository(db).createService(service);
    REQUIRE(made.ok());
    return made->meta.uuid;
}

void choose(QComboBox* combo, const QString& uuid)
{
    const int index = combo->findData(uuid);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("an organisation typed in Tajik is added with its districts, expertise and a service",
          "[directory]")
{
    test::TempDatabase db;
    Session session(*db);
    DirectoryPage page(session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1150, 700);
    page.show();

    QTest::mouseClick(child<QPushButton>(page, "newOrganisationButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>(page, "organisationName");
    name->setFocus();
    const QString nur = QStringLiteral("Ташкилоти ҷамъиятии «Нури ҳаёт»");
    test::typeText(name, nur);
    auto* shortName = child<QLineEdit>(page, "organisationShortName");
    shortName->setFocus();
    test::typeText(shortName, QStringLiteral("ТҶ «Нур»"));
    auto* kind = child<QComboBox>(page, "organisationKind");
    kind->setCurrentIndex(kind->findData(int(OrganisationKind::Cso)));
    auto* experience = child<QPlainTextEdit>(page, "organisationExperience");
    experience->setFocus();
    test::typeText(experience, QStringLiteral("Бо ЮНИСЕФ ва САҲА, 2021–2023"));
    const QString isfara = placeUuid(*db, QStringLiteral("Isfara"));
    const QString khujand = placeUuid(*db, QStringLiteral("Khujand"));
    const QString gender =
        test::referenceUuid(*db, QStringLiteral("expertise"), QStringLiteral("gender_gbv"));
    auto* districts = child<CheckList>(page, "organisationDistricts");
    auto* expertise = child<CheckList>(page, "organisationExpertise");
    districts->setEntryChecked(isfara, true);
    expertise->setEntryChecked(gender, true);
    CHECK(allOrganisations(*db).isEmpty()); // nothing before "Add to the directory"
    CHECK(session.undoStack()->count() == 0);

    QTest::mouseClick(child<QPushButton>(page, "createOrganisationButton"), Qt::LeftButton);
    const QList<OrganisationSummary> all = allOrganisations(*db);
    REQUIRE(all.size() == 1);
    const Organisation made = storedOrganisation(*db, all.first().organisation.meta.uuid);
    CHECK(made.name == nur);
    CHECK(made.shortName == QStringLiteral("ТҶ «Нур»"));
    CHECK(made.internationalExperience == QStringLiteral("Бо ЮНИСЕФ ва САҲА, 2021–2023"));
    CHECK(made.districtUuids == QStringList{isfara});
    CHECK(made.expertiseUuids == QStringList{gender});
    CHECK_FALSE(made.memorandumSigned.isValid()); // left empty: not a member of the network
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, OrganisationListModel::Districts).data().toString() ==
          QStringLiteral("Isfara"));
    CHECK(session.undoStack()->undoText() == QStringLiteral("add %1 to the directory").arg(nur));

    // Ticking another district of the organisation shown saves it at once, as one undo step.
    districts->setEntryChecked(khujand, true);
    QStringList ticked = storedOrganisation(*db, made.meta.uuid).districtUuids;
    ticked.sort();
    QStringList both{isfara, khujand};
    both.sort();
    CHECK(ticked == both);
    session.undoStack()->undo();
    CHECK(storedOrganisation(*db, made.meta.uuid).districtUuids == QStringList{isfara});
    CHECK(districts->checked() == QStringList{isfara});

    // A service, on the third tab.
    child<QTabWidget>(page, "organisationTabs")->setCurrentIndex(2);
    const QString legalAid = test::referenceUuid(*db, QStringLiteral("service"), QStringLiteral("legal_aid"));
    choose(child<QComboBox>(page, "serviceKind"), legalAid);
    auto* description = child<QLineEdit>(page, "serviceDescription");
    description->setFocus();
    test::typeText(description, QStringLiteral("Маслиҳати ҳуқуқии ройгон барои занон"));
    QTest::mouseClick(child<QPushButton>(page, "addServiceButton"), Qt::LeftButton);
    auto services = DirectoryRepository(*db).services(made.meta.uuid);
    REQUIRE(services.ok());
    REQUIRE(services->size() == 1);
    CHECK(services->first().kindUuid == legalAid);
    CHECK(services->first().description == QStringLiteral("Маслиҳати ҳуқуқии ройгон барои занон"));
    CHECK(child<QTableWidget>(page, "servicesTable")->rowCount() == 1);
    CHECK(page.model()->index(0, OrganisationListModel::Services).data().toInt() == 1);
    session.undoStack()->undo();
    CHECK(DirectoryRepository(*db).services(made.meta.uuid)->isEmpty());
    CHECK(child<QTableWidget>(page, "servicesTable")->rowCount() == 0);

    // Undoing the creation takes it out of the list; the editor offers a new one.
    session.undoStack()->undo();
    CHECK(allOrganisations(*db).isEmpty());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.form()->isNew());
}

TEST_CASE("a field of an organisation is saved at once and its undo puts back that field alone",
          "[directory]")
{
    test::TempDatabase db;
    const QString uuid = makeOrganisation(*db, QStringLiteral("Маркази «Ҳамдилӣ»"), OrganisationKind::Cso,
                                          {placeUuid(*db, QStringLiteral("Isfara"))}, {});
    Session session(*db);
    DirectoryPage page(session);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("organisation"), uuid));
    CHECK(child<QTableView>(page, "organisationTable")->currentIndex().row() == 0);
    auto* phone = child<QLineEdit>(page, "organisationPhone");
    CHECK(phone->text() == QStringLiteral("+992 92 000 0001"));

    retype(phone, QStringLiteral("+992 93 555 4411"));
    CHECK(storedOrganisation(*db, uuid).phone == QStringLiteral("+992 93 555 4411"));
    CHECK(session.undoStack()->undoText() == QStringLiteral("change the phone number of Маркази «Ҳамдилӣ»"));
    retype(child<QLineEdit>(page, "organisationAddress"), QStringLiteral("ш. Исфара, кӯчаи Сомонӣ 3"));

    // Someone else changes the notes meanwhile (another page, an import).
    Organisation elsewhere = storedOrganisation(*db, uuid);
    elsewhere.notes = QStringLiteral("Аз ҷониби дигар");
    REQUIRE(DirectoryRepository(*db).updateOrganisation(elsewhere).ok());

    session.undoStack()->undo(); // the address
    Organisation after = storedOrganisation(*db, uuid);
    CHECK(after.address.isEmpty());
    CHECK(after.phone == QStringLiteral("+992 93 555 4411"));
    CHECK(after.notes == QStringLiteral("Аз ҷониби дигар"));
    session.undoStack()->undo(); // the phone
    after = storedOrganisation(*db, uuid);
    CHECK(after.phone == QStringLiteral("+992 92 000 0001"));
    CHECK(after.notes == QStringLiteral("Аз ҷониби дигар"));
    CHECK(phone->text() == QStringLiteral("+992 92 000 0001"));
    session.undoStack()->redo();
    CHECK(storedOrganisation(*db, uuid).phone == QStringLiteral("+992 93 555 4411"));
}

TEST_CASE("an organisation is deleted with its services after asking, and undo brings them back",
          "[directory]")
{
    test::TempDatabase db;
    const QString uuid = makeOrganisation(*db, QStringLiteral("Ҷамъияти «Шифо»"), OrganisationKind::Health,
                                          {placeUuid(*db, QStringLiteral("Isfara"))}, {});
    const QString service = makeService(*db, uuid, QStringLiteral("health_care"));
    Session session(*db);
    DirectoryPage page(session);
    page.show();
    page.openRecord(QStringLiteral("organisation"), uuid);
    QString asked;
    page.setConfirm([&asked](const QString& question) {
        asked = question;
        return false;
    });
    auto* remove = child<QPushButton>(page, "deleteOrganisationButton");
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("Ҷамъияти «Шифо»")));
    CHECK(asked.contains(QStringLiteral("1 service")));
    CHECK(allOrganisations(*db).size() == 1); // answered no

    page.setConfirm([](const QString&) { return true; });
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(allOrganisations(*db).isEmpty());
    CHECK(DirectoryRepository(*db).allServices()->isEmpty());
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(remove->isEnabled());

    session.undoStack()->undo();
    REQUIRE(allOrganisations(*db).size() == 1);
    CHECK(DirectoryRepository(*db).service(service).ok());
    CHECK(storedOrganisation(*db, uuid).districtUuids.size() == 1);
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("the search and the filters narrow the list of organisations", "[directory]")
{
    test::TempDatabase db;
    const QString isfara = placeUuid(*db, QStringLiteral("Isfara"));
    const QString khujand = placeUuid(*db, QStringLiteral("Khujand"));
    const QString youth = test::referenceUuid(*db, QStringLiteral("expertise"), QStringLiteral("youth_work"));
    const QString gender =
        test::referenceUuid(*db, QStringLiteral("expertise"), QStringLiteral("gender_gbv"));
    const QString nur = makeOrganisation(*db, QStringLiteral("ТҶ «Нур»"), OrganisationKind::Cso, {isfara},
                                         {gender}, QDate(2025, 4, 1));
    makeService(*db, nur, QStringLiteral("legal_aid"));
    makeOrganisation(*db, QStringLiteral("Шӯъбаи милитсияи Хуҷанд"), OrganisationKind::PoliceUnit, {khujand},
                     {});
    makeOrganisation(*db, QStringLiteral("Маркази ҷавонон"), OrganisationKind::Cso, {khujand}, {youth});
    Session session(*db);
    DirectoryPage page(session);
    page.show();
    OrganisationListModel* model = page.model();
    CHECK(model->rowCount() == 3);

    auto* kind = child<QComboBox>(page, "kindFilter");
    kind->setCurrentIndex(kind->findData(QString::number(int(OrganisationKind::Cso))));
    CHECK(model->rowCount() == 2);
    auto* district = child<QComboBox>(page, "districtFilter");
    choose(district, khujand);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Маркази ҷавонон"));
    kind->setCurrentIndex(0);
    CHECK(model->rowCount() == 2);
    district->setCurrentIndex(0);

    choose(child<QComboBox>(page, "expertiseFilter"), gender);
    CHECK(model->rowCount() == 1);
    child<QComboBox>(page, "expertiseFilter")->setCurrentIndex(0);
    choose(child<QComboBox>(page, "serviceFilter"),
           test::referenceUuid(*db, QStringLiteral("service"), QStringLiteral("legal_aid")));
    CHECK(model->rowCount() == 1);
    child<QComboBox>(page, "serviceFilter")->setCurrentIndex(0);
    child<QCheckBox>(page, "networkMembersOnly")->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, OrganisationListModel::MemberSince).data().toString() ==
          QStringLiteral("01.04.2025"));
    child<QCheckBox>(page, "networkMembersOnly")->setChecked(false);

    auto* search = child<QLineEdit>(page, "directorySearch");
    search->setFocus();
    test::typeText(search, QStringLiteral("милитсия"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, OrganisationListModel::Kind).data().toString() == QStringLiteral("Police unit"));
    CHECK(child<QLabel>(page, "organisationCount")->text().startsWith(QStringLiteral("1 organisation")));
}

TEST_CASE("a bad e-mail address is refused next to its field and nothing is written", "[directory]")
{
    test::TempDatabase db;
    const QString uuid = makeOrganisation(*db, QStringLiteral("ТҶ «Ҳамроҳ»"), OrganisationKind::Cso, {}, {});
    Session session(*db);
    DirectoryPage page(session);
    page.show();
    page.openRecord(QStringLiteral("organisation"), uuid);
    const QString before = test::dumpDatabase(*db);
    auto* email = child<QLineEdit>(page, "organisationEmail");
    retype(email, QStringLiteral("ҳамроҳ@mail"));
    CHECK(page.form()->errors()->messageFor(QStringLiteral("email")) ==
          QStringLiteral("«ҳамроҳ@mail» is not an e-mail address. Write it as name@example.tj, or leave it "
                         "empty."));
    CHECK(child<QLabel>(page, "organisationError_email")->isVisible());
    CHECK(email->text() == QStringLiteral("ҳамроҳ@mail")); // what was typed stays
    CHECK(test::dumpDatabase(*db) == before);
    CHECK(session.undoStack()->count() == 0);

    // A new organisation with a bad address is not added either.
    page.openRecord(QStringLiteral("organisation"), QString());
    auto* name = child<QLineEdit>(page, "organisationName");
    name->setFocus();
    test::typeText(name, QStringLiteral("Ташкилоти нав"));
    email->setFocus();
    test::typeText(email, QStringLiteral("нав.tj"));
    QTest::mouseClick(child<QPushButton>(page, "createOrganisationButton"), Qt::LeftButton);
    CHECK_FALSE(page.form()->errors()->messageFor(QStringLiteral("email")).isEmpty());
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("a refused e-mail address is said in Tajik", "[directory]")
{
    test::TempDatabase db;
    const QString uuid = makeOrganisation(*db, QStringLiteral("ТҶ «Ҳамроҳ»"), OrganisationKind::Cso, {}, {});
    test::LanguageScope tajik(QStringLiteral("tg"));
    Session session(*db);
    DirectoryPage page(session);
    page.show();
    page.openRecord(QStringLiteral("organisation"), uuid);
    retype(child<QLineEdit>(page, "organisationEmail"), QStringLiteral("hamroh@"));
    CHECK(page.form()->errors()->messageFor(QStringLiteral("email")) ==
          QStringLiteral("«hamroh@» суроғаи почтаи электронӣ нест. Онро ба шакли name@example.tj нависед ё "
                         "холӣ монед."));
}

TEST_CASE("a referral is added from the concern editor as counts, refused with nobody, and undone",
          "[directory]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString concern = test::makeConcern(*db, team, QStringLiteral("Зӯроварии хонаводагӣ дар маҳалла"));
    const QString organisation =
        makeOrganisation(*db, QStringLiteral("ТҶ «Нур»"), OrganisationKind::Cso, {}, {});
    const QString service = makeService(*db, organisation, QStringLiteral("psychosocial"));
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernEditor editor(session);
    editor.resize(900, 650);
    editor.show();
    editor.showConcern(concern);
    auto* tab = editor.findChild<ReferralsTab*>();
    REQUIRE(tab != nullptr);
    CHECK(tab->referrals()->rowCount() == 0);

    // Nobody counted: refused in the dialog, which stays open; nothing is written.
    const QString before = test::dumpDatabase(*db);
    ReferralDialog* dialog = tab->openDialog();
    REQUIRE(dialog != nullptr);
    CHECK(child<QLabel>(dialog, "referralNoNames")->text().contains(QStringLiteral("never a name")));
    auto* serviceCombo = child<QComboBox>(dialog, "referralService");
    CHECK(serviceCombo->currentData().toString() == service);
    CHECK(serviceCombo->currentText() == QStringLiteral("Psychosocial support — ТҶ «Нур»"));
    QTest::mouseClick(child<QPushButton>(dialog, "referralOk"), Qt::LeftButton);
    CHECK(dialog->errors()
              ->messageFor(QStringLiteral("people"))
              .contains(QStringLiteral("Names are never kept")));
    CHECK(dialog->isVisible());
    CHECK(test::dumpDatabase(*db) == before);
    CHECK(session.undoStack()->count() == 0);

    dialog->counts()->spinBox(Sex::Female, AgeBand::From18To29)->setValue(3);
    dialog->counts()->spinBox(Sex::Male, AgeBand::Under18)->setValue(2);
    QTest::mouseClick(child<QPushButton>(dialog, "referralOk"), Qt::LeftButton);
    auto referrals = DirectoryRepository(*db).referrals(team, concern);
    REQUIRE(referrals.ok());
    REQUIRE(referrals->size() == 1);
    const Referral made = referrals->first();
    CHECK(made.serviceUuid == service);
    CHECK(made.people.total() == 5);
    CHECK(made.people.at(Sex::Female, AgeBand::From18To29) == 3);
    CHECK(made.outcome == ReferralOutcome::Pending);
    CHECK(made.date == QDate::currentDate());
    REQUIRE(tab->referrals()->rowCount() == 1);
    CHECK(tab->referrals()->index(0, 1).data().toString() ==
          QStringLiteral("Psychosocial support — ТҶ «Нур»"));
    CHECK(tab->referrals()->index(0, 2).data().toString() == QStringLiteral("5"));
    CHECK(session.undoStack()->undoText().startsWith(QStringLiteral("add a referral to ")));

    session.undoStack()->undo();
    CHECK(DirectoryRepository(*db).referrals(team, concern)->isEmpty());
    CHECK(tab->referrals()->rowCount() == 0);
    session.undoStack()->redo();
    CHECK(DirectoryRepository(*db).referrals(team, concern)->size() == 1);
}

TEST_CASE("a member's organisation chosen from the directory points at it, typed text at none", "[directory]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString organisation =
        makeOrganisation(*db, QStringLiteral("Кумитаи занони ҷамоат"), OrganisationKind::StateBody, {}, {});
    Member member;
    member.teamUuid = team;
    member.name = QStringLiteral("Мунира Ҳакимова");
    member.category = MemberCategory::Cso;
    auto created = TeamRepository(*db).createMember(member);
    REQUIRE(created.ok());
    Session session(*db);
    session.setCurrentTeam(team);
    TeamPage page(session);
    page.resize(1150, 700);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("member"), created->meta.uuid));

    auto* choice = child<QComboBox>(page, "memberOrganisationChoice");
    const int row = choice->findData(organisation);
    REQUIRE(row >= 0);
    choice->setCurrentIndex(row); // picked in the list, as the popup does
    Q_EMIT choice->activated(row);
    auto stored = TeamRepository(*db).member(created->meta.uuid);
    REQUIRE(stored.ok());
    CHECK(stored->organisationUuid == organisation);
    CHECK(stored->organisation == QStringLiteral("Кумитаи занони ҷамоат"));
    CHECK(session.undoStack()->undoText() == QStringLiteral("change the organisation of Мунира Ҳакимова"));

    // Free text that names no entry is kept, pointing at none.
    retype(child<QLineEdit>(page, "memberOrganisation"), QStringLiteral("Маҳаллаи «Гулистон»"));
    stored = TeamRepository(*db).member(created->meta.uuid);
    CHECK(stored->organisation == QStringLiteral("Маҳаллаи «Гулистон»"));
    CHECK(stored->organisationUuid.isEmpty());

    session.undoStack()->undo();
    stored = TeamRepository(*db).member(created->meta.uuid);
    CHECK(stored->organisationUuid == organisation);
    CHECK(choice->currentText() == QStringLiteral("Кумитаи занони ҷамоат"));
}

TEST_CASE("an activity's lead organisation and partners are chosen from the directory, each an undo step",
          "[directory]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    Activity work;
    work.measure = QStringLiteral("Вохӯрӣ бо занони маҳалла");
    const test::PlannedActivity planned = test::makePlannedActivity(*db, team, work);
    const QString nur = makeOrganisation(*db, QStringLiteral("ТҶ «Нур»"), OrganisationKind::Cso, {}, {});
    const QString youth =
        makeOrganisation(*db, QStringLiteral("Маркази ҷавонон"), OrganisationKind::Cso, {}, {});
    Session session(*db);
    session.setCurrentTeam(team);
    plans::ActivitiesPanel panel(session);
    panel.resize(1100, 650);
    panel.show();
    panel.setPlan(planned.plan.meta.uuid);
    REQUIRE(panel.selectActivity(planned.activity.meta.uuid));
    const QString activity = planned.activity.meta.uuid;

    auto* lead = child<QComboBox>(panel, "activityLeadOrganisation");
    CHECK(lead->currentData().toString().isEmpty()); // none chosen
    choose(lead, nur);
    auto stored = PlanRepository(*db).activity(activity);
    REQUIRE(stored.ok());
    CHECK(stored->leadOrganisationUuid == nur);
    CHECK(stored->measure == QStringLiteral("Вохӯрӣ бо занони маҳалла"));

    auto* partners = child<CheckList>(panel, "activityDirectoryPartners");
    partners->setEntryChecked(youth, true);
    CHECK(*DirectoryRepository(*db).activityPartners(activity) == QStringList{youth});
    partners->setEntryChecked(nur, true);
    CHECK(DirectoryRepository(*db).activityPartners(activity)->size() == 2);

    session.undoStack()->undo();
    CHECK(*DirectoryRepository(*db).activityPartners(activity) == QStringList{youth});
    CHECK(partners->checked() == QStringList{youth});
    session.undoStack()->undo();
    CHECK(DirectoryRepository(*db).activityPartners(activity)->isEmpty());
    session.undoStack()->undo();
    CHECK(PlanRepository(*db).activity(activity)->leadOrganisationUuid.isEmpty());
    CHECK(lead->currentData().toString().isEmpty());
}

// Not a test: pictures of the Directory page and the referral dialog in the main window at 1366×768, to look
// at. Run with "[.directoryshots]"; HAMKORI_SHOT_LANG picks en (default), tg or ru, HAMKORI_SHOTS the folder.
TEST_CASE("screenshots of the directory", "[.directoryshots]")
{
    const QString language = qEnvironmentVariable("HAMKORI_SHOT_LANG", QStringLiteral("en"));
    const QString folder =
        qEnvironmentVariable("HAMKORI_SHOTS", QStringLiteral("/tmp/hamkori-directory-%1").arg(language));
    QDir().mkpath(folder);
    test::LanguageScope chosen(language);
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString concern = test::makeConcern(*db, team, QStringLiteral("Зӯроварии хонаводагӣ дар маҳалла"));
    const QString isfara = placeUuid(*db, QStringLiteral("Isfara"));
    const QString khujand = placeUuid(*db, QStringLiteral("Khujand"));
    const auto expertise = [&db](const char* code) {
        return test::referenceUuid(*db, QStringLiteral("expertise"), QLatin1String(code));
    };
    const QString nur = makeOrganisation(
        *db, QStringLiteral("Ташкилоти ҷамъиятии «Нури ҳаёт»"), OrganisationKind::Cso, {isfara, khujand},
        {expertise("gender_gbv"), expertise("human_rights")}, QDate(2025, 5, 12));
    makeService(*db, nur, QStringLiteral("legal_aid"));
    makeService(*db, nur, QStringLiteral("psychosocial"));
    makeOrganisation(*db, QStringLiteral("Шуъбаи корҳои дохилии ноҳияи Исфара"), OrganisationKind::PoliceUnit,
                     {isfara}, {expertise("community_policing")});
    makeOrganisation(*db, QStringLiteral("Маркази ҷавонони «Ояндасоз»"), OrganisationKind::Cso, {khujand},
                     {expertise("youth_work"), expertise("violent_extremism")}, QDate(2024, 11, 3));
    makeOrganisation(*db, QStringLiteral("UNDP Tajikistan"), OrganisationKind::International, {}, {});
    MainWindow window(*db);
    window.session().setCurrentTeam(team);
    window.resize(1366, 768);
    window.show();
    const auto save = [&](const QString& name, QWidget* what) {
        QTest::qWait(200);
        REQUIRE(what->grab().save(QStringLiteral("%1/%2.png").arg(folder, name)));
    };
    const QList<Page*> pages = window.pages();
    for (int i = 0; i < pages.size(); ++i)
        if (qobject_cast<DirectoryPage*>(pages[i]))
            window.showPage(i);
    auto* page = window.findChild<DirectoryPage*>();
    REQUIRE(page != nullptr);
    page->openRecord(QStringLiteral("organisation"), nur);
    save(QStringLiteral("1-directory"), &window);
    auto* tabs = child<QTabWidget>(*page, "organisationTabs");
    tabs->setCurrentIndex(1);
    save(QStringLiteral("2-directory-where"), &window);
    tabs->setCurrentIndex(2);
    save(QStringLiteral("3-directory-services"), &window);
    page->openRecord(QStringLiteral("organisation"), QString());
    save(QStringLiteral("4-directory-new"), &window);

    window.session().requestOpen(QStringLiteral("concern"), concern);
    auto* editor = window.findChild<ConcernEditor*>();
    REQUIRE(editor != nullptr);
    child<QTabWidget>(*editor, "concernTabs")->setCurrentIndex(4);
    save(QStringLiteral("5-concern-referrals"), &window);
    ReferralDialog* dialog = editor->findChild<ReferralsTab*>()->openDialog();
    REQUIRE(dialog != nullptr);
    dialog->counts()->spinBox(Sex::Female, AgeBand::From18To29)->setValue(3);
    save(QStringLiteral("6-referral-dialog"), dialog);
    dialog->reject();

    Activity work;
    work.measure = QStringLiteral("Вохӯрӣ бо занони маҳалла дар бораи хизматрасониҳои ҳуқуқӣ");
    const test::PlannedActivity planned = test::makePlannedActivity(*db, team, work);
    window.session().requestOpen(QStringLiteral("plan"), planned.plan.meta.uuid);
    auto* activities = window.findChild<plans::ActivitiesPanel*>();
    REQUIRE(activities != nullptr);
    child<QTabWidget>(window, "planTabs")->setCurrentIndex(1);
    activities->selectActivity(planned.activity.meta.uuid);
    child<QTabWidget>(*activities, "activityTabs")->setCurrentIndex(3);
    save(QStringLiteral("7-activity-organisations"), &window);
}
