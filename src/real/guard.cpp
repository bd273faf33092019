#include "real/guard.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "real/system.hpp"

namespace schedlab::real::detail {
namespace {

constexpr char kClean = 'c';

/// The setting to write back, formatted before fork (the guard may not allocate).
struct Restore {
    bool needed = false;
    char text[32] = {};
    std::size_t length = 0;
};

// The setting's current value, read without allocating (the guard may not); -1 if unreadable.
long long currentTimeslice() {
    int fd = open(kRrTimeslicePath, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    char text[32] = {};
    ssize_t got = read(fd, text, sizeof text - 1);
    ::close(fd);
    return got > 0 ? std::strtoll(text, nullptr, 10) : -1;
}

// Writes the saved value back, only if this run set the setting and it still holds that value.
void restore(const Restore& what, const SharedBlock& block) {
    long long set = block.header().rrSetMs.load(std::memory_order_acquire);
    if (!what.needed || set < 0 || currentTimeslice() != set) {
        return;
    }
    int fd = open(kRrTimeslicePath, O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        [[maybe_unused]] auto written = write(fd, what.text, what.length);
        ::close(fd);
    }
}

void killChildren(const SharedBlock& block) {
    pid_t group = block.header().pgid.load(std::memory_order_acquire);
    if (group > 0) {
        kill(-group, SIGKILL);
    }
}

[[noreturn]] void guardMain(int fd, const SharedBlock& block, std::int64_t limitMs,
                            const Restore& what) {
    setpgid(0, 0);  // Ctrl-C in the terminal reaches the runner only, which then cleans up
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    std::int64_t deadline = monotonicNs() + limitMs * 1'000'000;
    bool fired = false;
    for (;;) {
        int timeout = fired ? -1 : static_cast<int>((deadline - monotonicNs()) / 1'000'000);
        pollfd entry{fd, POLLIN, 0};
        int ready = poll(&entry, 1, fired ? -1 : (timeout > 0 ? timeout : 0));
        if (ready == 0) {  // the watchdog
            fired = true;
            block.header().watchdogFired.store(1, std::memory_order_release);
            killChildren(block);
            restore(what, block);
            continue;
        }
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        char word = 0;
        bool clean = ready > 0 && read(fd, &word, 1) == 1 && word == kClean;
        if (!clean) {
            killChildren(block);
        }
        restore(what, block);
        _exit(0);
    }
}

}  // namespace

Guard::Guard(SharedBlock& block, std::int64_t limitMs, std::optional<long long> savedTimeslice) {
    Restore what;
    if (savedTimeslice) {
        what.needed = true;
        int n = std::snprintf(what.text, sizeof what.text, "%lld\n", *savedTimeslice);
        what.length = n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("cannot make a pipe: ") + std::strerror(errno));
    }
    m_pid = fork();
    if (m_pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw std::runtime_error(std::string("cannot start the guard: ") + std::strerror(errno));
    }
    if (m_pid == 0) {
        ::close(fds[1]);
        guardMain(fds[0], block, limitMs, what);
    }
    ::close(fds[0]);
    m_pipe = fds[1];
}

Guard::~Guard() { close(false); }

void Guard::finish() { close(true); }

bool Guard::alive() {
    int status = 0;
    if (!m_reaped && m_pid > 0 && waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_reaped = true;
    }
    return !m_reaped;
}

void Guard::close(bool clean) {
    if (m_pipe < 0) {
        return;
    }
    if (m_reaped) {  // nobody reads the pipe any more: writing would raise SIGPIPE
        ::close(m_pipe);
        m_pipe = -1;
        return;
    }
    if (clean) {
        [[maybe_unused]] auto written = write(m_pipe, &kClean, 1);
    }
    ::close(m_pipe);
    m_pipe = -1;
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
}

}  // namespace schedlab::real::detail
