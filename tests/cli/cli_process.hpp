#pragma once
// Running the built schedlab-cli from tests, with scenario files in a temporary directory.

#include <cstddef>
#include <filesystem>
#include <string>

namespace schedlab::cli::testing {

struct CliRun {
    int status = -1;  ///< exit status, -1 if the process did not exit normally
    std::string out;
    std::string err;
};

/// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::filesystem::path path(const std::string& name) const { return m_path / name; }
    /// Writes `text` to `name` and returns the file's path as a shell-quoted string.
    std::string write(const std::string& name, const std::string& text) const;
    /// The shell-quoted path of `name`.
    std::string arg(const std::string& name) const;

private:
    std::filesystem::path m_path;
};

/// Single-quotes `text` for /bin/sh.
std::string shellQuote(const std::string& text);

/// Runs `schedlab-cli ARGS` (ARGS already quoted) and collects its exit status and output. With
/// `locale` ("LANG=zh_CN.UTF-8", ...), the locale variables are only those.
CliRun runCli(const std::string& args, const std::string& locale = "");

/// runCli with the address space capped at `bytes` (prlimit --as): memory tests fail by running
/// out, never by a timer (#13).
CliRun runCliWithin(std::size_t bytes, const std::string& args);

std::string readFile(const std::filesystem::path& path);

/// The textbook round robin (P1 24, P2 3, P3 3 at 0) with the given policy block.
std::string textbookScenario(const std::string& policyYaml = "policy: {name: rr, quantum: 4}");

/// A file with two errors: a negative arrival at 4:14 and a zero burst at 5:17.
std::string badScenario();

}  // namespace schedlab::cli::testing
