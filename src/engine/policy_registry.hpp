#pragma once
// The list of policies. Adding a policy: one file in policies/ and one line in policies/list.def.

#include <memory>
#include <span>
#include <string_view>

#include "engine/policy.hpp"

namespace schedlab::engine {

using PolicyFactory = std::unique_ptr<Policy> (*)(const PolicyContext&);

struct PolicyEntry {
    std::string_view name;    ///< as in files and SPECs, e.g. "rr"
    std::string_view title;   ///< for people, e.g. "Round robin"
    PolicyFactory make;
};

std::span<const PolicyEntry> policyEntries();
const PolicyEntry* findPolicy(std::string_view name);

}  // namespace schedlab::engine
