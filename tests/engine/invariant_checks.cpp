#include "invariant_checks.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

namespace schedlab::engine::test {
namespace {

using ::testing::AssertionFailure;
using ::testing::AssertionSuccess;

struct Interval {
    Tick start;
    Tick end;
    const char* what;
};

Tick cpuTotal(const ProcessSpec& p) {
    Tick sum = 0;
    for (size_t i = 0; i < p.bursts.size(); i += 2) {
        sum += p.bursts[i];
    }
    return sum;
}

Tick ioTotal(const ProcessSpec& p) {
    Tick sum = 0;
    for (size_t i = 1; i < p.bursts.size(); i += 2) {
        sum += p.bursts[i];
    }
    return sum;
}

AssertionResult disjoint(std::vector<Interval> intervals, const std::string& owner) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.start < b.start; });
    for (size_t i = 1; i < intervals.size(); ++i) {
        if (intervals[i - 1].end > intervals[i].start) {
            return AssertionFailure()
                   << owner << ": " << intervals[i - 1].what << " " << intervals[i - 1].start << "-"
                   << intervals[i - 1].end << " overlaps " << intervals[i].what << " "
                   << intervals[i].start << "-" << intervals[i].end;
        }
    }
    return AssertionSuccess();
}

// Programs add the zombie state and kills (out of ready or blocked into an end state).
bool legalInProgram(ProcessState from, ProcessState to) {
    using S = ProcessState;
    bool end = to == S::Terminated || to == S::Zombie;
    switch (from) {
        case S::Ready:
            return to == S::Running || end;
        case S::Running:
            return to == S::Ready || to == S::Blocked || end;
        case S::Blocked:
            return to == S::Ready || end;
        case S::Zombie:
            return to == S::Terminated;
        default:
            return to == S::Ready && from == S::New;
    }
}

bool legal(ProcessState from, ProcessState to, bool programs) {
    using S = ProcessState;
    if (programs) {
        return legalInProgram(from, to);
    }
    switch (from) {
        case S::New:
            return to == S::Ready;
        case S::Ready:
            return to == S::Running;
        case S::Running:
            return to == S::Ready || to == S::Blocked || to == S::Terminated;
        case S::Blocked:
            return to == S::Ready;
        case S::Terminated:
        case S::Zombie:
            return false;
    }
    return false;
}

// The CPU is named for changes into running and out of it to blocked or terminated. Out of
// running back to ready it may be -1 (RunningToReadyNamesTheCpu checks the documented value).
bool cpuFieldOk(const StateChange& e, int cpus) {
    bool valid = e.cpu >= 0 && e.cpu < cpus;
    if (e.to == ProcessState::Running) {
        return valid;
    }
    if (e.from == ProcessState::Running) {
        return valid || (e.to == ProcessState::Ready && e.cpu == -1);
    }
    return e.cpu == -1;
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

Tick nearestRank95(std::vector<Tick> values) {
    std::sort(values.begin(), values.end());
    size_t rank = (95 * values.size() + 99) / 100;
    return values[std::max<size_t>(rank, 1) - 1];
}

}  // namespace

AssertionResult allTerminate(const Workload& w, const SimulationResult& r) {
    for (size_t p = 0; p < w.processes.size(); ++p) {
        if (r.processes[p].completion < 0 || r.processes[p].firstRun < 0) {
            return AssertionFailure() << w.processes[p].name << " never finished";
        }
    }
    return AssertionSuccess();
}

AssertionResult cpuTimeConserved(const Workload& w, const SimulationResult& r) {
    std::vector<Tick> ran(w.processes.size(), 0);
    for (const auto& s : r.slices) {
        ran[s.process] += s.end - s.start;
    }
    for (size_t p = 0; p < w.processes.size(); ++p) {
        if (ran[p] != cpuTotal(w.processes[p])) {
            return AssertionFailure()
                   << w.processes[p].name << " ran " << ran[p]
                   << " ticks, its CPU bursts add up to " << cpuTotal(w.processes[p]);
        }
    }
    return AssertionSuccess();
}

