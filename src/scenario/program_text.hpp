#pragma once
// One step of a program as people type it (CONTRACT section 4): "cpu 5", "io 0", "start buyer1",
// "lock ticket", "exit". The file readers read each item of `program:` with it; an editor cell
// can use the same notation. Step words are matched without regard to case.

#include <string>
#include <string_view>
#include <variant>

#include "engine/workload.hpp"

namespace schedlab::scenario {

/// A step whose name is not looked up yet: which process, lock or queue it means is known only
/// once the whole file is read.
struct StepText {
    engine::StepKind kind = engine::StepKind::Cpu;  ///< Join also for `join Q` of a queue
    engine::Tick ticks = 0;                         ///< cpu and io
    std::string_view name;                          ///< the rest of the text, trimmed
};

/// The step, or a sentence saying what is wrong with it, e.g. "unknown step 'strat b' (did you
/// mean 'start'?)" or "'cpu 0': a cpu step takes 1 tick or more".
std::variant<StepText, std::string> parseStep(std::string_view text);

}  // namespace schedlab::scenario
