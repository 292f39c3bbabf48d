// What leaves the screen of a perception survey (issue 21), read back as a person would: the one-page summary
// in Tajik and Russian with pdftotext, pdffonts and pdfinfo (one page, fonts embedded, "too few answers" for
// a small group, no interviewer named), the period report's survey section, and the CSV files of indicators
// and of sheets (the sheets only when asked for). Figures worked out by hand in
// tests/support/SurveyDocsFixture.h.
#include "Builders.h"
#include "core/csv/CsvReader.h"
#include "core/csv/SurveyExport.h"
#include "core/report/DocumentLanguage.h"
#include "core/report/DocumentWriter.h"
#include "core/report/PeriodReportDocument.h"
#include "core/report/SurveySummaryDocument.h"
#include "core/storage/StatisticsRepository.h"
#include "support/SurveyDocsFixture.h"
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace hamkori;
using namespace hamkori::report;
using hamkori::test::SurveyDocsFixture;
using hamkori::test::TempDatabase;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).simplified();
}

int pdfPages(const QString& pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

/// Whether every font of the PDF is embedded (pdffonts' "emb" column, the fifth from the end).
bool fontsEmbedded(const QString& pdf)
{
    const QStringList lines = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    bool any = false;
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        if (columns.size() < 6)
            continue;
        any = true;
        if (columns[columns.size() - 5] != u"yes")
            return false;
    }
    return any;
}

const csv::CsvRecord* rowWith(const csv::CsvTable& table, const QStringList& start)
{
    for (const csv::CsvRecord& record : table.records)
        if (record.fields.mid(0, start.size()) == start)
            return &record;
    return nullptr;
}

} // namespace

TEST_CASE("the survey summary: one page in Tajik and Russian, indicators with intervals, the change since "
          "the baseline, nobody named",
          "[survey-documents]")
{
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    for (const QString& language : {u"tg"_s, u"ru"_s}) {
        INFO(language.toStdString());
        const DocumentLanguage lang(language);
        const QString pdf = db.dir.filePath(u"summary-%1.pdf"_s.arg(language));
        SurveySummaryOptions options;
        options.language = language;
        auto written = writeSurveySummary(*db, fixture.endline.meta.uuid, options, pdf);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        CHECK(pdfPages(pdf) == 1);
        CHECK(fontsEmbedded(pdf));
        const QString text = pdfText(pdf);
        const auto has = [&](const QString& part) {
            INFO(part.toStdString());
            CHECK(text.contains(part.simplified()));
        };
        has(fixture.endline.code);
        has(u"02.11.2026 – 08.11.2026"_s);
        has(SurveyDocsFixture::kArea); // Tajik letters as typed: ӯ, ҳ
        has(u"Исфара"_s);
        has(lang.name(SurveyIndicator::TrustPolice));
        // Endline: 36 sheets, 22 women and 14 men; trust 28 of 36 = 78 %.
        has(lang.text("Respondents:") + u" "_s +
            lang.text("%1 (women: %2, men: %3); survey sheets entered: %4, people counted in tallies: %5")
                .arg(u"36"_s, u"22"_s, u"14"_s, u"36"_s, u"0"_s));
        has(u"78 %"_s);
        has(u"n = 36"_s);
        // The baseline's 35 % of 26, and the change of +43 points, a clear one.
        has(lang.text("Change since the baseline %1 (%2)")
                .arg(fixture.baseline.code, u"02.02.2026 – 08.02.2026"_s));
        has(u"35 %"_s);
        has(u"n = 26"_s);
        has(u"+43"_s);
        has(lang.text("a clear change"));
        // The biggest concerns: the team prioritised one concern of the first category.
        has(lang.text("Safety concerns named most"));
        has(lang.text("not prioritised"));
        // The method note, from its first words (the paragraph wraps further on).
        has(lang.text(
                    "Method: anonymous sheets, no name asked. A percentage is of those who answered (n), its "
                    "95 % confidence interval in brackets; under %1 answers: \"too few answers\". Gap and "
                    "change in percentage points; a clear change (bold, * in the chart) has an interval that "
                    "leaves out zero.")
                .left(24));
        // Nobody is named: not the interviewers, whose names the round keeps.
        for (const QString& name : SurveyDocsFixture::kInterviewers.split(u", "_s))
            CHECK_FALSE(text.contains(name));
        CHECK_FALSE(text.contains(u"Ғафуров"_s));
    }
}

