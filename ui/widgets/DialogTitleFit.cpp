#include "DialogTitleFit.h"
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QScreen>
#include <QStyle>
#include <algorithm>

namespace hamkori {

int DialogTitleFit::widthFor(const QString& title)
{
    QFont font = QApplication::font("QMdiSubWindowTitleBar");
    font.setBold(true); // title bars often are: measure for the wider
    const int text = QFontMetrics(font).horizontalAdvance(title);
    const int icon = QApplication::style()->pixelMetric(QStyle::PM_TitleBarHeight);
    // Room for the icon and the close (and help) buttons that share the bar with the title.
    return text + 4 * icon + 24;
}

bool DialogTitleFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show)
        if (auto* dialog = qobject_cast<QDialog*>(watched); dialog && dialog->isWindow()) {
            int wanted = widthFor(dialog->windowTitle());
            if (const QScreen* screen = dialog->screen())
                wanted = std::min(wanted, screen->availableGeometry().width() - 40);
            if (dialog->width() < wanted)
                dialog->resize(wanted, dialog->height());
        }
    return QObject::eventFilter(watched, event);
}

} // namespace hamkori
