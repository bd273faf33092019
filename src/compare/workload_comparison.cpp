#include "compare/workload_comparison.hpp"

#include <utility>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::compare {
namespace {

/// Nothing but the summary: the logs would dominate time and memory on large workloads.
engine::SimulationOptions summaryOnly(const ProgressCallback& progress, double base, double share) {
    engine::SimulationOptions options;
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    if (progress) {
        options.progress = [&progress, base, share](engine::Tick, double done) {
            return progress(base + share * done);
        };
    }
    return options;
}

}  // namespace

std::optional<std::vector<report::CompareRow>> compareWorkload(
    engine::Workload workload, std::span<const engine::PolicyConfig> policies,
    const ProgressCallback& progress) {
    std::vector<engine::PolicyConfig> own;
    if (policies.empty()) {
        own.push_back(workload.policy);
        policies = own;
    }
    std::vector<report::CompareRow> rows;
    rows.reserve(policies.size());
    const double share = 1.0 / static_cast<double>(policies.size());
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (progress && !progress(share * static_cast<double>(i))) {
            return std::nullopt;
        }
        workload.policy = policies[i];
        engine::Simulation sim{workload,
                               summaryOnly(progress, share * static_cast<double>(i), share)};
        if (!sim.run()) {
            return std::nullopt;
        }
        engine::SimulationResult result = sim.takeResult();
        auto spec = result.policy.empty() ? engine::formatPolicySpec(policies[i]) : result.policy;
        rows.push_back({"", workload.name, std::move(spec), std::move(result.summary)});
    }
    return rows;
}

}  // namespace schedlab::compare
