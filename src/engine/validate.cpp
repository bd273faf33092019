// Checks that make a workload safe to simulate. The scenario library reports the same problems
// with file positions; this is the last line of defence for programmatic users.
#include "engine/validate.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "engine/limits.hpp"
#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/simulation.hpp"

namespace schedlab::engine {
namespace {

constexpr std::size_t kNotStarted = static_cast<std::size_t>(-1);
constexpr std::size_t kShownCycle = 6;  ///< names of a parent cycle shown in its message

// Arrival plus the process's own time, and the total over all processes, stay below 2^62. Steps
// with ticks out of range are left to checkPrograms.
void checkTimes(const ProcessSpec& spec, Tick& total, std::vector<std::string>& problems) {
    Tick work = 0;
    for (const Step& step : programOf(spec)) {
        if (stepTarget(step.kind) == StepTarget::Ticks && step.value > 0 &&
            step.value < kTimeLimit) {
            work = std::min(work + step.value, kTimeLimit);
        }
    }
    if (work >= kTimeLimit - std::max<Tick>(spec.arrival, 0)) {
        problems.push_back("process '" + spec.name + "': arrival + bursts must stay below 2^62");
    } else if (work >= kTimeLimit - total) {
        problems.push_back("the bursts of all processes add up to more than 2^62 ticks");
    }
    total = std::min(total + work, kTimeLimit);
}

void checkProcess(const ProcessSpec& spec, Tick& total, std::vector<std::string>& problems) {
    std::string who = "process '" + spec.name + "'";
    if (spec.arrival < 0 || spec.arrival >= kTimeLimit) {
        problems.push_back(who + ": arrival must be between 0 and 2^62");
    }
    if (spec.priority <= -kTimeLimit || spec.priority >= kTimeLimit) {
        problems.push_back(who + ": priority must be between -2^62 and 2^62");
    }
    if (!spec.program.empty() && !spec.bursts.empty()) {
        problems.push_back(who + ": gives both bursts and a program; give one of them");
        return;
    }
    if (spec.program.empty() && (spec.bursts.empty() || spec.bursts.size() % 2 == 0)) {
        problems.push_back(who + ": bursts must alternate CPU and I/O and end with a CPU burst");
    }
    if (std::any_of(spec.bursts.begin(), spec.bursts.end(),
                    [](Tick burst) { return burst <= 0 || burst >= kTimeLimit; })) {
        problems.push_back(who + ": every burst must be > 0 and the total below 2^62");
        return;
    }
    checkTimes(spec, total, problems);
}

// The names of processes, locks and queues, unique together and non-empty.
void checkNames(const Workload& workload, std::vector<std::string>& problems) {
    std::set<std::string_view> names;
    auto add = [&](std::string_view kind, const std::string& name) {
        if (name.empty() || !names.insert(name).second) {
            problems.push_back(std::string(kind) + " names must be non-empty and unique among " +
                               "processes, locks and queues: '" + name + "'");
        }
    };
    for (const auto& spec : workload.processes) {
        add("process", spec.name);
    }
    for (const auto& lock : workload.locks) {
        add("lock", lock.name);
    }
    for (const auto& queue : workload.queues) {
        add("queue", queue.name);
        if (queue.capacity < 0) {
            problems.push_back("queue '" + queue.name + "': capacity must be 0 or more");
        }
    }
}

bool hasParents(const Workload& workload) {
    return std::any_of(workload.processes.begin(), workload.processes.end(),
                       [](const ProcessSpec& spec) { return spec.parent != kNoProcess; });
}

std::string quoted(const Workload& workload, Pid p) {
    return quoteForMessage(workload.processes[p].name);
}

// One pass over the parents, then one over each program (see checkPrograms).
class ProgramChecker {
public:
    explicit ProgramChecker(const Workload& workload)
        : m_w(workload),
          m_count(workload.processes.size()),
          m_startedAt(m_count, kNotStarted),
          m_inCycle(m_count, false) {}

