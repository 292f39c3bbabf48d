#pragma once
// Community policing centres, their equipment, the groups that meet there and their reception days (issue
// 19). Centres travel to every laptop; which groups meet at one travels with each group.
#include "../model/Centre.h"
#include "Repository.h"

namespace hamkori {

/// How a centre was used in a period: its reception days and visitors, and the meetings held there.
struct CentreUse
{
    Centre centre;
    QString districtName; // in the program's language
    int receptionDays = 0;
    SexAgeCounts visitors;
    int meetings = 0;
    int equipmentNeedingRepair = 0; // items not in good condition
};

class CentreRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CentreRepository)
public:
    using Repository::Repository;

    Result<Centre> createCentre(Centre centre);
    Result<void> updateCentre(const Centre& centre);
    /// Deletes it with its equipment, reception days and group links; meetings held there keep pointing
    /// to it as a deleted centre.
    Result<QList<RecordRef>> deleteCentre(const QString& uuid);
    Result<Centre> centre(const QString& uuid);
    /// Every live centre by name.
    Result<QList<Centre>> centres();
    /// The centres where one of these teams meets, by name (all centres when the list is empty).
    Result<QList<Centre>> centresOf(const QStringList& teamUuids);

    Result<Equipment> createEquipment(Equipment equipment);
    Result<void> updateEquipment(const Equipment& equipment);
    Result<QList<RecordRef>> deleteEquipment(const QString& uuid);
    Result<Equipment> equipment(const QString& uuid);
    Result<QList<Equipment>> equipmentOf(const QString& centreUuid);

    Result<CentreVisit> createVisit(CentreVisit visit);
    Result<void> updateVisit(const CentreVisit& visit);
    Result<QList<RecordRef>> deleteVisit(const QString& uuid);
    Result<CentreVisit> visit(const QString& uuid);
    /// A centre's reception days, newest first.
    Result<QList<CentreVisit>> visits(const QString& centreUuid);

    /// The use of each live centre from `from` to `to` (both included); limited to centres where one of
    /// `teamUuids` meets, when given.
    Result<QList<CentreUse>> use(QDate from, QDate to, const QStringList& teamUuids = {});

    // The fields as the journal and a FieldPatch see them (RecordEdits), the groups excluded.
    static Fields fieldsOf(const Centre& record);
    static Centre centreFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const Equipment& record);
    static Equipment equipmentFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const CentreVisit& record);
    static CentreVisit visitFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Centre& centre);
    Result<void> validate(const Equipment& equipment);
    Result<void> validate(const CentreVisit& visit);
    Result<void> readGroups(Centre& centre);
};

} // namespace hamkori
