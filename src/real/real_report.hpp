#pragma once
// Text and JSON reports of a real run beside its simulation (schedlab-cli real).

#include <string>

#include "i18n/translate.hpp"
#include "real/comparison.hpp"

namespace schedlab::real {

/// The simulated and the real Gantt chart on one time axis (ms), the per-process table, the
/// summary, the notes and the largest differences in words, in `language`.
std::string writeRealText(const RealRun& run, const RealComparison& comparison,
                          i18n::Language language = i18n::Language::English);

/// summary (mode, mean_abs_completion_error_ms, same_order, ...), processes (each with
/// simulated, real, errors and kernel), notes and differences.
std::string writeRealJson(const RealRun& run, const RealComparison& comparison);

}  // namespace schedlab::real
