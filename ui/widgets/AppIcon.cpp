#include "AppIcon.h"

namespace hamkori {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/hamkori/icons/hamkori-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace hamkori
