// The Campaigns page driven offscreen, typing Tajik: a campaign created with its channels and a concern, its
// reach typed cell by cell, an indirect estimate refused without its method and saved with it, materials
// added, changed and deleted, single edits undone alone, the campaign deleted and brought back; and the
// channels and headers following a change of language.
#include "core/storage/CampaignRepository.h"
#include "support/PageFixture.h"
#include "support/UiTestSupport.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/campaigns/MaterialModel.h"
#include "ui/pages/campaigns/MaterialsPanel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCheckBox>
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

Campaign stored(Database& db, const QString& uuid)
{
    auto campaign = CampaignRepository(db).campaign(uuid);
    INFO(campaign.errorMessage().toStdString());
    REQUIRE(campaign.ok());
    return *campaign;
}

QList<CampaignMaterial> materialsOf(Database& db, const QString& uuid)
{
    auto materials = CampaignRepository(db).materials(uuid);
    REQUIRE(materials.ok());
    return *materials;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void setCount(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

/// Ticks or unticks a channel as a person at the keyboard would: Space on its box.
void toggleChannel(QWidget& page, const char* code)
{
    auto* box = child<QCheckBox>(page, QStringLiteral("channel_") + QLatin1String(code));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void tickConcern(QListWidget* list, const QString& uuid)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == uuid) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    FAIL("no concern " << uuid.toStdString());
}

/// Creates a campaign through the page's form: its title typed in Tajik, March 2026, on the radio and in
/// schools, serving `concern`.
QString createCampaign(test::PageFixture<CampaignsPage>& f, const QString& concern)
{
    CampaignsPage& page = *f.page;
    QTest::mouseClick(child<QPushButton>(page, "newCampaignButton"), Qt::LeftButton);
    auto* title = child<QLineEdit>(page, "campaignTitle");
    title->setFocus();
    test::typeText(title, QStringLiteral("Роҳи бехатар ба мактаб"));
    typeInto(child<OptionalDateEdit>(page, "campaignStart"), QStringLiteral("01.03.2026"));
    typeInto(child<OptionalDateEdit>(page, "campaignEnd"), QStringLiteral("31.03.2026"));
    toggleChannel(page, "radio");
    toggleChannel(page, "school");
    tickConcern(child<QListWidget>(page, "campaignConcerns"), concern);
    CHECK(CampaignRepository(*f.db).campaigns({f.team})->isEmpty()); // nothing before "Create campaign"
    QTest::mouseClick(child<QPushButton>(page, "createCampaignButton"), Qt::LeftButton);
    auto campaigns = CampaignRepository(*f.db).campaigns({f.team});
    REQUIRE(campaigns.ok());
    REQUIRE(campaigns->size() == 1);
    return campaigns->first().campaign.meta.uuid;
}

} // namespace

TEST_CASE("a campaign is created with channels and a concern, and a tick and a reach cell are undone alone",
          "[campaigns-page]")
{
    test::PageFixture<CampaignsPage> f;
    const QString concern = test::makeConcern(*f.db, f.team, QStringLiteral("Бехатарии роҳ назди мактаб"));
    CampaignsPage& page = f.open();
    auto* list = child<QTableView>(page, "campaignList");
    f.checkModel(list->model());

    const QString uuid = createCampaign(f, concern);
    Campaign campaign = stored(*f.db, uuid);
    CHECK(campaign.title == QStringLiteral("Роҳи бехатар ба мактаб"));
    CHECK(campaign.code == QStringLiteral("ISF-C-2026-01"));
    CHECK(campaign.start == QDate(2026, 3, 1));
    CHECK(campaign.end == QDate(2026, 3, 31));
    CHECK(campaign.channels == (QStringList{QStringLiteral("radio"), QStringLiteral("school")}));
    CHECK(campaign.concernUuids == QStringList{concern});
    CHECK(page.currentCampaign() == uuid);
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("ISF-C-2026-01"));
    CHECK(list->model()->index(0, 4).data().toString() == QStringLiteral("Radio, Schools"));
    CHECK_FALSE(child<QPushButton>(page, "createCampaignButton")->isVisible());

    // Ticking television is one edit of the channels, undone alone.
    QUndoStack* stack = f.session.undoStack();
    typeInto(child<QLineEdit>(page, "campaignTitle"), QStringLiteral("Роҳи бехатар ба мактаб ва хона"));
    toggleChannel(page, "tv");
    CHECK(stored(*f.db, uuid).channels ==
          (QStringList{QStringLiteral("tv"), QStringLiteral("radio"), QStringLiteral("school")}));
    CHECK(stack->undoText() == QStringLiteral("change the channels of ISF-C-2026-01"));
    stack->undo();
    campaign = stored(*f.db, uuid);
    CHECK(campaign.channels == (QStringList{QStringLiteral("radio"), QStringLiteral("school")}));
    CHECK(campaign.title == QStringLiteral("Роҳи бехатар ба мактаб ва хона"));
    CHECK_FALSE(child<QCheckBox>(page, "channel_tv")->isChecked());

    // The people reached directly, cell by cell; undo takes back the last cell only.
    child<QTabWidget>(page, "campaignTabs")->setCurrentIndex(1);
    setCount(child<QSpinBox>(page, "campaignReached_f_18_29"), 40);
    setCount(child<QSpinBox>(page, "campaignReached_m_u18"), 25);
    campaign = stored(*f.db, uuid);
    CHECK(campaign.reached.at(Sex::Female, AgeBand::From18To29) == 40);
    CHECK(campaign.reached.at(Sex::Male, AgeBand::Under18) == 25);
    CHECK(child<QLabel>(page, "campaignReachedTotal")->text() == QStringLiteral("65"));
    stack->undo();
    campaign = stored(*f.db, uuid);
    CHECK(campaign.reached.at(Sex::Male, AgeBand::Under18) == 0);
    CHECK(campaign.reached.at(Sex::Female, AgeBand::From18To29) == 40);
    CHECK(campaign.title == QStringLiteral("Роҳи бехатар ба мактаб ва хона"));
    CHECK(child<QSpinBox>(page, "campaignReached_m_u18")->value() == 0);
    CHECK(list->model()->index(0, 5).data().toString() == QStringLiteral("40"));
}

