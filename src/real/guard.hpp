#pragma once
// Private to src/real: the guard, a small process forked before the children. It outlives a
// runner that crashes: when the runner's end of a pipe closes without the word "clean", it kills
// the children's process group and writes the saved RR timeslice back. It is also the watchdog:
// past the time limit it kills every child (and restores the setting) on its own.

#include <sys/types.h>

#include <cstdint>
#include <optional>

#include "real/shared_block.hpp"

namespace schedlab::real::detail {

class Guard {
public:
    /// Forks the guard. `savedTimeslice`: the RR timeslice (ms) to write back, if it is changed.
    Guard(SharedBlock& block, std::int64_t limitMs, std::optional<long long> savedTimeslice);
    /// Ends the guard as after a crash if finish() was not called: it kills and restores.
    ~Guard();
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

    /// Tells the guard the run ended cleanly (children reaped, setting restored) and waits for it.
    void finish();
    pid_t pid() const { return m_pid; }
    /// False once the guard has exited (someone killed it): the run must stop then, since
    /// nothing would clean up after a crash of the runner (#13).
    bool alive();

private:
    void close(bool clean);
    pid_t m_pid = -1;
    int m_pipe = -1;  // the write end; the guard reads the other
    bool m_reaped = false;
};

}  // namespace schedlab::real::detail
