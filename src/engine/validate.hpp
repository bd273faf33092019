#pragma once
// The rules of programs (CONTRACT section 4) that relate steps, processes, locks and queues, in
// one place: validateWorkload (simulation.hpp) reports them as sentences, the scenario readers
// at the offending step or key of the file.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/workload.hpp"

namespace schedlab::engine {

/// The word a step starts with in files: cpu, io, start, join, kill, lock, unlock, put, get,
/// done, join (JoinQueue too), exit.
std::string_view stepWord(StepKind kind);

/// What a step's value is: ticks, or the index of a process, lock or queue (nothing for exit).
enum class StepTarget : std::uint8_t { Ticks, Process, Lock, Queue, None };
StepTarget stepTarget(StepKind kind);

/// What is wrong with a cpu or io step of `ticks` (out of range: a cpu step takes 1 or more,
/// io 0 or more, both below 2^62).
std::string_view ticksProblem(StepKind kind, Tick ticks);

/// "cpu 5", "start buyer1": a step as files write it. An index out of range shows as "#7".
std::string stepText(const Step& step, const Workload& workload);

/// The one sentence for a program scenario without multiprogramming.
inline constexpr std::string_view kProgramsNeedMultiprogramming =
    "multiprogramming: false needs burst processes: with programs, a process that kept the CPU "
    "while it waits for a lock, a child or a queue would wait forever";

/// One broken rule, and where: a step of a process's program, or its `parent`.
struct ProgramProblem {
    enum class Where : std::uint8_t { Step, Parent };
    Where where = Where::Step;
    Pid process = 0;
    std::size_t step = 0;  ///< Where::Step: the index in the program
    std::string message;   ///< a sentence without the location
};

/// The rules a reader cannot check one value at a time: parents name other processes and form
/// no cycle; each step's value is in range; `start C` only of one's own child C, at most once;
/// every child is started by its parent's program; `join C` of a child after `start C`; no
/// `kill` of oneself; `unlock M` only while holding M and `lock M` only while not holding it,
/// both followed in program order. Steps after an `exit` never run: only their values are checked.
/// Parents first, then each program in process order.
std::vector<ProgramProblem> checkPrograms(const Workload& workload);

}  // namespace schedlab::engine
