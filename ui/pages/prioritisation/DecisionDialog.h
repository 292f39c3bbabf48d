#pragma once
// Records the decision of a round: which of its concerns become priorities (pre-ticked: the top three by
// overall rank, or the earlier choice), why, and when. The dialog does not write: on OK it hands the choice
// to `submit`; a refused decision keeps the dialog open with the message next to its field.
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

    DecisionDialog(const RoundInfo& info, const analysis::PrioritisationResult& result, Submit submit,
                   QWidget* parent = nullptr);

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
