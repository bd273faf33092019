#include "engine/policy_registry.hpp"

namespace schedlab::engine {

#define SCHEDLAB_POLICY(name, title, factory) std::unique_ptr<Policy> factory(const PolicyContext&);
#include "engine/policies/list.def"
#undef SCHEDLAB_POLICY

namespace {
constexpr PolicyEntry kEntries[] = {
#define SCHEDLAB_POLICY(name, title, factory) {name, title, &factory},
#include "engine/policies/list.def"
#undef SCHEDLAB_POLICY
};
}  // namespace

std::span<const PolicyEntry> policyEntries() { return kEntries; }

const PolicyEntry* findPolicy(std::string_view name) {
    for (const auto& entry : kEntries) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

}  // namespace schedlab::engine
