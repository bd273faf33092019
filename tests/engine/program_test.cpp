// Programs (CONTRACT section 4, issue #14): hand-worked answers for start/join, zombies,
// orphans under each rule, daemons, kill, io 0, locks, queues and deadlock.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "engine/explain.hpp"
#include "engine_test_support.hpp"
#include "invariant_checks.hpp"

namespace schedlab::engine::test {
namespace {

struct Def {
    std::string name;
    std::string parent;   // "" = init
    std::string program;  // "cpu 1, start A, join A"
    bool daemon = false;
};

/// Builds a program workload: steps name processes, locks and queues by name.
Workload programs(std::string_view spec, const std::vector<Def>& defs,
                  const std::vector<std::string>& locks = {},
                  const std::vector<std::pair<std::string, std::int64_t>>& queues = {}) {
    Workload w = workload(spec, {});
    std::map<std::string, std::uint32_t> process;
    std::map<std::string, std::uint32_t> lock;
    std::map<std::string, std::uint32_t> queue;
    for (const auto& d : defs) {
        process[d.name] = static_cast<std::uint32_t>(process.size());
    }
    for (const auto& name : locks) {
        lock[name] = static_cast<std::uint32_t>(w.locks.size());
        w.locks.push_back({name});
    }
    for (const auto& [name, capacity] : queues) {
        queue[name] = static_cast<std::uint32_t>(w.queues.size());
        w.queues.push_back({name, capacity});
    }
    const std::map<std::string, StepKind> kinds = {
        {"cpu", StepKind::Cpu},     {"io", StepKind::Io},       {"start", StepKind::Start},
        {"join", StepKind::Join},   {"kill", StepKind::Kill},   {"lock", StepKind::Lock},
        {"unlock", StepKind::Unlock}, {"put", StepKind::Put},   {"get", StepKind::Get},
        {"done", StepKind::Done},   {"exit", StepKind::Exit}};
    for (const auto& d : defs) {
        ProcessSpec made{d.name};
        made.parent = d.parent.empty() ? kNoProcess : process.at(d.parent);
        made.daemon = d.daemon;
        std::stringstream steps(d.program);
        for (std::string item; std::getline(steps, item, ',');) {
            std::stringstream words(item);
            std::string word;
            std::string arg;
            words >> word >> arg;
            Step step{kinds.at(word), 0};
            if (word == "cpu" || word == "io") {
                step.value = std::stoll(arg);
            } else if (word == "lock" || word == "unlock") {
                step.value = lock.at(arg);
            } else if (word == "put" || word == "get" || word == "done") {
                step.value = queue.at(arg);
            } else if (word == "join" && queue.count(arg) != 0) {
                step = {StepKind::JoinQueue, queue.at(arg)};
            } else if (word != "exit") {
                step.value = process.at(arg);
            }
            made.program.push_back(step);
        }
        w.processes.push_back(made);
    }
    return w;
}

/// "t=1 A new->ready" lines for one process.
std::string history(const SimulationResult& r, const Workload& w, std::string_view name) {
    std::string out;
    for (const auto& e : r.events) {
        if (w.processes[e.process].name == name) {
            out += out.empty() ? "" : ", ";
            out += std::to_string(e.time) + " " + std::string(stateName(e.to));
        }
    }
    return out;
}

std::string adoptions(const SimulationResult& r, const Workload& w) {
    std::string out;
    for (const auto& a : r.adoptions) {
        out += out.empty() ? "" : ", ";
        out += std::to_string(a.time) + " " + w.processes[a.process].name + "->" +
               (a.parent == kNoProcess ? "init" : w.processes[a.parent].name);
    }
    return out;
}

std::vector<std::string> explained(const SimulationResult& r, const Workload& w) {
    std::vector<std::string> out;
    for (const auto& d : r.decisions) {
        out.push_back(explain(d, w));
    }
    return out;
}

bool says(const SimulationResult& r, const Workload& w, std::string_view text) {
    auto all = explained(r, w);
    return std::find(all.begin(), all.end(), text) != all.end();
}

void expectInvariants(const Workload& w, const SimulationResult& r) {
    EXPECT_TRUE(eventsLegal(w, r));
    EXPECT_TRUE(slicesDisjoint(w, r));
    EXPECT_TRUE(firstRunMatchesSlices(w, r));
    EXPECT_TRUE(switchesMatch(w, r));
    Simulation sim{w};   // stepped, with the views checked at every instant
    do {
        ASSERT_TRUE(viewsConsistent(sim, w));
    } while (sim.step());
    EXPECT_TRUE(sim.finished());
    EXPECT_EQ(dump(sim.result()), dump(r));
}

TEST(ProgramTest, JoinAfterEachStartRunsChildrenOneAfterAnother) {
    auto w = programs("fcfs", {{"main", "", "cpu 1, start A, join A, start B, join B, cpu 1"},
                               {"A", "main", "io 3, cpu 1"},
                               {"B", "main", "io 2, cpu 1"}});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "main 0-1, A 4-5, B 7-8, main 8-9");
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{9, 5, 8}));
    EXPECT_EQ(column(r, &ProcessMetrics::arrival), (std::vector<Tick>{0, 1, 5}));
    EXPECT_EQ(column(r, &ProcessMetrics::joinWait), (std::vector<Tick>{7, 0, 0}));
    EXPECT_EQ(history(r, w, "A"), "1 ready, 1 running, 1 blocked, 4 ready, 4 running, 5 terminated");
    expectInvariants(w, r);
}

