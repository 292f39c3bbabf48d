#pragma once
// The exchange passphrase of the console commands. It never comes from the command line itself, which other
// users of the laptop can read in the process list and which the shell keeps in its history: it comes from a
// file (--passphrase-file) or from the HAMKORI_PASSPHRASE environment variable.
#include "core/Result.h"
#include <QCommandLineOption>
#include <QCommandLineParser>

namespace hamkori::cli {

/// The --passphrase-file option, with its translated help.
QCommandLineOption passphraseFileOption();

/// The passphrase from the file named by the option (its trailing line break ignored), otherwise from
/// HAMKORI_PASSPHRASE; an error that names both ways when there is neither.
Result<QString> readPassphrase(const QCommandLineParser& parser, const QCommandLineOption& fileOption);
/// The passphrase written in a file (a final line break is not part of it).
Result<QString> readPassphraseFile(const QString& path);

} // namespace hamkori::cli