AssertionResult slicesDisjoint(const Workload& w, const SimulationResult& r) {
    std::vector<std::vector<Interval>> perCpu(static_cast<size_t>(w.cpus));
    std::vector<std::vector<Interval>> perProcess(w.processes.size());
    auto add = [&](int cpu, Pid p, Tick start, Tick end, const char* what) -> AssertionResult {
        if (cpu < 0 || cpu >= w.cpus || p >= w.processes.size() || start >= end) {
            return AssertionFailure() << "malformed " << what << " cpu " << cpu << " process " << p
                                      << " " << start << "-" << end;
        }
        if (start < w.processes[p].arrival) {
            return AssertionFailure() << w.processes[p].name << " " << what << " at " << start
                                      << " before its arrival " << w.processes[p].arrival;
        }
        perCpu[static_cast<size_t>(cpu)].push_back({start, end, what});
        perProcess[p].push_back({start, end, what});
        return AssertionSuccess();
    };
    for (const auto& s : r.slices) {
        if (auto ok = add(s.cpu, s.process, s.start, s.end, "slice"); !ok) {
            return ok;
        }
    }
    for (const auto& s : r.switches) {
        if (auto ok = add(s.cpu, s.process, s.start, s.end, "switch"); !ok) {
            return ok;
        }
    }
    for (size_t c = 0; c < perCpu.size(); ++c) {
        if (auto ok = disjoint(perCpu[c], "CPU " + std::to_string(c)); !ok) {
            return ok;
        }
    }
    for (size_t p = 0; p < perProcess.size(); ++p) {
        if (auto ok = disjoint(perProcess[p], w.processes[p].name); !ok) {
            return ok;
        }
    }
    return AssertionSuccess();
}

AssertionResult metricsMatchSlices(const Workload& w, const SimulationResult& r) {
    for (size_t p = 0; p < w.processes.size(); ++p) {
        Tick last = -1;
        for (const auto& s : r.slices) {
            last = s.process == p ? std::max(last, s.end) : last;
        }
        const auto& m = r.processes[p];
        const auto& spec = w.processes[p];
        auto expected = std::make_tuple(spec.arrival, last, m.firstRun - spec.arrival,
                                        last - spec.arrival, cpuTotal(spec), ioTotal(spec));
        auto actual =
            std::make_tuple(m.arrival, m.completion, m.response, m.turnaround, m.cpu, m.io);
        if (expected != actual) {
            return AssertionFailure()
                   << spec.name << ": (arrival, completion, response, turnaround, cpu, io) = ("
                   << m.arrival << ", " << m.completion << ", " << m.response << ", "
                   << m.turnaround << ", " << m.cpu << ", " << m.io << "), slices end at " << last;
        }
    }
    return AssertionSuccess();
}

AssertionResult firstRunMatchesSlices(const Workload& w, const SimulationResult& r) {
    for (size_t p = 0; p < w.processes.size(); ++p) {
        Tick first = kNever;
        for (const auto& s : r.slices) {
            first = s.process == p ? std::min(first, s.start) : first;
        }
        // Never on a CPU for a tick (a program of zero-time steps, or never started): -1.
        Tick expected = first == kNever ? -1 : first;
        if (r.processes[p].firstRun != expected) {
            return AssertionFailure() << w.processes[p].name << ": first_run "
                                      << r.processes[p].firstRun << ", first slice at " << first;
        }
    }
    return AssertionSuccess();
}

AssertionResult eventsLegal(const Workload& w, const SimulationResult& r) {
    std::vector<ProcessState> state(w.processes.size(), ProcessState::New);
    Tick last = 0;
    for (const auto& e : r.events) {
        const std::string& name = w.processes.at(e.process).name;
        if (e.time < last || e.from != state[e.process] || !legal(e.from, e.to, w.hasPrograms()) ||
            !cpuFieldOk(e, w.cpus)) {
            return AssertionFailure()
                   << "t=" << e.time << ": " << name << " " << stateName(e.from) << " -> "
                   << stateName(e.to) << " on cpu " << e.cpu << " (was "
                   << stateName(state[e.process]) << ", last time " << last << ")";
        }
        if (e.from == ProcessState::New && e.time != r.processes[e.process].arrival) {
            return AssertionFailure() << name << " admitted at " << e.time;
        }
        state[e.process] = e.to;
        last = e.time;
    }
    for (size_t p = 0; p < state.size(); ++p) {
        // A program's process may end deadlocked (blocked) or never started (new).
        bool stuck = r.deadlock.time >= 0 && state[p] == ProcessState::Blocked;
        bool unstarted = w.processes[p].parent != kNoProcess && state[p] == ProcessState::New;
        if (state[p] != ProcessState::Terminated && !stuck && !unstarted) {
            return AssertionFailure() << w.processes[p].name << " ends " << stateName(state[p]);
        }
    }
    return AssertionSuccess();
}

