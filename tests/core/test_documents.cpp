// The PDF documents (core/report) read back as a person's PDF viewer would: pdftotext and pdffonts from
// poppler-utils. Page counts, the repeated table header, Tajik letters, embedded fonts, restricted concerns
// and the refusal to leave half-written files.
#include "Builders.h"
#include "core/report/ActionPlanDocument.h"
#include "core/report/DocumentLanguage.h"
#include "core/report/DocumentWriter.h"
#include "core/report/MinutesDocument.h"
#include "core/report/PeriodReportDocument.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace hamkori;
using namespace hamkori::coretest;
using namespace hamkori::report;
using hamkori::test::TempDatabase;

namespace {

const QString kTajikLetters = u"ғ ӣ қ ӯ ҳ ҷ Ғ Ӣ Қ Ӯ Ҳ Ҷ"_s;

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of one page (1-based), or of the whole document when page is 0.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{u"-layout"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << pdf << u"-"_s;
    return run(u"pdftotext"_s, arguments);
}

int pdfPages(const QString& pdf)
{
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

/// pdffonts' rows: font name → "yes" when embedded.
QMap<QString, QString> pdfFonts(const QString& pdf)
{
    QMap<QString, QString> fonts;
    const QStringList lines = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end
        if (columns.size() >= 6)
            fonts.insert(columns.first(), columns[columns.size() - 5]);
    }
    return fonts;
}

/// Text with the layout's line breaks and runs of spaces made single spaces.
QString flat(const QString& text)
{
    return text.simplified();
}

struct PlanFixture
{
    TempDatabase db;
    QString team = test::makeTeam(*db);
    ActionPlan plan;
    Concern open, restricted;

    explicit PlanFixture(int activities)
    {
        open = makeConcern(*db, team, u"Рӯшноии кӯчаҳо"_s, QDate(2026, 1, 10));
        restricted = makeConcern(*db, team, u"Зӯроварии хонаводагӣ дар маҳаллаи Боло"_s, QDate(2026, 1, 12));
        restricted.restricted = true;
        REQUIRE(ConcernRepository(*db).updateConcern(restricted).ok());
        plan = makePlan(*db, team, u"Нақша: "_s + kTajikLetters, QDate(2026, 1, 1), QDate(2026, 12, 31));
        plan.concernUuids = {open.meta.uuid, restricted.meta.uuid};
        plan.approverName = u"Раҳимзода Ҷамшед"_s;
        plan.approverPost = u"Муовини раиси ноҳия"_s;
        REQUIRE(PlanRepository(*db).updatePlan(plan).ok());
        for (int i = 1; i <= activities; ++i)
            makeActivity(*db, plan.meta.uuid,
                         u"Чорабинии M-%1: вохӯрӣ бо ҷавонон"_s.arg(i, 4, 10, QLatin1Char('0')),
                         QDate(2026, 1, 1), QDate(2026, 1, 1).addDays(i % 360), 100.0 * i, u"small_grant"_s);
    }

    QString write(const DocumentOptions& options, const char* name = "plan.pdf")
    {
        auto document = ActionPlanDocument::build(*db, plan.meta.uuid, options);
        INFO(document.errorMessage().toStdString());
        REQUIRE(document.ok());
        const QString path = db.dir.filePath(QString::fromLatin1(name));
        auto written = DocumentWriter::writePdf(*document, path);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        return path;
    }
};

DocumentOptions inLanguage(const char* language)
{
    DocumentOptions options;
    options.language = QString::fromLatin1(language);
    return options;
}

} // namespace

TEST_CASE("a 200-activity plan: every activity once, whole, and the table header on every page", "[report]")
{
    PlanFixture fixture(200);
    const QString pdf = fixture.write(inLanguage("en"));
    const int pages = pdfPages(pdf);
    // 200 rows of two lines each at 8.5 pt: 18 on the first page under the title block, 26 on each of the
    // next seven, and the signatures still fit under the last row.
    CHECK(pages == 8);
    QMap<int, int> pageOfActivity;
    const QRegularExpression marker(u"M-(\\d{4})"_s);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        INFO("page " << page);
        for (const char* header : {"No.", "Measure", "Deadline", "Responsible", "Funding", "Expected result"})
            CHECK(text.contains(QLatin1String(header)));
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        CHECK(text.contains(u"Action plan "_s + fixture.plan.code));
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const int number = it.next().captured(1).toInt();
            CHECK_FALSE(pageOfActivity.contains(number));
            pageOfActivity.insert(number, page);
        }
    }
    CHECK(pageOfActivity.size() == 200);
    CHECK(pageOfActivity.firstKey() == 1);
    CHECK(pageOfActivity.lastKey() == 200);
    // A row never splits: its measure and its amount are on the same page.
    const QString last = flat(pdfText(pdf, pageOfActivity.value(200)));
    CHECK(last.contains(u"20,000.00"_s));
    // The team chair signs after the table; the Hukumat approves at the top and does not sign again.
    CHECK(last.contains(u"Chair of the team"_s));
    CHECK_FALSE(last.contains(u"Hukumat"_s));
}

