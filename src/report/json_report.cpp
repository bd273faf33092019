#include "report/json_report.hpp"

#include <vector>

#include "engine/explain.hpp"
#include "report/format.hpp"

namespace schedlab::report {
namespace {

using engine::Tick;

/// Appends `"key": ` .
void key(std::string& out, std::string_view name) {
    out += '"';
    out += name;
    out += "\": ";
}

void field(std::string& out, std::string_view name, Tick value, bool first = false) {
    out += first ? "" : ", ";
    key(out, name);
    appendInt(out, value);
}

void optionalField(std::string& out, std::string_view name, Tick value, bool present) {
    out += ", ";
    key(out, name);
    present ? appendInt(out, value) : void(out += "null");
}

/// Every process name as a JSON string literal, so slices and events do not re-escape.
std::vector<std::string> quotedNames(const engine::Workload& workload, std::size_t count) {
    std::vector<std::string> names(count);
    for (std::size_t p = 0; p < count; ++p) {
        appendJsonString(names[p], p < workload.processes.size() ? workload.processes[p].name : "");
    }
    return names;
}

const std::string& nameOf(const std::vector<std::string>& names, engine::Pid p) {
    static const std::string kNone = "null";
    return p < names.size() ? names[p] : kNone;
}

/// `"name": [` then one element per line from `item(i)`, then `]`.
template <typename Item>
void array(std::string& out, std::string_view name, std::size_t count, Item item) {
    out += ",\n  ";
    key(out, name);
    out += count == 0 ? "[]" : "[\n";
    for (std::size_t i = 0; i < count; ++i) {
        out += "    {";
        item(i);
        out += i + 1 < count ? "},\n" : "}\n";
    }
    out += count == 0 ? "" : "  ]";
}

/// "io", "join C", "lock M", "put Q", "get Q", "join Q" as a JSON string.
void reason(std::string& out, const engine::Workload& w, engine::BlockReason why,
            std::uint32_t object) {
    appendJsonString(out, engine::waitText(why, object, w));
}

void process(std::string& out, const std::vector<std::string>& names, const std::string& name,
             const engine::ProcessMetrics& m, bool programs) {
    key(out, "name");
    out += name;
    field(out, "arrival", m.arrival);
    optionalField(out, "first_run", m.firstRun, m.firstRun >= 0);
    optionalField(out, "completion", m.completion, m.completion >= 0);
    optionalField(out, "response", m.response, m.firstRun >= 0);
    optionalField(out, "turnaround", m.turnaround, m.completion >= 0);
    field(out, "waiting", m.waiting);
    field(out, "cpu", m.cpu);
    field(out, "io", m.io);
    out += ", ";
    key(out, "parent");
    out += nameOf(names, m.parent);
    if (programs) {
        field(out, "join_wait", m.joinWait);
        field(out, "lock_wait", m.lockWait);
        field(out, "queue_wait", m.queueWait);
    }
}

template <typename Interval>
void interval(std::string& out, const std::vector<std::string>& names, const Interval& s) {
    field(out, "cpu", s.cpu, true);
    out += ", ";
    key(out, "process");
    out += nameOf(names, s.process);
    field(out, "start", s.start);
    field(out, "end", s.end);
}

void event(std::string& out, const engine::Workload& w, const std::vector<std::string>& names,
           const engine::StateChange& e) {
    field(out, "time", e.time, true);
    out += ", ";
    key(out, "process");
    out += nameOf(names, e.process);
    out += ", \"from\": \"";
    out += stateLabel(e.from);
    out += "\", \"to\": \"";
    out += stateLabel(e.to);
    out += '"';
    if (e.cpu >= 0) {
        field(out, "cpu", e.cpu);
    }
    if (e.to == engine::ProcessState::Blocked) {
        out += ", ";
        key(out, "reason");
        reason(out, w, e.reason, e.object);
    }
}

void adoption(std::string& out, const std::vector<std::string>& names, const engine::Adoption& a) {
    field(out, "time", a.time, true);
    out += ", ";
    key(out, "process");
    out += nameOf(names, a.process);
    out += ", ";
    key(out, "adopted_by");
    out += a.parent == engine::kNoProcess ? "\"init\"" : nameOf(names, a.parent);
}

/// State changes and adoptions, in the order they happened.
void events(std::string& out, const engine::Workload& w, const std::vector<std::string>& names,
            const engine::SimulationResult& r) {
    std::size_t next = 0;   // the next adoption
    array(out, "events", r.events.size() + r.adoptions.size(), [&](std::size_t i) {
        std::size_t change = i - next;
        if (next < r.adoptions.size() && r.adoptions[next].event <= change) {
            adoption(out, names, r.adoptions[next++]);
        } else {
            event(out, w, names, r.events[change]);
        }
    });
}

void deadlock(std::string& out, const engine::Workload& w, const std::vector<std::string>& names,
              const engine::Deadlock& d) {
    if (d.time < 0) {
        return;
    }
    out += ",\n  \"deadlock\": {\"time\": ";
    appendInt(out, d.time);
    out += ", \"cycle\": [";
    for (std::size_t i = 0; i < d.cycle.size(); ++i) {
        const auto& link = d.cycle[i];
        out += i == 0 ? "{" : ", {";
        key(out, "process");
        out += nameOf(names, link.process);
        out += ", ";
        key(out, "waits_for");
        reason(out, w, link.reason, link.object);
        out += ", ";
        key(out, "held_by");
        out += nameOf(names, link.heldBy);
        out += "}";
    }
    out += "]}";
}

void decision(std::string& out, const engine::Workload& workload, const engine::Decision& d) {
    field(out, "time", d.time, true);
    out += ", \"text\": ";
    appendJsonString(out, engine::explain(d, workload));
}

void number(std::string& out, std::string_view name, double value) {
    out += ",\n    ";
    key(out, name);
    out += formatNumber(value);
}

void integer(std::string& out, std::string_view name, Tick value) {
    out += ",\n    ";
    key(out, name);
    appendInt(out, value);
}

void summary(std::string& out, const engine::Summary& s) {
    out += ",\n  \"summary\": {\n    \"makespan\": ";
    appendInt(out, s.makespan);
    number(out, "cpu_utilization", s.cpuUtilization);
    number(out, "throughput", s.throughput);
    number(out, "avg_response", s.avgResponse);
    number(out, "avg_turnaround", s.avgTurnaround);
    number(out, "avg_waiting", s.avgWaiting);
    integer(out, "context_switches", s.contextSwitches);
    out += ",\n    \"per_cpu_utilization\": [";
    for (std::size_t cpu = 0; cpu < s.perCpuUtilization.size(); ++cpu) {
        out += cpu == 0 ? "" : ", ";
        out += formatNumber(s.perCpuUtilization[cpu]);
    }
    out += "]";
    integer(out, "max_waiting", s.maxWaiting);
    integer(out, "p95_waiting", s.p95Waiting);
    integer(out, "max_turnaround", s.maxTurnaround);
    integer(out, "p95_turnaround", s.p95Turnaround);
    number(out, "fairness", s.fairness);
    integer(out, "start", s.start);
    integer(out, "end", s.end);
    out += "\n  }";
}

}  // namespace

std::string_view stateLabel(engine::ProcessState state) { return engine::stateName(state); }

std::string writeJson(const engine::Workload& workload, const engine::SimulationResult& r) {
    auto names = quotedNames(workload, r.processes.size());
    std::string out;
    out.reserve(256 + 120 * (r.processes.size() + r.slices.size() + r.events.size()));
    out += "{\n  \"scenario\": ";
    appendJsonString(out, r.scenario);
    out += ",\n  \"policy\": ";
    appendJsonString(out, r.policy);
    out += ",\n  \"cpus\": ";
    appendInt(out, r.cpus);
    bool programs = workload.hasPrograms();
    array(out, "processes", r.processes.size(),
          [&](std::size_t i) { process(out, names, names[i], r.processes[i], programs); });
    array(out, "slices", r.slices.size(),
          [&](std::size_t i) { interval(out, names, r.slices[i]); });
    array(out, "switches", r.switches.size(),
          [&](std::size_t i) { interval(out, names, r.switches[i]); });
    summary(out, r.summary);
    deadlock(out, workload, names, r.deadlock);
    events(out, workload, names, r);
    array(out, "decisions", r.decisions.size(),
          [&](std::size_t i) { decision(out, workload, r.decisions[i]); });
    out += "\n}\n";
    return out;
}

}  // namespace schedlab::report
