#pragma once
// The gazetteer (regions, districts and cities of Tajikistan) as a table: region, kind, the name in English,
// Tajik and Russian, and former names. Names are edited in place through the undo layer.
#include "core/Result.h"
#include "core/model/Reference.h"
#include "RowReplacer.h"

namespace hamkori {
class Session;
}

namespace hamkori::settings {

class GazetteerModel : public RowReplacer
{
    Q_OBJECT
public:
    enum Column
    {
        Region,
        Kind,
        English,
        Tajik,
        Russian,
        FormerNames,
        ColumnCount
    };

    GazetteerModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    GazetteerEntry entry(int row) const { return m_entries.value(row); }
    int rowOf(const QString& uuid) const;
    /// The regions (kind "region"), for choosing the region of a new place.
    QList<GazetteerEntry> regions() const;
    /// The name of a region code in the current language ("TJ-SU" → "Sughd Region").
    QString regionName(const QString& regionCode) const;
    /// The kinds of place, as stored ("region", "district", "city", "city-district").
    static QStringList kinds();
    static QString kindName(const QString& kind);

    void reload();
    void retranslate();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editRefused(const hamkori::Error& error);

private:
    Session& m_session;
    QList<GazetteerEntry> m_entries;
    QString m_lastError;
};

} // namespace hamkori::settings
