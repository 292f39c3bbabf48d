// The CSV text layer: RFC 4180 reading (quotes, doubled quotes, line breaks inside values, CRLF and LF,
// "," ";" and tab), the encodings (UTF-8 with and without BOM, UTF-16, Windows-1251, anything else refused
// with a message) and atomic writing with a BOM.
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/Windows1251.h"
#include "support/TestSupport.h"
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace hamkori;
using namespace hamkori::csv;

TEST_CASE("CSV reader handles quotes, doubled quotes, quoted line breaks, CRLF and LF", "[csv]")
{
    const QString text =
        QStringLiteral("Code,Title,Description\r\n"
                       "ISF-2026-001,\"Кӯчаҳои торик, бе чароғ\",\"Line one\r\nline \"\"two\"\"\"\r\n"
                       "\r\n"
                       "ISF-2026-002,Ҷанҷол,\n"
                       "ISF-2026-003,\"a\nb\",last");
    auto table = CsvReader::parse(text);
    INFO(table.errorMessage().toStdString());
    REQUIRE(table.ok());
    CHECK(table->separator == QLatin1Char(','));
    CHECK(table->header ==
          QStringList{QStringLiteral("Code"), QStringLiteral("Title"), QStringLiteral("Description")});
    REQUIRE(table->records.size() == 3);
    CHECK(table->records[0].row == 2);
    CHECK(table->records[0].fields[1] == QStringLiteral("Кӯчаҳои торик, бе чароғ"));
    CHECK(table->records[0].fields[2] == QStringLiteral("Line one\nline \"two\""));
    CHECK(table->records[1].row == 4); // the blank row 3 counts, as in a spreadsheet
    CHECK(table->records[1].fields ==
          QStringList{QStringLiteral("ISF-2026-002"), QStringLiteral("Ҷанҷол"), QString()});
    CHECK(table->records[2].row == 5);
    CHECK(table->records[2].fields[1] == QStringLiteral("a\nb"));
    CHECK(table->records[2].fields[2] == QStringLiteral("last"));
}

TEST_CASE("CSV reader detects the semicolon and tab separators", "[csv]")
{
    auto semicolons = CsvReader::parse(QStringLiteral("Код;Номи мушкилот\nA;\"x;y\"\n"));
    REQUIRE(semicolons.ok());
    CHECK(semicolons->separator == QLatin1Char(';'));
    CHECK(semicolons->records[0].fields == QStringList{QStringLiteral("A"), QStringLiteral("x;y")});
    auto tabs = CsvReader::parse(QStringLiteral("a\tb\n1\t2, 3\n"));
    REQUIRE(tabs.ok());
    CHECK(tabs->separator == QLatin1Char('\t'));
    CHECK(tabs->records[0].fields == QStringList{QStringLiteral("1"), QStringLiteral("2, 3")});
}

