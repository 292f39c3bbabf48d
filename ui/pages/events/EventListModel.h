#pragma once
// The events of one team, newest first: code, first day, kind, title, where it was held (the centre, or the
// place as written) and how many took part (named and counted). A kind and a search by title narrow the
// list. It follows the database's change signal by itself.
#include "core/storage/EventRepository.h"
#include <QAbstractTableModel>
#include <optional>

namespace hamkori {

class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Start,
        Kind,
        Title,
        Place,
        Participants,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit EventListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    /// Only events of this kind (none: every kind).
    void setKind(std::optional<EventKind> kind);
    /// Only events whose title holds this text (case and Tajik letters as typed).
    void setSearch(const QString& text);
    void reload();
    int rowOf(const QString& uuid) const;
    QString uuidAt(int row) const;
    /// Events of the team, whatever the filter.
    int teamEventCount() const { return m_all; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_team;
    std::optional<EventKind> m_kind;
    QString m_search;
    QList<EventSummary> m_rows;
    int m_all = 0;
    QString m_lastError;
};

} // namespace hamkori