    std::vector<ProgramProblem> run() {
        for (Pid p = 0; p < m_count; ++p) {
            checkParent(p);
        }
        findCycles();
        for (Pid p = 0; p < m_count; ++p) {
            checkProgram(p);
        }
        for (Pid p = 0; p < m_count; ++p) {
            checkStarted(p);
        }
        return std::move(m_problems);
    }

private:
    /// The parent of p when it names another process, else kNoProcess.
    Pid parentOf(Pid p) const {
        Pid parent = m_w.processes[p].parent;
        return parent < m_count && parent != p ? parent : kNoProcess;
    }

    void parentProblem(Pid p, std::string message) {
        m_problems.push_back({ProgramProblem::Where::Parent, p, 0, std::move(message)});
    }

    void stepProblem(Pid p, std::size_t i, std::string message) {
        std::string step = quoteForMessage(stepText(m_w.processes[p].program[i], m_w));
        m_problems.push_back({ProgramProblem::Where::Step, p, i, step + ": " + std::move(message)});
    }

    void checkParent(Pid p) {
        Pid parent = m_w.processes[p].parent;
        if (parent == p) {
            parentProblem(p, "a process cannot be its own parent");
        } else if (parent != kNoProcess && parent >= m_count) {
            parentProblem(p, "parent #" + std::to_string(parent) + " names no process");
        }
    }

    // Each process is walked up to a top-level process, a process walked before, or a cycle.
    void findCycles() {
        std::vector<std::uint8_t> state(m_count, 0);  // 0 new, 1 on the current path, 2 done
        std::vector<Pid> path;
        for (Pid p = 0; p < m_count; ++p) {
            path.clear();
            Pid q = p;
            for (; q != kNoProcess && state[q] == 0; q = parentOf(q)) {
                state[q] = 1;
                path.push_back(q);
            }
            if (q != kNoProcess && state[q] == 1) {
                reportCycle({std::find(path.begin(), path.end(), q), path.end()});
            }
            for (Pid walked : path) {
                state[walked] = 2;
            }
        }
    }

    void reportCycle(std::vector<Pid> cycle) {
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        std::string names;
        for (std::size_t i = 0; i < cycle.size() && i < kShownCycle; ++i) {
            m_inCycle[cycle[i]] = true;
            names += quoted(m_w, cycle[i]) + " -> ";
        }
        for (std::size_t i = kShownCycle; i < cycle.size(); ++i) {
            m_inCycle[cycle[i]] = true;
        }
        names += (cycle.size() > kShownCycle ? "... -> " : "") + quoted(m_w, cycle[0]);
        parentProblem(cycle[0], "the parents form a cycle (" + names +
                                    ", each followed by its parent), so none of them can start");
    }

    bool inRange(const Step& step) const {
        switch (stepTarget(step.kind)) {
            case StepTarget::Ticks:
                return step.value >= (step.kind == StepKind::Cpu ? 1 : 0) &&
                       step.value < kTimeLimit;
            case StepTarget::Process:
                return step.value >= 0 && static_cast<std::size_t>(step.value) < m_count;
            case StepTarget::Lock:
                return step.value >= 0 && static_cast<std::size_t>(step.value) < m_w.locks.size();
            case StepTarget::Queue:
                return step.value >= 0 && static_cast<std::size_t>(step.value) < m_w.queues.size();
            case StepTarget::None:
                break;
        }
        return true;
    }

    std::string rangeProblem(const Step& step) const {
        switch (stepTarget(step.kind)) {
            case StepTarget::Ticks:
                return std::string(ticksProblem(step.kind, step.value));
            case StepTarget::Process:
                return "names no process";
            case StepTarget::Lock:
                return "names no lock";
            default:
                return "names no queue";
        }
    }

