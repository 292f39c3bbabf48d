#pragma once
// Date editors as the whole program shows them (dd.MM.yyyy with a calendar), and the "not known" convention:
// a QDateEdit cannot hold a null date, so its minimum date stands for "not known" and shows a special text.
#include <QDate>

class QDateEdit;
class QWidget;

namespace hamkori::datefields {

/// A date editor with the calendar popup; with `allowUnknown` its lowest value reads "not known".
QDateEdit* make(QWidget* parent, bool allowUnknown);
/// Sets the text shown for "not known" (call from retranslate()).
void retranslate(QDateEdit* edit);
/// Shows `date`, or "not known" when it is null (and the editor allows it).
void set(QDateEdit* edit, QDate date);
/// The date shown, null when the editor shows "not known".
QDate get(const QDateEdit* edit);

} // namespace hamkori::datefields