AssertionResult timeInStatesMatches(const Workload& w, const SimulationResult& r) {
    size_t n = w.processes.size();
    std::vector<std::map<ProcessState, Tick>> spent(n);
    std::vector<Tick> since(n, 0);
    for (const auto& e : r.events) {
        spent[e.process][e.from] += e.time - since[e.process];
        since[e.process] = e.time;
    }
    for (size_t p = 0; p < n; ++p) {
        const auto& m = r.processes[p];
        auto fromEvents =
            std::make_tuple(spent[p][ProcessState::Ready], spent[p][ProcessState::Running],
                            spent[p][ProcessState::Blocked]);
        if (fromEvents != std::make_tuple(m.waiting, m.cpu, m.io) ||
            m.turnaround != m.cpu + m.io + m.waiting) {
            return AssertionFailure()
                   << w.processes[p].name << ": events give ready/running/blocked "
                   << std::get<0>(fromEvents) << "/" << std::get<1>(fromEvents) << "/"
                   << std::get<2>(fromEvents) << ", metrics waiting/cpu/io " << m.waiting << "/"
                   << m.cpu << "/" << m.io << ", turnaround " << m.turnaround;
        }
    }
    return AssertionSuccess();
}

AssertionResult workConserving(const Workload& w, const SimulationResult& r) {
    std::vector<ProcessState> state(w.processes.size(), ProcessState::New);
    std::map<ProcessState, Tick> count;
    size_t next = 0;
    while (next < r.events.size()) {
        Tick t = r.events[next].time;
        for (; next < r.events.size() && r.events[next].time == t; ++next) {
            const auto& e = r.events[next];
            --count[e.from];
            ++count[e.to];
            state[e.process] = e.to;
        }
        Tick switching = std::count_if(r.switches.begin(), r.switches.end(),
                                       [&](const auto& s) { return s.start <= t && t < s.end; });
        Tick held = w.multiprogramming ? 0 : count[ProcessState::Blocked];
        Tick running = count[ProcessState::Running];
        Tick wanting = count[ProcessState::Ready] + running + held;
        if (running + switching + held != std::min<Tick>(w.cpus, wanting)) {
            return AssertionFailure()
                   << "t=" << t << ": " << running << " running, " << switching << " switching, "
                   << held << " held, " << count[ProcessState::Ready] << " ready on " << w.cpus
                   << " CPUs";
        }
    }
    return AssertionSuccess();
}

AssertionResult summaryMatches(const Workload& w, const SimulationResult& r) {
    const Summary& s = r.summary;
    Tick start = kNever;
    Tick end = 0;
    double response = 0;
    double turnaround = 0;
    double waiting = 0;
    double slowdown = 0;
    double slowdown2 = 0;
    std::vector<Tick> waits;
    std::vector<Tick> turns;
    for (const auto& m : r.processes) {
        start = std::min(start, m.arrival);
        end = std::max(end, m.completion);
        response += static_cast<double>(m.response);
        turnaround += static_cast<double>(m.turnaround);
        waiting += static_cast<double>(m.waiting);
        double sd = static_cast<double>(m.turnaround) / static_cast<double>(m.cpu + m.io);
        slowdown += sd;
        slowdown2 += sd * sd;
        waits.push_back(m.waiting);
        turns.push_back(m.turnaround);
    }
    std::vector<Tick> busy(static_cast<size_t>(w.cpus), 0);
    for (const auto& sl : r.slices) {
        busy[static_cast<size_t>(sl.cpu)] += sl.end - sl.start;
    }
    Tick total = 0;
    for (Tick b : busy) {
        total += b;
    }
    auto n = static_cast<double>(r.processes.size());
    auto span = static_cast<double>(end - start);
    bool ok = s.start == start && s.end == end && s.makespan == end - start && s.busy == total &&
              near(s.cpuUtilization, static_cast<double>(total) / (span * w.cpus)) &&
              near(s.throughput, n / span) && near(s.avgResponse, response / n) &&
              near(s.avgTurnaround, turnaround / n) && near(s.avgWaiting, waiting / n) &&
              s.maxWaiting == *std::max_element(waits.begin(), waits.end()) &&
              s.maxTurnaround == *std::max_element(turns.begin(), turns.end()) &&
              s.p95Waiting == nearestRank95(waits) && s.p95Turnaround == nearestRank95(turns) &&
              near(s.fairness, slowdown * slowdown / (n * slowdown2)) &&
              s.perCpuUtilization.size() == busy.size();
    for (size_t c = 0; ok && c < busy.size(); ++c) {
        ok = near(s.perCpuUtilization[c], static_cast<double>(busy[c]) / span);
    }
    if (!ok) {
        return AssertionFailure() << "summary disagrees with the metrics: " << dump(r);
    }
    return AssertionSuccess();
}

