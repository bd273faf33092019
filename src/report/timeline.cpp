#include "report/timeline.hpp"

#include <algorithm>

namespace schedlab::report {
namespace {

using engine::Pid;
using engine::ProcessState;
using engine::Tick;

void add(std::vector<StateSpan>& out, StateKind kind, Pid process, int cpu, Tick start, Tick end) {
    if (end > start) {
        out.push_back({start, end, process, cpu, kind});
    }
}

// Every state change closes the span of the state it leaves.
StateKind waitingKind(ProcessState state, engine::BlockReason reason) {
    if (state == ProcessState::Ready) {
        return StateKind::Ready;
    }
    return reason == engine::BlockReason::Io ? StateKind::Blocked : StateKind::Waiting;
}

bool waiting(ProcessState state) {
    return state == ProcessState::Ready || state == ProcessState::Blocked;
}

void addWaitingFromEvents(std::vector<StateSpan>& out, const engine::SimulationResult& result,
                          Tick end) {
    struct Current {
        ProcessState state = ProcessState::New;
        Tick since = 0;
        engine::BlockReason reason = engine::BlockReason::Io;
    };
    std::vector<Current> current(result.processes.size());
    for (const engine::StateChange& e : result.events) {
        if (e.process >= current.size()) {
            continue;
        }
        Current& c = current[e.process];
        if (waiting(c.state)) {
            add(out, waitingKind(c.state, c.reason), e.process, -1, c.since, e.time);
        }
        c = {e.to, e.time, e.reason};
    }
    for (std::size_t p = 0; p < current.size(); ++p) {
        if (waiting(current[p].state)) {
            add(out, waitingKind(current[p].state, current[p].reason), static_cast<Pid>(p), -1,
                current[p].since, end);
        }
    }
}

// Slice indices grouped by process, each group in start order.
std::vector<std::vector<std::uint32_t>> slicesByProcess(const engine::SimulationResult& result) {
    std::vector<std::vector<std::uint32_t>> groups(result.processes.size());
    for (std::uint32_t i = 0; i < result.slices.size(); ++i) {
        if (result.slices[i].process < groups.size()) {
            groups[result.slices[i].process].push_back(i);
        }
    }
    return groups;
}

void addWaitingOfProcess(std::vector<StateSpan>& out, Pid p, const engine::ProcessSpec& spec,
                         const engine::SimulationResult& result,
                         const std::vector<std::uint32_t>& slices) {
    Tick t = result.processes[p].arrival;
    std::size_t burst = 0;
    Tick left = spec.bursts.empty() ? 0 : spec.bursts[0];
    for (std::uint32_t index : slices) {
        const engine::Slice& s = result.slices[index];
        add(out, StateKind::Ready, p, -1, t, s.start);
        left -= s.end - s.start;
        t = s.end;
        if (left <= 0 && burst + 2 < spec.bursts.size()) {
            add(out, StateKind::Blocked, p, -1, t, t + spec.bursts[burst + 1]);
            t += spec.bursts[burst + 1];
            burst += 2;
            left = spec.bursts[burst];
        }
    }
}

void addWaitingFromBursts(std::vector<StateSpan>& out, const engine::Workload& workload,
                          const engine::SimulationResult& result) {
    const auto groups = slicesByProcess(result);
    const auto count = std::min(groups.size(), workload.processes.size());
    for (std::size_t p = 0; p < count; ++p) {
        addWaitingOfProcess(out, static_cast<Pid>(p), workload.processes[p], result, groups[p]);
    }
}

}  // namespace

std::vector<StateSpan> processStates(const engine::Workload& workload,
                                     const engine::SimulationResult& result, Tick end) {
    std::vector<StateSpan> out;
    out.reserve(result.slices.size() * 2 + result.processes.size());
    for (const engine::Slice& s : result.slices) {
        add(out, StateKind::Running, s.process, s.cpu, s.start, s.end);
    }
    if (!result.events.empty()) {
        addWaitingFromEvents(out, result, end);
    } else {
        addWaitingFromBursts(out, workload, result);
    }
    return out;
}

}  // namespace schedlab::report
