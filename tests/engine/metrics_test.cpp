// utilizationOverTime (engine/metrics.cpp): busy share per time bucket, worked out by hand.
#include "engine/metrics.hpp"

#include <gtest/gtest.h>

#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

// A alone: CPU 4, I/O 6, CPU 4. Busy 0-4 and 10-14 of a 14-tick run. Buckets of 5 ticks:
// [0,5) 4 busy of 5, [5,10) nothing, [10,14) 4 of a 4-tick last bucket.
TEST(UtilizationOverTime, CountsBusyTicksPerBucket) {
    auto w = workload("fcfs", {proc("A", 0, {4, 6, 4})});
    auto r = run(w);
    EXPECT_EQ(utilizationOverTime(r, 5), (std::vector<double>{0.8, 0.0, 1.0}));
}

// Two CPUs, P1 4 ticks and P2 2 ticks at 0: both busy in [0,2), one of two in [2,4).
TEST(UtilizationOverTime, SharesCapacityOverAllCpus) {
    auto w = workload("fcfs", {proc("P1", 0, {4}), proc("P2", 0, {2})});
    w.cpus = 2;
    EXPECT_EQ(utilizationOverTime(run(w), 2), (std::vector<double>{1.0, 0.5}));
}

TEST(UtilizationOverTime, NoBucketsForANonPositiveWidth) {
    auto w = workload("fcfs", {proc("A", 0, {3})});
    EXPECT_TRUE(utilizationOverTime(run(w), 0).empty());
}

}  // namespace
}  // namespace schedlab::engine::test
