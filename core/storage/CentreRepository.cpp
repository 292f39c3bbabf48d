#include "CentreRepository.h"
#include "../model/Formats.h"
#include "Rows.h"

namespace hamkori {

namespace {

QString noCentre()
{
    return CentreRepository::tr("This community policing centre no longer exists; it may have been deleted.");
}

Fields centreFields(const Centre& c)
{
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("district"), rows::reference(c.districtUuid)},
            {QStringLiteral("jamoat"), c.jamoat.trimmed()},
            {QStringLiteral("address"), c.address.trimmed()},
            {QStringLiteral("opened"), c.opened},
            {QStringLiteral("renovated"), c.renovated},
            {QStringLiteral("hours"), c.hours.trimmed()},
            {QStringLiteral("notes"), c.notes.trimmed()}};
}

Centre readCentre(const QSqlRecord& row)
{
    Centre c;
    c.meta = rows::meta(row);
    c.name = rows::text(row, "name");
    c.districtUuid = rows::text(row, "district");
    c.jamoat = rows::text(row, "jamoat");
    c.address = rows::text(row, "address");
    c.opened = rows::date(row, "opened");
    c.renovated = rows::date(row, "renovated");
    c.hours = rows::text(row, "hours");
    c.notes = rows::text(row, "notes");
    return c;
}

Fields equipmentFields(const Equipment& e)
{
    return {{QStringLiteral("centre"), e.centreUuid},
            {QStringLiteral("item"), e.item.trimmed()},
            {QStringLiteral("quantity"), e.quantity},
            {QStringLiteral("condition"), codeOf(e.condition)}};
}

Equipment readEquipment(const QSqlRecord& row)
{
    Equipment e;
    e.meta = rows::meta(row);
    e.centreUuid = rows::text(row, "centre");
    e.item = rows::text(row, "item");
    e.quantity = row.value(QStringLiteral("quantity")).toInt();
    e.condition = rows::enumValue(row, "condition", EquipmentCondition::Good);
    return e;
}

Fields visitFields(const CentreVisit& v)
{
    Fields fields{{QStringLiteral("centre"), v.centreUuid}, {QStringLiteral("date"), v.date}};
    rows::appendCounts(fields, "visitors_", v.visitors);
    return fields;
}

CentreVisit readVisit(const QSqlRecord& row)
{
    CentreVisit v;
    v.meta = rows::meta(row);
    v.centreUuid = rows::text(row, "centre");
    v.date = rows::date(row, "date");
    v.visitors = rows::counts(row, "visitors_");
    return v;
}

QString districtColumn()
{
    const QString language = Formats::language();
    return language == u"tg"   ? QStringLiteral("name_tg")
           : language == u"ru" ? QStringLiteral("name_ru")
                               : QStringLiteral("name_en");
}

} // namespace

Result<void> CentreRepository::validate(const Centre& centre)
{
    if (centre.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("Enter the name of the centre."));
    if (!exists("gazetteer", centre.districtUuid))
        return fieldError(QStringLiteral("district"),
                          tr("Choose the centre's district or city from the list."));
    if (centre.opened.isValid() && centre.renovated.isValid() && centre.renovated < centre.opened)
        return fieldError(QStringLiteral("renovated"),
                          tr("The centre was renovated (%1) before it opened (%2). Check both dates.")
                              .arg(centre.renovated.toString(QStringLiteral("dd.MM.yyyy")),
                                   centre.opened.toString(QStringLiteral("dd.MM.yyyy"))));
    for (const QString& team : centre.teamUuids)
        if (!exists("team", team))
            return fieldError(QStringLiteral("groups"),
                              tr("A group chosen no longer exists. Choose the groups that meet here again."));
    return {};
}

Result<Centre> CentreRepository::createCentre(Centre centre)
{
    centre.teamUuids.removeDuplicates();
    if (auto valid = validate(centre); !valid)
        return valid.error();
    centre.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (auto inserted = store().insert(QStringLiteral("centre"), centre.meta.uuid, centreFields(centre));
            !inserted)
            return inserted;
        return syncAssociations(QStringLiteral("centre_group"), QStringLiteral("centre_groups"),
                                QStringLiteral("centre"), centre.meta.uuid, QStringLiteral("team"),
                                centre.teamUuids, [&](int i) {
                                    return Fields{{QStringLiteral("centre"), centre.meta.uuid},
                                                  {QStringLiteral("team"), centre.teamUuids[i]}};
                                });
    });
    if (!done)
        return done.error();
    return this->centre(centre.meta.uuid);
}

