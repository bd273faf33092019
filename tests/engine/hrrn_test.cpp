// HRRN keeps its ready queue in a kinetic tournament; this checks it against a direct scan that
// recomputes every response ratio at every decision.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <tuple>

#include "engine_test_support.hpp"
#include "random_workload.hpp"

namespace schedlab::engine::test {
namespace {

struct Dispatch {
    int cpu;
    Pid process;
    Tick start;
    Tick end;
    bool operator==(const Dispatch&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Dispatch& d) {
    return out << "cpu " << d.cpu << " P" << d.process << " " << d.start << "-" << d.end;
}

// Brute-force HRRN (no context switch, multiprogramming on): at each instant, bursts that end
// leave their CPU; processes arriving or back from I/O become ready; then idle CPUs in number
// order take the ready process with the highest (now - readySince + burst) / burst, ties to the
// earlier arrival, then the file order.
class BruteHrrn {
public:
    explicit BruteHrrn(const Workload& w)
        : m_w(w),
          m_burst(w.processes.size(), 0),
          m_since(w.processes.size(), 0),
          m_readyAt(w.processes.size()),
          m_ready(w.processes.size(), false),
          m_cpus(static_cast<size_t>(w.cpus), {kNoProcess, 0}) {
        for (size_t p = 0; p < w.processes.size(); ++p) {
            m_readyAt[p] = w.processes[p].arrival;
        }
    }

    std::vector<Dispatch> run() {
        for (Tick t = nextInstant(); t != kNever; t = nextInstant()) {
            finishBursts(t);
            admit(t);
            fillCpus(t);
        }
        return m_out;
    }

private:
    Tick burstOf(Pid p) const { return m_w.processes[p].bursts[m_burst[p]]; }

    Tick nextInstant() const {
        Tick t = kNever;
        for (Pid p = 0; p < m_readyAt.size(); ++p) {
            t = std::min(t, m_readyAt[p]);
        }
        for (const auto& [p, end] : m_cpus) {
            t = p == kNoProcess ? t : std::min(t, end);
        }
        return t;
    }

    void finishBursts(Tick t) {
        for (auto& [p, end] : m_cpus) {
            if (p == kNoProcess || end != t) {
                continue;
            }
            const auto& bursts = m_w.processes[p].bursts;
            if (m_burst[p] + 1 < bursts.size()) {
                m_readyAt[p] = t + bursts[m_burst[p] + 1];
                m_burst[p] += 2;
            }
            p = kNoProcess;
        }
    }

    void admit(Tick t) {
        for (Pid p = 0; p < m_readyAt.size(); ++p) {
            if (m_readyAt[p] == t) {
                m_ready[p] = true;
                m_since[p] = t;
                m_readyAt[p] = kNever;
            }
        }
    }

    // Whether a's response ratio at t beats b's, exactly: (t - ra + sa) / sa vs (t - rb + sb) / sb.
    bool beats(Pid a, Pid b, Tick t) const {
        Tick lhs = (t - m_since[a] + burstOf(a)) * burstOf(b);
        Tick rhs = (t - m_since[b] + burstOf(b)) * burstOf(a);
        auto arrival = [&](Pid p) { return m_w.processes[p].arrival; };
        return lhs > rhs ||
               (lhs == rhs && std::make_pair(arrival(a), a) < std::make_pair(arrival(b), b));
    }

    void fillCpus(Tick t) {
        for (size_t c = 0; c < m_cpus.size(); ++c) {
            if (m_cpus[c].first != kNoProcess) {
                continue;
            }
            Pid best = kNoProcess;
            for (Pid p = 0; p < m_ready.size(); ++p) {
                best = m_ready[p] && (best == kNoProcess || beats(p, best, t)) ? p : best;
            }
            if (best == kNoProcess) {
                return;
            }
            m_ready[best] = false;
            m_cpus[c] = {best, t + burstOf(best)};
            m_out.push_back({static_cast<int>(c), best, t, t + burstOf(best)});
        }
    }

    const Workload& m_w;
    std::vector<size_t> m_burst;  // index of the current or next CPU burst
    std::vector<Tick> m_since;    // when it last became ready
    std::vector<Tick> m_readyAt;  // when it next becomes ready; kNever if not pending
    std::vector<bool> m_ready;
    std::vector<std::pair<Pid, Tick>> m_cpus;  // running process and when its burst ends
    std::vector<Dispatch> m_out;
};

std::vector<Dispatch> engineDispatches(const Workload& w) {
    std::vector<Dispatch> out;
    for (const auto& s : simulate(w).slices) {
        out.push_back({s.cpu, s.process, s.start, s.end});
    }
    std::sort(out.begin(), out.end(), [](const Dispatch& a, const Dispatch& b) {
        return std::tie(a.start, a.cpu) < std::tie(b.start, b.cpu);
    });
    return out;
}

Workload hrrnWorkload(std::uint64_t seed, const WorkloadShape& shape) {
    Workload w = randomWorkload(seed, shape);
    SplitMix64 rng{seed ^ 0x4852524eULL};
    w.policy = policy("hrrn");
    w.cpus = static_cast<int>(rng.between(1, 3));
    w.rules = rng.between(0, 1) ? Rules::Ostep : Rules::Textbook;
    return w;
}

void expectSameAsBruteForce(const WorkloadShape& shape, std::uint64_t firstSeed, int count) {
    for (std::uint64_t seed = firstSeed; seed < firstSeed + count; ++seed) {
        Workload w = hrrnWorkload(seed, shape);
        ASSERT_EQ(engineDispatches(w), BruteHrrn{w}.run()) << w.name << " on " << w.cpus << " CPUs";
    }
}

TEST(Hrrn, MatchesBruteForceOnSparseWorkloads) {
    expectSameAsBruteForce({.maxProcesses = 25, .maxArrival = 200}, 1000, 200);
}

// Many processes arriving together queue up long, so their ratios cross often.
TEST(Hrrn, MatchesBruteForceOnCrowdedWorkloads) {
    expectSameAsBruteForce(
        {.maxProcesses = 80, .maxArrival = 30, .maxCpuBursts = 5, .maxCpu = 40, .maxIo = 60}, 5000,
        200);
}

// Equal ratios everywhere: same bursts, same arrival, so every decision is a tie.
TEST(Hrrn, MatchesBruteForceOnTies) {
    expectSameAsBruteForce(
        {.maxProcesses = 30, .maxArrival = 2, .maxCpuBursts = 3, .maxCpu = 2, .maxIo = 2}, 9000,
        200);
}

}  // namespace
}  // namespace schedlab::engine::test
