#pragma once
// Random scenarios for `generate`. The same options give the same workload on every machine:
// the numbers come from our own splitmix64 and plain integer arithmetic, never from <random>'s
// distributions, whose output differs between standard libraries.

#include <cstdint>
#include <optional>
#include <string_view>

#include "engine/workload.hpp"

namespace schedlab::authoring {

/// An inclusive range of ticks, written MIN-MAX on the command line.
struct TickRange {
    engine::Tick min = 1;
    engine::Tick max = 1;
    bool operator==(const TickRange&) const = default;
};

struct GenerateOptions {
    std::int64_t processes = 10;
    std::uint64_t seed = 1;
    TickRange burst{1, 10};     ///< length of each CPU burst
    TickRange io{1, 10};        ///< length of each I/O burst
    double ioShare = 0.3;       ///< probability that a process does I/O (0..1)
    TickRange cpuBursts{2, 4};  ///< CPU bursts of a process that does I/O (I/O between them)
    /// Arrivals are uniform in [0, spread]; empty = 10 x processes.
    std::optional<engine::Tick> arrivalSpread;
};

/// Parses "MIN-MAX" (or "N" for N-N) with 1 <= MIN <= MAX.
std::optional<TickRange> parseTickRange(std::string_view text);

/// Processes P1..PN in order of arrival, priority 1..5, one CPU, policy fcfs.
engine::Workload generateWorkload(const GenerateOptions& options);

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast and the same everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    /// Uniform in [min, max] (modulo reduction: a negligible bias, but portable).
    std::int64_t between(std::int64_t min, std::int64_t max);
    /// True with probability p, decided on 53 bits.
    bool chance(double p);

private:
    std::uint64_t m_state;
};

}  // namespace schedlab::authoring
