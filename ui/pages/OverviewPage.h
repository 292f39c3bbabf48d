#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_ComputerIcon; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
