// Issue #14: scenario files with programs (CONTRACT section 4): `program`, `parent`, `daemon`,
// `locks`, `queues` and `orphans` are read, checked with a message at the offending item, and
// written back so that they read the same.

#include <gtest/gtest.h>

#include "engine/simulation.hpp"
#include "engine/validate.hpp"
#include "memory_limit.hpp"
#include "scenario_test_support.hpp"

namespace schedlab::scenario {
namespace {

using namespace testing;
using engine::Step;
using engine::StepKind;
using Lines = std::vector<std::string>;
using Steps = std::vector<Step>;

std::string repeat(const std::string& text, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += text;
    }
    return out;
}

const std::string kTicketOffice = R"(name: Ticket office with a lock
locks: [ticket]
queues: {buns: 5}
orphans: init
processes:
  - name: main
    arrival: 0
    program: [cpu 1, start buyer1, start buyer2, join buyer1, join buyer2, cpu 1]
  - name: buyer1
    parent: main
    program: [cpu 1, lock ticket, io 2, cpu 1, unlock ticket]
  - name: buyer2
    parent: main
    daemon: false
    program: [cpu 1, lock ticket, io 2, cpu 1, unlock ticket]
)";

// The errors of a scenario whose processes are `processes` (YAML lines under "processes:").
Lines problems(const std::string& head, const std::string& processes) {
    return errors(loadYaml(head + "processes:\n" + processes));
}

TEST(Issue14Read, TheContractsTicketOfficeLoads) {
    auto result = loadYaml(kTicketOffice);
    ASSERT_TRUE(result.workload) << errors(result).front();
    const auto& w = *result.workload;
    ASSERT_EQ(w.locks.size(), 1u);
    EXPECT_EQ(w.locks[0], (engine::LockSpec{"ticket", false}));
    ASSERT_EQ(w.queues.size(), 1u);
    EXPECT_EQ(w.queues[0], (engine::QueueSpec{"buns", 5}));
    EXPECT_EQ(w.orphans, engine::OrphanRule::Init);
    EXPECT_EQ(w.processes[0].program, (Steps{{StepKind::Cpu, 1},
                                             {StepKind::Start, 1},
                                             {StepKind::Start, 2},
                                             {StepKind::Join, 1},
                                             {StepKind::Join, 2},
                                             {StepKind::Cpu, 1}}));
    EXPECT_EQ(w.processes[1].program, (Steps{{StepKind::Cpu, 1},
                                             {StepKind::Lock, 0},
                                             {StepKind::Io, 2},
                                             {StepKind::Cpu, 1},
                                             {StepKind::Unlock, 0}}));
    EXPECT_EQ(w.processes[0].parent, engine::kNoProcess);
    EXPECT_EQ(w.processes[1].parent, 0u);
    EXPECT_EQ(w.processes[2].parent, 0u);
    EXPECT_TRUE(w.processes[1].bursts.empty());
    EXPECT_TRUE(engine::validateWorkload(w).empty());
}

TEST(Issue14Read, PositionsOfStepsLocksAndQueues) {
    auto result = loadYaml(kTicketOffice);
    ASSERT_TRUE(result.workload);
    ASSERT_EQ(result.sources[1].step.size(), 5u);
    EXPECT_EQ(result.sources[1].step[1], (SourcePos{11, 22}));
    EXPECT_EQ(result.sources[1].parent, (SourcePos{10, 13}));
    EXPECT_EQ(result.sources[2].daemon, (SourcePos{14, 13}));
    EXPECT_EQ(result.sources[0].program, (SourcePos{8, 14}));
    EXPECT_EQ(result.lockSources, (std::vector<SourcePos>{{2, 9}}));
    EXPECT_EQ(result.queueSources, (std::vector<SourcePos>{{3, 10}}));
}

