#include "ActionPlanDocument.h"
#include "../model/PersonName.h"
#include "../storage/ConcernRepository.h"
#include "../storage/MeetingRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "PdfLayout.h"
#include <QHash>

namespace hamkori::report {

namespace {

/// The "expected result / indicator" cell: the output and the outcome on lines of their own, each named, the
/// outcome's baseline and target after it.
QString expectedResult(const DocumentLanguage& lang, const Activity& activity)
{
    QStringList parts;
    if (!activity.outputIndicator.isEmpty())
        parts << lang.text(QT_TRANSLATE_NOOP("Document", "Output: %1")).arg(activity.outputIndicator);
    if (!activity.outcomeIndicator.isEmpty())
        parts << lang.text(QT_TRANSLATE_NOOP("Document", "Outcome: %1")).arg(activity.outcomeIndicator);
    if (activity.outcomeBaseline && activity.outcomeTarget)
        parts << lang.text(QT_TRANSLATE_NOOP("Document", "baseline %1 → target %2"))
                     .arg(lang.decimal(*activity.outcomeBaseline), lang.decimal(*activity.outcomeTarget));
    return parts.join(QLatin1Char('\n'));
}

/// A signer's post when the plan gives none: the police chief or the head of the district or city, said
/// right for a city as for a district.
QString defaultPost(const DocumentLanguage& lang, const std::optional<GazetteerEntry>& place, bool police)
{
    if (!place)
        return police ? lang.text(QT_TRANSLATE_NOOP("Document", "Head of the internal affairs department"))
                      : lang.text(QT_TRANSLATE_NOOP("Document", "Chairman of the district"));
    return (police ? lang.text(QT_TRANSLATE_NOOP("Document", "Head of the internal affairs department of %1"))
                   : lang.text(QT_TRANSLATE_NOOP("Document", "Chairman of %1")))
        .arg(lang.placeAfterPost(*place));
}

Signatory signatory(const DocumentLanguage& lang, const char* heading, const QString& post,
                    const QString& name)
{
    return Signatory{lang.text(heading), post, name,
                     //: Where the seal goes, under the signature (М.П. in Russian)
                     lang.text(QT_TRANSLATE_NOOP("Document", "Seal")),
                     //: The date line under a signature; the year's "г." / "соли" belongs here
                     lang.text(QT_TRANSLATE_NOOP("Document", "«____» ____________ 20____"))};
}

} // namespace

Result<Document> ActionPlanDocument::build(Database& db, const QString& planUuid,
                                           const DocumentOptions& options)
{
    auto content = ActionPlanDocument::content(db, planUuid, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content, PageStyle{options.formal});
}

Result<DocumentContent> ActionPlanDocument::content(Database& db, const QString& planUuid,
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
    std::optional<GazetteerEntry> place;
    if (auto found = references.gazetteerEntry(team->districtUuid))
        place = *found;

    DocumentContent doc;
    doc.language = lang.code();
    doc.landscape = options.landscape;
    doc.title = lang.text(QT_TRANSLATE_NOOP("Document", "Action plan")) + QStringLiteral(" ") + plan->code;

    // The police chief agrees (top left), the Hukumat approves (top right); names print as officials sign
    // them, initials first.
    ApprovalBlock approval;
    approval.left = signatory(lang, QT_TRANSLATE_NOOP("Document", "AGREED"),
                              plan->agreerPost.isEmpty() ? defaultPost(lang, place, true) : plan->agreerPost,
                              initialsAndSurname(plan->agreerName));
    approval.right =
        signatory(lang, QT_TRANSLATE_NOOP("Document", "APPROVED"),
                  plan->approverPost.isEmpty() ? defaultPost(lang, place, false) : plan->approverPost,
                  initialsAndSurname(plan->approverName));
    if (!plan->outgoingNumber.isEmpty())
        approval.leftNotes
            << lang.text(QT_TRANSLATE_NOOP("Document", "Outgoing No. %1")).arg(plan->outgoingNumber);
    if (!plan->ordinanceNumber.isEmpty())
        approval.rightNotes << lang.text(QT_TRANSLATE_NOOP("Document", "Annex to the ordinance No. %1 of %2"))
                                   .arg(plan->ordinanceNumber, DocumentLanguage::date(plan->ordinanceDate));
    doc.add(approval);
    doc.addSpace(8);
    // A title that already says "Action plan …" is the document's title; printing both says it twice.
    const QString genericTitle = lang.text(QT_TRANSLATE_NOOP("Document", "ACTION PLAN"));
    const bool titleSaysItAll =
        plan->title.section(QLatin1Char(' '), 0, 1)
            .compare(genericTitle.section(QLatin1Char(' '), 0, 1), Qt::CaseInsensitive) == 0;
    if (titleSaysItAll) {
        doc.addText(plan->title, TextRole::Title, 2);
    } else {
        doc.addText(genericTitle, TextRole::Title, 2);
        if (!plan->title.isEmpty())
            doc.addText(plan->title, TextRole::Subtitle, 2);
    }
    doc.addText(teamDesignation(lang, team->name, team->kind), TextRole::Centred, 12);

    QList<std::pair<QString, QString>> fields;
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")),
                        place ? place->name(lang.code()) : QString()};
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
        if (!concern)
            continue;
        const QString category = categories.contains(concern->categoryUuid)
                                     ? lang.name(categories.value(concern->categoryUuid))
                                     : QString();
        if (concern->restricted && !options.includeRestricted) {
            doc.hidden << HiddenConcern{concern->code, concern->title, category};
            continue;
        }
        QString line = concern->code + QStringLiteral(" — ") + concern->title;
        if (!category.isEmpty())
            line += QStringLiteral(" (") + category + QLatin1Char(')');
        concerns << line;
    }
    if (!concerns.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Priority concerns:")),
                            concerns.join(QLatin1Char('\n'))};
    if (!plan->objective.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Objective:")), plan->objective};
    doc.addFields(fields);
    doc.addSpace(8);

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
    double total = 0;
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
        total += activity.amountSomoni;
        table.rows << QStringList{QString::number(++number),
                                  activity.measure,
                                  DocumentLanguage::date(activity.deadline),
                                  responsible,
                                  funding,
                                  expectedResult(lang, activity)};
    }
    if (total > 0) {
        table.rows << QStringList{
            QString(),         lang.text(QT_TRANSLATE_NOOP("Document", "Total funding")),
            QString(),         QString(),
            lang.money(total), QString()};
        table.boldRows.insert(int(table.rows.size()) - 1);
    }
    doc.addTable(table);

    // The Hukumat and the police sign at the top; the team's chair signs under the plan it drew up.
    doc.addSpace(10);
    doc.add(signatures(lang, {lang.text(QT_TRANSLATE_NOOP("Document", "Chair of the team"))}));

    doc.footer = footer(lang, lang.text(QT_TRANSLATE_NOOP("Document", "Action plan %1")).arg(plan->code),
                        options.includeRestricted);
    finishContent(doc, lang, options);
    return doc;
}

} // namespace hamkori::report
