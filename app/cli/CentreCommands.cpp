#include "CentreCommands.h"
#include "CommandLine.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/CommitmentRepository.h"
#include "core/storage/TeamRepository.h"
#include <QLocale>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption teamOption(const QString& whenLeftOut)
{
    return QCommandLineOption(
        QStringLiteral("team"),
        Text::tr("The team's code (or its name or id when two teams share the code); %1.").arg(whenLeftOut),
        Text::tr("team"));
}

/// Prints rows as columns padded to their widest cell, the last column as it is.
void printTable(const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return;
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i + 1 < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line.trimmed() << Qt::endl;
    }
}

} // namespace

int runCentres(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("centres"),
        Text::tr("List the community policing centres with their reception days and visitors of a "
                 "period."),
        arguments);
    const QCommandLineOption team = teamOption(Text::tr("every centre when left out"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  Text::tr("The year counted (this year when left out)."), Text::tr("year"));
    line.parser().addOptions({team, year});
    if (int done = line.parse(); done >= 0)
        return done;
    bool yearOk = true;
    const int counted =
        line.parser().isSet(year) ? line.parser().value(year).toInt(&yearOk) : QDate::currentDate().year();
    if (!yearOk || counted < 1900 || counted > 9999)
        return line.usageError(Text::tr("Give the year as four digits, for example 2026."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    QStringList teams;
    if (line.parser().isSet(team)) {
        auto found = TeamRepository(*db).findTeam(line.parser().value(team));
        if (!found)
            return CommandLine::fail(found.errorMessage());
        teams << found->meta.uuid;
    }
    auto uses = CentreRepository(*db).use(QDate(counted, 1, 1), QDate(counted, 12, 31), teams);
    if (!uses)
        return CommandLine::fail(uses.errorMessage());
    if (uses->isEmpty()) {
        out() << Text::tr("No community policing centre is recorded.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{{Text::tr("Centre"), Text::tr("District"), Text::tr("Reception days"),
                             Text::tr("Women"), Text::tr("Men"), Text::tr("Meetings"),
                             Text::tr("Needing repair")}};
    for (const CentreUse& use : *uses)
        rows << QStringList{use.centre.name,
                            use.districtName,
                            locale.toString(use.receptionDays),
                            locale.toString(use.visitors.total(Sex::Female)),
                            locale.toString(use.visitors.total(Sex::Male)),
                            locale.toString(use.meetings),
                            locale.toString(use.equipmentNeedingRepair)};
    printTable(rows);
    return Success;
}

int runCommitments(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("commitments"),
                     Text::tr("List the requests and recommendations made to bodies, newest first."),
                     arguments);
    const QCommandLineOption team = teamOption(Text::tr("every team when left out"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     Text::tr("Only those past their due date and not yet done."));
    const QCommandLineOption on(
        QStringLiteral("on"),
        Text::tr("The day overdue is counted from, as dd.mm.yyyy (today when left out)."), Text::tr("date"));
    line.parser().addOptions({team, overdue, on});
    if (int done = line.parse(); done >= 0)
        return done;
    QDate day = QDate::currentDate();
    if (line.parser().isSet(on)) {
        auto typed = readTypedDate(line.parser().value(on));
        if (!typed)
            return line.usageError(typed.errorMessage());
        day = *typed;
    }
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    QStringList teams;
    if (line.parser().isSet(team)) {
        auto found = TeamRepository(*db).findTeam(line.parser().value(team));
        if (!found)
            return CommandLine::fail(found.errorMessage());
        teams << found->meta.uuid;
    }
    CommitmentRepository repository(*db);
    auto listed =
        line.parser().isSet(overdue) ? repository.overdue(teams, day) : repository.commitments(teams);
    if (!listed)
        return CommandLine::fail(listed.errorMessage());
    if (listed->isEmpty()) {
        out() << (line.parser().isSet(overdue) ? Text::tr("No request or recommendation is overdue.")
                                               : Text::tr("No request or recommendation is recorded."))
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows{{Text::tr("Code"), Text::tr("Kind"), Text::tr("Made"), Text::tr("Due"),
                             Text::tr("Status"), Text::tr("Addressed to"), Text::tr("What was asked")}};
    for (const CommitmentSummary& row : *listed) {
        const Commitment& c = row.commitment;
        QString status = displayName(c.status);
        if (c.isOverdueOn(day))
            status = Text::tr("%1, overdue").arg(status);
        rows << QStringList{c.code, displayName(c.kind), Formats::date(c.made), Formats::date(c.due),
                            status, row.addressee,       c.text.simplified()};
    }
    printTable(rows);
    return Success;
}

} // namespace hamkori::cli
