#include "scenario/policy_reader.hpp"

#include <algorithm>
#include <limits>

#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"

namespace schedlab::scenario::detail {
namespace {

const std::vector<std::string_view> kPolicyKeys = {"name",        "quantum",     "levels", "boost",
                                                   "reset_on_io", "io_to_front", "aging"};
const std::vector<std::string_view> kLevelKeys = {"quantum", "allotment"};

std::vector<std::string_view> policyNames() {
    std::vector<std::string_view> names;
    for (const auto& entry : engine::policyEntries()) {
        names.push_back(entry.name);
    }
    return names;
}

std::string unknownPolicy(std::string_view name) {
    auto names = policyNames();
    auto near = engine::closestMatch(name, names);
    return "unknown policy " + quoteForMessage(name) +
           (near.empty() ? "" : " (did you mean '" + std::string(near) + "'?)") +
           "; known policies: " + joinNames(names);
}

engine::PolicyConfig probe(std::string_view name) {
    engine::PolicyConfig policy;
    policy.name = std::string(name);
    return policy;
}

engine::PolicyConfig levelProbe(std::optional<engine::Tick> quantum, std::optional<int> allotment) {
    auto policy = probe("mlfq");
    policy.levels = {{quantum, allotment}};
    return policy;
}

}  // namespace

std::vector<std::string_view> fileParameters(std::string_view policyName) {
    std::vector<std::string_view> keys;
    for (auto parameter : engine::policyParameters(policyName)) {
        auto key = parameter == "quanta" || parameter == "allotments" ? "levels" : parameter;
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            keys.push_back(key);
        }
    }
    return keys;
}

std::optional<engine::PolicyConfig> PolicyReader::read(Value& value) {
    if (value.kind() == ValueKind::Scalar) {
        return readSpec(value);
    }
    Draft draft;
    draft.pos = value.pos();
    if (!m_fields.expect(value, ValueKind::Map, "policy",
                         "a mapping such as {name: rr, quantum: 4}")) {
        return std::nullopt;
    }
    std::size_t before = m_ctx.problemCount();
    value.forEachEntry([&](const Key& key, Value& entry) { return readEntry(key, entry, draft); });
    auto policy = m_ctx.stopped() ? std::nullopt : build(draft);
    return m_ctx.problemCount() == before ? policy : std::nullopt;
}

std::optional<engine::PolicyConfig> PolicyReader::readSpec(Value& value) {
    SourcePos pos = value.pos();
    auto spec = m_fields.readText(value, "policy", false);
    if (!spec) {
        return std::nullopt;
    }
    auto parsed = engine::parsePolicySpec(*spec);
    if (!parsed.policy) {
        m_ctx.error(pos, parsed.error);
    }
    return parsed.policy;
}

bool PolicyReader::readEntry(const Key& key, Value& value, Draft& draft) {
    int index = m_fields.lookupKey(key, kPolicyKeys, " in policy", draft.seen);
    if (index < 0) {
        return !m_ctx.stopped();
    }
    Slot& slot = draft.slots[static_cast<std::size_t>(index)];
    slot.keyPos = key.pos;
    slot.valuePos = value.pos();
    if (index == kName) {
        draft.name = m_fields.readText(value, "the policy's name", false);
    } else if (index == kLevels) {
        readLevels(value, draft);
    } else if (index == kResetOnIo || index == kIoToFront) {
        slot.flag = m_fields.readBool(value, key.text);
    } else {
        slot.number = m_fields.readWhole(value, key.text);
    }
    return !m_ctx.stopped();
}

void PolicyReader::readLevels(Value& value, Draft& draft) {
    std::size_t before = m_ctx.problemCount();
    if (m_fields.expect(value, ValueKind::Seq, "levels",
                        "a list such as [{quantum: 2, allotment: 1}, {quantum: 4}]")) {
        value.forEachItem([&](Value& item) {
            readLevel(item, draft);
            return !m_ctx.stopped();
        });
    }
    draft.levelsOk = m_ctx.problemCount() == before;
}

void PolicyReader::readLevel(Value& item, Draft& draft) {
    if (!m_fields.expect(item, ValueKind::Map, "a level",
                         "a mapping such as {quantum: 2, allotment: 1}")) {
        return;
    }
    LevelDraft level;
    std::vector<SourcePos> seen(kLevelKeys.size());
    item.forEachEntry([&](const Key& key, Value& value) {
        int index = m_fields.lookupKey(key, kLevelKeys, " in a level", seen);
        if (index == 0) {
            level.quantumPos = value.pos();
            level.quantum = m_fields.readWhole(value, "quantum");
        } else if (index == 1) {
            level.allotmentPos = value.pos();
            level.allotment = m_fields.readWhole(value, "allotment");
        }
        return !m_ctx.stopped();
    });
    draft.levels.push_back(std::move(level));
}

