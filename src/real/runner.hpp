#pragma once
// Runs a scenario as real processes (Linux). One child per scenario process, all pinned to one
// CPU, the runner on another; one tick is tickMs milliseconds of real time.
//
// Safety: a guard process (guard.hpp) restores the changed RR timeslice and kills every child
// when the runner ends in any way or the watchdog limit passes; children die with the runner
// (PR_SET_PDEATHSIG), carry RLIMIT_RTTIME when real-time, and real-time demand stays below the
// kernel's RT throttle.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "real/real_run.hpp"
#include "real/system.hpp"

namespace schedlab::real {

struct RealOptions {
    RealMode mode = RealMode::Kernel;
    int tickMs = 10;
    /// Called now and then with the share of the expected duration done (0..1); return false to
    /// cancel the run.
    std::function<bool(double)> progress;
    /// Called once per child with its pid, when every child exists (tests look at them).
    std::function<void(int pid)> childStarted;
    /// Called with the guard's pid once it runs, before the children (tests kill it).
    std::function<void(int pid)> guardStarted;
    /// SIGINT and SIGTERM end the run cleanly (the CLI); the previous handlers come back after.
    bool handleSignals = false;
    /// Watchdog: every child is killed this long after the start; 0 = three times the expected
    /// duration plus 5 s.
    std::int64_t watchdogMs = 0;
    /// The system calls that need privilege or change settings; tests inject failures.
    const System* system = nullptr;
};

enum class RealErrorKind : std::uint8_t {
    BadInput,    ///< the scenario cannot run for real (too long, several CPUs, ...): exit 2
    Permission,  ///< real-time policies refused (EPERM)
    Machine,     ///< fewer than 2 CPUs, or a system call failed
    Cancelled,   ///< progress returned false, or SIGINT/SIGTERM
    Watchdog,    ///< the time limit passed
};

struct RealError {
    RealErrorKind kind = RealErrorKind::Machine;
    std::string message;  ///< for a person: what happened and what to do
};

struct RealOutcome {
    std::optional<RealRun> run;
    RealError error;  ///< meaningful when run is empty
};

/// Longest real run accepted, in milliseconds (the estimate is refused above it).
inline constexpr std::int64_t kMaxRealRunMs = 180'000;
/// Most processes in one real run.
inline constexpr std::size_t kMaxRealProcesses = 64;

/// Why `workload` cannot run for real at `tickMs`, or "" when it can (no child is started).
std::string checkRealWorkload(const engine::Workload& workload, int tickMs);

/// Expected real duration in milliseconds: the simulated makespan (from tick 0) times tickMs.
std::int64_t estimateRealMs(const engine::SimulationResult& simulated, int tickMs);

RealOutcome runReal(const engine::Workload& workload, const RealOptions& options);

std::string_view modeName(RealMode mode);
std::optional<RealMode> parseMode(std::string_view name);
std::string_view linuxPolicyName(LinuxPolicy policy);

}  // namespace schedlab::real
