#pragma once
// The list of policies and what each declares about itself. Adding a policy: one file in
// policies/ that defines its PolicyEntry, and one line in policies/list.def (see
// docs/ARCHITECTURE.md).

#include <memory>
#include <span>
#include <string_view>

#include "engine/policy.hpp"
#include "engine/policy_params.hpp"

namespace schedlab::engine {

using PolicyFactory = std::unique_ptr<Policy> (*)(const PolicyContext&);

struct PolicyEntry {
    std::string_view name = {};   ///< as in files and SPECs, e.g. "rr"
    std::string_view title = {};  ///< for people, translatable: "Round robin"
    std::string_view summary = {};  ///< one sentence on how it chooses, translatable
    std::span<const ParamSpec> params = {};   ///< in the order forms and SPECs show them
    PolicyCapabilities can = {};
    RankedBy rankedBy = RankedBy::QueueOrder;
    /// Sentences for the policy's own decisions (DecisionKind::Note, Decision::note = index), translatable;
    /// %1 is the process, %2 the CPU, %3 the note's value.
    std::span<const std::string_view> notes = {};
    bool comparedByDefault = false;   ///< checked in the app's comparison when it opens
    PolicyFactory make = nullptr;

    /// The parameter with this name, or nullptr if the policy has none.
    const ParamSpec* param(std::string_view name) const;
};

std::span<const PolicyEntry> policyEntries();
const PolicyEntry* findPolicy(std::string_view name);
/// The parameter `name` as `policy` declares it, else as the first policy that has it declares
/// it (a parameter name means the same for every policy), else nullptr.
const ParamSpec* findParam(std::string_view policy, std::string_view name);
/// Every parameter name of every policy, once, in registration order.
std::span<const std::string_view> allParamNames();

}  // namespace schedlab::engine
