// compareFiles: rows in input order whatever the number of workers; bad files reported while
// the others are compared; --fail-fast semantics; progress.

#include "compare/batch_comparison.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/policy_spec.hpp"
#include "report/compare_report.hpp"

namespace schedlab::compare {
namespace {

namespace fs = std::filesystem;

/// A directory of scenario files: good ones with 1 + i ticks of work for P2, bad ones whose
/// arrival is negative (line 3, column 25).
class Files {
public:
    Files() : m_dir(fs::temp_directory_path() / ("schedlab-batch-" + std::to_string(getpid()))) {
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    ~Files() { fs::remove_all(m_dir); }

    std::string good(int i) {
        return write("good" + std::to_string(i) + ".yaml",
                     "name: Good " + std::to_string(i) +
                         "\nprocesses:\n  - {name: P1, arrival: 0, bursts: [5, 2, 3]}\n"
                         "  - {name: P2, arrival: 1, bursts: [" +
                         std::to_string(1 + i) + "]}\n");
    }
    std::string bad(int i) {
        return write("bad" + std::to_string(i) + ".yaml",
                     "name: Bad\nprocesses:\n  - {name: P1, arrival: -1, bursts: [5]}\n");
    }

private:
    std::string write(const std::string& name, const std::string& text) {
        std::ofstream(m_dir / name) << text;
        return (m_dir / name).string();
    }
    fs::path m_dir;
};

std::vector<engine::PolicyConfig> threePolicies() {
    std::vector<engine::PolicyConfig> out;
    for (const char* spec : {"fcfs", "sjf", "rr:quantum=2"}) {
        out.push_back(*engine::parsePolicySpec(spec).policy);
    }
    return out;
}

BatchOptions withJobs(unsigned jobs, bool failFast = false) {
    BatchOptions options;
    options.jobs = jobs;
    options.failFast = failFast;
    return options;
}

TEST(CompareFiles, RowsComeInInputOrderWhateverTheWorkerCount) {
    Files dir;
    std::vector<std::string> files;
    for (int i = 0; i < 40; ++i) {
        files.push_back(dir.good(i));
    }
    auto policies = threePolicies();
    auto one = compareFiles(files, policies, withJobs(1));
    ASSERT_EQ(one.files.size(), files.size());
    auto rows = one.rows();
    ASSERT_EQ(rows.size(), files.size() * policies.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        EXPECT_EQ(rows[r].file, files[r / 3]);
        EXPECT_EQ(rows[r].scenario, "Good " + std::to_string(r / 3));
        EXPECT_EQ(rows[r].policy, (std::array{"fcfs", "sjf", "rr:quantum=2"}[r % 3]));
    }
    for (unsigned jobs : {2U, 3U, 8U}) {
        auto many = compareFiles(files, policies, withJobs(jobs));
        EXPECT_EQ(report::writeCompareCsv(many.rows()), report::writeCompareCsv(rows)) << jobs;
    }
}

TEST(CompareFiles, ABadFileIsReportedAndTheOthersCompared) {
    Files dir;
    std::vector<std::string> files{dir.good(0), dir.good(1), dir.bad(0), dir.good(2)};
    auto result = compareFiles(files, threePolicies(), withJobs(2));
    EXPECT_EQ(result.badFiles, 1U);
    ASSERT_EQ(result.files.size(), 4U);
    EXPECT_FALSE(result.files[2].loaded);
    EXPECT_TRUE(result.files[2].rows.empty());
    ASSERT_EQ(result.files[2].problems.size(), 1U);
    EXPECT_EQ(result.files[2].problems[0],
              files[2] + ":3:25: error: arrival must be 0 or more, not -1");
    EXPECT_EQ(result.rows().size(), 9U);
    EXPECT_EQ(result.rows()[6].file, files[3]);
}

TEST(CompareFiles, AMissingFileIsABadFile) {
    Files dir;
    std::vector<std::string> files{dir.good(0), "/nonexistent/x.yaml"};
    auto result = compareFiles(files, {}, withJobs(2));
    EXPECT_EQ(result.badFiles, 1U);
    ASSERT_EQ(result.files[1].problems.size(), 1U);
    EXPECT_EQ(result.files[1].problems[0].rfind("/nonexistent/x.yaml: error: cannot read", 0), 0U)
        << result.files[1].problems[0];
    EXPECT_EQ(result.rows().size(), 1U);  // the good file under its own policy
}

TEST(CompareFiles, FailFastStopsAtTheFirstBadFileInInputOrder) {
    Files dir;
    std::vector<std::string> files;
    for (int i = 0; i < 30; ++i) {
        files.push_back(i == 11 || i == 20 ? dir.bad(i) : dir.good(i));
    }
    for (unsigned jobs : {1U, 2U, 4U}) {
        auto result = compareFiles(files, threePolicies(), withJobs(jobs, true));
        ASSERT_EQ(result.files.size(), 12U) << jobs;  // the good ones before it, then it
        EXPECT_EQ(result.badFiles, 1U);
        EXPECT_EQ(result.files.back().file, files[11]);
        EXPECT_FALSE(result.files.back().loaded);
    }
}

TEST(CompareFiles, ProgressCountsEveryFileOnTheCallingThread) {
    Files dir;
    std::vector<std::string> files;
    for (int i = 0; i < 10; ++i) {
        files.push_back(dir.good(i));
    }
    std::vector<std::size_t> done;
    auto caller = std::this_thread::get_id();
    bool sameThread = true;
    BatchOptions options = withJobs(2);
    options.progress = [&](std::size_t count, std::size_t total) {
        EXPECT_EQ(total, 10U);
        sameThread = sameThread && std::this_thread::get_id() == caller;
        done.push_back(count);
    };
    compareFiles(files, threePolicies(), options);
    ASSERT_FALSE(done.empty());
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
    EXPECT_EQ(done.back(), 10U);
    EXPECT_TRUE(sameThread);
}

TEST(CompareFiles, ACancelledComparisonStartsNoFurtherFile) {
    Files dir;
    std::vector<std::string> files{dir.good(0), dir.good(1), dir.good(2)};
    std::atomic<bool> cancel{true};
    BatchOptions options = withJobs(2);
    options.cancel = &cancel;
    auto result = compareFiles(files, threePolicies(), options);
    EXPECT_TRUE(result.rows().empty());
    for (const auto& outcome : result.files) {
        EXPECT_FALSE(outcome.loaded);  // never started
        EXPECT_TRUE(outcome.problems.empty());
    }
    cancel = false;  // a flag that stays false changes nothing
    EXPECT_EQ(compareFiles(files, threePolicies(), options).rows().size(), 9U);
}

TEST(CompareFiles, NoFilesNoRows) {
    auto result = compareFiles({}, threePolicies(), withJobs(4));
    EXPECT_TRUE(result.files.empty());
    EXPECT_EQ(result.badFiles, 0U);
}

}  // namespace
}  // namespace schedlab::compare
