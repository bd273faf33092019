#include <cassert>
#include <set>

#include "engine/policy_registry.hpp"
#include "engine/workload.hpp"

namespace schedlab::engine {

ParamValue ParamSpec::defaultValue() const {
    switch (type) {
        case ParamType::Ticks:
            return defaultTicks;
        case ParamType::Flag:
            return defaultFlag;
        case ParamType::Levels:
            return std::vector<MlfqLevel>(defaultLevels.begin(), defaultLevels.end());
    }
    return defaultTicks;
}

ParamValue PolicyConfig::value(std::string_view key) const {
    if (auto it = m_values.find(key); it != m_values.end()) {
        return it->second;
    }
    const ParamSpec* spec = findParam(name, key);
    assert(spec && "no policy declares this parameter");
    return spec ? spec->defaultValue() : ParamValue{Tick{0}};
}

Tick PolicyConfig::ticks(std::string_view key) const {
    auto v = value(key);
    const Tick* ticks = std::get_if<Tick>(&v);
    return ticks ? *ticks : 0;
}

bool PolicyConfig::flag(std::string_view key) const {
    auto v = value(key);
    const bool* flag = std::get_if<bool>(&v);
    return flag && *flag;
}

std::vector<MlfqLevel> PolicyConfig::levels(std::string_view key) const {
    auto v = value(key);
    auto* levels = std::get_if<std::vector<MlfqLevel>>(&v);
    return levels ? std::move(*levels) : std::vector<MlfqLevel>{};
}

void PolicyConfig::set(std::string_view key, ParamValue value) {
    m_values.insert_or_assign(std::string(key), std::move(value));
}

bool PolicyConfig::operator==(const PolicyConfig& other) const {
    if (name != other.name) {
        return false;
    }
    std::set<std::string_view> keys;
    for (const auto* config : {this, &other}) {
        for (const auto& [key, value] : config->m_values) {
            keys.insert(key);
        }
    }
    for (auto key : keys) {
        if (value(key) != other.value(key)) {
            return false;
        }
    }
    return true;
}

}  // namespace schedlab::engine
