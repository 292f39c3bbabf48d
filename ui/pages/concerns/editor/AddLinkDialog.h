#pragma once
// Links the concern being edited to another concern of its team: search by code or title, choose the
// direction and the kind of link, add a note. Like ChangeStatusDialog it only emits submitted(); the editor
// saves and closes it or shows the refusal.
#include "core/Result.h"
#include "core/model/Enums.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hamkori {

class FieldErrors;
class RecordTableModel;
class Session;

class AddLinkDialog : public QDialog
{
    Q_OBJECT
public:
    AddLinkDialog(Session& session, QWidget* parent = nullptr);

    /// Prepares the dialog for a concern of a team: an empty search listing the team's other concerns.
    void prepare(const QString& concernUuid, const QString& code, const QString& teamUuid);
    void showError(const Error& error);
    RecordTableModel* results() const { return m_model; }

Q_SIGNALS:
    /// `outgoing`: the link goes from the edited concern to `otherUuid`.
    void submitted(const QString& otherUuid, bool outgoing, LinkKind kind, const QString& note);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void search();
    void submit();

    Session& m_session;
    QString m_concernUuid;
    QString m_code;
    QString m_teamUuid;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QTableView* m_view;
    RecordTableModel* m_model;
    QLabel* m_directionLabel;
    QComboBox* m_direction;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
    FieldErrors* m_errors;
};

} // namespace hamkori
