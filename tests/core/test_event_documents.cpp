// The documents and files of events and campaigns (issue 20), read back as a person would: the attendance
// sheet and the certificates with pdftotext and pdffonts, the CSV files with the CSV reader, the period
// report's sections on trainings and campaigns in Tajik and Russian with figures worked out by hand
// (tests/support/EventFixture.h).
#include "Builders.h"
#include "core/csv/CsvReader.h"
#include "core/csv/EventExport.h"
#include "core/report/AttendanceSheetDocument.h"
#include "core/report/CertificateDocument.h"
#include "core/report/DocumentLanguage.h"
#include "core/report/DocumentWriter.h"
#include "core/report/PeriodReportDocument.h"
#include "core/storage/StatisticsRepository.h"
#include "support/EventFixture.h"
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace hamkori;
using namespace hamkori::report;
using hamkori::test::EventFixture;
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

/// The text of one page (1-based) or of the whole document (0), laid out as on the page.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{u"-layout"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, arguments << pdf << u"-"_s);
}

int pdfPages(const QString& pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

/// The numbers that stand alone on a line: the sheet's empty numbered rows.
QList<int> numberOnlyLines(const QString& text)
{
    static const QRegularExpression alone(u"^\\s*(\\d+)\\s*$"_s, QRegularExpression::MultilineOption);
    QList<int> numbers;
    for (auto it = alone.globalMatch(text); it.hasNext();)
        numbers << it.next().captured(1).toInt();
    return numbers;
}

QString flat(const QString& text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("the attendance sheet lists the named participants, then empty numbered rows", "[event-documents]")
{
    TempDatabase db;
    EventFixture fixture(*db);
    const QString pdf = db.dir.filePath(u"sheet.pdf"_s);
    AttendanceSheetOptions options;
    options.language = u"tg"_s;
    options.blankRows = 7;
    auto written = writeAttendanceSheet(*db, fixture.training.meta.uuid, options, pdf);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());

    const DocumentLanguage tg(u"tg"_s);
    const QString text = pdfText(pdf);
    const QString line = flat(text);
    CHECK(pdfPages(pdf) == 1);
    CHECK(line.contains(tg.text("ATTENDANCE SHEET")));
    CHECK(line.contains(u"Омӯзиш «Пешгирии зӯроварӣ дар оила»"_s));
    CHECK(line.contains(u"12.03.2026 – 14.03.2026"_s));
    CHECK(line.contains(u"Толори Ҳукумати шаҳри Исфара"_s));
    CHECK(line.contains(u"«Исфара»"_s)); // the group by its designation
    // The named people first, in the order of their names, each with sex and age band in Tajik.
    const qsizetype rahimova = text.indexOf(EventFixture::kNames[0]);
    const qsizetype qodirov = text.indexOf(EventFixture::kNames[1]);
    const qsizetype usmonova = text.indexOf(EventFixture::kNames[2]);
    CHECK(rahimova >= 0);
    CHECK(qodirov > rahimova);
    CHECK(usmonova > qodirov);
    CHECK(line.contains(u"1 "_s + EventFixture::kNames[0]));
    CHECK(line.contains(tg.name(Sex::Male) + u" "_s + tg.name(AgeBand::From18To29)));
    // Then seven empty rows numbered 4 to 10, and none after.
    CHECK(numberOnlyLines(text) == QList<int>{4, 5, 6, 7, 8, 9, 10});

    // A long sheet: the header comes again on the next pages.
    options.language = u"en"_s;
    options.blankRows = 40;
    REQUIRE(writeAttendanceSheet(*db, fixture.training.meta.uuid, options, pdf).ok());
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3);
    for (int page = 2; page <= pages; ++page) {
        const QString onPage = flat(pdfText(pdf, page));
        CHECK(onPage.contains(u"No. Full name Organisation Sex Age band Signature"_s));
        CHECK(onPage.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    }
    QList<int> all;
    for (int page = 1; page <= pages; ++page)
        all << numberOnlyLines(pdfText(pdf, page));
    REQUIRE(all.size() == 40);
    CHECK(all.first() == 4);
    CHECK(all.last() == 43);
    const QString fonts = run(u"pdffonts"_s, {pdf});
    CHECK(fonts.contains(u"DejaVuSans"_s));
    for (const QString& row : fonts.split(u'\n').filter(u"DejaVu"_s)) {
        const QStringList columns = row.simplified().split(u' ');
        CHECK(columns.value(columns.size() - 5).toStdString() == "yes"); // "emb", fifth from the end
    }
}

TEST_CASE("certificates: one page for each named participant, with the training and its trainer",
          "[event-documents]")
{
    TempDatabase db;
    EventFixture fixture(*db);
    const QString pdf = db.dir.filePath(u"certificates.pdf"_s);
    CertificateOptions options;
    options.language = u"ru"_s;
    options.signatoryName = u"Раҳимзода Ҷ. А."_s;
    options.signatoryPost = u"Раиси Ҷамоати Чоркӯҳ"_s;
    auto written = writeCertificates(*db, fixture.training.meta.uuid, options, pdf);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    const DocumentLanguage ru(u"ru"_s);
    REQUIRE(pdfPages(pdf) == 3);
    for (int page = 1; page <= 3; ++page) {
        const QString text = flat(pdfText(pdf, page));
        INFO(text.toStdString());
        CHECK(text.contains(ru.text("CERTIFICATE")));
        CHECK(text.contains(EventFixture::kNames[page - 1]));
        for (int other = 0; other < 3; ++other)
            if (other != page - 1)
                CHECK_FALSE(text.contains(EventFixture::kNames[other]));
        CHECK(text.contains(u"«Пешгирии зӯроварӣ дар оила»"_s));
        CHECK(text.contains(u"12.03.2026 – 14.03.2026"_s));
        CHECK(text.contains(u"Маркази «Ҳуқуқ ва рушд»"_s));
        CHECK(text.contains(u"Ҳуқуқи занон; Равонакунӣ ба хизматрасониҳо; Ҳамкорӣ бо милитсия"_s));
        CHECK(text.contains(EventFixture::kTrainer));
        CHECK(text.contains(u"Раҳимзода Ҷ. А."_s));
        CHECK(text.contains(u"Раиси Ҷамоати Чоркӯҳ"_s));
        CHECK(text.contains(u"14.03.2026"_s));                                  // dated the last day
        CHECK(text.contains(u"%1/0%2"_s.arg(fixture.training.code).arg(page))); // numbered in list order
    }
    CHECK(run(u"pdffonts"_s, {pdf}).contains(u"DejaVuSerif"_s));

    SECTION("one participant's certificate")
    {
        auto people = EventRepository(*db).of<EventParticipant>(fixture.training.meta.uuid);
        REQUIRE(people.ok());
        options.participantUuid = people->at(1).meta.uuid;
        REQUIRE(writeCertificates(*db, fixture.training.meta.uuid, options, pdf).ok());
        REQUIRE(pdfPages(pdf) == 1);
        CHECK(flat(pdfText(pdf)).contains(EventFixture::kNames[1]));
    }
    SECTION("an event with nobody named gives a sentence and no file")
    {
        const QString none = db.dir.filePath(u"none.pdf"_s);
        auto refused = writeCertificates(*db, fixture.roundTable.meta.uuid, options, none);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(fixture.roundTable.code));
        CHECK_FALSE(QFile::exists(none));
    }
}

