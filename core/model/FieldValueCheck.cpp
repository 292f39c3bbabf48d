#include "FieldValueCheck.h"
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace hamkori::catalogue {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(FieldValueCheck)
public:
    static QString empty(const Field& field) { return tr("“%1” cannot be left empty.").arg(field.label()); }
    static QString notDate(const Field& field, const QString& text)
    {
        return tr("“%1” must be a date; “%2” is not one.").arg(field.label(), text);
    }
    static QString outOfRange(const Field& field, const QString& text)
    {
        const QLocale locale;
        return tr("“%1” must be a number from %2 to %3; %4 is not.")
            .arg(field.label(), locale.toString(field.minimum, 'g', 12),
                 locale.toString(field.maximum, 'g', 12), text);
    }
    static QString notWhole(const Field& field, const QString& text)
    {
        return tr("“%1” must be a whole number; %2 is not.").arg(field.label(), text);
    }
    static QString notChoice(const Field& field, const QString& text)
    {
        return tr("“%1” cannot be “%2”: choose one of the values in the list.").arg(field.label(), text);
    }
    static QString notWritable(const Field& field)
    {
        return tr("“%1” is kept by Hamkori itself and cannot be changed.").arg(field.label());
    }
};

/// The values a choice allows, as text; kept per thread, since the record store checks every value it writes
/// (imports write hundreds of thousands) and the choice lists translate their names each time they are made.
const QStringList& allowedValues(const Field& field)
{
    thread_local QHash<const Field*, QStringList> cache;
    auto it = cache.find(&field);
    if (it == cache.end()) {
        QStringList values;
        if (field.type == FieldType::Deletion)
            values = {QStringLiteral("0"), QStringLiteral("1")};
        for (const FieldChoice& choice : field.choiceList())
            values << choice.value.toString();
        it = cache.insert(&field, values);
    }
    return *it;
}

bool isEmpty(const QVariant& stored)
{
    return stored.isNull() || stored.toString().isEmpty();
}

} // namespace

QString problemWith(const Field& field, const QVariant& stored)
{
    if (field.type == FieldType::Stamp)
        return Messages::notWritable(field);
    const QString text = stored.toString();
    if (isEmpty(stored)) {
        // Text may be empty; so may what the catalogue calls optional.
        const bool mayBeEmpty =
            field.optional || field.type == FieldType::Text || field.type == FieldType::LongText;
        return mayBeEmpty ? QString() : Messages::empty(field);
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Reference: // that it names a record is the foreign key's check
        return {};
    case FieldType::Date:
        return QDate::fromString(text, Qt::ISODate).isValid() ? QString() : Messages::notDate(field, text);
    case FieldType::Integer:
    case FieldType::Decimal: {
        bool ok = false;
        const double value = stored.toDouble(&ok);
        if (!ok)
            return Messages::outOfRange(field, text);
        if (field.type == FieldType::Integer && value != double(qint64(value)))
            return Messages::notWhole(field, text);
        return value >= field.minimum && value <= field.maximum ? QString()
                                                                : Messages::outOfRange(field, text);
    }
    case FieldType::Choice:
    case FieldType::Deletion:
        return allowedValues(field).contains(text) ? QString() : Messages::notChoice(field, text);
    case FieldType::Stamp:
        break;
    }
    return Messages::notWritable(field);
}

} // namespace hamkori::catalogue
