#include "authoring/generator.hpp"

#include <gtest/gtest.h>

#include "engine/simulation.hpp"

namespace schedlab::authoring {
namespace {

TEST(SplitMix64, MatchesTheReferenceSequence) {
    // First outputs of the reference splitmix64.c for seed 0: the same on every platform.
    SplitMix64 random(0);
    EXPECT_EQ(random.next(), 0xe220a8397b1dcdafULL);
    EXPECT_EQ(random.next(), 0x6e789e6aa1b965f4ULL);
    EXPECT_EQ(random.next(), 0x06c45d188009454fULL);
}

TEST(SplitMix64, BetweenStaysInRange) {
    SplitMix64 random(42);
    for (int i = 0; i < 1000; ++i) {
        auto value = random.between(3, 7);
        ASSERT_GE(value, 3);
        ASSERT_LE(value, 7);
    }
}

TEST(TickRange, Parses) {
    EXPECT_EQ(parseTickRange("1-10"), (TickRange{1, 10}));
    EXPECT_EQ(parseTickRange("4"), (TickRange{4, 4}));
    EXPECT_FALSE(parseTickRange("0-3"));
    EXPECT_FALSE(parseTickRange("5-2"));
    EXPECT_FALSE(parseTickRange("a-b"));
    EXPECT_FALSE(parseTickRange("1-"));
    EXPECT_FALSE(parseTickRange(""));
}

TEST(Generator, SameOptionsSameWorkload) {
    GenerateOptions options;
    options.processes = 50;
    options.seed = 7;
    auto a = generateWorkload(options);
    auto b = generateWorkload(options);
    ASSERT_EQ(a.processes.size(), 50U);
    for (std::size_t p = 0; p < a.processes.size(); ++p) {
        EXPECT_EQ(a.processes[p].bursts, b.processes[p].bursts);
        EXPECT_EQ(a.processes[p].arrival, b.processes[p].arrival);
    }
    options.seed = 8;
    auto c = generateWorkload(options);
    bool differs = false;
    for (std::size_t p = 0; p < a.processes.size(); ++p) {
        differs = differs || a.processes[p].bursts != c.processes[p].bursts;
    }
    EXPECT_TRUE(differs);
}

TEST(Generator, RespectsTheOptionsAndIsValid) {
    GenerateOptions options;
    options.processes = 200;
    options.seed = 3;
    options.burst = {2, 3};
    options.io = {5, 6};
    options.ioShare = 1.0;
    options.cpuBursts = {2, 2};
    options.arrivalSpread = 0;
    auto workload = generateWorkload(options);
    for (const auto& process : workload.processes) {
        ASSERT_EQ(process.bursts.size(), 3U);
        EXPECT_EQ(process.arrival, 0);
        EXPECT_GE(process.bursts[0], 2);
        EXPECT_LE(process.bursts[0], 3);
        EXPECT_GE(process.bursts[1], 5);
        EXPECT_LE(process.bursts[1], 6);
    }
    EXPECT_TRUE(engine::validateWorkload(workload).empty());
}

TEST(Generator, NoIoMeansOneBurstAndArrivalsAreSorted) {
    GenerateOptions options;
    options.processes = 100;
    options.ioShare = 0.0;
    auto workload = generateWorkload(options);
    for (std::size_t p = 0; p < workload.processes.size(); ++p) {
        EXPECT_EQ(workload.processes[p].bursts.size(), 1U);
        EXPECT_EQ(workload.processes[p].name, "P" + std::to_string(p + 1));
        EXPECT_LE(workload.processes[p].arrival, 1000);
        if (p > 0) {
            EXPECT_LE(workload.processes[p - 1].arrival, workload.processes[p].arrival);
        }
    }
}

}  // namespace
}  // namespace schedlab::authoring
