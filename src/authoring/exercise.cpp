#include "authoring/exercise.hpp"

#include <algorithm>

#include "authoring/generator.hpp"
#include "engine/explain.hpp"
#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::authoring {
namespace {

using engine::Tick;

constexpr Tick kMaxGap = 4;      // between two arrivals: spread, but the queue fills up
constexpr Tick kMaxBurst = 9;    // CPU bursts 1..9: a chart drawn by hand
constexpr Tick kMaxIoBurst = 6;  // with --io: CPU and I/O bursts 1..6
constexpr std::int64_t kMaxPriority = 5;
constexpr const char* kExerciseName = QT_TRANSLATE_NOOP("schedlab::exercise", "Exercise (seed %1)");

std::vector<Tick> exerciseBursts(SplitMix64& random, bool io) {
    // With --io, two processes in three alternate CPU, I/O, CPU.
    if (io && random.between(0, 2) != 0) {
        return {random.between(1, kMaxIoBurst), random.between(1, kMaxIoBurst),
                random.between(1, kMaxIoBurst)};
    }
    return {random.between(1, io ? kMaxIoBurst : kMaxBurst)};
}

// A registered policy with its parameters at their defaults, except a quantum, which is drawn
// from 2 up to its default so that the chart stays short but the quantum matters.
engine::PolicyConfig randomPolicy(SplitMix64& random) {
    auto entries = engine::policyEntries();
    const auto& entry = entries[static_cast<std::size_t>(
        random.between(0, static_cast<std::int64_t>(entries.size()) - 1))];
    engine::PolicyConfig policy{std::string(entry.name)};
    const engine::ParamSpec* quantum = entry.can.quantum ? entry.param("quantum") : nullptr;
    if (quantum != nullptr && quantum->type == engine::ParamType::Ticks) {
        Tick low = std::max<Tick>(quantum->min, 2);
        Tick high = std::clamp(quantum->defaultTicks, low, std::max(low, quantum->max));
        policy.set("quantum", random.between(low, high));
    }
    return policy;
}

}  // namespace

scenario::Scenario makeExercise(const ExerciseOptions& options) {
    SplitMix64 random(options.seed);
    std::int64_t count = options.processes.value_or(random.between(3, 5));
    scenario::Scenario workload;
    auto name = i18n::translate("schedlab::exercise", kExerciseName, options.language);
    workload.name = engine::fill(name, {std::to_string(options.seed)});
    workload.exercise = true;
    Tick arrival = 0;
    for (std::int64_t p = 0; p < count; ++p) {
        engine::ProcessSpec process;
        process.name = "P" + std::to_string(p + 1);
        process.arrival = arrival;
        process.bursts = exerciseBursts(random, options.io);
        process.priority = random.between(1, kMaxPriority);
        arrival += random.between(0, kMaxGap);
        workload.processes.push_back(std::move(process));
    }
    workload.policy = options.policy ? *options.policy : randomPolicy(random);
    return workload;
}

}  // namespace schedlab::authoring
