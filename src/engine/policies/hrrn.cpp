// Highest response ratio next, non-preemptive: the ready process with the largest
// (waiting + burst) / burst, where waiting counts from when it last became ready and burst is its
// next CPU burst. Ties go to the earlier arrival, then the file order. The ratios change with
// time, so the queue is a kinetic tournament (O(log n) per decision), not a scan.
#include "engine/policies/kinetic_tournament.hpp"
#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

#include <algorithm>
#include <tuple>

namespace schedlab::engine {
namespace {

// __extension__: __int128 is a GCC/Clang extension, allowed here under -Wpedantic.
__extension__ using Wide = __int128;

// floor(a / b) for b > 0.
Wide floorDiv(Wide a, Wide b) { return a / b - ((a % b != 0) && (a < 0) ? 1 : 0); }

class Hrrn final : public Policy {
public:
    explicit Hrrn(const PolicyContext& context)
        : m_procs(context.processes),
          m_tree(context.processes.size(), {[this](Pid a, Pid b, Tick t) { return beats(a, b, t); },
                                            [this](Pid w, Pid l, Tick t) { return flip(w, l, t); }}) {}

    void add(Pid p, ReadyReason, Tick now) override {
        m_tree.insert(p, now);
        ++m_count;
    }
    bool hasReady() const override { return m_count > 0; }
    Pid take(Tick now) override {
        Pid p = m_tree.top(now);
        m_tree.erase(p, now);
        --m_count;
        return p;
    }
    void remove(Pid p, Tick now) override {
        if (m_tree.contains(p)) {
            m_tree.erase(p, now);
            --m_count;
        }
    }
    std::vector<std::vector<Pid>> readyQueues(Tick now) const override;
    std::int64_t key(Pid p, Tick now) const override {
        Wide waited = now - m_procs[p].readySince;
        Wide s = m_procs[p].burstLength;
        return static_cast<std::int64_t>(((waited + s) * 1000 + s / 2) / s);
    }

private:
    // (now - r + s) / s as a fraction: numerator, denominator s.
    Wide numerator(Pid p, Tick t) const {
        return Wide{t} - m_procs[p].readySince + m_procs[p].burstLength;
    }
    bool tieWinner(Pid a, Pid b) const {
        return std::tie(m_procs[a].arrival, a) < std::tie(m_procs[b].arrival, b);
    }
    bool beats(Pid a, Pid b, Tick t) const {
        Wide lhs = numerator(a, t) * m_procs[b].burstLength;
        Wide rhs = numerator(b, t) * m_procs[a].burstLength;
        return lhs > rhs || (lhs == rhs && tieWinner(a, b));
    }
    // First tick > t where loser l beats winner w. With g(x) = x * (sw - sl) - c, l's ratio
    // minus w's (times sw * sl) grows only when l has the shorter burst.
    Tick flip(Pid w, Pid l, Tick t) const {
        Wide sw = m_procs[w].burstLength;
        Wide sl = m_procs[l].burstLength;
        if (sw <= sl) {
            return kNever;
        }
        Wide c = (sw - m_procs[w].readySince) * sl - (sl - m_procs[l].readySince) * sw;
        Wide den = sw - sl;
        // l beats w when x * den > c, or x * den == c and l wins ties.
        Wide x = tieWinner(l, w) ? floorDiv(c + den - 1, den) : floorDiv(c, den) + 1;
        x = std::max<Wide>(x, Wide{t} + 1);
        return x >= Wide{kNever} ? kNever : static_cast<Tick>(x);
    }

    const std::vector<ProcessInfo>& m_procs;
    KineticTournament m_tree;
    size_t m_count = 0;
};

std::vector<std::vector<Pid>> Hrrn::readyQueues(Tick now) const {
    std::vector<Pid> ready;
    for (Pid p = 0; p < m_tree.capacity(); ++p) {
        if (m_tree.contains(p)) {
            ready.push_back(p);
        }
    }
    std::sort(ready.begin(), ready.end(), [&](Pid a, Pid b) { return beats(a, b, now); });
    return {ready};
}

std::unique_ptr<Policy> makeHrrn(const PolicyContext& context) {
    return std::make_unique<Hrrn>(context);
}

}  // namespace

const PolicyEntry& hrrnPolicy() {
    static const PolicyEntry entry{
        .name = "hrrn",
        .title = QT_TRANSLATE_NOOP("schedlab::engine", "Highest response ratio next"),
        .summary = QT_TRANSLATE_NOOP("schedlab::engine",
                                     "Runs the ready process with the largest (waiting + burst) / "
                                     "burst, to the end of its burst."),
        .rankedBy = RankedBy::ResponseRatio,
        .make = makeHrrn,
    };
    return entry;
}

}  // namespace schedlab::engine
