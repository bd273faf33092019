#include "scenario/policy_reader.hpp"

#include <algorithm>
#include <limits>

#include "engine/policy_spec.hpp"

namespace schedlab::scenario::detail {
namespace {

const std::vector<std::string_view> kLevelKeys = {"quantum", "allotment"};

// "name", then every parameter key any policy declares.
const std::vector<std::string_view>& keys() {
    static const std::vector<std::string_view> all = [] {
        std::vector<std::string_view> out = {"name"};
        auto params = engine::allParamNames();
        out.insert(out.end(), params.begin(), params.end());
        return out;
    }();
    return all;
}

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

// The policy a value is checked for: `own` if it takes the key, else the first that does.
engine::PolicyConfig probeFor(std::string_view own, std::string_view key) {
    const auto* entry = engine::findPolicy(own);
    if (!entry || !entry->param(key)) {
        for (const auto& other : engine::policyEntries()) {
            if (other.param(key)) {
                return engine::PolicyConfig{std::string(other.name)};
            }
        }
    }
    return engine::PolicyConfig{std::string(own)};
}

int toInt(std::int64_t value) {
    return static_cast<int>(std::clamp<std::int64_t>(value, std::numeric_limits<int>::min(),
                                                     std::numeric_limits<int>::max()));
}

}  // namespace

std::vector<std::string_view> fileParameters(std::string_view policyName) {
    std::vector<std::string_view> out;
    if (const auto* entry = engine::findPolicy(policyName)) {
        for (const auto& spec : entry->params) {
            out.push_back(spec.name);
        }
    }
    return out;
}

std::optional<engine::PolicyConfig> PolicyReader::read(Value& value) {
    if (value.kind() == ValueKind::Scalar) {
        return readSpec(value);
    }
    Draft draft;
    draft.pos = value.pos();
    draft.seen.resize(keys().size());
    draft.slots.resize(keys().size());
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
    int index = m_fields.lookupKey(key, keys(), " in policy", draft.seen);
    if (index < 0) {
        return !m_ctx.stopped();
    }
    Slot& slot = draft.slots[static_cast<std::size_t>(index)];
    slot.keyPos = key.pos;
    slot.valuePos = value.pos();
    if (index == 0) {
        draft.name = m_fields.readText(value, "the policy's name", false);
    } else {
        readValue(*engine::findParam({}, key.text), value, slot);
    }
    return !m_ctx.stopped();
}

void PolicyReader::readValue(const engine::ParamSpec& spec, Value& value, Slot& slot) {
    std::size_t before = m_ctx.problemCount();
    switch (spec.type) {
        case engine::ParamType::Ticks:
            slot.number = m_fields.readWhole(value, spec.name);
            break;
        case engine::ParamType::Flag:
            slot.flag = m_fields.readBool(value, spec.name);
            break;
        case engine::ParamType::Levels:
            readLevels(value, slot);
            break;
    }
    slot.ok = m_ctx.problemCount() == before;
}

void PolicyReader::readLevels(Value& value, Slot& slot) {
    if (m_fields.expect(value, ValueKind::Seq, "levels",
                        "a list such as [{quantum: 2, allotment: 1}, {quantum: 4}]")) {
        value.forEachItem([&](Value& item) {
            readLevel(item, slot);
            return !m_ctx.stopped();
        });
    }
}

void PolicyReader::readLevel(Value& item, Slot& slot) {
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
    slot.levels.push_back(std::move(level));
}

std::optional<engine::PolicyConfig> PolicyReader::build(Draft& draft) {
    if (!checkName(draft)) {
        return std::nullopt;
    }
    warnForeignParameters(draft);
    engine::PolicyConfig policy{*draft.name};
    apply(draft, policy);
    return policy;
}

bool PolicyReader::checkName(const Draft& draft) {
    if (draft.seen[0].line == 0) {
        m_ctx.error(draft.pos, "policy needs a 'name': one of " + joinNames(policyNames()));
        return false;
    }
    if (draft.name && !engine::findPolicy(*draft.name)) {
        m_ctx.error(draft.slots[0].valuePos, unknownPolicy(*draft.name));
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
    for (std::size_t i = 1; i < keys().size(); ++i) {
        if (draft.seen[i].line == 0 ||
            std::find(takes.begin(), takes.end(), keys()[i]) != takes.end()) {
            continue;
        }
        m_ctx.warning(draft.slots[i].keyPos,
                      "'" + std::string(keys()[i]) + "' is not a parameter of " + name +
                          ", so it is ignored; " + name +
                          (takes.empty() ? " takes no parameters" : " takes: " + joinNames(takes)));
    }
}

void PolicyReader::apply(const Draft& draft, engine::PolicyConfig& policy) {
    for (std::size_t i = 1; i < keys().size(); ++i) {
        const Slot& slot = draft.slots[i];
        const auto& spec = *engine::findParam(policy.name, keys()[i]);
        if (draft.seen[i].line == 0) {
            continue;
        }
        if (spec.type == engine::ParamType::Ticks) {
            applyNumber(spec, slot, policy);
        } else if (spec.type == engine::ParamType::Flag && slot.flag) {
            policy.set(spec.name, *slot.flag);
        } else if (spec.type == engine::ParamType::Levels) {
            applyLevels(spec, slot, policy);
        }
    }
}

// Sets a number parameter and checks it as the engine would for the policy that takes it.
void PolicyReader::applyNumber(const engine::ParamSpec& spec, const Slot& slot,
                               engine::PolicyConfig& policy) {
    if (!slot.number) {
        return;
    }
    policy.set(spec.name, slot.number->value);
    auto check = probeFor(policy.name, spec.name);
    check.set(spec.name, slot.number->value);
    engineCheck(check, slot.valuePos, *slot.number, slot.number->value);
}

void PolicyReader::applyLevels(const engine::ParamSpec& spec, const Slot& slot,
                               engine::PolicyConfig& policy) {
    for (const auto& level : slot.levels) {
        checkLevel(spec.name, level);
    }
    if (!slot.ok) {
        return;
    }
    auto check = probeFor(policy.name, spec.name);
    check.set(spec.name, std::vector<engine::MlfqLevel>(slot.levels.size(), {1, 1}));
    for (auto& problem : engine::validatePolicy(check)) {
        m_ctx.error(slot.valuePos, problem);  // the number of levels
    }
    std::vector<engine::MlfqLevel> levels;
    for (const auto& level : slot.levels) {
        engine::MlfqLevel out;
        if (level.quantum) {
            out.quantum = level.quantum->value;
        }
        if (level.allotment) {
            out.allotment = toInt(std::max<std::int64_t>(level.allotment->value, 0));
        }
        levels.push_back(out);
    }
    policy.set(spec.name, std::move(levels));
}

void PolicyReader::checkLevel(std::string_view key, const LevelDraft& level) {
    auto probe = [&](std::optional<engine::Tick> quantum, std::optional<int> allotment) {
        auto check = probeFor({}, key);
        check.set(key, std::vector<engine::MlfqLevel>{{quantum, allotment}});
        return check;
    };
    if (level.quantum) {
        engineCheck(probe(level.quantum->value, std::nullopt), level.quantumPos, *level.quantum,
                    level.quantum->value);
    }
    if (level.allotment) {
        int value = toInt(level.allotment->value);
        engineCheck(probe(std::nullopt, value), level.allotmentPos, *level.allotment, value);
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
