#pragma once
// The form beside the members table: a new member (filled in, then "Add member"), or an existing member whose
// every field is saved at once, undoably, when it changes. Refused edits show next to their field.
#include "core/model/Team.h"
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hamkori {

class FieldErrors;
class OptionalDateEdit;
class OrganisationPicker;
class Session;

class MemberForm : public QWidget
{
    Q_OBJECT
public:
    explicit MemberForm(Session& session, QWidget* parent = nullptr);

    void setTeam(const QString& teamUuid);
    /// Empties the form for a new member of the team.
    void startNew();
    /// Shows a member; false when it cannot be read.
    bool showMember(const QString& memberUuid);
    /// The member shown (empty for a new one).
    QString memberUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void memberAdded(const QString& memberUuid);

private:
    void addMember();
    Member fromFields(Member member) const;
    void fill(const Member& member);
    /// Saves one field of the member shown: reads it from core, applies `change`, pushes the undoable edit.
    void commit(const std::function<void(Member&)>& change, const QString& text);
    void reloadShown();

    Session& m_session;
    QString m_team;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_category;
    QComboBox* m_sex;
    QComboBox* m_ageBand;
    OrganisationPicker* m_organisation; // the directory's entries, or any text
    QLineEdit* m_post;
    QLineEdit* m_phone;
    OptionalDateEdit* m_joined;
    QCheckBox* m_hasLeft;
    OptionalDateEdit* m_left;
    QLabel* m_leftCaption;
    QPushButton* m_add;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