TEST(Issue14Read, JsonReadsTheSame) {
    auto yaml = loadYaml(kTicketOffice);
    ASSERT_TRUE(yaml.workload);
    auto json = loadJson(toJson(*yaml.workload));
    ASSERT_TRUE(json.workload) << errors(json).front();
    EXPECT_EQ(toYaml(*json.workload), toYaml(*yaml.workload));
    // Names may come after the steps that use them: JSON is read as a stream.
    auto later = loadJson(R"({"processes": [
        {"name": "main", "program": ["start c", "join c", "put q", "join q"]},
        {"name": "c", "parent": "main", "daemon": true, "program": ["get q", "done q"]}],
      "queues": {"q": 0}, "orphans": "root"})");
    ASSERT_TRUE(later.workload) << errors(later).front();
    EXPECT_EQ(later.workload->processes[0].program, (Steps{{StepKind::Start, 1},
                                                           {StepKind::Join, 1},
                                                           {StepKind::Put, 0},
                                                           {StepKind::JoinQueue, 0}}));
    EXPECT_TRUE(later.workload->processes[1].daemon);
    EXPECT_EQ(later.workload->orphans, engine::OrphanRule::Root);
}

TEST(Issue14Read, LocksTakeAnInheritOptionAndStepWordsAnyCase) {
    auto result = loadYaml(
        "locks: [a, {name: radio, inherit: true}, {name: b, inherit: false}]\n"
        "orphans: grandparent\nprocesses:\n"
        "  - {name: P, program: [LOCK radio, Cpu 2, IO 0, unlock radio, "
        "exit]}\n");
    ASSERT_TRUE(result.workload) << errors(result).front();
    const auto& w = *result.workload;
    EXPECT_EQ(w.locks,
              (std::vector<engine::LockSpec>{{"a", false}, {"radio", true}, {"b", false}}));
    EXPECT_EQ(w.orphans, engine::OrphanRule::Grandparent);
    EXPECT_EQ(w.processes[0].program, (Steps{{StepKind::Lock, 1},
                                             {StepKind::Cpu, 2},
                                             {StepKind::Io, 0},
                                             {StepKind::Unlock, 1},
                                             {StepKind::Exit, 0}}));
    EXPECT_EQ(result.lockSources[1], (SourcePos{1, 19}));
}

TEST(Issue14Errors, UnknownStepsSuggestTheNearestWord) {
    EXPECT_EQ(problems("", "  - {name: P, program: [cpuu 3, strat P, sleep 2, fly, 5]}\n"),
              (Lines{"t.yaml:2:25: error: unknown step 'cpuu 3' (did you mean 'cpu'?)",
                     "t.yaml:2:33: error: unknown step 'strat P' (did you mean 'start'?)",
                     "t.yaml:2:42: error: unknown step 'sleep 2' (did you mean 'io'?)",
                     "t.yaml:2:51: error: unknown step 'fly'; the steps are cpu, io, start, join, "
                     "kill, lock, unlock, put, get, done, exit",
                     "t.yaml:2:56: error: unknown step '5': a step is a word and what it acts on, "
                     "e.g. 'cpu 5' (numbers alone are for bursts)"}));
}

TEST(Issue14Errors, BadNumbersOfTicks) {
    EXPECT_EQ(
        problems("",
                 "  - {name: P, program: [cpu 0, cpu -1, io -1, cpu x, cpu 5 ms, io 0, cpu]}\n"),
        (Lines{"t.yaml:2:25: error: 'cpu 0': a cpu step takes 1 tick or more ('io 0' gives up "
               "the CPU for no time)",
               "t.yaml:2:32: error: 'cpu -1': a cpu step takes 1 tick or more ('io 0' gives up "
               "the CPU for no time)",
               "t.yaml:2:40: error: 'io -1': an io step takes 0 ticks or more",
               "t.yaml:2:47: error: 'cpu x': the ticks must be a whole number, not 'x'",
               "t.yaml:2:54: error: 'cpu 5 ms': ticks are whole numbers without a unit; write "
               "'cpu 5'",
               "t.yaml:2:70: error: 'cpu' needs a number of ticks, e.g. 'cpu 5'"}));
    EXPECT_EQ(
        problems("",
                 "  - {name: P, program: [cpu 4611686018427387904, io 99999999999999999999]}\n"),
        (Lines{"t.yaml:2:25: error: 'cpu 4611686018427387904': a step must take fewer than "
               "2^62 ticks",
               "t.yaml:2:50: error: 'io 99999999999999999999': a step must take fewer than "
               "2^62 ticks"}));
    EXPECT_EQ(problems("",
                       "  - {name: P, program: [cpu 3000000000000000000]}\n"
                       "  - {name: Q, program: [cpu 3000000000000000000]}\n"),
              Lines{"t.yaml:3:24: error: the bursts of all processes together must stay below "
                    "2^62 ticks"});
}