AssertionResult switchesMatch(const Workload& w, const SimulationResult& r) {
    // A switch is a dispatch of a process other than the CPU's last one; it shows in the events
    // as the process entering running on that CPU (after the switch time, if any).
    std::vector<Pid> last(static_cast<size_t>(w.cpus), kNoProcess);
    std::int64_t count = 0;
    for (const auto& e : r.events) {
        if (e.to == ProcessState::Running) {
            Pid& previous = last[static_cast<size_t>(e.cpu)];
            count += previous != kNoProcess && previous != e.process ? 1 : 0;
            previous = e.process;
        }
    }
    if (r.summary.contextSwitches != count) {
        return AssertionFailure() << r.summary.contextSwitches << " context switches counted, "
                                  << count << " in the events";
    }
    if (w.contextSwitch == 0) {
        return r.switches.empty() ? AssertionSuccess() : AssertionFailure() << "free switches";
    }
    if (static_cast<std::int64_t>(r.switches.size()) != count) {
        return AssertionFailure() << r.switches.size() << " switch intervals, " << count
                                  << " context switches";
    }
    for (const auto& sw : r.switches) {
        bool runs = std::any_of(r.events.begin(), r.events.end(), [&](const StateChange& e) {
            return e.to == ProcessState::Running && e.cpu == sw.cpu && e.process == sw.process &&
                   e.time == sw.end;
        });
        if (sw.end - sw.start != w.contextSwitch || !runs) {
            return AssertionFailure()
                   << "switch to " << w.processes[sw.process].name << " " << sw.start << "-"
                   << sw.end << " on CPU " << sw.cpu << " does not end with it running";
        }
    }
    return AssertionSuccess();
}

std::string dump(const SimulationResult& r) {
    std::ostringstream out;
    out.precision(17);
    out << r.scenario << " | " << r.policy << " | " << r.cpus << "\n";
    for (const auto& m : r.processes) {
        out << "process " << m.arrival << " " << m.firstRun << " " << m.completion << " "
            << m.response << " " << m.turnaround << " " << m.waiting << " " << m.cpu << " " << m.io
            << "\n";
    }
    for (const auto& s : r.slices) {
        out << "slice " << s.cpu << " " << s.process << " " << s.start << " " << s.end << "\n";
    }
    for (const auto& s : r.switches) {
        out << "switch " << s.cpu << " " << s.process << " " << s.start << " " << s.end << "\n";
    }
    for (const auto& e : r.events) {
        out << "event " << e.time << " " << e.process << " " << stateName(e.from) << " "
            << stateName(e.to) << " " << e.cpu << "\n";
    }
    for (const auto& d : r.decisions) {
        out << "decision " << d.time << " " << static_cast<int>(d.kind) << " " << d.cpu << " "
            << d.process << " " << d.other << " " << d.value << " " << d.otherValue << " "
            << d.note << "\n";
    }
    const Summary& s = r.summary;
    out << "summary " << s.start << " " << s.end << " " << s.makespan << " " << s.busy << " "
        << s.cpuUtilization << " " << s.throughput << " " << s.contextSwitches << " "
        << s.avgResponse << " " << s.avgTurnaround << " " << s.avgWaiting << " " << s.maxWaiting
        << " " << s.p95Waiting << " " << s.maxTurnaround << " " << s.p95Turnaround << " "
        << s.fairness;
    for (double u : s.perCpuUtilization) {
        out << " " << u;
    }
    return out.str();
}

}  // namespace schedlab::engine::test
