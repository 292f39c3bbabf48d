#pragma once
// Making a new action plan, from the Plans page ("New plan") or from a decision on the Prioritisation page
// ("Make the action plan from these priorities"): one undoable creation with the concerns it addresses
// already ticked, so that the plan starts from what the team just chose.
#include "core/Result.h"
#include <QStringList>

namespace hamkori {
class Database;
class Session;
} // namespace hamkori

namespace hamkori::plans {

/// Creates a plan of the team running a year from today, addressing `concerns`, signed by whoever signed the
/// team's last plan; returns its UUID.
Result<QString> createPlan(Session& session, const QString& teamUuid, const QStringList& concerns);

/// The concerns chosen in the team's latest decided prioritisation round that still exist; empty when no
/// round was decided.
QStringList latestPriorities(Database& db, const QString& teamUuid);

} // namespace hamkori::plans
