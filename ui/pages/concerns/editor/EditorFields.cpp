#include "EditorFields.h"
#include <QLineEdit>

namespace hamkori {

namespace fields {

void load(QLineEdit* edit, const QString& text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long title shows its beginning, not its end
    }
    edit->setModified(false);
}

void select(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace fields
} // namespace hamkori