Result<void> CentreRepository::updateCentre(const Centre& given)
{
    Centre centre = given;
    centre.teamUuids.removeDuplicates();
    if (auto valid = validate(centre); !valid)
        return valid;
    if (!exists("centre", centre.meta.uuid))
        return Error{noCentre(), {}};
    return inTransaction([&]() -> Result<void> {
        if (auto changed = store().update(QStringLiteral("centre"), centre.meta.uuid, centreFields(centre));
            !changed)
            return changed.error();
        return syncAssociations(QStringLiteral("centre_group"), QStringLiteral("centre_groups"),
                                QStringLiteral("centre"), centre.meta.uuid, QStringLiteral("team"),
                                centre.teamUuids, [&](int i) {
                                    return Fields{{QStringLiteral("centre"), centre.meta.uuid},
                                                  {QStringLiteral("team"), centre.teamUuids[i]}};
                                });
    });
}

Result<QList<RecordRef>> CentreRepository::deleteCentre(const QString& uuid)
{
    return deleteRecord("centre", uuid, noCentre());
}

Result<void> CentreRepository::readGroups(Centre& centre)
{
    auto teams = readList<QString>(
        QStringLiteral(
            "SELECT g.team FROM centre_groups g JOIN teams t ON t.uuid = g.team WHERE g.centre = ? "
            "AND g.deleted = 0 AND t.deleted = 0 ORDER BY t.name"),
        {centre.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "team"); });
    if (!teams)
        return teams.error();
    centre.teamUuids = *teams;
    return {};
}

Result<Centre> CentreRepository::centre(const QString& uuid)
{
    auto found = readOne<Centre>("centre", uuid, readCentre, noCentre());
    if (!found)
        return found;
    if (auto groups = readGroups(*found); !groups)
        return groups.error();
    return found;
}

Result<QList<Centre>> CentreRepository::centres()
{
    return centresOf({});
}

Result<QList<Centre>> CentreRepository::centresOf(const QStringList& teamUuids)
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT * FROM centres c WHERE c.deleted = 0 ");
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND EXISTS (SELECT 1 FROM centre_groups g WHERE g.centre = c.uuid AND "
                                    "g.deleted = 0 AND g.team IN %1) ")
                         .arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY c.name COLLATE NOCASE, c.uuid");
    auto found = readList<Centre>(statement, values, readCentre);
    if (!found)
        return found;
    for (Centre& centre : *found)
        if (auto groups = readGroups(centre); !groups)
            return groups.error();
    return found;
}

Result<void> CentreRepository::validate(const Equipment& equipment)
{
    if (!exists("centre", equipment.centreUuid))
        return fieldError(QStringLiteral("centre"), noCentre());
    if (equipment.item.trimmed().isEmpty())
        return fieldError(QStringLiteral("item"), tr("Name the item of equipment (a computer, chairs…)."));
    if (equipment.quantity < 0)
        return fieldError(QStringLiteral("quantity"), tr("The number of items cannot be negative."));
    return {};
}

Result<Equipment> CentreRepository::createEquipment(Equipment equipment)
{
    if (auto valid = validate(equipment); !valid)
        return valid.error();
    equipment.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("equipment"), equipment.meta.uuid, equipmentFields(equipment));
    });
    if (!done)
        return done.error();
    return this->equipment(equipment.meta.uuid);
}

