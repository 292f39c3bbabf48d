#pragma once
// Certificates of participation in a training: one landscape page for each person named on the event's list
// (or for one of them), with the person's name, the training's title, dates, place, organisers and topics,
// the trainers' signature lines and, when given, an official's; all the pages in one PDF to print.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include <QCoreApplication>
#include <QDate>

namespace hamkori::report {

struct CertificateOptions
{
    QString language = QStringLiteral("en"); // tg, ru or en, whatever the program's language
    QString participantUuid;                 // empty: everyone named on the list
    QString signatoryName;                   // an official who signs beside the trainers (may be empty)
    QString signatoryPost;
    QDate issued; // the date printed on them; invalid: the event's last day
};

class CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocument)
public:
    static Result<Document> build(Database& db, const QString& eventUuid, const CertificateOptions& options);
};

/// Lays the certificates out and writes them as one PDF at `path` (atomically).
Result<void> writeCertificates(Database& db, const QString& eventUuid, const CertificateOptions& options,
                               const QString& path);

} // namespace hamkori::report
