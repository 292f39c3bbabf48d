#pragma once
// The first-start screen, shown while the data file has no team: choose the language (when none has been
// chosen yet), then create a team, or load the demo.
#include "Page.h"

class QLabel;
class QPushButton;

namespace hamkori {

class LanguageChoice;

class WelcomePage : public Page
{
    Q_OBJECT
public:
    explicit WelcomePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Welcome"); }

Q_SIGNALS:
    void createTeamRequested();

protected:
    void retranslate() override;

private:
    void loadDemo();

    LanguageChoice* m_language;
    QLabel* m_heading;
    QLabel* m_text;
    QPushButton* m_createTeam;
    QPushButton* m_loadDemo;
    QLabel* m_error;
};

} // namespace hamkori
