#pragma once
// The details of one awareness campaign: title, start and end, the action plan and the concerns it serves,
// its channels, its cost in somoni and who paid, and notes. For a campaign that exists each field is saved at
// once, undoably, when the user leaves it (a tick at once); a new one is filled in and "Create campaign"
// makes it. Refused edits show next to their field and save nothing.
#include "core/model/Event.h"
#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hamkori {

class ChannelBoxes;
class FieldErrors;
class OptionalDateEdit;
class Session;

class CampaignForm : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignForm(Session& session, QWidget* parent = nullptr);

    /// The team whose plans and concerns are offered (and a new campaign belongs to).
    void setTeam(const QString& teamUuid);
    void showCampaign(const QString& uuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString campaignUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void campaignCreated(const QString& uuid);
    void deleteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Campaign& campaign);
    void fillChoices();
    void fillConcerns(const QStringList& ticked);
    QStringList tickedConcerns() const;
    void reloadShown();
    void createCampaign();
    void commit(const std::function<void(Campaign&)>& change, const char* text);

    Session& m_session;
    QString m_team;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QLineEdit* m_title;
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_end;
    QComboBox* m_plan;
    ChannelBoxes* m_channels;
    QListWidget* m_concerns;
    QDoubleSpinBox* m_cost;
    QComboBox* m_funding;
    QPlainTextEdit* m_notes;
    QPushButton* m_create;
    QPushButton* m_delete;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
