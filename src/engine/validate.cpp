// Checks that make a workload safe to simulate. The scenario library reports the same problems
// with file positions; this is the last line of defence for programmatic users.
#include <set>

#include "engine/limits.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::engine {
namespace {

void checkProcess(const ProcessSpec& spec, Tick& total, std::vector<std::string>& problems) {
    std::string who = "process '" + spec.name + "'";
    if (spec.arrival < 0 || spec.arrival >= kTimeLimit) {
        problems.push_back(who + ": arrival must be between 0 and 2^62");
    }
    if (spec.priority <= -kTimeLimit || spec.priority >= kTimeLimit) {
        problems.push_back(who + ": priority must be between -2^62 and 2^62");
    }
    if (!spec.program.empty()) {
        return;   // a program: its steps are checked by the scenario reader
    }
    if (spec.bursts.empty() || spec.bursts.size() % 2 == 0) {
        problems.push_back(who + ": bursts must alternate CPU and I/O and end with a CPU burst");
    }
    Tick sum = spec.arrival;
    for (Tick burst : spec.bursts) {
        if (burst <= 0 || burst >= kTimeLimit - sum) {
            problems.push_back(who + ": every burst must be > 0 and the total below 2^62");
            return;
        }
        sum += burst;
    }
    if (sum - spec.arrival >= kTimeLimit - total) {
        problems.push_back("the bursts of all processes add up to more than 2^62 ticks");
    }
    total += sum - spec.arrival;
}

}  // namespace

std::vector<std::string> validateWorkload(const Workload& workload) {
    std::vector<std::string> problems;
    if (workload.cpus < 1 || workload.cpus > kMaxCpus) {
        problems.push_back("cpus must be between 1 and " + std::to_string(kMaxCpus));
    }
    if (workload.contextSwitch < 0 || workload.contextSwitch > kMaxSetting) {
        problems.push_back("context_switch must be between 0 and 2^40");
    }
    if (!findPolicy(workload.policy.name)) {
        problems.push_back("unknown policy '" + workload.policy.name + "'");
    }
    for (auto& problem : validatePolicy(workload.policy)) {
        problems.push_back(problem);
    }
    if (workload.processes.empty()) {
        problems.push_back("a scenario needs at least one process");
    }
    std::set<std::string_view> names;
    Tick total = 0;
    for (const auto& spec : workload.processes) {
        if (spec.name.empty() || !names.insert(spec.name).second) {
            problems.push_back("process names must be unique and non-empty: '" + spec.name + "'");
        }
        checkProcess(spec, total, problems);
    }
    return problems;
}

}  // namespace schedlab::engine
