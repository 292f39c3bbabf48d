#pragma once
// The survey rounds of one team, newest first: code, kind, days, area, sheets typed in and people tallied.
// A kind narrows the list. It follows the database's change signal by itself.
#include "core/storage/SurveyRepository.h"
#include <QAbstractTableModel>
#include <optional>

namespace hamkori {

class SurveyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Kind,
        Start,
        Area,
        Sheets,
        Tallied,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit SurveyListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    /// Only rounds of this kind (none: every kind).
    void setKind(std::optional<SurveyKind> kind);
    void reload();
    int rowOf(const QString& uuid) const;
    QString uuidAt(int row) const;
    /// The team's rounds, whatever the filter, newest first.
    const QList<SurveySummary>& teamSurveys() const { return m_all; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_team;
    std::optional<SurveyKind> m_kind;
    QList<SurveySummary> m_all;
    QList<SurveySummary> m_rows;
};

} // namespace hamkori
