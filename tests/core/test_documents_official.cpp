// The documents as an official would receive them: no page that holds only signatures, the approval
// block of a joint plan, the «ДСП» mark on every page of a restricted export, free texts that give a
// left-out restricted concern away, and the editable ODT copy, read back from its content.xml (and opened
// by LibreOffice when it is installed).
#include "Builders.h"
#include "core/demo/DemoLoader.h"
#include "core/report/ActionPlanDocument.h"
#include "core/report/DocumentWriter.h"
#include "core/report/MinutesDocument.h"
#include "core/report/PdfLayout.h"
#include "core/report/PeriodReportDocument.h"
#include "core/report/RestrictedMentions.h"
#include "core/report/StoredZip.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/StatisticsRepository.h"
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace hamkori;
using namespace hamkori::coretest;
using namespace hamkori::report;
using hamkori::test::TempDatabase;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

DocumentOptions options(const QString& language, bool landscape = false, bool restricted = false)
{
    DocumentOptions o;
    o.language = language;
    o.landscape = landscape;
    o.includeRestricted = restricted;
    return o;
}

/// Every page that holds signatures holds something to read too.
void checkNoLoneSignatures(const Document& document, const QString& what)
{
    INFO(what.toStdString());
    bool signed_ = false;
    for (int i = 0; i < document.pageCount(); ++i) {
        INFO("page " << i + 1 << " of " << document.pageCount());
        if (document.pages[i].holdsSignatures) {
            signed_ = true;
            CHECK(document.pages[i].holdsText);
        }
    }
    CHECK(signed_);
}

QStringList liveUuids(Database& db, const char* table)
{
    QStringList uuids;
    auto query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT uuid FROM %1 WHERE deleted = 0").arg(QLatin1String(table)), {});
    REQUIRE(query.ok());
    while (query->next())
        uuids << query->value(0).toString();
    return uuids;
}

/// The text of a zipped ODT's content.xml, through unzip (Debian's, as a user's file manager would).
QString odtContent(const QString& path)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
}

} // namespace

TEST_CASE("no page of any demo plan, minutes or report holds only signatures, in three languages",
          "[report][official]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    const QStringList plans = liveUuids(*db, "plans");
    const QStringList meetings = liveUuids(*db, "meetings");
    REQUIRE(plans.size() >= 10);
    REQUIRE(meetings.size() >= 80);
    for (const QString& language : {u"tg"_s, u"ru"_s, u"en"_s}) {
        for (const QString& plan : plans)
            for (bool landscape : {false, true})
                for (bool formal : {false, true}) {
                    auto content = ActionPlanDocument::content(*db, plan, options(language, landscape));
                    REQUIRE(content.ok());
                    checkNoLoneSignatures(PdfLayout::layout(*content, PageStyle{formal}),
                                          u"plan %1 %2 landscape %3 formal %4"_s.arg(plan, language)
                                              .arg(landscape)
                                              .arg(formal));
                }
        for (const QString& meeting : meetings) {
            auto content = MinutesDocument::content(*db, meeting, options(language));
            REQUIRE(content.ok());
            checkNoLoneSignatures(PdfLayout::layout(*content), u"minutes %1 %2"_s.arg(meeting, language));
        }
        // Read back as a reader sees it: the last page of each plan's PDF has more than the signatures.
        if (language == u"ru")
            for (const QString& plan : plans) {
                auto document = ActionPlanDocument::build(*db, plan, options(language));
                REQUIRE(document.ok());
                const QString pdf = db.dir.filePath(u"last.pdf"_s);
                REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
                const QString last = QString::number(document->pageCount());
                QString text = run(u"pdftotext"_s, {u"-f"_s, last, u"-l"_s, last, pdf, u"-"_s});
                for (const QString& signatureOrFooter :
                     {u"Председатель группы"_s, u"(подпись)"_s, u"(Ф. И. О.)"_s, u"План мероприятий"_s,
                      u"Страница"_s, u"из"_s})
                    text.remove(signatureOrFooter);
                text.remove(QRegularExpression(u"[\\s\\d\\-A-Z]"_s));
                INFO(plan.toStdString());
                CHECK(text.size() > 20); // a row of the table at least
            }
        auto report =
            PeriodReportDocument::content(*db, {}, QDate(2025, 1, 1), QDate(2027, 12, 31), options(language));
        REQUIRE(report.ok());
        checkNoLoneSignatures(PdfLayout::layout(*report), u"all-teams report "_s + language);
    }
}

