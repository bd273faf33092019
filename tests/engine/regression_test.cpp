// Engine bugs found by the invariant suite, each reduced to the smallest workload that shows it.
// While a bug is open its test skips with "engine bug: ..."; once fixed it guards the fix.
#include <gtest/gtest.h>

#include "engine_test_support.hpp"
#include "invariant_checks.hpp"
#include "regression_cases.hpp"

namespace schedlab::engine::test {
namespace {

using V = std::vector<Tick>;

// Runs at most until `limit` ticks; returns false when the run had to be cancelled.
bool runBounded(Simulation& sim, Tick limit) {
    while (!sim.finished() && sim.nextTime() <= limit) {
        sim.step();
    }
    return sim.finished();
}

// srtf, context switch 2: P1(0,[10]) P2(1,[5]) P3(2,[1]). P2 preempts P1 at 1 and the CPU
// switches to it 1-3; P3 arrives during the switch and, being shorter, takes the CPU at 3 before
// P2 has run a tick (switch 3-5, P3 5-6). P2 first runs after the switch 6-8: 8-13, then P1
// 15-24. first_run is "the first tick the process actually runs": 8 for P2, response 7.
TEST(Regression, FirstRunIsNotSetByASwitchThatIsPreemptedAtOnce) {
    auto w = workload("srtf", {proc("P1", 0, {10}), proc("P2", 1, {5}), proc("P3", 2, {1})});
    w.contextSwitch = 2;
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-1, P3 5-6, P2 8-13, P1 15-24");
    EXPECT_EQ(response(r), (V{0, 7, 3}));
}

// priority-p with aging 3, three equal processes at 0 with 5 ticks each. All keys tie, so the
// contract's tie rule (earlier arrival, then file order) gives P1 0-5, P2 5-10, P3 10-15.
TEST(Regression, AgingPreemptiveKeepsTheTieOrder) {
    auto w = workload("priority-p:aging=3",
                      {proc("P1", 0, {5}), proc("P2", 0, {5}), proc("P3", 0, {5})});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P1 0-5, P2 5-10, P3 10-15");
    EXPECT_EQ(response(r), (V{0, 5, 10}));
}

// priority-p with aging 3 and context switch 2: P1(0,[5]) P2(0,[5]) P3(2,[5]), all priority 0.
// Every process switched in is preempted the moment its switch ends, by one that has waited
// longer; nobody runs again and the run never ends. 15 ticks of work with a switch between
// runs must finish well before t=100.
TEST(Regression, AgingPreemptiveWithContextSwitchTerminates) {
    auto w = workload("priority-p:aging=3",
                      {proc("P1", 0, {5}), proc("P2", 0, {5}), proc("P3", 2, {5})});
    w.contextSwitch = 2;
    Simulation sim{w};
    ASSERT_TRUE(runBounded(sim, 100)) << "livelock at t=" << sim.now();
    EXPECT_TRUE(cpuTimeConserved(w, sim.result()));
}

// mlfq (2/4/8), ostep, multiprogramming off: A(0,[1,2,3]) B(2,[3]). A runs 0-1 and holds the
// CPU through its I/O (1-3) while B waits at level 0. At 3 A resumes on its CPU with the 1 tick
// left of its quantum; as the running process it is the head of level 0, so B stays behind it:
// A 3-4 (drops), B 4-6 (drops), A 6-8, B 8-9. The engine resumes A without telling the policy,
// so B "comes before" it, preempts it and A vanishes from the ready queues while still counted
// as ready; the next take() returns no process and the run crashes (SIGSEGV in Mlfq::key).
TEST(Regression, MlfqOstepHeldProcessResumesAtTheHeadOfItsLevel) {
    auto w = heldResumeWorkload();
    auto broken = heldResumeBreaksViews(w);
    ASSERT_FALSE(broken) << broken->message();
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "A 0-1, A 3-4, B 4-6, A 6-8, B 8-9");
}

}  // namespace
}  // namespace schedlab::engine::test