TEST(ProgramTest, JoinsAtTheEndOverlapTheChildrenAndLeaveAZombie) {
    auto w = programs("fcfs", {{"main", "", "cpu 1, start A, start B, join A, join B, cpu 1"},
                               {"A", "main", "io 3, cpu 1"},
                               {"B", "main", "io 2, cpu 1"}});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "main 0-1, B 3-4, A 4-5, main 5-6");
    EXPECT_EQ(r.processes[0].completion, 6);
    // B ended at 4 while main waited for A: a zombie until main joins it at 5.
    EXPECT_EQ(history(r, w, "B"),
              "1 ready, 1 running, 1 blocked, 3 ready, 3 running, 4 zombie, 5 terminated");
    EXPECT_EQ(r.processes[2].completion, 4);
    EXPECT_TRUE(says(r, w, "t=4: B ends and is a zombie until its parent main joins it"));
    EXPECT_TRUE(says(r, w, "t=5: main reaps B"));
    expectInvariants(w, r);
}

TEST(ProgramTest, TheLockGoesToTheFirstWaiter) {
    auto w = programs("fcfs", {{"main", "", "start b1, start b2, join b1, join b2"},
                               {"b1", "main", "lock ticket, io 2, cpu 1, unlock ticket"},
                               {"b2", "main", "lock ticket, io 2, cpu 1, unlock ticket"}},
                      {"ticket"});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "b1 2-3, b2 5-6");
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{6, 3, 6}));
    EXPECT_EQ(column(r, &ProcessMetrics::lockWait), (std::vector<Tick>{0, 0, 3}));
    EXPECT_TRUE(says(r, w, "t=0: b2 waits for lock ticket, held by b1 since t=0"));
    EXPECT_TRUE(says(r, w, "t=3: b1 releases lock ticket to b2, the first waiting"));
    EXPECT_EQ(r.deadlock.time, -1);
    expectInvariants(w, r);
}