TEST_CASE("a plan whose last row would leave the signatures alone takes that row to their page",
          "[report][official]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    // Add activities one by one: at some count the table ends at the foot of a page, which is where a
    // layout without the rule put the signatures on a page of their own.
    int pagesBefore = 0;
    bool crossed = false;
    for (int i = 1; i <= 60; ++i) {
        makeActivity(*db, plan.meta.uuid, u"Чорабинӣ %1"_s.arg(i), QDate(2026, 1, 1), QDate(2026, 6, 1), 0,
                     {});
        auto document = ActionPlanDocument::build(*db, plan.meta.uuid, options(u"en"_s));
        REQUIRE(document.ok());
        checkNoLoneSignatures(*document, u"%1 activities"_s.arg(i));
        crossed = crossed || (pagesBefore > 0 && document->pageCount() > pagesBefore);
        pagesBefore = document->pageCount();
    }
    CHECK(crossed); // the table did run onto new pages on the way
}

TEST_CASE("a joint plan carries «СОГЛАСОВАНО» and «УТВЕРЖДАЮ» at the top, posts right for a city",
          "[report][official]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    auto plan = PlanRepository(*db).planByCode(u"VAH-AP-2026-01"_s);
    REQUIRE(plan.ok());
    // Without a post typed for the police chief, the document says the post itself.
    ActionPlan noPost = *plan;
    noPost.agreerPost.clear();
    REQUIRE(PlanRepository(*db).updatePlan(noPost).ok());
    auto content = ActionPlanDocument::content(*db, plan->meta.uuid, options(u"en"_s));
    REQUIRE(content.ok());
    REQUIRE(!content->blocks.isEmpty());
    const auto* approval = std::get_if<ApprovalBlock>(&content->blocks.first());
    REQUIRE(approval);
    REQUIRE(approval->left);
    REQUIRE(approval->right);
    CHECK(approval->left->heading == u"AGREED"_s);
    CHECK(approval->right->heading == u"APPROVED"_s);
    // Vahdat is a city: its police chief heads the department of the city, not of a district.
    CHECK(approval->left->post.contains(u"Vahdat city"_s));
    CHECK_FALSE(approval->left->post.contains(u"district"_s));
    // The Hukumat approves at the top and does not sign again at the bottom.
    const auto* bottom = std::get_if<SignatureBlock>(&content->blocks.last());
    REQUIRE(bottom);
    CHECK(bottom->roles.join(u' ').contains(u"Chair of the team"_s));
    CHECK_FALSE(bottom->roles.join(u' ').contains(u"Hukumat"_s));

    const QString pdf = db.dir.filePath(u"plan.pdf"_s);
    auto document = ActionPlanDocument::build(*db, plan->meta.uuid, options(u"ru"_s));
    REQUIRE(document.ok());
    REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
    // On the first page, «СОГЛАСОВАНО» (left) and «УТВЕРЖДАЮ» (right) stand on the same line.
    const QString firstPage =
        run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    // «СОГЛАСОВАНО» at the left margin, «УТВЕРЖДАЮ» in the right half.
    for (const QString& line : firstPage.split(u'\n')) {
        if (line.contains(u"СОГЛАСОВАНО"_s))
            CHECK(line.indexOf(u"СОГЛАСОВАНО"_s) < 10);
        if (line.contains(u"УТВЕРЖДАЮ"_s))
            CHECK(line.indexOf(u"УТВЕРЖДАЮ"_s) > 40);
    }
    CHECK(firstPage.contains(u"СОГЛАСОВАНО"_s));
    CHECK(firstPage.contains(u"УТВЕРЖДАЮ"_s));
    CHECK(firstPage.contains(u"г. Вахдат"_s));
}

TEST_CASE("a restricted export is marked «ДСП» at the top right of every page, an open one nowhere",
          "[report][official]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    auto meeting = MeetingRepository(*db).meetingByCode(u"ISF-M-2026-01"_s);
    REQUIRE(meeting.ok());
    auto plan = PlanRepository(*db).planByCode(u"ISF-AP-2026-01"_s);
    REQUIRE(plan.ok());
    for (const QString& language : {u"ru"_s, u"tg"_s}) {
        const QString mark =
            language == u"ru" ? u"Для служебного пользования"_s : u"Барои истифодаи хизматӣ"_s;
        auto marked = ActionPlanDocument::build(*db, plan->meta.uuid, options(language, true, true));
        auto open = ActionPlanDocument::build(*db, plan->meta.uuid, options(language, true, false));
        auto report = PeriodReportDocument::build(*db, plan->teamUuid, QDate(2025, 1, 1), QDate(2027, 1, 1),
                                                  options(language, false, true));
        REQUIRE((marked.ok() && open.ok() && report.ok()));
        for (const auto& [document, shouldBeMarked] :
             {std::pair{&*marked, true}, std::pair{&*open, false}, std::pair{&*report, true}}) {
            const QString pdf = db.dir.filePath(u"doc.pdf"_s);
            REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
            for (int page = 1; page <= document->pageCount(); ++page) {
                INFO(language.toStdString() << " page " << page);
                const QString text = run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, QString::number(page),
                                                          u"-l"_s, QString::number(page), pdf, u"-"_s});
                QString top;
                for (const QString& line : text.split(u'\n'))
                    if (!line.trimmed().isEmpty()) {
                        top = line;
                        break;
                    }
                if (shouldBeMarked) {
                    CHECK(top.trimmed() == mark); // first, and alone on its line: the top right
                    CHECK(top.indexOf(mark) > 30);
                } else {
                    CHECK_FALSE(text.contains(mark));
                }
            }
        }
    }
}

