#pragma once
// The language of one document (Tajik, Russian or English), chosen per document and independent of the
// program's language: its texts come from that language's compiled-in catalogue through a translator of its
// own, never installed on the application, so exporting a Russian plan from a Tajik window changes nothing.
#include "../model/Enums.h"
#include "../model/Reference.h"
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace hamkori::report {

class DocumentLanguage
{
public:
    /// "tg", "ru" or "en"; anything else is English.
    explicit DocumentLanguage(const QString& language);

    QString code() const { return m_code; }
    /// A text of the documents, marked QT_TRANSLATE_NOOP("Document", …) where it is written.
    QString text(const char* source) const { return translate("Document", source); }
    QString translate(const char* context, const char* source) const;

    /// An enum's name (status, meeting kind, sex…) in this language.
    template <typename E> QString name(E value) const
    {
        for (const auto& entry : EnumTraits<E>::entries())
            if (entry.value == value)
                return translate(EnumTraits<E>::context(), entry.name);
        return {};
    }
    /// An editable list's entry: the name the users typed for this language, else the built-in name
    /// translated, else a name in another language.
    QString name(const ReferenceItem& item) const;

    /// A district or city as it follows a post in this language: "Ayni district", "Vahdat city";
    /// «Айнинского района», «г. Вахдат» (genitive); «ноҳияи Айнӣ», «шаҳри Ваҳдат».
    QString placeAfterPost(const GazetteerEntry& place) const;

    /// dd.MM.yyyy, whatever the language.
    static QString date(QDate day);
    /// "March 2026" with the month name of this language (Tajik: our own names, see the .cpp).
    QString monthYear(QDate day) const;
    QString monthName(int month) const;
    /// "1 500,00 сомонӣ": the unit always written, never the locale's currency.
    QString money(double somoni) const;
    QString number(int value) const { return m_locale.toString(value); }
    /// A measured value: thousands grouped, no trailing zeros ("1 250,5").
    QString decimal(double value) const
    {
        return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
    }

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace hamkori::report
