// Policy SPEC strings as typed on the command line: defaults, canonical form, round trips and the
// exact wording of every error a user can get.
#include <gtest/gtest.h>

#include "engine/policy_registry.hpp"
#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

const char* const kKnown =
    "; known policies: fcfs, sjf, srtf, priority, priority-p, hrrn, rr, mlfq";
const std::string kMax = std::to_string(Tick{1} << 40);

std::string errorOf(std::string_view spec) {
    auto parsed = parsePolicySpec(spec);
    EXPECT_FALSE(parsed.policy.has_value()) << spec << " was accepted";
    return parsed.error;
}

std::string canonical(std::string_view spec) { return formatPolicySpec(policy(spec)); }

TEST(PolicySpec, EveryRegisteredPolicyRoundTrips) {
    for (const auto& entry : policyEntries()) {
        auto parsed = parsePolicySpec(entry.name);
        ASSERT_TRUE(parsed.policy.has_value()) << entry.name << ": " << parsed.error;
        EXPECT_EQ(parsed.policy->name, entry.name);
        std::string spec = formatPolicySpec(*parsed.policy);
        EXPECT_EQ(policy(spec), *parsed.policy) << spec;
    }
}

TEST(PolicySpec, ParametersRoundTrip) {
    for (std::string_view spec :
         {"rr:quantum=7", "priority:aging=3", "priority-p:aging=10", "mlfq:boost=50",
          "mlfq:quanta=1/2/-,allotments=3/-/-,boost=9,reset_on_io=true,io_to_front=true",
          "mlfq:quanta=5,allotments=2"}) {
        PolicyConfig p = policy(spec);
        EXPECT_EQ(policy(formatPolicySpec(p)), p) << spec;
    }
}

TEST(PolicySpec, CanonicalForms) {
    EXPECT_EQ(canonical("fcfs"), "fcfs");
    EXPECT_EQ(canonical("hrrn"), "hrrn");
    EXPECT_EQ(canonical("rr"), "rr:quantum=4");
    EXPECT_EQ(canonical("mlfq"), "mlfq:quanta=2/4/8,allotments=1/1/1");
    EXPECT_EQ(canonical("priority:aging=0"), "priority");
    EXPECT_EQ(canonical("priority-p:aging=3"), "priority-p:aging=3");
    EXPECT_EQ(canonical("mlfq:io_to_front=yes,boost=50,reset_on_io=1"),
              "mlfq:quanta=2/4/8,allotments=1/1/1,boost=50,reset_on_io=true,io_to_front=true");
    EXPECT_EQ(canonical("mlfq:quanta=3/-"), "mlfq:quanta=3/-,allotments=1/1");
}

TEST(PolicySpec, Defaults) {
    EXPECT_EQ(policy("rr").ticks("quantum"), 4);
    PolicyConfig mlfq = policy("mlfq");
    EXPECT_EQ(mlfq.levels(), (std::vector<MlfqLevel>{{2, 1}, {4, 1}, {8, 1}}));
    EXPECT_EQ(mlfq.ticks("boost"), 0);
    EXPECT_FALSE(mlfq.flag("reset_on_io"));
    EXPECT_FALSE(mlfq.flag("io_to_front"));
    EXPECT_EQ(policy("priority").ticks("aging"), 0);
    EXPECT_TRUE(mlfq.setValues().empty()) << "defaults are read, not stored";
    EXPECT_EQ(policy("rr"), policy("rr:quantum=4")) << "a default equals the same value given";
}

TEST(PolicySpec, ListsAreAppliedWhateverTheParameterOrder) {
    PolicyConfig p = policy("mlfq:allotments=2/-/3,quanta=1/2/-");
    EXPECT_EQ(p.levels(), (std::vector<MlfqLevel>{{1, 2}, {2, std::nullopt}, {std::nullopt, 3}}));
    EXPECT_EQ(policy("mlfq:allotments=3/2/1").levels(),
              (std::vector<MlfqLevel>{{2, 3}, {4, 2}, {8, 1}}));
}

TEST(PolicySpec, UnknownPolicySuggestsTheClosestName) {
    EXPECT_EQ(errorOf("rrr"), std::string("unknown policy 'rrr' (did you mean 'rr'?)") + kKnown);
    EXPECT_EQ(errorOf("prority"),
              std::string("unknown policy 'prority' (did you mean 'priority'?)") + kKnown);
    EXPECT_EQ(errorOf("lottery"), std::string("unknown policy 'lottery'") + kKnown);
}

TEST(PolicySpec, UnknownParameter) {
    EXPECT_EQ(errorOf("rr:quantom=3"),
              "rr has no parameter 'quantom' (did you mean 'quantum'?); it takes quantum");
    EXPECT_EQ(errorOf("mlfq:alotments=1/1/1"),
              "mlfq has no parameter 'alotments' (did you mean 'allotments'?); it takes quanta, "
              "allotments, boost, reset_on_io, io_to_front, stay_if_alone, preempt");
    EXPECT_EQ(errorOf("fcfs:quantum=3"), "fcfs has no parameter 'quantum'; it takes no parameters");
    EXPECT_EQ(errorOf("rr:quantum"), "parameter 'quantum' needs a value, as in name=value");
}

TEST(PolicySpec, BadNumbers) {
    EXPECT_EQ(errorOf("rr:quantum=abc"), "'quantum' needs a whole number, not 'abc'");
    EXPECT_EQ(errorOf("rr:quantum=4x"), "'quantum' needs a whole number, not '4x'");
    EXPECT_EQ(errorOf("mlfq:quanta=2/x/8"),
              "'quanta' needs numbers separated by '/', e.g. 2/4/8, not '2/x/8'");
    EXPECT_EQ(errorOf("mlfq:reset_on_io=maybe"), "'reset_on_io' needs true or false, not 'maybe'");
}

TEST(PolicySpec, MismatchedListLengths) {
    EXPECT_EQ(errorOf("mlfq:quanta=2/4,allotments=1/1/1"),
              "mlfq has 2 quanta but 3 allotments; give one of each per level");
    EXPECT_EQ(errorOf("mlfq:allotments=1/2"),
              "mlfq allotments need quanta for the same number of levels");
}

TEST(PolicySpec, OutOfRange) {
    EXPECT_EQ(errorOf("rr:quantum=0"), "quantum must be between 1 and " + kMax + ", not 0");
    EXPECT_EQ(errorOf("rr:quantum=-3"), "quantum must be between 1 and " + kMax + ", not -3");
    EXPECT_EQ(errorOf("mlfq:quanta=2/0"),
              "a level's quantum must be between 1 and " + kMax + ", not 0");
    EXPECT_EQ(errorOf("mlfq:boost=-1"), "boost must be between 0 and " + kMax + ", not -1");
    EXPECT_EQ(errorOf("priority:aging=-2"), "aging must be between 0 and " + kMax + ", not -2");
    EXPECT_EQ(errorOf("mlfq:allotments=0/1/1"),
              "a level's allotment must be between 1 and 1000000000, not 0");
}

// Regression (engine test report, bug 7): allotments outside [1, 10^9] used to be clamped before
// validation, so the message named another number and 3000000000 was quietly accepted.
TEST(PolicySpec, AllotmentOutOfRangeIsReportedAsGiven) {
    EXPECT_EQ(errorOf("mlfq:allotments=-5/1/1"),
              "a level's allotment must be between 1 and 1000000000, not -5");
    EXPECT_EQ(errorOf("mlfq:quanta=2,allotments=3000000000"),
              "a level's allotment must be between 1 and 1000000000, not 3000000000");
}

}  // namespace
}  // namespace schedlab::engine::test
