#pragma once
// The directory's organisations as a read-only table: name, short name, kind, districts, fields of
// expertise, services and the date it joined the network, limited by a DirectoryFilter. Read from core on
// every change of the directory or of the names it shows.
#include "DirectoryNames.h"
#include "core/storage/DirectoryRepository.h"
#include <QAbstractTableModel>

namespace hamkori {

class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        ShortName,
        Kind,
        Districts,
        Expertise,
        Services,
        MemberSince,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    OrganisationListModel(Database& db, QObject* parent = nullptr);

    void setFilter(const DirectoryFilter& filter);
    const DirectoryFilter& filter() const { return m_filter; }
    /// Reads the organisations (and the names shown) again; the error, if any, in lastError().
    void reload();
    QString lastError() const { return m_error; }
    int rowOf(const QString& uuid) const;
    QString uuidAt(int row) const;
    const directory::Names& names() const { return m_names; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    DirectoryFilter m_filter;
    QList<OrganisationSummary> m_rows;
    directory::Names m_names;
    QString m_error;
};

} // namespace hamkori
