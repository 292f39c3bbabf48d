#include "TeamPage.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

TeamPage::TeamPage(Session& session, QWidget* parent) : Page(session, parent), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    retranslate();
}

void TeamPage::retranslate()
{
    m_placeholder->setText(title());
}

} // namespace hamkori
