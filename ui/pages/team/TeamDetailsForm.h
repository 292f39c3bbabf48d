#pragma once
// The details of a team: name, code, district or city, jamoat or town, centre address, date established.
// For an existing team every field is saved at once, undoably, when it changes; for a new team the form is
// filled in and "Create team" makes it. Refused edits show next to their field and save nothing. When another
// team has the same code (two laptops each made one, and an exchange brought both), a warning under the code
// names it and a button leads to the code field to change it: team codes are people's to choose.
#include "core/model/Team.h"
#include <QWidget>
#include <functional>

class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hamkori {

class DistrictCombo;
class FieldErrors;
class OptionalDateEdit;
class Session;

class TeamDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TeamDetailsForm(Session& session, QWidget* parent = nullptr);

    /// Shows a team (edits save at once); an empty UUID starts a new team.
    void showTeam(const QString& teamUuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString teamUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void teamCreated(const QString& teamUuid);
    void deleteRequested();

private:
    void createTeam();
    void fill(const Team& team);
    void reloadShown();
    /// Shows or hides the warning that another team has this team's code.
    void updateCodeWarning();
    /// Saves one field of the team shown: reads it from core, applies `change`, pushes the undoable edit.
    void commit(const std::function<void(Team&)>& change, const char* text);

    Session& m_session;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QLineEdit* m_code;
    DistrictCombo* m_district;
    QLineEdit* m_jamoat;
    QLineEdit* m_address;
    OptionalDateEdit* m_established;
    QComboBox* m_kind;
    QLabel* m_codeHint;
    QWidget* m_codeShared; // the warning and its button, shown while another team has the code
    QLabel* m_codeSharedText;
    QPushButton* m_changeCode;
    QPushButton* m_create;
    QPushButton* m_delete;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
