#pragma once
// The awareness campaigns of one team, newest first: code, start, end, title, channels, people reached
// directly and indirectly. A search keeps the campaigns whose title holds every word typed. It follows the
// database's change signal by itself.
#include "core/model/Event.h"
#include <QAbstractTableModel>

namespace hamkori {

class Database;

class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Start,
        End,
        Title,
        Channels,
        Direct,
        Indirect,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit CampaignListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    /// Words the title must hold (any case); empty shows every campaign.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    void reload();
    /// The headers and the channel names again, in the new language.
    void retranslate();
    int rowOf(const QString& uuid) const;
    QString uuidAt(int row) const;
    /// The team's campaigns, whatever the search.
    int campaignCount() const { return m_all; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool matches(const Campaign& campaign) const;

    Database& m_db;
    QString m_team;
    QString m_search;
    QList<Campaign> m_rows;
    int m_all = 0;
    QString m_lastError;
};

} // namespace hamkori
