#pragma once
// The flags of `schedlab-cli export`, shared by schedlab-cli (which checks them and the scenario
// file, then hands over) and schedlab-export (the Qt program that draws), so that both accept
// exactly the same command line. No Qt here: schedlab-cli must start without loading Qt.

#include <optional>
#include <string>
#include <vector>

#include "engine/workload.hpp"

namespace CLI {
class App;
}

namespace schedlab::console {

struct ExportOptions {
    std::string file;
    std::string output;
    std::string policy;    ///< SPEC overriding the file's; empty = the file's
    std::string policies;  ///< compare: SPEC,SPEC,...; empty = the Compare tab's default
    std::string chart = "gantt";
    std::string size;      ///< WxH; empty = the preset's
    std::string preset = "slide";
    std::string theme = "light";
    std::string title;
    std::string lang;
    double dpi = 0;        ///< 0 = the preset's
    long long at = -1;     ///< the instant (states) or the cursor; -1 = none
};

/// The chart kinds, as --chart accepts them.
const std::vector<std::string>& exportChartNames();

/// Adds the FILE argument and every flag of export to `app`, filling `options`.
void addExportOptions(CLI::App& app, ExportOptions& options);

/// Checks what the flags' own validators cannot (the output's extension, the size); prints
/// "schedlab-cli: error: ..." for the first problem and returns false.
bool checkExportOptions(const ExportOptions& options);

/// What the chart is drawn from: the scenario (with --policy applied) and, for compare, the
/// policies to compare.
struct ExportInput {
    engine::Workload workload;
    std::vector<engine::PolicyConfig> policies;
};

/// Loads the file and parses the policies, printing every problem (FILE:LINE:COLUMN for the
/// file); nothing when the input is bad. --chart levels needs an mlfq policy.
std::optional<ExportInput> loadExportInput(const ExportOptions& options);

/// The options as command-line arguments again (FILE first, then only the flags that differ
/// from their defaults), to hand them to schedlab-export.
std::vector<std::string> exportArguments(const ExportOptions& options);

}  // namespace schedlab::console