TEST(ProgramTest, LocksTakenInOppositeOrderDeadlockTheTickTheCycleCloses) {
    auto w = programs("rr:quantum=1",
                      {{"P1", "", "lock A, cpu 2, lock B, cpu 1, unlock B, unlock A"},
                       {"P2", "", "lock B, cpu 2, lock A, cpu 1, unlock A, unlock B"}},
                      {"A", "B"});
    auto r = run(w);
    ASSERT_EQ(r.deadlock.time, 4);
    ASSERT_EQ(r.deadlock.cycle.size(), 2U);
    EXPECT_EQ(r.deadlock.cycle[0].process, 1U);
    EXPECT_EQ(r.deadlock.cycle[0].heldBy, 0U);
    EXPECT_EQ(r.deadlock.cycle[1].process, 0U);
    EXPECT_EQ(r.deadlock.cycle[1].heldBy, 1U);
    EXPECT_TRUE(says(r, w, "t=4: deadlock: P2 waits for lock A held by P1"));
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{-1, -1}));
    EXPECT_EQ(column(r, &ProcessMetrics::lockWait), (std::vector<Tick>{1, 0}));   // to the end, 4
    EXPECT_EQ(r.summary.makespan, 4);
    expectInvariants(w, r);

    // The same locks in one order: no deadlock.
    auto fixed = programs("rr:quantum=1",
                          {{"P1", "", "lock A, cpu 2, lock B, cpu 1, unlock B, unlock A"},
                           {"P2", "", "lock A, cpu 2, lock B, cpu 1, unlock B, unlock A"}},
                          {"A", "B"});
    auto ok = run(fixed);
    EXPECT_EQ(ok.deadlock.time, -1);
    EXPECT_EQ(column(ok, &ProcessMetrics::completion), (std::vector<Tick>{3, 6}));
}

TEST(ProgramTest, ALockHeldByAProcessThatEndedCanNeverBeTaken) {
    auto w = programs("fcfs", {{"P", "", "lock M, cpu 2"}, {"Q", "", "cpu 1, lock M, cpu 1"}},
                      {"M"});
    w.cpus = 2;
    auto r = run(w);
    EXPECT_EQ(r.deadlock.time, 2);   // P ends at 2 holding M; Q waits since 1
    ASSERT_EQ(r.deadlock.cycle.size(), 1U);
    EXPECT_EQ(r.deadlock.cycle[0].process, 1U);
    EXPECT_EQ(r.deadlock.cycle[0].heldBy, 0U);
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{2, -1}));
    expectInvariants(w, r);
}

TEST(ProgramTest, AConsumerNobodyFeedsIsFoundWhenNothingCanRun) {
    auto w = programs("fcfs", {{"p", "", "cpu 1, put q"}, {"c", "", "get q, get q, cpu 1"},
                               {"other", "", "cpu 9"}},
                      {}, {{"q", 0}});
    auto r = run(w);
    EXPECT_EQ(r.deadlock.time, 10);   // c waits from 1 on; certain when "other" ends at 10
    ASSERT_EQ(r.deadlock.cycle.size(), 1U);
    EXPECT_EQ(r.deadlock.cycle[0].reason, BlockReason::Get);
    EXPECT_EQ(r.deadlock.cycle[0].heldBy, kNoProcess);
    EXPECT_TRUE(says(r, w, "t=10: deadlock: c waits for get q, which nobody can release"));
    expectInvariants(w, r);
}

TEST(ProgramTest, ABoundedQueueBlocksTheProducerWhenFullAndTheConsumerWhenEmpty) {
    auto w = programs("fcfs",
                      {{"p", "", "cpu 1, put q, cpu 1, put q, cpu 1, put q"},
                       {"c", "", "get q, cpu 2, done q, get q, cpu 2, done q, get q, cpu 2, done q"}},
                      {}, {{"q", 1}});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "p 0-2, c 2-6, p 6-7, c 7-9");
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{7, 9}));
    EXPECT_EQ(column(r, &ProcessMetrics::queueWait), (std::vector<Tick>{0, 1}));
    EXPECT_TRUE(says(r, w, "t=2: p waits: queue q is full (1 items)"));
    EXPECT_TRUE(says(r, w, "t=6: c waits: queue q is empty"));
    expectInvariants(w, r);
}

