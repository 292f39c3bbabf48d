#include "ExchangePage.h"
#include "core/storage/Database.h"
#include "exchange/ConflictInbox.h"
#include "exchange/DeviceListModel.h"
#include "exchange/ExportPanel.h"
#include "exchange/ImportPanel.h"
#include "exchange/PassphraseBar.h"
#include "exchange/SetAsidePanel.h"
#include "ui/Session.h"
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

ExchangePage::ExchangePage(Session& session, QWidget* parent)
    : Page(session, parent), m_passphrase(new exchange::PassphraseBar(this)), m_tabs(new QTabWidget(this)),
      m_export(new exchange::ExportPanel(session, *m_passphrase, this)),
      m_import(new exchange::ImportPanel(session, *m_passphrase, this)),
      m_inbox(new exchange::ConflictInbox(session.db(), this)),
      m_deviceModel(new exchange::DeviceListModel(session.db(), this)), m_devices(new QTableView(this)),
      m_setAside(new exchange::SetAsidePanel(session, this))
{
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_devices->setObjectName(QStringLiteral("deviceList"));
    m_devices->setModel(m_deviceModel);
    m_devices->verticalHeader()->hide();
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_devices->horizontalHeader()->setStretchLastSection(true);

    m_tabs->addTab(m_export, QString());
    m_tabs->addTab(m_import, QString());
    m_tabs->addTab(m_inbox, QString());
    m_tabs->addTab(m_devices, QString());
    m_tabs->addTab(m_setAside, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_tabs, 1);

    // An import changes records, devices and conflicts; so may an edit or an undo elsewhere (a restore
    // can close a conflict).
    connect(m_import, &exchange::ImportPanel::finished, this, &ExchangePage::refresh);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("team")))
            m_export->reloadTeams();
        if (!m_import->isBusy())
            refresh();
    });
    connect(m_inbox, &exchange::ConflictInbox::countChanged, this, &ExchangePage::retranslate);
    connect(m_setAside, &exchange::SetAsidePanel::countChanged, this, &ExchangePage::retranslate);
    retranslate();
}

void ExchangePage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ExchangePage::refresh()
{
    m_export->reloadTeams();
    m_export->reloadReceivers();
    m_inbox->reload();
    m_deviceModel->reload();
    m_setAside->reload();
}

void ExchangePage::retranslate()
{
    m_tabs->setTabText(0, tr("E&xport"));
    m_tabs->setTabText(1, tr("&Import"));
    const int conflicts = m_inbox->count();
    m_tabs->setTabText(2, conflicts == 0 ? tr("&Conflicts") : tr("&Conflicts (%1)").arg(conflicts));
    m_tabs->setTabText(3, tr("&Laptops"));
    const int setAside = m_setAside->count();
    m_tabs->setTabText(4, setAside == 0 ? tr("&Set aside") : tr("&Set aside (%1)").arg(setAside));
}

} // namespace hamkori
