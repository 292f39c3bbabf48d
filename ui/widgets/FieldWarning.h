#pragma once
// A warning beside a field whose value was saved but is unusual (core/model/Plausibility.h): shown in a
// colour of its own, not the red of a refused edit, and never taking the focus, since nothing is wrong with
// what was typed as far as the program can tell.
class QLabel;
class QString;
class QWidget;

namespace hamkori::FieldWarning {

/// A label for warnings, hidden while it has nothing to say.
QLabel* makeLabel(QWidget* parent);
/// Shows `warning`, or hides the label when it is empty.
void show(QLabel* label, const QString& warning);

} // namespace hamkori::FieldWarning