TEST_CASE("an indirect estimate is refused without its method and saved with it, and materials and deletion "
          "are undone",
          "[campaigns-page]")
{
    test::PageFixture<CampaignsPage> f;
    const QString concern = test::makeConcern(*f.db, f.team, QStringLiteral("Ҷавонон ва маводи мухаддир"));
    CampaignsPage& page = f.open();
    const QString uuid = createCampaign(f, concern);
    QUndoStack* stack = f.session.undoStack();
    child<QTabWidget>(page, "campaignTabs")->setCurrentIndex(1);

    // An estimate without the way it was made: core's message beside the method, nothing written.
    const QString before = test::dumpDatabase(*f.db);
    const int steps = stack->count();
    setCount(child<QSpinBox>(page, "campaignIndirect"), 20000);
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK(stack->count() == steps);
    auto* message = child<QLabel>(page, "campaignError_indirect_method");
    CHECK(message->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("Say how the number reached indirectly was estimated")));
    CHECK(child<QSpinBox>(page, "campaignIndirect")->value() == 20000); // what was typed stays

    // With the method, both are saved.
    typeInto(child<QLineEdit>(page, "campaignIndirectMethod"), QStringLiteral("Шунавандагони радиои ноҳия"));
    Campaign campaign = stored(*f.db, uuid);
    CHECK(campaign.reachedIndirectly == 20000);
    CHECK(campaign.indirectMethod == QStringLiteral("Шунавандагони радиои ноҳия"));
    CHECK_FALSE(message->isVisible());
    CHECK(child<QTableView>(page, "campaignList")->model()->index(0, 6).data().toString() ==
          QStringLiteral("20,000"));

    // Materials: added, changed in place and undone alone, deleted and brought back.
    child<QTabWidget>(page, "campaignTabs")->setCurrentIndex(2);
    auto* panel = page.findChild<MaterialsPanel*>();
    REQUIRE(panel != nullptr);
    f.checkModel(panel->model());
    auto* item = child<QLineEdit>(page, "newMaterialItem");
    item->setFocus();
    test::typeText(item, QStringLiteral("Варақаҳо"));
    setCount(child<QSpinBox>(page, "newMaterialQuantity"), 500);
    QTest::mouseClick(child<QPushButton>(page, "addMaterialButton"), Qt::LeftButton);
    item->setFocus();
    test::typeText(item, QStringLiteral("Плакатҳо"));
    setCount(child<QSpinBox>(page, "newMaterialQuantity"), 40);
    QTest::mouseClick(child<QPushButton>(page, "addMaterialButton"), Qt::LeftButton);
    QList<CampaignMaterial> materials = materialsOf(*f.db, uuid);
    REQUIRE(materials.size() == 2);
    CHECK(materials[0].item == QStringLiteral("Варақаҳо")); // by name
    CHECK(materials[0].quantity == 500);
    CHECK(materials[1].item == QStringLiteral("Плакатҳо"));
    CHECK(materials[1].quantity == 40);
    CHECK(item->text().isEmpty());

    // A material without a name is refused, nothing written.
    const QString withTwo = test::dumpDatabase(*f.db);
    QTest::mouseClick(child<QPushButton>(page, "addMaterialButton"), Qt::LeftButton);
    CHECK(test::dumpDatabase(*f.db) == withTwo);
    CHECK_FALSE(panel->errors()->messageFor(QStringLiteral("item")).isEmpty());

    MaterialModel* model = panel->model();
    REQUIRE(model->setData(model->index(0, MaterialModel::Quantity), 450));
    REQUIRE(model->setData(model->index(0, MaterialModel::Item), QStringLiteral("Варақаҳои огоҳсозӣ")));
    stack->undo(); // the name
    materials = materialsOf(*f.db, uuid);
    CHECK(materials[0].item == QStringLiteral("Варақаҳо"));
    CHECK(materials[0].quantity == 450);

    auto* table = child<QTableView>(page, "materialTable");
    table->setCurrentIndex(model->index(model->rowOf(materials[1].meta.uuid), 0));
    QTest::mouseClick(child<QPushButton>(page, "deleteMaterialButton"), Qt::LeftButton);
    CHECK(materialsOf(*f.db, uuid).size() == 1);
    stack->undo();
    CHECK(materialsOf(*f.db, uuid).size() == 2);

    // Deleting the campaign asks first; undo brings it back with its materials.
    QString asked;
    page.setConfirm([&](const QString& question) {
        asked = question;
        return true;
    });
    child<QTabWidget>(page, "campaignTabs")->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(page, "deleteCampaignButton"), Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("ISF-C-2026-01")));
    CHECK(CampaignRepository(*f.db).campaigns({f.team})->isEmpty());
    CHECK(child<QTableView>(page, "campaignList")->model()->rowCount() == 0);
    CHECK(page.currentCampaign().isEmpty());
    stack->undo();
    CHECK(stored(*f.db, uuid).reachedIndirectly == 20000);
    CHECK(materialsOf(*f.db, uuid).size() == 2);
    CHECK(child<QTableView>(page, "campaignList")->model()->rowCount() == 1);
}

