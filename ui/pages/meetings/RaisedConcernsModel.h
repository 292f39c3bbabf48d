#pragma once
// The concerns first raised at one meeting: code, title, status. Restricted concerns carry a lock and say why.
#include "core/storage/MeetingQueries.h"
#include <QAbstractTableModel>

namespace hamkori {

class RaisedConcernsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        Status,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit RaisedConcernsModel(Database& db, QObject* parent = nullptr);

    void setMeeting(const QString& meetingUuid);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Names the columns and values again in the current language.
    void retranslate();
    QString uuidAt(int row) const;
    int rowOf(const QString& uuid) const;

private:
    Database& m_db;
    QString m_meeting;
    QList<RaisedConcern> m_concerns;
};

} // namespace hamkori