TEST_CASE("the survey summary of a baseline with a small group: too few answers, never a percentage",
          "[survey-documents]")
{
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    const DocumentLanguage lang(u"tg"_s);
    SurveySummaryOptions options;
    options.language = u"tg"_s;
    auto content = SurveySummaryDocument::content(*db, fixture.baseline.meta.uuid, options);
    REQUIRE(content.ok());
    const QString all = content->texts().join(u'\n');
    // The 8 men of the baseline are fewer than 10: their column says so, with the number behind it.
    CHECK(all.contains(lang.text("too few answers") + u"\nn = 8"_s));
    CHECK_FALSE(all.contains(lang.text("Change since the baseline %1 (%2)").left(10)));

    const QString pdf = db.dir.filePath(u"baseline.pdf"_s);
    REQUIRE(writeSurveySummary(*db, fixture.baseline.meta.uuid, options, pdf).ok());
    CHECK(pdfPages(pdf) == 1);
    CHECK(pdfText(pdf).contains(lang.text("too few answers")));

    SECTION("an editable copy for a donor's own report")
    {
        options.format = SummaryFormat::Odt;
        const QString odt = db.dir.filePath(u"baseline.odt"_s);
        auto written = writeSurveySummary(*db, fixture.baseline.meta.uuid, options, odt);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        QFile file(odt);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(2) == "PK");
    }
    SECTION("a round that does not exist is a sentence, and no file")
    {
        const QString none = db.dir.filePath(u"none.pdf"_s);
        auto written = writeSurveySummary(*db, u"no-such-round"_s, options, none);
        CHECK_FALSE(written.ok());
        CHECK_FALSE(written.errorMessage().isEmpty());
        CHECK_FALSE(QFile::exists(none));
    }
}

TEST_CASE("the period report counts the survey rounds and gives the baseline to endline change",
          "[survey-documents]")
{
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    auto stats = StatisticsRepository(*db).period(fixture.team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    CHECK(stats->surveyRounds() == 3);
    CHECK(stats->surveysByKind.value(SurveyKind::Midline) == 1);
    CHECK(stats->surveySheets == 62);
    REQUIRE(stats->surveyChanges.size() == 1);
    CHECK(stats->surveyChanges[0].teamName == u"Исфара"_s);
    CHECK(stats->surveyChanges[0].baseline.code == fixture.baseline.code);

    // A half year holds only the baseline: rounds counted, no change.
    auto half = StatisticsRepository(*db).period({}, QDate(2026, 1, 1), QDate(2026, 6, 30));
    REQUIRE(half.ok());
    CHECK(half->surveyRounds() == 2);
    CHECK(half->surveySheets == 26);
    CHECK(half->surveyChanges.isEmpty());

    for (const QString& language : {u"tg"_s, u"ru"_s}) {
        INFO(language.toStdString());
        const DocumentLanguage lang(language);
        DocumentOptions options;
        options.language = language;
        auto document = PeriodReportDocument::build(*db, {}, QDate(2026, 1, 1), QDate(2026, 12, 31), options);
        REQUIRE(document.ok());
        const QString pdf = db.dir.filePath(u"report-%1.pdf"_s.arg(language));
        REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
        const QString text = pdfText(pdf);
        CHECK(text.contains(lang.text("11. Perception surveys")));
        CHECK(text.contains((lang.text("Survey rounds held:") + u" 3"_s)));
        CHECK(text.contains((lang.text("Survey sheets entered:") + u" 62"_s)));
        CHECK(text.contains(fixture.baseline.code + u" →"_s));
        CHECK(text.contains(fixture.endline.code));
        CHECK(text.contains(lang.text("a clear change")));
        CHECK_FALSE(text.contains(u"Ғафуров"_s));
    }
}

TEST_CASE("survey indicators to CSV: every round, indicator and group, empty where too few answers, no names",
          "[survey-documents][csv]")
{
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    const QString path = db.dir.filePath(u"indicators.csv"_s);
    csv::SurveyExportOptions options;
    auto written = csv::SurveyExport(*db).writeIndicators(options, path);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    // Three rounds of the standard questionnaire: 8 indicators × 7 groups each.
    CHECK(*written == 3 * 8 * 7);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString whole = QString::fromUtf8(file.readAll());
    CHECK_FALSE(whole.contains(u"Ғафуров"_s));
    CHECK_FALSE(whole.contains(u"Қодирова"_s));

    auto table = csv::CsvReader::readFile(path);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{u"Team"_s, u"Round"_s, u"Kind"_s, u"First day"_s, u"Last day"_s,
                                       u"Indicator"_s, u"Respondents"_s, u"Yes"_s, u"Answers"_s, u"Percent"_s,
                                       u"Low (95 % interval)"_s, u"High (95 % interval)"_s,
                                       u"Too few answers"_s});
    const auto* trust = rowWith(*table, {u"Исфара"_s, fixture.endline.code, u"Endline"_s, u"02.11.2026"_s,
                                         u"08.11.2026"_s, u"Trust the local police"_s, u"All respondents"_s});
    REQUIRE(trust);
    CHECK(trust->fields.mid(7, 3) == QStringList{u"28"_s, u"36"_s, u"77.8"_s});
    CHECK(trust->fields.value(12).isEmpty());
    const auto* men = rowWith(*table, {u"Исфара"_s, fixture.baseline.code, u"Baseline"_s, u"02.02.2026"_s,
                                       u"08.02.2026"_s, u"Trust the local police"_s, u"Men"_s});
    REQUIRE(men);
    CHECK(men->fields.mid(7) == QStringList{u"3"_s, u"8"_s, {}, {}, {}, u"too few answers"_s});
}

