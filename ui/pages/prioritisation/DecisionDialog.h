#pragma once
// Records the decision of a round: which of its concerns become priorities, why, and when. Pre-ticked are
// only the concerns the user chose (selected in the results, or the earlier decision): the team decides,
// not the ranking — ticking the top three by rank for them ticked more than they chose when ranks tie. The
// dialog does not write: on OK it hands the choice to `submit`; a refused decision keeps the dialog open with
// the message next to its field.
#include "RoundInfo.h"
#include "core/Result.h"
#include "core/analysis/Prioritisation.h"
#include <QDialog>
#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace hamkori {

class OptionalDateEdit;

class FieldErrors;

struct Decision
{
    QStringList chosen;
    QString note;
    QDate date;
};

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const Decision&)>;

    /// `chosen`: the concerns ticked when the dialog opens.
    DecisionDialog(const RoundInfo& info, const analysis::PrioritisationResult& result,
                   const QStringList& chosen, Submit submit, QWidget* parent = nullptr);

    Decision decision() const;
    FieldErrors* errors() const { return m_errors; }
    void accept() override;

private:
    Submit m_submit;
    QListWidget* m_concerns;
    QPlainTextEdit* m_note;
    OptionalDateEdit* m_date;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
