#pragma once
// A small dialog to register a concern raised at a meeting: title, category and the group that raised it.
// The page decides what happens on OK (the `submit` function); when core refuses, the dialog stays open and
// shows the message next to the field.
#include "core/Result.h"
#include "core/model/Enums.h"
#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hamkori {

class Database;
class FieldErrors;

class RegisterConcernDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const RegisterConcernDialog&)>;

    RegisterConcernDialog(Database& db, const QString& meetingCode, RaisedBy suggested, Submit submit,
                          QWidget* parent = nullptr);

    QString title() const;
    /// The chosen category's UUID, empty when none is chosen.
    QString categoryUuid() const;
    RaisedBy raisedBy() const;
    FieldErrors* errors() const { return m_errors; }

    void accept() override;

private:
    Submit m_submit;
    QLineEdit* m_title;
    QComboBox* m_category;
    QComboBox* m_raisedBy;
    QDialogButtonBox* m_buttons;
    FieldErrors* m_errors;
};

} // namespace hamkori
