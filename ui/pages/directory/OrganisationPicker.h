#pragma once
// Where a form names an organisation (a member's organisation): an editable combo box offering the
// organisations of the directory, where any other text may still be typed. Choosing an entry, or typing
// exactly its name or short name, points at that entry; any other text points at none and is kept as typed.
#include <QComboBox>

namespace hamkori {

class Database;

class OrganisationPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit OrganisationPicker(Database& db, QWidget* parent = nullptr);

    /// Reads the directory again; keeps what is shown.
    void reload();
    /// Shows a stored value without emitting edited().
    void setOrganisation(const QString& text, const QString& uuid);
    QString text() const;
    /// The directory entry the text names, empty when none.
    QString organisationUuid() const;

Q_SIGNALS:
    /// The user chose an entry or finished typing.
    void edited();

private:
    Database& m_db;
    bool m_loading = false;
};

} // namespace hamkori
