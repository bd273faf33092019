#pragma once
// Simulates one workload under several policies off the GUI thread, for the comparison, with
// the same function as `schedlab-cli compare` (compare::compareWorkload): only summaries are
// kept (no events, decisions or slices). A LatestJob: a newer start() supersedes the one in
// progress. result() holds one entry per policy, in the order given.

#include <vector>

#include "engine/workload.hpp"
#include "models/compare_model.hpp"
#include "models/latest_job.hpp"

namespace schedlab::models {

class CompareRunner : public LatestJob<std::vector<CompareEntry>> {
    Q_OBJECT
public:
    explicit CompareRunner(QObject* parent = nullptr) : LatestJob(parent) {}

    /// Simulates `workload` once per policy on a worker thread.
    void start(engine::Workload workload, std::vector<engine::PolicyConfig> policies);

private:
    static std::optional<std::vector<CompareEntry>> summarize(
        engine::Workload& workload, const std::vector<engine::PolicyConfig>& policies,
        JobControl& job);
};

}  // namespace schedlab::models