std::optional<engine::PolicyConfig> PolicyReader::build(Draft& draft) {
    if (!checkName(draft)) {
        return std::nullopt;
    }
    warnForeignParameters(draft);
    auto policy = probe(*draft.name);
    apply(draft, policy);
    return policy;
}

bool PolicyReader::checkName(const Draft& draft) {
    if (draft.seen[kName].line == 0) {
        m_ctx.error(draft.pos, "policy needs a 'name': one of " + joinNames(policyNames()));
        return false;
    }
    if (draft.name && !engine::findPolicy(*draft.name)) {
        m_ctx.error(draft.slots[kName].valuePos, unknownPolicy(*draft.name));
        return false;
    }
    return draft.name.has_value();
}

// The contract's own example gives mlfq a `quantum` (rr's), and a file may carry parameters for
// every policy (PolicyConfig keeps them all; each policy reads its own). So another policy's
// parameter is kept and checked like any other, with a warning that this policy ignores it.
void PolicyReader::warnForeignParameters(const Draft& draft) {
    const std::string& name = *draft.name;
    auto takes = fileParameters(name);
    for (std::size_t i = kName + 1; i < kParamCount; ++i) {
        if (draft.seen[i].line == 0 ||
            std::find(takes.begin(), takes.end(), kPolicyKeys[i]) != takes.end()) {
            continue;
        }
        m_ctx.warning(draft.slots[i].keyPos,
                      "'" + std::string(kPolicyKeys[i]) + "' is not a parameter of " + name +
                          ", so it is ignored; " + name +
                          (takes.empty() ? " takes no parameters" : " takes: " + joinNames(takes)));
    }
}

void PolicyReader::apply(const Draft& draft, engine::PolicyConfig& policy) {
    applyNumber(draft, kQuantum, "rr", &engine::PolicyConfig::quantum, policy);
    applyNumber(draft, kBoost, "mlfq", &engine::PolicyConfig::boost, policy);
    applyNumber(draft, kAging, "priority", &engine::PolicyConfig::aging, policy);
    policy.resetOnIo = draft.slots[kResetOnIo].flag.value_or(false);
    policy.ioToFront = draft.slots[kIoToFront].flag.value_or(false);
    for (const auto& level : draft.levels) {
        checkLevel(level);
    }
    if (draft.seen[kLevels].line != 0 && draft.levelsOk) {
        applyLevels(draft, policy);
    }
}

// Sets a number parameter and checks it as the engine would for `owner`, the policy it is for.
void PolicyReader::applyNumber(const Draft& draft, Param param, std::string_view owner,
                               engine::Tick engine::PolicyConfig::*field,
                               engine::PolicyConfig& policy) {
    const Slot& slot = draft.slots[param];
    if (!slot.number) {
        return;
    }
    policy.*field = slot.number->value;
    auto check = probe(owner);
    check.*field = slot.number->value;
    engineCheck(check, slot.valuePos, *slot.number, slot.number->value);
}

void PolicyReader::applyLevels(const Draft& draft, engine::PolicyConfig& policy) {
    auto check = probe("mlfq");
    check.levels.assign(draft.levels.size(), engine::MlfqLevel{1, 1});
    for (auto& problem : engine::validatePolicy(check)) {
        m_ctx.error(draft.slots[kLevels].valuePos, problem);  // the number of levels
    }
    policy.levels.clear();
    for (const auto& level : draft.levels) {
        engine::MlfqLevel out;
        if (level.quantum) {
            out.quantum = level.quantum->value;
        }
        if (level.allotment) {
            out.allotment = static_cast<int>(std::clamp<std::int64_t>(
                level.allotment->value, 0, std::numeric_limits<int>::max()));
        }
        policy.levels.push_back(out);
    }
}

void PolicyReader::checkLevel(const LevelDraft& level) {
    if (level.quantum) {
        engineCheck(levelProbe(level.quantum->value, std::nullopt), level.quantumPos,
                    *level.quantum, level.quantum->value);
    }
    if (level.allotment) {
        auto value = static_cast<int>(std::clamp<std::int64_t>(level.allotment->value,
                                                               std::numeric_limits<int>::min(),
                                                               std::numeric_limits<int>::max()));
        engineCheck(levelProbe(std::nullopt, value), level.allotmentPos, *level.allotment, value);
    }
}

// Runs the engine's own validation on a policy that differs from a valid one only in the value
// at `pos`, so that its messages can be located. `probed` is the value as the probe holds it:
// numbers too large for it were clamped, and the message then shows them as written.
void PolicyReader::engineCheck(const engine::PolicyConfig& check, SourcePos pos,
                               const WholeNumber& number, std::int64_t probed) {
    for (auto problem : engine::validatePolicy(check)) {
        auto clamped = std::to_string(probed);
        auto at = problem.rfind(clamped);
        if ((number.overflow || probed != number.value) && at != std::string::npos) {
            problem.replace(at, clamped.size(), number.shown());
        }
        m_ctx.error(pos, problem);
    }
}

}  // namespace schedlab::scenario::detail
