// The SPEC parser on any text: never crash; a SPEC that parses formats to a canonical SPEC that
// parses back to the same policy and formats the same again.
#include <string>

#include "engine/policy_spec.hpp"
#include "fuzz_support.hpp"

using namespace schedlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view spec = fuzz::asText(data, size);
    const auto parsed = engine::parsePolicySpec(spec);
    fuzz::check(parsed.policy.has_value() != !parsed.error.empty(),
                "a SPEC must give a policy or an error, not both or neither", spec);
    if (!parsed.policy) {
        return 0;
    }
    const std::string canonical = engine::formatPolicySpec(*parsed.policy);
    const auto again = engine::parsePolicySpec(canonical);
    fuzz::check(again.policy.has_value(), "the formatted SPEC does not parse", canonical);
    fuzz::check(*again.policy == *parsed.policy, "the formatted SPEC is another policy", spec);
    fuzz::check(engine::formatPolicySpec(*again.policy) == canonical,
                "formatting is not stable", canonical);
    return 0;
}
