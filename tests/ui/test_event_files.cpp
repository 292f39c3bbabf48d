// The Events and Campaigns pages' file buttons driven offscreen: the chosen training's attendance sheet and
// certificates written through their dialog in Tajik and read back, the papers waiting until an event is
// chosen, a clear message instead of a file when nobody is named, and the team's events and campaigns as CSV
// without a participant's name.
#include "support/EventFixture.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/EventFileButtons.h"
#include "ui/documents/EventDocumentDialog.h"
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

using namespace hamkori;
using namespace hamkori::test;

namespace {

QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

QString readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE(
    "The Events page's buttons print the chosen training's attendance sheet and certificates, and export "
    "the team's events without names",
    "[event-files]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    TempDatabase db;
    EventFixture fixture(*db);
    Session session(*db);
    session.setCurrentTeam(fixture.team);
    QString chosen;
    csv::EventFileButtons buttons(
        session, csv::EventFileButtons::Kind::Events, [&session] { return session.currentTeam(); },
        [&chosen] { return chosen; });
    buttons.show();
    // No event chosen: the papers wait; the CSV of the team does not.
    CHECK_FALSE(buttons.attendanceButton()->isEnabled());
    CHECK_FALSE(buttons.certificatesButton()->isEnabled());
    CHECK(buttons.exportButton()->isEnabled());
    chosen = fixture.training.meta.uuid;
    buttons.eventChanged();
    CHECK(buttons.attendanceButton()->isEnabled());

    documents::EventDocumentDialog* sheet = buttons.openAttendanceSheet();
    const QString sheetPath = dir.filePath(QStringLiteral("рӯйхат"));
    sheet->setFileName(sheetPath);
    sheet->setBlankRows(4);
    REQUIRE(sheet->writeNow().ok());
    CHECK(sheet->message().contains(QStringLiteral("рӯйхат.pdf")));
    const QString sheetText = pdfText(sheetPath + QStringLiteral(".pdf"));
    for (const QString& name : EventFixture::kNames)
        CHECK(sheetText.contains(name));
    CHECK(sheetText.contains(QStringLiteral("12.03.2026")));
    sheet->close();

    documents::EventDocumentDialog* certificates = buttons.openCertificates();
    const QString certificatesPath = dir.filePath(QStringLiteral("certificates.pdf"));
    certificates->setFileName(certificatesPath);
    certificates->setSignatory(QStringLiteral("Назарова Мавзуна"), QStringLiteral("Муовини раиси шаҳр"));
    REQUIRE(certificates->writeNow().ok());
    const QString printed = pdfText(certificatesPath);
    CHECK(printed.contains(QStringLiteral("Ӯсмонова Зуҳро")));
    CHECK(printed.contains(QStringLiteral("Назарова Мавзуна")));
    certificates->close();

    // The round table has nobody named: a message says so, and no file is written.
    chosen = fixture.roundTable.meta.uuid;
    documents::EventDocumentDialog* none = buttons.openCertificates();
    const QString nonePath = dir.filePath(QStringLiteral("none.pdf"));
    none->setFileName(nonePath);
    REQUIRE_FALSE(none->writeNow().ok());
    CHECK_FALSE(none->message().isEmpty());
    CHECK_FALSE(QFile::exists(nonePath));
    none->close();

    csv::CsvExportDialog* exporting = buttons.openExport();
    auto* allTeams = exporting->findChild<QCheckBox*>(QStringLiteral("csvAllTeams"));
    REQUIRE(allTeams != nullptr);
    CHECK(allTeams->isVisibleTo(exporting));
    CHECK_FALSE(allTeams->isChecked());
    const QString csvPath = dir.filePath(QStringLiteral("events.csv"));
    exporting->setFileName(csvPath);
    auto written = exporting->exportNow();
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(exporting->message().startsWith(QStringLiteral("Wrote 2 events")));
    const QString csv = readFile(csvPath);
    CHECK(csv.contains(QStringLiteral("Пешгирии зӯроварӣ дар оила")));
    for (const QString& name : EventFixture::kNames)
        CHECK_FALSE(csv.contains(name));
    exporting->close();
}

TEST_CASE("The Campaigns page's button exports the team's campaigns", "[event-files]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    TempDatabase db;
    EventFixture fixture(*db);
    Session session(*db);
    session.setCurrentTeam(fixture.team);
    csv::EventFileButtons buttons(session, csv::EventFileButtons::Kind::Campaigns,
                                  [&session] { return session.currentTeam(); }, {});
    buttons.show();
    CHECK_FALSE(buttons.attendanceButton()->isVisibleTo(&buttons));
    csv::CsvExportDialog* exporting = buttons.openExport();
    const QString csvPath = dir.filePath(QStringLiteral("campaigns.csv"));
    exporting->setFileName(csvPath);
    auto written = exporting->exportNow();
    REQUIRE(written.ok());
    CHECK(*written == 1);
    CHECK(readFile(csvPath).contains(fixture.campaign.title));
    exporting->close();
}
