#pragma once
// The activities of one action plan as an editable table. setData() never writes itself: it pushes an undo
// command (ui/undo) that writes through PlanRepository::updateActivity with the activity before and after.
// A refused edit (a deadline before the start) pushes nothing and is reported by editRefused().
// The columns after Status are not shown in the table; the detail form under it edits them through the
// same setData(), so that every edit of an activity takes one path.
#include "core/model/ActionPlan.h"
#include "core/model/Reference.h"
#include <QAbstractTableModel>
#include <QDate>

namespace hamkori {
class Session;
struct Error;
} // namespace hamkori

namespace hamkori::plans {

class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Measure,
        LeadBody,
        Partners,
        Start,
        Deadline,
        FundingSource,
        Amount,
        OutputIndicator,
        Status,
        // shown in the detail form only
        Resources,
        OutcomeIndicator,
        Baseline,
        Target,
        Verification,
        Risks,
        GenderConflictNotes,
        ColumnCount
    };
    static constexpr int FirstDetailColumn = Resources;
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit ActivityTableModel(Session& session, QObject* parent = nullptr);

    void setPlan(const QString& planUuid);
    QString planUuid() const { return m_plan; }
    QString planCode() const { return m_planCode; }
    void reload();
    /// The day against which deadlines are judged (today unless a test sets it).
    void setToday(QDate today);

    const Activity& activityAt(int row) const { return m_rows[row]; }
    int rowOf(const QString& activityUuid) const;
    /// The column's name as in the table header (for messages that name the field).
    static QString columnName(int column);
    /// Choices of a combo column (lead body, funding source, status): display text and stored value.
    QList<std::pair<QString, QVariant>> choices(int column) const;

    /// Adds an activity at the end (undoable); returns its row, or -1 and reports the error.
    int addActivity();
    /// Moves an activity one place up (-1) or down (+1) (undoable).
    bool moveActivity(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// An edit was refused (nothing saved); `column` is the column edited, -1 when none.
    void editRefused(const hamkori::Error& error, int column);
    /// After a reload that reset the model: views restore their selection.
    void reloaded();

private:
    QString referenceName(const QString& uuid) const;
    QString undoText(int column, int row) const;
    bool apply(int row, int column, const QVariant& value, Activity& activity) const;

    Session& m_session;
    QString m_plan;
    QString m_planCode;
    QDate m_today;
    QList<Activity> m_rows;
    QList<ReferenceItem> m_leadBodies;
    QList<ReferenceItem> m_fundingSources;
};

} // namespace hamkori::plans
