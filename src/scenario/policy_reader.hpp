#pragma once
// Reads `policy:`: a mapping {name, quantum, levels, boost, reset_on_io, io_to_front, aging}, or
// (an extension) a SPEC string as on the command line, e.g. "rr:quantum=4".

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "engine/workload.hpp"
#include "scenario/field_reader.hpp"

namespace schedlab::scenario::detail {

class PolicyReader {
public:
    explicit PolicyReader(FieldReader& fields) : m_fields(fields), m_ctx(fields.context()) {}

    /// The policy, or nullopt after reporting every problem with it.
    std::optional<engine::PolicyConfig> read(Value& value);

private:
    enum Param { kName, kQuantum, kLevels, kBoost, kResetOnIo, kIoToFront, kAging, kParamCount };

    struct Slot {
        SourcePos keyPos, valuePos;
        std::optional<WholeNumber> number;
        std::optional<bool> flag;
    };
    struct LevelDraft {
        std::optional<WholeNumber> quantum, allotment;
        SourcePos quantumPos, allotmentPos;
    };
    /// Values are kept until the whole mapping is read: `name` may come after the parameters.
    struct Draft {
        SourcePos pos;
        std::vector<SourcePos> seen = std::vector<SourcePos>(kParamCount);
        std::array<Slot, kParamCount> slots;
        std::optional<std::string> name;
        std::vector<LevelDraft> levels;
        bool levelsOk = true;
    };

    std::optional<engine::PolicyConfig> readSpec(Value& value);
    bool readEntry(const Key& key, Value& value, Draft& draft);
    void readLevels(Value& value, Draft& draft);
    void readLevel(Value& item, Draft& draft);
    std::optional<engine::PolicyConfig> build(Draft& draft);
    bool checkName(const Draft& draft);
    void warnForeignParameters(const Draft& draft);
    void apply(const Draft& draft, engine::PolicyConfig& policy);
    void applyNumber(const Draft& draft, Param param, std::string_view owner,
                     engine::Tick engine::PolicyConfig::*field, engine::PolicyConfig& policy);
    void applyLevels(const Draft& draft, engine::PolicyConfig& policy);
    void checkLevel(const LevelDraft& level);
    void engineCheck(const engine::PolicyConfig& probe, SourcePos pos, const WholeNumber& number,
                     std::int64_t probed);

    FieldReader& m_fields;
    ReadContext& m_ctx;
};

/// The keys a policy takes in a file, e.g. {"levels", "boost", ...} for mlfq.
std::vector<std::string_view> fileParameters(std::string_view policyName);

}  // namespace schedlab::scenario::detail
