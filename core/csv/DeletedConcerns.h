#pragma once
// The deleted concerns of a team a CSV row can match by code. A row whose code only a deleted concern has is
// that concern (deleted here or on another laptop whose deletion arrived by exchange): the import offers to
// bring it back with the row's values or to skip the row, and never makes a second concern with its code.
#include "core/model/Concern.h"
#include "core/storage/Database.h"
#include <QCoreApplication>
#include <QHash>

namespace hamkori::csv {

class DeletedConcerns
{
    Q_DECLARE_TR_FUNCTIONS(ConcernImport)
public:
    /// Reads the team's deleted concerns; a failure to read leaves the list empty.
    DeletedConcerns(Database& db, const QString& teamUuid);

    /// The deleted concern with this code (compared in capitals), the latest deleted when several; nullptr
    /// when none.
    const Concern* byCode(const QString& code) const;
    /// What the preview says of a row that matches it: when and on which laptop it was deleted, if known,
    /// and the choice.
    QString note(const Concern& deleted) const;

private:
    Database& m_db;
    QList<Concern> m_concerns;
    QHash<QString, int> m_byCode;
};

} // namespace hamkori::csv
