#pragma once
// One finished simulation as the app shows it: the workload that was simulated and what came
// out. Shared, immutable, cheap to pass around: every view gets the same RunPtr.

#include <memory>

#include "engine/result.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::models {

struct Run {
    scenario::Scenario workload;  ///< a Workload, and whether it is an exercise
    engine::SimulationResult result;
};

using RunPtr = std::shared_ptr<const Run>;

}  // namespace schedlab::models
