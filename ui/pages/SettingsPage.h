#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_FileDialogInfoView; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
