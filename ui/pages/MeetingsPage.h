#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class MeetingsPage : public Page
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Meetings"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_FileDialogDetailedView; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
