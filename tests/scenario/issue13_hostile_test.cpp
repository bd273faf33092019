// Issue #13: hostile input found by trying as a hostile user would. Memory stays bounded by the
// input's size (checked under a 1 GiB address-space limit, with inputs made at test time), and
// names cannot carry control characters into reports and terminals.

#include <gtest/gtest.h>
#include <unistd.h>

#include "memory_limit.hpp"
#include "scenario/text_buffer.hpp"
#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using schedlab::testing::kOneGiB;
using schedlab::testing::withinMemory;
using Lines = std::vector<std::string>;

std::string joined(const Lines& lines) {
    std::string out;
    for (const auto& line : lines) {
        out += line + "\n";
    }
    return out;
}

// "[a, a, ..., a]" of about `bytes` bytes.
std::string flowList(std::size_t bytes) {
    std::string text = "[a";
    text.reserve(bytes + 8);
    while (text.size() < bytes) {
        text += ", a";
    }
    return text + "]\n";
}

// #13: a 25 MB flow list took yaml-cpp 2.2 GB; it is refused before yaml-cpp reads it.
TEST(Issue13Memory, HugeYamlFlowListIsRefusedWithinOneGiB) {
    auto out = withinMemory(kOneGiB, [] {
        std::string text = flowList(25'000'000);
        return joined(errors(loadYaml(text)));
    });
    ASSERT_TRUE(out.has_value()) << "ran out of memory";
    EXPECT_EQ(*out,
              "t.yaml:1:3000000: error: a [...] or {...} list holds more than 1000000 items; "
              "write long lists one '- item' per line\n");
}

// #13: {"processes": [1, 1, ...]} reported ten million errors (3.7 GB); now the first 50 and a
// count of the rest.
TEST(Issue13Memory, ErrorsStopAtFiftyAndTheRestAreCounted) {
    auto out = withinMemory(kOneGiB, [] {
        std::string text = "{\"processes\": [1";
        for (int i = 1; i < 2'000'000; ++i) {
            text += ",1";
        }
        text += "]}";
        return joined(errors(loadJson(text)));
    });
    ASSERT_TRUE(out.has_value()) << "ran out of memory";
    Lines lines;
    for (std::size_t start = 0; start < out->size();) {
        auto end = out->find('\n', start);
        lines.push_back(out->substr(start, end - start));
        start = end + 1;
    }
    ASSERT_EQ(lines.size(), 51u);
    EXPECT_EQ(lines[0],
              "t.json:1:16: error: a process must be a mapping such as {name: P1, arrival: 0, "
              "bursts: [5]}, not '1'");
    EXPECT_EQ(lines[50], "t.json: error: ... and 1,999,950 more errors");
}

TEST(Issue13Memory, ErrorCapAlsoHoldsForYaml) {
    std::string text = "processes:\n";
    for (int i = 0; i < 60; ++i) {
        text += "  - 1\n";
    }
    auto lines = errors(loadYaml(text));
    ASSERT_EQ(lines.size(), 51u);
    EXPECT_EQ(lines.back(), "t.yaml: error: ... and 10 more errors");
}

// #13: /dev/zero and /dev/urandom grew to 2 GB before "larger than 1 GiB".
TEST(Issue13Memory, DevicesAreReadWithACap) {
    for (const char* device : {"/dev/zero", "/dev/urandom"}) {
        auto out = withinMemory(kOneGiB, [device] {
            return joined(errors(loadScenarioFile(device)));
        });
        ASSERT_TRUE(out.has_value()) << device << " ran out of memory";
        EXPECT_EQ(*out, std::string(device) +
                            ": error: cannot read: it holds NUL bytes, so it is not a text file\n");
    }
}

TEST(Issue13Memory, APipeIsReadUpToTheCapPlusOneByte) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    std::string text(200, 'x');
    ASSERT_EQ(write(fds[1], text.data(), text.size()), 200);
    close(fds[1]);
    detail::TextBuffer buffer;
    std::string error;
    std::string path = "/proc/self/fd/" + std::to_string(fds[0]);
    EXPECT_EQ(detail::readFile(path, 100, 64, buffer, error), 0u);
    EXPECT_EQ(error, "the file is larger than 100 bytes");
    close(fds[0]);
}

// #13: files in /proc say they are empty (size 0); they are read, with the cap.
TEST(Issue13Memory, ProcFilesAreReadNotCalledEmpty) {
    detail::TextBuffer buffer;
    std::string error;
    std::size_t size = detail::readFile("/proc/self/status", 1 << 20, 64, buffer, error);
    EXPECT_EQ(error, "");
    EXPECT_GT(size, 0u);
    EXPECT_EQ(std::string_view(buffer.data(), 5), "Name:");
    auto lines = errors(loadScenarioFile("/proc/self/status"));
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0].find("empty"), std::string::npos) << lines[0];
}

// #13: names with control or direction characters could clear or recolour a terminal, or break
// the Gantt chart's rows; they are refused where they are written, after unescaping.
TEST(Issue13Names, ControlCharactersAreRefusedInYaml) {
    auto first = [](const std::string& name) {
        auto lines = errors(loadYaml("name: ok\nprocesses:\n  - {name: " + name + ", bursts: [1]}\n"));
        return lines.empty() ? std::string() : lines[0];
    };
    EXPECT_EQ(first("\"\\e[2J\""),
              "t.yaml:3:12: error: a process's name must not hold control or direction "
              "characters (it has U+001B at character 1)");
    EXPECT_EQ(first("\"P\\0\""), "t.yaml:3:12: error: a process's name must not hold control or "
                                  "direction characters (it has U+0000 at character 2)");
    EXPECT_NE(first("\"P\\r\"").find("U+000D at character 2"), std::string::npos);
    EXPECT_NE(first("\"P\\n1\"").find("U+000A at character 2"), std::string::npos);
    EXPECT_NE(first("\"P\\t1\"").find("U+0009 at character 2"), std::string::npos);
    EXPECT_NE(first("\"\\u202Egnp.exe\"").find("U+202E at character 1"), std::string::npos);
    EXPECT_NE(first("\"ab\\u2066c\"").find("U+2066 at character 3"), std::string::npos);
    EXPECT_NE(first("\"x\\x85\"").find("U+0085 at character 2"), std::string::npos);
    EXPECT_NE(first("进程\u202E").find("U+202E at character 3"), std::string::npos);
    EXPECT_EQ(first("进程一"), "");  // other characters stay welcome
}

TEST(Issue13Names, ControlCharactersAreRefusedInJson) {
    auto lines = errors(loadJson(
        "{\"name\": \"\\u001b[31mred\", \"processes\": [\n"
        " {\"name\": \"P\\u0000\", \"bursts\": [1]},\n"
        " {\"name\": \"\\u202Eevil\", \"bursts\": [1]}]}"));
    EXPECT_EQ(lines, (Lines{
                         "t.json:1:10: error: name must not hold control or direction characters "
                         "(it has U+001B at character 1)",
                         "t.json:2:11: error: a process's name must not hold control or "
                         "direction characters (it has U+0000 at character 2)",
                         "t.json:3:11: error: a process's name must not hold control or "
                         "direction characters (it has U+202E at character 1)"}));
}

}  // namespace
}  // namespace schedlab::scenario