TEST_CASE("a measure longer than a page continues on the next page, under the header, and nothing is cut",
          "[report]")
{
    PlanFixture fixture(2);
    auto activities = PlanRepository(*fixture.db).activities(fixture.plan.meta.uuid);
    REQUIRE(activities.ok());
    Activity longOne = activities->first();
    QStringList steps;
    for (int i = 1; i <= 160; ++i)
        steps << u"Қадами S%1: ҷаласа бо волидайн."_s.arg(i, 3, 10, QLatin1Char('0'));
    longOne.measure = steps.join(u'\n');
    REQUIRE(PlanRepository(*fixture.db).updateActivity(longOne).ok());
    const QString pdf = fixture.write(inLanguage("en"));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 3);

    // Every word where pdftotext finds it: each step once, in order, and inside its page above the footer.
    const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    const QRegularExpression pageTag(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
    const QRegularExpression word(u"<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"[\\d.]+\" "
                                  "yMax=\"([\\d.]+)\">S(\\d{3}):</word>"_s);
    QList<int> seen;
    const QStringList pageTexts = boxes.split(u"</page>"_s);
    for (int page = 0; page < pages; ++page) {
        const auto size = pageTag.match(pageTexts[page]);
        REQUIRE(size.hasMatch());
        const double height = size.captured(2).toDouble();
        for (auto it = word.globalMatch(pageTexts[page]); it.hasNext();) {
            const auto match = it.next();
            INFO("step " << match.captured(2).toStdString() << " on page " << page + 1);
            // The footer takes the bottom 24 mm of the page: no step may run into it or off the page.
            CHECK(match.captured(1).toDouble() < height - 24 / 25.4 * 72);
            seen << match.captured(2).toInt();
        }
        const QString text = pdfText(pdf, page + 1);
        INFO("page " << page + 1);
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages)));
        if (word.match(pageTexts[page]).hasMatch())
            CHECK(text.contains(u"Measure"_s)); // the table's header above every part of the row
    }
    QList<int> expected;
    for (int i = 1; i <= 160; ++i)
        expected << i;
    CHECK(seen == expected);
    // The second activity follows the long one.
    CHECK(flat(pdfText(pdf)).contains(u"M-0002"_s));
}

TEST_CASE("the plan's Tajik letters come back exactly and only DejaVu Sans is embedded", "[report]")
{
    PlanFixture fixture(3);
    for (const char* language : {"tg", "ru", "en"}) {
        INFO(language);
        const QString pdf = fixture.write(inLanguage(language), "letters.pdf");
        const QString text = pdfText(pdf);
        CHECK(text.contains(kTajikLetters));
        CHECK(text.contains(u"Ҷ. Раҳимзода"_s)); // as signatures print a name: initials first
        CHECK(text.contains(u"Чорабинии M-0003"_s));
        CHECK(text.contains(u"01.01.2026 – 31.12.2026"_s));
        const auto fonts = pdfFonts(pdf);
        CHECK(fonts.keys() == QStringList{u"DejaVuSans"_s, u"DejaVuSans-Bold"_s});
        for (const QString& embedded : fonts)
            CHECK(embedded == u"yes"_s);
    }
}

TEST_CASE("landscape plans are wider than tall and need fewer pages for long tables", "[report]")
{
    PlanFixture fixture(60);
    DocumentOptions landscape = inLanguage("en");
    landscape.landscape = true;
    auto wide = ActionPlanDocument::build(*fixture.db, fixture.plan.meta.uuid, landscape);
    auto tall = ActionPlanDocument::build(*fixture.db, fixture.plan.meta.uuid, inLanguage("en"));
    REQUIRE(wide.ok());
    REQUIRE(tall.ok());
    CHECK(wide->pageLayout.orientation() == QPageLayout::Landscape);
    CHECK(tall->pageLayout.orientation() == QPageLayout::Portrait);
    const QString pdf = fixture.write(landscape, "wide.pdf");
    CHECK(run(u"pdfinfo"_s, {pdf}).contains(u"842 x 595 pts"_s));
    CHECK(pdfPages(pdf) == wide->pageCount());
}

