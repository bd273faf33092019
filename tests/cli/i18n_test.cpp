#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "i18n/translate.hpp"

namespace schedlab::i18n {
namespace {

TEST(I18n, TranslatesTheAppsMessagesByContext) {
    // The engine's sentence as the app shows it (translations/schedlab_zh_CN.ts).
    EXPECT_EQ(
        translate("schedlab::engine", "%1 preempts %2 on CPU %3: %4", Language::SimplifiedChinese),
        "%1 在 CPU %3 上抢占 %2：%4");
    EXPECT_EQ(translate("schedlab::ui::MainWindow", "&File", Language::SimplifiedChinese),
              "文件(&F)");
    // The same text in another context is another message.
    EXPECT_EQ(translate("schedlab::nowhere", "&File", Language::SimplifiedChinese), "&File");
    EXPECT_EQ(translate("schedlab::engine", "%1 preempts %2 on CPU %3: %4", Language::English),
              "%1 preempts %2 on CPU %3: %4");
    EXPECT_EQ(translate("schedlab::engine", "not a message", Language::SimplifiedChinese),
              "not a message");
}

TEST(I18n, EntitiesAreDecoded) {
    // Stored as "&amp;Edit" and "Save &amp;As..." in the .ts.
    EXPECT_EQ(translate("schedlab::ui::MainWindow", "&Edit", Language::SimplifiedChinese),
              "编辑(&E)");
}

TEST(I18n, LanguageCodes) {
    EXPECT_EQ(parseLanguage("zh_CN"), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguage("zh_CN.UTF-8"), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguage("zh-CN"), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguage("en"), Language::English);
    EXPECT_EQ(parseLanguage("en_GB.UTF-8"), Language::English);
    EXPECT_EQ(parseLanguage("C.UTF-8"), Language::English);
    EXPECT_EQ(parseLanguage("fr_FR"), std::nullopt);
    EXPECT_EQ(parseLanguage(""), std::nullopt);
}

// Puts the locale variables back as they were (the other tests run the CLI with them).
class SavedLocale {
public:
    SavedLocale() {
        for (const char* name : kNames) {
            const char* value = std::getenv(name);
            m_values.emplace_back(value != nullptr, value != nullptr ? value : "");
        }
    }
    ~SavedLocale() {
        for (std::size_t i = 0; i < std::size(kNames); ++i) {
            m_values[i].first ? ::setenv(kNames[i], m_values[i].second.c_str(), 1)
                              : ::unsetenv(kNames[i]);
        }
    }

private:
    static constexpr const char* kNames[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    std::vector<std::pair<bool, std::string>> m_values;
};

TEST(I18n, LanguageFromEnvironmentPrefersLcAll) {
    SavedLocale saved;
    ::setenv("LC_ALL", "zh_CN.UTF-8", 1);
    ::setenv("LANG", "en_US.UTF-8", 1);
    EXPECT_EQ(languageFromEnvironment(), Language::SimplifiedChinese);
    ::setenv("LC_ALL", "", 1);
    ::unsetenv("LC_MESSAGES");
    EXPECT_EQ(languageFromEnvironment(), Language::English);
    ::setenv("LANG", "de_DE.UTF-8", 1);
    EXPECT_EQ(languageFromEnvironment(), Language::English);
}

TEST(I18n, DisplayWidthCountsChineseTwice) {
    EXPECT_EQ(displayWidth("waiting"), 7u);
    EXPECT_EQ(displayWidth("等待时间"), 8u);
    EXPECT_EQ(displayWidth("（RR）"), 6u);
    EXPECT_EQ(displayWidth("CPU 0 运行"), 10u);
    EXPECT_EQ(padRight("进程", 6), "进程  ");
    EXPECT_EQ(padLeft("12", 4), "  12");
    EXPECT_EQ(padLeft("周转时间", 4), "周转时间");
}

}  // namespace
}  // namespace schedlab::i18n
