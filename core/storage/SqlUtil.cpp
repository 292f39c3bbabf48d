#include "SqlUtil.h"
#include <QDate>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace hamkori::sql {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
public:
    static QString failed(const QString& detail)
    {
        return tr("The data file could not be read or written (%1). Check that the disk is not full and the "
                  "file is not open in another program, then try again.")
            .arg(detail);
    }
    static QString missingRecord()
    {
        return tr(
            "A record this change belongs to or names is not in the data file: it has not arrived yet, or "
            "it was deleted. Nothing of the change was saved.");
    }
};

/// SQLite's extended result code of a failed foreign key (SQLITE_CONSTRAINT_FOREIGNKEY).
constexpr int kForeignKeyFailed = 787;

Error failure(const QSqlError& error)
{
    // A missing parent is no disk trouble: say what it is (an import that brings a child before its parent).
    if (error.nativeErrorCode().toInt() == kForeignKeyFailed ||
        error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error{Messages::missingRecord(), {}};
    return Error{Messages::failed(error.text()), {}};
}

Error failure(const QSqlQuery& query)
{
    return failure(query.lastError());
}

Result<void> exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return failure(query);
    return {};
}

namespace {

// Qt gives every "?" of a statement a placeholder of its own, so SQLite's numbered "?1" cannot be used twice
// or out of order (Qt reports a parameter count mismatch, or crashes in the SQLite driver). Numbered
// placeholders are rewritten as plain ones, each bound to the value its number names.
std::pair<QString, QVariantList> withPlainPlaceholders(const QString& statement, const QVariantList& values)
{
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    QString plain;
    QVariantList ordered;
    qsizetype done = 0;
    for (auto matches = numbered.globalMatch(statement); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        plain += QStringView(statement).mid(done, match.capturedStart() - done);
        plain += QLatin1Char('?');
        ordered << values.value(match.captured(1).toInt() - 1);
        done = match.capturedEnd();
    }
    if (done == 0)
        return {statement, values};
    plain += QStringView(statement).mid(done);
    return {plain, ordered};
}

/// HAMKORI_SLOW_SQL_MS=N prints every statement that took N ms or more to execute (its first step): the
/// quickest way to find the query behind a slow page on a big data file.
void reportIfSlow(const QString& statement, qint64 elapsedMs)
{
    static const int threshold = qEnvironmentVariableIntValue("HAMKORI_SLOW_SQL_MS");
    if (threshold > 0 && elapsedMs >= threshold)
        qInfo("slow SQL, %lld ms: %s", elapsedMs, qPrintable(statement.simplified()));
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    const auto [plain, ordered] = withPlainPlaceholders(statement, values);
    QSqlQuery query(db);
    if (!query.prepare(plain))
        return failure(query);
    for (const QVariant& value : ordered)
        query.addBindValue(toStored(value));
    QElapsedTimer timer;
    timer.start();
    if (!query.exec())
        return failure(query);
    reportIfSlow(plain, timer.elapsed());
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

QVariant toStored(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                              : QVariant(QMetaType(QMetaType::QString));
    }
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QString:
        // A null QString would bind as SQL NULL; text left empty is stored as '' (the columns are NOT NULL).
        // A null QVariant (rows::reference of no record) stays NULL.
        if (!value.isNull() && value.toString().isNull())
            return QVariant(QStringLiteral(""));
        return value;
    default:
        return value;
    }
}

QString inList(const QStringList& values, QVariantList& bound)
{
    QStringList marks;
    for (const QString& value : values) {
        marks << QStringLiteral("?");
        bound << value;
    }
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace hamkori::sql
