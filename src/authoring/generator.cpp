#include "authoring/generator.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace schedlab::authoring {
namespace {

using engine::Tick;

std::optional<Tick> parseTick(std::string_view text) {
    Tick value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

std::vector<Tick> arrivals(SplitMix64& random, std::int64_t count, Tick spread) {
    std::vector<Tick> out(static_cast<std::size_t>(count));
    for (auto& arrival : out) {
        arrival = random.between(0, spread);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Tick> bursts(SplitMix64& random, const GenerateOptions& options) {
    std::int64_t cpuBursts = 1;
    if (random.chance(options.ioShare)) {
        cpuBursts = random.between(options.cpuBursts.min, options.cpuBursts.max);
    }
    std::vector<Tick> out;
    out.reserve(static_cast<std::size_t>(2 * cpuBursts - 1));
    for (std::int64_t i = 0; i < cpuBursts; ++i) {
        if (i > 0) {
            out.push_back(random.between(options.io.min, options.io.max));
        }
        out.push_back(random.between(options.burst.min, options.burst.max));
    }
    return out;
}

}  // namespace

std::uint64_t SplitMix64::next() {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::int64_t SplitMix64::between(std::int64_t min, std::int64_t max) {
    auto span = static_cast<std::uint64_t>(max) - static_cast<std::uint64_t>(min) + 1;
    std::uint64_t offset = span == 0 ? next() : next() % span;
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(min) + offset);
}

bool SplitMix64::chance(double p) {
    constexpr double kTwo53 = 9007199254740992.0;
    auto threshold = static_cast<std::uint64_t>(std::clamp(p, 0.0, 1.0) * kTwo53);
    return (next() >> 11) < threshold;
}

std::optional<TickRange> parseTickRange(std::string_view text) {
    auto dash = text.find('-');
    auto min = parseTick(text.substr(0, dash));
    auto max = dash == std::string_view::npos ? min : parseTick(text.substr(dash + 1));
    if (!min || !max || *min < 1 || *max < *min) {
        return std::nullopt;
    }
    return TickRange{*min, *max};
}

engine::Workload generateWorkload(const GenerateOptions& options) {
    SplitMix64 random(options.seed);
    engine::Workload workload;
    workload.name = "Random scenario (seed " + std::to_string(options.seed) + ", " +
                    std::to_string(options.processes) + " processes)";
    Tick spread = options.arrivalSpread.value_or(10 * options.processes);
    auto times = arrivals(random, options.processes, std::max<Tick>(spread, 0));
    workload.processes.resize(times.size());
    for (std::size_t p = 0; p < times.size(); ++p) {
        auto& process = workload.processes[p];
        process.name = "P" + std::to_string(p + 1);
        process.arrival = times[p];
        process.bursts = bursts(random, options);
        process.priority = random.between(1, 5);
    }
    return workload;
}

}  // namespace schedlab::authoring
