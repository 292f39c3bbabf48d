// The first window, driven offscreen: it lists the teams of the data file with their districts and counts.
#include "core/model/Meeting.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/TeamListModel.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace hamkori;

namespace {

QTableView* teamTable(MainWindow& window)
{
    auto* table = window.findChild<QTableView*>();
    REQUIRE(table != nullptr);
    return table;
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

TEST_CASE("the main window lists the teams with district and counts", "[ui]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = QDate(2026, 3, 10);
    REQUIRE(MeetingRepository(*db).createMeeting(meeting).ok());

    MainWindow window(*db);
    window.resize(1366, 768);
    window.show();
    QTableView* table = teamTable(window);
    QAbstractItemModel* model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, TeamListModel::Code) == QStringLiteral("ISF"));
    CHECK(cell(model, 0, TeamListModel::District) == QStringLiteral("Isfara"));
    CHECK(cell(model, 0, TeamListModel::Meetings) == QStringLiteral("1"));
    CHECK(cell(model, 0, TeamListModel::Concerns) == QStringLiteral("0"));

    // A team added through core appears without a restart: the model follows the database's change signal.
    test::makeTeam(*db, QStringLiteral("KUL"));
    CHECK(model->rowCount() == 2);
}

TEST_CASE("an empty data file says how to load the demo", "[ui]")
{
    test::TempDatabase db;
    MainWindow window(*db);
    window.show();
    bool hintShown = false;
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->isVisible() && label->text().contains(QStringLiteral("hamkori-cli demo")))
            hintShown = true;
    CHECK(hintShown);
    CHECK(teamTable(window)->model()->rowCount() == 0);
}

TEST_CASE("district names follow the interface language", "[ui]")
{
    test::TempDatabase db;
    test::makeTeam(*db, QStringLiteral("ISF"));
    REQUIRE(Translations::install(QStringLiteral("tg")));
    MainWindow window(*db);
    QAbstractItemModel* model = teamTable(window)->model();
    CHECK(cell(model, 0, TeamListModel::District) == QStringLiteral("Шаҳри Исфара"));
    CHECK(model->headerData(TeamListModel::District, Qt::Horizontal).toString() !=
          QStringLiteral("District or city"));
    Translations::install(QStringLiteral("en"));
}