TEST(ProgramTest, JoiningAQueueWaitsUntilEveryItemIsDone) {
    auto w = programs("fcfs",
                      {{"main", "", "start c, put q, put q, join q, cpu 1"},
                       {"c", "main", "get q, cpu 2, done q, get q, cpu 2, done q", true}},
                      {}, {{"q", 0}});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "c 0-4, main 4-5");
    EXPECT_EQ(r.processes[0].queueWait, 4);
    EXPECT_TRUE(says(r, w, "t=4: main goes on: every item put on q is done"));
    expectInvariants(w, r);
}

// Three CPUs so that every process runs at once: G starts A, A starts B, B starts C; A ends at
// 3, B at 5, C at 6, G at 20.
Workload family(OrphanRule rule) {
    auto w = programs("fcfs", {{"G", "", "start A, cpu 20"},
                               {"A", "G", "start B, cpu 3"},
                               {"B", "A", "start C, cpu 5"},
                               {"C", "B", "cpu 3"}});
    w.cpus = 3;
    w.orphans = rule;
    return w;
}

TEST(ProgramTest, OrphansGoToInitByDefault) {
    auto w = family(OrphanRule::Init);
    auto r = run(w);
    EXPECT_EQ(adoptions(r, w), "3 B->init, 5 C->init");
    EXPECT_EQ(history(r, w, "A"), "0 ready, 0 running, 3 zombie, 20 terminated");
    EXPECT_EQ(history(r, w, "B"), "0 ready, 0 running, 5 terminated");
    EXPECT_EQ(history(r, w, "C"), "0 ready, 3 running, 6 terminated");
    expectInvariants(w, r);
}

TEST(ProgramTest, OrphansGoToTheirGrandparentUnderGrandparent) {
    auto w = family(OrphanRule::Grandparent);
    auto r = run(w);
    EXPECT_EQ(adoptions(r, w), "3 B->G, 5 C->G");
    EXPECT_EQ(history(r, w, "B"), "0 ready, 0 running, 5 zombie, 20 terminated");
    EXPECT_EQ(history(r, w, "C"), "0 ready, 3 running, 6 zombie, 20 terminated");
}

TEST(ProgramTest, TheWholeSubtreeMovesUnderTheRootUnderRoot) {
    auto w = family(OrphanRule::Root);
    auto r = run(w);
    EXPECT_EQ(adoptions(r, w), "3 B->G, 3 C->G");
    EXPECT_EQ(history(r, w, "C"), "0 ready, 3 running, 6 zombie, 20 terminated");
}

TEST(ProgramTest, ADaemonEndsWithItsParentAndTheOtherChildIsAnOrphan) {
    auto w = programs("fcfs", {{"main", "", "start d, start n, cpu 2"},
                               {"d", "main", "cpu 10", true},
                               {"n", "main", "cpu 4"}});
    w.cpus = 3;
    auto r = run(w);
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{2, 2, 4}));
    EXPECT_EQ(history(r, w, "d"), "0 ready, 0 running, 2 terminated");
    EXPECT_EQ(adoptions(r, w), "2 n->init");
    EXPECT_TRUE(says(r, w, "t=2: d is a daemon and ends with its parent main"));
    expectInvariants(w, r);
}

TEST(ProgramTest, AKilledChildIsAZombieUntilItsParentEnds) {
    auto w = programs("fcfs", {{"main", "", "start c, cpu 2, kill c, cpu 1"},
                               {"c", "main", "cpu 10"}});
    w.cpus = 2;
    auto r = run(w);
    EXPECT_EQ(history(r, w, "c"), "0 ready, 0 running, 2 zombie, 3 terminated");
    EXPECT_EQ(r.processes[1].completion, 2);
    EXPECT_TRUE(says(r, w, "t=2: main kills c"));
    expectInvariants(w, r);
}

