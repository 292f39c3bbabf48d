#pragma once
// The score grid of one participant group: a row per concern of the round, a column per criterion (its
// weight in the header), each cell the group's 1–5 score. setData() never writes itself: it pushes an undo
// command that sets or clears the score through PrioritisationRepository.
#include "RoundInfo.h"
#include <QAbstractTableModel>
#include <QHash>

namespace hamkori {

class Session;

class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ScoreGridModel(Session& session, QObject* parent = nullptr);

    /// Shows a round (keeps rows and columns when only the scores changed, so the current cell stays).
    void setRound(const RoundInfo& info);
    void setGroup(ParticipantGroup group);
    ParticipantGroup group() const { return m_group; }
    /// Reads the scores again.
    void reloadScores();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// A number 1–5 sets the score, an empty value clears it; anything else is refused (editRefused).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    QString concernAt(int row) const;
    QString criterionAt(int column) const;

    Session& m_session;
    RoundInfo m_info;
    ParticipantGroup m_group = ParticipantGroup::Women;
    QHash<QString, int> m_values; // concern + '|' + criterion → score of m_group
};

} // namespace hamkori
