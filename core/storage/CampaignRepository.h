#pragma once
// Awareness campaigns and the materials they made (issue 20). A campaign travels with its team.
#include "../model/Event.h"
#include "Repository.h"

namespace hamkori {

struct CampaignSummary
{
    Campaign campaign;
    QString teamName;
};

class CampaignRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-C-2026-02) when the campaign has none.
    Result<Campaign> createCampaign(Campaign campaign);
    Result<void> updateCampaign(const Campaign& campaign);
    /// Deletes it with its materials; progress updates that name it keep naming it as a deleted campaign.
    Result<QList<RecordRef>> deleteCampaign(const QString& uuid);
    Result<Campaign> campaign(const QString& uuid);
    /// By its code (ISF-C-2026-02), or by its id when two teams that share a code made the same code.
    Result<Campaign> campaignByCode(const QString& code);
    /// The campaigns of these teams (all teams when empty) that overlap `from`–`to` (any date when invalid),
    /// newest first; channels and concerns are not read.
    Result<QList<CampaignSummary>> campaigns(const QStringList& teamUuids, QDate from = {}, QDate to = {});

    Result<CampaignMaterial> addMaterial(CampaignMaterial material);
    Result<void> updateMaterial(const CampaignMaterial& material);
    Result<QList<RecordRef>> deleteMaterial(const QString& uuid);
    Result<CampaignMaterial> material(const QString& uuid);
    Result<QList<CampaignMaterial>> materials(const QString& campaignUuid);

    // The fields as the journal and a FieldPatch see them (RecordEdits), the lists excluded.
    static Fields fieldsOf(const Campaign& record);
    static Campaign campaignFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const CampaignMaterial& record);
    static CampaignMaterial materialFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Campaign& campaign);
    Result<void> validate(const CampaignMaterial& material);
    Result<void> readLists(Campaign& campaign);
    Result<void> writeLists(const Campaign& campaign);
};

} // namespace hamkori
