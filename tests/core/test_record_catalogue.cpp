// The record catalogue (core/model/RecordCatalogue) against the schema a new data file really has: every
// record table described, every column in order with a type that can hold it, NULL allowed exactly where the
// catalogue says a value may be missing, cascades and references naming real columns and kinds, and every
// label translated in Tajik and Russian.
#include "Builders.h"
#include "core/model/FieldValueCheck.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/RecordStore.h"
#include "core/sync/FieldTypes.h"
#include "core/sync/MergeReport.h"
#include "translations/Translations.h"
#include <QSqlQuery>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
};

QList<Column> columnsOf(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT name, type, \"notnull\" FROM pragma_table_info('%1')"_s.arg(table)));
    QList<Column> columns;
    while (query.next())
        columns << Column{query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()};
    return columns;
}

/// The tables that hold records: those with the stamps every record has.
QStringList recordTables(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    QStringList tables;
    while (query.next()) {
        const QString table = query.value(0).toString();
        QStringList names;
        for (const Column& column : columnsOf(db, table))
            names << column.name;
        if (names.contains(u"uuid"_s) && names.contains(u"modified_hlc"_s))
            tables << table;
    }
    return tables;
}

QString storedTypeFor(const catalogue::Field& field)
{
    switch (field.type) {
    case catalogue::FieldType::Integer:
    case catalogue::FieldType::Deletion:
        return u"INTEGER"_s;
    case catalogue::FieldType::Decimal:
        return u"REAL"_s;
    case catalogue::FieldType::Choice: // a flag is stored as 0 / 1
        return field.choiceList().value(0).value.typeId() == QMetaType::Int ? u"INTEGER"_s : u"TEXT"_s;
    default:
        return u"TEXT"_s;
    }
}

} // namespace

TEST_CASE("The record catalogue describes every record table of the schema, column by column", "[catalogue]")
{
    TempDatabase db;
    QStringList described;
    for (const catalogue::Kind& kind : catalogue::kinds()) {
        const QString table = QString::fromLatin1(kind.table);
        described << table;
        INFO("kind " << kind.name);
        CHECK(RecordStore::tableOf(QString::fromLatin1(kind.name)) == table);
        const QList<Column> columns = columnsOf(*db, table);
        const QList<catalogue::Field> fields = catalogue::stamps() + kind.fields;
        REQUIRE(columns.size() == fields.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const catalogue::Field& field = fields[i];
            INFO("column " << columns[i].name.toStdString());
            CHECK(columns[i].name == QLatin1String(field.column));
            CHECK(columns[i].type == storedTypeFor(field));
            if (field.type != catalogue::FieldType::Stamp && field.type != catalogue::FieldType::Deletion)
                CHECK(columns[i].notNull == !field.optional);
            if (field.type == catalogue::FieldType::Reference)
                CHECK(catalogue::kind(QString::fromLatin1(field.references)) != nullptr);
            if (field.type == catalogue::FieldType::Choice)
                CHECK_FALSE(field.choiceList().isEmpty());
            if (field.type == catalogue::FieldType::Integer || field.type == catalogue::FieldType::Decimal)
                CHECK(field.minimum < field.maximum);
        }
        for (const catalogue::Dependent& dependent : kind.dependents) {
            INFO("dependent " << dependent.kind << "." << dependent.column);
            const catalogue::Field* naming =
                catalogue::field(QString::fromLatin1(dependent.kind), QString::fromLatin1(dependent.column));
            REQUIRE(naming != nullptr);
            CHECK(naming->type == catalogue::FieldType::Reference);
            CHECK(QLatin1String(naming->references) == QLatin1String(kind.name));
        }
    }
    described.sort();
    CHECK(described == recordTables(*db));
}

