#include "MergedValueEditor.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace hamkori::exchange {

MergedValueEditor::MergedValueEditor(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void MergedValueEditor::setField(const sync::FieldSpec& spec, const QVariant& start)
{
    delete m_editor;
    m_editor = nullptr;
    m_spec = spec;
    // A reference or a deletion is chosen from the versions only; stamps are never in conflict.
    if (spec.type == sync::FieldType::Reference || spec.type == sync::FieldType::Deletion ||
        spec.type == sync::FieldType::Stamp)
        return;
    m_editor = makeEditor(start);
    m_editor->setObjectName(QStringLiteral("mergedValue"));
    // Texts take the width; a date, a number or a choice only as wide as a value needs.
    const bool text = spec.type == sync::FieldType::Text || spec.type == sync::FieldType::LongText;
    if (!text)
        m_editor->setMinimumWidth(m_editor->fontMetrics().averageCharWidth() * 24);
    m_layout->addWidget(m_editor, 0, text ? Qt::Alignment() : Qt::AlignLeft);
    setFocusProxy(m_editor);
}

QWidget* MergedValueEditor::makeEditor(const QVariant& start)
{
    const bool empty = start.isNull() || start.toString().isEmpty();
    switch (m_spec.type) {
    case sync::FieldType::Date: {
        auto* edit = new OptionalDateEdit(this, m_spec.optional);
        edit->setEmptyText(tr("(no date)"));
        edit->setOptionalDate(QDate::fromString(start.toString(), Qt::ISODate));
        connect(edit, &OptionalDateEdit::committed, this, &MergedValueEditor::edited);
        return edit;
    }
    case sync::FieldType::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setRange(int(m_spec.minimum), int(m_spec.maximum));
        spin->setValue(start.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &MergedValueEditor::edited);
        return spin;
    }
    case sync::FieldType::Decimal: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setDecimals(2);
        // One step below the range stands for "not given" when the field may be empty.
        spin->setRange(m_spec.optional ? m_spec.minimum - 1 : m_spec.minimum, m_spec.maximum);
        if (m_spec.optional)
            spin->setSpecialValueText(tr("(empty)"));
        spin->setValue(empty ? spin->minimum() : start.toDouble());
        connect(spin, &QDoubleSpinBox::valueChanged, this, &MergedValueEditor::edited);
        return spin;
    }
    case sync::FieldType::Choice: {
        auto* combo = new QComboBox(this);
        for (const sync::FieldChoice& choice : m_spec.choices)
            combo->addItem(choice.name, choice.value);
        int index = -1;
        for (int i = 0; i < combo->count() && index < 0; ++i)
            if (combo->itemData(i).toString() == start.toString())
                index = i;
        combo->setCurrentIndex(std::max(index, 0));
        connect(combo, &QComboBox::currentIndexChanged, this, &MergedValueEditor::edited);
        return combo;
    }
    case sync::FieldType::LongText: {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5);
        text->setPlainText(start.toString());
        connect(text, &QPlainTextEdit::textChanged, this, &MergedValueEditor::edited);
        return text;
    }
    case sync::FieldType::Text:
    case sync::FieldType::Reference:
    case sync::FieldType::Deletion:
    case sync::FieldType::Stamp:
        break;
    }
    auto* line = new QLineEdit(this);
    line->setText(start.toString());
    connect(line, &QLineEdit::textEdited, this, &MergedValueEditor::edited);
    return line;
}

QVariant MergedValueEditor::value() const
{
    if (auto* edit = qobject_cast<OptionalDateEdit*>(m_editor)) {
        if (!edit->optionalDate().isValid())
            return QVariant(QMetaType(QMetaType::QString));
        return edit->optionalDate().toString(Qt::ISODate);
    }
    if (auto* spin = qobject_cast<QSpinBox*>(m_editor))
        return spin->value();
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(m_editor)) {
        if (m_spec.optional && spin->value() == spin->minimum())
            return QVariant(QMetaType(QMetaType::Double));
        return spin->value();
    }
    if (auto* combo = qobject_cast<QComboBox*>(m_editor))
        return combo->currentData();
    if (auto* text = qobject_cast<QPlainTextEdit*>(m_editor))
        return text->toPlainText().trimmed();
    if (auto* line = qobject_cast<QLineEdit*>(m_editor))
        return line->text().trimmed();
    return {};
}

bool MergedValueEditor::hasValue() const
{
    // A date field is a line edit too, but an empty one says "no date", a value of its own.
    if (auto* date = qobject_cast<OptionalDateEdit*>(m_editor))
        return date->isOptional() || date->optionalDate().isValid();
    if (auto* text = qobject_cast<QPlainTextEdit*>(m_editor))
        return !text->toPlainText().trimmed().isEmpty();
    if (auto* line = qobject_cast<QLineEdit*>(m_editor))
        return !line->text().trimmed().isEmpty();
    return m_editor != nullptr;
}

} // namespace hamkori::exchange
