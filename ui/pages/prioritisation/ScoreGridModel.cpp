#include "ScoreGridModel.h"
#include "core/storage/PrioritisationRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/RestrictedMark.h"
#include <QLocale>

namespace hamkori {

namespace {
QString key(const QString& concern, const QString& criterion)
{
    return concern + QLatin1Char('|') + criterion;
}
/// Breaks a criterion's name into short lines so that the columns stay narrow.
QString wrapped(const QString& name)
{
    QStringList lines;
    QString line;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 12) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ScoreGridModel::ScoreGridModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void ScoreGridModel::setRound(const RoundInfo& info)
{
    if (info.sameShape(m_info)) {
        m_info = info;
        reloadScores();
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        return;
    }
    beginResetModel();
    m_info = info;
    m_values.clear();
    endResetModel();
    reloadScores();
}

void ScoreGridModel::setGroup(ParticipantGroup group)
{
    if (group == m_group)
        return;
    m_group = group;
    reloadScores();
}

void ScoreGridModel::reloadScores()
{
    QHash<QString, int> values;
    if (m_info.isValid())
        if (auto scores = PrioritisationRepository(m_session.db()).scores(m_info.round.meta.uuid))
            for (const Score& s : *scores)
                if (s.group == m_group)
                    values.insert(key(s.concernUuid, s.criterionUuid), s.value);
    if (values == m_values)
        return;
    m_values = values;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString ScoreGridModel::concernAt(int row) const
{
    return m_info.round.concernUuids.value(row);
}

QString ScoreGridModel::criterionAt(int column) const
{
    return column >= 0 && column < m_info.round.criteria.size() ? m_info.round.criteria[column].criterionUuid
                                                                : QString();
}

int ScoreGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_info.round.concernUuids.size());
}

int ScoreGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_info.round.criteria.size());
}

QVariant ScoreGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto found = m_values.constFind(key(concernAt(index.row()), criterionAt(index.column())));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return found == m_values.cend() ? QVariant() : QVariant(*found);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("Type 1 to 5 to score, Delete to clear");
    default:
        return {};
    }
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        const RoundCriterion& c = m_info.round.criteria[section];
        if (role == Qt::DisplayRole)
            return tr("%1\n(weight %2)")
                .arg(wrapped(m_info.criterionName(c.criterionUuid)), QLocale().toString(c.weight, 'g', 4));
        if (role == Qt::ToolTipRole)
            return m_info.criterionName(c.criterionUuid);
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const QString uuid = concernAt(section);
        if (role == Qt::DisplayRole) {
            // Long titles are cut so that the criteria keep their room; the tooltip has the whole title.
            const QString text = m_info.concernText(uuid);
            return text.size() > 30 ? text.left(28) + QStringLiteral("…") : text;
        }
        if (role == Qt::ToolTipRole) {
            return m_info.isRestricted(uuid)
                       ? m_info.concernText(uuid) + QLatin1Char('\n') + RestrictedMark::toolTip()
                       : m_info.concernText(uuid);
        }
        if (role == Qt::DecorationRole && m_info.isRestricted(uuid))
            return RestrictedMark::icon();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ScoreGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString roundUuid = m_info.round.meta.uuid;
    const QString concern = concernAt(index.row());
    const QString criterion = criterionAt(index.column());
    const ParticipantGroup group = m_group;
    const auto found = m_values.constFind(key(concern, criterion));
    const std::optional<int> previous = found == m_values.cend() ? std::nullopt : std::optional<int>(*found);

    std::optional<int> next;
    const QString text = value.toString().trimmed();
    if (!value.isNull() && !text.isEmpty()) {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < 1 || number > 5) {
            Q_EMIT editRefused(tr("A score must be a whole number from 1 to 5."));
            return false;
        }
        next = number;
    }
    if (next == previous)
        return true;

    Database& db = m_session.db();
    auto write = [&db, roundUuid, concern, criterion, group](std::optional<int> v) -> Result<void> {
        PrioritisationRepository repo(db);
        return v ? repo.setScore(roundUuid, concern, criterion, group, *v)
                 : repo.clearScore(roundUuid, concern, criterion, group);
    };
    const QString code = m_info.concernCode(concern);
    const QString criterionName = m_info.criterionName(criterion);
    const QString groupName = displayName(group).toLower();
    const QString text2 = next ? tr("score %1 on %2 for %3").arg(code, criterionName, groupName)
                               : tr("clear score of %1 on %2 for %3").arg(code, criterionName, groupName);
    auto done = undo::perform(
        m_session, text2, [write, next] { return write(next); },
        [write, previous] { return write(previous); });
    if (!done) {
        Q_EMIT editRefused(done.errorMessage());
        return false;
    }
    // The commit's recordsChanged normally refreshed the grid already; this keeps the model right on its own.
    reloadScores();
    return true;
}

} // namespace hamkori