TEST_CASE("minutes that leave a restricted concern out find the texts that still mention it",
          "[report][official]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    auto meeting = MeetingRepository(*db).meetingByCode(u"ISF-M-2026-01"_s);
    REQUIRE(meeting.ok());
    // Its decisions say that domestic violence was recorded as restricted.
    REQUIRE(meeting->decisions.contains(u"зӯроварии хонаводагӣ"_s));
    auto kept = MinutesDocument::content(*db, meeting->meta.uuid, options(u"tg"_s));
    REQUIRE(kept.ok());
    REQUIRE(!kept->hidden.isEmpty());
    const QList<Mention> mentions = findMentions(*kept);
    REQUIRE(!mentions.isEmpty());
    CHECK(std::any_of(mentions.cbegin(), mentions.cend(), [](const Mention& m) {
        return m.text.contains(u"зӯроварии хонаводагӣ ҳамчун мушкилоти маҳдуд"_s);
    }));
    CHECK(kept->texts().join(u'\n').contains(u"зӯроварии хонаводагӣ ҳамчун"_s));

    DocumentOptions leaveOut = options(u"tg"_s);
    leaveOut.leaveOutMentions = true;
    auto cleaned = MinutesDocument::content(*db, meeting->meta.uuid, leaveOut);
    REQUIRE(cleaned.ok());
    CHECK(cleaned->leftOut.size() == mentions.size());
    CHECK(findMentions(*cleaned).isEmpty());
    const QString text = cleaned->texts().join(u'\n');
    CHECK_FALSE(text.contains(u"зӯроварии хонаводагӣ ҳамчун"_s));
    CHECK_FALSE(text.contains(u"ISF-2026-001"_s));
    // What does not mention it stays.
    CHECK(text.contains(u"Бо маркази саломатӣ дар бораи роҳи ирҷоъ маслиҳат карда шавад"_s));

    // Asked to include restricted details, nothing is hidden and nothing is left out.
    DocumentOptions all = leaveOut;
    all.includeRestricted = true;
    auto whole = MinutesDocument::content(*db, meeting->meta.uuid, all);
    REQUIRE(whole.ok());
    CHECK(whole->hidden.isEmpty());
    CHECK(whole->leftOut.isEmpty());
    CHECK(whole->texts().join(u'\n').contains(u"ISF-2026-001"_s));
}

TEST_CASE("minutes number agenda and decisions and give each concern's status on the meeting's day",
          "[report][official]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    Meeting meeting = makeMeeting(*db, team, QDate(2026, 3, 1), MeetingKind::Regular, {});
    meeting.agenda = u"Рӯшноии кӯчаҳо\n2) Ҳисобот"_s;
    meeting.decisions = u"Чароғҳо насб карда шаванд\nҲисобот қабул шавад"_s;
    meeting.chair = u"Раҳимзода Ҷамшед Абдуллоевич"_s;
    meeting.secretary = u"Мадина Каримова"_s;
    REQUIRE(MeetingRepository(*db).updateMeeting(meeting).ok());
    Concern concern = makeConcern(*db, team, u"Роҳи торик"_s, QDate(2026, 3, 1));
    concern.firstMeetingUuid = meeting.meta.uuid;
    REQUIRE(ConcernRepository(*db).updateConcern(concern).ok());
    REQUIRE(ConcernRepository(*db)
                .changeStatus(concern.meta.uuid, ConcernStatus::Resolved, QDate(2026, 5, 1), {})
                .ok());

    auto content = MinutesDocument::content(*db, meeting.meta.uuid, options(u"en"_s));
    REQUIRE(content.ok());
    const QStringList texts = content->texts();
    CHECK(texts.contains(u"1. Рӯшноии кӯчаҳо"_s));
    CHECK(texts.contains(u"2) Ҳисобот"_s)); // numbered by the user: left as it is
    CHECK(texts.contains(u"1. Чароғҳо насб карда шаванд"_s));
    CHECK(texts.contains(u"2. Ҳисобот қабул шавад"_s));
    // Whoever chaired and kept the minutes signs under a printed name.
    const auto* bottom = std::get_if<SignatureBlock>(&content->blocks.last());
    REQUIRE(bottom);
    CHECK(bottom->names == QStringList{u"Ҷ. А. Раҳимзода"_s, u"М. Каримова"_s});
    // Resolved in May; on the 1st of March it had just been raised.
    CHECK(texts.contains(u"Raised"_s));
    CHECK_FALSE(texts.contains(u"Resolved"_s));
}