    void checkProgram(Pid p) {
        const auto& program = m_w.processes[p].program;
        m_held.clear();
        bool ended = false;  // after an exit: the steps never run, only their values count
        for (std::size_t i = 0; i < program.size(); ++i) {
            if (!inRange(program[i])) {
                stepProblem(p, i, rangeProblem(program[i]));
            } else if (!ended) {
                checkStep(p, i, program[i]);
            }
            ended = ended || program[i].kind == StepKind::Exit;
        }
    }

    void checkStep(Pid p, std::size_t i, const Step& step) {
        auto target = static_cast<std::size_t>(step.value);
        switch (step.kind) {
            case StepKind::Start:
                return checkStart(p, i, static_cast<Pid>(target));
            case StepKind::Join:
                return checkJoin(p, i, static_cast<Pid>(target));
            case StepKind::Kill:
                if (target == p) {
                    stepProblem(p, i, "a process cannot kill itself; use 'exit' to end it");
                }
                return;
            case StepKind::Lock:
            case StepKind::Unlock:
                return checkLock(p, i, step);
            default:
                return;
        }
    }

    std::string parentWords(Pid child) const {
        Pid parent = parentOf(child);
        return parent == kNoProcess ? "it has no parent" : "its parent is " + quoted(m_w, parent);
    }

    void checkStart(Pid p, std::size_t i, Pid child) {
        if (parentOf(child) != p) {
            stepProblem(p, i,
                        quoted(m_w, child) + " is not a child of " + quoted(m_w, p) + " (" +
                            parentWords(child) + "); only its parent can start it");
        } else if (m_startedAt[child] != kNotStarted) {
            stepProblem(p, i,
                        quoted(m_w, child) + " is started a second time (step " +
                            std::to_string(m_startedAt[child] + 1) + " starts it already)");
        } else {
            m_startedAt[child] = i;
        }
    }

    void checkJoin(Pid p, std::size_t i, Pid child) {
        if (parentOf(child) != p) {
            stepProblem(p, i,
                        quoted(m_w, child) + " is not a child of " + quoted(m_w, p) + " (" +
                            parentWords(child) + "); a process joins only its children");
        } else if (m_startedAt[child] == kNotStarted) {
            stepProblem(p, i,
                        "it comes before 'start " + m_w.processes[child].name +
                            "'; a child can be joined only once it is started");
        }
    }

    void checkLock(Pid p, std::size_t i, const Step& step) {
        auto lock = static_cast<std::size_t>(step.value);
        auto held = std::find_if(m_held.begin(), m_held.end(),
                                 [&](const auto& entry) { return entry.first == lock; });
        std::string name = quoteForMessage(m_w.locks[lock].name);
        if (step.kind == StepKind::Unlock && held == m_held.end()) {
            stepProblem(p, i,
                        quoted(m_w, p) + " does not hold " + name +
                            " at this step (locks are followed in program order)");
        } else if (step.kind == StepKind::Unlock) {
            m_held.erase(held);
        } else if (held != m_held.end()) {
            stepProblem(p, i,
                        quoted(m_w, p) + " already holds " + name + " (step " +
                            std::to_string(held->second + 1) +
                            " takes it), so it would wait for itself forever");
        } else {
            m_held.emplace_back(lock, i);
        }
    }

    void checkStarted(Pid child) {
        Pid parent = parentOf(child);
        if (parent == kNoProcess || m_inCycle[child] || m_startedAt[child] != kNotStarted) {
            return;
        }
        std::string head = quoted(m_w, child) + " has parent " + quoted(m_w, parent);
        const std::string& name = m_w.processes[child].name;
        if (m_w.processes[parent].program.empty()) {
            parentProblem(child, head + ", which runs bursts and so never starts it; give " +
                                     quoted(m_w, parent) + " a program with 'start " + name + "'");
        } else {
            parentProblem(child,
                          head + ", whose program never starts it; add 'start " + name + "' to it");
        }
    }

