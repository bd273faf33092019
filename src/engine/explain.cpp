#include "engine/explain.hpp"

#include <cstdio>

#include "engine/policy_registry.hpp"
#include "engine/translatable.hpp"

namespace schedlab::engine {
namespace {

std::string nameOf(Pid p, const Workload& workload) {
    return p < workload.processes.size() ? workload.processes[p].name : "?";
}

std::string ratio(std::int64_t thousandths) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(thousandths) / 1000.0);
    return text;
}

// Why this process was chosen, by what the policy orders on.
Phrase reason(const Decision& d) {
    std::string value = std::to_string(d.value);
    switch (d.rankedBy) {
        case RankedBy::NextBurst:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "shortest next burst: %1"), {value}};
        case RankedBy::Remaining:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "shortest remaining: %1"), {value}};
        case RankedBy::Priority:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "best priority: %1"), {value}};
        case RankedBy::ResponseRatio:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "highest response ratio: %1"), {ratio(d.value)}};
        case RankedBy::Level:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "first in the highest non-empty level: %1"), {value}};
        case RankedBy::QueueOrder:
            break;
    }
    return {QT_TRANSLATE_NOOP("schedlab::engine", "first in the ready queue"), {}};
}

// How the preempting process beat the running one ("remaining 3 < 5").
Phrase comparison(const Decision& d) {
    std::vector<std::string> values = {std::to_string(d.value), std::to_string(d.otherValue)};
    switch (d.rankedBy) {
        case RankedBy::Level:
            if (d.value == d.otherValue) {
                return {QT_TRANSLATE_NOOP("schedlab::engine", "it is ahead of it in level %1"), {values[0]}};
            }
            return {QT_TRANSLATE_NOOP("schedlab::engine", "level %1 < %2"), values};
        case RankedBy::Remaining:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "remaining %1 < %2"), values};
        default:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "priority %1 < %2"), values};
    }
}

// A policy's own decision: its note template, with the process, the CPU and the value.
Phrase note(const Decision& d, const Workload& workload) {
    const PolicyEntry* entry = findPolicy(workload.policy.name);
    auto index = static_cast<std::size_t>(d.note);
    std::string_view text = entry && index < entry->notes.size() ? entry->notes[index] : "%1";
    return {text, {nameOf(d.process, workload), std::to_string(d.cpu), std::to_string(d.value)}};
}

std::string objectName(BlockReason reason, std::uint32_t object, const Workload& workload) {
    switch (reason) {
        case BlockReason::Join:
            return nameOf(object, workload);
        case BlockReason::Lock:
            return object < workload.locks.size() ? workload.locks[object].name : "?";
        default:
            return object < workload.queues.size() ? workload.queues[object].name : "?";
    }
}

}  // namespace

std::string waitText(BlockReason reason, std::uint32_t object, const Workload& workload) {
    std::string text(reasonWord(reason));
    return reason == BlockReason::Io ? text : text + " " + objectName(reason, object, workload);
}

