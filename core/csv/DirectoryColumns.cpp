#include "DirectoryColumns.h"
#include "ConcernColumns.h" // foldName
#include "core/report/DocumentLanguage.h"
#include <QRegularExpression>

namespace hamkori::csv {

namespace {

struct FieldEntry
{
    DirectoryField field;
    const char* key;
    const char* name;
};

constexpr FieldEntry kFields[] = {
    {DirectoryField::Name, "name", QT_TRANSLATE_NOOP("DirectoryColumns", "Organisation")},
    {DirectoryField::ShortName, "short_name", QT_TRANSLATE_NOOP("DirectoryColumns", "Short name")},
    {DirectoryField::Kind, "kind", QT_TRANSLATE_NOOP("DirectoryColumns", "Kind")},
    {DirectoryField::Address, "address", QT_TRANSLATE_NOOP("DirectoryColumns", "Address")},
    {DirectoryField::ContactPerson, "contact_person",
     QT_TRANSLATE_NOOP("DirectoryColumns", "Contact person")},
    {DirectoryField::Phone, "phone", QT_TRANSLATE_NOOP("DirectoryColumns", "Phone")},
    {DirectoryField::Email, "email", QT_TRANSLATE_NOOP("DirectoryColumns", "E-mail")},
    {DirectoryField::Districts, "districts", QT_TRANSLATE_NOOP("DirectoryColumns", "Districts")},
    {DirectoryField::Expertise, "expertise", QT_TRANSLATE_NOOP("DirectoryColumns", "Fields of expertise")},
    {DirectoryField::Services, "services", QT_TRANSLATE_NOOP("DirectoryColumns", "Services")},
    {DirectoryField::MemberSince, "member_since",
     QT_TRANSLATE_NOOP("DirectoryColumns", "Network member since")},
    {DirectoryField::InternationalExperience, "international_experience",
     QT_TRANSLATE_NOOP("DirectoryColumns", "International experience")},
    {DirectoryField::Notes, "notes", QT_TRANSLATE_NOOP("DirectoryColumns", "Notes")},
};

/// Headings found in coordinators' spreadsheets (in the three languages) besides the names Hamkori writes:
/// what people typed, matched as typed, so never translated.
struct Alias
{
    DirectoryField field;
    const char16_t* heading;
};

constexpr Alias kAliases[] = {
    {DirectoryField::Name, u"Organization"},
    {DirectoryField::Name, u"Name"},
    {DirectoryField::Name, u"Name of the organisation"},
    {DirectoryField::Name, u"CSO"},
    {DirectoryField::Name, u"Организация"},
    {DirectoryField::Name, u"Название"},
    {DirectoryField::Name, u"Название организации"},
    {DirectoryField::Name, u"Наименование"},
    {DirectoryField::Name, u"Наименование организации"},
    {DirectoryField::Name, u"Ташкилот"},
    {DirectoryField::Name, u"Ном"},
    {DirectoryField::Name, u"Номи ташкилот"},
    {DirectoryField::ShortName, u"Abbreviation"},
    {DirectoryField::ShortName, u"Краткое название"},
    {DirectoryField::ShortName, u"Сокращение"},
    {DirectoryField::ShortName, u"Аббревиатура"},
    {DirectoryField::ShortName, u"Номи мухтасар"},
    {DirectoryField::Kind, u"Type"},
    {DirectoryField::Kind, u"Type of organisation"},
    {DirectoryField::Kind, u"Вид"},
    {DirectoryField::Kind, u"Тип"},
    {DirectoryField::Kind, u"Тип организации"},
    {DirectoryField::Kind, u"Намуд"},
    {DirectoryField::Kind, u"Навъ"},
    {DirectoryField::Kind, u"Намуди ташкилот"},
    {DirectoryField::Address, u"Адрес"},
    {DirectoryField::Address, u"Суроға"},
    {DirectoryField::ContactPerson, u"Contact"},
    {DirectoryField::ContactPerson, u"Контактное лицо"},
    {DirectoryField::ContactPerson, u"Контакт"},
    {DirectoryField::ContactPerson, u"Руководитель"},
    {DirectoryField::ContactPerson, u"Шахси тамос"},
    {DirectoryField::ContactPerson, u"Роҳбар"},
    {DirectoryField::Phone, u"Telephone"},
    {DirectoryField::Phone, u"Телефон"},
    {DirectoryField::Phone, u"Тел."},
    {DirectoryField::Email, u"Email"},
    {DirectoryField::Email, u"E-mail"},
    {DirectoryField::Email, u"Эл. почта"},
    {DirectoryField::Email, u"Электронная почта"},
    {DirectoryField::Email, u"Почтаи электронӣ"},
    {DirectoryField::Districts, u"Areas of activity"},
    {DirectoryField::Districts, u"Районы"},
    {DirectoryField::Districts, u"Районы деятельности"},
    {DirectoryField::Districts, u"География деятельности"},
    {DirectoryField::Districts, u"Зона деятельности"},
    {DirectoryField::Districts, u"Ноҳияҳо"},
    {DirectoryField::Districts, u"Ноҳияҳои фаъолият"},
    {DirectoryField::Districts, u"Минтақаи фаъолият"},
    {DirectoryField::Expertise, u"Expertise"},
    {DirectoryField::Expertise, u"Области экспертизы"},
    {DirectoryField::Expertise, u"Сферы экспертизы"},
    {DirectoryField::Expertise, u"Экспертиза"},
    {DirectoryField::Expertise, u"Направления деятельности"},
    {DirectoryField::Expertise, u"Соҳаҳои таҷриба"},
    {DirectoryField::Expertise, u"Самтҳои фаъолият"},
    {DirectoryField::Expertise, u"Соҳаҳо"},
    {DirectoryField::Services, u"Услуги"},
    {DirectoryField::Services, u"Хизматрасониҳо"},
    {DirectoryField::Services, u"Хидматҳо"},
    {DirectoryField::MemberSince, u"Member since"},
    {DirectoryField::MemberSince, u"Memorandum signed"},
    {DirectoryField::MemberSince, u"Член сети с"},
    {DirectoryField::MemberSince, u"Меморандум"},
    {DirectoryField::MemberSince, u"Дата подписания меморандума"},
    {DirectoryField::MemberSince, u"Узви шабака аз"},
    {DirectoryField::MemberSince, u"Меморандум имзо шуд"},
    {DirectoryField::InternationalExperience, u"Experience with international agencies"},
    {DirectoryField::InternationalExperience, u"Международный опыт"},
    {DirectoryField::InternationalExperience, u"Опыт работы с международными организациями"},
    {DirectoryField::InternationalExperience, u"Таҷрибаи байналмилалӣ"},
    {DirectoryField::InternationalExperience, u"Таҷрибаи кор бо ташкилотҳои байналмилалӣ"},
    {DirectoryField::Notes, u"Note"},
    {DirectoryField::Notes, u"Примечания"},
    {DirectoryField::Notes, u"Примечание"},
    {DirectoryField::Notes, u"Эзоҳ"},
    {DirectoryField::Notes, u"Эзоҳҳо"},
};

const FieldEntry& entryOf(DirectoryField field)
{
    return kFields[int(field)];
}

} // namespace

QList<DirectoryField> DirectoryColumns::fields()
{
    QList<DirectoryField> all;
    for (const FieldEntry& entry : kFields)
        all << entry.field;
    return all;
}

QString DirectoryColumns::key(DirectoryField field)
{
    return QString::fromLatin1(entryOf(field).key);
}

std::optional<DirectoryField> DirectoryColumns::fromKey(const QString& key)
{
    for (const FieldEntry& entry : kFields)
        if (key == QLatin1String(entry.key))
            return entry.field;
    return std::nullopt;
}

QString DirectoryColumns::name(DirectoryField field)
{
    return tr(entryOf(field).name);
}

QString DirectoryColumns::name(DirectoryField field, const report::DocumentLanguage& language)
{
    return language.translate("DirectoryColumns", entryOf(field).name);
}

bool DirectoryColumns::isContact(DirectoryField field)
{
    return field == DirectoryField::ContactPerson || field == DirectoryField::Phone ||
           field == DirectoryField::Email;
}

void DirectoryMapping::set(DirectoryField field, int column)
{
    // A column feeds one field: whatever field it fed before loses it.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (column >= 0 && it.value() == column && it.key() != int(field))
            it = m_columns.erase(it);
        else
            ++it;
    }
    if (column < 0)
        m_columns.remove(int(field));
    else
        m_columns.insert(int(field), column);
}

