#pragma once
// One team's baseline, midline and endline perception surveys of 2026 with Tajik names, for the tests of the
// survey summary, the period report's survey section, the survey CSV files, the console and the buttons. The
// figures are worked out by hand here, so that each test can say what a person counting the sheets would get.
//
// Baseline ISF-S-2026-01 (02.02–08.02.2026), 26 sheets: 18 women 30–49, 8 men 18–29 (too few answers: the
// men's column says so). Yes-answers (women + men): safe by day 12 + 6, after dark 6 + 5, trust the police 6
// + 3 (9 of 26 = 35 %), police first 4 + 3, know the team 3 + 2. Endline ISF-S-2026-03 (02.11–08.11.2026), 36
// sheets: 22 women 30–49, 14 men 18–29. Safe by day 20 + 12, after dark 14 + 10, trust 18 + 10 (28 of 36 = 78
// %: +43 points, a clear change), police first 12 + 8, know the team 15 + 9. Concerns named: the first
// category offered by 10 women, the second by 12 women, the third by every man; the team prioritised one
// concern of the first category. Midline ISF-S-2026-02 (01.06.2026) has no sheet. The interviewers' names
// must never be printed.
#include "EventFixture.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/SurveyRepository.h"

namespace hamkori::test {

struct SurveyDocsFixture
{
    static inline const QString kInterviewers = QStringLiteral("Ғафуров Фирӯз, Қодирова Мавлуда");
    static inline const QString kArea = QStringLiteral("Маҳаллаи Гулистон, деҳаи Чоркӯҳ");

    QString team;
    Survey baseline, midline, endline;
    QStringList categories; // the biggest-concerns question's options, in order

    explicit SurveyDocsFixture(Database& db)
    {
        team = makeTeam(db, QStringLiteral("ISF"));
        Team named = mustBe(TeamRepository(db).team(team));
        named.name = QStringLiteral("Исфара");
        REQUIRE(TeamRepository(db).updateTeam(named).ok());

        baseline = round(db, SurveyKind::Baseline, QDate(2026, 2, 2), 6);
        midline = round(db, SurveyKind::Midline, QDate(2026, 6, 1), 0);
        endline = round(db, SurveyKind::Endline, QDate(2026, 11, 2), 6, baseline.meta.uuid);
        for (const SurveyQuestion& q : mustBe(SurveyRepository(db).questions(baseline.meta.uuid)))
            if (q.topic == SurveyTopic::TopConcerns)
                categories = q.options;
        REQUIRE(categories.size() >= 3);

        int sheet = 0;
        // yes: safe by day, after dark, trust, police first, know the team; then the concern categories.
        addSheets(db, baseline, sheet, Sex::Female, AgeBand::From30To49, 18, {12, 6, 6, 4, 3},
                  {{1, 18}, {2, 9}});
        addSheets(db, baseline, sheet, Sex::Male, AgeBand::From18To29, 8, {6, 5, 3, 3, 2}, {{3, 8}});
        sheet = 0;
        addSheets(db, endline, sheet, Sex::Female, AgeBand::From30To49, 22, {20, 14, 18, 12, 15},
                  {{1, 10}, {2, 12}});
        addSheets(db, endline, sheet, Sex::Male, AgeBand::From18To29, 14, {12, 10, 10, 8, 9}, {{3, 14}});

        Concern concern;
        concern.teamUuid = team;
        concern.title = QStringLiteral("Зӯроварӣ дар оила");
        concern.categoryUuid = categories[0];
        concern.firstRaised = QDate(2026, 2, 20);
        concern.status = ConcernStatus::Prioritised;
        mustBe(ConcernRepository(db).createConcern(concern));
    }

private:
    static Survey round(Database& db, SurveyKind kind, QDate start, int days, const QString& copyFrom = {})
    {
        Survey s;
        s.teamUuid = mustBe(TeamRepository(db).teamByCode(QStringLiteral("ISF"))).meta.uuid;
        s.kind = kind;
        s.start = start;
        if (days > 0)
            s.end = start.addDays(days);
        s.area = kArea;
        s.interviewers = kInterviewers;
        return mustBe(SurveyRepository(db).createSurvey(s, copyFrom));
    }

    /// `count` sheets; the first yes[k] of them answer yes to the k-th indicator's question, the others no;
    /// each {option, n}: the first n sheets name that concern category.
    static void addSheets(Database& db, const Survey& survey, int& sheet, Sex sex, AgeBand band, int count,
                          const QList<int>& yes, const QList<std::pair<int, int>>& concerns)
    {
        // Questions 1 safe by day, 2 after dark, 5 trust, 6 whom first, 11 knows the team; 4 the concerns.
        const int questions[] = {1, 2, 5, 6, 11};
        const int no[] = {3, 3, 3, 5, 2}; // a bit unsafe, a bit unsafe, a little, family, no
        for (int i = 0; i < count; ++i) {
            SurveyResponse r;
            r.surveyUuid = survey.meta.uuid;
            r.sheet = ++sheet;
            r.sex = sex;
            r.ageBand = band;
            r.group = i % 3 == 0 ? RespondentGroup::Trader : RespondentGroup::Resident;
            for (int k = 0; k < 5; ++k)
                r.setAnswer(questions[k], {i < yes[k] ? 1 : no[k]});
            QList<int> named;
            for (const auto& [option, n] : concerns)
                if (i < n)
                    named << option;
            r.setAnswer(4, named);
            mustBe(SurveyRepository(db).addResponse(r));
        }
    }
};

} // namespace hamkori::test
