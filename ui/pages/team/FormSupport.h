#pragma once
// What the Team page's forms share: a tab order given as a list, and relabelling a QFormLayout row.
#include <QFormLayout>
#include <QLabel>
#include <QList>
#include <QWidget>

namespace hamkori::team {

/// Tab moves through `widgets` in the order given.
inline void setTabChain(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets[i - 1], widgets[i]);
}

/// Sets the caption of the form row that holds `field` (its buddy label keeps the mnemonic working).
inline void setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* caption = qobject_cast<QLabel*>(form->labelForField(field)))
        caption->setText(text);
}

} // namespace hamkori::team
