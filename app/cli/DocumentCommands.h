#pragma once
// The document commands: export-plan, export-minutes and report write PDFs (core/report).
#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace hamkori::cli {

/// The application object: a QGuiApplication on the "offscreen" platform for the document commands (fonts
/// and PDF need one; no display is used), the plain QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

int runExportPlan(const QStringList& arguments);
int runExportMinutes(const QStringList& arguments);
int runReport(const QStringList& arguments);

} // namespace hamkori::cli
