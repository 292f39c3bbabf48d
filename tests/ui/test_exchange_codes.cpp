// Issue 16, the findings about human codes after an exchange, as a person meets them in the window: the
// Exchange page's import tells which code a concern numbered alike on two laptops took (4), and the Team page
// warns of a team code another team has too and leads to where it changes (5).
#include "core/storage/ConcernRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/ExchangePage.h"
#include "ui/pages/TeamPage.h"
#include "ui/pages/exchange/ImportPanel.h"
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::test::child;

namespace {

const QString kPassphrase = u"кӯҳҳои баланд ва дарёи Сир"_s;

void applyDirectly(Database& from, Database& to)
{
    auto bundle = test::exportable(from, {}, {});
    REQUIRE(bundle.ok());
    auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
}

Concern addConcern(Database& db, const QString& team, const QString& title)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = test::categoryUuid(db);
    concern.firstRaised = QDate(2026, 3, 2);
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

QString makeTeamIn(Database& db, const QString& name, const QString& place)
{
    auto district = ReferenceRepository(db).findPlace(place);
    REQUIRE(district.ok());
    Team team;
    team.name = name;
    team.code = u"ISF"_s;
    team.districtUuid = district->meta.uuid;
    auto created = TeamRepository(db).createTeam(team);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

QString bundleFile(Database& from, const QString& folder)
{
    auto bundle = test::exportable(from, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(folder, *bundle, kPassphrase, test::deviceKey(from));
    INFO(file.errorMessage().toStdString());
    REQUIRE(file.ok());
    return *file;
}

/// Imports a bundle file through the Exchange page's button; returns the lines shown.
QStringList importThroughPage(Session& session, const QString& file)
{
    ExchangePage page(session);
    page.resize(1366, 700);
    page.show();
    test::typeText(child<QLineEdit>(page, "exchangePassphrase"), kPassphrase);
    page.importPanel()->setFileChooser([file](const QString&) { return file; });
    page.importPanel()->trustQuestion().setAnswer([](const QString&) { return true; });
    page.showTab(1);
    QTest::mouseClick(child<QPushButton>(page, "importFile"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page.importPanel()->isBusy(); }, 60000));
    return page.importPanel()->messages();
}

} // namespace

TEST_CASE("Finding 4: the import shows which code a concern numbered alike on another laptop took",
          "[ui][exchange]")
{
    test::TempDatabase a, b;
    const QString team = test::makeTeam(*a);
    applyDirectly(*a, *b);
    const Concern mine = addConcern(*a, team, u"Кӯчаҳои торик"_s);
    b.clock.advance(60 * 1000);
    const Concern theirs = addConcern(*b, team, u"Дуздии чорво"_s);
    REQUIRE(mine.code == theirs.code);
    QTemporaryDir stick;
    auto bundle = test::exportable(*b, {}, {});
    REQUIRE(bundle.ok());
    auto file = sync::writeBundleFile(stick.path(), *bundle, kPassphrase, test::deviceKey(*b));
    REQUIRE(file.ok());

    Session session(*a);
    session.setCurrentTeam(team);
    const QStringList shown = importThroughPage(session, *file);
    INFO(shown.join(u'\n').toStdString());
    const QString told =
        u"%1 was also used on another laptop: the later one is now %2."_s.arg(mine.code, u"ISF-2026-002"_s);
    CHECK(std::any_of(shown.begin(), shown.end(), [&](const QString& line) { return line.endsWith(told); }));
    CHECK(ConcernRepository(*a).concern(theirs.meta.uuid)->code == u"ISF-2026-002"_s);
    CHECK(ConcernRepository(*a).concern(mine.meta.uuid)->code == mine.code);
}

TEST_CASE(
    "Finding 5: the import tells of a team code two teams have, and the Team page warns and leads to the "
    "code to change it",
    "[ui][exchange][team]")
{
    test::TempDatabase a, b;
    const QString isfara = makeTeamIn(*a, u"CPPT of Isfara"_s, u"Isfara"_s);
    b.clock.advance(60 * 1000);
    const QString khujand = makeTeamIn(*b, u"CPPT of Khujand"_s, u"Khujand"_s);
    QTemporaryDir stick;
    Session session(*a);
    session.setCurrentTeam(isfara);
    const QStringList shown = importThroughPage(session, bundleFile(*b, stick.path()));
    INFO(shown.join(u'\n').toStdString());
    CHECK(std::any_of(shown.begin(), shown.end(), [](const QString& line) {
        return line.contains(u"teams now have the code ISF: «CPPT of Isfara» (Isfara), «CPPT of Khujand» "
                             u"(Khujand)."_s);
    }));

    TeamPage page(session);
    page.resize(1130, 650);
    page.show();
    QWidget* warning = child<QWidget>(page, "teamCodeShared");
    CHECK(warning->isVisible());
    CHECK(child<QLabel>(page, "teamCodeSharedText")
              ->text()
              .contains(u"also have the code ISF: «CPPT of Khujand» (Khujand)"_s));
    session.setCurrentTeam(khujand); // the other team's page warns too
    CHECK(warning->isVisible());
    CHECK(child<QLabel>(page, "teamCodeSharedText")->text().contains(u"«CPPT of Isfara» (Isfara)"_s));
    session.setCurrentTeam(isfara);
    QTest::mouseClick(child<QPushButton>(page, "changeTeamCodeButton"), Qt::LeftButton);
    auto* code = child<QLineEdit>(page, "teamCode");
    CHECK(code->selectedText() == u"ISF"_s); // ready to be typed over
    QTest::keyClick(code, Qt::Key_Backspace);
    test::typeText(code, u"ISFC"_s);
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(TeamRepository(*a).team(isfara)->code == u"ISFC"_s);
    CHECK(TeamRepository(*a).team(khujand)->code == u"ISF"_s);
    CHECK_FALSE(warning->isVisible());

    // The other team's page no longer warns either: ISF names one team again.
    session.setCurrentTeam(khujand);
    CHECK(TeamRepository(*a).findTeam(u"ISF"_s)->meta.uuid == khujand);
    CHECK_FALSE(warning->isVisible());
}