TEST(Issue14Errors, StepsNameWhatExistsAndOfTheRightKind) {
    EXPECT_EQ(problems("locks: [ticket]\nqueues: {buns: 5}\n",
                       "  - {name: buyer1, program: [start buyr1, lock buyer1, join ticket, "
                       "put ticket, get bun, lock tiket, kill nobody]}\n"),
              (Lines{"t.yaml:4:30: error: 'start buyr1': no process is named 'buyr1' (did you "
                     "mean 'buyer1'?)",
                     "t.yaml:4:43: error: 'lock buyer1': 'buyer1' is a process, not a lock",
                     "t.yaml:4:56: error: 'join ticket': 'ticket' is a lock; join waits for a "
                     "child process or a queue",
                     "t.yaml:4:69: error: 'put ticket': 'ticket' is a lock, not a queue",
                     "t.yaml:4:81: error: 'get bun': no queue is named 'bun' (did you mean "
                     "'buns'?)",
                     "t.yaml:4:90: error: 'lock tiket': no lock is named 'tiket' (did you mean "
                     "'ticket'?)",
                     "t.yaml:4:102: error: 'kill nobody': no process is named 'nobody'"}));
    EXPECT_EQ(problems("", "  - {name: P, program: [[cpu 1]]}\n"),
              Lines{"t.yaml:2:25: error: a program step must be text such as 'cpu 5', not a list"});
    EXPECT_EQ(problems("", "  - {name: P, program: [lock m, put q, start, exit now]}\n"),
              (Lines{"t.yaml:2:25: error: 'lock m': no lock is named 'm'; declare it under "
                     "'locks'",
                     "t.yaml:2:33: error: 'put q': no queue is named 'q'; declare it under "
                     "'queues'",
                     "t.yaml:2:40: error: 'start' needs the name of a child process, e.g. "
                     "'start child'",
                     "t.yaml:2:47: error: 'exit now': 'exit' takes nothing after it"}));
}

TEST(Issue14Errors, StartOnlyOnesOwnChildOnce) {
    EXPECT_EQ(problems("",
                       "  - {name: main, program: [start c, start c, start d, start main]}\n"
                       "  - {name: other, program: [start c]}\n"
                       "  - {name: c, parent: main, program: [cpu 1]}\n"
                       "  - {name: d, program: [cpu 1]}\n"),
              (Lines{"t.yaml:2:37: error: 'start c': 'c' is started a second time (step 1 "
                     "starts it already)",
                     "t.yaml:2:46: error: 'start d': 'd' is not a child of 'main' (it has no "
                     "parent); only its parent can start it",
                     "t.yaml:2:55: error: 'start main': 'main' is not a child of 'main' (it has no "
                     "parent); only its parent can start it",
                     "t.yaml:3:29: error: 'start c': 'c' is not a child of 'other' (its parent is "
                     "'main'); only its parent can start it"}));
}

