#include "PlansPage.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

PlansPage::PlansPage(Session& session, QWidget* parent) : Page(session, parent), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    retranslate();
}

void PlansPage::retranslate()
{
    m_placeholder->setText(title());
}

} // namespace hamkori