Result<void> CentreRepository::updateEquipment(const Equipment& equipment)
{
    if (auto valid = validate(equipment); !valid)
        return valid;
    return updateRecord("equipment", equipment.meta.uuid, equipmentFields(equipment),
                        tr("This item of equipment no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> CentreRepository::deleteEquipment(const QString& uuid)
{
    return deleteRecord("equipment", uuid,
                        tr("This item of equipment no longer exists; it may have been deleted."));
}

Result<Equipment> CentreRepository::equipment(const QString& uuid)
{
    return readOne<Equipment>("equipment", uuid, readEquipment,
                              tr("This item of equipment no longer exists; it may have been deleted."));
}

Result<QList<Equipment>> CentreRepository::equipmentOf(const QString& centreUuid)
{
    return readList<Equipment>(
        QStringLiteral("SELECT * FROM centre_equipment WHERE centre = ? AND deleted = 0 "
                       "ORDER BY item COLLATE NOCASE, created_hlc"),
        {centreUuid}, readEquipment);
}

Result<void> CentreRepository::validate(const CentreVisit& visit)
{
    if (!exists("centre", visit.centreUuid))
        return fieldError(QStringLiteral("centre"), noCentre());
    if (!visit.date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the reception day as dd.MM.yyyy."));
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        if (visit.visitors.cell(i) < 0)
            return fieldError(QStringLiteral("visitors"), tr("The number of visitors cannot be negative."));
    return {};
}

Result<CentreVisit> CentreRepository::createVisit(CentreVisit visit)
{
    if (auto valid = validate(visit); !valid)
        return valid.error();
    visit.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("centre_visit"), visit.meta.uuid, visitFields(visit)); });
    if (!done)
        return done.error();
    return this->visit(visit.meta.uuid);
}

Result<void> CentreRepository::updateVisit(const CentreVisit& visit)
{
    if (auto valid = validate(visit); !valid)
        return valid;
    return updateRecord("centre_visit", visit.meta.uuid, visitFields(visit),
                        tr("This reception day no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> CentreRepository::deleteVisit(const QString& uuid)
{
    return deleteRecord("centre_visit", uuid,
                        tr("This reception day no longer exists; it may have been deleted."));
}

Result<CentreVisit> CentreRepository::visit(const QString& uuid)
{
    return readOne<CentreVisit>("centre_visit", uuid, readVisit,
                                tr("This reception day no longer exists; it may have been deleted."));
}

Result<QList<CentreVisit>> CentreRepository::visits(const QString& centreUuid)
{
    return readList<CentreVisit>(
        QStringLiteral("SELECT * FROM centre_visits WHERE centre = ? AND deleted = 0 "
                       "ORDER BY date DESC, created_hlc DESC"),
        {centreUuid}, readVisit);
}

Result<QList<CentreUse>> CentreRepository::use(QDate from, QDate to, const QStringList& teamUuids)
{
    auto centres = centresOf(teamUuids);
    if (!centres)
        return centres.error();
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    QList<CentreUse> uses;
    for (const Centre& centre : *centres) {
        CentreUse use;
        use.centre = centre;
        auto district = sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT COALESCE(NULLIF(%1, ''), name_en) FROM gazetteer "
                                                   "WHERE uuid = ?")
                                        .arg(districtColumn()),
                                    {centre.districtUuid});
        if (!district)
            return district.error();
        use.districtName = district->toString();
        auto visits = sql::run(
            m_db.connection(),
            QStringLiteral(
                "SELECT COUNT(*), SUM(visitors_f_u18), SUM(visitors_f_18_29), SUM(visitors_f_30_49), "
                "SUM(visitors_f_50p), SUM(visitors_m_u18), SUM(visitors_m_18_29), "
                "SUM(visitors_m_30_49), SUM(visitors_m_50p) FROM centre_visits WHERE centre = ? AND "
                "deleted = 0 AND date BETWEEN ? AND ?"),
            {centre.meta.uuid, first, last});
        if (!visits)
            return visits.error();
        if (visits->next()) {
            use.receptionDays = visits->value(0).toInt();
            int cell = 0;
            for (Sex sex : {Sex::Female, Sex::Male})
                for (AgeBand band :
                     {AgeBand::Under18, AgeBand::From18To29, AgeBand::From30To49, AgeBand::From50})
                    use.visitors.set(sex, band, visits->value(1 + cell++).toInt());
        }
        QVariantList meetingValues{centre.meta.uuid, first, last};
        QString meetingStatement = QStringLiteral(
            "SELECT COUNT(*) FROM meetings WHERE centre = ? AND deleted = 0 AND date BETWEEN ? AND ?");
        if (!teamUuids.isEmpty())
            meetingStatement += QStringLiteral(" AND team IN %1").arg(sql::inList(teamUuids, meetingValues));
        auto meetings = sql::scalar(m_db.connection(), meetingStatement, meetingValues);
        if (!meetings)
            return meetings.error();
        use.meetings = meetings->toInt();
        auto repair = sql::scalar(m_db.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM centre_equipment WHERE centre = ? AND "
                                                 "deleted = 0 AND condition <> 'good'"),
                                  {centre.meta.uuid});
        if (!repair)
            return repair.error();
        use.equipmentNeedingRepair = repair->toInt();
        uses.append(use);
    }
    return uses;
}

Fields CentreRepository::fieldsOf(const Centre& record)
{
    return centreFields(record);
}
Centre CentreRepository::centreFromRow(const QSqlRecord& row)
{
    return readCentre(row);
}
Fields CentreRepository::fieldsOf(const Equipment& record)
{
    return equipmentFields(record);
}
Equipment CentreRepository::equipmentFromRow(const QSqlRecord& row)
{
    return readEquipment(row);
}
Fields CentreRepository::fieldsOf(const CentreVisit& record)
{
    return visitFields(record);
}
CentreVisit CentreRepository::visitFromRow(const QSqlRecord& row)
{
    return readVisit(row);
}

} // namespace hamkori
