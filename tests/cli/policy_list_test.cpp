#include "console/policy_list.hpp"

#include <gtest/gtest.h>

namespace schedlab::console {
namespace {

using Specs = std::vector<std::string>;

TEST(SplitPolicies, PlainNames) {
    EXPECT_EQ(splitPolicies("fcfs,sjf,srtf"), (Specs{"fcfs", "sjf", "srtf"}));
    EXPECT_EQ(splitPolicies("rr"), (Specs{"rr"}));
}

TEST(SplitPolicies, ParametersStayWithTheirSpec) {
    EXPECT_EQ(
        splitPolicies("fcfs,rr:quantum=2,mlfq:quanta=2/4/8,allotments=1/2/1,boost=50,sjf"),
        (Specs{"fcfs", "rr:quantum=2", "mlfq:quanta=2/4/8,allotments=1/2/1,boost=50", "sjf"}));
    EXPECT_EQ(splitPolicies("rr:quantum=2,rr:quantum=8"), (Specs{"rr:quantum=2", "rr:quantum=8"}));
}

TEST(SplitPolicies, EmptyTokensAreDropped) {
    EXPECT_EQ(splitPolicies("fcfs,,rr,"), (Specs{"fcfs", "rr"}));
    EXPECT_EQ(splitPolicies(""), Specs{});
}

TEST(SplitPolicies, ALeadingParameterIsItsOwnSpec) {
    // parsePolicySpec then reports it as an unknown policy.
    EXPECT_EQ(splitPolicies("quantum=4,rr"), (Specs{"quantum=4", "rr"}));
}

}  // namespace
}  // namespace schedlab::console
