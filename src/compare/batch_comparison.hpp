#pragma once
// Many scenario files under the same policies, on worker threads. Workers take files in input
// order from a shared counter; each file is loaded once, simulated under every policy and
// dropped, keeping only its rows. Rows and problems come back in input order whatever the
// number of workers, so the output is the same bytes with -j1 and -j8.

#include <atomic>
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "engine/workload.hpp"
#include "report/compare_report.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::compare {

struct BatchOptions {
    /// Worker threads; 0 = std::thread::hardware_concurrency(). Never more than the files.
    unsigned jobs = 0;
    /// Stop at the first bad file in input order: files after it are not started, and only its
    /// problems are kept.
    bool failFast = false;
    /// Called on the calling thread each time more files are done (done of total), and once at
    /// the end with done == total unless failFast stopped early.
    std::function<void(std::size_t done, std::size_t total)> progress;
    /// When given and it becomes true (from any thread), the files in progress stop and no
    /// further file is started: the result is then incomplete (files not compared have outcomes
    /// with nothing loaded and no problems), for a caller that drops it (the app's Cancel).
    const std::atomic<bool>* cancel = nullptr;
};

/// What happened to one input file.
struct FileOutcome {
    std::string file;
    bool loaded = false;  ///< false: the file could not be used; `problems` says why
    /// Errors, then warnings, formatted as `validate` prints them (FILE:LINE:COLUMN: ...).
    std::vector<std::string> problems;
    std::vector<report::CompareRow> rows;  ///< one per policy, in policy order
};

struct BatchResult {
    /// One per file that was started, in input order (with failFast: up to the first bad one).
    std::vector<FileOutcome> files;
    std::size_t badFiles = 0;

    /// Every row, file order then policy order.
    std::vector<report::CompareRow> rows() const;
};

/// Loads each file and compares it under `policies` (each file's own policy when empty). A file
/// that cannot be read or has errors is reported in its outcome; the others are still compared.
BatchResult compareFiles(std::span<const std::string> files,
                         std::span<const engine::PolicyConfig> policies,
                         const BatchOptions& options = {});

/// Loads one file and compares it: what each worker does for one task.
FileOutcome compareFile(const std::string& file, std::span<const engine::PolicyConfig> policies);
/// The same, stopping early (an outcome with nothing loaded and no problems) once `*cancel` is
/// true; `cancel` may be null.
FileOutcome compareFileUnless(const std::string& file,
                              std::span<const engine::PolicyConfig> policies,
                              const std::atomic<bool>* cancel);

}  // namespace schedlab::compare
