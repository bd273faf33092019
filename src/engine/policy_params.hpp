#pragma once
// What a policy declares about itself: its parameters (name, type, range, default, help), its
// capabilities and what the number behind its decisions means. The SPEC parser, the file reader
// and writer, validation, the app's policy panel and the explanations all work from these.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/limits.hpp"
#include "engine/types.hpp"

namespace schedlab::engine {

/// One level of a multilevel queue. Levels are listed highest priority first.
struct MlfqLevel {
    std::optional<Tick> quantum;    ///< ticks per quantum; empty = no quantum (run the burst out)
    std::optional<int> allotment;   ///< full quanta allowed at this level; empty = never demote
    bool operator==(const MlfqLevel&) const = default;
};

/// Ticks: a whole number in [min, max]. Flag: true or false. Levels: a list of MlfqLevel, written
/// `levels: [{quantum: 2, allotment: 1}, ...]` in files and `quanta=2/4,allotments=1/1` in SPECs.
enum class ParamType : std::uint8_t { Ticks, Flag, Levels };

/// When a parameter is written out: Always (files and SPECs, even at its default), InFiles
/// (files always, SPECs only when not the default: the contract's keys), WhenSet (only when not
/// the default: extensions, so that older files and SPECs stay as they were).
enum class ParamShown : std::uint8_t { Always, InFiles, WhenSet };

using ParamValue = std::variant<Tick, bool, std::vector<MlfqLevel>>;

struct ParamSpec {
    std::string_view name = {};  ///< as in files and SPECs, e.g. "quantum"
    ParamType type = ParamType::Ticks;
    std::string_view label = {};  ///< for a form, translatable: "Quantum"
    std::string_view help = {};   ///< one sentence, translatable
    Tick min = 0;             ///< Ticks only
    Tick max = kMaxSetting;   ///< Ticks only
    Tick defaultTicks = 0;
    bool defaultFlag = false;
    std::span<const MlfqLevel> defaultLevels = {};
    std::string_view zeroText = {};   ///< what 0 means, shown instead of it: "Never", "Off"
    ParamShown shown = ParamShown::Always;

    ParamValue defaultValue() const;
};

/// What a policy ranks ready processes by: the meaning of the number behind a dispatch or
/// preemption (Decision::value).
enum class RankedBy : std::uint8_t {
    QueueOrder,     ///< nothing: first in the ready queue
    NextBurst,      ///< length of the next CPU burst
    Remaining,      ///< ticks left in the current CPU burst
    Priority,       ///< the (effective) priority, in the file's convention
    ResponseRatio,  ///< (waiting + burst) / burst, in thousandths
    Level,          ///< the multilevel queue level, 0 = top
};

struct PolicyCapabilities {
    bool preemptive = false;   ///< may take the CPU from a running process
    bool quantum = false;      ///< has one time quantum, the parameter "quantum"
    bool levels = false;       ///< has several ready queues (levels), the parameter "levels"
    bool priorities = false;   ///< orders by the processes' priorities
};

}  // namespace schedlab::engine
