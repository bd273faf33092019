// The bundled lecture scenarios of issue #14 teach what their comments say: each test checks
// its lesson on the file as users get it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine/simulation.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::scenario {
namespace {

using engine::Tick;

struct Lesson {
    engine::Workload workload;
    engine::SimulationResult result;

    engine::Pid pid(const std::string& name) const {
        for (engine::Pid p = 0; p < workload.processes.size(); ++p) {
            if (workload.processes[p].name == name) {
                return p;
            }
        }
        ADD_FAILURE() << "no process " << name;
        return 0;
    }
    Tick completion(const std::string& name) const { return result.processes[pid(name)].completion; }
    /// The time `name` entered `state`, or -1.
    Tick entered(const std::string& name, engine::ProcessState state) const {
        for (const auto& e : result.events) {
            if (e.process == pid(name) && e.to == state) {
                return e.time;
            }
        }
        return -1;
    }
};

Lesson lesson(const std::string& file) {
    auto loaded = loadScenarioFile(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios/lessons/" + file);
    EXPECT_TRUE(loaded.workload) << file << ": "
                                 << (loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].message);
    engine::Workload w = loaded.workload ? *loaded.workload : engine::Workload{};
    auto r = engine::simulate(w);
    return {std::move(w), std::move(r)};
}

TEST(Issue14Lessons, JoiningAfterEachStartTakesTwiceAsLongAsJoiningAtTheEnd) {
    auto oneByOne = lesson("lesson-start-join-one-by-one.yaml");
    auto allAtOnce = lesson("lesson-start-join-all-at-once.yaml");
    EXPECT_EQ(oneByOne.completion("main"), 20);
    EXPECT_EQ(allAtOnce.completion("main"), 11);
    EXPECT_EQ(oneByOne.entered("get3", engine::ProcessState::Zombie), -1);
    EXPECT_EQ(allAtOnce.entered("get3", engine::ProcessState::Zombie), 8);
}

TEST(Issue14Lessons, TheTicketOfficeServesOneBuyerAtATimeInOrder) {
    auto l = lesson("lesson-ticket-office.yaml");
    for (int k = 1; k <= 10; ++k) {
        EXPECT_EQ(l.completion("buyer" + std::to_string(k)), 12 + 4 * (k - 1)) << k;
    }
    EXPECT_EQ(l.result.processes[l.pid("buyer10")].lockWait, 33);
}

TEST(Issue14Lessons, TheDaemonEndsWithMainAndTheWorkerIsAdoptedByInit) {
    auto l = lesson("lesson-daemon.yaml");
    EXPECT_EQ(l.completion("main"), 7);
    EXPECT_EQ(l.completion("logger"), 7);
    EXPECT_EQ(l.completion("worker"), 13);
    ASSERT_EQ(l.result.adoptions.size(), 1U);
    EXPECT_EQ(l.result.adoptions[0].process, l.pid("worker"));
    EXPECT_EQ(l.result.adoptions[0].parent, engine::kNoProcess);
}

TEST(Issue14Lessons, AZombieUntilJoinedAndAnOrphanAdoptedByInit) {
    auto l = lesson("lesson-zombie-orphan.yaml");
    EXPECT_EQ(l.entered("quick", engine::ProcessState::Zombie), 2);
    EXPECT_EQ(l.entered("quick", engine::ProcessState::Terminated), 11);
    ASSERT_EQ(l.result.adoptions.size(), 1U);
    EXPECT_EQ(l.result.adoptions[0].time, 3);
    EXPECT_EQ(l.result.adoptions[0].process, l.pid("orphan"));
    EXPECT_EQ(l.entered("orphan", engine::ProcessState::Zombie), -1);   // init reaps at once
}

TEST(Issue14Lessons, TheShelfBlocksTheBakersAndMainWaitsForEveryBun) {
    auto l = lesson("lesson-producer-consumer.yaml");
    EXPECT_EQ(l.completion("baker1"), 46);
    EXPECT_EQ(l.completion("baker2"), 48);
    EXPECT_GT(l.result.processes[l.pid("baker1")].queueWait, 0);
    EXPECT_EQ(l.completion("main"), 60);
    EXPECT_EQ(l.completion("eater"), 60);   // a daemon: it ends with main
    EXPECT_EQ(l.result.deadlock.time, -1);
}

TEST(Issue14Lessons, LocksInOppositeOrderDeadlockAtFourAndInOneOrderNever) {
    auto bad = lesson("lesson-deadlock.yaml");
    EXPECT_EQ(bad.result.deadlock.time, 4);
    EXPECT_EQ(bad.result.deadlock.cycle.size(), 2U);
    auto fixed = lesson("lesson-deadlock-fixed.yaml");
    EXPECT_EQ(fixed.result.deadlock.time, -1);
    EXPECT_EQ(fixed.completion("P2"), 6);
}

TEST(Issue14Lessons, InheritanceLetsHighFinishAtFiveInsteadOfEleven) {
    EXPECT_EQ(lesson("lesson-priority-inversion.yaml").completion("high"), 11);
    EXPECT_EQ(lesson("lesson-priority-inheritance.yaml").completion("high"), 5);
}

}  // namespace
}  // namespace schedlab::scenario
