#include "report/format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace schedlab::report {
namespace {

TEST(Format, NumbersRoundToThreeDecimalsAndKeepOneDecimal) {
    EXPECT_EQ(formatNumber(17.0 / 3), "5.667");
    EXPECT_EQ(formatNumber(1.0), "1.0");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(0.0), "0.0");
    EXPECT_EQ(formatNumber(-0.0), "0.0");
    EXPECT_EQ(formatNumber(12.5), "12.5");
    EXPECT_EQ(formatNumber(0.0004), "0.0");
    EXPECT_EQ(formatNumber(std::nan("")), "null");
}

TEST(Format, FixedAlwaysShowsThreeDecimals) {
    EXPECT_EQ(formatFixed3(1.0), "1.000");
    EXPECT_EQ(formatFixed3(47.0 / 3), "15.667");
    EXPECT_EQ(formatFixed3(std::numeric_limits<double>::infinity()), "-");
}

TEST(Format, JsonStringsAreEscaped) {
    std::string out;
    appendJsonString(out, "a\"b\\c\nd\x01");
    EXPECT_EQ(out, R"("a\"b\\c\nd\u0001")");
}

TEST(Format, CsvFieldsFollowRfc4180) {
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
}

TEST(Format, TextTableAlignsColumns) {
    TextTable table({Align::Left, Align::Right});
    table.addRow({"name", "n"});
    table.addRule();
    table.addRow({"a", "100"});
    EXPECT_EQ(table.render(), "name    n\n----  ---\na     100\n");
}

// #12: `schedlab-cli real` printed "-0.0" for an error that rounds to zero.
TEST(Format, NoNegativeZero) {
    EXPECT_EQ(formatFixed(-0.04, 1), "0.0");
    EXPECT_EQ(formatFixed(-0.04, 1, true), "+0.0");
    EXPECT_EQ(formatFixed(-0.0, 1, true), "+0.0");
    EXPECT_EQ(formatFixed(-0.06, 1, true), "-0.1");
    EXPECT_EQ(formatFixed(2.26, 1, true), "+2.3");
    EXPECT_EQ(formatFixed3(-0.0004), "0.000");
    EXPECT_EQ(formatFixed3(-1.5), "-1.500");
}

}  // namespace
}  // namespace schedlab::report
