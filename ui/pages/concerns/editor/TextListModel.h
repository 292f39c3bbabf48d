#pragma once
// An editable list of short texts (a concern's causes or effects). The model never writes itself: every
// change (edit in place, add, remove, move) goes to `commit`, which saves it through the undo layer; when
// commit refuses, the model goes back to what it showed.
#include <QAbstractListModel>
#include <QStringList>
#include <functional>

namespace hamkori {

class TextListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Commit = std::function<bool(const QStringList& items)>;

    explicit TextListModel(QObject* parent = nullptr);
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    /// What is stored (on load and reload); nothing happens when it is what the model shows.
    void setItems(const QStringList& items);
    QStringList items() const { return m_items; }

    bool append(const QString& text);
    bool removeAt(int row);
    /// Moves a row up (-1) or down (+1).
    bool move(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool commitOrReset(const QStringList& previous);

    QStringList m_items;
    Commit m_commit;
};

} // namespace hamkori
