#pragma once
#include "Page.h"

class QLabel;

namespace hamkori {

class PrioritisationPage : public Page
{
    Q_OBJECT
public:
    explicit PrioritisationPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Prioritisation"); }
    QStyle::StandardPixmap icon() const override { return QStyle::SP_ArrowUp; }

protected:
    void retranslate() override;

private:
    QLabel* m_placeholder;
};

} // namespace hamkori
