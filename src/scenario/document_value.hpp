#pragma once
// The readers' view of a parsed document, implemented over YAML (yaml_document) and JSON
// (json_document). Values are visited once, in file order, because the JSON side streams the
// file instead of building a tree.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "scenario/scenario_io.hpp"

namespace schedlab::scenario::detail {

enum class ValueKind : std::uint8_t { Null, Scalar, Map, Seq };

/// A mapping key. YAML also allows lists and mappings as keys; those have another kind.
struct Key {
    std::string_view text;
    SourcePos pos;
    ValueKind kind = ValueKind::Scalar;
};

/// A non-owning reference to a callable, for visitors: unlike std::function it never allocates,
/// which counts when a million processes are visited.
template <class Signature>
class FunctionRef;

template <class R, class... Args>
class FunctionRef<R(Args...)> {
public:
    template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef>)
        FunctionRef(F&& f)  // NOLINT: implicit, like std::function
        : m_object(const_cast<void*>(static_cast<const void*>(&f))),
          m_call([](void* object, Args... args) -> R {
              return (*static_cast<std::remove_reference_t<F>*>(object))(
                  std::forward<Args>(args)...);
          }) {}

    R operator()(Args... args) const { return m_call(m_object, std::forward<Args>(args)...); }

private:
    void* m_object;
    R (*m_call)(void*, Args...);
};

class Value {
public:
    /// Return false to stop the iteration.
    using EntryVisitor = FunctionRef<bool(const Key&, Value&)>;
    using ItemVisitor = FunctionRef<bool(Value&)>;

    virtual ~Value() = default;
    virtual ValueKind kind() = 0;
    virtual SourcePos pos() = 0;
    /// The text of a scalar, JSON strings unescaped. At most once per value; valid until the
    /// document is closed.
    virtual std::string_view text() = 0;
    /// How many items a sequence has, for reserving memory; 0 when not known.
    virtual std::size_t sizeHint() = 0;
    virtual void forEachEntry(EntryVisitor visit) = 0;
    virtual void forEachItem(ItemVisitor visit) = 0;
};

}  // namespace schedlab::scenario::detail
