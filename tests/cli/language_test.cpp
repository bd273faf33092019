// schedlab-cli in Simplified Chinese: `--lang zh_CN` or a zh_CN locale; machine formats stay.

#include <gtest/gtest.h>

#include "cli/common.hpp"
#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

using i18n::Language;

const std::string kChineseHeading = "甘特图（1 列 = 1 个时钟）";
const std::string kEnglishHeading = "Gantt chart (1 column = 1 tick)";

TEST(CliLanguage, LangFlagGivesChineseText) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    for (const std::string& args : {"--lang zh_CN run " + file, "run " + file + " --lang zh_CN",
                                    "run " + file + " --lang=zh_CN"}) {
        auto run = runCli(args, "LANG=C.UTF-8");
        ASSERT_EQ(run.status, 0) << args << run.err;
        EXPECT_NE(run.out.find(kChineseHeading), std::string::npos) << args << run.out;
        EXPECT_NE(run.out.find("周转时间"), std::string::npos) << run.out;
    }
}

TEST(CliLanguage, ChineseLocaleGivesChineseText) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    for (const char* locale : {"LANG=zh_CN.UTF-8", "LC_MESSAGES=zh_CN.UTF-8", "LC_ALL=zh_CN"}) {
        auto run = runCli("run " + file, locale);
        ASSERT_EQ(run.status, 0) << run.err;
        EXPECT_NE(run.out.find(kChineseHeading), std::string::npos) << locale << run.out;
    }
}

TEST(CliLanguage, LangEnAndOtherLocalesGiveEnglish) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    EXPECT_NE(runCli("run " + file + " --lang en", "LANG=zh_CN.UTF-8").out.find(kEnglishHeading),
              std::string::npos);
    // LC_ALL wins over LANG, as POSIX says.
    EXPECT_NE(runCli("run " + file, "LANG=zh_CN.UTF-8 LC_ALL=C").out.find(kEnglishHeading),
              std::string::npos);
    EXPECT_NE(runCli("run " + file, "LANG=de_DE.UTF-8").out.find(kEnglishHeading),
              std::string::npos);
}

TEST(CliLanguage, MachineFormatsStayEnglish) {
    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    for (const char* format : {"json", "csv"}) {
        std::string args = "run " + file + " --format " + format;
        EXPECT_EQ(runCli(args + " --lang zh_CN").out, runCli(args + " --lang en").out) << format;
    }
}

TEST(CliLanguage, MessagesAreChineseButKeepTheirPrefixes) {
    TempDir dir;
    std::string good = dir.write("good.yaml", textbookScenario());
    auto run = runCli("validate " + good + " --lang zh_CN");
    EXPECT_EQ(run.out, dir.path("good.yaml").string() + ": 通过\n");
    auto empty =
        runCli("compare " + shellQuote(dir.path("none").string() + "/*.yaml") + " --lang zh_CN");
    EXPECT_EQ(empty.status, 2);
    EXPECT_NE(empty.err.find("none/*.yaml: error: 没有与此模式匹配的文件"), std::string::npos)
        << empty.err;
}

TEST(CliLanguage, UnknownLanguageIsBadInput) {
    TempDir dir;
    auto run = runCli("run " + dir.write("rr.yaml", textbookScenario()) + " --lang klingon");
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("expected en or zh_CN, got 'klingon'"), std::string::npos) << run.err;
}

TEST(CliLanguage, ChooseLanguageTakesTheLastFlagElseTheEnvironment) {
    EXPECT_EQ(chooseLanguage({"run", "f.yaml", "--lang", "zh_CN"}), Language::SimplifiedChinese);
    EXPECT_EQ(chooseLanguage({"--lang=zh_CN", "run", "--lang", "en"}), Language::English);
    EXPECT_EQ(chooseLanguage({"--lang=zh_CN.UTF-8"}), Language::SimplifiedChinese);
    EXPECT_EQ(chooseLanguage({"--lang"}), i18n::languageFromEnvironment());
}

// #12: `--help` and CLI11's own messages were English under --lang zh_CN.
TEST(CliLanguage, Issue12HelpAndParseErrorsAreChinese) {
    auto help = runCli("--help --lang zh_CN", "LANG=C.UTF-8");
    EXPECT_EQ(help.status, 0);
    for (const char* chinese : {"用法:", "SchedLab：用于教学的 CPU 调度模拟器", "选项:", "子命令:",
                                "显示此帮助信息并退出", "模拟一个场景并报告结果"}) {
        EXPECT_NE(help.out.find(chinese), std::string::npos) << chinese << "\n" << help.out;
    }
    auto runHelp = runCli("run --help --lang zh_CN", "LANG=C.UTF-8");
    EXPECT_NE(runHelp.out.find("代替文件中调度算法的 SPEC"), std::string::npos) << runHelp.out;
    EXPECT_EQ(runHelp.out.find("Output format"), std::string::npos) << runHelp.out;

    TempDir dir;
    std::string file = dir.write("rr.yaml", textbookScenario());
    auto extra = runCli("run " + file + " --frobnicate --lang zh_CN", "LANG=C.UTF-8");
    EXPECT_EQ(extra.status, 2);
    EXPECT_NE(extra.err.find("多余的参数：--frobnicate"), std::string::npos) << extra.err;
    EXPECT_NE(extra.err.find("加上 --help 运行以查看更多信息。"), std::string::npos) << extra.err;
    auto format = runCli("run " + file + " --format xml", "LANG=zh_CN.UTF-8");
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("--format：xml 不在 {"), std::string::npos) << format.err;
    auto missing = runCli("run --lang zh_CN", "LANG=C.UTF-8");
    EXPECT_NE(missing.err.find("缺少必需的 "), std::string::npos) << missing.err;
    auto english = runCli("run " + file + " --frobnicate", "LANG=C.UTF-8");
    EXPECT_NE(english.err.find("The following argument was not expected: --frobnicate"),
              std::string::npos)
        << english.err;
}

}  // namespace
}  // namespace schedlab::cli::testing