TEST_CASE("Every kind and field of the catalogue has a name in Tajik and Russian", "[catalogue]")
{
    REQUIRE(Translations::install(u"en"_s));
    QStringList english;
    for (const catalogue::Kind& kind : catalogue::kinds())
        for (const catalogue::Field& field : catalogue::stamps() + kind.fields)
            english << kind.label() + u'/' + field.label();
    for (const QString& language : {u"tg"_s, u"ru"_s}) {
        const test::LanguageScope scope(language);
        qsizetype i = 0;
        for (const catalogue::Kind& kind : catalogue::kinds()) {
            INFO(language.toStdString() << " kind " << kind.name);
            CHECK(sync::MergeReport::kindName(QString::fromLatin1(kind.name)) == kind.label());
            for (const catalogue::Field& field : catalogue::stamps() + kind.fields) {
                INFO("field " << field.column);
                const QStringList englishNames = english[i++].split(u'/');
                CHECK(kind.label() != englishNames[0]);
                CHECK(field.label() != englishNames[1]);
                CHECK_FALSE(field.label().contains(u"%1"_s));
                for (const catalogue::FieldChoice& choice : field.choiceList())
                    CHECK_FALSE(choice.name.isEmpty());
            }
        }
    }
    CHECK(catalogue::fieldLabel(u"meeting"_s, u"guests_f_18_29"_s) == u"women guests, 18–29"_s);
    CHECK(catalogue::fieldLabel(u"meeting"_s, u"kind"_s) == u"kind of meeting"_s);
    CHECK(catalogue::fieldLabel(u"gazetteer"_s, u"kind"_s) == u"kind of place"_s);
    CHECK(catalogue::kindLabel(u"forecast"_s) == u"Unknown records (forecast)"_s); // a kind of a newer Hamkori
}

TEST_CASE("The conflict inbox's editors follow the catalogue: limits, choices, empty values and references",
          "[catalogue]")
{
    const sync::FieldSpec score = sync::fieldSpec(u"score"_s, u"value"_s);
    CHECK(score.type == sync::FieldType::Integer);
    CHECK(score.minimum == 1);
    CHECK(score.maximum == 5);
    const sync::FieldSpec deadline = sync::fieldSpec(u"activity"_s, u"deadline"_s);
    CHECK(deadline.type == sync::FieldType::Date);
    CHECK(deadline.optional);
    CHECK_FALSE(sync::fieldSpec(u"meeting"_s, u"date"_s).optional);
    const sync::FieldSpec restricted = sync::fieldSpec(u"concern"_s, u"restricted"_s);
    REQUIRE(restricted.choices.size() == 2);
    CHECK(restricted.choices[0].value == QVariant(1));
    const sync::FieldSpec category = sync::fieldSpec(u"concern"_s, u"category"_s);
    CHECK(category.type == sync::FieldType::Reference);
    CHECK(category.references == u"reference_item"_s);
    CHECK(sync::fieldSpec(u"member"_s, u"category"_s).type == sync::FieldType::Choice);
    CHECK(sync::fieldSpec(u"concern"_s, u"deleted"_s).type == sync::FieldType::Deletion);
    CHECK_FALSE(sync::describedField(u"concern"_s, u"modified_hlc"_s).has_value()); // kept by the store
    CHECK_FALSE(sync::describedField(u"concern"_s, u"colour"_s).has_value());       // a newer Hamkori's
    // Schema step 7: a plan's signatories and ordinance, a meeting's chair and secretary.
    for (const QString& column :
         {u"agreer_name"_s, u"agreer_post"_s, u"outgoing_number"_s, u"ordinance_number"_s}) {
        INFO(column.toStdString());
        CHECK(sync::fieldSpec(u"plan"_s, column).type == sync::FieldType::Text);
    }
    const sync::FieldSpec ordinanceDate = sync::fieldSpec(u"plan"_s, u"ordinance_date"_s);
    CHECK(ordinanceDate.type == sync::FieldType::Date);
    CHECK(ordinanceDate.optional);
    CHECK(sync::fieldSpec(u"meeting"_s, u"chair"_s).type == sync::FieldType::Text);
    CHECK(sync::fieldSpec(u"meeting"_s, u"secretary"_s).type == sync::FieldType::Text);
    CHECK(catalogue::field(u"meeting"_s, u"chair"_s)->sensitive); // a name, like the facilitator's
    CHECK_FALSE(
        catalogue::field(u"plan"_s, u"agreer_name"_s)->sensitive); // an official's, like the approver's
}

namespace {

/// One write straight to the record store, in its own transaction, as any repository, import or console
/// command would make it.
Result<void> storeUpdate(Database& db, const QString& kind, const QString& uuid, const Fields& fields)
{
    Transaction transaction(db);
    if (auto updated = db.records().update(kind, uuid, fields); !updated)
        return updated.error();
    return transaction.commit();
}

Result<void> storeInsert(Database& db, const QString& kind, const Fields& fields)
{
    Transaction transaction(db);
    if (auto inserted = db.records().insert(kind, QUuid::createUuid().toString(QUuid::WithoutBraces), fields);
        !inserted)
        return inserted;
    return transaction.commit();
}

} // namespace

