#pragma once
// Reading typed fields (whole numbers, booleans, text, choices, mapping keys), with the messages
// for every way they can be wrong.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/limits.hpp"
#include "engine/policy_spec.hpp"
#include "scenario/read_context.hpp"

namespace schedlab::scenario::detail {

using engine::kMaxTime;
using engine::kTimeLimit;

struct WholeNumber {
    std::int64_t value = 0;  ///< clamped to the int64 range when overflow
    bool overflow = false;
    std::string text;  ///< as written, kept only when overflow
    /// The number as written, shortened for messages.
    std::string shown() const;
};

struct IntRange {
    std::int64_t min = 0;
    std::int64_t max = kMaxTime;
};

/// Parses [+-]digits; out-of-range numbers are clamped and flagged; anything else is nullopt.
std::optional<WholeNumber> parseWhole(std::string_view text);

/// "4 ms", "4ms": digits and then a word, as when a time is written with a unit.
bool hasUnit(std::string_view text);

/// A message about a number outside `range`, e.g. "cpus must be between 1 and 1024, not 0".
std::string rangeProblem(std::string_view what, IntRange range, const WholeNumber& number);

/// Joins names with ", ".
std::string joinNames(std::span<const std::string_view> names);

using engine::quoteForMessage;

class FieldReader {
public:
    explicit FieldReader(ReadContext& ctx) : m_ctx(ctx) {}

    /// A whole number in the int64 range or beyond (then overflow is set); no range check.
    std::optional<WholeNumber> readWhole(Value& value, std::string_view what);
    std::optional<std::int64_t> readInt(Value& value, std::string_view what, IntRange range);
    std::optional<bool> readBool(Value& value, std::string_view what);
    /// Any scalar as text; null is "" when allowEmpty.
    std::optional<std::string> readText(Value& value, std::string_view what, bool allowEmpty);
    /// Whether text may be a name or other text (not empty unless allowEmpty, no control or
    /// direction characters); false after reporting why not at pos.
    bool checkText(std::string_view text, SourcePos pos, std::string_view what, bool allowEmpty);
    std::optional<std::string> readChoice(Value& value, std::string_view what,
                                          const std::vector<std::string_view>& choices);
    /// The scalar text of value, or nullopt after reporting that it is not a scalar.
    std::optional<std::string_view> readScalar(Value& value, std::string_view what,
                                               std::string_view expected);
    /// Checks the kind of a mapping or list; reports "WHAT must be EXPECTED, not ..." if wrong.
    bool expect(Value& value, ValueKind kind, std::string_view what, std::string_view expected);

    /// The index of key in names, marking it seen; -1 after reporting an unknown, duplicate or
    /// non-scalar key. `where` ends the unknown-key message, e.g. " in policy".
    int lookupKey(const Key& key, std::span<const std::string_view> names, std::string_view where,
                  std::span<SourcePos> seen);

    ReadContext& context() { return m_ctx; }

private:
    void typeError(SourcePos pos, ValueKind kind, std::string_view text, std::string_view what,
                   std::string_view expected);

    ReadContext& m_ctx;
};

}  // namespace schedlab::scenario::detail
