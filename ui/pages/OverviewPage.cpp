#include "OverviewPage.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

OverviewPage::OverviewPage(Session& session, QWidget* parent) : Page(session, parent), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    retranslate();
}

void OverviewPage::retranslate()
{
    m_placeholder->setText(title());
}

} // namespace hamkori