TEST(Issue14Errors, EveryChildIsStartedByItsParent) {
    EXPECT_EQ(problems("",
                       "  - {name: main, program: [cpu 1, exit, start late]}\n"
                       "  - {name: c, parent: main, program: [cpu 1]}\n"
                       "  - {name: late, parent: main, program: [cpu 1]}\n"
                       "  - {name: worker, bursts: [3]}\n"
                       "  - {name: e, parent: worker, bursts: [1]}\n"),
              (Lines{"t.yaml:3:23: error: 'c' has parent 'main', whose program never starts it; "
                     "add 'start c' to it",
                     "t.yaml:4:26: error: 'late' has parent 'main', whose program never starts "
                     "it; add 'start late' to it",
                     "t.yaml:6:23: error: 'e' has parent 'worker', which runs bursts and so never "
                     "starts it; give 'worker' a program with 'start e'"}));
}

TEST(Issue14Errors, JoinOnlyAStartedChild) {
    EXPECT_EQ(problems("",
                       "  - {name: main, program: [join c, start c, join c, join c, join x, "
                       "join main]}\n"
                       "  - {name: c, parent: main, program: [cpu 1]}\n"
                       "  - {name: x, program: [cpu 1]}\n"),
              (Lines{"t.yaml:2:28: error: 'join c': it comes before 'start c'; a child can be "
                     "joined only once it is started",
                     "t.yaml:2:61: error: 'join x': 'x' is not a child of 'main' (it has no "
                     "parent); a process joins only its children",
                     "t.yaml:2:69: error: 'join main': 'main' is not a child of 'main' (it has no "
                     "parent); a process joins only its children"}));
}

TEST(Issue14Errors, KillNotOneself) {
    EXPECT_EQ(problems("", "  - {name: P, program: [cpu 1, kill P]}\n"),
              Lines{"t.yaml:2:32: error: 'kill P': a process cannot kill itself; use 'exit' to "
                    "end it"});
}

TEST(Issue14Errors, LocksAreFollowedInProgramOrder) {
    EXPECT_EQ(problems("locks: [a, b]\n",
                       "  - {name: P, program: [unlock a, lock a, lock b, lock a, unlock a, "
                       "unlock a, unlock b]}\n"),
              (Lines{"t.yaml:3:25: error: 'unlock a': 'P' does not hold 'a' at this step (locks "
                     "are followed in program order)",
                     "t.yaml:3:51: error: 'lock a': 'P' already holds 'a' (step 2 takes it), so "
                     "it would wait for itself forever",
                     "t.yaml:3:69: error: 'unlock a': 'P' does not hold 'a' at this step (locks "
                     "are followed in program order)"}));
    // Steps after an exit never run: they hold no lock and take none.
    EXPECT_EQ(problems("locks: [a]\n", "  - {name: P, program: [lock a, exit, lock a]}\n"),
              Lines{});
}

TEST(Issue14Errors, ParentsNameAnotherProcessWithoutCycles) {
    EXPECT_EQ(problems("locks: [m]\n",
                       "  - {name: s, parent: s, program: [cpu 1]}\n"
                       "  - {name: a, parent: b, program: [start b]}\n"
                       "  - {name: b, parent: a, program: [start a]}\n"
                       "  - {name: c, parent: mian, program: [cpu 1]}\n"
                       "  - {name: main, program: [cpu 1]}\n"
                       "  - {name: d, parent: m, program: [cpu 1]}\n"
                       "  - {name: i, parent: init, program: [cpu 1]}\n"),
              (Lines{"t.yaml:3:23: error: a process cannot be its own parent",
                     "t.yaml:4:23: error: the parents form a cycle ('a' -> 'b' -> 'a', each "
                     "followed by its parent), so none of them can start",
                     "t.yaml:6:23: error: unknown parent 'mian' (did you mean 'main'?)",
                     "t.yaml:8:23: error: parent must name a process; 'm' is a lock",
                     "t.yaml:9:23: error: unknown parent 'init': init starts every process "
                     "without 'parent', so leave the key out"}));
}