std::optional<DirectoryField> DirectoryMapping::fieldOf(int column) const
{
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        if (it.value() == column)
            return DirectoryField(it.key());
    return std::nullopt;
}

DirectoryMapping DirectoryMapping::guess(const QStringList& header)
{
    static const QHash<QString, int> known = [] {
        QHash<QString, int> names;
        for (const Alias& alias : kAliases)
            names.insert(foldName(QString::fromUtf16(alias.heading)), int(alias.field));
        const report::DocumentLanguage languages[] = {report::DocumentLanguage(QStringLiteral("en")),
                                                      report::DocumentLanguage(QStringLiteral("tg")),
                                                      report::DocumentLanguage(QStringLiteral("ru"))};
        for (const FieldEntry& entry : kFields) {
            names.insert(foldName(QString::fromLatin1(entry.key)), int(entry.field));
            for (const auto& language : languages)
                names.insert(foldName(DirectoryColumns::name(entry.field, language)), int(entry.field));
        }
        return names;
    }();
    DirectoryMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        // "Районы деятельности:" and "Services (separated by ;)" are still those columns.
        QString heading = header[column];
        heading.remove(QRegularExpression(QStringLiteral("\\(.*\\)")));
        heading.remove(QRegularExpression(QStringLiteral("[:*]+\\s*$")));
        const auto found = known.constFind(foldName(heading));
        if (found != known.constEnd() && !mapping.has(DirectoryField(*found)))
            mapping.set(DirectoryField(*found), column);
    }
    return mapping;
}

DirectoryMapping DirectoryMapping::remembered(const QVariantMap& byColumnName, const QStringList& header)
{
    DirectoryMapping mapping = guess(header);
    for (int column = 0; column < header.size(); ++column) {
        const auto it = byColumnName.constFind(header[column]);
        if (it == byColumnName.constEnd())
            continue;
        const QString key = it->toString();
        if (key.isEmpty()) {
            if (const auto field = mapping.fieldOf(column))
                mapping.set(*field, -1); // remembered as "not imported"
        } else if (const auto field = DirectoryColumns::fromKey(key)) {
            mapping.set(*field, column);
        }
    }
    return mapping;
}

QVariantMap DirectoryMapping::byColumnName(const QStringList& header) const
{
    QVariantMap names;
    for (int column = 0; column < header.size(); ++column) {
        if (header[column].isEmpty())
            continue;
        const auto field = fieldOf(column);
        names.insert(header[column], field ? DirectoryColumns::key(*field) : QString());
    }
    return names;
}

} // namespace hamkori::csv