TEST_CASE("The record store refuses what the catalogue does not allow, naming the field, and changes nothing",
          "[catalogue]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Зӯроварӣ дар оила"_s, QDate(2025, 3, 1));
    const Meeting meeting = makeMeeting(*db, team, QDate(2025, 3, 2));
    const ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const Activity activity = makeActivity(*db, plan.meta.uuid, u"Вохӯрӣ"_s);

    requireRefused(*db, u"status"_s, [&] {
        return storeUpdate(*db, u"concern"_s, concern.meta.uuid, {{u"status"_s, u"lost"_s}});
    });
    requireRefused(*db, u"first_raised"_s, [&] {
        return storeUpdate(*db, u"concern"_s, concern.meta.uuid, {{u"first_raised"_s, u"2025-13-45"_s}});
    });
    requireRefused(*db, u"restricted"_s, [&] {
        return storeUpdate(*db, u"concern"_s, concern.meta.uuid, {{u"restricted"_s, 2}});
    });
    requireRefused(*db, u"date"_s, [&] {
        return storeUpdate(*db, u"meeting"_s, meeting.meta.uuid, {{u"date"_s, QString()}});
    });
    requireRefused(*db, u"amount"_s, [&] {
        return storeUpdate(*db, u"activity"_s, activity.meta.uuid, {{u"amount"_s, -5.0}});
    });
    requireRefused(*db, u"position"_s, [&] {
        return storeUpdate(*db, u"activity"_s, activity.meta.uuid, {{u"position"_s, 1.5}});
    });
    requireRefused(*db, u"colour"_s, [&] {
        return storeUpdate(*db, u"concern"_s, concern.meta.uuid, {{u"colour"_s, u"red"_s}});
    });
    requireRefused(*db, u"modified_hlc"_s, [&] {
        return storeUpdate(*db, u"concern"_s, concern.meta.uuid, {{u"modified_hlc"_s, u"0"_s}});
    });
    requireRefused(*db, u"status"_s, [&] {
        return storeInsert(*db, u"status_change"_s,
                           {{u"concern"_s, concern.meta.uuid},
                            {u"status"_s, u"forgotten"_s},
                            {u"date"_s, QDate(2025, 4, 1)},
                            {u"note"_s, QString()}});
    });

    // What the user reads names the field in their language.
    {
        const test::LanguageScope russian(u"ru"_s);
        auto refused = storeUpdate(*db, u"activity"_s, activity.meta.uuid, {{u"amount"_s, -5.0}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(catalogue::fieldLabel(u"activity"_s, u"amount"_s)));
        CHECK(catalogue::fieldLabel(u"activity"_s, u"amount"_s) != u"amount"_s);
    }

    // A value an older Hamkori stored outside today's limits does not block an edit of another field.
    REQUIRE(QSqlQuery(db->connection()).exec(u"UPDATE activities SET position = 500000"_s));
    CHECK(storeUpdate(*db, u"activity"_s, activity.meta.uuid, {{u"measure"_s, u"Вохӯрии нав"_s}}).ok());
    CHECK(queryValue(*db, u"SELECT measure FROM activities"_s).toString() == u"Вохӯрии нав"_s);
}

TEST_CASE("The catalogue marks the free texts that can name a person as sensitive", "[catalogue]")
{
    for (const char* column : {"victim", "offender", "description", "causes", "title"})
        CHECK(catalogue::field(u"concern"_s, QString::fromLatin1(column))->sensitive);
    CHECK(catalogue::field(u"member"_s, u"phone"_s)->sensitive);
    CHECK(catalogue::field(u"meeting"_s, u"minutes"_s)->sensitive);
    // Codes, choices, dates and numbers never name anyone.
    for (const catalogue::Kind& kind : catalogue::kinds())
        for (const catalogue::Field& field : kind.fields)
            if (field.sensitive) {
                INFO(kind.name << "." << field.column);
                CHECK((field.type == catalogue::FieldType::Text ||
                       field.type == catalogue::FieldType::LongText));
            }
    CHECK_FALSE(catalogue::field(u"concern"_s, u"code"_s)->sensitive);
    CHECK_FALSE(catalogue::field(u"team"_s, u"name"_s)->sensitive);
}