TEST_CASE("the ODT copy holds every activity, the approval block and the mark, and opens in LibreOffice",
          "[report][official]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    auto plan = PlanRepository(*db).planByCode(u"VAH-AP-2026-01"_s);
    REQUIRE(plan.ok());
    auto activities = PlanRepository(*db).activities(plan->meta.uuid);
    REQUIRE(activities.ok());
    REQUIRE(activities->size() >= 5);
    auto content = ActionPlanDocument::content(*db, plan->meta.uuid, options(u"ru"_s, false, true));
    REQUIRE(content.ok());
    const QString odt = db.dir.filePath(u"plan.odt"_s);
    REQUIRE(DocumentWriter::writeOdt(*content, odt).ok());
    const QString xml = odtContent(odt);
    const QString styles =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
    // The package is sound: unzip tests every entry's CRC, and "mimetype" comes first, stored.
    CHECK(run(u"unzip"_s, {u"-t"_s, odt}).contains(u"No errors detected"_s));
    QFile raw(odt);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.read(80).mid(30, 47) == QByteArrayLiteral("mimetypeapplication/vnd.oasis.opendocument.text"));
    // The mark in every page's header, the code and "page X of Y" in every footer, the plan's orientation.
    CHECK(styles.contains(u"<style:header><text:p text:style-name=\"PMark\">Для служебного пользования"_s));
    CHECK(styles.contains(u"<text:page-number"_s));
    CHECK(styles.contains(u"<text:page-count"_s));
    CHECK(styles.contains(u"fo:page-width=\"21cm\""_s));
    CHECK(styles.contains(u"style:font-name=\"Times New Roman\""_s));
    CHECK(xml.contains(u"СОГЛАСОВАНО"_s));
    CHECK(xml.contains(u"УТВЕРЖДАЮ"_s));
    // The table's header row repeats on every page.
    CHECK(xml.count(u"<table:table-header-rows>"_s) == 1);
    for (const Activity& activity : *activities) {
        INFO(activity.measure.toStdString());
        CHECK(xml.contains(activity.measure.toHtmlEscaped().replace(u'"', u"&quot;"_s)));
    }
    // Landscape plans are landscape pages.
    DocumentOptions wide = options(u"ru"_s, true, false);
    auto landscape = ActionPlanDocument::content(*db, plan->meta.uuid, wide);
    REQUIRE(landscape.ok());
    const QString wideOdt = db.dir.filePath(u"wide.odt"_s);
    REQUIRE(DocumentWriter::writeOdt(*landscape, wideOdt).ok());
    const QString wideStyles = run(u"unzip"_s, {u"-p"_s, wideOdt, u"styles.xml"_s});
    CHECK(wideStyles.contains(u"fo:page-width=\"29.7cm\""_s));
    CHECK_FALSE(wideStyles.contains(u"<style:header>"_s)); // not restricted: no mark
    // A failed write leaves nothing behind.
    CHECK_FALSE(DocumentWriter::writeOdt(*content, db.dir.filePath(u"missing/plan.odt"_s)).ok());

    const QString office = QStandardPaths::findExecutable(u"soffice"_s);
    if (office.isEmpty()) {
        WARN("LibreOffice is not installed: the ODT was checked from its content.xml only");
        return;
    }
    const QString outDir = db.dir.filePath(u"converted"_s);
    QProcess convert;
    QStringList env = QProcess::systemEnvironment();
    env << u"HOME="_s + db.dir.filePath(u"office-home"_s);
    convert.setEnvironment(env);
    convert.start(office, {u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, outDir, odt});
    REQUIRE(convert.waitForFinished(180000));
    const QString converted = QDir(outDir).filePath(u"plan.pdf"_s);
    REQUIRE(QFile::exists(converted));
    const QString text = run(u"pdftotext"_s, {converted, u"-"_s}).simplified();
    CHECK(text.contains(u"УТВЕРЖДАЮ"_s));
    // LibreOffice printed our footer's fields: "Страница 1 из N".
    CHECK(text.contains(u"Страница 1 из"_s));
    CHECK(text.contains(u"Для служебного пользования"_s));
    // A cell wraps where LibreOffice likes, so each measure is found by its first word.
    for (const Activity& activity : *activities)
        CHECK(text.contains(activity.measure.section(u' ', 0, 0)));
}