namespace {

Phrase wait(const Decision& d, const Workload& workload) {
    BlockReason why = waitReason(d.value);
    std::vector<std::string> args = {nameOf(d.process, workload),
                                     objectName(why, waitObject(d.value), workload)};
    switch (why) {
        case BlockReason::Join:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 waits for its child %2 to end"), args};
        case BlockReason::Lock:
            args.push_back(nameOf(d.other, workload));
            args.push_back(std::to_string(d.otherValue));
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 waits for lock %2, held by %3 since t=%4"), args};
        case BlockReason::Put:
            args.push_back(std::to_string(d.otherValue));
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 waits: queue %2 is full (%3 items)"), args};
        case BlockReason::Get:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 waits: queue %2 is empty"), args};
        case BlockReason::JoinQueue:
            args.push_back(std::to_string(d.otherValue));
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 waits until every item put on %2 is done (%3 not done)"), args};
        case BlockReason::Io:
            break;
    }
    return {"?", {}};
}

Phrase acquire(const Decision& d, const Workload& workload) {
    BlockReason why = waitReason(d.value);
    std::vector<std::string> args = {nameOf(d.process, workload),
                                     objectName(why, waitObject(d.value), workload)};
    if (why == BlockReason::Lock && d.other == kNoProcess) {
        return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 takes lock %2"), args};
    }
    if (why == BlockReason::Lock) {
        args.push_back(nameOf(d.other, workload));
        return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 gets lock %2, released by %3"), args};
    }
    if (why == BlockReason::JoinQueue) {
        return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 goes on: every item put on %2 is done"), args};
    }
    args.push_back(std::to_string(d.otherValue));
    if (why == BlockReason::Put) {
        return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 puts an item on %2 (%3 in the queue)"), args};
    }
    return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 gets an item from %2 (%3 left in the queue)"), args};
}

Phrase lifecycle(const Decision& d, const Workload& workload) {
    std::string who = d.process == kNoProcess ? "init" : nameOf(d.process, workload);
    std::string other = d.other == kNoProcess ? "init" : nameOf(d.other, workload);
    std::string object = objectName(waitReason(d.value), waitObject(d.value), workload);
    switch (d.kind) {
        case DecisionKind::Start:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 starts its child %2"), {who, other}};
        case DecisionKind::Release:
            if (d.other == kNoProcess) {
                return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 releases lock %2"), {who, object}};
            }
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 releases lock %2 to %3, the first waiting"), {who, object, other}};
        case DecisionKind::Done:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 marks an item of %2 done (%3 not done)"),
                    {who, object, std::to_string(d.otherValue)}};
        case DecisionKind::Yield:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 gives up the CPU (io 0)"), {who}};
        case DecisionKind::Zombie:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 ends and is a zombie until its parent %2 joins it"), {who, other}};
        case DecisionKind::Reap:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 reaps %2"), {who, other}};
        case DecisionKind::Kill:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 kills %2"), {who, other}};
        case DecisionKind::DaemonEnd:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 is a daemon and ends with its parent %2"), {who, other}};
        case DecisionKind::Adopt:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 is an orphan: %2 adopts it"), {who, other}};
        case DecisionKind::DeadlockFound: {
            std::string waits = waitText(waitReason(d.value), waitObject(d.value), workload);
            if (d.other == kNoProcess) {
                return {QT_TRANSLATE_NOOP("schedlab::engine", "deadlock: %1 waits for %2, which nobody can release"), {who, waits}};
            }
            return {QT_TRANSLATE_NOOP("schedlab::engine", "deadlock: %1 waits for %2 held by %3"), {who, waits, other}};
        }
        case DecisionKind::Inherit: {
            auto m = static_cast<std::size_t>(d.otherValue);
            std::string lock = m < workload.locks.size() ? workload.locks[m].name : "?";
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 runs at priority %2, inherited from %3, which waits for lock %4"),
                    {who, std::to_string(d.value), other, lock}};
        }
        case DecisionKind::Uninherit:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 goes back to priority %2"), {who, std::to_string(d.value)}};
        case DecisionKind::TaskDoneError:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 marks an item of %2 done, but none is unfinished: it ends with an error"),
                    {who, object}};
        default:
            break;
    }
    return {"?", {}};
}

Phrase sentence(const Decision& d, const Workload& workload) {
    std::string who = nameOf(d.process, workload);
    std::string cpu = std::to_string(d.cpu);
    switch (d.kind) {
        case DecisionKind::Dispatch:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "CPU %1 runs %2 (%3)"), {cpu, who}};
        case DecisionKind::Continue:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 continues on CPU %2 (nothing else is ready)"), {who, cpu}};
        case DecisionKind::Preempt:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 preempts %2 on CPU %3: %4"), {who, nameOf(d.other, workload), cpu}};
        case DecisionKind::QuantumExpired:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 used up its quantum on CPU %2"), {who, cpu}};
        case DecisionKind::Demote:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 used up its allotment and moves down to level %2"),
                    {who, std::to_string(d.value)}};
        case DecisionKind::Boost:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "priority boost: every process goes back to the top level"), {}};
        case DecisionKind::Block:
            if (d.value == 1) {
                return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 starts I/O for 1 tick"), {who}};
            }
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 starts I/O for %2 ticks"), {who, std::to_string(d.value)}};
        case DecisionKind::Finish:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "%1 finishes"), {who}};
        case DecisionKind::Hold:
            return {QT_TRANSLATE_NOOP("schedlab::engine", "CPU %1 stays idle while %2 does I/O (multiprogramming is off)"),
                    {cpu, who}};
        case DecisionKind::Note:
            return note(d, workload);
        case DecisionKind::Wait:
            return wait(d, workload);
        case DecisionKind::Acquire:
            return acquire(d, workload);
        default:
            return lifecycle(d, workload);
    }
    return {"?", {}};
}

std::string translated(std::string_view text, const Translate& translate) {
    return translate ? translate(text) : std::string(text);
}

}  // namespace

Explanation describe(const Decision& d, const Workload& workload) {
    Explanation out{sentence(d, workload), {}};
    if (d.kind == DecisionKind::Dispatch) {
        out.reason = reason(d);
    } else if (d.kind == DecisionKind::Preempt) {
        out.reason = comparison(d);
    }
    return out;
}

std::string fill(std::string_view text, const std::vector<std::string>& args) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char next = i + 1 < text.size() ? text[i + 1] : '\0';
        auto index = static_cast<std::size_t>(next - '1');
        if (text[i] == '%' && next >= '1' && next <= '9' && index < args.size()) {
            out += args[index];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string render(const Explanation& e, const Translate& translate) {
    std::vector<std::string> args = e.sentence.args;
    if (!e.reason.text.empty()) {
        args.push_back(fill(translated(e.reason.text, translate), e.reason.args));
    }
    return fill(translated(e.sentence.text, translate), args);
}

std::string explain(const Decision& d, const Workload& workload) {
    return "t=" + std::to_string(d.time) + ": " + render(describe(d, workload));
}

}  // namespace schedlab::engine
