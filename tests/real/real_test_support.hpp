#pragma once
// Workloads, fake system calls and process checks shared by the real-run tests.

#include <sys/types.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "engine/workload.hpp"
#include "real/runner.hpp"

namespace schedlab::real::testing {

struct ProcessLine {
    std::string name;
    engine::Tick arrival;
    std::vector<engine::Tick> bursts;
};

/// A one-CPU workload under `spec` (a policy SPEC).
engine::Workload makeWorkload(const std::string& spec, std::initializer_list<ProcessLine> lines);

/// Three processes with I/O, about 20 ticks: short enough to run often.
engine::Workload shortWorkload(const std::string& spec);

/// The system calls, with failures on demand.
class FakeSystem : public System {
public:
    bool refuseRealTime = false;  ///< setScheduler of FIFO/RR fails with EPERM
    std::vector<int> cpus;        ///< empty: the real ones
    long long rtRuntimeUs = -2;   ///< -2: the real setting

    int setScheduler(int pid, int policy, int priority) const override;
    std::vector<int> usableCpus() const override;
    std::optional<long long> readSetting(const std::string& path) const override;
};

/// Whether `pid` no longer exists at all (a zombie still exists).
bool gone(pid_t pid);
/// Waits (polling, up to `seconds`) until every pid is gone; with `reap`, reaps this process's
/// own dead children meanwhile (a subreaper inherits the orphans of a killed runner).
bool allGone(const std::vector<pid_t>& pids, double seconds = 5.0, bool reap = false);
/// The current RR timeslice setting.
long long rrTimeslice();

}  // namespace schedlab::real::testing
