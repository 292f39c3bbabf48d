#pragma once
// Adds a district or city to the gazetteer: its region, kind and names in the three languages. The place is
// created through the undo layer when the user confirms; a refused entry keeps the dialog open with the
// message next to the field.
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace hamkori {
class FieldErrors;
class Session;
} // namespace hamkori

namespace hamkori::settings {

class GazetteerModel;

class AddPlaceDialog : public QDialog
{
    Q_OBJECT
public:
    AddPlaceDialog(Session& session, const GazetteerModel& gazetteer, QWidget* parent = nullptr);

    /// The place made, once the dialog was accepted.
    QString createdUuid() const { return m_created; }

    void accept() override;

private:
    Session& m_session;
    QComboBox* m_region;
    QComboBox* m_kind;
    QLineEdit* m_english;
    QLineEdit* m_tajik;
    QLineEdit* m_russian;
    QLineEdit* m_former;
    QDialogButtonBox* m_buttons;
    FieldErrors* m_errors;
    QString m_created;
};

} // namespace hamkori::settings
