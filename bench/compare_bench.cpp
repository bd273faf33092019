// Batch comparison speed (issue #7): 1,000 scenario files of 20 processes each under six
// policies, loading included, with 1 and 2 worker threads. The files are made once by the
// generator behind `schedlab-cli generate` (seeds 1..1000) in a temporary folder. Wall-clock
// time, since the point is the parallel speed-up; see docs/PERFORMANCE.md.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "authoring/generator.hpp"
#include "compare/batch_comparison.hpp"
#include "engine/policy_spec.hpp"
#include "scenario/scenario_io.hpp"

namespace {

namespace fs = std::filesystem;
using namespace schedlab;

constexpr int kFiles = 1000;
constexpr int kProcesses = 20;

/// The bench folder with its files, removed at exit.
struct BenchFiles {
    fs::path dir =
        fs::temp_directory_path() / ("schedlab-compare-bench-" + std::to_string(getpid()));
    std::vector<std::string> files;

    BenchFiles() {
        fs::create_directories(dir);
        for (int seed = 1; seed <= kFiles; ++seed) {
            authoring::GenerateOptions options;
            options.processes = kProcesses;
            options.seed = static_cast<std::uint64_t>(seed);
            files.push_back((dir / ("s" + std::to_string(10000 + seed) + ".yaml")).string());
            std::ofstream(files.back()) << scenario::toYaml(authoring::generateWorkload(options));
        }
    }
    ~BenchFiles() { fs::remove_all(dir); }
};

const BenchFiles& benchFiles() {
    static const BenchFiles files;
    return files;
}

std::vector<engine::PolicyConfig> sixPolicies() {
    std::vector<engine::PolicyConfig> out;
    for (const char* spec : {"fcfs", "sjf", "srtf", "priority", "rr:quantum=4", "mlfq"}) {
        out.push_back(*engine::parsePolicySpec(spec).policy);
    }
    return out;
}

void compareThousandFiles(benchmark::State& state) {
    const auto& files = benchFiles().files;
    const auto policies = sixPolicies();
    compare::BatchOptions options;
    options.jobs = static_cast<unsigned>(state.range(0));
    for (auto _ : state) {
        auto result = compare::compareFiles(files, policies, options);
        benchmark::DoNotOptimize(result.files.data());
        if (result.badFiles != 0 || result.rows().size() != files.size() * policies.size()) {
            state.SkipWithError("a generated file did not compare");
        }
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

}  // namespace

BENCHMARK(compareThousandFiles)
    ->ArgName("jobs")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

BENCHMARK_MAIN();
