#pragma once
// The editor for "write the value" in the conflict inbox, of the field's type (sync::FieldSpec): a date edit
// (dd.MM.yyyy), a spin box within the field's limits, a list of the translated names of a fixed vocabulary,
// one line or several lines of text. A reference to another record and a deletion offer no editor: only the
// versions themselves can be kept. The widget shown is named "mergedValue".
#include "core/sync/FieldTypes.h"
#include <QWidget>

class QVBoxLayout;

namespace hamkori::exchange {

class MergedValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MergedValueEditor(QWidget* parent = nullptr);

    /// Builds the editor for this field, starting from `start` (a value as stored).
    void setField(const sync::FieldSpec& spec, const QVariant& start);
    /// Whether a value can be written for the field (not a reference, not a deletion).
    bool canWrite() const { return m_editor != nullptr; }
    /// The value as stored: ISO text for a date, a number, a code, text (trimmed); null when left empty.
    QVariant value() const;
    /// Whether a value was written (an empty text is not a value; every other editor always has one).
    bool hasValue() const;
    /// The editor shown, nullptr when none.
    QWidget* editor() const { return m_editor; }

Q_SIGNALS:
    /// The user changed the value.
    void edited();

private:
    QWidget* makeEditor(const QVariant& start);

    sync::FieldSpec m_spec;
    QVBoxLayout* m_layout;
    QWidget* m_editor = nullptr;
};

} // namespace hamkori::exchange
