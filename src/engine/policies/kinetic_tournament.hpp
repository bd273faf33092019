#pragma once
// The maximum of many values that grow linearly with time, each at its own rate, with insertions
// and removals: a kinetic tournament tree (Basch, Guibas and Hershberger). Every internal node
// keeps the winner of its two children now and the first tick at which that result flips; moving
// time forward re-plays only the nodes whose result flipped. Queries must come in non-decreasing
// time order. O(log n) per insert, erase and query, plus the flips, O(log n) each.
//
// Used by HRRN: the response ratio (now - readySince + burst) / burst is such a line.

#include <functional>
#include <vector>

#include "engine/types.hpp"

namespace schedlab::engine {

class KineticTournament {
public:
    /// value(p, t) compared through beats(a, b, t): whether a's value at t is strictly higher or
    /// equal and a wins the tie. flipTime(winner, loser, t) is the first tick > t at which the
    /// loser beats the winner, or kNever.
    struct Lines {
        std::function<bool(Pid, Pid, Tick)> beats;
        std::function<Tick(Pid, Pid, Tick)> flipTime;
    };

    KineticTournament(size_t capacity, Lines lines);

    void insert(Pid p, Tick now);
    void erase(Pid p, Tick now);
    bool empty() const { return m_winner[1] == kNoProcess; }
    /// The process with the highest value at `now`.
    Pid top(Tick now);
    bool contains(Pid p) const { return m_winner[m_size + p] == p; }
    size_t capacity() const { return m_capacity; }

private:
    void advance(Tick now);
    void fix(size_t node, Tick now);
    void recompute(size_t node, Tick now);
    void updatePath(size_t leaf, Tick now);

    size_t m_capacity;
    size_t m_size = 1;
    Lines m_lines;
    std::vector<Pid> m_winner;    // per node; kNoProcess when its subtree is empty
    std::vector<Tick> m_flip;     // per node: when its own result flips
    std::vector<Tick> m_minFlip;  // per node: earliest flip in its subtree
};

}  // namespace schedlab::engine
