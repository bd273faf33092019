#pragma once
// Runs a piece of a test in a child process whose address space is capped (RLIMIT_AS), so that a
// test of memory use fails by running out, never by a timer (#13). Under AddressSanitizer, which
// reserves terabytes of address space, the child runs without the cap.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>

namespace schedlab::testing {

inline constexpr std::size_t kOneGiB = std::size_t{1} << 30;

/// What `work` returned, run in a child limited to `bytes` of address space; empty when the
/// child ran out of memory (std::bad_alloc, or killed) or failed otherwise.
inline std::optional<std::string> withinMemory([[maybe_unused]] std::size_t bytes,
                                               const std::function<std::string()>& work) {
    int fds[2];
    if (pipe(fds) != 0) {
        return std::nullopt;
    }
    pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
#if !defined(__SANITIZE_ADDRESS__)
        rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_AS, &limit);
#endif
        int status = 1;
        try {
            std::string out = work();
            status = write(fds[1], out.data(), out.size()) == static_cast<ssize_t>(out.size()) ? 0 : 1;
        } catch (const std::exception&) {
            status = 2;
        }
        _exit(status);
    }
    close(fds[1]);
    std::string out;
    char chunk[4096];
    for (ssize_t got; (got = read(fds[0], chunk, sizeof chunk)) > 0;) {
        out.append(chunk, static_cast<std::size_t>(got));
    }
    close(fds[0]);
    int status = 0;
    bool exited = child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status);
    return exited && WEXITSTATUS(status) == 0 ? std::optional(out) : std::nullopt;
}

}  // namespace schedlab::testing
