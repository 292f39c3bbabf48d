#include "CampaignRepository.h"
#include "../model/Formats.h"
#include "Codes.h"
#include "Rows.h"

namespace hamkori {

namespace {

QString noCampaign()
{
    return CampaignRepository::tr("This campaign no longer exists; it may have been deleted.");
}

QString noMaterial()
{
    return CampaignRepository::tr("This material no longer exists.");
}

Fields campaignFields(const Campaign& c)
{
    Fields fields{
        {QStringLiteral("team"), c.teamUuid},         {QStringLiteral("code"), c.code.trimmed()},
        {QStringLiteral("title"), c.title.trimmed()}, {QStringLiteral("start_date"), c.start},
        {QStringLiteral("end_date"), c.end},          {QStringLiteral("plan"), rows::reference(c.planUuid)}};
    rows::appendCounts(fields, "reached_", c.reached);
    fields.append({QStringLiteral("reached_indirect"), c.reachedIndirectly});
    fields.append({QStringLiteral("indirect_method"), c.indirectMethod.trimmed()});
    fields.append({QStringLiteral("cost"), c.cost});
    fields.append({QStringLiteral("funding_source"), rows::reference(c.fundingSourceUuid)});
    fields.append({QStringLiteral("notes"), c.notes.trimmed()});
    return fields;
}

Campaign readCampaign(const QSqlRecord& row)
{
    Campaign c;
    c.meta = rows::meta(row);
    c.teamUuid = rows::text(row, "team");
    c.code = rows::text(row, "code");
    c.title = rows::text(row, "title");
    c.start = rows::date(row, "start_date");
    c.end = rows::date(row, "end_date");
    c.planUuid = rows::text(row, "plan");
    c.reached = rows::counts(row, "reached_");
    c.reachedIndirectly = row.value(QStringLiteral("reached_indirect")).toInt();
    c.indirectMethod = rows::text(row, "indirect_method");
    c.cost = row.value(QStringLiteral("cost")).toDouble();
    c.fundingSourceUuid = rows::text(row, "funding_source");
    c.notes = rows::text(row, "notes");
    return c;
}

Fields materialFields(const CampaignMaterial& m)
{
    return {{QStringLiteral("campaign"), m.campaignUuid},
            {QStringLiteral("item"), m.item.trimmed()},
            {QStringLiteral("quantity"), m.quantity}};
}

CampaignMaterial readMaterial(const QSqlRecord& row)
{
    CampaignMaterial m;
    m.meta = rows::meta(row);
    m.campaignUuid = rows::text(row, "campaign");
    m.item = rows::text(row, "item");
    m.quantity = row.value(QStringLiteral("quantity")).toInt();
    return m;
}

} // namespace

Result<void> CampaignRepository::validate(const Campaign& campaign)
{
    if (!exists("team", campaign.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the group that ran the campaign."));
    if (campaign.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), tr("Enter the title of the campaign."));
    if (!campaign.start.isValid())
        return fieldError(QStringLiteral("start_date"),
                          tr("Enter the day the campaign started as dd.MM.yyyy."));
    if (campaign.end.isValid() && campaign.end < campaign.start)
        return fieldError(QStringLiteral("end_date"),
                          tr("The campaign ends (%1) before it starts (%2).")
                              .arg(Formats::date(campaign.end), Formats::date(campaign.start)));
    if (campaign.reachedIndirectly > 0 && campaign.indirectMethod.trimmed().isEmpty())
        return fieldError(QStringLiteral("indirect_method"),
                          tr("Say how the number reached indirectly was estimated (for example: the radio "
                             "station's listeners in the district)."));
    if (campaign.cost < 0)
        return fieldError(QStringLiteral("cost"), tr("An amount in somoni cannot be negative."));
    if (!campaign.fundingSourceUuid.isEmpty() && !exists("reference_item", campaign.fundingSourceUuid))
        return fieldError(QStringLiteral("funding_source"),
                          tr("The funding source chosen is no longer in the list. Choose another one."));
    for (const QString& channel : campaign.channels)
        if (!enumFromCode<CampaignChannel>(channel))
            return fieldError(QStringLiteral("channels"),
                              tr("«%1» is not a channel Hamkori knows.").arg(channel));
    if (auto served = checkServesOwn(campaign.teamUuid, campaign.planUuid, campaign.concernUuids); !served)
        return served;
    return checkCodeFree("campaigns", campaign.code, campaign.teamUuid, campaign.meta.uuid);
}

Result<void> CampaignRepository::writeLists(const Campaign& campaign)
{
    const QString uuid = campaign.meta.uuid;
    if (auto done =
            syncAssociations(QStringLiteral("campaign_channel"), QStringLiteral("campaign_channels"),
                             QStringLiteral("campaign"), uuid, QStringLiteral("channel"), campaign.channels,
                             [&](int i) {
                                 return Fields{{QStringLiteral("campaign"), uuid},
                                               {QStringLiteral("channel"), campaign.channels[i]}};
                             });
        !done)
        return done;
    return syncAssociations(QStringLiteral("campaign_concern"), QStringLiteral("campaign_concerns"),
                            QStringLiteral("campaign"), uuid, QStringLiteral("concern"),
                            campaign.concernUuids, [&](int i) {
                                return Fields{{QStringLiteral("campaign"), uuid},
                                              {QStringLiteral("concern"), campaign.concernUuids[i]}};
                            });
}

Result<void> CampaignRepository::readLists(Campaign& campaign)
{
    auto channels = readList<QString>(
        QStringLiteral("SELECT channel FROM campaign_channels WHERE campaign = ? AND deleted = 0"),
        {campaign.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "channel"); });
    if (!channels)
        return channels.error();
    // In the order the vocabulary lists them, whatever order they were ticked in.
    campaign.channels.clear();
    for (const QString& code : allCodes<CampaignChannel>())
        if (channels->contains(code))
            campaign.channels << code;
    auto concerns = readList<QString>(
        QStringLiteral(
            "SELECT x.concern FROM campaign_concerns x JOIN concerns c ON c.uuid = x.concern WHERE "
            "x.campaign = ? AND x.deleted = 0 AND c.deleted = 0 ORDER BY c.code"),
        {campaign.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "concern"); });
    if (!concerns)
        return concerns.error();
    campaign.concernUuids = *concerns;
    return {};
}

