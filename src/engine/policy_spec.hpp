#pragma once
// Policy SPEC strings, as on the command line: "rr:quantum=4",
// "mlfq:quanta=2/4/8,allotments=1/2/1,boost=50", "priority-p:aging=10".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/workload.hpp"

namespace schedlab::engine {

struct PolicyParse {
    std::optional<PolicyConfig> policy;   ///< set when the SPEC is valid
    std::string error;                    ///< otherwise what is wrong, for a person
};

/// Parses a SPEC. Parameters not given keep their defaults (rr quantum 4; mlfq quanta 2/4/8,
/// allotment 1 each, no boost).
PolicyParse parsePolicySpec(std::string_view spec);

/// The canonical SPEC of a policy; parsePolicySpec(formatPolicySpec(p)) == p for valid p.
std::string formatPolicySpec(const PolicyConfig& policy);

/// Problems with a policy's parameters, one sentence each; empty when it is valid.
std::vector<std::string> validatePolicy(const PolicyConfig& policy);

/// The SPEC keys of the parameters a policy takes, for messages ("quantum", "quanta", ...).
std::vector<std::string_view> policyParameters(std::string_view name);

/// Whether a parameter of `policy` has its declared default value.
bool isDefault(const PolicyConfig& policy, const ParamSpec& spec);

/// Text from the user, in quotes and cut to 40 bytes for messages ('a long te...').
std::string quoteForMessage(std::string_view text);

/// The closest of `candidates` to `word` when it is a plausible typo, else "".
std::string_view closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace schedlab::engine
