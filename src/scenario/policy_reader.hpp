#pragma once
// Reads `policy:`: a mapping {name, and the parameters policies declare (quantum, levels, boost,
// ...)}, or (an extension) a SPEC string as on the command line, e.g. "rr:quantum=4". Which keys
// exist, their types and ranges come from the policy registry (engine/policy_registry.hpp).

#include <optional>
#include <string>
#include <vector>

#include "engine/policy_registry.hpp"
#include "engine/workload.hpp"
#include "scenario/field_reader.hpp"

namespace schedlab::scenario::detail {

class PolicyReader {
public:
    explicit PolicyReader(FieldReader& fields) : m_fields(fields), m_ctx(fields.context()) {}

    /// The policy, or nullopt after reporting every problem with it.
    std::optional<engine::PolicyConfig> read(Value& value);

private:
    struct LevelDraft {
        std::optional<WholeNumber> quantum, allotment;
        SourcePos quantumPos, allotmentPos;
    };
    /// One parameter as written: kept until the whole mapping is read (`name` may come last).
    struct Slot {
        SourcePos keyPos, valuePos;
        std::optional<WholeNumber> number;
        std::optional<bool> flag;
        std::vector<LevelDraft> levels;
        bool ok = false;   ///< read without problems
    };
    struct Draft {
        SourcePos pos;
        std::vector<SourcePos> seen;   ///< per key of keys(): where it was, line 0 if not
        std::vector<Slot> slots;       ///< likewise
        std::optional<std::string> name;
    };

    std::optional<engine::PolicyConfig> readSpec(Value& value);
    bool readEntry(const Key& key, Value& value, Draft& draft);
    void readValue(const engine::ParamSpec& spec, Value& value, Slot& slot);
    void readLevels(Value& value, Slot& slot);
    void readLevel(Value& item, Slot& slot);
    std::optional<engine::PolicyConfig> build(Draft& draft);
    bool checkName(const Draft& draft);
    void warnForeignParameters(const Draft& draft);
    void apply(const Draft& draft, engine::PolicyConfig& policy);
    void applyNumber(const engine::ParamSpec& spec, const Slot& slot, engine::PolicyConfig& policy);
    void applyLevels(const engine::ParamSpec& spec, const Slot& slot,
                     engine::PolicyConfig& policy);
    void checkLevel(std::string_view key, const LevelDraft& level);
    void engineCheck(const engine::PolicyConfig& probe, SourcePos pos, const WholeNumber& number,
                     std::int64_t probed);

    FieldReader& m_fields;
    ReadContext& m_ctx;
};

/// The keys a policy takes in a file, e.g. {"levels", "boost", ...} for mlfq.
std::vector<std::string_view> fileParameters(std::string_view policyName);

}  // namespace schedlab::scenario::detail
