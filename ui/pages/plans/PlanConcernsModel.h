#pragma once
// The concerns of the plan's team as a checklist: ticked = the plan addresses it. Concerns chosen as
// priorities come first. Ticking pushes an undoable change of the plan (PlanRepository::updatePlan).
#include "core/Result.h"
#include <QAbstractListModel>

namespace hamkori {
class Session;
}

namespace hamkori::plans {

class PlanConcernsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit PlanConcernsModel(Session& session, QObject* parent = nullptr);

    void setPlan(const QString& teamUuid, const QString& planUuid);
    void reload();
    int rowOf(const QString& concernUuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void editRefused(const hamkori::Error& error);

private:
    struct Row
    {
        QString uuid;
        QString code;
        QString title;
        bool priority = false;
        bool restricted = false;
    };
    Session& m_session;
    QString m_team;
    QString m_plan;
    QList<Row> m_rows;
    QStringList m_ticked;
};

} // namespace hamkori::plans
