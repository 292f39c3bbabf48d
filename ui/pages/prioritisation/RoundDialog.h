#pragma once
// Starts a prioritisation round, or edits one: the meeting (one of the team's), the title, the date, the
// concerns put to the vote (the team's concerns that are still open) and the criteria with their weights.
// The dialog does not write: on OK it hands the round to `submit`; a refused round stays open with the
// message shown next to its field.
#include "core/Result.h"
#include "core/model/Prioritisation.h"
#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hamkori {

class OptionalDateEdit;

class Database;
class FieldErrors;

class RoundDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const PrioritisationRound&)>;

    /// `round` holds the team (and, to edit, everything else); without a UUID the dialog starts a round.
    RoundDialog(Database& db, const PrioritisationRound& round, Submit submit, QWidget* parent = nullptr);

    /// The round as filled in.
    PrioritisationRound round() const;
    FieldErrors* errors() const { return m_errors; }

    void accept() override;

private:
    void fillMeetings();
    void fillConcerns();
    void fillCriteria();

    Database& m_db;
    PrioritisationRound m_round;
    Submit m_submit;
    QComboBox* m_meeting;
    QLineEdit* m_title;
    OptionalDateEdit* m_date;
    QTableWidget* m_concerns;
    QTableWidget* m_criteria;
    QDialogButtonBox* m_buttons;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
