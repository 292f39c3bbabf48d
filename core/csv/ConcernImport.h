#pragma once
// Concerns from a CSV file into one team, in three steps the GUI and the console share:
//   check()  reads every row through the column mapping and says, row by row, what it would do (create,
//            update, leave unchanged) or what is wrong (row number, column, message). Nothing is written.
//   apply()  writes the good rows in ONE transaction through ConcernRepository: if any write fails, nothing
//            is saved. It refuses while rows have errors unless told to skip them.
//   revert() / reapply()  the undo and redo of an applied import.
// Rows are matched by code within the team: a known code updates that concern (only the fields the file
// changes) or leaves it unchanged, so importing the same file twice creates nothing the second time; a row
// without a code, or with a code the team does not have, creates a concern. A code that only a deleted
// concern has (deleted here or on another laptop) is that concern: the row restores it with its values when
// the person chooses so (RowPlan::restore), and is skipped otherwise; it never makes a second concern.
#include "ConcernColumns.h"
#include "CsvTable.h"
#include "core/model/Concern.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

namespace hamkori::csv {

struct ImportMessage
{
    int row = 0;    // the spreadsheet's row number (the header is row 1)
    QString column; // the file's column name, or the field's name when the column is missing
    QString text;   // translated: what is wrong and what to do
};

enum class RowAction
{
    Create,
    Update,
    Unchanged,
    Invalid,
    MatchesDeleted, // the code of a deleted concern: restored with the row's values, or skipped
};

struct RowPlan
{
    int row = 0;
    RowAction action = RowAction::Invalid;
    Concern concern;                   // the concern as it will be (the existing one's UUID when updating)
    QList<ConcernField> changedFields; // when updating (or restoring)
    QString deletedNote;               // MatchesDeleted: when and where it was deleted, and the choice
    bool restore = false;              // MatchesDeleted: bring it back (the person's choice; skip by default)
};

struct ImportPreview
{
    QList<RowPlan> rows;
    QList<ImportMessage> messages; // the validation report, in row order
    bool fileError = false;        // the file as a whole cannot be imported (missing column, no rows)
    QString encoding;

    int count(RowAction action) const;
    bool hasErrors() const { return fileError || count(RowAction::Invalid) > 0; }
    /// Whether apply() would import: no file error, and no bad rows unless they are skipped.
    bool canApply(bool skipBadRows) const { return !fileError && (skipBadRows || !hasErrors()); }
    /// Rows matching a deleted concern that will bring it back.
    int restoring() const;
    /// The same choice for every row that matches a deleted concern.
    void restoreAllDeleted(bool restore);
};

struct ImportOutcome
{
    QStringList created;   // UUIDs of the concerns made
    QList<Concern> before; // updated concerns as they were
    QList<Concern> after;  // and as the import left them (restored ones included)
    QStringList restored;  // UUIDs of the deleted concerns brought back
    int unchanged = 0;
    int skipped = 0;        // bad rows left out
    int skippedDeleted = 0; // rows matching a deleted concern the person chose not to restore

    int updated() const { return int(after.size() - restored.size()); }
};

class ConcernImport
{
    Q_DECLARE_TR_FUNCTIONS(ConcernImport)
public:
    ConcernImport(Database& db, QString teamUuid) : m_db(db), m_team(std::move(teamUuid)) {}

    ImportPreview check(const CsvTable& table, const ColumnMapping& mapping);
    Result<ImportOutcome> apply(const ImportPreview& preview, bool skipBadRows);

    /// Undo: deletes the concerns the import made or restored and puts the updated ones back as they were, in
    /// one transaction. Returns what was deleted, for reapply().
    static Result<QList<RecordRef>> revert(Database& db, const ImportOutcome& outcome);
    /// Redo: brings back what revert() deleted and applies the updates again, in one transaction.
    static Result<void> reapply(Database& db, const ImportOutcome& outcome, const QList<RecordRef>& taken);

    /// The fields in which two versions of a concern differ (of those a file carries).
    static QList<ConcernField> differences(const Concern& a, const Concern& b);

private:
    Database& m_db;
    QString m_team;
};

} // namespace hamkori::csv
