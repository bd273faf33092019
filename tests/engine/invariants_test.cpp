// One parameterized suite for every policy in the registry: whatever the policy, rules and machine,
// a result must conserve CPU time, follow the five-state model, keep CPUs busy while work is
// ready, report metrics that agree with its own slices and events, and be reproducible by
// simulate(), step() and runUntil() alike.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "engine/policy_registry.hpp"
#include "engine_test_support.hpp"
#include "invariant_checks.hpp"
#include "random_workload.hpp"
#include "regression_cases.hpp"

namespace schedlab::engine::test {
namespace {

constexpr std::uint64_t kWorkloadsPerConfig = 30;
constexpr Tick kStepLimit = 1'000'000;  // a run needing more steps than this is stuck
constexpr Tick kTimeLimit = 20'000;     // random workloads end before 8'000

struct Config {
    std::string spec;
    Rules rules = Rules::Textbook;
    int cpus = 1;
    Tick contextSwitch = 0;
    bool multiprogramming = true;
};

// Every policy the suite covers, written out by hand, with the SPECs tried for it: its defaults
// plus the parameters that change its behaviour. It is not read from the registry on purpose:
// InvariantsCoverage fails when the two lists drift apart, so a new policy gets its row here.
struct Covered {
    std::string_view name;
    std::vector<std::string> specs;
};

const std::vector<Covered>& coveredPolicies() {
    static const std::vector<Covered> covered{
        {"fcfs", {"fcfs"}},
        {"sjf", {"sjf"}},
        {"srtf", {"srtf"}},
        {"priority", {"priority", "priority:aging=3"}},
        {"priority-p", {"priority-p", "priority-p:aging=3"}},
        {"hrrn", {"hrrn"}},
        {"rr", {"rr:quantum=1", "rr:quantum=4"}},
        {"mlfq",
         {"mlfq", "mlfq:boost=20", "mlfq:reset_on_io=true", "mlfq:io_to_front=true",
          "mlfq:quanta=1/3/-,allotments=2/-/1,boost=15,reset_on_io=true,io_to_front=true",
          "mlfq:stay_if_alone=true", "mlfq:preempt=false",
          "mlfq:quanta=1/2/4,boost=12,stay_if_alone=true,preempt=false,io_to_front=true"}},
    };
    return covered;
}

// Every SPEC x rules on 1 and 2 CPUs with and without switch cost and multiprogramming; 3 CPUs
// only in the plain setting, which already exercises the multi-CPU dispatch and preemption order.
std::vector<Config> configs() {
    std::vector<Config> out;
    for (const auto& policy : coveredPolicies()) {
        for (const auto& spec : policy.specs) {
            for (Rules rules : {Rules::Textbook, Rules::Ostep}) {
                for (int cpus : {1, 2}) {
                    for (Tick cs : {0, 2}) {
                        out.push_back({spec, rules, cpus, cs, true});
                        out.push_back({spec, rules, cpus, cs, false});
                    }
                }
                out.push_back({spec, rules, 3, 0, true});
            }
        }
    }
    return out;
}

std::string configName(const ::testing::TestParamInfo<Config>& info) {
    const Config& c = info.param;
    std::string name = c.spec + (c.rules == Rules::Ostep ? "_ostep" : "_textbook") + "_cpus" +
                       std::to_string(c.cpus) + "_cs" + std::to_string(c.contextSwitch) +
                       (c.multiprogramming ? "_multi" : "_uni");
    std::replace_if(
        name.begin(), name.end(), [](unsigned char ch) { return !std::isalnum(ch); }, '_');
    return name;
}

void PrintTo(const Config& c, std::ostream* out) { *out << configName({c, 0}); }

// FNV-1a: a seed per configuration that does not depend on the standard library.
std::uint64_t seedOf(const std::string& text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char ch : text) {
        hash = (hash ^ ch) * 0x100000001b3ULL;
    }
    return hash;
}

Workload makeWorkload(const Config& c, std::uint64_t seed) {
    Workload w = randomWorkload(seed);
    w.policy = policy(c.spec);
    w.rules = c.rules;
    w.cpus = c.cpus;
    w.contextSwitch = c.contextSwitch;
    w.multiprogramming = c.multiprogramming;
    return w;
}

AssertionResult steppingMatches(const Workload& w, const std::string& expected) {
    Simulation sim{w};
    Tick last = 0;
    for (Tick steps = 0; steps < kStepLimit; ++steps) {
        if (auto ok = viewsConsistent(sim, w); !ok) {
            return ok;
        }
        if (!sim.step()) {
            break;
        }
        if (sim.now() < last) {
            return ::testing::AssertionFailure() << "time went back to " << sim.now();
        }
        last = sim.now();
    }
    if (!sim.finished() || sim.nextTime() != kNever || dump(sim.result()) != expected) {
        return ::testing::AssertionFailure() << "step() gives another result:\n"
                                             << dump(sim.result());
    }
    return ::testing::AssertionSuccess();
}

AssertionResult runUntilMatches(const Workload& w, const std::string& expected) {
    Simulation sim{w};
    for (Tick t = 0; !sim.finished() && t < kStepLimit; t += 3) {
        sim.runUntil(t);
        if (sim.now() > t || sim.nextTime() <= t) {
            return ::testing::AssertionFailure() << "runUntil(" << t << ") stopped at " << sim.now()
                                                 << ", next " << sim.nextTime();
        }
    }
    if (dump(sim.result()) != expected) {
        return ::testing::AssertionFailure() << "runUntil() gives another result:\n"
                                             << dump(sim.result());
    }
    return ::testing::AssertionSuccess();
}

// Cancels a run that goes on far longer than any random workload needs.
SimulationOptions bounded() {
    SimulationOptions options;
    options.progress = [](Tick now, double) { return now < kTimeLimit; };
    return options;
}

void checkAll(const Workload& w) {
    Simulation sim{w, bounded()};
    ASSERT_TRUE(sim.run()) << "the run did not end by t=" << sim.now();
    const SimulationResult& r = sim.result();
    ASSERT_TRUE(allTerminate(w, r));
    ASSERT_TRUE(cpuTimeConserved(w, r));
    ASSERT_TRUE(slicesDisjoint(w, r));
    ASSERT_TRUE(metricsMatchSlices(w, r));
    ASSERT_TRUE(firstRunMatchesSlices(w, r));
    ASSERT_TRUE(eventsLegal(w, r));
    ASSERT_TRUE(timeInStatesMatches(w, r));
    ASSERT_TRUE(workConserving(w, r));
    ASSERT_TRUE(summaryMatches(w, r));
    ASSERT_TRUE(switchesMatch(w, r));
    std::string expected = dump(r);
    ASSERT_EQ(dump(simulate(w)), expected) << "a rerun differs";
    ASSERT_TRUE(steppingMatches(w, expected));
    ASSERT_TRUE(runUntilMatches(w, expected));
}

class Invariants : public ::testing::TestWithParam<Config> {};

TEST_P(Invariants, HoldOnRandomWorkloads) {
    std::uint64_t base = seedOf(configName({GetParam(), 0}));
    for (std::uint64_t i = 0; i < kWorkloadsPerConfig; ++i) {
        Workload w = makeWorkload(GetParam(), base + i);
        SCOPED_TRACE(w.name + " with " + std::to_string(w.processes.size()) + " processes");
        ASSERT_TRUE(validateWorkload(w).empty());
        ASSERT_NO_FATAL_FAILURE(checkAll(w));
    }
}

INSTANTIATE_TEST_SUITE_P(AllPolicies, Invariants, ::testing::ValuesIn(configs()), configName);

TEST(InvariantsCoverage, EveryRegisteredPolicyIsInTheSuite) {
    std::vector<std::string_view> registered;
    for (const auto& entry : policyEntries()) {
        registered.push_back(entry.name);
    }
    std::vector<std::string_view> covered;
    for (const auto& policy : coveredPolicies()) {
        covered.push_back(policy.name);
    }
    std::sort(registered.begin(), registered.end());
    std::sort(covered.begin(), covered.end());
    EXPECT_EQ(covered, registered) << "add a row to coveredPolicies() for every registered policy, "
                                      "and only for those";
}

// A row's SPECs must run the policy the row is named after, or the suite would cover another.
TEST(InvariantsCoverage, EverySpecRunsThePolicyOfItsRow) {
    for (const auto& policy : coveredPolicies()) {
        ASSERT_FALSE(policy.specs.empty()) << policy.name;
        for (const auto& spec : policy.specs) {
            auto parsed = parsePolicySpec(spec);
            ASSERT_TRUE(parsed.policy) << spec << ": " << parsed.error;
            EXPECT_EQ(parsed.policy->name, policy.name) << spec;
        }
    }
}

// result.hpp: StateChange::cpu is "the CPU for changes into or out of running". A quantum
// expiry at t=4 takes P1 from running to ready on CPU 0.
TEST(Events, RunningToReadyNamesTheCpu) {
    auto w = workload("rr:quantum=4", {proc("P1", 0, {6}), proc("P2", 0, {3})});
    auto r = run(w);
    auto it = std::find_if(r.events.begin(), r.events.end(), [](const StateChange& e) {
        return e.from == ProcessState::Running && e.to == ProcessState::Ready;
    });
    ASSERT_NE(it, r.events.end());
    EXPECT_EQ(it->time, 4);
    EXPECT_EQ(it->cpu, 0);
}

}  // namespace
}  // namespace schedlab::engine::test
