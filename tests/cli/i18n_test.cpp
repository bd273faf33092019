// Padding by terminal columns, for the exercise's tables (src/i18n; the catalogue itself is
// tested in tests/report/i18n_test.cpp).
#include "i18n/translate.hpp"

#include <gtest/gtest.h>

namespace schedlab::i18n {
namespace {

TEST(I18nPadding, PadsByColumnsNotBytes) {
    EXPECT_EQ(padRight("P1", 4), "P1  ");
    EXPECT_EQ(padLeft("12", 4), "  12");
    EXPECT_EQ(padRight("周转", 6), "周转  ");   // two wide characters take four columns
    EXPECT_EQ(padLeft("等待", 5), " 等待");
    EXPECT_EQ(padRight("response", 4), "response") << "never cut";
}

TEST(I18nPadding, ExerciseTextsAreInTheCatalogue) {
    EXPECT_NE(translate("schedlab::exercise", "Questions:", Language::SimplifiedChinese),
              "Questions:");
}

}  // namespace
}  // namespace schedlab::i18n
