#pragma once
// The scope of a view over several teams: this team, every team, or every team of one kind (all public
// councils, all women's initiative groups…; issue 19). One vocabulary for the concern register, the Overview
// and the Reports page. A scope is a text: empty for the current team, "all" for every team, else the code
// of a GroupKind.
#include "core/model/Enums.h"
#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace hamkori::groupscope {

inline const QString kAll = QStringLiteral("all");

/// "All public councils", "All partnership teams"…: every team of that kind.
QString allOfKind(GroupKind kind);
/// Fills the combo with every team, then every team of each kind (item data: the scope), keeping the choice
/// on a refill (a language change). Emits nothing.
void fill(QComboBox* combo);
/// The kind a scope limits to, when it does.
std::optional<GroupKind> kindOf(const QString& scope);

} // namespace hamkori::groupscope
