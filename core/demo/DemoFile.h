#pragma once
// The demo's JSON files compiled into the program (resources/demo/*.json), read the one way every loader
// reads them, with the one message a damaged file gives.
#include "../Result.h"
#include <QJsonObject>

namespace hamkori::demo {

/// "The demo data in the program is damaged (detail). Reinstall Hamkori." (context "Demo").
QString brokenDemoData(const QString& detail);
/// The top object of :/hamkori/demo/<fileName>, or the message above.
Result<QJsonObject> readDemoFile(const QString& fileName);

} // namespace hamkori::demo
