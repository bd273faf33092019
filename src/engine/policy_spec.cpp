#include "engine/policy_spec.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "engine/policy_registry.hpp"

namespace schedlab::engine {
namespace {

// In SPECs a Levels parameter is written as two lists.
constexpr std::string_view kQuantaKey = "quanta";
constexpr std::string_view kAllotmentsKey = "allotments";

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        size_t end = text.find(sep, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

std::optional<Tick> parseTick(std::string_view text) {
    Tick value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> parseBool(std::string_view text) {
    if (text == "true" || text == "1" || text == "yes") {
        return true;
    }
    if (text == "false" || text == "0" || text == "no") {
        return false;
    }
    return std::nullopt;
}

// A "/"-separated list of numbers where "-" means "none".
std::optional<std::vector<std::optional<Tick>>> parseList(std::string_view text) {
    std::vector<std::optional<Tick>> values;
    for (auto part : split(text, '/')) {
        if (part == "-") {
            values.emplace_back();
            continue;
        }
        auto value = parseTick(part);
        if (!value) {
            return std::nullopt;
        }
        values.emplace_back(*value);
    }
    return values;
}

std::string joinNames(const std::vector<std::string_view>& names) {
    std::string out;
    for (auto name : names) {
        out += out.empty() ? "" : ", ";
        out += name;
    }
    return out.empty() ? "no parameters" : out;
}

std::string allotmentRange(Tick value) {
    return "a level's allotment must be between 1 and " + std::to_string(kMaxAllotment) +
           ", not " + std::to_string(value);
}

/// The quanta and allotments of a SPEC, kept until every item is read.
struct LevelLists {
    const ParamSpec* spec = nullptr;
    std::vector<std::optional<Tick>> quanta;
    std::vector<std::optional<Tick>> allotments;
};

std::string applyLevels(PolicyConfig& policy, const LevelLists& lists) {
    const auto& quanta = lists.quanta;
    const auto& allotments = lists.allotments;
    if (!quanta.empty() && !allotments.empty() && quanta.size() != allotments.size()) {
        return policy.name + " has " + std::to_string(quanta.size()) + " quanta but " +
               std::to_string(allotments.size()) + " allotments; give one of each per level";
    }
    for (const auto& allot : allotments) {
        if (allot && (*allot < 1 || *allot > kMaxAllotment)) {
            return allotmentRange(*allot);  // before the count, so the real problem shows (#13)
        }
    }
    size_t count = !quanta.empty() ? quanta.size() : allotments.size();
    if (count == 0) {
        return {};
    }
    auto old = policy.levels(lists.spec->name);
    if (quanta.empty() && count != old.size()) {
        return policy.name + " allotments need quanta for the same number of levels";
    }
    std::vector<MlfqLevel> levels(count);
    for (size_t i = 0; i < count; ++i) {
        levels[i].quantum = quanta.empty() ? old[i].quantum : quanta[i];
        auto allot = allotments.empty() ? std::optional<Tick>{1} : allotments[i];
        if (allot) {
            levels[i].allotment = static_cast<int>(*allot);
        }
    }
    policy.set(lists.spec->name, std::move(levels));
    return {};
}

std::string applyParam(PolicyConfig& policy, const ParamSpec& spec, LevelLists& lists,
                       std::string_view key, std::string_view value) {
    auto bad = [&](std::string_view what) {
        return quoteForMessage(key) + " needs " + std::string(what) + ", not " + quoteForMessage(value);
    };
    if (spec.type == ParamType::Ticks) {
        auto number = parseTick(value);
        if (!number) {
            return bad("a whole number");
        }
        policy.set(spec.name, *number);
        return {};
    }
    if (spec.type == ParamType::Flag) {
        auto flag = parseBool(value);
        if (!flag) {
            return bad("true or false");
        }
        policy.set(spec.name, *flag);
        return {};
    }
    auto list = parseList(value);
    if (!list) {
        return bad("numbers separated by '/', e.g. 2/4/8");
    }
    lists.spec = &spec;
    (key == kQuantaKey ? lists.quanta : lists.allotments) = std::move(*list);
    return {};
}

// The parameter a SPEC key names: its own key, or quanta/allotments for a Levels parameter.
const ParamSpec* specForKey(const PolicyEntry& entry, std::string_view key) {
    for (const auto& spec : entry.params) {
        bool lists = spec.type == ParamType::Levels && (key == kQuantaKey || key == kAllotmentsKey);
        if (lists || (spec.type != ParamType::Levels && spec.name == key)) {
            return &spec;
        }
    }
    return nullptr;
}

std::string parseParams(PolicyConfig& policy, const PolicyEntry& entry, std::string_view params) {
    LevelLists lists;
    std::vector<std::string_view> seen;
    for (auto item : split(params, ',')) {
        auto eq = item.find('=');
        if (eq == std::string_view::npos) {
            return "parameter " + quoteForMessage(item) + " needs a value, as in name=value";
        }
        auto key = item.substr(0, eq);
        const ParamSpec* spec = specForKey(entry, key);
        if (!spec) {
            auto allowed = policyParameters(policy.name);
            auto near = closestMatch(key, allowed);
            return policy.name + " has no parameter " + quoteForMessage(key) +
                   (near.empty() ? "" : " (did you mean '" + std::string(near) + "'?)") +
                   "; it takes " + joinNames(allowed);
        }
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
            return "parameter '" + std::string(key) + "' is given twice";  // as files refuse it
        }
        seen.push_back(key);
        if (auto error = applyParam(policy, *spec, lists, key, item.substr(eq + 1));
            !error.empty()) {
            return error;
        }
    }
    return lists.spec ? applyLevels(policy, lists) : std::string{};
}

std::string formatValue(std::optional<Tick> value) {
    return value ? std::to_string(*value) : "-";
}

std::string formatList(const std::vector<MlfqLevel>& levels, bool quanta) {
    std::string out;
    for (const auto& level : levels) {
        out += out.empty() ? "" : "/";
        out += quanta ? formatValue(level.quantum) : formatValue(level.allotment);
    }
    return out;
}

std::string formatParam(const PolicyConfig& policy, const ParamSpec& spec) {
    switch (spec.type) {
        case ParamType::Ticks:
            return std::string(spec.name) + "=" + std::to_string(policy.ticks(spec.name));
        case ParamType::Flag:
            return std::string(spec.name) + (policy.flag(spec.name) ? "=true" : "=false");
        case ParamType::Levels: {
            auto levels = policy.levels(spec.name);
            return std::string(kQuantaKey) + "=" + formatList(levels, true) + "," +
                   std::string(kAllotmentsKey) + "=" + formatList(levels, false);
        }
    }
    return {};
}

void checkRange(Tick value, std::string_view what, Tick min, Tick max,
                std::vector<std::string>& problems) {
    if (value < min || value > max) {
        problems.push_back(std::string(what) + " must be between " + std::to_string(min) +
                           " and " + std::to_string(max) + ", not " + std::to_string(value));
    }
}

void checkLevels(const PolicyConfig& policy, const ParamSpec& spec,
                 std::vector<std::string>& problems) {
    auto levels = policy.levels(spec.name);
    if (levels.empty() || levels.size() > static_cast<size_t>(kMaxLevels)) {
        problems.push_back(policy.name + " needs between 1 and " + std::to_string(kMaxLevels) +
                           " levels");
    }
    for (const auto& level : levels) {
        if (level.quantum) {
            checkRange(*level.quantum, "a level's quantum", 1, kMaxSetting, problems);
        }
        if (level.allotment && (*level.allotment < 1 || *level.allotment > kMaxAllotment)) {
            problems.push_back(allotmentRange(*level.allotment));
        }
    }
}

}  // namespace

bool isDefault(const PolicyConfig& policy, const ParamSpec& spec) {
    return policy.value(spec.name) == spec.defaultValue();
}

std::vector<std::string_view> policyParameters(std::string_view name) {
    std::vector<std::string_view> keys;
    const PolicyEntry* entry = findPolicy(name);
    for (const auto& spec : entry ? entry->params : std::span<const ParamSpec>{}) {
        if (spec.type == ParamType::Levels) {
            keys.insert(keys.end(), {kQuantaKey, kAllotmentsKey});
        } else {
            keys.push_back(spec.name);
        }
    }
    return keys;
}

std::string quoteForMessage(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown) {
        return "'" + std::string(text) + "'";
    }
    std::size_t cut = kShown - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;  // do not split a UTF-8 sequence
    }
    return "'" + std::string(text.substr(0, cut)) + "...'";
}

