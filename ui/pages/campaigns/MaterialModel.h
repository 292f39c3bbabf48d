#pragma once
// The materials one campaign made, edited in place: item and quantity. setData() never writes itself: it
// hands the edit to the owner (which pushes it on the undo stack), and the table shows what core stored when
// the database says the materials changed.
#include "core/Result.h"
#include "core/model/Event.h"
#include <QAbstractTableModel>
#include <functional>

namespace hamkori {

class Database;

class MaterialModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Item,
        Quantity,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;
    /// Saves a material changed in place: `before` as stored, `after` with the one field edited.
    using Edit = std::function<Result<void>(const CampaignMaterial& before, const CampaignMaterial& after)>;

    MaterialModel(Database& db, Edit edit, QObject* parent = nullptr);

    void setCampaign(const QString& campaignUuid);
    void reload();
    int rowOf(const QString& uuid) const;
    const CampaignMaterial& at(int row) const { return m_items[row]; }
    /// The last refusal of an edit in place (empty when the last edit was saved).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    Database& m_db;
    Edit m_edit;
    QString m_campaign;
    QList<CampaignMaterial> m_items;
    QString m_lastError;
};

} // namespace hamkori
