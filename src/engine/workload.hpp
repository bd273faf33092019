#pragma once
// The input of one simulation: machine settings, policy and processes. The scenario library
// fills it from files; the engine never reads files itself.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/types.hpp"

namespace schedlab::engine {

/// Which order simultaneous happenings are applied in (see docs/RULES.md).
enum class Rules : std::uint8_t { Textbook, Ostep };
/// Whether priority 1 beats priority 5 (SmallerFirst, the default) or the reverse.
enum class PriorityOrder : std::uint8_t { SmallerFirst, LargerFirst };

/// One MLFQ level. Levels are listed highest priority first.
struct MlfqLevel {
    std::optional<Tick> quantum;    ///< ticks per quantum; empty = no quantum (run the burst out)
    std::optional<int> allotment;   ///< full quanta allowed at this level; empty = never demote
    bool operator==(const MlfqLevel&) const = default;
};

/// A policy and every parameter any policy takes; each policy reads only its own.
struct PolicyConfig {
    std::string name = "fcfs";   ///< fcfs sjf srtf priority priority-p hrrn rr mlfq
    Tick quantum = 4;            ///< rr
    std::vector<MlfqLevel> levels = defaultMlfqLevels();  ///< mlfq
    Tick boost = 0;              ///< mlfq: period of the priority boost; 0 = never
    bool resetOnIo = false;      ///< mlfq
    bool ioToFront = false;      ///< mlfq
    Tick aging = 0;              ///< priority, priority-p: ticks of waiting worth one level; 0 = off

    static std::vector<MlfqLevel> defaultMlfqLevels() { return {{2, 1}, {4, 1}, {8, 1}}; }
    bool operator==(const PolicyConfig&) const = default;
};

struct ProcessSpec {
    std::string name;
    Tick arrival = 0;
    std::int64_t priority = 0;
    std::vector<Tick> bursts;   ///< CPU, I/O, CPU, ...: odd length, all > 0
};

struct Workload {
    std::string name;
    int cpus = 1;
    Tick contextSwitch = 0;     ///< ticks a CPU spends switching to a different process
    bool multiprogramming = true;
    Rules rules = Rules::Textbook;
    PriorityOrder priorityOrder = PriorityOrder::SmallerFirst;
    PolicyConfig policy;
    std::vector<ProcessSpec> processes;
};

}  // namespace schedlab::engine
