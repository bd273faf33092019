#pragma once
// Random workloads from a fixed seed (splitmix64), the same on every machine and every run.

#include <cstdint>
#include <string>

#include "engine/workload.hpp"

namespace schedlab::engine::test {

/// Sebastiano Vigna's splitmix64: tiny, fast and fully specified, unlike std:: distributions.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi] (the modulo bias is irrelevant for tests).
    Tick between(Tick lo, Tick hi) {
        return lo + static_cast<Tick>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }

private:
    std::uint64_t m_state;
};

struct WorkloadShape {
    Tick maxProcesses = 25;
    Tick maxArrival = 50;
    Tick maxCpuBursts = 4;
    Tick maxCpu = 20;
    Tick maxIo = 15;
    Tick maxPriority = 5;
};

/// Processes only; the caller sets the policy and machine.
inline Workload randomWorkload(std::uint64_t seed, const WorkloadShape& shape = {}) {
    SplitMix64 rng{seed};
    Workload w;
    w.name = "random " + std::to_string(seed);
    w.priorityOrder = rng.between(0, 1) ? PriorityOrder::LargerFirst : PriorityOrder::SmallerFirst;
    Tick count = rng.between(1, shape.maxProcesses);
    for (Tick i = 0; i < count; ++i) {
        ProcessSpec p{"P" + std::to_string(i),
                      rng.between(0, shape.maxArrival),
                      rng.between(0, shape.maxPriority),
                      {}};
        Tick bursts = rng.between(1, shape.maxCpuBursts);
        for (Tick b = 0; b < bursts; ++b) {
            if (b > 0) {
                p.bursts.push_back(rng.between(1, shape.maxIo));
            }
            p.bursts.push_back(rng.between(1, shape.maxCpu));
        }
        w.processes.push_back(std::move(p));
    }
    return w;
}

}  // namespace schedlab::engine::test
