#include "CampaignListModel.h"
#include "core/model/Formats.h"
#include "core/storage/CampaignRepository.h"
#include <QLocale>

namespace hamkori {

namespace {

QString channelNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        if (auto channel = enumFromCode<CampaignChannel>(code))
            names << displayName(*channel);
    return names.join(QStringLiteral(", "));
}

} // namespace

CampaignListModel::CampaignListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"campaign", "campaign_channel", "team"})
            if (kinds.contains(QLatin1String(kind))) {
                reload();
                return;
            }
    });
}

void CampaignListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void CampaignListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

bool CampaignListModel::matches(const Campaign& campaign) const
{
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (!campaign.title.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

void CampaignListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_all = 0;
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        CampaignRepository campaigns(m_db);
        auto all = campaigns.campaigns({m_team});
        if (!all) {
            m_lastError = all.errorMessage();
        } else {
            m_all = int(all->size());
            for (const CampaignSummary& row : *all) {
                if (!matches(row.campaign))
                    continue;
                // The list leaves the channels out; a team runs a few campaigns a year, so each is read
                // whole.
                auto whole = campaigns.campaign(row.campaign.meta.uuid);
                m_rows << (whole ? *whole : row.campaign);
            }
        }
    }
    endResetModel();
}

void CampaignListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CampaignListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meta.uuid == uuid)
            return i;
    return -1;
}

QString CampaignListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].meta.uuid : QString();
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Campaign& c = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case UuidRole:
        return c.meta.uuid;
    case Qt::TextAlignmentRole:
        if (index.column() == Direct || index.column() == Indirect)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Direct)
            return tr("Women and girls: %1, men and boys: %2")
                .arg(locale.toString(c.reached.total(Sex::Female)),
                     locale.toString(c.reached.total(Sex::Male)));
        if (index.column() == Indirect && !c.indirectMethod.isEmpty())
            return tr("Estimated: %1").arg(c.indirectMethod);
        return data(index, Qt::DisplayRole); // the columns cut short show it whole
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return c.code;
    case Start:
        return Formats::date(c.start);
    case End:
        return Formats::date(c.end);
    case Title:
        return c.title;
    case Channels:
        return channelNames(c.channels);
    case Direct:
        return locale.toString(c.reached.total());
    case Indirect:
        return locale.toString(c.reachedIndirectly);
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Direct)
        return tr("People reached directly");
    if (role == Qt::ToolTipRole && section == Indirect)
        return tr("People reached indirectly (estimated)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Title:
        return tr("Title");
    case Channels:
        return tr("Channels");
    case Direct:
        return tr("Directly");
    case Indirect:
        return tr("Indirectly");
    default:
        return {};
    }
}

} // namespace hamkori