TEST_CASE("the search keeps the campaigns whose title matches, and a campaign opens by its record",
          "[campaigns-page]")
{
    test::PageFixture<CampaignsPage> f;
    const QString other = test::makeTeam(*f.db, QStringLiteral("KHJ"));
    Campaign radio;
    radio.teamUuid = f.team;
    radio.title = QStringLiteral("Радио барои ҷавонон");
    radio.start = QDate(2026, 2, 1);
    Campaign school = radio;
    school.title = QStringLiteral("Дар мактабҳо бо волидон");
    school.start = QDate(2026, 4, 1);
    Campaign elsewhere = radio;
    elsewhere.teamUuid = other;
    elsewhere.title = QStringLiteral("Хона ба хона дар Хуҷанд");
    CampaignRepository campaigns(*f.db);
    REQUIRE(campaigns.createCampaign(radio).ok());
    REQUIRE(campaigns.createCampaign(school).ok());
    auto foreign = campaigns.createCampaign(elsewhere);
    REQUIRE(foreign.ok());
    CampaignsPage& page = f.open();
    auto* list = child<QTableView>(page, "campaignList");
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(list->model()->index(0, 3).data().toString() == school.title); // newest first

    auto* search = child<QLineEdit>(page, "campaignSearch");
    search->setFocus();
    test::typeText(search, QStringLiteral("ҷавонон"));
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 3).data().toString() == radio.title);
    CHECK(child<QLabel>(page, "campaignCount")->text().contains(QStringLiteral("1 of 2")));

    // Another team's campaign opens on its team.
    REQUIRE(page.openRecord(QStringLiteral("campaign"), foreign->meta.uuid));
    CHECK(f.session.currentTeam() == other);
    CHECK(page.currentCampaign() == foreign->meta.uuid);
    CHECK(child<QLineEdit>(page, "campaignTitle")->text() == elsewhere.title);
    CHECK_FALSE(page.openRecord(QStringLiteral("event"), foreign->meta.uuid));
}

TEST_CASE("the channels and the list's headers follow a change of language from Tajik to Russian",
          "[campaigns-page]")
{
    test::PageFixture<CampaignsPage> f;
    test::LanguageScope tajik(QStringLiteral("tg"));
    CampaignsPage& page = f.open();
    auto* radio = child<QCheckBox>(page, "channel_radio");
    auto* doors = child<QCheckBox>(page, "channel_door_to_door");
    QAbstractItemModel* list = child<QTableView>(page, "campaignList")->model();
    CHECK(doors->text() == QStringLiteral("Хона ба хона"));
    CHECK(list->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Воситаҳо"));
    CHECK(child<QTabWidget>(page, "campaignTabs")->tabText(2) == QStringLiteral("&Мавод"));
    {
        test::LanguageScope russian(QStringLiteral("ru"));
        QCoreApplication::processEvents();
        CHECK(radio->text() == QStringLiteral("Радио"));
        CHECK(doors->text() == QStringLiteral("Поквартирный обход"));
        CHECK(child<QCheckBox>(page, "channel_social_media")->text() == QStringLiteral("Социальные сети"));
        CHECK(list->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Каналы"));
        CHECK(list->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Код"));
        CHECK(child<QTabWidget>(page, "campaignTabs")->tabText(2) == QStringLiteral("&Материалы"));
    }
}
