#pragma once
// A centre's reception days: the list (date, women, men, all visitors), and under it the day chosen, its date
// and its visitors by sex and age band, saved at once as they are typed and confirmed. "New reception day"
// adds today's (the date is then typed over); every change is one undo step.
#include "core/model/Centre.h"
#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class Database;
class FieldErrors;
class OptionalDateEdit;
class Session;
class SexAgeCountsGrid;

/// The reception days of one centre, newest first.
class ReceptionDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Women,
        Men,
        Total,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit ReceptionDayModel(Database& db, QObject* parent = nullptr);
    void setCentre(const QString& centreUuid);
    void reload();
    int rowOf(const QString& uuid) const;
    const CentreVisit& at(int row) const { return m_days[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_centre;
    QList<CentreVisit> m_days;
};

class ReceptionDaysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionDaysPanel(Session& session, QWidget* parent = nullptr);

    void setCentre(const QString& centreUuid);
    ReceptionDayModel* model() const { return m_model; }
    FieldErrors* errors() const { return m_errors; }
    /// The day the form under the list shows (empty when none is chosen).
    QString shownDay() const { return m_day; }
    void retranslate();

private:
    void showDay(const QString& uuid);
    void addDay();
    void deleteDay();
    void save(const CentreVisit& after, const QString& text);

    Session& m_session;
    QString m_centre;
    QString m_day;
    ReceptionDayModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_delete;
    QWidget* m_dayBox;
    QLabel* m_dateLabel;
    OptionalDateEdit* m_date;
    SexAgeCountsGrid* m_visitors;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
