#include "WelcomePage.h"
#include "core/demo/DemoLoader.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "welcome/LanguageChoice.h"
#include <QApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

WelcomePage::WelcomePage(Session& session, QWidget* parent)
    : Page(session, parent), m_language(new LanguageChoice(this)), m_heading(new QLabel(this)),
      m_text(new QLabel(this)), m_createTeam(new QPushButton(this)), m_loadDemo(new QPushButton(this)),
      m_error(FieldErrors::makeMessageLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_createTeam->setObjectName(QStringLiteral("welcomeCreateTeam"));
    m_loadDemo->setObjectName(QStringLiteral("welcomeLoadDemo"));
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setWordWrap(true);
    // A fixed size, set again with every text (see retranslate()): a centred, word-wrapped label gets its
    // height from a guess at its width, which cut the longer Tajik and Russian texts off.
    m_text->setFixedWidth(640);
    m_createTeam->setDefault(true);
    // Asked once: after a choice (here, in Settings, or before the main window) the question stays away.
    m_language->setVisible(LanguageChoice::needed());

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_language, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_createTeam, 0, Qt::AlignHCenter);
    layout->addWidget(m_loadDemo, 0, Qt::AlignHCenter);
    layout->addWidget(m_error, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    // Going on with the language preselected is choosing it.
    connect(m_createTeam, &QPushButton::clicked, this, &LanguageChoice::rememberCurrent);
    connect(m_loadDemo, &QPushButton::clicked, this, &LanguageChoice::rememberCurrent);
    connect(m_createTeam, &QPushButton::clicked, this, &WelcomePage::createTeamRequested);
    connect(m_loadDemo, &QPushButton::clicked, this, &WelcomePage::loadDemo);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Welcome to Hamkori"));
    m_text->setText(
        tr("Hamkori keeps the work of a community police partnership team: its members and meetings, "
           "the safety concerns of the community, their analysis and priorities, and the action plan "
           "with its progress. Everything stays on this computer. Start with your team, or look "
           "around with example data first."));
    m_text->setFixedHeight(m_text->heightForWidth(m_text->width()));
    m_createTeam->setText(tr("Create a team…"));
    m_loadDemo->setText(tr("Load the demo teams"));
}

void WelcomePage::loadDemo()
{
    QProgressDialog progress(tr("Loading the demo teams…"), QString(), 0, 10, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    auto loaded = demo::loadDemo(m_session.db(), [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
    });
    if (!loaded) {
        m_error->setText(loaded.errorMessage());
        m_error->show();
    }
}

} // namespace hamkori
