#pragma once
// Reads what programs need (CONTRACT section 4): `locks`, `queues`, and per process `program`
// and `parent`. A step or parent may name a process, lock or queue that comes later in the file
// (JSON is read as a stream), so names are kept as they are read and looked up in finish(),
// which then checks the rules between processes (engine::checkPrograms) at their positions.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/validate.hpp"
#include "scenario/field_reader.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::scenario::detail {

class ProgramReader {
public:
    explicit ProgramReader(FieldReader& fields) : m_ctx(fields.context()), m_fields(fields) {}

    void readLocks(Value& value, std::vector<engine::LockSpec>& locks);
    void readQueues(Value& value, std::vector<engine::QueueSpec>& queues);
    /// The steps of process p (kNoProcess: one not kept) into spec.program; false after
    /// reporting a problem. `positions`: one per step when wanted.
    bool readProgram(Value& value, engine::Pid p, engine::ProcessSpec& spec,
                     std::vector<SourcePos>* positions);
    /// Whether the parent's name is fine (it is looked up in finish()).
    bool readParent(Value& value, engine::Pid p);

    /// Looks up every name, then checks the programs. `namePos`: each process's name;
    /// `multiprogrammingPos`: where the file sets it ({0, 0}: not set).
    void finish(Scenario& workload, std::span<const SourcePos> namePos,
                SourcePos multiprogrammingPos);

    const std::vector<SourcePos>& lockPositions() const { return m_lockPos; }
    const std::vector<SourcePos>& queuePositions() const { return m_queuePos; }

private:
    /// What a name means once the file is read: a process, lock or queue, and where.
    struct Owner {
        engine::StepTarget kind = engine::StepTarget::None;
        std::uint32_t index = 0;
        SourcePos pos;
    };
    /// A step whose value is still a name's id.
    struct NameRef {
        engine::Pid process;
        std::uint32_t step;
        SourcePos pos;
    };
    struct ParentRef {
        engine::Pid process;
        std::uint32_t name;
        SourcePos pos;
    };
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };

    void readLock(Value& item, std::vector<engine::LockSpec>& locks);
    bool readLockEntry(const Key& key, Value& value, engine::LockSpec& lock,
                       std::span<SourcePos> seen);
    bool readStep(Value& item, engine::Pid p, std::vector<SourcePos>* positions);
    std::uint32_t intern(std::string_view name);

    // program_links.cpp: finish().
    std::vector<Owner> declare(const Scenario& workload, std::span<const SourcePos> namePos);
    void claim(std::vector<Owner>& owners, std::string_view name, Owner owner);
    void resolveParents(Scenario& workload, const std::vector<Owner>& owners);
    void resolveSteps(Scenario& workload, const std::vector<Owner>& owners);
    std::string unknownName(const Scenario& workload, std::string_view name, engine::StepKind kind);
    void reportProgramProblems(const Scenario& workload);
    SourcePos stepPos(engine::Pid p, std::size_t step) const;
    SourcePos parentPos(engine::Pid p) const;

    ReadContext& m_ctx;
    FieldReader& m_fields;
    std::unordered_map<std::string, std::uint32_t, NameHash, std::equal_to<>> m_ids;
    std::vector<std::string_view> m_names;  ///< by id: the keys of m_ids
    std::vector<NameRef> m_refs;
    std::vector<ParentRef> m_parents;  ///< in process order
    std::vector<SourcePos> m_stepPos;  ///< every step of every program, in file order
    /// Per program, in process order: the process and where its steps start in m_stepPos.
    std::vector<std::pair<engine::Pid, std::size_t>> m_programs;
    std::vector<engine::Step> m_steps;  ///< scratch space for one program
    std::vector<SourcePos> m_lockPos;
    std::vector<SourcePos> m_queuePos;
};

}  // namespace schedlab::scenario::detail