TEST_CASE("CSV reader refuses an unterminated quote with its row and column, and an empty file", "[csv]")
{
    auto open = CsvReader::parse(QStringLiteral("Code,Title\nA,ok\nB,\"never closed\nC,more\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.errorMessage().startsWith(QStringLiteral("Row 3, column 2: a quoted value is never closed")));
    auto empty = CsvReader::parse(QStringLiteral("\r\n\r\n"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("no header row")));
}

TEST_CASE("CSV decoding reads UTF-8 with and without BOM and UTF-16, refuses other bytes", "[csv]")
{
    const QString tajik = QStringLiteral("Ғ ӣ қ ӯ ҳ ҷ");
    QString encoding;
    auto plain = CsvReader::decode(tajik.toUtf8(), &encoding);
    REQUIRE(plain.ok());
    CHECK(*plain == tajik);
    CHECK(encoding == QStringLiteral("UTF-8"));
    auto bom = CsvReader::decode(QByteArray("\xEF\xBB\xBF") + tajik.toUtf8());
    REQUIRE(bom.ok());
    CHECK(*bom == tajik); // the BOM is not part of the first column name
    QStringEncoder utf16(QStringConverter::Utf16LE);
    auto wide = CsvReader::decode(QByteArray("\xFF\xFE") + QByteArray(utf16(tajik)), &encoding);
    REQUIRE(wide.ok());
    CHECK(*wide == tajik);
    CHECK(encoding == QStringLiteral("UTF-16"));

    // Latin-1 "café, déjà" is neither UTF-8 nor Cyrillic.
    auto latin = CsvReader::decode(QByteArray("Title\ncaf\xE9, d\xE9j\xE0 vu \xC9t\xE9\n"));
    REQUIRE_FALSE(latin.ok());
    CHECK(latin.errorMessage().contains(QStringLiteral("not in UTF-8")));
    CHECK(latin.errorMessage().contains(QStringLiteral("CSV UTF-8")));
    // UTF-16 without a BOM has NUL bytes.
    auto noBom = CsvReader::decode(QByteArray(utf16(QStringLiteral("Код"))) + QByteArray("\xFF", 1));
    CHECK_FALSE(noBom.ok());
}

TEST_CASE("CSV decoding recognises Windows-1251 and decodes it like the code page", "[csv]")
{
    // "Код;Название\r\nA;Драка у школы, ночью" in Windows-1251.
    const QByteArray bytes("\xCA\xEE\xE4;\xCD\xE0\xE7\xE2\xE0\xED\xE8\xE5\r\nA;\xC4\xF0\xE0\xEA\xE0 \xF3 "
                           "\xF8\xEA\xEE\xEB\xFB, \xED\xEE\xF7\xFC\xFE \xB9 5 \xAB\xB8\xBB");
    QString encoding;
    auto text = CsvReader::decode(bytes, &encoding);
    REQUIRE(text.ok());
    CHECK(encoding == QStringLiteral("Windows-1251"));
    CHECK(*text == QStringLiteral("Код;Название\r\nA;Драка у школы, ночью № 5 «ё»"));
    // The same bytes read as KOI8-R would be mostly capitals: not taken for Windows-1251.
    CHECK_FALSE(looksLikeWindows1251(QByteArray("\xEB\xCF\xC4 \xF0\xD2\xCF\xC2\xCC\xC5\xCD\xC1")));
}

TEST_CASE("CSV writer quotes what needs quotes and writes a BOM and CRLF", "[csv]")
{
    const QByteArray bytes =
        CsvWriter::encode({{QStringLiteral("Code"), QStringLiteral("Title")},
                           {QStringLiteral("A"), QStringLiteral("say \"hi\", then\nleave")},
                           {QStringLiteral("B;C"), QStringLiteral(" padded")}},
                          QLatin1Char(','));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3)) ==
          QStringLiteral("Code,Title\r\nA,\"say \"\"hi\"\", then\nleave\"\r\nB;C,\" padded\"\r\n"));
    auto back = CsvReader::parse(QString::fromUtf8(bytes));
    REQUIRE(back.ok());
    CHECK(back->records[0].fields[1] == QStringLiteral("say \"hi\", then\nleave"));
}

TEST_CASE("CSV writer keeps spreadsheets from running a value as a formula, and reads it back unchanged",
          "[csv]")
{
    // A title typed on another laptop reaches the coordinator's spreadsheet: "=HYPERLINK(...)" or "@SUM(...)"
    // must show as text, never run. Numbers stay numbers.
    const QStringList values{QStringLiteral("=HYPERLINK(\"http://x\",\"Ҳисобот\")"),
                             QStringLiteral("+998 90 123"),
                             QStringLiteral("-1+2"),
                             QStringLiteral("@SUM(A1:A9)"),
                             QStringLiteral("'=already quoted"),
                             QStringLiteral("'plain apostrophe"),
                             QStringLiteral("-5"),
                             QStringLiteral("+2.5"),
                             QStringLiteral("Зӯроварӣ - дар оила")};
    const QByteArray bytes = CsvWriter::encode({values}, QLatin1Char(';'));
    const QStringList cells = QString::fromUtf8(bytes.mid(3)).chopped(2).split(QLatin1Char(';'));
    REQUIRE(cells.size() == values.size());
    for (int i = 0; i < 6; ++i) {
        INFO(cells[i].toStdString());
        // (a value with quote marks in it is quoted as a whole; the spreadsheet reads what is inside)
        CHECK((cells[i].startsWith(QLatin1Char('\'')) || cells[i].startsWith(QStringLiteral("\"'"))));
    }
    CHECK(cells[6] == QStringLiteral("-5"));
    CHECK(cells[7] == QStringLiteral("+2.5"));
    CHECK(cells[8] == QStringLiteral("Зӯроварӣ - дар оила"));

    auto back = CsvReader::parse(QStringLiteral("a;b;c;d;e;f;g;h;i\r\n") + QString::fromUtf8(bytes.mid(3)));
    INFO(back.errorMessage().toStdString());
    REQUIRE(back.ok());
    REQUIRE(back->records.size() == 1);
    CHECK(back->records[0].fields == values);
}

TEST_CASE("CSV writing into a missing or read-only folder fails clearly and leaves no file", "[csv]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    auto written = CsvWriter::writeFile(missing, QByteArray("x"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.errorMessage().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));

    // A folder nobody may write in, root included (the tests may run as root, who ignores permissions).
    if (QFileInfo(QStringLiteral("/proc")).isDir()) {
        auto refused = CsvWriter::writeFile(QStringLiteral("/proc/hamkori-test.csv"), QByteArray("x"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(QStringLiteral("cannot write the file")));
        CHECK_FALSE(QFile::exists(QStringLiteral("/proc/hamkori-test.csv")));
    }
}
