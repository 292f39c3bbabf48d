#include "SqlUtil.h"
#include <QDate>

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
};

Error failure(const QSqlError& error)
{
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

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return failure(query);
    for (const QVariant& value : values)
        query.addBindValue(toStored(value));
    if (!query.exec())
        return failure(query);
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
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

} // namespace hamkori::sql
