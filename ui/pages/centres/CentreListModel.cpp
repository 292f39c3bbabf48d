#include "CentreListModel.h"
#include "core/model/Formats.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include <QHash>

namespace hamkori {

CentreListModel::CentreListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"centre", "centre_group", "team", "gazetteer"})
            if (kinds.contains(QLatin1String(kind))) {
                reload();
                return;
            }
    });
    reload();
}

void CentreListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    auto centres = CentreRepository(m_db).centres();
    if (!centres) {
        m_lastError = centres.errorMessage();
    } else {
        QHash<QString, QString> teamNames;
        if (auto teams = TeamRepository(m_db).teams())
            for (const Team& team : *teams)
                teamNames.insert(team.meta.uuid, team.name);
        ReferenceRepository references(m_db);
        const QString language = Translations::current();
        for (const Centre& centre : *centres) {
            Row row{centre, {}, {}};
            if (auto place = references.gazetteerEntry(centre.districtUuid))
                row.district = place->name(language);
            QStringList groups;
            for (const QString& team : centre.teamUuids)
                groups << teamNames.value(team);
            groups.removeAll(QString());
            row.groups = groups.join(QStringLiteral(", "));
            m_rows << row;
        }
    }
    endResetModel();
}

int CentreListModel::rowOf(const QString& centreUuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].centre.meta.uuid == centreUuid)
            return i;
    return -1;
}

QString CentreListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].centre.meta.uuid : QString();
}

int CentreListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CentreListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CentreListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == UuidRole)
        return row.centre.meta.uuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.centre.name;
    case District:
        return row.district;
    case Groups:
        return row.groups;
    case Opened:
        return Formats::date(row.centre.opened);
    case Renovated:
        return Formats::date(row.centre.renovated);
    default:
        return {};
    }
}

QVariant CentreListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Centre");
    case District:
        return tr("District");
    case Groups:
        return tr("Groups meeting there");
    case Opened:
        return tr("Opened");
    case Renovated:
        return tr("Renovated");
    default:
        return {};
    }
}

} // namespace hamkori
