#include "engine/explain.hpp"

#include <cstdio>

namespace schedlab::engine {
namespace {

std::string nameOf(Pid p, const Workload& workload) {
    return p < workload.processes.size() ? workload.processes[p].name : "?";
}

std::string ratio(std::int64_t thousandths) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(thousandths) / 1000.0);
    return text;
}

// Why this process was chosen, by what the policy orders on.
std::string reason(const Decision& d, const Workload& workload) {
    const std::string& policy = workload.policy.name;
    if (policy == "sjf") {
        return "shortest next burst: " + std::to_string(d.key);
    }
    if (policy == "srtf") {
        return "shortest remaining: " + std::to_string(d.key);
    }
    if (policy == "priority" || policy == "priority-p") {
        return "best priority: " + std::to_string(d.key);
    }
    if (policy == "hrrn") {
        return "highest response ratio: " + ratio(d.key);
    }
    if (policy == "mlfq") {
        return "first in the highest non-empty level: " + std::to_string(d.key);
    }
    return "first in the ready queue";
}

// How the preempting process beat the running one ("remaining 3 < 5").
std::string comparison(const Decision& d, const Workload& workload) {
    const std::string& policy = workload.policy.name;
    std::string what = policy == "srtf"   ? "remaining "
                       : policy == "mlfq" ? "level "
                                          : "priority ";
    std::string a = std::to_string(d.key);
    std::string b = std::to_string(d.otherKey);
    if (policy == "mlfq" && d.key == d.otherKey) {
        return "it is ahead of it in level " + a;
    }
    return what + a + " < " + b;
}

std::string cpuName(int cpu) { return "CPU " + std::to_string(cpu); }

std::string ticks(std::int64_t count) {
    return std::to_string(count) + (count == 1 ? " tick" : " ticks");
}

}  // namespace

std::string explain(const Decision& d, const Workload& workload) {
    std::string at = "t=" + std::to_string(d.time) + ": ";
    std::string who = nameOf(d.process, workload);
    switch (d.kind) {
        case DecisionKind::Dispatch:
            return at + cpuName(d.cpu) + " runs " + who + " (" + reason(d, workload) + ")";
        case DecisionKind::Continue:
            return at + who + " continues on " + cpuName(d.cpu) + " (nothing else is ready)";
        case DecisionKind::Preempt:
            return at + who + " preempts " + nameOf(d.other, workload) + " on " + cpuName(d.cpu) +
                   ": " + comparison(d, workload);
        case DecisionKind::QuantumExpired:
            return at + who + " used up its quantum on " + cpuName(d.cpu);
        case DecisionKind::Demote:
            return at + who + " used up its allotment and moves down to level " +
                   std::to_string(d.key);
        case DecisionKind::Boost:
            return at + "priority boost: every process goes back to the top level";
        case DecisionKind::Block:
            return at + who + " starts I/O for " + ticks(d.key);
        case DecisionKind::Finish:
            return at + who + " finishes";
        case DecisionKind::Hold:
            return at + cpuName(d.cpu) + " stays idle while " + who +
                   " does I/O (multiprogramming is off)";
    }
    return at + "?";
}

}  // namespace schedlab::engine
