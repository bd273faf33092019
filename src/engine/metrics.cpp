#include "engine/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace schedlab::engine {
namespace {

// Nearest-rank percentile: the smallest value with at least `share` of the values <= it.
Tick percentile(std::vector<Tick> values, double share) {
    if (values.empty()) {
        return 0;
    }
    auto rank = static_cast<size_t>(std::ceil(share * static_cast<double>(values.size())));
    auto nth = values.begin() + static_cast<std::ptrdiff_t>(std::max<size_t>(rank, 1) - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

double jainIndex(const std::vector<ProcessMetrics>& processes) {
    double sum = 0;
    double squares = 0;
    for (const auto& p : processes) {
        if (p.cpu + p.io == 0) {
            continue;   // a program of zero-time steps only has no slowdown
        }
        double slowdown = static_cast<double>(p.turnaround) / static_cast<double>(p.cpu + p.io);
        sum += slowdown;
        squares += slowdown * slowdown;
    }
    return squares > 0 ? sum * sum / (static_cast<double>(processes.size()) * squares) : 1.0;
}

void fillSpan(Summary& s, const std::vector<ProcessMetrics>& processes) {
    s.start = kNever;
    s.end = 0;
    for (const auto& p : processes) {
        s.start = std::min(s.start, p.arrival);
        s.end = std::max(s.end, p.completion);
    }
    s.makespan = s.end - s.start;
}

void fillAverages(Summary& s, const std::vector<ProcessMetrics>& processes) {
    double response = 0;
    double turnaround = 0;
    double waiting = 0;
    std::vector<Tick> waits;
    std::vector<Tick> turns;
    waits.reserve(processes.size());
    turns.reserve(processes.size());
    for (const auto& p : processes) {
        response += static_cast<double>(p.response);
        turnaround += static_cast<double>(p.turnaround);
        waiting += static_cast<double>(p.waiting);
        waits.push_back(p.waiting);
        turns.push_back(p.turnaround);
    }
    auto n = static_cast<double>(processes.size());
    s.avgResponse = response / n;
    s.avgTurnaround = turnaround / n;
    s.avgWaiting = waiting / n;
    s.maxWaiting = *std::max_element(waits.begin(), waits.end());
    s.maxTurnaround = *std::max_element(turns.begin(), turns.end());
    s.p95Waiting = percentile(std::move(waits), 0.95);
    s.p95Turnaround = percentile(std::move(turns), 0.95);
}

}  // namespace

void computeSummary(SimulationResult& result, const std::vector<Tick>& busyPerCpu,
                    std::int64_t contextSwitches, Tick runEnd) {
    Summary& s = result.summary;
    // A program's process that never ended (deadlocked, never started) has no times to average.
    auto unended = [](const ProcessMetrics& p) { return p.completion < 0; };
    std::vector<ProcessMetrics> ended;
    bool partial = std::any_of(result.processes.begin(), result.processes.end(), unended);
    if (partial) {
        std::remove_copy_if(result.processes.begin(), result.processes.end(),
                            std::back_inserter(ended), unended);
    }
    const auto& processes = partial ? ended : result.processes;
    if (!processes.empty()) {
        fillSpan(s, processes);
        fillAverages(s, processes);
    }
    if (partial) {   // the run went on until runEnd; it began with the first top-level arrival
        s.start = runEnd;
        for (const auto& p : result.processes) {
            s.start = p.parent == kNoProcess ? std::min(s.start, p.arrival) : s.start;
        }
        s.end = std::max(processes.empty() ? s.start : s.end, runEnd);
        s.makespan = s.end - s.start;
    }
    s.busy = 0;
    s.perCpuUtilization.clear();
    double span = s.makespan > 0 ? static_cast<double>(s.makespan) : 1.0;
    for (Tick busy : busyPerCpu) {
        s.busy += busy;
        s.perCpuUtilization.push_back(static_cast<double>(busy) / span);
    }
    s.cpuUtilization = static_cast<double>(s.busy) / (span * static_cast<double>(busyPerCpu.size()));
    s.throughput = static_cast<double>(processes.size()) / span;   // processes that ended
    s.contextSwitches = contextSwitches;
    s.fairness = jainIndex(processes);
}

std::vector<double> utilizationOverTime(const SimulationResult& result, Tick bucket) {
    const Summary& s = result.summary;
    if (bucket <= 0 || s.makespan <= 0) {
        return {};
    }
    size_t count = static_cast<size_t>((s.makespan + bucket - 1) / bucket);
    std::vector<double> busy(count, 0.0);
    for (const auto& slice : result.slices) {
        for (Tick t = slice.start; t < slice.end;) {
            Tick index = (t - s.start) / bucket;
            Tick edge = std::min(slice.end, s.start + (index + 1) * bucket);
            busy[static_cast<size_t>(index)] += static_cast<double>(edge - t);
            t = edge;
        }
    }
    for (size_t i = 0; i < count; ++i) {
        Tick width = std::min(bucket, s.makespan - static_cast<Tick>(i) * bucket);
        busy[i] /= static_cast<double>(width) * result.cpus;
    }
    return busy;
}

}  // namespace schedlab::engine
