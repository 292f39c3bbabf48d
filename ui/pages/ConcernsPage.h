#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class ConcernsPage : public Page
{
    Q_OBJECT
public:
    explicit ConcernsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Concerns"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_MessageBoxWarning; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
