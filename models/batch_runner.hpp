#pragma once
// Compares many scenario files under several policies off the GUI thread, for the app's batch
// window, with the function `schedlab-cli compare` uses (compare::compareFiles): files on every
// core, rows in input order, bad files reported with their messages. A LatestJob: progress()
// counts files; cancel() stops the workers after the files in progress and drops the result; a
// newer start() supersedes the one in progress the same way.

#include <string>
#include <vector>

#include "compare/batch_comparison.hpp"
#include "models/latest_job.hpp"

namespace schedlab::models {

class BatchRunner : public LatestJob<compare::BatchResult> {
    Q_OBJECT
public:
    explicit BatchRunner(QObject* parent = nullptr) : LatestJob(parent) {}

    /// Compares `files` under `policies` (each file's own policy when empty).
    void start(std::vector<std::string> files, std::vector<engine::PolicyConfig> policies);
};

}  // namespace schedlab::models
