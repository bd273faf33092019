#pragma once
// The few system calls of a real run that need privilege or touch system settings, behind one
// seam: the runner calls these, tests replace them to inject EPERM or a one-CPU machine.

#include <optional>
#include <string>
#include <vector>

namespace schedlab::real {

class System {
public:
    virtual ~System() = default;
    /// sched_setscheduler(pid, policy, {priority}): 0 or the errno.
    virtual int setScheduler(int pid, int policy, int priority) const;
    /// CPUs this process may run on, in order.
    virtual std::vector<int> usableCpus() const;
    /// The first line of a /proc/sys file as a number, or empty if it cannot be read.
    virtual std::optional<long long> readSetting(const std::string& path) const;
    /// Writes a number to a /proc/sys file: 0 or the errno.
    virtual int writeSetting(const std::string& path, long long value) const;
};

const System& defaultSystem();

inline constexpr const char* kRrTimeslicePath = "/proc/sys/kernel/sched_rr_timeslice_ms";
/// Held (flock) by the one real run the machine may have at a time.
inline constexpr const char* kRealLockPath = "/tmp/schedlab-real.lock";
inline constexpr const char* kRtRuntimePath = "/proc/sys/kernel/sched_rt_runtime_us";
inline constexpr const char* kRtPeriodPath = "/proc/sys/kernel/sched_rt_period_us";

}  // namespace schedlab::real
