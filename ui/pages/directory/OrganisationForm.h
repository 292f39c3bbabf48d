#pragma once
// The editor of one organisation of the directory, in three tabs: its details (names, kind, address,
// contact, experience with international agencies, the network's memorandum, notes), where it works and
// what it knows (districts and fields of expertise, ticked in lists), and the services it offers. For an
// existing organisation every field is saved when the user leaves it or ticks an entry, as an undo step that
// changes that field only; a new one is filled in and made by "Add to the directory". Refused edits show
// next to their field and save nothing.
#include "DirectoryNames.h"
#include "core/model/Directory.h"
#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace hamkori {

class CheckList;
class CommitOnLeaveTextEdit;
class FieldErrors;
class OptionalDateEdit;
class ServicesPanel;
class Session;

class OrganisationForm : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationForm(Session& session, QWidget* parent = nullptr);

    /// Shows an organisation; an empty or unknown UUID starts a new one.
    void showOrganisation(const QString& uuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString organisationUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    ServicesPanel* services() const { return m_services; }
    /// Reads the names of places and list entries again (a change of language, an edited list).
    void setNames(const directory::Names& names);
    /// Shows again what is stored (after a change elsewhere or an undo), leaving a field being typed alone.
    void reloadShown();
    void retranslate();

Q_SIGNALS:
    void organisationCreated(const QString& uuid);

private:
    void create();
    void fill(const Organisation& organisation);
    Organisation fromFields(Organisation organisation) const;
    /// Saves one field of the organisation shown: reads it from core, applies `change`, pushes the edit.
    void commit(const std::function<void(Organisation&)>& change, const char* text);

    Session& m_session;
    QString m_uuid;
    directory::Names m_names;
    bool m_loading = false;

    QLabel* m_heading;
    QTabWidget* m_tabs;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
    QLineEdit* m_address;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    CommitOnLeaveTextEdit* m_experience;
    OptionalDateEdit* m_memorandum;
    QLabel* m_memorandumHint;
    CommitOnLeaveTextEdit* m_notes;
    QLabel* m_districtsCaption;
    CheckList* m_districts;
    QLabel* m_expertiseCaption;
    CheckList* m_expertise;
    ServicesPanel* m_services;
    QPushButton* m_create;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
