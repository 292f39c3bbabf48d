#pragma once
// Small field helpers the concern editor's tabs share: combo boxes of enum values, and "do not disturb what
// the user is typing" for line edits. Multi-line and date fields are ui/widgets' CommitOnLeaveTextEdit and
// OptionalDateEdit.
#include "ui/widgets/EnumCombo.h"
#include <QComboBox>
#include <QSignalBlocker>

class QLineEdit;

namespace hamkori {

namespace fields {

/// Shows `text` unless the user is typing in the field (focus and unsaved changes).
void load(QLineEdit* edit, const QString& text);

/// Selects the entry whose data is `value` without emitting signals.
void select(QComboBox* combo, const QVariant& value);

/// Shows every value of E (see ui/widgets/EnumCombo.h) with `current` selected, without emitting signals.
template <typename E> void fillEnum(QComboBox* combo, E current)
{
    enumcombo::fill<E>(combo);
    enumcombo::select(combo, current);
}

template <typename E> E enumOf(const QComboBox* combo)
{
    return enumcombo::value<E>(combo);
}

} // namespace fields
} // namespace hamkori
