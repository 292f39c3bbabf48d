#include "Page.h"
#include <QEvent>

namespace hamkori {

Page::Page(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the main window relabels the navigation bar from the static pageTitle()
    QWidget::changeEvent(event);
}

} // namespace hamkori
