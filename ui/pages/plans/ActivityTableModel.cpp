#include "ActivityTableModel.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/HeaderText.h"
#include <QBrush>
#include <QFont>
#include <QLocale>

namespace hamkori::plans {

namespace {

QString dmy(QDate date)
{
    return Formats::date(date);
}

std::optional<double> optionalNumber(const QVariant& value)
{
    if (!value.isValid() || value.isNull() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.typeId() == QMetaType::QString ? QLocale().toDouble(value.toString(), &ok)
                                                               : value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

QVariant toVariant(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QString money(double amount)
{
    return Formats::money(amount);
}

} // namespace

ActivityTableModel::ActivityTableModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_today(QDate::currentDate())
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList shown{QStringLiteral("activity"), QStringLiteral("plan"),
                                       QStringLiteral("reference_item")};
        for (const QString& kind : kinds)
            if (shown.contains(kind)) {
                reload();
                return;
            }
    });
}

void ActivityTableModel::setPlan(const QString& planUuid)
{
    m_plan = planUuid;
    reload();
}

void ActivityTableModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActivityTableModel::reload()
{
    ReferenceRepository references(m_session.db());
    auto leads = references.items(ReferenceList::LeadBody);
    auto funding = references.items(ReferenceList::FundingSource);
    m_leadBodies = leads ? *leads : QList<ReferenceItem>();
    m_fundingSources = funding ? *funding : QList<ReferenceItem>();

    QList<Activity> rows;
    m_planCode.clear();
    if (!m_plan.isEmpty()) {
        PlanRepository plans(m_session.db());
        if (auto plan = plans.plan(m_plan)) {
            m_planCode = plan->code;
            if (auto activities = plans.activities(m_plan))
                rows = *activities;
        }
    }
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].meta.uuid == m_rows[i].meta.uuid;
    // Same activities in the same order (a field edited): update in place, so that an open editor or the
    // delegate that is committing is not reset under the view.
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT reloaded();
}

int ActivityTableModel::rowOf(const QString& activityUuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meta.uuid == activityUuid)
            return i;
    return -1;
}

QString ActivityTableModel::referenceName(const QString& uuid) const
{
    const QString language = Translations::current();
    for (const auto* list : {&m_leadBodies, &m_fundingSources})
        for (const ReferenceItem& item : *list)
            if (item.meta.uuid == uuid)
                return item.name(language);
    return {};
}

QList<std::pair<QString, QVariant>> ActivityTableModel::choices(int column) const
{
    QList<std::pair<QString, QVariant>> result;
    const QString language = Translations::current();
    if (column == LeadBody) {
        for (const ReferenceItem& item : m_leadBodies)
            result.append({item.name(language), item.meta.uuid});
    } else if (column == FundingSource) {
        result.append({tr("(not decided)"), QString()});
        for (const ReferenceItem& item : m_fundingSources)
            result.append({item.name(language), item.meta.uuid});
    } else if (column == Status) {
        for (int i = 0; i < enumCount<ActivityStatus>(); ++i)
            result.append({displayName(ActivityStatus(i)), codeOf(ActivityStatus(i))});
    }
    return result;
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Activity& a = m_rows[index.row()];
    const bool overdue = a.isOverdueOn(m_today);
    const int column = index.column();
    switch (role) {
    case UuidRole:
        return a.meta.uuid;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::FontRole:
        if (overdue && column == Deadline) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Number || column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: the deadline %1 has passed and the activity is not done.")
                .arg(dmy(a.deadline));
        if (column == Measure || column == Partners || column == OutputIndicator)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Number:
        return overdue && !edit ? QStringLiteral("⚠ %1").arg(index.row() + 1) : QVariant(index.row() + 1);
    case Measure:
        return a.measure;
    case LeadBody:
        return edit ? QVariant(a.leadBodyUuid) : QVariant(referenceName(a.leadBodyUuid));
    case Partners:
        return a.partners;
    case Start:
        return edit ? QVariant(a.start) : QVariant(dmy(a.start));
    case Deadline:
        return edit ? QVariant(a.deadline) : QVariant(dmy(a.deadline));
    case FundingSource:
        return edit ? QVariant(a.fundingSourceUuid) : QVariant(referenceName(a.fundingSourceUuid));
    case Amount:
        return edit ? QVariant(a.amountSomoni) : QVariant(money(a.amountSomoni));
    case OutputIndicator:
        return a.outputIndicator;
    case Status:
        return edit ? QVariant(codeOf(a.status)) : QVariant(displayName(a.status));
    case Resources:
        return a.resources;
    case OutcomeIndicator:
        return a.outcomeIndicator;
    case Baseline:
        return edit ? toVariant(a.outcomeBaseline)
                    : (a.outcomeBaseline ? QVariant(QLocale().toString(*a.outcomeBaseline)) : QVariant());
    case Target:
        return edit ? toVariant(a.outcomeTarget)
                    : (a.outcomeTarget ? QVariant(QLocale().toString(*a.outcomeTarget)) : QVariant());
    case Verification:
        return a.verification;
    case Risks:
        return a.risks;
    case GenderConflictNotes:
        return a.genderConflictNotes;
    default:
        return {};
    }
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != Number)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActivityTableModel::apply(int row, int column, const QVariant& value, Activity& a) const
{
    Q_UNUSED(row);
    switch (column) {
    case Measure:
        a.measure = value.toString().trimmed();
        return true;
    case LeadBody:
        a.leadBodyUuid = value.toString();
        return true;
    case Partners:
        a.partners = value.toString().trimmed();
        return true;
    case Start:
        a.start = value.toDate();
        return true;
    case Deadline:
        a.deadline = value.toDate();
        return true;
    case FundingSource:
        a.fundingSourceUuid = value.toString();
        return true;
    case Amount:
        a.amountSomoni = value.toDouble();
        return true;
    case OutputIndicator:
        a.outputIndicator = value.toString().trimmed();
        return true;
    case Status:
        if (auto status = enumFromCode<ActivityStatus>(value.toString())) {
            a.status = *status;
            return true;
        }
        return false;
    case Resources:
        a.resources = value.toString().trimmed();
        return true;
    case OutcomeIndicator:
        a.outcomeIndicator = value.toString().trimmed();
        return true;
    case Baseline:
        a.outcomeBaseline = optionalNumber(value);
        return true;
    case Target:
        a.outcomeTarget = optionalNumber(value);
        return true;
    case Verification:
        a.verification = value.toString().trimmed();
        return true;
    case Risks:
        a.risks = value.toString().trimmed();
        return true;
    case GenderConflictNotes:
        a.genderConflictNotes = value.toString().trimmed();
        return true;
    default:
        return false;
    }
}

