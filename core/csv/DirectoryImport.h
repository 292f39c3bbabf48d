#pragma once
// Organisations from a CSV file (the coordinator's mapping matrix) into the directory, in the three steps of
// the concern import, shared by the GUI and the console:
//   check()  reads every row through the column mapping and says what it would do (create, update, leave
//            unchanged) or what is wrong (row, column, what to fix). Nothing is written.
//   apply()  writes the good rows in ONE transaction: if any write fails, nothing is saved.
//   revert() / reapply()  the undo and redo of an applied import.
// A row whose organisation is already in the directory (same name or short name, DirectoryRepository::
// organisationNamed) updates it: importing the same file twice creates nothing the second time. Districts are
// matched by any of their names or a former name (a cell of them replaces the organisation's list); fields of
// expertise and kinds of service by their names in any language. A field of expertise the list lacks is an
// error of its row, unless the person chose to add such names to the list. Services the file names are added;
// services are never taken away by a file (people are referred to them), so that is done in the directory
// itself. An empty cell keeps what the directory has.
#include "ConcernImport.h" // ImportMessage, RowAction
#include "CsvTable.h"
#include "DirectoryColumns.h"
#include "core/model/Directory.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

namespace hamkori::csv {

struct DirectoryRowPlan
{
    int row = 0;
    RowAction action = RowAction::Invalid; // Create, Update, Unchanged or Invalid
    Organisation organisation;             // as it will be (the existing one's UUID when updating)
    QStringList newServiceKinds;           // kinds of service it does not offer yet
    QStringList newExpertise;              // names to add to the list, then to the organisation
};

struct DirectoryPreview
{
    QList<DirectoryRowPlan> rows;
    QList<ImportMessage> messages; // in row order
    QStringList unknownExpertise;  // names the list lacks, as first written, each once
    bool fileError = false;
    QString encoding;

    int count(RowAction action) const;
    bool hasErrors() const { return fileError || count(RowAction::Invalid) > 0; }
    bool canApply(bool skipBadRows) const { return !fileError && (skipBadRows || !hasErrors()); }
};

struct DirectoryImportOutcome
{
    QStringList created;        // organisations made (their services go with them)
    QList<Organisation> before; // updated organisations as they were
    QList<Organisation> after;  // and as the import left them
    QStringList addedServices;  // services added to organisations that were already there
    QStringList addedExpertise; // entries added to the list of fields of expertise
    int unchanged = 0;
    int skipped = 0;

    int updated() const { return int(after.size()); }
};

class DirectoryImport
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryImport)
public:
    explicit DirectoryImport(Database& db) : m_db(db) {}

    /// `addUnknownExpertise`: a field of expertise the list lacks is added to it instead of being an error.
    DirectoryPreview check(const CsvTable& table, const DirectoryMapping& mapping,
                           bool addUnknownExpertise = false);
    Result<DirectoryImportOutcome> apply(const DirectoryPreview& preview, bool skipBadRows);

    /// Undo, in one transaction; returns what was deleted, for reapply().
    static Result<QList<RecordRef>> revert(Database& db, const DirectoryImportOutcome& outcome);
    /// Redo, in one transaction.
    static Result<void> reapply(Database& db, const DirectoryImportOutcome& outcome,
                                const QList<RecordRef>& taken);

private:
    Database& m_db;
};

} // namespace hamkori::csv
