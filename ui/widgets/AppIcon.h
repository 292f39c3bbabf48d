#pragma once
// Hamkori's application icon (resources/icons, drawn for this project) for the window and its dialogs.
#include <QIcon>

namespace hamkori {

/// The icon in every size the program carries (16 to 256 pixels).
QIcon applicationIcon();

} // namespace hamkori
