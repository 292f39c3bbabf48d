#include "SurveyListModel.h"
#include "core/model/Formats.h"

namespace hamkori {

SurveyListModel::SurveyListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        // Sheets and tallies change the counts shown.
        for (const QString& kind : kinds)
            if (kind == u"survey" || kind == u"survey_response" || kind == u"team") {
                reload();
                return;
            }
    });
}

void SurveyListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void SurveyListModel::setKind(std::optional<SurveyKind> kind)
{
    m_kind = kind;
    reload();
}

void SurveyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_all.clear();
    if (!m_team.isEmpty())
        if (auto all = SurveyRepository(m_db).surveys({m_team}))
            m_all = *all;
    for (const SurveySummary& row : std::as_const(m_all))
        if (!m_kind || row.survey.kind == *m_kind)
            m_rows << row;
    endResetModel();
}

int SurveyListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].survey.meta.uuid == uuid)
            return i;
    return -1;
}

QString SurveyListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].survey.meta.uuid : QString();
}

int SurveyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurveyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SurveySummary& row = m_rows[index.row()];
    const Survey& s = row.survey;
    if (role == UuidRole)
        return s.meta.uuid;
    if (role == Qt::TextAlignmentRole && (index.column() == Sheets || index.column() == Tallied))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return role == Qt::ToolTipRole && !s.title.isEmpty() ? s.title : s.code;
    case Kind:
        return displayName(s.kind);
    case Start:
        if (s.end.isValid() && s.end != s.start)
            return tr("%1 to %2").arg(Formats::date(s.start), Formats::date(s.end));
        return Formats::date(s.start);
    case Area:
        return s.area;
    case Sheets:
        return row.sheets;
    case Tallied:
        return row.tallied;
    default:
        return {};
    }
}

QVariant SurveyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case Start:
        return tr("Days");
    case Area:
        return tr("Area");
    case Sheets:
        return role == Qt::ToolTipRole ? tr("Survey sheets typed in") : tr("Sheets");
    case Tallied:
        return role == Qt::ToolTipRole ? tr("People counted only in tallies") : tr("Tallied");
    default:
        return {};
    }
}

} // namespace hamkori