TEST_CASE("survey sheets to CSV only when asked for, anonymous, with the options in numbers and words",
          "[survey-documents][csv]")
{
    TempDatabase db;
    SurveyDocsFixture fixture(*db);
    const QString path = db.dir.filePath(u"sheets.csv"_s);
    csv::SurveyExportOptions options;
    auto refused = csv::SurveyExport(*db).writeSheets(fixture.baseline.meta.uuid, options, path);
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"sensitive"_s));
    CHECK_FALSE(QFile::exists(path));

    options.includeSheets = true;
    options.language = u"tg"_s;
    options.separator = u';';
    auto written = csv::SurveyExport(*db).writeSheets(fixture.baseline.meta.uuid, options, path);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 26);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString whole = QString::fromUtf8(file.readAll());
    CHECK_FALSE(whole.contains(u"Ғафуров"_s));
    CHECK_FALSE(whole.contains(u"Қодирова"_s));
    auto table = csv::CsvReader::readFile(path);
    REQUIRE(table.ok());
    const DocumentLanguage lang(u"tg"_s);
    REQUIRE(table->header.size() >= 4 + 2 * 11);
    CHECK(table->header.mid(0, 4) == QStringList{lang.translate("SurveyColumns", "Sheet"),
                                                 lang.translate("SurveyColumns", "Sex"),
                                                 lang.translate("SurveyColumns", "Age band"),
                                                 lang.translate("SurveyColumns", "Respondent group")});
    CHECK(table->header[4].startsWith(u"Q1 "_s));
    const qsizetype words = table->header.indexOf(lang.translate("SurveyColumns", "Q%1 in words").arg(1));
    REQUIRE(words > 4);
    // Sheet 1: a woman of 30–49, a trader, "very safe" by day; she named the first two concern categories.
    const csv::CsvRecord& first = table->records.first();
    CHECK(first.fields.mid(0, 4) == QStringList{u"1"_s, lang.name(Sex::Female),
                                                lang.name(AgeBand::From30To49),
                                                lang.name(RespondentGroup::Trader)});
    CHECK(first.fields[4] == u"1"_s);
    CHECK(first.fields[4 + 3] == u"1; 2"_s);
    CHECK(first.fields[words] == lang.translate("Questionnaire", "Very safe"));
}
