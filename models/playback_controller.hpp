#pragma once
// Walks through a finished run in time, for the views that show one instant (queues, state
// diagram, metrics, decision log). It replays an engine::Simulation up to the current time
// instead of storing every instant, so memory stays at one simulation however long the run.

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

#include "engine/simulation.hpp"
#include "models/instant_state.hpp"
#include "models/run.hpp"

namespace schedlab::models {

class PlaybackController : public QObject {
    Q_OBJECT
public:
    /// Ticks: the clock advances tick by tick; Instants: it jumps from instant to instant.
    enum class PlayMode { Ticks, Instants };
    Q_ENUM(PlayMode)

    static constexpr double kDefaultSpeed = 4.0;  ///< ticks (or instants) per second

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    void setRun(RunPtr run);  ///< goes to the start and stops playing
    const RunPtr& run() const { return m_run; }

    engine::Tick time() const { return m_time; }
    /// 0, or -1 under a time limit of -1 (the moment before anything happened).
    engine::Tick startTime() const;
    /// The last instant (the last completion), or the time limit when it is earlier.
    engine::Tick endTime() const;
    /// Keeps the time at or before `limit` (Exercise mode hides the future); -1 allows only the
    /// moment before anything happened. Empty: no limit. The limit stays when the run changes.
    void setTimeLimit(std::optional<engine::Tick> limit);
    std::optional<engine::Tick> timeLimit() const { return m_limit; }
    /// The distinct times at which something happens (state changes and decisions), ascending.
    const std::vector<engine::Tick>& instants() const { return m_instants; }
    bool atStart() const { return m_time <= startTime(); }
    bool atEnd() const { return m_time >= endTime(); }

    /// The state after everything at time() has been applied. Computed on first use after the
    /// time changes; the reference stays valid until the time or run changes.
    const InstantState& state() const;

    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    PlayMode playMode() const { return m_mode; }

public slots:
    void stepForward();                        ///< to the next instant after time()
    void stepBack();                           ///< to the previous instant before time()
    void jumpTo(schedlab::engine::Tick time);  ///< clamped to [startTime(), endTime()]
    void toStart();
    void toEnd();
    void play();  ///< from the start again when at the end
    void pause();
    void togglePlay();
    void setSpeed(double perSecond);
    void setPlayMode(schedlab::models::PlaybackController::PlayMode mode);

signals:
    void timeChanged(schedlab::engine::Tick time);
    void playingChanged(bool playing);
    void runChanged();
    void speedChanged(double perSecond);
    /// The time limit changed: startTime() and endTime() may have too.
    void limitChanged();

private:
    void advance();
    void setTime(engine::Tick time);
    void updateInterval();
    void collectInstants();

    RunPtr m_run;
    std::vector<engine::Tick> m_instants;
    engine::Tick m_time = 0;
    std::optional<engine::Tick> m_limit;
    double m_speed = kDefaultSpeed;
    double m_carry = 0;  // fractional ticks not yet played
    PlayMode m_mode = PlayMode::Ticks;
    QTimer m_timer;
    mutable std::unique_ptr<engine::Simulation> m_sim;
    mutable InstantState m_state;
    mutable bool m_stateValid = false;
};

}  // namespace schedlab::models
