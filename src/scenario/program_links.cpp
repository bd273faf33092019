// ProgramReader::finish: the names of steps and parents looked up, then the rules between
// processes checked, each problem reported where the file says what breaks it.
#include <algorithm>

#include "scenario/program_reader.hpp"

namespace schedlab::scenario::detail {
namespace {

using engine::StepKind;
using engine::StepTarget;

/// Did-you-mean looks among at most this many names: with a million processes, each unknown
/// name would otherwise cost a million comparisons.
constexpr std::size_t kMaxHintNames = 4096;

std::string kindWord(StepTarget kind) {
    switch (kind) {
        case StepTarget::Process:
            return "process";
        case StepTarget::Lock:
            return "lock";
        case StepTarget::Queue:
            return "queue";
        default:
            return "name";
    }
}

bool before(SourcePos a, SourcePos b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
}

template <class List>
void addNames(const List& list, std::vector<std::string_view>& names) {
    for (const auto& item : list) {
        names.push_back(item.name);
    }
}

// " (did you mean 'x'?)" among the names of the given kinds, or "".
std::string hint(std::string_view name, const Scenario& w, bool processes, bool locks,
                 bool queues) {
    std::size_t count = (processes ? w.processes.size() : 0) + (locks ? w.locks.size() : 0) +
                        (queues ? w.queues.size() : 0);
    if (count > kMaxHintNames) {
        return {};
    }
    std::vector<std::string_view> names;
    names.reserve(count);
    processes ? addNames(w.processes, names) : void();
    locks ? addNames(w.locks, names) : void();
    queues ? addNames(w.queues, names) : void();
    auto near = engine::closestMatch(name, names);
    return near.empty() ? std::string() : " (did you mean '" + std::string(near) + "'?)";
}

}  // namespace

void ProgramReader::finish(Scenario& workload, std::span<const SourcePos> namePos,
                           SourcePos multiprogrammingPos) {
    if (m_programs.empty() && m_parents.empty() && workload.locks.empty() &&
        workload.queues.empty()) {
        return;  // a burst scenario
    }
    auto owners = declare(workload, namePos);
    resolveParents(workload, owners);
    resolveSteps(workload, owners);
    if (!workload.multiprogramming && !m_programs.empty()) {
        m_ctx.error(multiprogrammingPos, std::string(engine::kProgramsNeedMultiprogramming));
    }
    reportProgramProblems(workload);
}

// Who owns each name that steps and parents use, and every clash between processes, locks and
// queues (two processes with one name are checkDuplicateNames' to report).
std::vector<ProgramReader::Owner> ProgramReader::declare(const Scenario& w,
                                                         std::span<const SourcePos> namePos) {
    for (const auto& lock : w.locks) {
        intern(lock.name);
    }
    for (const auto& queue : w.queues) {
        intern(queue.name);
    }
    std::vector<Owner> owners(m_names.size());
    for (std::size_t i = 0; i < w.processes.size() && i < namePos.size(); ++i) {
        if (m_ids.find(w.processes[i].name) != m_ids.end()) {
            claim(owners, w.processes[i].name,
                  {StepTarget::Process, static_cast<std::uint32_t>(i), namePos[i]});
        }
    }
    for (std::size_t i = 0; i < w.locks.size(); ++i) {
        claim(owners, w.locks[i].name,
              {StepTarget::Lock, static_cast<std::uint32_t>(i), m_lockPos[i]});
    }
    for (std::size_t i = 0; i < w.queues.size(); ++i) {
        claim(owners, w.queues[i].name,
              {StepTarget::Queue, static_cast<std::uint32_t>(i), m_queuePos[i]});
    }
    return owners;
}

void ProgramReader::claim(std::vector<Owner>& owners, std::string_view name, Owner owner) {
    if (name.empty()) {
        return;  // already reported
    }
    Owner& first = owners[m_ids.find(name)->second];
    if (first.kind == StepTarget::None) {
        first = owner;
        return;
    }
    if (first.kind == StepTarget::Process && owner.kind == StepTarget::Process) {
        return;
    }
    bool later = !before(owner.pos, first.pos);
    const Owner& at = later ? owner : first;
    const Owner& other = later ? first : owner;
    m_ctx.error(at.pos, "the name " + quoteForMessage(name) + " is also used by a " +
                            kindWord(other.kind) + " (line " + std::to_string(other.pos.line) +
                            "); processes, locks and queues need different names");
}

void ProgramReader::resolveParents(Scenario& w, const std::vector<Owner>& owners) {
    for (const auto& ref : m_parents) {
        const Owner& owner = owners[ref.name];
        std::string_view name = m_names[ref.name];
        if (owner.kind == StepTarget::Process) {
            w.processes[ref.process].parent = owner.index;
        } else if (owner.kind != StepTarget::None) {
            m_ctx.error(ref.pos, "parent must name a process; " + quoteForMessage(name) + " is a " +
                                     kindWord(owner.kind));
        } else if (name == "init") {
            m_ctx.error(ref.pos,
                        "unknown parent 'init': init starts every process without "
                        "'parent', so leave the key out");
        } else {
            m_ctx.error(ref.pos, "unknown parent " + quoteForMessage(name) +
                                     hint(name, w, true, false, false));
        }
    }
}

// Each step that names something gets its index; a step that cannot becomes `io 0`.
void ProgramReader::resolveSteps(Scenario& w, const std::vector<Owner>& owners) {
    for (const auto& ref : m_refs) {
        engine::Step& step = w.processes[ref.process].program[ref.step];
        const Owner& owner = owners[static_cast<std::size_t>(step.value)];
        StepTarget wanted = engine::stepTarget(step.kind);
        bool joinsQueue = step.kind == StepKind::Join && owner.kind == StepTarget::Queue;
        if (owner.kind == wanted || joinsQueue) {
            step = {joinsQueue ? StepKind::JoinQueue : step.kind, owner.index};
            continue;
        }
        std::string_view name = m_names[static_cast<std::size_t>(step.value)];
        std::string head =
            quoteForMessage(std::string(engine::stepWord(step.kind)) + " " + std::string(name)) +
            ": ";
        if (owner.kind == StepTarget::None) {
            m_ctx.error(ref.pos, head + unknownName(w, name, step.kind));
        } else if (step.kind == StepKind::Join) {
            m_ctx.error(ref.pos, head + quoteForMessage(name) + " is a " + kindWord(owner.kind) +
                                     "; join waits for a child process or a queue");
        } else {
            m_ctx.error(ref.pos, head + quoteForMessage(name) + " is a " + kindWord(owner.kind) +
                                     ", not a " + kindWord(wanted));
        }
        step = {StepKind::Io, 0};
    }
}

std::string ProgramReader::unknownName(const Scenario& w, std::string_view name, StepKind kind) {
    StepTarget wanted = engine::stepTarget(kind);
    bool join = kind == StepKind::Join;
    std::string what = join ? "process or queue" : kindWord(wanted);
    std::string near = hint(name, w, wanted == StepTarget::Process, wanted == StepTarget::Lock,
                            join || wanted == StepTarget::Queue);
    std::string head = "no " + what + " is named " + quoteForMessage(name);
    if (!near.empty() || wanted == StepTarget::Process) {
        return head + near;
    }
    return head + "; declare it under '" + kindWord(wanted) + "s'";
}

void ProgramReader::reportProgramProblems(const Scenario& w) {
    for (auto& problem : engine::checkPrograms(w)) {
        bool step = problem.where == engine::ProgramProblem::Where::Step;
        SourcePos pos = step ? stepPos(problem.process, problem.step) : parentPos(problem.process);
        m_ctx.error(pos, std::move(problem.message));
    }
}

SourcePos ProgramReader::stepPos(engine::Pid p, std::size_t step) const {
    auto found =
        std::lower_bound(m_programs.begin(), m_programs.end(), std::pair(p, std::size_t{0}));
    if (found == m_programs.end() || found->first != p) {
        return {};
    }
    return m_stepPos[found->second + step];
}

SourcePos ProgramReader::parentPos(engine::Pid p) const {
    auto found =
        std::lower_bound(m_parents.begin(), m_parents.end(), p,
                         [](const ParentRef& ref, engine::Pid q) { return ref.process < q; });
    return found != m_parents.end() && found->process == p ? found->pos : SourcePos{};
}

}  // namespace schedlab::scenario::detail
