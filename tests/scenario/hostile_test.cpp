// Input meant to crash, hang or exhaust the loader gets one clear diagnostic instead.

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <random>

#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using Lines = std::vector<std::string>;

std::string repeat(std::string_view part, std::size_t times) {
    std::string out;
    out.reserve(part.size() * times);
    for (std::size_t i = 0; i < times; ++i) {
        out += part;
    }
    return out;
}

TEST(HostileTest, BinaryJunk) {
    std::string junk;
    for (int i = 0; i < 25600; ++i) {
        junk += static_cast<char>(i % 256);
    }
    auto expected = Lines{
        "t.yaml:1:1: error: the file contains a control character (byte 0x00); "
        "scenario files are UTF-8 text"};
    EXPECT_EQ(errors(loadYaml(junk)), expected);
    EXPECT_EQ(errors(loadJson(junk)).size(), 1U);
}

TEST(HostileTest, NulByteAndInvalidUtf8) {
    using namespace std::string_literals;
    EXPECT_EQ(errors(loadYaml("processes: [{name: \"P\0\", bursts: [1]}]"s)),
              Lines{"t.yaml:1:22: error: the file contains a control character (byte 0x00); "
                    "scenario files are UTF-8 text"});
    EXPECT_EQ(errors(loadYaml("cpus: 1\nname: caf\xE9\n")),
              Lines{"t.yaml:2:10: error: the file is not valid UTF-8 (byte 0xE9); scenario files "
                    "are UTF-8 text"});
    EXPECT_EQ(errors(loadJson("{\"name\": \"\xC3\x28\"}")),
              Lines{"t.json:1:11: error: the file is not valid UTF-8 (byte 0xC3); scenario files "
                    "are UTF-8 text"});
    EXPECT_EQ(errors(loadJson("{\"name\": \"\xED\xA0\x80\"}")).size(), 1U);  // a surrogate
}

TEST(HostileTest, DeeplyNestedYamlIsRefusedEarly) {
    auto nested = Lines{"t.yaml:1:65: error: the document is nested more than 64 levels deep"};
    EXPECT_EQ(errors(loadYaml(repeat("[", 100000) + repeat("]", 100000))), nested);
    EXPECT_EQ(errors(loadYaml(repeat("{a: ", 100000) + "1" + repeat("}", 100000))),
              Lines{"t.yaml:1:257: error: the document is nested more than 64 levels deep"});
    EXPECT_EQ(errors(loadYaml(repeat("- ", 100000) + "x\n")),
              Lines{"t.yaml:1:129: error: the document is nested more than 64 levels deep"});
    EXPECT_EQ(errors(loadYaml(repeat("{a:", 100000))).size(), 1U);
}

TEST(HostileTest, DeeplyNestedJsonIsSkippedOrRefused) {
    EXPECT_EQ(errors(loadJson(repeat("[", 100000) + repeat("]", 100000))),
              Lines{"t.json:1:1: error: a scenario must be a mapping of keys such as "
                    "'processes', not a list"});
    EXPECT_EQ(errors(loadJson(repeat("{\"a\":", 100000) + "1" + repeat("}", 100000))),
              (Lines{"t.json:1:1: error: the scenario has no 'processes'; it needs at least one "
                     "process",
                     "t.json:1:2: error: unknown key 'a'; expected one of: name, cpus, "
                     "context_switch, multiprogramming, rules, priority_order, policy, "
                     "processes, exercise, locks, queues, orphans"}));
    std::string broken =
        "{\"processes\": [{\"name\": \"A\", \"bursts\": [1]}], \"x\": " + repeat("[", 100000);
    EXPECT_EQ(errors(loadJson(broken)),
              Lines{"t.json:1:100052: error: invalid JSON: expected a value, found the end of "
                    "the file"});
    EXPECT_EQ(
        errors(loadJson("{\"processes\": [" + repeat("[", 100000) + repeat("]", 100000) + "]}")),
        Lines{"t.json:1:16: error: a process must be a mapping such as {name: P1, "
              "arrival: 0, bursts: [5]}, not a list"});
}

// Billion laughs: yaml-cpp shares aliased nodes, and the readers only walk where a scenario has
// values, so the nine levels of ten are never expanded.
TEST(HostileTest, AliasBombsAreNotExpanded) {
    std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" +
                repeat("*a" + std::to_string(i - 1) + ", ", 9) + "*a" + std::to_string(i - 1) +
                "]\n";
    }
    auto start = std::chrono::steady_clock::now();
    auto underUnknownKey = loadYaml(bomb + "processes: [{name: A, bursts: [1]}]\n");
    auto asProcesses = loadYaml(bomb + "processes: *a9\nname: *a9\n");
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(underUnknownKey.diagnostics.size(), 10U);         // the ten unknown keys
    EXPECT_EQ(asProcesses.diagnostics.size(), 10U + 10U + 1U);  // ten lists, keys, name
    EXPECT_LT(seconds, 20.0);
}

