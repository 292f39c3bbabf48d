#pragma once
// One request or recommendation: its kind, what was asked, the meeting or plan it came from, the body it was
// addressed to (an organisation of the directory, or any name typed), when it was made and is due, the
// answer and when it came, its status, and the money pledged and delivered. For one that exists each field
// is saved at once, undoably, when the user leaves it; a new one is filled in and "Create" makes it. Refused
// edits show next to their field and save nothing.
#include "core/model/Commitment.h"
#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hamkori {

class FieldErrors;
class OptionalDateEdit;
class Session;

class CommitmentForm : public QWidget
{
    Q_OBJECT
public:
    explicit CommitmentForm(Session& session, QWidget* parent = nullptr);

    /// The team whose meetings and plans are offered (and a new commitment belongs to).
    void setTeam(const QString& teamUuid);
    void showCommitment(const QString& uuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString commitmentUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void commitmentCreated(const QString& uuid);
    void deleteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Commitment& commitment);
    void fillChoices();
    void setChoice(QComboBox* combo, const QString& uuid);
    void reloadShown();
    void createCommitment();
    /// The body typed or chosen: a directory entry when the text is one of the list's, else the text.
    void readAddressee(Commitment& commitment) const;
    void commit(const std::function<void(Commitment&)>& change, const char* text);

    Session& m_session;
    QString m_team;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QComboBox* m_meeting;
    QComboBox* m_plan;
    QComboBox* m_addressee;
    OptionalDateEdit* m_made;
    OptionalDateEdit* m_due;
    QComboBox* m_status;
    QPlainTextEdit* m_answer;
    OptionalDateEdit* m_answered;
    QDoubleSpinBox* m_pledged;
    QDoubleSpinBox* m_delivered;
    QPushButton* m_create;
    QPushButton* m_delete;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
