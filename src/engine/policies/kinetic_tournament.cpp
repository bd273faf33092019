#include "engine/policies/kinetic_tournament.hpp"

#include <algorithm>

namespace schedlab::engine {

KineticTournament::KineticTournament(size_t capacity, Lines lines)
    : m_capacity(capacity), m_lines(std::move(lines)) {
    while (m_size < std::max<size_t>(capacity, 1)) {
        m_size *= 2;
    }
    m_winner.assign(2 * m_size, kNoProcess);
    m_flip.assign(2 * m_size, kNever);
    m_minFlip.assign(2 * m_size, kNever);
}

void KineticTournament::insert(Pid p, Tick now) {
    advance(now);
    m_winner[m_size + p] = p;
    updatePath(m_size + p, now);
}

void KineticTournament::erase(Pid p, Tick now) {
    advance(now);
    m_winner[m_size + p] = kNoProcess;
    updatePath(m_size + p, now);
}

Pid KineticTournament::top(Tick now) {
    advance(now);
    return m_winner[1];
}

void KineticTournament::advance(Tick now) {
    if (m_minFlip[1] <= now) {
        fix(1, now);
    }
}

void KineticTournament::fix(size_t node, Tick now) {
    if (node >= m_size || m_minFlip[node] > now) {
        return;
    }
    fix(2 * node, now);
    fix(2 * node + 1, now);
    recompute(node, now);
}

void KineticTournament::recompute(size_t node, Tick now) {
    Pid a = m_winner[2 * node];
    Pid b = m_winner[2 * node + 1];
    Pid winner = a;
    Tick flip = kNever;
    if (a == kNoProcess || b == kNoProcess) {
        winner = a == kNoProcess ? b : a;
    } else {
        winner = m_lines.beats(a, b, now) ? a : b;
        flip = m_lines.flipTime(winner, winner == a ? b : a, now);
    }
    m_winner[node] = winner;
    m_flip[node] = flip;
    m_minFlip[node] = std::min({flip, m_minFlip[2 * node], m_minFlip[2 * node + 1]});
}

void KineticTournament::updatePath(size_t leaf, Tick now) {
    for (size_t node = leaf / 2; node >= 1; node /= 2) {
        recompute(node, now);
    }
}

}  // namespace schedlab::engine
