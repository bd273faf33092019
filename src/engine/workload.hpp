#pragma once
// The input of one simulation: machine settings, policy and processes. The scenario library
// fills it from files; the engine never reads files itself.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/policy_params.hpp"
#include "engine/types.hpp"

namespace schedlab::engine {

/// Which order simultaneous happenings are applied in (see docs/RULES.md).
enum class Rules : std::uint8_t { Textbook, Ostep };
/// Whether priority 1 beats priority 5 (SmallerFirst, the default) or the reverse.
enum class PriorityOrder : std::uint8_t { SmallerFirst, LargerFirst };

/// A policy and the values of its parameters. Only the values given are stored; any other reads
/// as the default its policy declares (policies/*.cpp). Values for parameters of another policy
/// may be kept (a file may carry them); this policy ignores them.
class PolicyConfig {
public:
    PolicyConfig() = default;
    explicit PolicyConfig(std::string policyName) : name(std::move(policyName)) {}

    std::string name = "fcfs";   ///< a registered policy: fcfs, rr, mlfq, ... (policies/list.def)

    /// The value of a parameter: the one set, else the declared default.
    ParamValue value(std::string_view key) const;
    Tick ticks(std::string_view key) const;
    bool flag(std::string_view key) const;
    std::vector<MlfqLevel> levels(std::string_view key = "levels") const;

    bool isSet(std::string_view key) const { return m_values.find(key) != m_values.end(); }
    void set(std::string_view key, ParamValue value);
    const std::map<std::string, ParamValue, std::less<>>& setValues() const { return m_values; }

    /// Equal when the names are equal and every parameter reads the same.
    bool operator==(const PolicyConfig& other) const;

private:
    std::map<std::string, ParamValue, std::less<>> m_values;
};

/// One step of a program (CONTRACT section 4). `value` is the ticks of a Cpu or Io step, else
/// the index of the process (Start, Join, Kill), lock (Lock, Unlock) or queue (Put, Get, Done,
/// JoinQueue) it names.
enum class StepKind : std::uint8_t {
    Cpu, Io, Start, Join, Kill, Lock, Unlock, Put, Get, Done, JoinQueue, Exit
};
struct Step {
    StepKind kind = StepKind::Cpu;
    std::int64_t value = 0;
    bool operator==(const Step&) const = default;
};

/// What happens to the live children of a process that terminates (CONTRACT section 4).
enum class OrphanRule : std::uint8_t { Init, Grandparent, Root };

struct ProcessSpec {
    std::string name;
    Tick arrival = 0;            ///< ignored for a process with a parent: it arrives when started
    std::int64_t priority = 0;
    std::vector<Tick> bursts;    ///< CPU, I/O, CPU, ...: odd length, all > 0; empty with a program
    std::vector<Step> program;   ///< the steps, instead of bursts; empty for a burst process
    Pid parent = kNoProcess;     ///< the process whose `start` creates this one; kNoProcess = init
    bool daemon = false;         ///< terminated when its parent terminates
};

struct LockSpec {
    std::string name;
    bool inherit = false;   ///< priority inheritance: the holder runs at its best waiter's priority
    bool operator==(const LockSpec&) const = default;
};

struct QueueSpec {
    std::string name;
    std::int64_t capacity = 0;   ///< 0 = unbounded
    bool operator==(const QueueSpec&) const = default;
};

struct Workload {
    std::string name;
    int cpus = 1;
    Tick contextSwitch = 0;     ///< ticks a CPU spends switching to a different process
    bool multiprogramming = true;
    Rules rules = Rules::Textbook;
    PriorityOrder priorityOrder = PriorityOrder::SmallerFirst;
    PolicyConfig policy;
    std::vector<ProcessSpec> processes;
    std::vector<LockSpec> locks;
    std::vector<QueueSpec> queues;
    OrphanRule orphans = OrphanRule::Init;

    /// Whether any process runs a program (the engine then applies CONTRACT section 4).
    bool hasPrograms() const;
};

/// `program` for a process: its own steps, or its bursts as cpu/io steps.
std::vector<Step> programOf(const ProcessSpec& spec);

}  // namespace schedlab::engine