TEST_CASE("restricted concerns stay out of the plan unless asked, and then the footer says so", "[report]")
{
    PlanFixture fixture(2);
    const QString hidden = flat(pdfText(fixture.write(inLanguage("en"), "hidden.pdf")));
    CHECK(hidden.contains(fixture.open.code));
    CHECK(hidden.contains(u"Рӯшноии кӯчаҳо"_s));
    CHECK_FALSE(hidden.contains(fixture.restricted.code));
    CHECK_FALSE(hidden.contains(u"Зӯроварии"_s));
    CHECK_FALSE(hidden.contains(u"restricted"_s, Qt::CaseInsensitive));

    DocumentOptions include = inLanguage("en");
    include.includeRestricted = true;
    const QString pdf = fixture.write(include, "shown.pdf");
    const QString shown = flat(pdfText(pdf));
    CHECK(shown.contains(fixture.restricted.code));
    CHECK(shown.contains(u"Зӯроварии хонаводагӣ"_s));
    for (int page = 1; page <= pdfPages(pdf); ++page)
        CHECK(flat(pdfText(pdf, page)).contains(u"Includes restricted details"_s));
}

TEST_CASE("the minutes list members by name, guests by sex and age, and hide restricted concerns", "[report]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Member chair = makeMember(*db, team, u"Қодирова Ҳилола"_s, Sex::Female, AgeBand::From30To49,
                                    MemberCategory::WomensCommittee);
    const Member officer =
        makeMember(*db, team, u"Ғафуров Ӯктам"_s, Sex::Male, AgeBand::From18To29, MemberCategory::Police);
    makeMember(*db, team, u"Absent Member"_s);
    SexAgeCounts guests;
    guests.set(Sex::Female, AgeBand::Under18, 4);
    guests.set(Sex::Male, AgeBand::From50, 3);
    Meeting meeting = makeMeeting(*db, team, QDate(2026, 3, 14), MeetingKind::CommunityConsultation, guests);
    meeting.minutesNumber = u"7"_s;
    meeting.agenda = u"Рӯшноии кӯчаҳо"_s;
    meeting.decisions = u"Қарор: чароғҳо насб карда шаванд."_s;
    REQUIRE(MeetingRepository(*db).updateMeeting(meeting).ok());
    for (const Member& member : {chair, officer})
        REQUIRE(MeetingRepository(*db).setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
    Concern open = makeConcern(*db, team, u"Чароғҳои вайрон"_s, QDate(2026, 3, 14));
    Concern secret = makeConcern(*db, team, u"Ҷалби ҷавонон ба гурӯҳҳо"_s, QDate(2026, 3, 14));
    for (Concern* concern : {&open, &secret}) {
        concern->firstMeetingUuid = meeting.meta.uuid;
        concern->restricted = concern == &secret;
        REQUIRE(ConcernRepository(*db).updateConcern(*concern).ok());
    }

    DocumentOptions options = inLanguage("en");
    auto document = MinutesDocument::build(*db, meeting.meta.uuid, options);
    REQUIRE(document.ok());
    const QString path = db.dir.filePath(u"minutes.pdf"_s);
    REQUIRE(DocumentWriter::writePdf(*document, path).ok());
    const QString text = flat(pdfText(path));
    CHECK(text.contains(u"MINUTES No. 7"_s));
    CHECK(text.contains(u"14.03.2026"_s));
    CHECK(text.contains(u"Маркази ҳамкорӣ"_s));
    CHECK(text.contains(u"Қодирова Ҳилола Women's committee"_s));
    CHECK(text.contains(u"Ғафуров Ӯктам Police"_s));
    CHECK_FALSE(text.contains(u"Absent Member"_s));
    CHECK(text.contains(u"Women 4 0 0 0 4"_s));
    CHECK(text.contains(u"Men 0 0 0 3 3"_s));
    CHECK(text.contains(u"In total present: 9 (team members: 2, guests: 7; women: 5, men: 4)."_s));
    CHECK(text.contains(u"Қарор: чароғҳо насб карда шаванд."_s));
    CHECK(text.contains(open.code));
    CHECK_FALSE(text.contains(secret.code));
    CHECK_FALSE(text.contains(u"Ҷалби ҷавонон"_s));

    options.includeRestricted = true;
    auto withSecret = MinutesDocument::build(*db, meeting.meta.uuid, options);
    REQUIRE(withSecret.ok());
    REQUIRE(DocumentWriter::writePdf(*withSecret, path).ok());
    const QString shown = flat(pdfText(path));
    CHECK(shown.contains(secret.code));
    CHECK(shown.contains(u"Includes restricted details"_s));
}

