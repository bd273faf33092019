#pragma once
// Shared by the runner tests: a workload no test can wait out, and a way to know that every
// worker has returned and everything it posted has been delivered, without sleeping.

#include <QCoreApplication>
#include <QThreadPool>

#include "engine/workload.hpp"

namespace schedlab::models::testing {

/// Two processes taking turns every tick for 10^15 ticks each: about 2 * 10^15 engine steps,
/// years of work. A test that finishes with it running has seen the run cancelled.
inline engine::Workload endlessWorkload() {
    engine::Workload w;
    w.name = "Endless";
    w.policy.name = "rr";
    w.policy.set("quantum", 1);
    constexpr engine::Tick kBurst = 1'000'000'000'000'000;
    w.processes = {{"P1", 0, 0, {kBurst}}, {"P2", 0, 0, {kBurst}}};
    return w;
}

/// Waits until every worker (QtConcurrent runs them on the global pool) has returned, then
/// delivers what they posted to this thread: a result that was going to arrive has arrived.
/// False if a worker is still running after `timeoutMs`.
[[nodiscard]] inline bool settleWorkers(int timeoutMs = 60000) {
    if (!QThreadPool::globalInstance()->waitForDone(timeoutMs)) {
        return false;
    }
    QCoreApplication::sendPostedEvents();
    return true;
}

}  // namespace schedlab::models::testing
