// Counts are written the locale's way everywhere (issue 18: "100120" beside "100 014"): in plural phrases
// (%n, whose translations write %Ln) as in numbers put into a sentence.
#include "core/model/Formats.h"
#include "core/sync/MergeReport.h"
#include "support/TestSupport.h"
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

using namespace hamkori;

TEST_CASE("A large count reads the same in a plural phrase and in a sentence, in every language",
          "[formats][counts]")
{
    for (const QString& language : {u"tg"_s, u"ru"_s, u"en"_s}) {
        const test::LanguageScope scope(language);
        INFO(language.toStdString());
        sync::MergeReport report;
        report.received = 100120;
        report.kinds[u"concern"_s].skipped = 100120;
        const QStringList lines = report.describe();
        REQUIRE(lines.size() >= 2);
        const QString grouped = Formats::number(100120);
        CHECK(grouped != u"100120"_s);
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(line.contains(grouped));
            CHECK_FALSE(line.contains(u"100120"_s));
        }
    }
}
