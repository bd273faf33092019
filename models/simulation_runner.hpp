#pragma once
// Runs simulations off the GUI thread (LatestJob: a newer start() supersedes the run in
// progress). progress() counts percent of 100; result() is the finished run.

#include "models/latest_job.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class SimulationRunner : public LatestJob<RunPtr> {
    Q_OBJECT
public:
    explicit SimulationRunner(QObject* parent = nullptr) : LatestJob(parent) {}

    /// Simulates `workload` on a worker thread. A cancelled run stops within one progress
    /// callback (a few thousand engine steps).
    void start(scenario::Scenario workload);

private:
    static std::optional<RunPtr> simulate(const std::shared_ptr<scenario::Scenario>& workload,
                                          JobControl& job);
};

}  // namespace schedlab::models