TEST(Issue14Errors, AChildHasNoArrivalAndADaemonWithoutParentIsWarnedAbout) {
    EXPECT_EQ(problems("",
                       "  - {name: main, program: [start c]}\n"
                       "  - {name: c, parent: main, arrival: 3, program: [cpu 1]}\n"),
              Lines{"t.yaml:3:38: error: process 'c' has a parent, so it arrives when its parent "
                    "starts it: remove 'arrival'"});
    auto daemon = loadYaml("processes:\n  - {name: d, daemon: true, bursts: [1]}\n");
    EXPECT_TRUE(daemon.workload);
    EXPECT_EQ(warnings(daemon), Lines{"t.yaml:2:23: warning: daemon: true does nothing for "
                                      "process 'd': it has no parent, and init never ends"});
}

TEST(Issue14Errors, BurstsOrProgramNotBothNorNeitherNorEmpty) {
    EXPECT_EQ(problems("",
                       "  - {name: A, bursts: [1], program: [cpu 1]}\n"
                       "  - {name: B}\n"
                       "  - {name: C, program: []}\n"
                       "  - {name: D, program: cpu 1}\n"),
              (Lines{"t.yaml:2:37: error: process 'A' gives both 'bursts' and 'program'; keep one "
                     "of them",
                     "t.yaml:3:5: error: process 'B' needs 'bursts' or 'program', e.g. bursts: [5]",
                     "t.yaml:4:24: error: program must not be empty; give at least one step, e.g. "
                     "[cpu 5]",
                     "t.yaml:5:24: error: program must be a list of steps such as [cpu 2, io 3, "
                     "cpu 1], not 'cpu 1'"}));
}

TEST(Issue14Errors, NamesAreUniqueTogether) {
    EXPECT_EQ(problems("locks: [ticket, P, ticket]\nqueues: {ticket: 1, q: 0}\n",
                       "  - {name: P, bursts: [1]}\n"),
              (Lines{"t.yaml:1:20: error: the name 'ticket' is also used by a lock (line 1); "
                     "processes, locks and queues need different names",
                     "t.yaml:2:10: error: the name 'ticket' is also used by a lock (line 1); "
                     "processes, locks and queues need different names",
                     "t.yaml:4:12: error: the name 'P' is also used by a lock (line 1); "
                     "processes, locks and queues need different names"}));
}

TEST(Issue14Errors, LocksQueuesAndOrphansValues) {
    EXPECT_EQ(problems("locks: [{inherit: true}, [x], {name: r, inherit: yes}]\n"
                       "queues: {q: -1, \"\": 2}\norphans: roots\n",
                       "  - {name: P, bursts: [1]}\n"),
              (Lines{"t.yaml:1:9: error: a lock needs a 'name', e.g. {name: radio, inherit: true}",
                     "t.yaml:1:26: error: a lock must be a name or a mapping such as {name: "
                     "radio, inherit: true}, not a list",
                     "t.yaml:1:50: error: inherit must be true or false, not 'yes'",
                     "t.yaml:2:13: error: the capacity of queue 'q' must be 0 or more, not -1",
                     "t.yaml:2:17: error: a queue's name must not be empty",
                     "t.yaml:3:10: error: orphans must be one of init, grandparent, root, not "
                     "'roots' (did you mean 'root'?)"}));
    EXPECT_EQ(problems("locks: ticket\nqueues: [q]\n", "  - {name: P, bursts: [1]}\n"),
              (Lines{"t.yaml:1:8: error: locks must be a list of lock names such as [ticket, "
                     "{name: radio, inherit: true}], not 'ticket'",
                     "t.yaml:2:9: error: queues must be a mapping of queue names to capacities "
                     "such as {buns: 5}, not a list"}));
}

TEST(Issue14Errors, ProgramsNeedMultiprogramming) {
    EXPECT_EQ(problems("multiprogramming: false\n", "  - {name: P, program: [cpu 1]}\n"),
              Lines{"t.yaml:1:19: error: multiprogramming: false needs burst processes: with "
                    "programs, a process that kept the CPU while it waits for a lock, a child or "
                    "a queue would wait forever"});
}

