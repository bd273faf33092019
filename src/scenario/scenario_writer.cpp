// toYaml and toJson: the same layout in both, one process per line, every key of the contract
// written out (with its default too) except `name` when empty and the extensions' parameters
// (ParamShown::WhenSet, e.g. `aging`) at their defaults. The keys of programs (CONTRACT section
// 4) are written only for workloads that use them, so burst scenarios are written as before.

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"
#include "engine/validate.hpp"
#include "scenario/scenario_io.hpp"

namespace schedlab::scenario {
namespace {

using engine::PolicyConfig;
using engine::Workload;

bool isReservedWord(std::string_view text) {
    static constexpr std::array<std::string_view, 10> kWords = {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"};
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// Plain scalars only where every YAML reader agrees they are text.
bool isPlainSafe(std::string_view text) {
    auto safe = [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '.' || c == '-'; };
    return !text.empty() && std::isalpha(static_cast<unsigned char>(text[0])) &&
           safe(static_cast<unsigned char>(text.back())) && !isReservedWord(text) &&
           std::all_of(text.begin(), text.end(),
                       [&](char c) { return safe(static_cast<unsigned char>(c)) || c == ' '; });
}

std::string hex4(unsigned value) {
    const char* digits = "0123456789ABCDEF";
    std::string out = "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += digits[(value >> shift) & 0xF];
    }
    return out;
}

// A YAML double-quoted string. Besides controls, NEL and the Unicode line separators are
// escaped: YAML 1.1 readers would take them for line breaks.
std::string yamlString(std::string_view text) {
    if (isPlainSafe(text)) {
        return std::string(text);
    }
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        auto next = text.substr(i, 3);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            out += hex4(c);
        } else if (text.substr(i, 2) == "\xC2\x85") {
            out += hex4(0x85);
            i += 1;
        } else if (next == "\xE2\x80\xA8" || next == "\xE2\x80\xA9") {
            out += hex4(next[2] == '\xA8' ? 0x2028 : 0x2029);
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string jsonString(std::string_view text) {
    return nlohmann::json(std::string(text))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// Writes flow collections and scalars in either syntax.
struct Style {
    bool json = false;
    std::string key(std::string_view name) const {
        return (json ? "\"" + std::string(name) + "\"" : std::string(name)) + ": ";
    }
    std::string string(std::string_view text) const {
        return json ? jsonString(text) : yamlString(text);
    }
    std::string boolean(bool value) const { return value ? "true" : "false"; }
};

std::string numbers(const std::vector<engine::Tick>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i > 0 ? ", " : "") + std::to_string(values[i]);
    }
    return out + "]";
}

std::string levels(const std::vector<engine::MlfqLevel>& list, const Style& style) {
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string fields;
        if (list[i].quantum) {
            fields += style.key("quantum") + std::to_string(*list[i].quantum);
        }
        if (list[i].allotment) {
            fields += (fields.empty() ? "" : ", ") + style.key("allotment") +
                      std::to_string(*list[i].allotment);
        }
        out += (i > 0 ? ", {" : "{") + fields + "}";
    }
    return out + "]";
}

std::string paramValue(const PolicyConfig& policy, const engine::ParamSpec& spec,
                       const Style& style) {
    switch (spec.type) {
        case engine::ParamType::Ticks:
            return std::to_string(policy.ticks(spec.name));
        case engine::ParamType::Flag:
            return style.boolean(policy.flag(spec.name));
        case engine::ParamType::Levels:
            return levels(policy.levels(spec.name), style);
    }
    return {};
}

// The policy's own parameters as "key: value" items; extensions only when not the default.
std::vector<std::string> policyItems(const PolicyConfig& policy, const Style& style) {
    std::vector<std::string> items = {style.key("name") + style.string(policy.name)};
    const auto* entry = engine::findPolicy(policy.name);
    for (const auto& spec : entry ? entry->params : std::span<const engine::ParamSpec>{}) {
        if (spec.shown != engine::ParamShown::WhenSet || !engine::isDefault(policy, spec)) {
            items.push_back(style.key(spec.name) + paramValue(policy, spec, style));
        }
    }
    return items;
}

std::string steps(const Workload& w, const std::vector<engine::Step>& program, const Style& style) {
    std::string out = "[";
    for (std::size_t i = 0; i < program.size(); ++i) {
        out += (i > 0 ? ", " : "") + style.string(engine::stepText(program[i], w));
    }
    return out + "]";
}

// A child gives its parent instead of an arrival, and whether it is a daemon (written for
// every child, and for any process that is one).
std::string processLine(const Workload& w, const engine::ProcessSpec& process, const Style& style) {
    bool child = process.parent < w.processes.size();
    std::string out = "{" + style.key("name") + style.string(process.name) + ", ";
    out += child ? style.key("parent") + style.string(w.processes[process.parent].name)
                 : style.key("arrival") + std::to_string(process.arrival);
    if (child || process.daemon) {
        out += ", " + style.key("daemon") + style.boolean(process.daemon);
    }
    out += ", " + style.key("priority") + std::to_string(process.priority) + ", ";
    out += process.program.empty() ? style.key("bursts") + numbers(process.bursts)
                                   : style.key("program") + steps(w, process.program, style);
    return out + "}";
}

std::string_view orphanRule(engine::OrphanRule rule) {
    switch (rule) {
        case engine::OrphanRule::Grandparent:
            return "grandparent";
        case engine::OrphanRule::Root:
            return "root";
        case engine::OrphanRule::Init:
            break;
    }
    return "init";
}

// `locks` and `queues` as "key: value" items, each only when there are some.
std::vector<std::string> syncItems(const Workload& w, const Style& style) {
    std::vector<std::string> items;
    std::string locks;
    for (const auto& lock : w.locks) {
        std::string name = style.string(lock.name);
        locks += (locks.empty() ? "" : ", ") +
                 (lock.inherit ? "{" + style.key("name") + name + ", " + style.key("inherit") +
                                     style.boolean(true) + "}"
                               : name);
    }
    std::string queues;
    for (const auto& queue : w.queues) {
        queues += (queues.empty() ? "" : ", ") + style.string(queue.name) + ": " +
                  std::to_string(queue.capacity);
    }
    if (!w.locks.empty()) {
        items.push_back(style.key("locks") + "[" + locks + "]");
    }
    if (!w.queues.empty()) {
        items.push_back(style.key("queues") + "{" + queues + "}");
    }
    return items;
}

// Top-level scalar settings as "key: value" items, in the contract's order.
std::vector<std::string> settingItems(const Workload& w, bool exercise, const Style& style) {
    std::vector<std::string> items;
    if (!w.name.empty()) {
        items.push_back(style.key("name") + style.string(w.name));
    }
    items.push_back(style.key("cpus") + std::to_string(w.cpus));
    items.push_back(style.key("context_switch") + std::to_string(w.contextSwitch));
    items.push_back(style.key("multiprogramming") + style.boolean(w.multiprogramming));
    items.push_back(style.key("rules") +
                    style.string(w.rules == engine::Rules::Ostep ? "ostep" : "textbook"));
    bool larger = w.priorityOrder == engine::PriorityOrder::LargerFirst;
    items.push_back(style.key("priority_order") +
                    style.string(larger ? "larger-first" : "smaller-first"));
    if (exercise) {   // an extension: written only when set, so other files stay as they were
        items.push_back(style.key("exercise") + style.boolean(true));
    }
    if (w.hasPrograms() || w.orphans != engine::OrphanRule::Init) {  // likewise for programs
        items.push_back(style.key("orphans") + style.string(orphanRule(w.orphans)));
    }
    return items;
}

}  // namespace

std::string toYaml(const Scenario& scenario) { return toYaml(scenario, scenario.exercise); }

std::string toYaml(const Workload& workload, bool exercise) {
    Style style{false};
    std::string out;
    for (const auto& item : settingItems(workload, exercise, style)) {
        out += item + "\n";
    }
    out += "policy:\n";
    for (const auto& item : policyItems(workload.policy, style)) {
        out += "  " + item + "\n";
    }
    for (const auto& item : syncItems(workload, style)) {
        out += item + "\n";
    }
    out += workload.processes.empty() ? "processes: []\n" : "processes:\n";
    for (const auto& process : workload.processes) {
        out += "  - " + processLine(workload, process, style) + "\n";
    }
    return out;
}

std::string toJson(const Scenario& scenario) { return toJson(scenario, scenario.exercise); }

std::string toJson(const Workload& workload, bool exercise) {
    Style style{true};
    std::string out = "{\n";
    for (const auto& item : settingItems(workload, exercise, style)) {
        out += "  " + item + ",\n";
    }
    std::string policy;
    for (const auto& item : policyItems(workload.policy, style)) {
        policy += (policy.empty() ? "\n    " : ",\n    ") + item;
    }
    out += "  " + style.key("policy") + "{" + policy + "\n  },\n";
    for (const auto& item : syncItems(workload, style)) {
        out += "  " + item + ",\n";
    }
    out += "  " + style.key("processes") + "[";
    for (std::size_t i = 0; i < workload.processes.size(); ++i) {
        out += (i > 0 ? ",\n    " : "\n    ") + processLine(workload, workload.processes[i], style);
    }
    return out + (workload.processes.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace schedlab::scenario
