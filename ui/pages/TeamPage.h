#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class TeamPage : public Page
{
    Q_OBJECT
public:
    explicit TeamPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Team"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_DirHomeIcon; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
