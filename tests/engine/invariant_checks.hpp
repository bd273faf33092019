#pragma once
// Properties every simulation result must have, whatever the policy, rules or machine. Each check
// returns an AssertionResult naming the first violation, so a test can stop at the first broken
// workload with a readable message.

#include <gtest/gtest.h>

#include <string>

#include "engine/result.hpp"
#include "engine/simulation.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine::test {

using ::testing::AssertionResult;

/// Every process terminates and has a first run.
AssertionResult allTerminate(const Workload& w, const SimulationResult& r);
/// Per process, the slices add up to its CPU bursts.
AssertionResult cpuTimeConserved(const Workload& w, const SimulationResult& r);
/// Slices and switches are well formed, never overlap on one CPU or for one process, and never
/// start before the process arrives.
AssertionResult slicesDisjoint(const Workload& w, const SimulationResult& r);
/// completion, response, turnaround, cpu and io agree with the slices and the bursts.
AssertionResult metricsMatchSlices(const Workload& w, const SimulationResult& r);
/// first_run is the start of the process's first slice: the first tick it actually runs.
AssertionResult firstRunMatchesSlices(const Workload& w, const SimulationResult& r);
/// Events are in time order and every transition is legal in the five-state model.
AssertionResult eventsLegal(const Workload& w, const SimulationResult& r);
/// Time in ready = waiting, in running = cpu, in blocked = io, so turnaround = cpu + io + waiting.
AssertionResult timeInStatesMatches(const Workload& w, const SimulationResult& r);
/// No CPU idles while a process is ready (a held or switching CPU is not idle).
AssertionResult workConserving(const Workload& w, const SimulationResult& r);
/// The summary agrees with the per-process metrics and the slices.
AssertionResult summaryMatches(const Workload& w, const SimulationResult& r);
/// Context switches agree with the events and with result.switches.
AssertionResult switchesMatch(const Workload& w, const SimulationResult& r);
/// The views of a simulation between steps agree with state().
AssertionResult viewsConsistent(const Simulation& sim, const Workload& w);

/// Every field of a result as text, one item a line, for exact comparisons.
std::string dump(const SimulationResult& r);

}  // namespace schedlab::engine::test
