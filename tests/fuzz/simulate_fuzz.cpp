// Read-then-simulate on small scenarios: every scenario that loads runs to the end, step by step,
// with the views consistent at every step and every engine invariant (tests/engine/
// invariant_checks.hpp) holding for the result.
#include <algorithm>
#include <string>
#include <vector>

#include "invariant_checks.hpp"
#include "fuzz_support.hpp"
#include "scenario/scenario_io.hpp"

namespace {

using namespace schedlab;
using engine::Tick;

constexpr std::size_t kMaxInput = 4096;
constexpr std::size_t kMaxProcesses = 12;
constexpr int kMaxCpus = 4;
constexpr Tick kMaxTime = 400;      // per burst, per arrival and per context switch
constexpr Tick kMaxSteps = 100'000; // a run needing more instants than this is stuck

// Small enough to run thousands of times a second: few processes, short bursts and programs, few
// CPUs.
bool small(const engine::Workload& w) {
    if (w.processes.size() > kMaxProcesses || w.cpus > kMaxCpus || w.contextSwitch > kMaxTime) {
        return false;
    }
    return std::all_of(w.processes.begin(), w.processes.end(), [](const engine::ProcessSpec& p) {
        auto shortStep = [](const engine::Step& s) {
            bool timed = s.kind == engine::StepKind::Cpu || s.kind == engine::StepKind::Io;
            return !timed || s.value <= kMaxTime;
        };
        auto shortBurst = [](Tick b) { return b <= kMaxTime; };
        return p.arrival <= kMaxTime && p.bursts.size() <= 9 && p.program.size() <= 20 &&
               std::all_of(p.bursts.begin(), p.bursts.end(), shortBurst) &&
               std::all_of(p.program.begin(), p.program.end(), shortStep);
    });
}

void checkInvariant(const ::testing::AssertionResult& ok, const std::string& input) {
    fuzz::check(static_cast<bool>(ok), ok.message(), input);
}

void stepThrough(const engine::Workload& w, const std::string& input) {
    engine::Simulation sim{w};
    Tick steps = 0;
    do {
        checkInvariant(engine::test::viewsConsistent(sim, w), input);
        fuzz::check(++steps < kMaxSteps, "the simulation does not end", input);
    } while (sim.step());
    fuzz::check(sim.finished(), "step() stopped before the end", input);
    const auto& r = sim.result();
    namespace t = engine::test;
    using Invariant = ::testing::AssertionResult (*)(const engine::Workload&,
                                                     const engine::SimulationResult&);
    std::vector<Invariant> invariants = {t::slicesDisjoint, t::firstRunMatchesSlices,
                                         t::eventsLegal, t::switchesMatch};
    if (!w.hasPrograms()) {   // programs may deadlock, be killed or never start (#14)
        invariants.insert(invariants.end(),
                          {t::allTerminate, t::cpuTimeConserved, t::metricsMatchSlices,
                           t::timeInStatesMatches, t::workConserving, t::summaryMatches});
    }
    for (auto invariant : invariants) {
        checkInvariant(invariant(w, r), input);
    }
    fuzz::check(t::dump(engine::simulate(w)) == t::dump(r), "simulate() and step() differ", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > kMaxInput) {
        return -1;  // not added to the corpus
    }
    const std::string input{fuzz::asText(data, size)};
    const auto loaded = scenario::parseScenario(input, "input", scenario::Format::Yaml);
    if (loaded.workload && small(*loaded.workload)) {
        fuzz::check(engine::validateWorkload(*loaded.workload).empty(),
                    "a loaded scenario is not a valid workload", input);
        stepThrough(*loaded.workload, input);
    }
    return 0;
}
