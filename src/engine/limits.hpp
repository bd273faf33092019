#pragma once
// Every limit on a scenario, defined once: the engine's validation, the file readers and the app's
// fields all use these.

#include <cstdint>

#include "engine/types.hpp"

namespace schedlab::engine {

/// Every time value, and every sum of them the simulation can form from one scenario, stays below
/// this, so the engine can add a few of them without overflowing a Tick.
inline constexpr Tick kTimeLimit = Tick{1} << 62;
/// The largest arrival, burst or priority magnitude a scenario may hold.
inline constexpr Tick kMaxTime = kTimeLimit - 1;
/// The largest value of a duration setting: context switch, quantum, boost period, aging.
inline constexpr Tick kMaxSetting = Tick{1} << 40;
inline constexpr int kMaxCpus = 1024;
inline constexpr int kMaxLevels = 64;
inline constexpr Tick kMaxAllotment = 1'000'000'000;

}  // namespace schedlab::engine
