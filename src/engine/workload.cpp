#include "engine/workload.hpp"

#include <algorithm>

namespace schedlab::engine {

bool Workload::hasPrograms() const {
    return std::any_of(processes.begin(), processes.end(),
                       [](const ProcessSpec& spec) { return !spec.program.empty(); });
}

std::vector<Step> programOf(const ProcessSpec& spec) {
    if (!spec.program.empty()) {
        return spec.program;
    }
    std::vector<Step> steps;
    steps.reserve(spec.bursts.size());
    for (std::size_t i = 0; i < spec.bursts.size(); ++i) {
        steps.push_back({i % 2 == 0 ? StepKind::Cpu : StepKind::Io, spec.bursts[i]});
    }
    return steps;
}

}  // namespace schedlab::engine
