#pragma once
// Runs a program (hamkori-cli, pdftotext…) as a process for the CLI tests, with English messages whatever
// the machine's locale (tests of other languages pass --lang), and keeps its exit code and output.
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

namespace hamkori::clitest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// A program's output as text with "\n" line ends: Windows programs end their lines with "\r\n".
inline QString outputText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

/// The test process's environment with English messages: the base of every run.
inline QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

inline Run runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000,
                      const QProcessEnvironment& environment = englishEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(timeoutMs));
    return {process.exitCode(), outputText(process.readAllStandardOutput()),
            outputText(process.readAllStandardError())};
}

/// hamkori-cli with these arguments.
inline Run cli(const QStringList& arguments, int timeoutMs = 120000)
{
    return runProgram(QStringLiteral(HAMKORI_CLI_PATH), arguments, timeoutMs);
}

} // namespace hamkori::clitest
