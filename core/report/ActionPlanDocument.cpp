#include "ActionPlanDocument.h"
#include "../storage/ConcernRepository.h"
#include "../storage/MeetingRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "DocumentFonts.h"
#include <QHash>

namespace hamkori::report {

namespace {

QHash<QString, ReferenceItem> itemsByUuid(ReferenceRepository& references, ReferenceList list)
{
    QHash<QString, ReferenceItem> byUuid;
    if (auto items = references.items(list))
        for (const ReferenceItem& item : *items)
            byUuid.insert(item.meta.uuid, item);
    return byUuid;
}

/// The "expected result / indicator" cell: the output, the outcome with its baseline and target.
QString expectedResult(const DocumentLanguage& lang, const Activity& activity)
{
    QStringList parts;
    if (!activity.outputIndicator.isEmpty())
        parts << activity.outputIndicator;
    if (!activity.outcomeIndicator.isEmpty()) {
        QString outcome = activity.outcomeIndicator;
        if (activity.outcomeBaseline && activity.outcomeTarget)
            outcome += QLatin1Char(' ') + lang.text(QT_TRANSLATE_NOOP("Document", "(from %1 to %2)"))
                                              .arg(QString::number(*activity.outcomeBaseline),
                                                   QString::number(*activity.outcomeTarget));
        parts << outcome;
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

Result<Document> ActionPlanDocument::build(Database& db, const QString& planUuid,
                                           const DocumentOptions& options)
{
    const DocumentLanguage lang(options.language);
    PlanRepository plans(db);
    auto plan = plans.plan(planUuid);
    if (!plan)
        return plan.error();
    auto team = TeamRepository(db).team(plan->teamUuid);
    if (!team)
        return team.error();
    auto activities = plans.activities(planUuid);
    if (!activities)
        return activities.error();
    ReferenceRepository references(db);
    const auto leadBodies = itemsByUuid(references, ReferenceList::LeadBody);
    const auto sources = itemsByUuid(references, ReferenceList::FundingSource);
    const auto categories = itemsByUuid(references, ReferenceList::Category);
    auto district = references.gazetteerEntry(team->districtUuid);

    PageComposer pages(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       lang.text(QT_TRANSLATE_NOOP("Document", "Action plan")) + QStringLiteral(" ") +
                           plan->code);
    addApproval(pages, lang, plan->approverPost, plan->approverName);
    pages.addSpace(8);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "ACTION PLAN")), style::title(), 2);
    if (!plan->title.isEmpty())
        pages.addText(plan->title, style::subtitle(), 2);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "of the community police partnership team «%1»"))
                      .arg(team->name),
                  style::centred(), 12);

    QList<std::pair<QString, QString>> fields;
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")),
                        district ? district->name(lang.code()) : QString()};
    if (!team->jamoat.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Jamoat:")), team->jamoat};
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Period:")),
                        periodText(lang, plan->periodStart, plan->periodEnd)};
    if (!plan->adoptedMeetingUuid.isEmpty()) {
        auto meeting = MeetingRepository(db).meeting(plan->adoptedMeetingUuid);
        const QString number = !plan->adoptedMinutesNumber.isEmpty()
                                   ? plan->adoptedMinutesNumber
                                   : (meeting ? meeting->minutesNumber : QString());
        fields << std::pair{
            lang.text(QT_TRANSLATE_NOOP("Document", "Adopted:")),
            lang.text(QT_TRANSLATE_NOOP("Document", "at the team's meeting, minutes No. %1 of %2"))
                .arg(number, meeting ? DocumentLanguage::date(meeting->date) : QString())};
    }
    QStringList concerns;
    ConcernRepository concernRepository(db);
    for (const QString& uuid : plan->concernUuids) {
        auto concern = concernRepository.concern(uuid);
        if (!concern || (concern->restricted && !options.includeRestricted))
            continue;
        QString line = concern->code + QStringLiteral(" — ") + concern->title;
        if (categories.contains(concern->categoryUuid))
            line +=
                QStringLiteral(" (") + lang.name(categories.value(concern->categoryUuid)) + QLatin1Char(')');
        concerns << line;
    }
    if (!concerns.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Priority concerns:")),
                            concerns.join(QLatin1Char('\n'))};
    if (!plan->objective.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Objective:")), plan->objective};
    addFields(pages, fields);
    pages.addSpace(8);

    Table table;
    table.columns = {
        {lang.text(QT_TRANSLATE_NOOP("Document", "No.")), 0.5, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Measure")), 2.5},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Deadline")), 1.35, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Responsible")), 2.0},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Funding source")), 1.95},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Expected result / indicator")), 2.3},
    };
    table.fontPoints = options.landscape ? 9 : 8.5;
    int number = 0;
    for (const Activity& activity : *activities) {
        QString responsible = leadBodies.contains(activity.leadBodyUuid)
                                  ? lang.name(leadBodies.value(activity.leadBodyUuid))
                                  : QString();
        if (!activity.partners.isEmpty())
            responsible += (responsible.isEmpty() ? QString() : QStringLiteral("\n")) +
                           lang.text(QT_TRANSLATE_NOOP("Document", "with %1")).arg(activity.partners);
        QString funding = sources.contains(activity.fundingSourceUuid)
                              ? lang.name(sources.value(activity.fundingSourceUuid))
                              : QString();
        if (activity.amountSomoni > 0)
            funding +=
                (funding.isEmpty() ? QString() : QStringLiteral("\n")) + lang.money(activity.amountSomoni);
        table.rows << QStringList{QString::number(++number),
                                  activity.measure,
                                  DocumentLanguage::date(activity.deadline),
                                  responsible,
                                  funding,
                                  expectedResult(lang, activity)};
    }
    pages.addTable(table);

    pages.addSpace(10);
    pages.ensureSpace(110 * kUnitsPerPoint);
    addSignatures(pages, lang,
                  {lang.text(QT_TRANSLATE_NOOP("Document", "Chair of the community police partnership team")),
                   lang.text(QT_TRANSLATE_NOOP("Document", "Head of the district police department")),
                   lang.text(QT_TRANSLATE_NOOP("Document", "Deputy chair of the Hukumat"))});

    return pages.finish(footer(lang,
                               lang.text(QT_TRANSLATE_NOOP("Document", "Action plan %1")).arg(plan->code),
                               options.includeRestricted));
}

} // namespace hamkori::report