TEST_CASE("the CSV files of events and campaigns hold their figures and no one's name", "[event-documents]")
{
    TempDatabase db;
    EventFixture fixture(*db);
    csv::EventExportOptions options;
    const QString events = db.dir.filePath(u"events.csv"_s);
    auto written = csv::EventExport(*db).writeEvents(options, events);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(events);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString whole = QString::fromUtf8(bytes);
    for (const QString& name : EventFixture::kNames + QStringList{EventFixture::kTrainer})
        CHECK_FALSE(whole.contains(name));

    auto table = csv::CsvReader::readFile(events);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{u"Code"_s,
                                       u"Group"_s,
                                       u"Kind"_s,
                                       u"Title"_s,
                                       u"First day"_s,
                                       u"Last day"_s,
                                       u"Place"_s,
                                       u"Centre"_s,
                                       u"Organisers"_s,
                                       u"Topics"_s,
                                       u"Participants named"_s,
                                       u"Participants counted"_s,
                                       u"Women"_s,
                                       u"Men"_s,
                                       u"Comes from: Police"_s,
                                       u"Comes from: Hukumat"_s,
                                       u"Comes from: Jamoat"_s,
                                       u"Comes from: Civil society"_s,
                                       u"Comes from: Community"_s,
                                       u"Test sheets"_s,
                                       u"Average score before (%)"_s,
                                       u"Average score after (%)"_s,
                                       u"Average gain (percentage points)"_s,
                                       u"Feedback sheets"_s,
                                       u"Average feedback (1–5)"_s});
    REQUIRE(table->records.size() == 2);
    // Newest first: the round table, then the training.
    CHECK(table->records[0].fields.mid(0, 3) ==
          QStringList{fixture.roundTable.code, u"Исфара"_s, u"Round table"_s});
    CHECK(table->records[0].fields.mid(10, 9) ==
          QStringList{u"0"_s, u"5"_s, u"2"_s, u"3"_s, u"0"_s, u"5"_s, u"0"_s, u"0"_s, u"0"_s});
    const QStringList training = table->records[1].fields;
    CHECK(training.mid(0, 10) ==
          QStringList{fixture.training.code, u"Исфара"_s, u"Training"_s, u"Пешгирии зӯроварӣ дар оила"_s,
                      u"12.03.2026"_s, u"14.03.2026"_s, u"Толори Ҳукумати шаҳри Исфара"_s, QString(),
                      u"Маркази «Ҳуқуқ ва рушд»"_s,
                      u"Ҳуқуқи занон; Равонакунӣ ба хизматрасониҳо; Ҳамкорӣ бо милитсия"_s});
    CHECK(training.mid(10) == QStringList{u"3"_s, u"6"_s, u"6"_s, u"3"_s, u"1"_s, u"0"_s, u"1"_s, u"1"_s,
                                          u"6"_s, u"2"_s, u"50"_s, u"80"_s, u"35"_s, u"2"_s, u"4.2"_s});

    const QString campaigns = db.dir.filePath(u"campaigns.csv"_s);
    options.language = u"ru"_s;
    options.separator = u';';
    REQUIRE(csv::EventExport(*db).writeCampaigns(options, campaigns).ok());
    auto read = csv::CsvReader::readFile(campaigns);
    REQUIRE(read.ok());
    REQUIRE(read->records.size() == 1);
    const DocumentLanguage ru(u"ru"_s);
    CHECK(read->header.size() == 8 + 8 + 5);
    CHECK(read->header[8] == ru.name(Sex::Female) + u", "_s + ru.name(AgeBand::Under18));
    const QStringList row = read->records[0].fields;
    CHECK(row.mid(0, 8) ==
          QStringList{fixture.campaign.code, u"Исфара"_s, u"Маъракаи «Хонаи бехатар»"_s, u"01.05.2026"_s,
                      u"30.06.2026"_s,
                      ru.name(CampaignChannel::Radio) + u"; "_s + ru.name(CampaignChannel::School), QString(),
                      u"230"_s});
    CHECK(row.mid(8, 8) == QStringList{u"0"_s, u"120"_s, u"0"_s, u"30"_s, u"0"_s, u"80"_s, u"0"_s, u"0"_s});
    CHECK(row.mid(16) ==
          QStringList{u"1500"_s, u"Шунавандагони радио"_s, u"2500"_s, QString(), u"Варақаҳо × 500"_s});
}

