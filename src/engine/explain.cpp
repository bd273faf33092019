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
