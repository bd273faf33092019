#include "sample_results.hpp"

namespace schedlab::report::testing {
namespace {

using engine::ProcessState;
using State = engine::ProcessState;

engine::StateChange change(engine::Tick time, engine::Pid p, State from, State to, int cpu = -1) {
    return {time, p, from, to, cpu};
}

engine::Summary rrSummary() {
    engine::Summary s;
    s.start = 0;
    s.end = 30;
    s.makespan = 30;
    s.busy = 30;
    s.cpuUtilization = 1.0;
    s.perCpuUtilization = {1.0};
    s.throughput = 0.1;
    s.contextSwitches = 3;
    s.avgResponse = 11.0 / 3;
    s.avgTurnaround = 47.0 / 3;
    s.avgWaiting = 17.0 / 3;
    s.maxWaiting = 7;
    s.p95Waiting = 7;
    s.maxTurnaround = 30;
    s.p95Turnaround = 30;
    s.fairness = 0.88;
    return s;
}

}  // namespace

Sample textbookRoundRobin() {
    Sample s;
    s.workload.name = "Textbook round robin";
    s.workload.policy.name = "rr";
    s.workload.processes = {{"P1", 0, 0, {24}}, {"P2", 0, 0, {3}}, {"P3", 0, 0, {3}}};
    auto& r = s.result;
    r.scenario = "Textbook round robin";
    r.policy = "rr:quantum=4";
    r.processes = {
        {0, 0, 30, 0, 30, 6, 24, 0}, {0, 4, 7, 4, 7, 4, 3, 0}, {0, 7, 10, 7, 10, 7, 3, 0}};
    r.slices = {{0, 0, 0, 4}, {0, 1, 4, 7}, {0, 2, 7, 10}, {0, 0, 10, 30}};
    r.events = {change(0, 0, State::New, State::Ready),
                change(0, 1, State::New, State::Ready),
                change(0, 2, State::New, State::Ready),
                change(0, 0, State::Ready, State::Running, 0),
                change(4, 0, State::Running, State::Ready),
                change(4, 1, State::Ready, State::Running, 0),
                change(7, 1, State::Running, State::Terminated, 0),
                change(7, 2, State::Ready, State::Running, 0),
                change(10, 2, State::Running, State::Terminated, 0),
                change(10, 0, State::Ready, State::Running, 0),
                change(30, 0, State::Running, State::Terminated, 0)};
    r.summary = rrSummary();
    return s;
}

Sample longRun() {
    Sample s;
    s.workload.name = "Long";
    s.workload.processes = {{"A", 0, 0, {100, 50, 90}}};
    auto& r = s.result;
    r.scenario = "Long";
    r.policy = "fcfs";
    r.processes = {{0, 0, 250, 0, 250, 10, 190, 50}};
    r.slices = {{0, 0, 0, 100}, {0, 0, 160, 250}};
    r.events = {change(0, 0, State::New, State::Ready),
                change(0, 0, State::Ready, State::Running, 0),
                change(100, 0, State::Running, State::Blocked, 0),
                change(150, 0, State::Blocked, State::Ready),
                change(160, 0, State::Ready, State::Running, 0),
                change(250, 0, State::Running, State::Terminated, 0)};
    r.summary.start = 0;
    r.summary.end = 250;
    r.summary.makespan = 250;
    return s;
}

Sample twoCpus() {
    Sample s;
    s.workload.name = "Two CPUs";
    s.workload.cpus = 2;
    s.workload.processes = {{"X", 0, 0, {4}}, {"Y", 0, 0, {3}}};
    auto& r = s.result;
    r.scenario = "Two CPUs";
    r.policy = "fcfs";
    r.cpus = 2;
    r.processes = {{0, 0, 4, 0, 4, 0, 4, 0}, {0, 1, 4, 1, 4, 1, 3, 0}};
    r.slices = {{0, 0, 0, 4}, {1, 1, 1, 4}};
    r.switches = {{1, 1, 0, 1}};
    r.events = {change(0, 0, State::New, State::Ready),
                change(0, 1, State::New, State::Ready),
                change(0, 0, State::Ready, State::Running, 0),
                change(1, 1, State::Ready, State::Running, 1),
                change(4, 0, State::Running, State::Terminated, 0),
                change(4, 1, State::Running, State::Terminated, 1)};
    r.summary.start = 0;
    r.summary.end = 4;
    r.summary.makespan = 4;
    r.summary.perCpuUtilization = {1.0, 0.75};
    return s;
}

}  // namespace schedlab::report::testing