TEST_CASE("a word wider than its column breaks with a hyphen, and nothing of it is lost",
          "[report][official]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QString longWord = u"Муассисаҳоитаҳсилотиумумиибисёрфунксионалӣ"_s;
    Activity activity = makeActivity(*db, plan.meta.uuid, u"Вохӯрӣ бо волидон"_s, QDate(2026, 1, 1),
                                     QDate(2026, 6, 1), 0, {});
    activity.partners = longWord;
    REQUIRE(PlanRepository(*db).updateActivity(activity).ok());
    auto document = ActionPlanDocument::build(*db, plan.meta.uuid, options(u"tg"_s));
    REQUIRE(document.ok());
    const QString pdf = db.dir.filePath(u"plan.pdf"_s);
    REQUIRE(DocumentWriter::writePdf(*document, pdf).ok());
    // Laid out as on the page, no line holds the whole word, and a piece of it ends a line with a hyphen…
    const QString page = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    CHECK_FALSE(page.contains(longWord));
    CHECK(page.contains(QRegularExpression(u"Муас\\S*-"_s)));
    // …and read as text (poppler joins a word hyphenated at a line's end), every letter is there in order.
    CHECK(run(u"pdftotext"_s, {pdf, u"-"_s}).contains(longWord));
}

TEST_CASE("the stored zip's checksum is CRC-32", "[report]")
{
    CHECK(StoredZip::crc32(QByteArrayLiteral("123456789")) == 0xCBF43926u); // the standard check value
    CHECK(StoredZip::crc32({}) == 0u);
}

TEST_CASE(
    "the report counts attendances and the different people behind them, and the latest indicator reading",
    "[report][official]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Member a = makeMember(*db, team, u"Раҳимова Мавҷуда"_s, Sex::Female);
    const Member b = makeMember(*db, team, u"Саидов Нуриддин"_s, Sex::Male);
    // Three meetings: a at all three, b at one — four attendances, two people.
    for (int month : {2, 3, 4}) {
        const Meeting meeting = makeMeeting(*db, team, QDate(2026, month, 10));
        REQUIRE(MeetingRepository(*db).setPresent(meeting.meta.uuid, a.meta.uuid, true).ok());
        if (month == 3)
            REQUIRE(MeetingRepository(*db).setPresent(meeting.meta.uuid, b.meta.uuid, true).ok());
    }
    auto stats = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    CHECK(stats->membersPresent.total() == 4);
    CHECK(stats->uniqueMembers.total() == 2);
    CHECK(stats->uniqueMembers.total(Sex::Female) == 1);

    // An outcome indicator: baseline 10, target 20, read 12 in March and 15 in May; the report to April
    // gives 12, to December 15.
    const ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    Activity activity =
        makeActivity(*db, plan.meta.uuid, u"Рӯшноӣ"_s, QDate(2026, 1, 1), QDate(2026, 12, 1), 0, {});
    activity.outcomeIndicator = u"Шикоятҳо дар як моҳ"_s;
    activity.outcomeBaseline = 10;
    activity.outcomeTarget = 20;
    REQUIRE(PlanRepository(*db).updateActivity(activity).ok());
    for (const auto& [date, value] :
         {std::pair{QDate(2026, 3, 1), 12.0}, std::pair{QDate(2026, 5, 1), 15.0}}) {
        IndicatorReading reading;
        reading.activityUuid = activity.meta.uuid;
        reading.date = date;
        reading.value = value;
        REQUIRE(PlanRepository(*db).addReading(reading).ok());
    }
    auto toApril = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 4, 30));
    auto toDecember = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE((toApril.ok() && toDecember.ok()));
    REQUIRE(toApril->indicators.size() == 1);
    CHECK(toApril->indicators.first().baseline == 10);
    CHECK(toApril->indicators.first().target == 20);
    CHECK(toApril->indicators.first().latest == 12);
    CHECK(toDecember->indicators.first().latest == 15);
    CHECK(toDecember->indicators.first().latestDate == QDate(2026, 5, 1));
}
