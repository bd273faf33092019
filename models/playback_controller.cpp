#include "models/playback_controller.hpp"

#include <algorithm>
#include <cmath>

namespace schedlab::models {
namespace {

constexpr int kMinIntervalMs = 40;  // about 25 frames per second at most

engine::SimulationOptions replayOptions() {
    engine::SimulationOptions options;  // the finished run already holds the logs
    options.recordSlices = false;
    options.recordEvents = false;
    options.recordDecisions = false;
    return options;
}

}  // namespace

PlaybackController::PlaybackController(QObject* parent) : QObject(parent) {
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::advance);
    updateInterval();
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::setRun(RunPtr run) {
    pause();
    m_sim.reset();  // it refers to the old run's workload
    m_run = std::move(run);
    collectInstants();
    m_time = startTime();
    m_stateValid = false;
    emit runChanged();
    emit timeChanged(m_time);
}

void PlaybackController::collectInstants() {
    m_instants.clear();
    if (!m_run) {
        return;
    }
    // Both logs are in time order (result.hpp), so the instants are their merge: linear, which
    // matters for a million processes. A boost changes levels without state changes.
    const auto& result = m_run->result;
    std::vector<engine::Tick> events;
    events.reserve(result.events.size());
    for (const auto& e : result.events) {
        if (events.empty() || events.back() != e.time) {
            events.push_back(e.time);
        }
    }
    std::vector<engine::Tick> decisions;
    for (const auto& d : result.decisions) {
        if (decisions.empty() || decisions.back() != d.time) {
            decisions.push_back(d.time);
        }
    }
    m_instants.resize(events.size() + decisions.size());
    auto end = std::set_union(events.begin(), events.end(), decisions.begin(), decisions.end(),
                              m_instants.begin());
    m_instants.erase(end, m_instants.end());
    m_instants.shrink_to_fit();
}

engine::Tick PlaybackController::startTime() const {
    return m_limit ? std::min<engine::Tick>(0, *m_limit) : 0;
}

engine::Tick PlaybackController::endTime() const {
    engine::Tick end = m_instants.empty() ? 0 : std::max<engine::Tick>(0, m_instants.back());
    return m_limit ? std::min(end, std::max(*m_limit, startTime())) : end;
}

void PlaybackController::setTimeLimit(std::optional<engine::Tick> limit) {
    if (limit == m_limit) {
        return;
    }
    m_limit = limit;
    emit limitChanged();
    auto clamped = std::clamp(m_time, startTime(), endTime());
    if (clamped != m_time) {
        pause();
        setTime(clamped);
    }
}

const InstantState& PlaybackController::state() const {
    if (m_stateValid) {
        return m_state;
    }
    if (!m_run) {
        m_state = InstantState{};
        m_state.time = m_time;
    } else {
        if (!m_sim || m_sim->now() > m_time) {  // the engine only goes forward
            // Shares the run's workload (no copy) and keeps it alive as long as the replay.
            std::shared_ptr<const engine::Workload> workload(m_run, &m_run->workload);
            m_sim = std::make_unique<engine::Simulation>(std::move(workload), replayOptions());
        }
        m_sim->runUntil(m_time);
        m_state = captureInstant(*m_sim, *m_run, m_time);
    }
    m_stateValid = true;
    return m_state;
}

void PlaybackController::setTime(engine::Tick time) {
    time = std::clamp(time, startTime(), endTime());
    if (time == m_time) {
        return;
    }
    m_time = time;
    m_stateValid = false;
    emit timeChanged(m_time);
}

void PlaybackController::stepForward() {
    auto next = std::upper_bound(m_instants.begin(), m_instants.end(), m_time);
    if (next != m_instants.end()) {
        setTime(*next);
    }
}

void PlaybackController::stepBack() {
    auto next = std::lower_bound(m_instants.begin(), m_instants.end(), m_time);
    setTime(next == m_instants.begin() ? startTime() : *std::prev(next));
}

void PlaybackController::jumpTo(engine::Tick time) { setTime(time); }

void PlaybackController::toStart() { setTime(startTime()); }

void PlaybackController::toEnd() { setTime(endTime()); }

void PlaybackController::play() {
    if (isPlaying() || !m_run) {
        return;
    }
    if (atEnd()) {
        toStart();
    }
    m_carry = 0;
    m_timer.start();
    emit playingChanged(true);
}

void PlaybackController::pause() {
    if (!isPlaying()) {
        return;
    }
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackController::togglePlay() { isPlaying() ? pause() : play(); }

void PlaybackController::setSpeed(double perSecond) {
    perSecond = std::clamp(perSecond, 0.1, 100000.0);
    if (perSecond == m_speed) {
        return;
    }
    m_speed = perSecond;
    updateInterval();
    emit speedChanged(m_speed);
}

void PlaybackController::setPlayMode(PlayMode mode) {
    m_mode = mode;
    m_carry = 0;
}

void PlaybackController::updateInterval() {
    double ms = 1000.0 / m_speed;
    m_timer.setInterval(std::max(kMinIntervalMs, static_cast<int>(std::lround(ms))));
}

// One timer tick: plays interval * speed ticks (or instants), keeping the fraction for later.
void PlaybackController::advance() {
    m_carry += m_speed * m_timer.interval() / 1000.0;
    auto whole = static_cast<engine::Tick>(std::floor(m_carry));
    m_carry -= static_cast<double>(whole);
    if (whole > 0 && m_mode == PlayMode::Ticks) {
        setTime(m_time + whole);
    } else if (whole > 0) {
        auto next = std::upper_bound(m_instants.begin(), m_instants.end(), m_time);
        auto left = std::distance(next, m_instants.end());
        if (left > 0) {
            setTime(*(next + std::min<std::ptrdiff_t>(left, whole) - 1));
        }
    }
    if (atEnd()) {
        pause();
    }
}

}  // namespace schedlab::models
