#include "scenario/program_reader.hpp"

#include <algorithm>
#include <array>

#include "scenario/program_text.hpp"

namespace schedlab::scenario::detail {
namespace {

const std::vector<std::string_view> kLockKeys = {"name", "inherit"};
/// The fewest bytes a step takes in a flow list ("exit, "): a list is not reserved beyond it.
constexpr std::size_t kMinStepBytes = 6;

}  // namespace

void ProgramReader::readLocks(Value& value, std::vector<engine::LockSpec>& locks) {
    if (!m_fields.expect(value, ValueKind::Seq, "locks",
                         "a list of lock names such as [ticket, {name: radio, inherit: true}]")) {
        return;
    }
    value.forEachItem([&](Value& item) {
        readLock(item, locks);
        return !m_ctx.stopped();
    });
}

// A name, or {name: N, inherit: true} for priority inheritance.
void ProgramReader::readLock(Value& item, std::vector<engine::LockSpec>& locks) {
    SourcePos pos = item.pos();
    engine::LockSpec lock;
    ValueKind kind = item.kind();
    if (kind == ValueKind::Scalar || kind == ValueKind::Null) {
        auto name = m_fields.readText(item, "a lock's name", false);
        if (!name) {
            return;
        }
        lock.name = std::move(*name);
    } else {
        if (!m_fields.expect(item, ValueKind::Map, "a lock",
                             "a name or a mapping such as {name: radio, inherit: true}")) {
            return;
        }
        std::array<SourcePos, 2> seen{};
        item.forEachEntry(
            [&](const Key& key, Value& value) { return readLockEntry(key, value, lock, seen); });
        if (seen[0].line == 0 && !m_ctx.stopped()) {
            m_ctx.error(pos, "a lock needs a 'name', e.g. {name: radio, inherit: true}");
            return;
        }
        pos = seen[0];
    }
    locks.push_back(std::move(lock));
    m_lockPos.push_back(pos);
}

bool ProgramReader::readLockEntry(const Key& key, Value& value, engine::LockSpec& lock,
                                  std::span<SourcePos> seen) {
    int index = m_fields.lookupKey(key, kLockKeys, " in a lock", seen);
    if (index == 0) {
        lock.name = m_fields.readText(value, "a lock's name", false).value_or("");
        seen[0] = value.pos();
    } else if (index == 1) {
        lock.inherit = m_fields.readBool(value, "inherit").value_or(false);
    }
    return !m_ctx.stopped();
}

void ProgramReader::readQueues(Value& value, std::vector<engine::QueueSpec>& queues) {
    if (!m_fields.expect(value, ValueKind::Map, "queues",
                         "a mapping of queue names to capacities such as {buns: 5}")) {
        return;
    }
    value.forEachEntry([&](const Key& key, Value& capacity) {
        if (key.kind != ValueKind::Scalar) {
            m_ctx.error(key.pos, "a queue's name must be a plain name, not a list or mapping");
        } else if (m_fields.checkText(key.text, key.pos, "a queue's name", false)) {
            std::string what = "the capacity of queue " + quoteForMessage(key.text);
            auto size = m_fields.readInt(capacity, what, {0, kMaxTime});
            queues.push_back({std::string(key.text), size.value_or(0)});
            m_queuePos.push_back(key.pos);
        }
        return !m_ctx.stopped();
    });
}

bool ProgramReader::readProgram(Value& value, engine::Pid p, engine::ProcessSpec& spec,
                                std::vector<SourcePos>* positions) {
    if (!m_fields.expect(value, ValueKind::Seq, "program",
                         "a list of steps such as [cpu 2, io 3, cpu 1]")) {
        return false;
    }
    std::size_t problems = m_ctx.problemCount();
    std::size_t first = m_stepPos.size();
    m_steps.clear();
    m_steps.reserve(std::min(value.sizeHint(), m_ctx.maxItems(kMinStepBytes)));
    value.forEachItem([&](Value& item) { return readStep(item, p, positions); });
    if (m_ctx.stopped()) {
        return false;
    }
    spec.program.assign(m_steps.begin(), m_steps.end());  // one allocation of the right size
    if (p != engine::kNoProcess) {
        m_programs.emplace_back(p, first);
    }
    if (m_steps.empty()) {
        m_ctx.error(value.pos(),
                    "program must not be empty; give at least one step, e.g. "
                    "[cpu 5]");
    }
    return !m_steps.empty() && m_ctx.problemCount() == problems;
}

// One item of `program`; a bad one becomes `io 0` (nothing) so that the steps keep their places.
bool ProgramReader::readStep(Value& item, engine::Pid p, std::vector<SourcePos>* positions) {
    SourcePos pos = item.pos();
    auto text = m_fields.readScalar(item, "a program step", "text such as 'cpu 5'");
    if (m_ctx.stopped()) {
        return false;
    }
    engine::Step step{engine::StepKind::Io, 0};
    if (text && m_fields.checkText(*text, pos, "a step", true)) {
        auto parsed = parseStep(*text);
        if (auto* problem = std::get_if<std::string>(&parsed)) {
            m_ctx.error(pos, std::move(*problem));
        } else {
            const auto& good = std::get<StepText>(parsed);
            bool named = engine::stepTarget(good.kind) != engine::StepTarget::Ticks;
            step = {good.kind, named ? std::int64_t{0} : good.ticks};
            if (named && !good.name.empty()) {
                step.value = intern(good.name);
                if (p != engine::kNoProcess) {
                    m_refs.push_back({p, static_cast<std::uint32_t>(m_steps.size()), pos});
                }
            }
        }
    }
    m_steps.push_back(step);
    if (p != engine::kNoProcess) {
        m_stepPos.push_back(pos);
    }
    if (positions) {
        positions->push_back(pos);
    }
    return true;
}

bool ProgramReader::readParent(Value& value, engine::Pid p) {
    SourcePos pos = value.pos();
    auto name = m_fields.readText(value, "parent", false);
    if (name && p != engine::kNoProcess) {
        m_parents.push_back({p, intern(*name), pos});
    }
    return name.has_value();
}

std::uint32_t ProgramReader::intern(std::string_view name) {
    auto found = m_ids.find(name);
    if (found != m_ids.end()) {
        return found->second;
    }
    auto id = static_cast<std::uint32_t>(m_names.size());
    auto inserted = m_ids.emplace(std::string(name), id).first;
    m_names.push_back(inserted->first);
    return id;
}

}  // namespace schedlab::scenario::detail
