#include "SettingsPage.h"
#include "settings/BackupsTab.h"
#include "settings/DataFileBox.h"
#include "settings/GazetteerTab.h"
#include "settings/LanguageBox.h"
#include "settings/PassphraseBox.h"
#include "settings/ReferenceListsTab.h"
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hamkori {

SettingsPage::SettingsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_tabs(new QTabWidget(this)), m_general(new QScrollArea(this)),
      m_language(new settings::LanguageBox(this)), m_dataFile(new settings::DataFileBox(session, this)),
      m_passphrase(new settings::PassphraseBox(this)),
      m_lists(new settings::ReferenceListsTab(session, this)),
      m_gazetteer(new settings::GazetteerTab(session, this)),
      m_backups(new settings::BackupsTab(session, this))
{
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    // Language and data file on one tab, scrolled vertically only if the window is very small.
    auto* general = new QWidget(m_general);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_language);
    generalLayout->addWidget(m_dataFile);
    generalLayout->addWidget(m_passphrase);
    generalLayout->addStretch();
    m_general->setWidget(general);
    m_general->setWidgetResizable(true);
    m_general->setFrameShape(QFrame::NoFrame);
    m_general->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_lists, QString());
    m_tabs->addTab(m_gazetteer, QString());
    m_tabs->addTab(m_backups, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void SettingsPage::retranslate()
{
    m_tabs->setTabText(0, tr("&Language and data file"));
    m_tabs->setTabText(1, tr("L&ists"));
    m_tabs->setTabText(2, tr("&Gazetteer"));
    m_tabs->setTabText(3, tr("&Backups"));
}

} // namespace hamkori
