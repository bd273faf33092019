// Engine speed per policy and workload size, loading excluded (the end-to-end figure, loading
// included, comes from scripts/bench; see docs/PERFORMANCE.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace {

using schedlab::engine::Tick;
using schedlab::engine::Workload;

std::uint64_t splitmix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Tick between(std::uint64_t& state, Tick low, Tick high) {
    return low + static_cast<Tick>(splitmix(state) % static_cast<std::uint64_t>(high - low + 1));
}

// One to three CPU bursts of 1-20 ticks with 1-20 ticks of I/O between, arrivals spread so
// that the CPU load is about 0.9 (mean CPU demand 21 ticks per process).
Workload makeWorkload(size_t count, const char* spec) {
    Workload w;
    w.name = "bench";
    w.policy = *schedlab::engine::parsePolicySpec(spec).policy;
    std::uint64_t state = 42;
    Tick spread = static_cast<Tick>(static_cast<double>(count) * 21.0 / 0.9);
    for (size_t i = 0; i < count; ++i) {
        schedlab::engine::ProcessSpec p{"P" + std::to_string(i), between(state, 0, spread), 0, {}};
        p.priority = between(state, 0, 9);
        Tick cpuBursts = between(state, 1, 3);
        for (Tick b = 0; b < cpuBursts; ++b) {
            if (b > 0) {
                p.bursts.push_back(between(state, 1, 20));
            }
            p.bursts.push_back(between(state, 1, 20));
        }
        w.processes.push_back(std::move(p));
    }
    // Files list processes roughly in arrival order (as `schedlab-cli generate` writes them).
    std::stable_sort(w.processes.begin(), w.processes.end(),
                     [](const auto& a, const auto& b) { return a.arrival < b.arrival; });
    return w;
}

// The same processes as programs (#14): each CPU burst becomes `cpu` steps around a critical
// section on one of count/100 locks, and processes go in pairs on one of count/100 unbounded
// queues, the first putting an item after its work, the second getting it before its own.
Workload makeProgramWorkload(size_t count, const char* spec) {
    using schedlab::engine::Step;
    using schedlab::engine::StepKind;
    Workload w = makeWorkload(count, spec);
    size_t shared = std::max<size_t>(1, count / 100);
    for (size_t i = 0; i < shared; ++i) {
        w.locks.push_back({"L" + std::to_string(i)});
        w.queues.push_back({"Q" + std::to_string(i), 0});
    }
    for (size_t i = 0; i < count; ++i) {
        auto& p = w.processes[i];
        auto lock = static_cast<std::int64_t>(i % shared);
        auto queue = static_cast<std::int64_t>((i / 2) % shared);
        if (i % 2 == 1) {
            p.program.push_back({StepKind::Get, queue});
        }
        for (size_t b = 0; b < p.bursts.size(); ++b) {
            if (b % 2 == 1) {
                p.program.push_back({StepKind::Io, p.bursts[b]});
                continue;
            }
            Tick half = std::max<Tick>(1, p.bursts[b] / 2);
            p.program.push_back({StepKind::Cpu, half});
            p.program.push_back({StepKind::Lock, lock});
            p.program.push_back({StepKind::Cpu, std::max<Tick>(1, p.bursts[b] - half)});
            p.program.push_back({StepKind::Unlock, lock});
        }
        if (i % 2 == 0) {
            p.program.push_back({StepKind::Put, queue});
        }
        p.bursts.clear();
    }
    return w;
}

// Summary only (what `compare` records).
void runSummaryOnly(benchmark::State& state, const Workload& w) {
    schedlab::engine::SimulationOptions options;
    options.recordSlices = options.recordEvents = options.recordDecisions = false;
    for (auto _ : state) {
        auto result = schedlab::engine::simulate(w, options);
        benchmark::DoNotOptimize(result.summary.avgWaiting);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void simulateSummaryOnly(benchmark::State& state, const char* spec) {
    runSummaryOnly(state, makeWorkload(static_cast<size_t>(state.range(0)), spec));
}

void simulatePrograms(benchmark::State& state, const char* spec) {
    runSummaryOnly(state, makeProgramWorkload(static_cast<size_t>(state.range(0)), spec));
}

void simulateRecordingAll(benchmark::State& state) {
    Workload w = makeWorkload(static_cast<size_t>(state.range(0)), "rr:quantum=4");
    for (auto _ : state) {
        auto result = schedlab::engine::simulate(w);
        benchmark::DoNotOptimize(result.events.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

#define SIZES ->RangeMultiplier(10)->Range(10'000, 1'000'000)->Unit(benchmark::kMillisecond)
BENCHMARK_CAPTURE(simulateSummaryOnly, rr, "rr:quantum=4") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, fcfs, "fcfs") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, sjf, "sjf") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, srtf, "srtf") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, priority_p, "priority-p:aging=10") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, hrrn, "hrrn") SIZES;
BENCHMARK_CAPTURE(simulateSummaryOnly, mlfq, "mlfq:quanta=2/4/8,allotments=1/1/1,boost=100") SIZES;
BENCHMARK(simulateRecordingAll) SIZES;
BENCHMARK_CAPTURE(simulatePrograms, rr_locks_queues, "rr:quantum=4") SIZES;
BENCHMARK_CAPTURE(simulatePrograms, fcfs_locks_queues, "fcfs") SIZES;

BENCHMARK_MAIN();
