#include "TeamListModel.h"
#include "translations/Translations.h"

namespace hamkori {

TeamListModel::TeamListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList counted{QStringLiteral("team"),    QStringLiteral("member"),
                                         QStringLiteral("meeting"), QStringLiteral("concern"),
                                         QStringLiteral("plan"),    QStringLiteral("gazetteer")};
        for (const QString& kind : kinds)
            if (counted.contains(kind)) {
                reload();
                return;
            }
    });
    reload();
}

void TeamListModel::reload()
{
    beginResetModel();
    auto summaries = TeamRepository(m_db).summaries();
    m_lastError = summaries.errorMessage();
    m_teams = summaries ? *summaries : QList<TeamSummary>();
    endResetModel();
}

int TeamListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamListModel::districtName(const TeamSummary& summary) const
{
    const QString language = Translations::current();
    const QString& name = language == u"tg"   ? summary.districtNameTg
                          : language == u"ru" ? summary.districtNameRu
                                              : summary.districtNameEn;
    return name.isEmpty() ? summary.districtNameEn : name;
}

QVariant TeamListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_teams.size())
        return {};
    const TeamSummary& team = m_teams[index.row()];
    if (role == UuidRole)
        return team.team.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() >= Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return team.team.name;
    case Kind:
        return displayName(team.team.kind);
    case Code:
        return team.team.code;
    case District:
        return districtName(team);
    case Members:
        return QLocale().toString(team.members);
    case Meetings:
        return QLocale().toString(team.meetings);
    case Concerns:
        return QLocale().toString(team.concerns);
    case Plans:
        return QLocale().toString(team.plans);
    default:
        return {};
    }
}

QVariant TeamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team");
    case Kind:
        return tr("Kind of group");
    case Code:
        return tr("Code");
    case District:
        return tr("District or city");
    case Members:
        return tr("Members");
    case Meetings:
        return tr("Meetings");
    case Concerns:
        return tr("Concerns");
    case Plans:
        return tr("Action plans");
    default:
        return {};
    }
}

} // namespace hamkori
