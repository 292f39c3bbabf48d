#include "ConcernsPage.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

ConcernsPage::ConcernsPage(Session& session, QWidget* parent) : Page(session, parent), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    retranslate();
}

void ConcernsPage::retranslate()
{
    m_placeholder->setText(title());
}

} // namespace hamkori