Result<Campaign> CampaignRepository::createCampaign(Campaign campaign)
{
    campaign.channels.removeDuplicates();
    campaign.concernUuids.removeDuplicates();
    if (auto valid = validate(campaign); !valid)
        return valid.error();
    campaign.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (campaign.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), campaign.teamUuid);
            if (!team)
                return team.error();
            auto code =
                codes::next(m_db.connection(), QStringLiteral("campaigns"), campaign.teamUuid,
                            codes::campaignPrefix(rows::text(*team, "code"), campaign.start.year()), 2);
            if (!code)
                return code.error();
            campaign.code = *code;
        }
        if (auto inserted =
                store().insert(QStringLiteral("campaign"), campaign.meta.uuid, campaignFields(campaign));
            !inserted)
            return inserted;
        return writeLists(campaign);
    });
    if (!done)
        return done.error();
    return this->campaign(campaign.meta.uuid);
}

Result<void> CampaignRepository::updateCampaign(const Campaign& given)
{
    Campaign campaign = given;
    campaign.channels.removeDuplicates();
    campaign.concernUuids.removeDuplicates();
    if (auto valid = validate(campaign); !valid)
        return valid;
    if (auto changed = updateRecord("campaign", campaign.meta.uuid, campaignFields(campaign), noCampaign());
        !changed)
        return changed;
    return inTransaction([&] { return writeLists(campaign); });
}

Result<QList<RecordRef>> CampaignRepository::deleteCampaign(const QString& uuid)
{
    return deleteRecord("campaign", uuid, noCampaign());
}

Result<Campaign> CampaignRepository::campaign(const QString& uuid)
{
    auto found = readOne<Campaign>("campaign", uuid, readCampaign, noCampaign());
    if (!found)
        return found;
    if (auto lists = readLists(*found); !lists)
        return lists.error();
    return found;
}

