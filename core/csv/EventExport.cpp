#include "EventExport.h"
#include "CellValues.h"
#include "CsvWriter.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/ReferenceRepository.h"
#include <cmath>

namespace hamkori::csv {

namespace {

const char* const kEventColumns[] = {
    QT_TRANSLATE_NOOP("EventColumns", "Code"),
    QT_TRANSLATE_NOOP("EventColumns", "Group"),
    QT_TRANSLATE_NOOP("EventColumns", "Kind"),
    QT_TRANSLATE_NOOP("EventColumns", "Title"),
    QT_TRANSLATE_NOOP("EventColumns", "First day"),
    QT_TRANSLATE_NOOP("EventColumns", "Last day"),
    QT_TRANSLATE_NOOP("EventColumns", "Place"),
    QT_TRANSLATE_NOOP("EventColumns", "Centre"),
    QT_TRANSLATE_NOOP("EventColumns", "Organisers"),
    QT_TRANSLATE_NOOP("EventColumns", "Topics"),
    QT_TRANSLATE_NOOP("EventColumns", "Participants named"),
    QT_TRANSLATE_NOOP("EventColumns", "Participants counted"),
    QT_TRANSLATE_NOOP("EventColumns", "Women"),
    QT_TRANSLATE_NOOP("EventColumns", "Men"),
};
// After the people by role.
const char* const kResultColumns[] = {
    QT_TRANSLATE_NOOP("EventColumns", "Test sheets"),
    QT_TRANSLATE_NOOP("EventColumns", "Average score before (%)"),
    QT_TRANSLATE_NOOP("EventColumns", "Average score after (%)"),
    QT_TRANSLATE_NOOP("EventColumns", "Average gain (percentage points)"),
    QT_TRANSLATE_NOOP("EventColumns", "Feedback sheets"),
    QT_TRANSLATE_NOOP("EventColumns", "Average feedback (1–5)"),
};
const char* const kCampaignColumns[] = {
    QT_TRANSLATE_NOOP("CampaignColumns", "Code"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Group"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Title"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Start"),
    QT_TRANSLATE_NOOP("CampaignColumns", "End"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Channels"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Concerns"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Reached directly"),
};
// After the people reached by sex and age band.
const char* const kCostColumns[] = {
    QT_TRANSLATE_NOOP("CampaignColumns", "Reached indirectly"),
    QT_TRANSLATE_NOOP("CampaignColumns", "How the indirect reach was estimated"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Cost (somoni)"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Funding source"),
    QT_TRANSLATE_NOOP("CampaignColumns", "Materials"),
};

/// A figure rounded to one decimal, empty when there is none.
QString rounded(const std::optional<double>& value)
{
    return value ? CellValues::number(std::round(*value * 10) / 10) : QString();
}

QString lines(const QString& text)
{
    QStringList kept;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    return kept.join(QStringLiteral("; "));
}

} // namespace

Result<QList<QStringList>> EventExport::events(const EventExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    EventRepository repository(m_db);
    auto events = repository.events(options.teamUuids, options.from, options.to);
    if (!events)
        return events.error();
    QStringList header;
    for (const char* column : kEventColumns)
        header << language.translate("EventColumns", column);
    for (const auto& entry : EnumTraits<ParticipantRole>::entries())
        header << language.translate("EventColumns", QT_TRANSLATE_NOOP("EventColumns", "Comes from: %1"))
                      .arg(language.name(entry.value));
    for (const char* column : kResultColumns)
        header << language.translate("EventColumns", column);
    QList<QStringList> table{header};

    DirectoryRepository directory(m_db);
    QHash<QString, QString> organisations;
    for (const EventSummary& summary : *events) {
        auto event = repository.event(summary.event.meta.uuid); // with its organisers in the directory
        auto people = repository.people(summary.event.meta.uuid);
        auto tests = repository.testResults(summary.event.meta.uuid);
        auto feedback = repository.feedbackResults(summary.event.meta.uuid);
        if (!event)
            return event.error();
        if (!people)
            return people.error();
        if (!tests)
            return tests.error();
        if (!feedback)
            return feedback.error();
        const Event& e = *event;
        QStringList organisers;
        for (const QString& uuid : e.organisationUuids) {
            if (!organisations.contains(uuid)) {
                auto found = directory.organisation(uuid);
                organisations.insert(uuid, found ? found->name : QString());
            }
            if (!organisations.value(uuid).isEmpty())
                organisers << organisations.value(uuid);
        }
        if (!lines(e.organisers).isEmpty())
            organisers << lines(e.organisers);
        QStringList row{e.code,
                        summary.teamName,
                        language.name(e.kind),
                        e.title,
                        CellValues::date(e.start),
                        CellValues::date(e.lastDay()),
                        e.place,
                        summary.centreName,
                        organisers.join(QStringLiteral("; ")),
                        lines(e.topics),
                        QString::number(people->named),
                        QString::number(people->counted),
                        QString::number(people->bySexAndAge.total(Sex::Female)),
                        QString::number(people->bySexAndAge.total(Sex::Male))};
        for (const auto& entry : EnumTraits<ParticipantRole>::entries())
            row << QString::number(people->byRole.value(entry.value));
        const auto inPercent = [&](const std::optional<double>& points) {
            return points ? std::optional<double>(tests->percent(*points)) : std::nullopt;
        };
        row << QString::number(tests->pairedSheets) << rounded(inPercent(tests->averagePre))
            << rounded(inPercent(tests->averagePost)) << rounded(inPercent(tests->averageGain))
            << QString::number(feedback->sheets) << rounded(feedback->overall);
        table << row;
    }
    return table;
}

Result<QList<QStringList>> EventExport::campaigns(const EventExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    CampaignRepository repository(m_db);
    auto campaigns = repository.campaigns(options.teamUuids, options.from, options.to);
    if (!campaigns)
        return campaigns.error();
    QStringList header;
    for (const char* column : kCampaignColumns)
        header << language.translate("CampaignColumns", column);
    for (Sex sex : {Sex::Female, Sex::Male})
        for (const auto& band : EnumTraits<AgeBand>::entries())
            header << QStringLiteral("%1, %2").arg(language.name(sex), language.name(band.value));
    for (const char* column : kCostColumns)
        header << language.translate("CampaignColumns", column);
    QList<QStringList> table{header};

    ConcernRepository concerns(m_db);
    ReferenceRepository references(m_db);
    for (const CampaignSummary& summary : *campaigns) {
        auto campaign = repository.campaign(summary.campaign.meta.uuid); // with its channels and concerns
        if (!campaign)
            return campaign.error();
        auto materials = repository.materials(campaign->meta.uuid);
        if (!materials)
            return materials.error();
        const Campaign& c = *campaign;
        QStringList channels, codes, made;
        for (const QString& code : c.channels)
            if (const auto channel = enumFromCode<CampaignChannel>(code))
                channels << language.name(*channel);
        for (const QString& uuid : c.concernUuids)
            if (auto concern = concerns.concern(uuid))
                codes << concern->code; // the code only: a restricted concern's title stays out
        for (const CampaignMaterial& material : *materials)
            made << QStringLiteral("%1 × %2").arg(material.item.simplified()).arg(material.quantity);
        QString source;
        if (!c.fundingSourceUuid.isEmpty())
            if (auto item = references.item(c.fundingSourceUuid))
                source = language.name(*item);
        QStringList row{c.code,
                        summary.teamName,
                        c.title,
                        CellValues::date(c.start),
                        CellValues::date(c.end),
                        channels.join(QStringLiteral("; ")),
                        codes.join(QStringLiteral("; ")),
                        QString::number(c.reached.total())};
        for (Sex sex : {Sex::Female, Sex::Male})
            for (const auto& band : EnumTraits<AgeBand>::entries())
                row << QString::number(c.reached.at(sex, band.value));
        row << QString::number(c.reachedIndirectly) << c.indirectMethod << CellValues::number(c.cost)
            << source << made.join(QStringLiteral("; "));
        table << row;
    }
    return table;
}

Result<int> EventExport::writeEvents(const EventExportOptions& options, const QString& path)
{
    auto rows = events(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

Result<int> EventExport::writeCampaigns(const EventExportOptions& options, const QString& path)
{
    auto rows = campaigns(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

} // namespace hamkori::csv
