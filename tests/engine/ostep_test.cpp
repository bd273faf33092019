// Reproduces the OSTEP homework simulators tick for tick: every case in
// tests/data/ostep/cases.yaml (see its README) is simulated with `rules: ostep` and compared with
// the trace and the per-job response and turnaround the simulator printed.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "engine_test_support.hpp"

namespace schedlab::engine::test {
namespace {

const char* const kCasesPath = SCHEDLAB_SOURCE_DIR "/tests/data/ostep/cases.yaml";

// One case of cases.yaml: its id and its own YAML text. Test registration happens in every
// process ctest starts, so it only splits the file at its "- id: " lines; each test parses the
// few lines of its own case (OstepData.IndexMatchesTheFullParse checks the split).
struct CaseText {
    std::string id;
    std::string yaml;
};

void PrintTo(const CaseText& c, std::ostream* out) { *out << c.id; }

struct OstepCase {
    std::string scenario;  // the embedded scenario file, YAML text
    std::vector<std::string> trace;
    std::vector<Tick> response;
    std::vector<Tick> turnaround;
    std::vector<Tick> waiting;  // sched-* cases only
};

std::vector<std::string> words(const std::string& text) {
    std::istringstream in{text};
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

std::vector<Tick> ticks(const YAML::Node& node) {
    return node ? node.as<std::vector<Tick>>() : std::vector<Tick>{};
}

OstepCase parseCase(const YAML::Node& node) {
    return {node["scenario"].as<std::string>(), words(node["trace"].as<std::string>()),
            ticks(node["response"]), ticks(node["turnaround"]), ticks(node["waiting"])};
}

std::vector<CaseText> splitCases() {
    std::ifstream in{kCasesPath};
    std::vector<CaseText> cases;
    const std::string marker = "- id: ";
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(marker, 0) == 0) {
            cases.push_back({line.substr(marker.size()), ""});
        }
        if (!cases.empty()) {
            cases.back().yaml += line + "\n";
        }
    }
    return cases;
}

// --- The contract's scenario subset, converted to a Workload --------------------------------

MlfqLevel toLevel(const YAML::Node& node) {
    MlfqLevel level;
    if (node["quantum"]) {
        level.quantum = node["quantum"].as<Tick>();
    }
    if (node["allotment"]) {
        level.allotment = node["allotment"].as<int>();
    }
    return level;
}

PolicyConfig toPolicy(const YAML::Node& node) {
    PolicyConfig p{node["name"].as<std::string>()};
    if (node["quantum"]) {
        p.set("quantum", node["quantum"].as<Tick>());
    }
    if (node["levels"]) {
        std::vector<MlfqLevel> levels;
        for (const auto& level : node["levels"]) {
            levels.push_back(toLevel(level));
        }
        p.set("levels", levels);
    }
    if (node["boost"]) {
        p.set("boost", node["boost"].as<Tick>());
    }
    for (const char* flag : {"reset_on_io", "io_to_front"}) {
        if (node[flag]) {
            p.set(flag, node[flag].as<bool>());
        }
    }
    return p;
}

Workload toWorkload(const std::string& yaml) {
    auto root = YAML::Load(yaml);
    Workload w;
    w.name = root["name"].as<std::string>("");
    w.rules = root["rules"].as<std::string>("textbook") == "ostep" ? Rules::Ostep : Rules::Textbook;
    if (root["policy"]) {
        w.policy = toPolicy(root["policy"]);
    }
    for (const auto& node : root["processes"]) {
        w.processes.push_back(proc(node["name"].as<std::string>(), node["arrival"].as<Tick>(0),
                                   node["bursts"].as<std::vector<Tick>>()));
    }
    return w;
}

// --- Comparison -----------------------------------------------------------------------------

/// The process index that ran in each tick up to the last completion, "-" when idle.
std::vector<std::string> traceOf(const SimulationResult& r) {
    Tick end = 0;
    for (const auto& m : r.processes) {
        end = std::max(end, m.completion);
    }
    std::vector<std::string> trace(static_cast<size_t>(end), "-");
    for (const auto& s : r.slices) {
        for (Tick t = s.start; t < s.end; ++t) {
            trace[static_cast<size_t>(t)] = std::to_string(s.process);
        }
    }
    return trace;
}

::testing::AssertionResult sameTrace(const std::vector<std::string>& expected,
                                     const std::vector<std::string>& actual) {
    for (size_t t = 0; t < std::min(expected.size(), actual.size()); ++t) {
        if (expected[t] != actual[t]) {
            return ::testing::AssertionFailure()
                   << "first difference at tick " << t << ": expected job " << expected[t]
                   << ", ran " << actual[t];
        }
    }
    if (expected.size() != actual.size()) {
        return ::testing::AssertionFailure()
               << "trace has " << actual.size() << " ticks, expected " << expected.size();
    }
    return ::testing::AssertionSuccess();
}

class Ostep : public ::testing::TestWithParam<CaseText> {};

TEST_P(Ostep, MatchesTheSimulatorTickForTick) {
    OstepCase c = parseCase(YAML::Load(GetParam().yaml)[0]);
    Workload w = toWorkload(c.scenario);
    auto problems = validateWorkload(w);
    ASSERT_TRUE(problems.empty()) << problems.front();
    auto r = simulate(w);
    EXPECT_TRUE(sameTrace(c.trace, traceOf(r)));
    EXPECT_EQ(response(r), c.response);
    EXPECT_EQ(turnaround(r), c.turnaround);
    if (!c.waiting.empty()) {
        EXPECT_EQ(waiting(r), c.waiting);
    }
}

std::string sanitized(std::string name) {
    std::replace_if(
        name.begin(), name.end(), [](unsigned char ch) { return !std::isalnum(ch); }, '_');
    return name;
}

std::string caseName(const ::testing::TestParamInfo<CaseText>& info) {
    return sanitized(info.param.id);
}

INSTANTIATE_TEST_SUITE_P(Cases, Ostep, ::testing::ValuesIn(splitCases()), caseName);

TEST(OstepData, IndexMatchesTheFullParse) {
    YAML::Node all = YAML::LoadFile(kCasesPath);
    auto split = splitCases();
    ASSERT_EQ(all.size(), split.size());
    EXPECT_GE(split.size(), 372u);
    std::vector<std::string> ids;
    for (size_t i = 0; i < split.size(); ++i) {
        EXPECT_EQ(all[i]["id"].as<std::string>(), split[i].id);
        EXPECT_EQ(YAML::Dump(all[i]), YAML::Dump(YAML::Load(split[i].yaml)[0])) << split[i].id;
        ids.push_back(sanitized(split[i].id));
    }
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end()) << "duplicate test names";
}

}  // namespace
}  // namespace schedlab::engine::test
