#pragma once
// Exchange (issue 6): data travels between laptops on USB sticks. Five tabs under one passphrase field:
// export for exchange, import, the conflict inbox, the laptops known here and the changes set aside. The
// passphrase is typed once and kept in memory for the session (see exchange::PassphraseBar).
#include "Page.h"
#include "ui/widgets/PageIcons.h"

class QTabWidget;
class QTableView;

namespace hamkori {

namespace exchange {
class ConflictInbox;
class SetAsidePanel;
class DeviceListModel;
class ExportPanel;
class ImportPanel;
class PassphraseBar;
} // namespace exchange

class ExchangePage : public Page
{
    Q_OBJECT
public:
    explicit ExchangePage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Exchange"); }
    static constexpr PageIcon kIcon = PageIcon::Exchange;
    QString title() const override { return pageTitle(); }

    exchange::PassphraseBar* passphraseBar() const { return m_passphrase; }
    exchange::ExportPanel* exportPanel() const { return m_export; }
    exchange::ImportPanel* importPanel() const { return m_import; }
    exchange::ConflictInbox* conflictInbox() const { return m_inbox; }
    exchange::DeviceListModel* deviceModel() const { return m_deviceModel; }
    exchange::SetAsidePanel* setAsidePanel() const { return m_setAside; }
    /// Brings a tab to the front: 0 export, 1 import, 2 conflicts, 3 laptops, 4 set aside.
    void showTab(int index);

protected:
    void retranslate() override;

private:
    void refresh();

    exchange::PassphraseBar* m_passphrase;
    QTabWidget* m_tabs;
    exchange::ExportPanel* m_export;
    exchange::ImportPanel* m_import;
    exchange::ConflictInbox* m_inbox;
    exchange::DeviceListModel* m_deviceModel;
    QTableView* m_devices;
    exchange::SetAsidePanel* m_setAside;
};

} // namespace hamkori
