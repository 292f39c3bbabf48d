#pragma once
// Settings: the language of the window, the data file, the editable lists and the gazetteer, on three tabs.
#include "Page.h"

class QScrollArea;
class QTabWidget;

namespace hamkori {

namespace settings {
class DataFileBox;
class GazetteerTab;
class LanguageBox;
class ReferenceListsTab;
} // namespace settings

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Settings"); }
    static constexpr QStyle::StandardPixmap kIcon = QStyle::SP_FileDialogInfoView;
    QString title() const override { return pageTitle(); }
    QStyle::StandardPixmap icon() const override { return kIcon; }

    settings::LanguageBox* languageBox() const { return m_language; }
    settings::DataFileBox* dataFileBox() const { return m_dataFile; }
    settings::ReferenceListsTab* listsTab() const { return m_lists; }
    settings::GazetteerTab* gazetteerTab() const { return m_gazetteer; }

protected:
    void retranslate() override;

private:
    QTabWidget* m_tabs;
    QScrollArea* m_general;
    settings::LanguageBox* m_language;
    settings::DataFileBox* m_dataFile;
    settings::ReferenceListsTab* m_lists;
    settings::GazetteerTab* m_gazetteer;
};

} // namespace hamkori