TEST(ProgramTest, TheViewsShowLocksQueuesAndParentsAtTheCurrentInstant) {
    auto w = programs("fcfs", {{"main", "", "start b1, start b2, join b1, join b2"},
                               {"b1", "main", "lock ticket, io 2, cpu 1, unlock ticket"},
                               {"b2", "main", "lock ticket, io 2, cpu 1, unlock ticket"}},
                      {"ticket"});
    Simulation sim{w};
    sim.runUntil(1);
    ASSERT_EQ(sim.locks().size(), 1U);
    EXPECT_EQ(sim.locks()[0].holder, 1U);
    EXPECT_EQ(sim.locks()[0].waiters, (std::vector<Pid>{2}));
    EXPECT_EQ(sim.parent(1), 0U);
    EXPECT_EQ(sim.blockReason(2), BlockReason::Lock);
    EXPECT_EQ(sim.blockReason(0), BlockReason::Join);
    EXPECT_EQ(sim.blockObject(0), 1U);
    EXPECT_EQ(sim.blocked().size(), 3U);   // b1 in I/O, b2 on the lock, main joining b1
}

TEST(ProgramTest, IoZeroGivesUpTheCpuBehindTheProcessesWaiting) {
    auto w = programs("fcfs", {{"P", "", "cpu 1, io 0, cpu 1"}, {"Q", "", "cpu 2"}});
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "P 0-1, Q 1-3, P 3-4");
    expectInvariants(w, r);
}

TEST(ProgramTest, BurstsAndTheSameProgramGiveTheSameRun) {
    for (const char* spec : {"fcfs", "sjf", "srtf", "rr:quantum=2", "mlfq", "hrrn", "priority"}) {
        auto bursts = workload(spec, {proc("A", 0, {3, 2, 4}, 2), proc("B", 1, {5}, 1),
                                      proc("C", 2, {1, 1, 1, 1, 2}, 3)});
        auto program = bursts;
        for (auto& p : program.processes) {
            p.program = programOf(p);
            p.bursts.clear();
        }
        auto a = run(bursts);
        auto b = run(program);
        EXPECT_EQ(gantt(a, bursts), gantt(b, program)) << spec;
        EXPECT_EQ(explained(a, bursts), explained(b, program)) << spec;
    }
}

// The Mars Pathfinder story: medium keeps high waiting for low's lock, unless the lock lends
// low high's priority.
Workload pathfinder(bool inherit) {
    auto w = programs("priority-p", {{"low", "", "lock radio, cpu 4, unlock radio, cpu 1"},
                                     {"high", "", "lock radio, cpu 1, unlock radio"},
                                     {"medium", "", "cpu 6"}},
                      {"radio"});
    w.locks[0].inherit = inherit;
    for (Pid p = 0; p < 3; ++p) {
        w.processes[p].arrival = p;
        w.processes[p].priority = std::vector<std::int64_t>{3, 1, 2}[p];
    }
    return w;
}

TEST(ProgramTest, PriorityInversionKeepsHighWaitingForMedium) {
    auto w = pathfinder(false);
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "low 0-1, low 1-2, medium 2-8, low 8-10, high 10-11, low 11-12");
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{12, 11, 8}));
    expectInvariants(w, r);
}

TEST(ProgramTest, PriorityInheritanceLetsHighGoFirst) {
    auto w = pathfinder(true);
    auto r = run(w);
    EXPECT_EQ(gantt(r, w), "low 0-1, low 1-4, high 4-5, medium 5-11, low 11-12");
    EXPECT_EQ(column(r, &ProcessMetrics::completion), (std::vector<Tick>{12, 5, 11}));
    EXPECT_TRUE(says(r, w, "t=1: low runs at priority 1, inherited from high, which waits for lock radio"));
    EXPECT_TRUE(says(r, w, "t=4: low goes back to priority 3"));
    expectInvariants(w, r);
}

}  // namespace
}  // namespace schedlab::engine::test
