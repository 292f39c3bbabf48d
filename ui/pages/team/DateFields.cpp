#include "DateFields.h"
#include <QCoreApplication>
#include <QDateEdit>
#include <QVariant>

namespace hamkori::datefields {

namespace {
const char* const kAllowUnknown = "hamkoriAllowUnknown";
const QDate kUnknown(1900, 1, 1);
} // namespace

QDateEdit* make(QWidget* parent, bool allowUnknown)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setProperty(kAllowUnknown, allowUnknown);
    if (allowUnknown)
        edit->setMinimumDate(kUnknown);
    edit->setDate(QDate::currentDate());
    retranslate(edit);
    return edit;
}

void retranslate(QDateEdit* edit)
{
    if (edit->property(kAllowUnknown).toBool())
        edit->setSpecialValueText(QCoreApplication::translate("hamkori::TeamPage", "not known"));
}

void set(QDateEdit* edit, QDate date)
{
    if (!date.isValid())
        date = edit->property(kAllowUnknown).toBool() ? kUnknown : QDate::currentDate();
    if (edit->date() != date)
        edit->setDate(date);
}

QDate get(const QDateEdit* edit)
{
    const QDate date = edit->date();
    if (edit->property(kAllowUnknown).toBool() && date == kUnknown)
        return {};
    return date;
}

} // namespace hamkori::datefields