QString ActivityTableModel::undoText(int column, int row) const
{
    const QString number = QString::number(row + 1);
    switch (column) {
    case Measure:
        return tr("change the measure of activity %1 of %2").arg(number, m_planCode);
    case LeadBody:
        return tr("change the lead body of activity %1 of %2").arg(number, m_planCode);
    case Partners:
        return tr("change the partners of activity %1 of %2").arg(number, m_planCode);
    case Start:
        return tr("change the start of activity %1 of %2").arg(number, m_planCode);
    case Deadline:
        return tr("change the deadline of activity %1 of %2").arg(number, m_planCode);
    case FundingSource:
        return tr("change the funding source of activity %1 of %2").arg(number, m_planCode);
    case Amount:
        return tr("change the amount of activity %1 of %2").arg(number, m_planCode);
    case Status:
        return tr("change the status of activity %1 of %2").arg(number, m_planCode);
    default:
        return tr("change activity %1 of %2").arg(number, m_planCode);
    }
}

bool ActivityTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole)
        return false;
    QVariant read = value;
    // A date typed in the table comes as its text: read here, so that one that is not a date is refused with
    // a message instead of becoming another day.
    if ((index.column() == Start || index.column() == Deadline) && value.typeId() == QMetaType::QString) {
        const Result<QDate> typed = readTypedDate(value.toString());
        if (!typed) {
            Q_EMIT editRefused(typed.error(), index.column());
            return false;
        }
        read = *typed;
    }
    const Activity before = m_rows[index.row()];
    Activity after = before;
    if (!apply(index.row(), index.column(), read, after))
        return false;
    const FieldPatch patch = RecordEdits::patch(before, after);
    if (patch.isEmpty())
        return true;
    auto done = undo::edit(m_session, undoText(index.column(), index.row()), patch);
    if (!done) {
        Q_EMIT editRefused(done.error(), index.column());
        return false;
    }
    return true; // the change signal reloaded the row
}

int ActivityTableModel::addActivity()
{
    if (m_plan.isEmpty())
        return -1;
    Database* db = &m_session.db();
    Activity activity;
    activity.planUuid = m_plan;
    activity.measure = tr("New activity");
    activity.leadBodyUuid = m_leadBodies.isEmpty() ? QString() : m_leadBodies.first().meta.uuid;
    auto created = undo::create(m_session, tr("add an activity to %1").arg(m_planCode),
                                QStringLiteral("activity"), [db, activity]() -> Result<QString> {
                                    auto made = PlanRepository(*db).createActivity(activity);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        Q_EMIT editRefused(created.error(), -1);
        return -1;
    }
    return rowOf(*created);
}

bool ActivityTableModel::moveActivity(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_rows.size() || other >= m_rows.size())
        return false;
    const Activity first = m_rows[row];
    const Activity second = m_rows[other];
    Activity movedFirst = first;
    Activity movedSecond = second;
    movedFirst.position = second.position;
    movedSecond.position = first.position;
    if (first.position == second.position) { // positions not yet distinct: number them by row
        movedFirst.position = other + 1;
        movedSecond.position = row + 1;
    }
    const QString text = delta < 0
                             ? tr("move activity %1 of %2 up").arg(QString::number(row + 1), m_planCode)
                             : tr("move activity %1 of %2 down").arg(QString::number(row + 1), m_planCode);
    // Two records in one transaction, each changed in its position only.
    auto done = undo::edit(m_session, text,
                           {RecordEdits::patch(first, movedFirst), RecordEdits::patch(second, movedSecond)});
    if (!done) {
        Q_EMIT editRefused(done.error(), -1);
        return false;
    }
    return true;
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == Number && role == Qt::DisplayRole)
        return tr("№");
    if (role == Qt::ToolTipRole)
        return columnName(section);
    return headerOnTwoLines(columnName(section));
}

QString ActivityTableModel::columnName(int column)
{
    switch (column) {
    case Number:
        return tr("Number");
    case Measure:
        return tr("Measure");
    case LeadBody:
        return tr("Lead body");
    case Partners:
        return tr("Partners");
    case Start:
        return tr("Start");
    case Deadline:
        return tr("Deadline");
    case FundingSource:
        return tr("Funding source");
    case Amount:
        return tr("Amount");
    case OutputIndicator:
        return tr("Output indicator");
    case Status:
        return tr("Status");
    case Resources:
        return tr("Resources");
    case OutcomeIndicator:
        return tr("Outcome indicator");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Verification:
        return tr("Means of verification");
    case Risks:
        return tr("Risks");
    case GenderConflictNotes:
        return tr("Gender and conflict notes");
    default:
        return {};
    }
}

} // namespace hamkori::plans