// Aliases inside the values the readers do walk multiply: 20,000 processes x 2,001 bursts here,
// 40 million values. The walk stops at a cap of a million plus twice the file's size. (The time
// limits here only catch a hang; they are generous for sanitizer builds.)
TEST(HostileTest, AliasExpansionIsCapped) {
    std::string text = "processes: [{name: P, bursts: &b [" + repeat("1, ", 2000) + "1]}, " +
                       repeat("{name: Q, bursts: *b}, ", 20000) + "{name: R, bursts: *b}]\n";
    auto start = std::chrono::steady_clock::now();
    auto result = loadYaml(text);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_NE(result.diagnostics.back().message.find("the document expands to more than"),
              std::string::npos)
        << result.diagnostics.back().message;
    EXPECT_LT(seconds, 20.0);
}

TEST(HostileTest, RecursiveAliases) {
    auto result = loadYaml("processes: &p [{name: A, bursts: [1]}, *p]\n");
    EXPECT_EQ(errors(result),
              Lines{"t.yaml:1:12: error: a process must be a mapping such as {name: P1, "
                    "arrival: 0, bursts: [5]}, not a list"});
}

TEST(HostileTest, HugeNumbersAreShortenedInMessages) {
    auto result = loadYaml("processes: [{name: A, bursts: [" + repeat("9", 5000) + "]}]");
    EXPECT_EQ(errors(result), Lines{"t.yaml:1:32: error: a CPU burst is too large: "
                                    "9999999999999999999999999999999999999... (it must be below "
                                    "2^62)"});
}

TEST(HostileTest, EmptyAndNonMappingDocuments) {
    Lines empty{"t.yaml:1:1: error: the file is empty; a scenario needs at least 'processes'"};
    EXPECT_EQ(errors(loadYaml("")), empty);
    EXPECT_EQ(errors(loadYaml("  \n\n")), empty);
    EXPECT_EQ(errors(loadYaml("# only a comment\n")), empty);
    EXPECT_EQ(errors(loadJson("")),
              Lines{"t.json:1:1: error: the file is empty; a scenario needs at least "
                    "'processes'"});
    EXPECT_EQ(errors(loadJson("null")),
              Lines{"t.json:1:1: error: the file is empty; a scenario needs at least "
                    "'processes'"});
    EXPECT_EQ(errors(loadYaml("- a\n- b\n")),
              Lines{"t.yaml:1:1: error: a scenario must be a mapping of keys such as "
                    "'processes', not a list"});
    EXPECT_EQ(errors(loadYaml("just words\n")),
              Lines{"t.yaml:1:1: error: a scenario must be a mapping of keys such as "
                    "'processes', not 'just words'"});
    EXPECT_EQ(errors(loadJson("  42 ")),
              Lines{"t.json:1:3: error: a scenario must be a mapping of keys such as "
                    "'processes', not '42'"});
}

TEST(HostileTest, OneDocumentPerFile) {
    EXPECT_EQ(errors(loadYaml("processes: [{name: A, bursts: [1]}]\n---\nprocesses: []\n")),
              Lines{"t.yaml:2:1: error: a scenario file holds one YAML document; a second one "
                    "starts here"});
}

// Random damage to a valid file: whatever comes out, it is a workload or diagnostics, never
// both, never neither, never a crash.
TEST(HostileTest, RandomlyDamagedFilesNeverCrash) {
    std::ifstream yamlIn(dataFile("contract_example.yaml"));
    std::string yaml((std::istreambuf_iterator<char>(yamlIn)), std::istreambuf_iterator<char>());
    std::ifstream jsonIn(dataFile("contract_example.json"));
    std::string json((std::istreambuf_iterator<char>(jsonIn)), std::istreambuf_iterator<char>());
    std::mt19937 random(20240601);
    const std::string alphabet = "{}[]:,\"'-&*!|>#\\ \n\t0123456789aeinrtux\x80\xC3";
    for (int round = 0; round < 3000; ++round) {
        std::string text = round % 2 == 0 ? yaml : json;
        for (int edits = 1 + static_cast<int>(random() % 4); edits > 0; --edits) {
            std::size_t at = random() % text.size();
            char c = alphabet[random() % alphabet.size()];
            switch (random() % 3) {
                case 0:
                    text[at] = c;
                    break;
                case 1:
                    text.insert(at, 1, c);
                    break;
                default:
                    text.erase(at, 1 + random() % 8);
                    break;
            }
        }
        for (auto format : {Format::Yaml, Format::Json}) {
            auto result = parseScenario(text, "t", format);
            EXPECT_NE(result.workload.has_value(), !result.diagnostics.empty()) << text;
        }
    }
}

}  // namespace
}  // namespace schedlab::scenario
