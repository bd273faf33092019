// schedlab::i18n: the catalogue generated from translations/schedlab_zh_CN.ts, language names,
// placeholders and terminal widths; and the report writers in Chinese.

#include <gtest/gtest.h>

#include <cstdlib>

#include "i18n/translate.hpp"
#include "report/format.hpp"
#include "report/text_report.hpp"
#include "sample_results.hpp"

namespace schedlab::report {
namespace {

using i18n::Language;

TEST(I18n, TranslatesFromTheTsFileWithTheAppsTerms) {
    EXPECT_EQ(i18n::translate("schedlab::report", "ready", Language::SimplifiedChinese), "就绪");
    EXPECT_EQ(i18n::translate("schedlab::report", "running", Language::SimplifiedChinese), "运行");
    EXPECT_EQ(i18n::translate("schedlab::report", "turnaround", Language::SimplifiedChinese),
              "周转时间");
    // The engine's texts, which the app translates with Qt, are in the catalogue too.
    EXPECT_EQ(i18n::translate("schedlab::engine", "Round robin", Language::SimplifiedChinese),
              "时间片轮转（RR）");
}

TEST(I18n, EnglishAndUnknownTextsComeBackUnchanged) {
    EXPECT_EQ(i18n::translate("schedlab::report", "ready", Language::English), "ready");
    EXPECT_EQ(i18n::translate("schedlab::report", "no such text", Language::SimplifiedChinese),
              "no such text");
    EXPECT_EQ(i18n::translate("no::context", "ready", Language::SimplifiedChinese), "ready");
}

TEST(I18n, ParsesLanguageNames) {
    EXPECT_EQ(i18n::parseLanguage("zh_CN"), Language::SimplifiedChinese);
    EXPECT_EQ(i18n::parseLanguage("zh_CN.UTF-8"), Language::SimplifiedChinese);
    EXPECT_EQ(i18n::parseLanguage("en"), Language::English);
    EXPECT_EQ(i18n::parseLanguage("en_GB.UTF-8"), Language::English);
    EXPECT_EQ(i18n::parseLanguage("C"), Language::English);
    EXPECT_EQ(i18n::parseLanguage("fr"), std::nullopt);
    EXPECT_EQ(i18n::parseLanguage(""), std::nullopt);
}

TEST(I18n, ArgReplacesNumberedPlaceholders) {
    EXPECT_EQ(i18n::arg("%2 to %1, 100%", {"a", "b"}), "b to a, 100%");
    EXPECT_EQ(i18n::arg("%3 stays", {"a"}), "%3 stays");
}

TEST(I18n, ChineseCharactersTakeTwoColumns) {
    EXPECT_EQ(i18n::displayWidth("turnaround"), 10u);
    EXPECT_EQ(i18n::displayWidth("周转时间"), 8u);
    EXPECT_EQ(i18n::displayWidth("阻塞（I/O）"), 11u);  // full-width parentheses
}

TEST(I18n, TextTableAlignsChineseByColumns) {
    TextTable table({Align::Left, Align::Right});
    table.addRow({"进程", "等待时间"});
    table.addRow({"P1", "6"});
    EXPECT_EQ(table.render(), "进程  等待时间\nP1           6\n");
}

TEST(I18n, ChineseReportKeepsNumbersAndNames) {
    auto sample = testing::textbookRoundRobin();
    std::string english = writeText(sample.workload, sample.result);
    std::string chinese =
        writeText(sample.workload, sample.result, {}, Language::SimplifiedChinese);
    EXPECT_NE(chinese, english);
    for (const char* text : {"甘特图", "周转时间", "平均", "15.667", "P1", "rr:quantum=4"}) {
        EXPECT_NE(chinese.find(text), std::string::npos) << text << "\n" << chinese;
    }
}

}  // namespace
}  // namespace schedlab::report
