#pragma once
// Dialogs as wide as their titles. A dialog takes the width of its contents, and the window's title bar then
// cut a longer title short ("Илова кардани навсозии пешр…", issue 18): Tajik and Russian titles are often
// longer than the form under them. Watches every dialog the application shows and widens one whose title
// would not fit, before it appears.
#include <QObject>

namespace hamkori {

class DialogTitleFit : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// The width a window needs for `title` in its title bar: the text, the icon and the window's buttons.
    static int widthFor(const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace hamkori
