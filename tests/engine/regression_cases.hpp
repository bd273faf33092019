#pragma once
// Workloads that crash the engine while a bug is open, with a safe way to tell whether it still
// does: single-step and check the views, which go wrong one step before the crash.

#include <optional>

#include "engine_test_support.hpp"
#include "invariant_checks.hpp"

namespace schedlab::engine::test {

/// mlfq, ostep, uniprogramming: a process resuming on its held CPU (see regression_test.cpp).
inline Workload heldResumeWorkload() {
    auto w = workload("mlfq", {proc("A", 0, {1, 2, 3}), proc("B", 2, {3})}, Rules::Ostep);
    w.multiprogramming = false;
    return w;
}

/// The first inconsistent view while stepping `w`, if any; stops before a step could crash.
inline std::optional<AssertionResult> heldResumeBreaksViews(const Workload& w) {
    Simulation sim{w};
    do {
        if (auto ok = viewsConsistent(sim, w); !ok) {
            return ok;
        }
    } while (sim.step());
    return std::nullopt;
}

}  // namespace schedlab::engine::test
