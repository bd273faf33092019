// The real run shaped as a simulation result, so that the Gantt charts (text and app) draw it
// with the same code as a simulation.

#include <algorithm>

#include "real/comparison.hpp"

namespace schedlab::real {
namespace {

using engine::Pid;
using engine::ProcessState;
using engine::Tick;

Tick toUnit(std::int64_t us, std::int64_t unitUs) { return (us + unitUs / 2) / unitUs; }

struct Stretch {
    Tick start;
    Tick end;
    ProcessState state;
};

/// Running and blocked stretches of one process, in time order, in units.
std::vector<Stretch> stretches(const RealProcess& real, std::int64_t unitUs) {
    std::vector<Stretch> out;
    for (const auto& i : real.cpu) {
        out.push_back({toUnit(i.startUs, unitUs), toUnit(i.endUs, unitUs), ProcessState::Running});
    }
    for (const auto& i : real.io) {
        out.push_back({toUnit(i.startUs, unitUs), toUnit(i.endUs, unitUs), ProcessState::Blocked});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Stretch& a, const Stretch& b) { return a.start < b.start; });
    return out;
}

void addEvents(engine::SimulationResult& result, Pid p, Tick arrival,
               const std::vector<Stretch>& list, Tick completion) {
    ProcessState state = ProcessState::New;
    auto change = [&](Tick time, ProcessState to) {
        if (to != state) {
            result.events.push_back({time, p, state, to, to == ProcessState::Running ? 0 : -1});
            state = to;
        }
    };
    change(arrival, ProcessState::Ready);
    for (const auto& s : list) {
        if (s.end <= s.start) {
            continue;  // shorter than half a unit
        }
        change(std::max(s.start, arrival), s.state);
        change(s.end, ProcessState::Ready);
    }
    if (completion >= 0) {
        change(completion, ProcessState::Terminated);
    }
}

}  // namespace

engine::SimulationResult realAsResult(const RealRun& run, std::int64_t unitUs) {
    engine::SimulationResult result;
    result.scenario = run.simulated.scenario;
    result.policy = run.simulated.policy;
    result.cpus = 1;
    std::int64_t tickUs = std::int64_t{run.tickMs} * 1000;
    for (Pid p = 0; p < run.processes.size(); ++p) {
        const RealProcess& real = run.processes[p];
        Tick arrival = toUnit(run.workload.processes[p].arrival * tickUs, unitUs);
        Tick completion = real.completionUs < 0 ? -1 : toUnit(real.completionUs, unitUs);
        auto list = stretches(real, unitUs);
        addEvents(result, p, arrival, list, completion);
        for (const auto& s : list) {
            if (s.state == ProcessState::Running && s.end > s.start) {
                result.slices.push_back({0, p, s.start, s.end});
            }
        }
        engine::ProcessMetrics metrics;
        metrics.arrival = arrival;
        metrics.firstRun = real.cpu.empty() ? -1 : toUnit(real.cpu.front().startUs, unitUs);
        metrics.completion = completion;
        result.processes.push_back(metrics);
        result.summary.end = std::max(result.summary.end, completion);
    }
    std::stable_sort(result.events.begin(), result.events.end(),
                     [](const auto& a, const auto& b) { return a.time < b.time; });
    std::sort(result.slices.begin(), result.slices.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    return result;
}

engine::SimulationResult simulatedIn(const RealRun& run, std::int64_t unitUs) {
    engine::SimulationResult result = run.simulated;
    std::int64_t tickUs = std::int64_t{run.tickMs} * 1000;
    auto scale = [&](Tick t) { return t < 0 ? t : toUnit(t * tickUs, unitUs); };
    for (auto& s : result.slices) {
        s.start = scale(s.start);
        s.end = scale(s.end);
    }
    for (auto& e : result.events) {
        e.time = scale(e.time);
    }
    for (auto& m : result.processes) {
        m.arrival = scale(m.arrival);
        m.firstRun = scale(m.firstRun);
        m.completion = scale(m.completion);
    }
    result.summary.start = scale(result.summary.start);
    result.summary.end = scale(result.summary.end);
    result.switches.clear();
    return result;
}

}  // namespace schedlab::real