TEST_CASE("the period report gives totals and charts, and names no concern", "[report]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    SexAgeCounts guests;
    guests.set(Sex::Female, AgeBand::From18To29, 6);
    guests.set(Sex::Male, AgeBand::From30To49, 5);
    makeMeeting(*db, team, QDate(2026, 2, 3), MeetingKind::Regular, guests);
    makeMeeting(*db, team, QDate(2026, 4, 3), MeetingKind::WomenFocusGroup, guests);
    Concern secret = makeConcern(*db, team, u"Махфӣ: ҳодисаи хонаводагӣ"_s, QDate(2026, 2, 3));
    secret.restricted = true;
    REQUIRE(ConcernRepository(*db).updateConcern(secret).ok());
    makeConcern(*db, team, u"Роҳи торик"_s, QDate(2026, 2, 5), u"road_safety"_s);

    auto document =
        PeriodReportDocument::build(*db, team, QDate(2026, 1, 1), QDate(2026, 6, 30), inLanguage("en"));
    REQUIRE(document.ok());
    const QString path = db.dir.filePath(u"report.pdf"_s);
    REQUIRE(DocumentWriter::writePdf(*document, path).ok());
    const QString text = flat(pdfText(path));
    CHECK(text.contains(u"PERIOD REPORT"_s));
    CHECK(text.contains(u"Гурӯҳи ҳамкории ISF"_s));
    CHECK(text.contains(u"01.01.2026 – 30.06.2026 (January 2026 – June 2026)"_s));
    CHECK(text.contains(u"Regular meeting 1"_s));
    CHECK(text.contains(u"Women-only focus group 1"_s));
    CHECK(text.contains(u"Women 0 12 0 0 12"_s));
    CHECK(text.contains(u"Men 0 0 10 0 10"_s));
    // The restricted concern is not counted: in one team's figures a 1 would name it.
    CHECK(text.contains(u"Raised in the period: 1"_s));
    CHECK(text.contains(u"restricted concerns are not counted"_s));
    CHECK(text.contains(u"Participants in meetings"_s)); // a chart's title
    CHECK(text.contains(u"Concerns raised by category"_s));
    CHECK_FALSE(text.contains(secret.code));
    CHECK_FALSE(text.contains(u"Махфӣ"_s));
    CHECK_FALSE(text.contains(u"Роҳи торик"_s));
    CHECK(pdfPages(path) == document->pageCount());
}

TEST_CASE("a missing or read-only folder gives a clear message and leaves no file", "[report]")
{
    PlanFixture fixture(2);
    auto document = ActionPlanDocument::build(*fixture.db, fixture.plan.meta.uuid, inLanguage("en"));
    REQUIRE(document.ok());

    const QString missing = fixture.db.dir.filePath(u"stick/plan.pdf"_s);
    auto toMissing = DocumentWriter::writePdf(*document, missing);
    REQUIRE_FALSE(toMissing.ok());
    CHECK(toMissing.errorMessage().contains(u"does not exist"_s));
    CHECK_FALSE(QFile::exists(missing));

    QDir folder(fixture.db.dir.filePath(u"readonly"_s));
    REQUIRE(folder.mkpath(u"."_s));
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner);
    // root writes anywhere; /proc refuses new files even to root.
    const bool folderRefuses = !QFileInfo(folder.path()).isWritable();
    const QString target = folderRefuses ? folder.filePath(u"plan.pdf"_s) : u"/proc/hamkori-plan.pdf"_s;
    auto toReadOnly = DocumentWriter::writePdf(*document, target);
    REQUIRE_FALSE(toReadOnly.ok());
    CHECK(toReadOnly.errorMessage().contains(u"read-only"_s));
    CHECK_FALSE(QFile::exists(target));
    CHECK(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A successful write leaves the PDF and nothing else (no temporary file).
    QDir out(fixture.db.dir.filePath(u"out"_s));
    REQUIRE(out.mkpath(u"."_s));
    REQUIRE(DocumentWriter::writePdf(*document, out.filePath(u"plan.pdf"_s)).ok());
    CHECK(out.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{u"plan.pdf"_s});
}

TEST_CASE("a document's language is its own: Russian names without touching the program's language",
          "[report]")
{
    const DocumentLanguage russian(u"ru"_s);
    CHECK(russian.name(ActivityStatus::Done) == u"Выполнено"_s);
    CHECK(QCoreApplication::translate("ActivityStatus", "Done") == u"Done"_s); // the tests' UI stays English
    CHECK(DocumentLanguage(u"en"_s).name(ActivityStatus::Done) == u"Done"_s);
    CHECK(DocumentLanguage(u"en"_s).monthYear(QDate(2026, 3, 5)) == u"March 2026"_s);
    CHECK(DocumentLanguage::date(QDate(2026, 3, 5)) == u"05.03.2026"_s);
    CHECK(DocumentLanguage(u"en"_s).money(1500) == u"1,500.00 somoni"_s);
    // The Tajik and Russian month names come from the catalogues (own names: Qt's Tajik ones are unreliable).
    for (const char* language : {"tg", "ru"}) {
        const DocumentLanguage lang(QString::fromLatin1(language));
        for (int month = 1; month <= 12; ++month)
            CHECK_FALSE(lang.monthName(month).isEmpty());
    }
}
