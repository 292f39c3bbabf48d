#pragma once
// Commands about the data file itself: init, demo, generate, stats, check.
#include <QStringList>

namespace hamkori::cli {

int runInit(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runCheck(const QStringList& arguments);

} // namespace hamkori::cli
