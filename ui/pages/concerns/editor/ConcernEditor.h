#pragma once
// The editor beside the concern register: a header (code, title, a "Restricted" mark) and five tabs —
// description and status, analysis, links with the link map, meetings and plans, referrals. Every field is
// saved at once through the undo layer (see ConcernEdits); the editor reloads when the data file changes,
// leaving alone the field the user is typing in.
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace hamkori {

class AnalysisTab;
class ConcernEdits;
class DescriptionTab;
class FieldErrors;
class LinksTab;
class MeetingsPlansTab;
class ReferralsTab;
class Session;

class ConcernEditor : public QWidget
{
    Q_OBJECT
public:
    ConcernEditor(Session& session, QWidget* parent = nullptr);

    /// Shows a concern; an empty UUID shows nothing.
    void showConcern(const QString& uuid);
    QString concernUuid() const;

Q_SIGNALS:
    /// Another concern should be opened (a box clicked on the link map, a linked concern activated).
    void openConcernRequested(const QString& uuid);
    /// The user marked the concern shown as analysed.
    void concernAnalysed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void reload();
    void saveTitle();

    Session& m_session;
    QString m_uuid;
    bool m_stale = false; // the data changed while the editor was hidden
    FieldErrors* m_errors;
    ConcernEdits* m_edits;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_code;
    QLineEdit* m_title;
    QLabel* m_restricted;
    QTabWidget* m_tabs;
    DescriptionTab* m_description;
    AnalysisTab* m_analysis;
    LinksTab* m_links;
    MeetingsPlansTab* m_meetingsPlans;
    ReferralsTab* m_referrals;
};

} // namespace hamkori