    const Workload& m_w;
    std::size_t m_count;
    std::vector<std::size_t> m_startedAt;  ///< per child: the step of its parent that starts it
    std::vector<bool> m_inCycle;
    std::vector<std::pair<std::size_t, std::size_t>> m_held;  ///< lock, step that took it
    std::vector<ProgramProblem> m_problems;
};

}  // namespace

std::string_view ticksProblem(StepKind kind, Tick ticks) {
    if (ticks >= kTimeLimit) {
        return "a step must take fewer than 2^62 ticks";
    }
    return kind == StepKind::Cpu ? "a cpu step takes 1 tick or more ('io 0' gives up the CPU "
                                   "for no time)"
                                 : "an io step takes 0 ticks or more";
}

std::string_view stepWord(StepKind kind) {
    static constexpr std::array<std::string_view, 12> kWords = {"cpu",  "io",   "start",  "join",
                                                                "kill", "lock", "unlock", "put",
                                                                "get",  "done", "join",   "exit"};
    return kWords[static_cast<std::size_t>(kind)];
}

StepTarget stepTarget(StepKind kind) {
    switch (kind) {
        case StepKind::Cpu:
        case StepKind::Io:
            return StepTarget::Ticks;
        case StepKind::Start:
        case StepKind::Join:
        case StepKind::Kill:
            return StepTarget::Process;
        case StepKind::Lock:
        case StepKind::Unlock:
            return StepTarget::Lock;
        case StepKind::Exit:
            return StepTarget::None;
        default:
            return StepTarget::Queue;
    }
}

std::string stepText(const Step& step, const Workload& workload) {
    std::string word(stepWord(step.kind));
    auto index = static_cast<std::size_t>(step.value);
    auto named = [&](const auto& list) {
        return step.value >= 0 && index < list.size() ? word + " " + list[index].name
                                                      : word + " #" + std::to_string(step.value);
    };
    switch (stepTarget(step.kind)) {
        case StepTarget::Ticks:
            return word + " " + std::to_string(step.value);
        case StepTarget::Process:
            return named(workload.processes);
        case StepTarget::Lock:
            return named(workload.locks);
        case StepTarget::Queue:
            return named(workload.queues);
        case StepTarget::None:
            break;
    }
    return word;
}

std::vector<ProgramProblem> checkPrograms(const Workload& workload) {
    if (!workload.hasPrograms() && !hasParents(workload)) {
        return {};  // burst scenarios: nothing to check, and a million processes cost nothing
    }
    return ProgramChecker(workload).run();
}

std::vector<std::string> validateWorkload(const Workload& workload) {
    std::vector<std::string> problems;
    if (workload.cpus < 1 || workload.cpus > kMaxCpus) {
        problems.push_back("cpus must be between 1 and " + std::to_string(kMaxCpus));
    }
    if (workload.contextSwitch < 0 || workload.contextSwitch > kMaxSetting) {
        problems.push_back("context_switch must be between 0 and 2^40");
    }
    if (!findPolicy(workload.policy.name)) {
        problems.push_back("unknown policy '" + workload.policy.name + "'");
    }
    for (auto& problem : validatePolicy(workload.policy)) {
        problems.push_back(problem);
    }
    if (workload.processes.empty()) {
        problems.push_back("a scenario needs at least one process");
    }
    Tick total = 0;
    for (const auto& spec : workload.processes) {
        checkProcess(spec, total, problems);
    }
    checkNames(workload, problems);
    if (!workload.multiprogramming && workload.hasPrograms()) {
        problems.emplace_back(kProgramsNeedMultiprogramming);
    }
    for (auto& problem : checkPrograms(workload)) {
        std::string where = problem.where == ProgramProblem::Where::Parent
                                ? "parent"
                                : "step " + std::to_string(problem.step + 1);
        problems.push_back("process '" + workload.processes[problem.process].name + "', " + where +
                           ": " + problem.message);
    }
    return problems;
}

}  // namespace schedlab::engine
