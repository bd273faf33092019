// schedlab-cli export end to end: it checks its input itself (exit 2, nothing written), then
// schedlab-export draws the file.

#include <gtest/gtest.h>

#include "cli_process.hpp"

namespace schedlab::cli::testing {
namespace {

std::string scenario(const std::string& name) {
    return shellQuote(std::string(SCHEDLAB_SOURCE_DIR) + "/scenarios/" + name);
}

// Width and height from a PNG's IHDR chunk.
std::pair<unsigned, unsigned> pngSize(const std::string& bytes) {
    auto at = [&](std::size_t i) {
        return (unsigned(static_cast<unsigned char>(bytes[i])) << 24) |
               (unsigned(static_cast<unsigned char>(bytes[i + 1])) << 16) |
               (unsigned(static_cast<unsigned char>(bytes[i + 2])) << 8) |
               unsigned(static_cast<unsigned char>(bytes[i + 3]));
    };
    return bytes.size() >= 24 && bytes.compare(1, 3, "PNG") == 0
               ? std::pair{at(16), at(20)}
               : std::pair{0u, 0u};
}

TEST(CliExport, WritesEachFormat) {
    TempDir dir;
    auto png = runCli("export " + scenario("textbook-rr.yaml") + " -o " + dir.arg("g.png") +
                      " --size 800x450");
    ASSERT_EQ(png.status, 0) << png.err;
    EXPECT_EQ(png.err, "");
    EXPECT_EQ(pngSize(readFile(dir.path("g.png"))), (std::pair{800u, 450u}));
    auto svg = runCli("export " + scenario("mlfq-boost.yaml") + " --chart levels -o " +
                      dir.arg("l.svg") + " --theme dark --lang zh_CN");
    ASSERT_EQ(svg.status, 0) << svg.err;
    const std::string text = readFile(dir.path("l.svg"));
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("<text"), std::string::npos);
    auto pdf = runCli("export " + scenario("classroom-io.yaml") + " --chart states --at 10 -o " +
                      dir.arg("s.pdf") + " --preset print");
    ASSERT_EQ(pdf.status, 0) << pdf.err;
    EXPECT_EQ(readFile(dir.path("s.pdf")).rfind("%PDF-", 0), 0u);
}

TEST(CliExport, PresetsAndDpiSetTheSize) {
    TempDir dir;
    ASSERT_EQ(runCli("export " + scenario("textbook-rr.yaml") + " --chart compare -o " +
                     dir.arg("c.png") + " --preset print --dpi 150")
                  .status,
              0);
    EXPECT_EQ(pngSize(readFile(dir.path("c.png"))), (std::pair{1240u, 827u}));  // A4 width
}

struct BadExport {
    const char* name;
    std::string args;
    const char* message;
};

class CliExportBadInput : public ::testing::TestWithParam<BadExport> {};

TEST_P(CliExportBadInput, ExitsTwoWithAMessage) {
    TempDir dir;
    std::string bad = dir.write("bad.yaml", badScenario());
    std::string args = GetParam().args;
    for (auto [key, value] : {std::pair<std::string, std::string>{"OUT", dir.arg("out.png")},
                              {"BAD", bad},
                              {"RR", scenario("textbook-rr.yaml")}}) {
        if (auto at = args.find(key); at != std::string::npos) {
            args.replace(at, key.size(), value);
        }
    }
    auto run = runCli("export " + args);
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_NE(run.err.find(GetParam().message), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path("out.png")));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CliExportBadInput,
    ::testing::Values(BadExport{"BadFile", "BAD -o OUT", "bad.yaml:4:14: error: "},
                      BadExport{"UnknownExtension", "RR -o out.gif", "use .png, .svg or .pdf"},
                      BadExport{"BadSize", "RR -o OUT --size 12", "--size needs WIDTHxHEIGHT"},
                      BadExport{"UnknownChart", "RR -o OUT --chart pie", "--chart"},
                      BadExport{"UnknownPreset", "RR -o OUT --preset poster", "--preset"},
                      BadExport{"BadTheme", "RR -o OUT --theme blue", "--theme"},
                      BadExport{"BadPolicy", "RR -o OUT --policy rr:quantum=0", "--policy"},
                      BadExport{"LevelsNeedMlfq", "RR -o OUT --chart levels", "mlfq"},
                      BadExport{"NoOutput", "RR", "--output"}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace schedlab::cli::testing
