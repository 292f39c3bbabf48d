// A member's name as a signature prints it (core/model/PersonName): initials, then the surname, whatever the
// order the name was typed in. Every expected value below was worked out by hand.
#include "core/model/PersonName.h"
#include "support/TestSupport.h"
#include <catch2/catch.hpp>

using namespace hamkori;
using namespace Qt::StringLiterals;

namespace {

std::string initials(const QString& name)
{
    return initialsAndSurname(name).toStdString();
}

std::string expected(const QString& text)
{
    return text.toStdString();
}

} // namespace

TEST_CASE(
    "A Tajik name in the Russian order gives initials of the given name and patronymic, then the surname",
    "[person-name]")
{
    CHECK(initials(u"Раҳимзода Ҷамшед Абдуллоевич"_s) == expected(u"Ҷ. А. Раҳимзода"_s));
    CHECK(initials(u"Ғуломшоева Нигора Қурбоналиевна"_s) == expected(u"Н. Қ. Ғуломшоева"_s));
    CHECK(initials(u"Мирзоева Нигина Абдурасуловна"_s) == expected(u"Н. А. Мирзоева"_s));
    CHECK(initials(u"Қодиров Далер Маҳмадалиевич"_s) == expected(u"Д. М. Қодиров"_s));
    // Without a patronymic the surname's ending tells it from the given name.
    CHECK(initials(u"Нуриддинов Абдусаттор"_s) == expected(u"А. Нуриддинов"_s));
    CHECK(initials(u"Исмоилзода Бахтиёр"_s) == expected(u"Б. Исмоилзода"_s));
    CHECK(initials(u"Раҳмониён Сомон"_s) == expected(u"С. Раҳмониён"_s));
    CHECK(initials(u"Ҳусейнпур Алӣ"_s) == expected(u"А. Ҳусейнпур"_s));
    CHECK(initials(u"Ализаде Фарид"_s) == expected(u"Ф. Ализаде"_s));
    CHECK(initials(u"Раҳмонӣ Фирдавс"_s) == expected(u"Ф. Раҳмонӣ"_s));
}

TEST_CASE("A name typed given name first keeps the surname last", "[person-name]")
{
    CHECK(initials(u"Ҷамшед Абдуллоевич Раҳимзода"_s) == expected(u"Ҷ. А. Раҳимзода"_s));
    CHECK(initials(u"Мавҷуда Раҳимова"_s) == expected(u"М. Раҳимова"_s));
    CHECK(initials(u"Фирдавс Раҳмонӣ"_s) == expected(u"Ф. Раҳмонӣ"_s));
    CHECK(initials(u"Алӣ Раҳмонӣ"_s) == expected(u"А. Раҳмонӣ"_s)); // Алӣ is a given name, Раҳмонӣ is not
    // Given names that end like surnames (-иддин, -ина) lose to a real surname ending, in either order.
    CHECK(initials(u"Зайниддин Абдулвоҳидов"_s) == expected(u"З. Абдулвоҳидов"_s));
    CHECK(initials(u"Абдулвоҳидов Зайниддин"_s) == expected(u"З. Абдулвоҳидов"_s));
    CHECK(initials(u"Мадина Каримова"_s) == expected(u"М. Каримова"_s));
    CHECK(initials(u"Каримова Мадина"_s) == expected(u"М. Каримова"_s));
    // Nothing tells: the last word is the surname.
    CHECK(initials(u"Сомон Ҳусейн"_s) == expected(u"С. Ҳусейн"_s));
}

TEST_CASE("Russian names in either order", "[person-name]")
{
    CHECK(initials(u"Иванов Пётр Сергеевич"_s) == expected(u"П. С. Иванов"_s));
    CHECK(initials(u"Анна Сергеевна Фомина"_s) == expected(u"А. С. Фомина"_s));
    CHECK(initials(u"Кузьмина Анна Ильинична"_s) == expected(u"А. И. Кузьмина"_s));
    CHECK(initials(u"Достоевский Фёдор Михайлович"_s) == expected(u"Ф. М. Достоевский"_s));
    CHECK(initials(u"Фёдор Достоевский"_s) == expected(u"Ф. Достоевский"_s));
    CHECK(initials(u"Лев Толстой"_s) == expected(u"Л. Толстой"_s)); // "Лев" is too short to be an -ев surname
    CHECK(initials(u"Мир-Сайид Алиев"_s) == expected(u"М.-С. Алиев"_s));
}

TEST_CASE("Names in Latin letters", "[person-name]")
{
    CHECK(initials(u"Jamshed Rahimzoda"_s) == expected(u"J. Rahimzoda"_s));
    CHECK(initials(u"Rahimov Farrukh"_s) == expected(u"F. Rahimov"_s));
    CHECK(initials(u"Juraev Farrukh Sharifovich"_s) == expected(u"F. S. Juraev"_s));
    CHECK(initials(u"Farrukh Sharifovich Juraev"_s) == expected(u"F. S. Juraev"_s));
    CHECK(initials(u"Madina Karimova"_s) == expected(u"M. Karimova"_s));
    CHECK(initials(u"John Smith"_s) == expected(u"J. Smith"_s));
}

TEST_CASE("Spaces, single words, typed initials and names without a surname", "[person-name]")
{
    CHECK(initials(u"  Раҷабова   Гулрухсор\tУмаровна  "_s) == expected(u"Г. У. Раҷабова"_s));
    CHECK(initials(u"Раҳимзода"_s) == expected(u"Раҳимзода"_s));
    CHECK(initials(u"  Раҳимзода "_s) == expected(u"Раҳимзода"_s));
    CHECK(initials(QString()).empty());
    CHECK(initials(u"   "_s).empty());
    // Initials already typed are kept, in the order typed, wherever they stand.
    CHECK(initials(u"Саидов Н."_s) == expected(u"Н. Саидов"_s));
    CHECK(initials(u"Ҷ.А. Раҳимзода"_s) == expected(u"Ҷ. А. Раҳимзода"_s));
    CHECK(initials(u"Раҳимзода Ҷ. А."_s) == expected(u"Ҷ. А. Раҳимзода"_s));
    CHECK(initials(u"Ҷамшед А. Раҳимзода"_s) == expected(u"Ҷ. А. Раҳимзода"_s));
    CHECK(initials(u"Ҷ. А. Раҳимзода"_s) == expected(u"Ҷ. А. Раҳимзода"_s)); // already as printed
    // A given name typed in small letters gives a capital initial; the surname stays as typed.
    CHECK(initials(u"раҳимзода ҷамшед"_s) == expected(u"Ҷ. раҳимзода"_s));
    // A given name and a patronymic name no surname: the name is left as it was.
    CHECK(initials(u"Далер  Маҳмадалиевич"_s) == expected(u"Далер Маҳмадалиевич"_s));
}
