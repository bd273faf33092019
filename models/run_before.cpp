// runBefore(): the past of a run, for Exercise mode (declared in exercise_session.hpp).
#include <algorithm>

#include "models/exercise_session.hpp"

namespace schedlab::models {
namespace {

using engine::ProcessState;
using engine::Tick;

template <typename Interval>
std::vector<Interval> cut(const std::vector<Interval>& intervals, Tick time) {
    std::vector<Interval> out;
    for (Interval item : intervals) {
        if (item.start < time) {
            item.end = std::min(item.end, time);
            out.push_back(item);
        }
    }
    return out;
}

// State changes before `time`; a process still ready or blocked then gets a change to the same
// state at `time`, which closes its bar there (the Gantt chart draws a state up to its next
// change).
std::vector<engine::StateChange> eventsBefore(const engine::SimulationResult& result, Tick time) {
    std::vector<engine::StateChange> out;
    std::vector<ProcessState> last(result.processes.size(), ProcessState::New);
    for (const auto& e : result.events) {
        if (e.time >= time) {
            break;
        }
        out.push_back(e);
        last[e.process] = e.to;
    }
    for (std::size_t p = 0; p < last.size(); ++p) {
        if (last[p] == ProcessState::Ready || last[p] == ProcessState::Blocked) {
            out.push_back({time, static_cast<engine::Pid>(p), last[p], last[p], -1});
        }
    }
    return out;
}

}  // namespace

RunPtr runBefore(const Run& run, Tick time) {
    auto past = std::make_shared<Run>(run);
    auto& result = past->result;
    result.slices = cut(run.result.slices, time);
    result.switches = cut(run.result.switches, time);
    result.events = eventsBefore(run.result, time);
    std::erase_if(result.decisions, [time](const auto& d) { return d.time >= time; });
    for (auto& m : result.processes) {
        m.firstRun = m.firstRun < time ? m.firstRun : -1;
        m.completion = m.completion < time ? m.completion : -1;
    }
    result.summary.end = std::max(result.summary.start, time);
    result.summary.makespan = result.summary.end - result.summary.start;
    return past;
}

}  // namespace schedlab::models
