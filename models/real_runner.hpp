#pragma once
// Runs a workload as real processes (src/real) on a worker thread for the Real run tab: a
// LatestJob whose progress() counts thousandths of the expected duration and whose result() is
// the finished run with its comparison. One run at a time: real runs share a CPU.

#include <memory>

#include "engine/workload.hpp"
#include "models/latest_job.hpp"
#include "real/comparison.hpp"
#include "real/runner.hpp"

namespace schedlab::models {

/// A finished real run and its comparison with the simulation, shared and immutable.
struct RealResult {
    real::RealRun run;
    real::RealComparison comparison;
};
using RealResultPtr = std::shared_ptr<const RealResult>;

class RealRunner : public LatestJob<RealResultPtr> {
    Q_OBJECT
public:
    explicit RealRunner(QObject* parent = nullptr) : LatestJob(parent) {}

    /// Starts a real run; false (and nothing happens) while one is running. A run that does not
    /// finish ends in failed() (refused, no permission, ...) or, after cancel(), cancelled()
    /// once every child process has stopped.
    bool start(engine::Workload workload, real::RealMode mode, int tickMs);

private:
    static std::optional<RealResultPtr> runAndCompare(const engine::Workload& workload,
                                                      real::RealOptions options, JobControl& job);
};

}  // namespace schedlab::models
