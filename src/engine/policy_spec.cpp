#include "engine/policy_spec.hpp"

#include <algorithm>
#include <charconv>

#include "engine/policy_registry.hpp"

namespace schedlab::engine {
namespace {

constexpr Tick kMaxAllotment = 1'000'000'000;

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

std::string applyLevels(PolicyConfig& policy, const std::vector<std::optional<Tick>>& quanta,
                        const std::vector<std::optional<Tick>>& allotments) {
    if (!quanta.empty() && !allotments.empty() && quanta.size() != allotments.size()) {
        return "mlfq has " + std::to_string(quanta.size()) + " quanta but " +
               std::to_string(allotments.size()) + " allotments; give one of each per level";
    }
    size_t count = !quanta.empty() ? quanta.size() : allotments.size();
    if (count == 0) {
        return {};
    }
    if (quanta.empty() && count != policy.levels.size()) {
        return "mlfq allotments need quanta for the same number of levels";
    }
    std::vector<MlfqLevel> levels(count);
    for (size_t i = 0; i < count; ++i) {
        levels[i].quantum = quanta.empty() ? policy.levels[i].quantum : quanta[i];
        auto allot = allotments.empty() ? std::optional<Tick>{1} : allotments[i];
        if (allot && (*allot < 1 || *allot > kMaxAllotment)) {
            return "a level's allotment must be between 1 and " + std::to_string(kMaxAllotment) +
                   ", not " + std::to_string(*allot);
        }
        if (allot) {
            levels[i].allotment = static_cast<int>(std::clamp<Tick>(*allot, -1, 1'000'000'000));
        }
    }
    policy.levels = std::move(levels);
    return {};
}

struct ParamState {
    std::vector<std::optional<Tick>> quanta;
    std::vector<std::optional<Tick>> allotments;
};

std::string applyParam(PolicyConfig& policy, ParamState& state, std::string_view key,
                       std::string_view value) {
    auto bad = [&](std::string_view what) {
        return "'" + std::string(key) + "' needs " + std::string(what) + ", not '" +
               std::string(value) + "'";
    };
    if (key == "quantum" || key == "boost" || key == "aging") {
        auto number = parseTick(value);
        if (!number) {
            return bad("a whole number");
        }
        (key == "quantum" ? policy.quantum : key == "boost" ? policy.boost : policy.aging) = *number;
        return {};
    }
    if (key == "reset_on_io" || key == "io_to_front") {
        auto flag = parseBool(value);
        if (!flag) {
            return bad("true or false");
        }
        (key == "reset_on_io" ? policy.resetOnIo : policy.ioToFront) = *flag;
        return {};
    }
    auto list = parseList(value);
    if (!list) {
        return bad("numbers separated by '/', e.g. 2/4/8");
    }
    (key == "quanta" ? state.quanta : state.allotments) = std::move(*list);
    return {};
}

std::string parseParams(PolicyConfig& policy, std::string_view params) {
    auto allowed = policyParameters(policy.name);
    ParamState state;
    for (auto item : split(params, ',')) {
        auto eq = item.find('=');
        if (eq == std::string_view::npos) {
            return "parameter '" + std::string(item) + "' needs a value, as in name=value";
        }
        auto key = item.substr(0, eq);
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            auto near = closestMatch(key, allowed);
            return policy.name + " has no parameter '" + std::string(key) + "'" +
                   (near.empty() ? "" : " (did you mean '" + std::string(near) + "'?)") +
                   "; it takes " + joinNames(allowed);
        }
        if (auto error = applyParam(policy, state, key, item.substr(eq + 1)); !error.empty()) {
            return error;
        }
    }
    return applyLevels(policy, state.quanta, state.allotments);
}

std::string formatList(const std::vector<MlfqLevel>& levels, bool quanta) {
    std::string out;
    for (const auto& level : levels) {
        auto value = quanta ? level.quantum : std::optional<Tick>(level.allotment);
        out += out.empty() ? "" : "/";
        out += value ? std::to_string(*value) : "-";
    }
    return out;
}

}  // namespace

std::vector<std::string_view> policyParameters(std::string_view name) {
    if (name == "rr") {
        return {"quantum"};
    }
    if (name == "mlfq") {
        return {"quanta", "allotments", "boost", "reset_on_io", "io_to_front"};
    }
    if (name == "priority" || name == "priority-p") {
        return {"aging"};
    }
    return {};
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
    auto colon = spec.find(':');
    auto name = spec.substr(0, colon);
    if (!findPolicy(name)) {
        std::vector<std::string_view> names;
        for (const auto& entry : policyEntries()) {
            names.push_back(entry.name);
        }
        auto near = closestMatch(name, names);
        return {std::nullopt, "unknown policy '" + std::string(name) + "'" +
                                  (near.empty() ? "" : " (did you mean '" + std::string(near) + "'?)") +
                                  "; known policies: " + joinNames(names)};
    }
    PolicyConfig policy;
    policy.name = std::string(name);
    if (colon != std::string_view::npos) {
        if (auto error = parseParams(policy, spec.substr(colon + 1)); !error.empty()) {
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
    if (policy.name == "rr") {
        out += ":quantum=" + std::to_string(policy.quantum);
    } else if (policy.name == "mlfq") {
        out += ":quanta=" + formatList(policy.levels, true) +
               ",allotments=" + formatList(policy.levels, false);
        out += policy.boost > 0 ? ",boost=" + std::to_string(policy.boost) : "";
        out += policy.resetOnIo ? ",reset_on_io=true" : "";
        out += policy.ioToFront ? ",io_to_front=true" : "";
    } else if ((policy.name == "priority" || policy.name == "priority-p") && policy.aging > 0) {
        out += ":aging=" + std::to_string(policy.aging);
    }
    return out;
}

std::vector<std::string> validatePolicy(const PolicyConfig& policy) {
    std::vector<std::string> problems;
    constexpr Tick kMax = Tick{1} << 40;
    auto checkRange = [&](Tick value, std::string_view what, Tick min) {
        if (value < min || value > kMax) {
            problems.push_back(std::string(what) + " must be between " + std::to_string(min) +
                               " and " + std::to_string(kMax) + ", not " + std::to_string(value));
        }
    };
    if (policy.name == "rr") {
        checkRange(policy.quantum, "quantum", 1);
    }
    if (policy.name == "priority" || policy.name == "priority-p") {
        checkRange(policy.aging, "aging", 0);
    }
    if (policy.name != "mlfq") {
        return problems;
    }
    if (policy.levels.empty() || policy.levels.size() > 64) {
        problems.push_back("mlfq needs between 1 and 64 levels");
    }
    for (const auto& level : policy.levels) {
        if (level.quantum) {
            checkRange(*level.quantum, "a level's quantum", 1);
        }
        if (level.allotment) {
            if (*level.allotment < 1 || *level.allotment > kMaxAllotment) {
                problems.push_back("a level's allotment must be between 1 and " +
                                   std::to_string(kMaxAllotment) + ", not " +
                                   std::to_string(*level.allotment));
            }
        }
    }
    checkRange(policy.boost, "boost", 0);
    return problems;
}

}  // namespace schedlab::engine
