#include "engine/policy_registry.hpp"

#include <algorithm>
#include <vector>

namespace schedlab::engine {

#define SCHEDLAB_POLICY(entry) const PolicyEntry& entry();
#include "engine/policies/list.def"
#undef SCHEDLAB_POLICY

const ParamSpec* PolicyEntry::param(std::string_view wanted) const {
    auto it = std::find_if(params.begin(), params.end(),
                           [&](const ParamSpec& spec) { return spec.name == wanted; });
    return it == params.end() ? nullptr : &*it;
}

std::span<const PolicyEntry> policyEntries() {
    static const std::vector<PolicyEntry> entries = {
#define SCHEDLAB_POLICY(entry) entry(),
#include "engine/policies/list.def"
#undef SCHEDLAB_POLICY
    };
    return entries;
}

const PolicyEntry* findPolicy(std::string_view name) {
    for (const auto& entry : policyEntries()) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

const ParamSpec* findParam(std::string_view policy, std::string_view name) {
    if (const auto* own = findPolicy(policy); own && own->param(name)) {
        return own->param(name);
    }
    for (const auto& entry : policyEntries()) {
        if (const auto* spec = entry.param(name)) {
            return spec;
        }
    }
    return nullptr;
}

std::span<const std::string_view> allParamNames() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> out;
        for (const auto& entry : policyEntries()) {
            for (const auto& spec : entry.params) {
                if (std::find(out.begin(), out.end(), spec.name) == out.end()) {
                    out.push_back(spec.name);
                }
            }
        }
        return out;
    }();
    return keys;
}

}  // namespace schedlab::engine
