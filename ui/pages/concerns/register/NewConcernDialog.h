#pragma once
// "New concern": the few fields a concern needs to be registered (title, category, place, the group that
// raised it, the date). OK creates it through the undo layer; a refused concern keeps the dialog open with
// the message next to the field.
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace hamkori {

class OptionalDateEdit;

class FieldErrors;
class Session;

class NewConcernDialog : public QDialog
{
    Q_OBJECT
public:
    NewConcernDialog(Session& session, const QString& teamUuid, QWidget* parent = nullptr);

    /// The concern made when the dialog was accepted.
    QString createdUuid() const { return m_created; }
    FieldErrors* errors() const { return m_errors; }

    void accept() override;

private:
    Session& m_session;
    QString m_team;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_place;
    QComboBox* m_raisedBy;
    OptionalDateEdit* m_firstRaised;
    QDialogButtonBox* m_buttons;
    FieldErrors* m_errors;
    QString m_created;
};

} // namespace hamkori
