#pragma once
// Asks for a concern's new status, the date of the change and a note (required to drop it). The dialog does
// not save: it emits submitted(), the editor saves and either closes it or shows the refusal in it.
#include "core/Result.h"
#include "core/model/Enums.h"
#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace hamkori {

class FieldErrors;
class OptionalDateEdit;

class ChangeStatusDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeStatusDialog(QWidget* parent = nullptr);

    /// Prepares the dialog for a concern: its code, its status now, today's date, an empty note.
    void prepare(const QString& code, ConcernStatus current);
    void showError(const Error& error);

Q_SIGNALS:
    void submitted(ConcernStatus status, QDate date, const QString& note);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();

    QString m_code;
    ConcernStatus m_current = ConcernStatus::Raised;
    QLabel* m_intro;
    QLabel* m_statusLabel;
    QLabel* m_dateLabel;
    QLabel* m_noteLabel;
    QComboBox* m_status;
    OptionalDateEdit* m_date;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
    FieldErrors* m_errors;
};

} // namespace hamkori
