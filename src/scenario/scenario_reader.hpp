#pragma once
// Reads a whole scenario document into a Workload, reporting every problem it finds.

#include <array>
#include <cstdint>
#include <vector>

#include "scenario/field_reader.hpp"
#include "scenario/policy_reader.hpp"
#include "scenario/program_reader.hpp"
#include "scenario/scenario.hpp"

namespace schedlab::scenario::detail {

class ScenarioReader {
public:
    ScenarioReader(ReadContext& ctx, bool collectSources)
        : m_ctx(ctx),
          m_fields(ctx),
          m_policies(m_fields),
          m_programs(m_fields),
          m_collectSources(collectSources) {}

    void readDocument(Value& root);
    /// Checks that need every process (duplicate names, the names steps use, the rules between
    /// programs). Call after readDocument, when the document itself may already be closed.
    void finish();

    Scenario& workload() { return m_workload; }
    std::vector<ProcessSource>& sources() { return m_sources; }
    const ProgramReader& programs() const { return m_programs; }

private:
    struct ProcessDraft {
        engine::ProcessSpec& spec;  ///< in place in the workload: no moves
        ProcessSource source;
        engine::Pid index;                ///< in the workload; kNoProcess when not kept
        std::array<SourcePos, 7> seen{};  ///< keys: name, arrival, ..., daemon (kProcessKeys)
        bool arrivalOk = true;
        bool burstsOk = true;
        bool programOk = true;
    };

    bool readRootEntry(const Key& key, Value& value, std::vector<SourcePos>& seen);
    void readSetting(int index, Value& value);
    void readProcesses(Value& value);
    void reserve(std::size_t count);
    void readProcess(Value& item);
    bool readProcessEntry(const Key& key, Value& value, ProcessDraft& draft);
    void readBursts(Value& value, ProcessDraft& draft);
    bool readBurst(Value& item, ProcessDraft& draft);
    /// The bursts one item's text gives; false after reporting what is wrong with it.
    bool addBursts(std::string_view text, SourcePos pos, std::string_view what);
    void checkProcess(ProcessDraft& draft, SourcePos pos);
    void checkChild(const ProcessDraft& draft);
    void checkTimes(const ProcessDraft& draft);
    void checkDuplicateNames();

    ReadContext& m_ctx;
    FieldReader m_fields;
    PolicyReader m_policies;
    ProgramReader m_programs;
    bool m_collectSources;
    Scenario m_workload;
    std::vector<ProcessSource> m_sources;
    std::vector<SourcePos> m_namePos;    ///< one per process, for duplicate names
    SourcePos m_multiprogrammingPos;     ///< where the file sets it, for programs
    std::int64_t m_totalBursts = 0;      ///< saturates at kTimeLimit
    std::vector<engine::Tick> m_bursts;  ///< scratch space for one process's bursts
};

}  // namespace schedlab::scenario::detail