std::string_view closestMatch(std::string_view word, const std::vector<std::string_view>& candidates) {
    auto distance = [](std::string_view a, std::string_view b) {
        std::vector<size_t> row(b.size() + 1);
        for (size_t j = 0; j <= b.size(); ++j) {
            row[j] = j;
        }
        for (size_t i = 1; i <= a.size(); ++i) {
            size_t diagonal = row[0];
            row[0] = i;
            for (size_t j = 1; j <= b.size(); ++j) {
                size_t above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    std::string_view best;
    size_t bestDistance = std::max<size_t>(2, word.size() / 3) + 1;
    for (auto candidate : candidates) {
        size_t d = distance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

PolicyParse parsePolicySpec(std::string_view spec) {
    if (spec.find_first_of(" \t\r\n") != std::string_view::npos) {
        std::string compact;
        std::copy_if(spec.begin(), spec.end(), std::back_inserter(compact),
                     [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; });
        bool valid = parsePolicySpec(compact).policy.has_value();
        return {std::nullopt, "a SPEC has no spaces: " + quoteForMessage(spec) +
                                  (valid ? " (did you mean " + quoteForMessage(compact) + "?)" : "")};
    }
    auto colon = spec.find(':');
    auto name = spec.substr(0, colon);
    const PolicyEntry* entry = findPolicy(name);
    if (!entry) {
        std::vector<std::string_view> names;
        for (const auto& known : policyEntries()) {
            names.push_back(known.name);
        }
        auto near = closestMatch(name, names);
        return {std::nullopt, "unknown policy " + quoteForMessage(name) +
                                  (near.empty() ? "" : " (did you mean '" + std::string(near) + "'?)") +
                                  "; known policies: " + joinNames(names)};
    }
    PolicyConfig policy{std::string(name)};
    if (colon != std::string_view::npos) {
        if (auto error = parseParams(policy, *entry, spec.substr(colon + 1)); !error.empty()) {
            return {std::nullopt, error};
        }
    }
    if (auto problems = validatePolicy(policy); !problems.empty()) {
        return {std::nullopt, problems.front()};
    }
    return {std::move(policy), {}};
}

std::string formatPolicySpec(const PolicyConfig& policy) {
    std::string out = policy.name;
    const PolicyEntry* entry = findPolicy(policy.name);
    char sep = ':';
    for (const auto& spec : entry ? entry->params : std::span<const ParamSpec>{}) {
        if (spec.shown == ParamShown::Always || !isDefault(policy, spec)) {
            out += sep + formatParam(policy, spec);
            sep = ',';
        }
    }
    return out;
}

std::vector<std::string> validatePolicy(const PolicyConfig& policy) {
    std::vector<std::string> problems;
    const PolicyEntry* entry = findPolicy(policy.name);
    for (const auto& spec : entry ? entry->params : std::span<const ParamSpec>{}) {
        if (spec.type == ParamType::Ticks) {
            checkRange(policy.ticks(spec.name), spec.name, spec.min, spec.max, problems);
        } else if (spec.type == ParamType::Levels) {
            checkLevels(policy, spec, problems);
        }
    }
    return problems;
}

}  // namespace schedlab::engine