TEST_CASE("the period report's sections on trainings and campaigns, in Tajik and Russian",
          "[event-documents]")
{
    TempDatabase db;
    EventFixture fixture(*db);
    auto stats =
        StatisticsRepository(*db).period(fixture.team, QDate(2026, 1, 1), QDate(2026, 6, 30), false, {});
    REQUIRE(stats.ok());
    CHECK(stats->participantsByKind.value(EventKind::Training) == 9);
    CHECK(stats->participantsByKind.value(EventKind::RoundTable) == 5);

    for (const QString& language : {u"tg"_s, u"ru"_s}) {
        INFO(language.toStdString());
        const DocumentLanguage lang(language);
        DocumentOptions options;
        options.language = language;
        auto document =
            PeriodReportDocument::build(*db, fixture.team, QDate(2026, 1, 1), QDate(2026, 6, 30), options);
        REQUIRE(document.ok());
        const QString pdf = db.dir.filePath(u"report-%1.pdf"_s.arg(language));
        REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
        const QString text = flat(pdfText(pdf));
        const auto has = [&](const QString& part) {
            INFO(part.toStdString());
            CHECK(text.contains(flat(part)));
        };
        const auto field = [&](const char* label, const QString& value) {
            has(lang.text(label) + u" "_s + value);
        };
        has(lang.text("9. Trainings and other events"));
        field("Trainings held:", u"1"_s);
        field("People trained:", u"9"_s);
        // By sex and age band: women 0, 1, 5, 0 (6); men 0, 1, 0, 2 (3).
        has(lang.text("Women") + u" 0 1 5 0 6"_s);
        has(lang.text("Men") + u" 0 1 0 2 3"_s);
        has(lang.name(ParticipantRole::Police) + u" 1"_s);
        has(lang.name(ParticipantRole::Community) + u" 6"_s);
        field("Average score before the training:", u"50 %"_s);
        field("Average score after the training:", u"80 %"_s);
        field("Average gain:",
              lang.text("%1 (test sheets: %2)").arg(lang.text("%1 percentage points").arg(u"35"_s), u"2"_s));
        field("Average feedback (1 to 5):", lang.text("%1 (feedback sheets: %2)").arg(u"4,2"_s, u"2"_s));
        has(lang.name(EventKind::RoundTable) + u" 1 5"_s);

        has(lang.text("10. Campaigns"));
        field("Campaigns:", u"1"_s);
        field("Reached directly:", u"230"_s);
        field("Reached indirectly (estimated):", lang.number(1500));
        field("Cost:", lang.money(2500));
        has(lang.text("Women") + u" 0 120 0 30 150"_s);
        has(lang.name(CampaignChannel::Radio) + u" 1"_s);
        has(lang.name(CampaignChannel::School) + u" 1"_s);
        // People reached: the 14 at events and the 230 of the campaign, once each, and a note that says so.
        field("Reached directly:", u"244"_s);
        has(lang.text("Each person is counted once: the participants of events and the people campaigns "
                      "reached are included here, and a progress update that names the event or campaign "
                      "that reached them adds nothing of its own."));
        for (const QString& name : EventFixture::kNames)
            CHECK_FALSE(text.contains(name));
    }
}
