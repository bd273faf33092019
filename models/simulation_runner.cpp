#include "models/simulation_runner.hpp"

#include "engine/simulation.hpp"

namespace schedlab::models {

void SimulationRunner::start(scenario::Scenario workload) {
    auto shared = std::make_shared<scenario::Scenario>(std::move(workload));
    run([shared](JobControl& job) { return simulate(shared, job); });
}

// On the worker thread: everything here touches only the job and its workload.
std::optional<RunPtr> SimulationRunner::simulate(const std::shared_ptr<scenario::Scenario>& workload,
                                                JobControl& job) {
    auto problems = engine::validateWorkload(*workload);
    if (!problems.empty()) {
        job.fail(tr("The workload cannot be simulated: %1")
                     .arg(QString::fromStdString(problems.front())));
        return std::nullopt;
    }
    engine::SimulationOptions options;
    options.progress = [&job](engine::Tick, double share) {
        job.progress(static_cast<int>(share * 100.0), 100);
        return !job.cancelRequested();
    };
    engine::SimulationResult result;
    {
        engine::Simulation sim{workload, std::move(options)};  // shares it: no copy
        if (!sim.run()) {
            return std::nullopt;
        }
        result = sim.takeResult();
    }
    // The simulation is gone: the workload can move.
    return std::make_shared<const Run>(Run{std::move(*workload), std::move(result)});
}

}  // namespace schedlab::models
