#pragma once
// Small field helpers the concern editor's tabs share: a multi-line field that says when editing finished,
// date editors that can be empty, combo boxes of enum values, and "do not disturb what the user is typing".
#include "core/model/Enums.h"
#include <QComboBox>
#include <QDate>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <functional>

class QDateEdit;
class QLineEdit;

namespace hamkori {

/// A QPlainTextEdit that emits editingFinished() when it loses focus after the text was changed, like
/// QLineEdit; the editor saves then.
class PlainTextField : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PlainTextField(QWidget* parent = nullptr);
    /// Shows `text` unless the user is typing here (focus and unsaved changes).
    void load(const QString& text);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

namespace fields {

/// A dd.MM.yyyy date editor with a calendar popup. An optional one shows `emptyText` for "no date".
QDateEdit* makeDateEdit(QWidget* parent, bool optional);
void setEmptyText(QDateEdit* edit, const QString& emptyText);
/// The date, or an invalid date when an optional editor is empty.
QDate dateOf(const QDateEdit* edit);
void setDate(QDateEdit* edit, QDate date);
/// Calls `finished` when editing a date editor ends: Return, focus out, or a day picked in the calendar.
void onDateFinished(QDateEdit* edit, QObject* context, const std::function<void()>& finished);

/// Shows `text` unless the user is typing in the field (focus and unsaved changes).
void load(QLineEdit* edit, const QString& text);

/// Selects the entry whose data is `value` without emitting signals.
void select(QComboBox* combo, const QVariant& value);

/// Fills a combo box with the translated names of every value of E (data: int(value)), keeping `current`
/// selected, without emitting signals.
template <typename E> void fillEnum(QComboBox* combo, E current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& entry : EnumTraits<E>::entries())
        combo->addItem(displayName(entry.value), int(entry.value));
    combo->setCurrentIndex(combo->findData(int(current)));
}

template <typename E> E enumOf(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

} // namespace fields
} // namespace hamkori