Result<Campaign> CampaignRepository::campaignByCode(const QString& code)
{
    // As meetingByCode: teams that share a code (made on two laptops) can give two campaigns one code.
    auto found = readList<Campaign>(
        QStringLiteral("SELECT * FROM campaigns WHERE (code = ? OR uuid = ?) AND deleted = 0 ORDER BY uuid"),
        {code, code}, readCampaign);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no campaign with the code %1.").arg(code), {}};
    if (found->size() > 1) {
        QStringList ids;
        for (const Campaign& campaign : *found)
            ids << campaign.meta.uuid;
        return Error{tr("%n campaigns have the code %1 (their teams share a code): ids %2. Name the campaign "
                        "by its id instead.",
                        nullptr, int(found->size()))
                         .arg(code, ids.join(QStringLiteral(", "))),
                     {}};
    }
    Campaign campaign = found->first();
    if (auto lists = readLists(campaign); !lists)
        return lists.error();
    return campaign;
}

Result<QList<CampaignSummary>> CampaignRepository::campaigns(const QStringList& teamUuids, QDate from,
                                                             QDate to)
{
    QVariantList values;
    QString statement =
        QStringLiteral("SELECT c.*, t.name AS team_name FROM campaigns c JOIN teams t ON t.uuid = "
                       "c.team WHERE c.deleted = 0 AND t.deleted = 0 ");
    if (from.isValid() && to.isValid()) {
        statement += QStringLiteral("AND c.start_date <= ? AND COALESCE(c.end_date, c.start_date) >= ? ");
        values << to.toString(Qt::ISODate) << from.toString(Qt::ISODate);
    }
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND c.team IN %1 ").arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY c.start_date DESC, c.code DESC");
    return readList<CampaignSummary>(statement, values, [](const QSqlRecord& row) {
        return CampaignSummary{readCampaign(row), rows::text(row, "team_name")};
    });
}

Result<void> CampaignRepository::validate(const CampaignMaterial& material)
{
    if (!exists("campaign", material.campaignUuid))
        return Error{noCampaign(), {}};
    if (material.item.trimmed().isEmpty())
        return fieldError(QStringLiteral("item"), tr("Say what the material is (leaflet, poster, video…)."));
    if (material.quantity < 0)
        return fieldError(QStringLiteral("quantity"), tr("The number made cannot be negative."));
    return {};
}

Result<CampaignMaterial> CampaignRepository::addMaterial(CampaignMaterial material)
{
    if (auto valid = validate(material); !valid)
        return valid.error();
    material.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("campaign_material"), material.meta.uuid,
                              materialFields(material));
    });
    if (!done)
        return done.error();
    return this->material(material.meta.uuid);
}

Result<void> CampaignRepository::updateMaterial(const CampaignMaterial& material)
{
    if (auto valid = validate(material); !valid)
        return valid;
    return updateRecord("campaign_material", material.meta.uuid, materialFields(material), noMaterial());
}

Result<QList<RecordRef>> CampaignRepository::deleteMaterial(const QString& uuid)
{
    return deleteRecord("campaign_material", uuid, noMaterial());
}

Result<CampaignMaterial> CampaignRepository::material(const QString& uuid)
{
    return readOne<CampaignMaterial>("campaign_material", uuid, readMaterial, noMaterial());
}

Result<QList<CampaignMaterial>> CampaignRepository::materials(const QString& campaignUuid)
{
    return readList<CampaignMaterial>(
        QStringLiteral(
            "SELECT * FROM campaign_materials WHERE campaign = ? AND deleted = 0 ORDER BY item, uuid"),
        {campaignUuid}, readMaterial);
}

Fields CampaignRepository::fieldsOf(const Campaign& record)
{
    return campaignFields(record);
}
Campaign CampaignRepository::campaignFromRow(const QSqlRecord& row)
{
    return readCampaign(row);
}
Fields CampaignRepository::fieldsOf(const CampaignMaterial& record)
{
    return materialFields(record);
}
CampaignMaterial CampaignRepository::materialFromRow(const QSqlRecord& row)
{
    return readMaterial(row);
}

} // namespace hamkori