TEST(Issue14Errors, ControlCharactersInStepsAreRefused) {
    EXPECT_EQ(problems("", "  - {name: P, program: [\"start \\e[2J\"]}\n"),
              Lines{"t.yaml:2:25: error: a step must not hold control or direction characters "
                    "(it has U+001B at character 7)"});
}

TEST(Issue14Errors, JsonPointsAtTheSameItems) {
    auto result = loadJson(
        "{\"locks\": [\"m\"], \"processes\": [\n"
        " {\"name\": \"P\", \"program\": [\"lock m\", \"lock m\", \"cpu 0\"]}]}");
    EXPECT_EQ(errors(result),
              (Lines{"t.json:2:38: error: 'lock m': 'P' already holds 'm' (step 1 takes it), so it "
                     "would wait for itself forever",
                     "t.json:2:48: error: 'cpu 0': a cpu step takes 1 tick or more ('io 0' gives "
                     "up the CPU for no time)"}));
}

TEST(Issue14Write, TheTicketOfficeIsWrittenWithItsPrograms) {
    auto result = loadYaml(kTicketOffice);
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(toYaml(*result.workload),
              "name: Ticket office with a lock\ncpus: 1\ncontext_switch: 0\nmultiprogramming: "
              "true\nrules: textbook\npriority_order: smaller-first\norphans: init\npolicy:\n"
              "  name: fcfs\nlocks: [ticket]\nqueues: {buns: 5}\nprocesses:\n"
              "  - {name: main, arrival: 0, priority: 0, program: [cpu 1, start buyer1, start "
              "buyer2, join buyer1, join buyer2, cpu 1]}\n"
              "  - {name: buyer1, parent: main, daemon: false, priority: 0, program: [cpu 1, lock "
              "ticket, io 2, cpu 1, unlock ticket]}\n"
              "  - {name: buyer2, parent: main, daemon: false, priority: 0, program: [cpu 1, lock "
              "ticket, io 2, cpu 1, unlock ticket]}\n");
    std::string json = toJson(*result.workload);
    EXPECT_NE(json.find("  \"orphans\": \"init\",\n  \"policy\": {"), std::string::npos) << json;
    EXPECT_NE(json.find("  \"locks\": [\"ticket\"],\n  \"queues\": {\"buns\": 5},\n"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find("{\"name\": \"buyer1\", \"parent\": \"main\", \"daemon\": false, "
                        "\"priority\": 0, \"program\": [\"cpu 1\", \"lock ticket\", \"io 2\", "
                        "\"cpu 1\", \"unlock ticket\"]}"),
              std::string::npos)
        << json;
}

// Every new field, with names that need quoting, read back the same in both formats.
TEST(Issue14Write, ProgramsRoundTrip) {
    engine::Workload w;
    w.orphans = engine::OrphanRule::Root;
    w.locks = {{"radio", true}, {"a: b", false}};
    w.queues = {{"buns", 0}, {"工作 队列", 7}};
    w.processes.resize(3);
    w.processes[0] = {"main",
                      2,
                      1,
                      {},
                      {{StepKind::Start, 1},
                       {StepKind::Start, 2},
                       {StepKind::Lock, 1},
                       {StepKind::Put, 1},
                       {StepKind::Unlock, 1},
                       {StepKind::Join, 1},
                       {StepKind::JoinQueue, 1},
                       {StepKind::Kill, 2},
                       {StepKind::Exit, 0}}};
    w.processes[1] = {"yes",
                      0,
                      0,
                      {},
                      {{StepKind::Get, 1},
                       {StepKind::Done, 1},
                       {StepKind::Io, 0},
                       {StepKind::Lock, 0},
                       {StepKind::Cpu, 3},
                       {StepKind::Unlock, 0}}};
    w.processes[1].parent = 0;
    w.processes[2] = {"\"q\"", 0, 0, {4, 1, 2}, {}};
    w.processes[2].parent = 0;
    w.processes[2].daemon = true;
    ASSERT_EQ(engine::validateWorkload(w), std::vector<std::string>{});
    std::string yaml = toYaml(w);
    for (auto loaded : {loadYaml(yaml), loadJson(toJson(w))}) {
        ASSERT_TRUE(loaded.workload) << errors(loaded).front() << "\n" << yaml;
        EXPECT_EQ(toYaml(*loaded.workload), yaml);
        EXPECT_EQ(loaded.workload->processes[0].program, w.processes[0].program);
        EXPECT_EQ(loaded.workload->locks, w.locks);
        EXPECT_EQ(loaded.workload->queues, w.queues);
        EXPECT_EQ(loaded.workload->processes[2].parent, 0u);
        EXPECT_TRUE(loaded.workload->processes[2].daemon);
    }
}

TEST(Issue14Write, BurstScenariosAreWrittenAsBefore) {
    auto result = loadYaml("processes:\n  - {name: P, bursts: [1]}\n");
    ASSERT_TRUE(result.workload);
    EXPECT_EQ(toYaml(*result.workload),
              "cpus: 1\ncontext_switch: 0\nmultiprogramming: true\nrules: textbook\n"
              "priority_order: smaller-first\npolicy:\n  name: fcfs\nprocesses:\n"
              "  - {name: P, arrival: 0, priority: 0, bursts: [1]}\n");
}

// validateWorkload says the same as the files do, for programs made in code.
TEST(Issue14Validate, ProgrammaticWorkloadsGetSentences) {
    engine::Workload w;
    w.multiprogramming = false;
    w.locks = {{"m", false}, {"P", false}};
    w.queues = {{"q", -1}};
    w.processes.resize(2);
    w.processes[0] = {"P", 0, 0, {3}, {{StepKind::Cpu, 1}}};
    w.processes[1] = {
        "c",
        0,
        0,
        {},
        {{StepKind::Unlock, 0}, {StepKind::Join, 0}, {StepKind::Start, 7}, {StepKind::Io, -1}}};
    w.processes[1].parent = 1;
    EXPECT_EQ(engine::validateWorkload(w),
              (std::vector<std::string>{
                  "process 'P': gives both bursts and a program; give one of them",
                  "lock names must be non-empty and unique among processes, locks and queues: "
                  "'P'",
                  "queue 'q': capacity must be 0 or more",
                  std::string(engine::kProgramsNeedMultiprogramming),
                  "process 'c', parent: a process cannot be its own parent",
                  "process 'c', step 1: 'unlock m': 'c' does not hold 'm' at this step (locks "
                  "are followed in program order)",
                  "process 'c', step 2: 'join P': 'P' is not a child of 'c' (it has no parent); "
                  "a process joins only its children",
                  "process 'c', step 3: 'start #7': names no process",
                  "process 'c', step 4: 'io -1': an io step takes 0 ticks or more"}));
}

// Aliases multiply the steps a small file holds; the walk stops at the cap of every document
// (a million values plus twice the file's size), so memory stays bounded like for bursts.
TEST(Issue14Hostile, AliasedProgramsAreCapped) {
    auto out = schedlab::testing::withinMemory(schedlab::testing::kOneGiB, [] {
        std::string text = "locks: [m]\nprocesses: [{name: P, program: &p [" +
                           repeat("lock m, unlock m, ", 1000) + "cpu 1]}, " +
                           repeat("{name: Q, program: *p}, ", 2000) + "{name: R, program: *p}]\n";
        auto result = loadYaml(text);
        return result.diagnostics.empty() ? std::string() : result.diagnostics.back().message;
    });
    ASSERT_TRUE(out.has_value()) << "ran out of memory";
    EXPECT_NE(out->find("the document expands to more than"), std::string::npos) << *out;
}

}  // namespace
}  // namespace schedlab::scenario
