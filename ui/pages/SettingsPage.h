#pragma once
// Settings: the language of the window, the data file, the editable lists and the gazetteer, on three tabs.
#include "Page.h"
#include "ui/widgets/PageIcons.h"

class QScrollArea;
class QTabWidget;

namespace hamkori {

namespace settings {
class BackupsTab;
class DataFileBox;
class GazetteerTab;
class LanguageBox;
class PassphraseBox;
class ReferenceListsTab;
} // namespace settings

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Settings"); }
    static constexpr PageIcon kIcon = PageIcon::Settings;
    QString title() const override { return pageTitle(); }

    settings::LanguageBox* languageBox() const { return m_language; }
    settings::DataFileBox* dataFileBox() const { return m_dataFile; }
    settings::PassphraseBox* passphraseBox() const { return m_passphrase; }
    settings::ReferenceListsTab* listsTab() const { return m_lists; }
    settings::GazetteerTab* gazetteerTab() const { return m_gazetteer; }
    settings::BackupsTab* backupsTab() const { return m_backups; }

protected:
    void retranslate() override;

private:
    QTabWidget* m_tabs;
    QScrollArea* m_general;
    settings::LanguageBox* m_language;
    settings::DataFileBox* m_dataFile;
    settings::PassphraseBox* m_passphrase;
    settings::ReferenceListsTab* m_lists;
    settings::GazetteerTab* m_gazetteer;
    settings::BackupsTab* m_backups;
};

} // namespace hamkori
