#include "FieldWarning.h"
#include <QLabel>

namespace hamkori::FieldWarning {

QLabel* makeLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #8a5a00;")); // dark amber: readable on the light palette
    label->hide();
    return label;
}

void show(QLabel* label, const QString& warning)
{
    label->setText(warning);
    label->setVisible(!warning.isEmpty());
}

} // namespace hamkori::FieldWarning
