#pragma once
// Homework exercises in the manner of OSTEP's simulators: a small random scenario from a seed,
// the questions, and (with --solve) the worked answers with the scheduler's reasons. The same
// seed gives the same exercise on every machine: the numbers come from SplitMix64 with integer
// arithmetic only, and the policy is drawn from the registry's list (so a build with another
// list of policies may draw another one for the same seed).

#include <cstdint>
#include <optional>
#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"
#include "i18n/translate.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::authoring {

struct ExerciseOptions {
    std::uint64_t seed = 1;
    std::optional<std::int64_t> processes;       ///< empty: 3 to 5, drawn from the seed
    bool io = false;                             ///< some processes do I/O between CPU bursts
    std::optional<engine::PolicyConfig> policy;  ///< empty: drawn from the registry
    i18n::Language language = i18n::Language::English;  ///< of the scenario's name
};

inline constexpr std::int64_t kMaxExerciseProcesses = 26;  ///< a homework, not a workload

/// The exercise's scenario: processes P1..PN, one CPU, textbook rules, `exercise: true`.
/// The processes depend only on seed, processes and io, so adding --policy keeps them.
scenario::Scenario makeExercise(const ExerciseOptions& options);

/// The questions: the policy, the processes (and as a file), what to work out. `command` is the
/// command line that made the exercise, printed with --solve as the way to check.
std::string writeQuestions(const engine::Workload& workload, const std::string& command,
                           i18n::Language language);

/// The worked answers: the Gantt chart, each process's times with the averages, and every
/// decision with its reason.
std::string writeAnswers(const engine::Workload& workload, const engine::SimulationResult& result,
                         i18n::Language language);

}  // namespace schedlab::authoring
