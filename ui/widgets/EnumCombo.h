#pragma once
// A combo box of the values of an enum from core/model/Enums.h, shown by their translated names (item data:
// int(value)). Header-only: three small templates every form with enum choices shares.
#include "core/model/Enums.h"
#include <QComboBox>
#include <QSignalBlocker>

namespace hamkori::enumcombo {

/// Fills the combo with every value of E; called again (after a language change) it renames the entries in
/// place, keeping the selection. Emits nothing: it is never the user's choice.
template <typename E> void fill(QComboBox* combo)
{
    const QSignalBlocker blocker(combo);
    if (combo->count() == 0) {
        for (const auto& entry : EnumTraits<E>::entries())
            combo->addItem(displayName(entry.value), int(entry.value));
        return;
    }
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, displayName(E(combo->itemData(i).toInt())));
}

template <typename E> E value(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

/// Selects `value` without emitting signals (showing what is stored is not an edit).
template <typename E> void select(QComboBox* combo, E value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(int(value)));
}

} // namespace hamkori::enumcombo
