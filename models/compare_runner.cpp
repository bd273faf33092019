#include "models/compare_runner.hpp"

#include <utility>

#include "compare/workload_comparison.hpp"
#include "engine/simulation.hpp"

namespace schedlab::models {

void CompareRunner::start(engine::Workload workload, std::vector<engine::PolicyConfig> policies) {
    auto shared = std::make_shared<engine::Workload>(std::move(workload));
    run([shared, policies = std::move(policies)](JobControl& job) {
        return summarize(*shared, policies, job);
    });
}

// On the worker thread: touches only the job and what it captured.
std::optional<std::vector<CompareEntry>> CompareRunner::summarize(
    engine::Workload& workload, const std::vector<engine::PolicyConfig>& policies,
    JobControl& job) {
    const auto problems = engine::validateWorkload(workload);
    if (!problems.empty()) {
        job.fail(tr("The workload cannot be simulated: %1")
                     .arg(QString::fromStdString(problems.front())));
        return std::nullopt;
    }
    // The workload is read by this worker only, so it can be moved in.
    auto rows = compare::compareWorkload(std::move(workload), policies,
                                         [&job](double) { return !job.cancelRequested(); });
    if (!rows) {
        return std::nullopt;
    }
    std::vector<CompareEntry> entries;
    for (auto& row : *rows) {
        entries.push_back({std::move(row.policy), std::move(row.summary)});
    }
    return entries;
}

}  // namespace schedlab::models
