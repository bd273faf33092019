// The bursts cell: every way people type bursts, and the errors.

#include "scenario/bursts_text.hpp"

#include <gtest/gtest.h>

namespace schedlab::scenario {
namespace {

using Ticks = std::vector<engine::Tick>;

Ticks ok(std::string_view text) {
    auto parsed = parseBursts(text);
    EXPECT_TRUE(std::holds_alternative<Ticks>(parsed)) << text;
    return std::holds_alternative<Ticks>(parsed) ? std::get<Ticks>(parsed) : Ticks{};
}

std::string error(std::string_view text) {
    auto parsed = parseBursts(text);
    EXPECT_TRUE(std::holds_alternative<BurstsError>(parsed)) << text;
    return std::holds_alternative<BurstsError>(parsed) ? describe(std::get<BurstsError>(parsed))
                                                       : "";
}

TEST(BurstsTextTest, AcceptsEveryWritingOfTheSameBursts) {
    const Ticks expected = {5, 3, 2};
    EXPECT_EQ(ok("5 3 2"), expected);
    EXPECT_EQ(ok("5,3,2"), expected);
    EXPECT_EQ(ok("[5, 3, 2]"), expected);
    EXPECT_EQ(ok("  5 ,  3,2  "), expected);
    EXPECT_EQ(ok("CPU 5, IO 3, CPU 2"), expected);
    EXPECT_EQ(ok("cpu 5 i/o 3 Cpu 2"), expected);
    EXPECT_EQ(ok("CPU: 5, I/O: 3, CPU: 2"), expected);
    EXPECT_EQ(ok("CPU 5, 3, CPU 2"), expected);  // labels are optional per burst
    EXPECT_EQ(ok("+5 3 2"), expected);
}

TEST(BurstsTextTest, BlankIsNoBursts) {
    EXPECT_EQ(ok(""), Ticks{});
    EXPECT_EQ(ok("  "), Ticks{});
    EXPECT_EQ(ok("[]"), Ticks{});
}

// The length (odd, ending with CPU) is left to the scenario check, which has the CLI's words.
TEST(BurstsTextTest, LeavesTheLengthToTheScenarioCheck) { EXPECT_EQ(ok("5 3"), (Ticks{5, 3})); }

TEST(BurstsTextTest, RejectsWhatIsNotAPositiveWholeNumber) {
    EXPECT_EQ(error("5 x 2"), "a burst must be a whole number > 0: 'x'");
    EXPECT_EQ(error("5 0 2"), "a burst must be a whole number > 0: '0'");
    EXPECT_EQ(error("-5"), "a burst must be a whole number > 0: '-5'");
    EXPECT_EQ(error("2.5"), "a burst must be a whole number > 0: '2.5'");
    EXPECT_EQ(error("99999999999999999999"),
              "a burst must be a whole number > 0: '99999999999999999999'");
    EXPECT_EQ(error("CPU5"), "a burst must be a whole number > 0: 'CPU5'");
}

TEST(BurstsTextTest, LabelsMustFollowCpuIoOrder) {
    EXPECT_EQ(error("IO 3, CPU 2"), "expected CPU first: bursts start with a CPU burst, not 'IO'");
    EXPECT_EQ(error("CPU 5, CPU 2"), "CPU and I/O must alternate: 'CPU' is out of turn");
    EXPECT_EQ(error("5 I/O 3 io 2"), "CPU and I/O must alternate: 'io' is out of turn");
    EXPECT_EQ(error("CPU 5, IO"), "'IO' needs a number after it");
    EXPECT_EQ(error("CPU IO 3"), "'CPU' needs a number after it");
}

TEST(BurstsTextTest, ErrorsCarryTheirKind) {
    auto parsed = parseBursts("IO 3");
    ASSERT_TRUE(std::holds_alternative<BurstsError>(parsed));
    EXPECT_EQ(std::get<BurstsError>(parsed),
              (BurstsError{BurstsError::Kind::ExpectedCpuFirst, "IO"}));
}

TEST(BurstsTextTest, FormatsWithSpacesAndParsesBack) {
    EXPECT_EQ(formatBursts({5, 3, 2}), "5 3 2");
    EXPECT_EQ(formatBursts({24}), "24");
    EXPECT_EQ(formatBursts({}), "");
    EXPECT_EQ(ok(formatBursts({1, 1000000000000, 7})), (Ticks{1, 1000000000000, 7}));
}

}  // namespace
}  // namespace schedlab::scenario
