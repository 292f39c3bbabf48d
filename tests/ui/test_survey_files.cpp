// The Surveys page's file buttons driven offscreen (issue 21): they wait until a round is chosen; the summary
// dialog writes the chosen round's one page in Tajik, typed file name and all, read back with pdftotext; the
// CSV dialog writes the indicators, and the round's sheets only when its unticked sensitive box is ticked.
#include "support/SurveyDocsFixture.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/csv/SurveyExportDialog.h"
#include "ui/csv/SurveyFileButtons.h"
#include "ui/documents/SurveySummaryDialog.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

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

template <class T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("The survey summary button writes the chosen round's page in the language chosen", "[survey-files]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    Session session(*db);
    csv::SurveyFileButtons buttons(session);
    buttons.setTeam(fixture.team);
    buttons.show();
    // No round chosen: both wait.
    CHECK_FALSE(buttons.summaryButton()->isEnabled());
    CHECK_FALSE(buttons.exportButton()->isEnabled());
    CHECK(buttons.openSummary() == nullptr);
    buttons.setSurvey(fixture.endline.meta.uuid);
    CHECK(buttons.summaryButton()->isEnabled());
    CHECK(buttons.summaryButton()->text() == QStringLiteral("Survey &summary (PDF)…"));

    documents::SurveySummaryDialog* dialog = buttons.openSummary();
    REQUIRE(dialog != nullptr);
    auto* file = child<QLineEdit>(dialog, "surveySummaryFile");
    // The folder as the file dialog would put it, then the name typed in Tajik.
    file->setText(dir.path() + QLatin1Char('/'));
    typeText(file, QStringLiteral("хулосаи пурсиш"));
    auto* language = child<QComboBox>(dialog, "surveySummaryLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("tg")));
    QTest::mouseClick(child<QPushButton>(dialog, "surveySummaryWrite"), Qt::LeftButton);
    const QString pdf = dir.filePath(QStringLiteral("хулосаи пурсиш.pdf"));
    REQUIRE(QFile::exists(pdf));
    CHECK(child<QLabel>(dialog, "surveySummaryDone")->text().contains(QStringLiteral("хулосаи пурсиш.pdf")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(fixture.endline.code));
    CHECK(text.contains(QStringLiteral("Исфара")));
    CHECK(text.contains(SurveyDocsFixture::kArea));
    CHECK_FALSE(text.contains(QStringLiteral("Ғафуров")));
    dialog->close();

    // No file named: a message, and nothing written.
    documents::SurveySummaryDialog* empty = buttons.openSummary();
    CHECK_FALSE(empty->writeNow().ok());
    CHECK(empty->message() == QStringLiteral("Choose the file to write."));
    empty->close();
}

TEST_CASE("The survey CSV button writes the indicators, and the sheets only when the sensitive box is ticked",
          "[survey-files]")
{
    REQUIRE(Translations::install(QStringLiteral("en")));
    QTemporaryDir dir;
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    Session session(*db);
    csv::SurveyFileButtons buttons(session);
    buttons.setTeam(fixture.team);
    buttons.setSurvey(fixture.baseline.meta.uuid);
    buttons.show();

    csv::SurveyExportDialog* exporting = buttons.openExport();
    auto* sheets = child<QCheckBox>(exporting, "surveyCsvIncludeSheets");
    CHECK(sheets->isEnabled());
    CHECK_FALSE(sheets->isChecked()); // off unless asked for
    CHECK(child<QLabel>(exporting, "surveyCsvSheetsWarning")
              ->text()
              .contains(QStringLiteral("point at a person")));
    auto* csvFile = child<QLineEdit>(exporting, "surveyCsvFile");
    csvFile->setText(dir.path() + QLatin1Char('/'));
    typeText(csvFile, QStringLiteral("нишондиҳандаҳо"));
    QTest::mouseClick(child<QPushButton>(exporting, "surveyCsvExport"), Qt::LeftButton);
    const QString indicators = dir.filePath(QStringLiteral("нишондиҳандаҳо.csv"));
    REQUIRE(QFile::exists(indicators));
    CHECK(exporting->message().startsWith(QStringLiteral("Wrote 168 row")));
    // Unticked: no sheets file beside it.
    CHECK_FALSE(QFile::exists(exporting->sheetsFileName()));
    CHECK_FALSE(readFile(indicators).contains(QStringLiteral("Ғафуров")));

    // Ticked: the sheets of the chosen round beside the indicators, without a name.
    QTest::mouseClick(sheets, Qt::LeftButton, {}, QPoint(8, sheets->height() / 2));
    REQUIRE(sheets->isChecked());
    auto written = exporting->exportNow();
    INFO(exporting->message().toStdString());
    REQUIRE(written.ok());
    REQUIRE(QFile::exists(exporting->sheetsFileName()));
    CHECK(exporting->message().contains(QStringLiteral("Wrote 26 survey sheet")));
    const QString text = readFile(exporting->sheetsFileName());
    CHECK(text.contains(QStringLiteral("Q1 ")));
    CHECK_FALSE(text.contains(QStringLiteral("Ғафуров")));
    CHECK_FALSE(text.contains(QStringLiteral("Қодирова")));
    exporting->close();

    // A fresh dialog starts unticked again.
    csv::SurveyExportDialog* again = buttons.openExport();
    CHECK_FALSE(child<QCheckBox>(again, "surveyCsvIncludeSheets")->isChecked());
    again->close();
}
