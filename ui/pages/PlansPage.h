#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class PlansPage : public Page
{
    Q_OBJECT
public:
    explicit PlansPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Action plans"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_FileDialogContentsView; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
