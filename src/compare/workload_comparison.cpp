#include "compare/workload_comparison.hpp"

#include <utility>

#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::compare {
namespace {

/// Nothing but the summary: the logs would dominate time and memory on large workloads.
/// `cancelled` is set when the progress callback asks to stop.
engine::SimulationOptions summaryOnly(const ProgressCallback& progress, double base, double share,
                                      bool& cancelled) {
    engine::SimulationOptions options;
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    if (progress) {
        options.progress = [&progress, &cancelled, base, share](engine::Tick, double done) {
            cancelled = cancelled || !progress(base + share * done);
            return !cancelled;
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
        bool cancelled = false;
        // simulate() works on the workload in place: no copy of a million processes per policy.
        engine::SimulationResult result = engine::simulate(
            workload, summaryOnly(progress, share * static_cast<double>(i), share, cancelled));
        if (cancelled) {
            return std::nullopt;
        }
        auto spec = result.policy.empty() ? engine::formatPolicySpec(policies[i]) : result.policy;
        rows.push_back({"", workload.name, std::move(spec), std::move(result.summary)});
    }
    return rows;
}

}  // namespace schedlab::compare
