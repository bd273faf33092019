#include "scenario/scenario_reader.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <limits>
#include <string_view>

#include "scenario/bursts_text.hpp"
#include "scenario/text_buffer.hpp"

namespace schedlab::scenario::detail {
namespace {

enum RootKey {
    kName,
    kCpus,
    kContextSwitch,
    kMultiprogramming,
    kRules,
    kPriorityOrder,
    kPolicy,
    kProcesses,
    kExercise,
    kLocks,
    kQueues,
    kOrphans
};
const std::vector<std::string_view> kRootKeys = {
    "name",     "cpus",     "context_switch", "multiprogramming", "rules",  "priority_order",
    "policy",   "processes", "exercise",      "locks",            "queues", "orphans"};

const std::vector<std::string_view> kPriorityOrders = {"smaller-first", "larger-first"};

enum ProcessKey { kProcessName, kArrival, kPriority, kBursts, kProgram, kParent, kDaemon };
const std::vector<std::string_view> kProcessKeys = {"name",    "arrival", "priority", "bursts",
                                                    "program", "parent",  "daemon"};
const std::vector<std::string_view> kOrphanRules = {"init", "grandparent", "root"};

using engine::kMaxCpus;
/// The fewest bytes a process item can take ("{name: a, bursts: [1]}" has 22): a list of
/// small values is not reserved as so many processes (#13).
constexpr std::size_t kMinProcessBytes = 16;
constexpr std::int64_t kMaxContextSwitch = engine::kMaxSetting;

// "[5, 3]", shortened in the middle for long lists.
std::string burstList(const std::vector<engine::Tick>& bursts) {
    std::string out = "[";
    for (std::size_t i = 0; i < bursts.size(); ++i) {
        if (bursts.size() > 8 && i == 3) {
            out += "..., ";
            i = bursts.size() - 2;
        }
        out += std::to_string(bursts[i]) + (i + 1 < bursts.size() ? ", " : "]");
    }
    return out;
}

// What is wrong with a bursts item that is not a plain number. "4 ms": times are ticks.
std::string burstProblem(std::string_view what, std::string_view text, const BurstsError& error) {
    auto digits = std::min(text.find_first_not_of("0123456789"), text.size());
    if (hasUnit(text)) {
        return std::string(what) + " is a whole number of ticks, without a unit: write " +
               std::string(text.substr(0, digits)) + ", not " + quoteForMessage(text);
    }
    if (error.kind != BurstsError::Kind::NotANumber || error.token != text) {
        return std::string(what) + ": " + describe(error);
    }
    return std::string(what) + " must be a whole number, not " + quoteForMessage(text);
}

std::string processLabel(const engine::ProcessSpec& spec) {
    return spec.name.empty() ? "a process" : "process " + quoteForMessage(spec.name);
}

}  // namespace

void ScenarioReader::readDocument(Value& root) {
    SourcePos pos = root.pos();
    if (root.kind() == ValueKind::Null) {
        m_ctx.error(pos, "the file is empty; a scenario needs at least 'processes'");
        return;
    }
    if (!m_fields.expect(root, ValueKind::Map, "a scenario",
                         "a mapping of keys such as 'processes'")) {
        return;
    }
    std::vector<SourcePos> seen(kRootKeys.size());
    root.forEachEntry(
        [&](const Key& key, Value& value) { return readRootEntry(key, value, seen); });
    if (!m_ctx.stopped() && seen[kProcesses].line == 0) {
        m_ctx.error(pos, "the scenario has no 'processes'; it needs at least one process");
    }
}

bool ScenarioReader::readRootEntry(const Key& key, Value& value, std::vector<SourcePos>& seen) {
    int index = m_fields.lookupKey(key, kRootKeys, "", seen);
    if (index == kPolicy) {
        m_workload.policy = m_policies.read(value).value_or(engine::PolicyConfig{});
    } else if (index == kProcesses) {
        readProcesses(value);
    } else if (index == kLocks) {
        m_programs.readLocks(value, m_workload.locks);
    } else if (index == kQueues) {
        m_programs.readQueues(value, m_workload.queues);
    } else if (index >= 0) {
        readSetting(index, value);
    }
    return !m_ctx.stopped();
}

// The scalar settings; a value with a problem leaves the default (the workload is dropped then).
void ScenarioReader::readSetting(int index, Value& value) {
    auto& w = m_workload;
    switch (index) {
        case kName:
            w.name = m_fields.readText(value, "name", true).value_or("");
            break;
        case kCpus:
            w.cpus = static_cast<int>(m_fields.readInt(value, "cpus", {1, kMaxCpus}).value_or(1));
            break;
        case kContextSwitch:
            w.contextSwitch =
                m_fields.readInt(value, "context_switch", {0, kMaxContextSwitch}).value_or(0);
            break;
        case kMultiprogramming:
            m_multiprogrammingPos = value.pos();
            w.multiprogramming = m_fields.readBool(value, "multiprogramming").value_or(true);
            break;
        case kOrphans: {
            auto rule = m_fields.readChoice(value, "orphans", kOrphanRules);
            w.orphans = rule == "root"          ? engine::OrphanRule::Root
                        : rule == "grandparent" ? engine::OrphanRule::Grandparent
                                                : engine::OrphanRule::Init;
            break;
        }
        case kExercise:
            w.exercise = m_fields.readBool(value, "exercise").value_or(false);
            break;
        case kRules: {
            auto rules = m_fields.readChoice(value, "rules", {"textbook", "ostep"});
            w.rules = rules == "ostep" ? engine::Rules::Ostep : engine::Rules::Textbook;
            break;
        }
        default: {
            auto order = m_fields.readChoice(value, "priority_order", kPriorityOrders);
            w.priorityOrder = order == "larger-first" ? engine::PriorityOrder::LargerFirst
                                                      : engine::PriorityOrder::SmallerFirst;
        }
    }
}

void ScenarioReader::readProcesses(Value& value) {
    SourcePos pos = value.pos();
    if (!m_fields.expect(value, ValueKind::Seq, "processes",
                         "a list of processes such as [{name: P1, arrival: 0, bursts: [5]}]")) {
        return;
    }
    reserve(std::min(value.sizeHint(), m_ctx.maxItems(kMinProcessBytes)));
    value.forEachItem([&](Value& item) {
        readProcess(item);
        return !m_ctx.stopped();
    });
    if (m_workload.processes.empty() && !m_ctx.stopped()) {
        m_ctx.error(pos, "processes must not be empty; a scenario needs at least one process");
    }
}

// Room for all processes up front: no copies while growing, and the memory mapped in one go.
void ScenarioReader::reserve(std::size_t count) {
    auto& processes = m_workload.processes;
    processes.reserve(count);
    prefault(processes.data(), processes.capacity() * sizeof(processes[0]));
    m_namePos.reserve(count);
    prefault(m_namePos.data(), m_namePos.capacity() * sizeof(m_namePos[0]));
    if (m_collectSources) {
        m_sources.reserve(count);
        prefault(m_sources.data(), m_sources.capacity() * sizeof(m_sources[0]));
    }
}

void ScenarioReader::readProcess(Value& item) {
    // Past the cap on errors the file is refused: keep nothing more, so that memory stays
    // bounded however many bad items follow (#13).
    bool keep = !m_ctx.tooManyProblems();
    engine::ProcessSpec scratch;
    auto index = static_cast<engine::Pid>(keep ? m_workload.processes.size() : engine::kNoProcess);
    ProcessDraft draft{keep ? m_workload.processes.emplace_back() : scratch, {}, index};
    SourcePos pos = item.pos();
    if (m_fields.expect(item, ValueKind::Map, "a process",
                        "a mapping such as {name: P1, arrival: 0, bursts: [5]}")) {
        item.forEachEntry(
            [&](const Key& key, Value& value) { return readProcessEntry(key, value, draft); });
        checkProcess(draft, pos);
    }
    if (!keep) {
        return;
    }
    m_namePos.push_back(draft.source.name);
    if (m_collectSources) {
        m_sources.push_back(std::move(draft.source));
    }
}

bool ScenarioReader::readProcessEntry(const Key& key, Value& value, ProcessDraft& draft) {
    auto& spec = draft.spec;
    auto& source = draft.source;
    switch (m_fields.lookupKey(key, kProcessKeys, " in a process", draft.seen)) {
        case kProcessName:
            source.name = value.pos();
            spec.name = m_fields.readText(value, "a process's name", false).value_or("");
            break;
        case kArrival: {
            source.arrival = value.pos();
            auto arrival = m_fields.readInt(value, "arrival", {0, kMaxTime});
            draft.arrivalOk = arrival.has_value();
            spec.arrival = arrival.value_or(0);
            break;
        }
        case kPriority:
            source.priority = value.pos();
            spec.priority = m_fields.readInt(value, "priority", {-kMaxTime, kMaxTime}).value_or(0);
            break;
        case kBursts:
            source.bursts = value.pos();
            readBursts(value, draft);
            break;
        case kProgram:
            source.program = value.pos();
            draft.programOk = m_programs.readProgram(value, draft.index, spec,
                                                     m_collectSources ? &source.step : nullptr);
            break;
        case kParent:
            source.parent = value.pos();
            m_programs.readParent(value, draft.index);
            break;
        case kDaemon:
            source.daemon = value.pos();
            spec.daemon = m_fields.readBool(value, "daemon").value_or(false);
            break;
        default:
            break;
    }
    return !m_ctx.stopped();
}

void ScenarioReader::readBursts(Value& value, ProcessDraft& draft) {
    if (!m_fields.expect(value, ValueKind::Seq, "bursts",
                         "a list of whole numbers such as [5, 3, 2]")) {
        draft.burstsOk = false;
        return;
    }
    m_bursts.clear();
    value.forEachItem([&](Value& item) { return readBurst(item, draft); });
    if (m_ctx.stopped()) {
        return;
    }
    draft.spec.bursts.assign(m_bursts.begin(), m_bursts.end());  // one allocation of the right size
    // A bad item is reported on its own; the list's length says nothing then (#12: "[3, 0]").
    if (draft.burstsOk && (m_bursts.empty() || m_bursts.size() % 2 == 0)) {
        draft.burstsOk = false;
        m_ctx.error(draft.source.bursts,
                    m_bursts.empty() ? "bursts must not be empty; give at least one CPU burst"
                                     : "bursts must end with a CPU burst: " + burstList(m_bursts) +
                                           " ends with I/O");
    }
}

// One item of bursts: a whole number, or the app's notation ("CPU 5", "IO 3": #12).
bool ScenarioReader::readBurst(Value& item, ProcessDraft& draft) {
    SourcePos pos = item.pos();
    std::string_view what = m_bursts.size() % 2 == 0 ? "a CPU burst" : "an I/O burst";
    auto text = m_fields.readScalar(item, what, "a whole number");
    if (m_ctx.stopped()) {
        return false;
    }
    std::size_t before = m_bursts.size();
    bool ok = text && addBursts(*text, pos, what);
    if (!ok) {
        m_bursts.resize(before);
        m_bursts.push_back(0);
    }
    draft.burstsOk = draft.burstsOk && ok;
    if (m_collectSources) {
        draft.source.burst.resize(m_bursts.size(), pos);
    }
    return true;
}

bool ScenarioReader::addBursts(std::string_view text, SourcePos pos, std::string_view what) {
    if (auto number = parseWhole(text)) {  // the common case, without allocating
        bool inRange = !number->overflow && number->value >= 1 && number->value <= kMaxTime;
        if (!inRange) {
            m_ctx.error(pos, rangeProblem(what, {1, kMaxTime}, *number));
        }
        m_bursts.push_back(number->value);
        return inRange;
    }
    auto parsed = parseBursts(text, m_bursts.size());
    if (const auto* error = std::get_if<BurstsError>(&parsed)) {
        m_ctx.error(pos, burstProblem(what, text, *error));
        return false;
    }
    const auto& values = std::get<std::vector<engine::Tick>>(parsed);
    for (auto value : values) {
        if (value > kMaxTime) {
            m_ctx.error(pos, rangeProblem(what, {1, kMaxTime}, WholeNumber{value, false, {}}));
            return false;
        }
    }
    if (values.empty()) {
        m_ctx.error(pos, burstProblem(what, text, {}));
        return false;
    }
    m_bursts.insert(m_bursts.end(), values.begin(), values.end());
    return true;
}

void ScenarioReader::checkProcess(ProcessDraft& draft, SourcePos pos) {
    if (m_ctx.stopped()) {
        return;
    }
    const auto& seen = draft.seen;
    std::string label = processLabel(draft.spec);
    if (seen[kProcessName].line == 0) {
        m_ctx.error(pos, "a process needs a 'name'");
    }
    bool bursts = seen[kBursts].line != 0;
    bool program = seen[kProgram].line != 0;
    if (bursts && program) {
        m_ctx.error(draft.source.program,
                    label + " gives both 'bursts' and 'program'; keep one of them");
    } else if (!bursts && !program) {
        m_ctx.error(pos, label + " needs 'bursts' or 'program', e.g. bursts: [5]");
    } else if (draft.arrivalOk && (program ? draft.programOk : draft.burstsOk)) {
        checkTimes(draft);
    }
    checkChild(draft);
}

// A child arrives when its parent starts it; a daemon dies with its parent, which init is not.
void ScenarioReader::checkChild(const ProcessDraft& draft) {
    std::string label = processLabel(draft.spec);
    bool parent = draft.seen[kParent].line != 0;
    if (parent && draft.seen[kArrival].line != 0) {
        m_ctx.error(draft.source.arrival, label + " has a parent, so it arrives when its parent "
                                                  "starts it: remove 'arrival'");
    }
    if (!parent && draft.spec.daemon) {
        m_ctx.warning(draft.source.daemon, "daemon: true does nothing for " + label +
                                               ": it has no parent, and init never ends");
    }
}

// Each value is below 2^62, so adding two of them cannot overflow; sums saturate at the limit.
void ScenarioReader::checkTimes(const ProcessDraft& draft) {
    std::int64_t end = draft.spec.arrival;
    std::int64_t work = 0;
    for (const auto& step : engine::programOf(draft.spec)) {
        bool timed = step.kind == engine::StepKind::Cpu || step.kind == engine::StepKind::Io;
        auto ticks = timed && step.value > 0 && step.value < kTimeLimit ? step.value : 0;
        end = std::min(end + ticks, kTimeLimit);  // a step out of range is checkPrograms' to report
        work = std::min(work + ticks, kTimeLimit);
    }
    SourcePos where = draft.spec.program.empty() ? draft.source.bursts : draft.source.program;
    if (end >= kTimeLimit) {
        m_ctx.error(where, processLabel(draft.spec) +
                               " ends too late: arrival + bursts must stay below 2^62");
        return;
    }
    bool wasBelow = m_totalBursts < kTimeLimit;
    m_totalBursts = std::min(m_totalBursts + work, kTimeLimit);
    if (wasBelow && m_totalBursts >= kTimeLimit) {
        m_ctx.error(where, "the bursts of all processes together must stay below 2^62 ticks");
    }
}

void ScenarioReader::finish() {
    if (!m_ctx.stopped()) {
        checkDuplicateNames();
    }
    if (!m_ctx.stopped() && !m_ctx.tooManyProblems()) {
        m_programs.finish(m_workload, m_namePos, m_multiprogrammingPos);
    }
}

// An open-addressing table of first indices: no allocation per name, which matters with a
// million processes.
void ScenarioReader::checkDuplicateNames() {
    constexpr auto kEmpty = std::numeric_limits<std::uint32_t>::max();
    const auto& processes = m_workload.processes;
    std::size_t mask = std::bit_ceil(processes.size() * 3 / 2 + 1) - 1;
    std::vector<std::uint32_t> firsts(mask + 1, kEmpty);
    for (std::size_t i = 0; i < processes.size(); ++i) {
        const auto& name = processes[i].name;
        if (name.empty()) {
            continue;
        }
        std::size_t slot = std::hash<std::string_view>{}(name)&mask;
        while (firsts[slot] != kEmpty && processes[firsts[slot]].name != name) {
            slot = (slot + 1) & mask;
        }
        if (firsts[slot] == kEmpty) {
            firsts[slot] = static_cast<std::uint32_t>(i);
            continue;
        }
        m_ctx.error(m_namePos[i], "duplicate process name " + quoteForMessage(name) +
                                      " (first on line " +
                                      std::to_string(m_namePos[firsts[slot]].line) + ")");
    }
}

}  // namespace schedlab::scenario::detail
