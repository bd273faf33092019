#pragma once
// One workload under several policies, summaries only: the comparison that `schedlab-cli
// compare` runs for each file and the app's comparison tab runs for the open scenario.

#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "engine/workload.hpp"
#include "report/compare_report.hpp"

namespace schedlab::compare {

/// Called now and then with the share of the comparison done (0..1); return false to cancel.
/// Called on the thread that runs the comparison.
using ProgressCallback = std::function<bool(double)>;

/// Simulates `workload` once per policy, in the order given (under its own policy when
/// `policies` is empty), recording nothing but the summary. Each row has the workload's name
/// as `scenario`, the canonical SPEC that ran as `policy` and an empty `file`. Empty when
/// `progress` cancelled. The workload must be valid (engine::validateWorkload returns nothing);
/// it is taken by value so that callers that are done with it can move it in.
std::optional<std::vector<report::CompareRow>> compareWorkload(
    engine::Workload workload, std::span<const engine::PolicyConfig> policies,
    const ProgressCallback& progress = {});

}  // namespace schedlab::compare
