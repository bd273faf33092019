#pragma once
// Reading and writing scenario files (docs/FORMAT.md). Bad input never throws: every problem
// comes back as a Diagnostic with the file, line and column of the offending value.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/workload.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::scenario {

enum class Severity { Error, Warning };

/// One problem with a scenario file. line and column are 1-based; columns count bytes, as in
/// yaml-cpp. line == 0 means the problem is with the file as a whole (e.g. it cannot be read).
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;
    Severity severity = Severity::Error;
    bool operator==(const Diagnostic&) const = default;
};

/// "FILE:LINE:COLUMN: error: WHAT" ("warning:" for warnings), or "FILE: error: WHAT" when
/// line == 0.
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// Where a value is in the file (1-based, bytes); {0, 0} when it is not in the file.
struct SourcePos {
    int line = 0;
    int column = 0;
    bool operator==(const SourcePos&) const = default;
};

/// Where each field of one process is, so that an editor can point at it.
struct ProcessSource {
    SourcePos name, arrival, priority, bursts;
    std::vector<SourcePos> burst;  ///< one per element of bursts
    SourcePos program, parent, daemon;
    std::vector<SourcePos> step;  ///< one per step of program
    bool operator==(const ProcessSource&) const = default;
};

struct LoadResult {
    std::optional<Scenario> workload;  ///< set only when there are no diagnostics
    std::vector<Diagnostic> diagnostics;       ///< every error, in file order
    /// Problems that do not stop loading, in file order: parameters of another policy, which
    /// the contract allows (its example gives mlfq rr's quantum) but the policy ignores.
    std::vector<Diagnostic> warnings;
    std::vector<ProcessSource> sources;  ///< one per process item, in file order
    std::vector<SourcePos> lockSources;   ///< the name of each lock, in file order
    std::vector<SourcePos> queueSources;  ///< the name of each queue, in file order
};

enum class Format { Auto, Yaml, Json };  ///< Auto: by extension (.json -> Json, else Yaml)

struct LoadOptions {
    /// Fill LoadResult::sources. Costs about 140 bytes per process; batch tools may skip it.
    bool collectSources = true;
};

/// Reads and checks a scenario file. A file that cannot be read gives one diagnostic at line 0
/// ("FILE: error: cannot read: REASON"). Files over 1 GiB are refused the same way.
LoadResult loadScenarioFile(const std::string& path, Format format = Format::Auto,
                            const LoadOptions& options = {});

/// Checks scenario text; fileName is only used in diagnostics. Format::Auto means Yaml here.
LoadResult parseScenario(std::string_view text, const std::string& fileName,
                         Format format = Format::Yaml, const LoadOptions& options = {});

/// The workload as a contract-conforming YAML file: deterministic (same workload, same bytes).
/// Only the parameters of the workload's policy are written, so parseScenario(toYaml(w)) gives
/// back a valid w with the other policies' parameters at their defaults. `exercise: true` is
/// written only for an exercise.
std::string toYaml(const engine::Workload& workload, bool exercise = false);
std::string toYaml(const Scenario& scenario);

/// The same as JSON (one process per line).
std::string toJson(const engine::Workload& workload, bool exercise = false);
std::string toJson(const Scenario& scenario);

}  // namespace schedlab::scenario
