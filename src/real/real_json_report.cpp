#include <cmath>
#include <nlohmann/json.hpp>

#include "real/real_report.hpp"
#include "real/runner.hpp"

namespace schedlab::real {
namespace {

using Json = nlohmann::ordered_json;

Json number(double value) {
    if (!std::isfinite(value)) {
        return nullptr;
    }
    return std::round(value * 1000.0) / 1000.0;
}

Json orNull(double value) { return value < 0 ? Json(nullptr) : number(value); }

Json times(const ProcessTimes& t) {
    return {{"first_run_ms", orNull(t.firstRunMs)},
            {"completion_ms", orNull(t.completionMs)},
            {"cpu_ms", number(t.cpuMs)},
            {"waiting_ms", number(t.waitingMs)}};
}

/// The sentences in English: JSON is for programs, whatever the reader's language.
std::vector<std::string> english(const std::vector<engine::Phrase>& phrases) {
    std::vector<std::string> out;
    for (const auto& phrase : phrases) {
        out.push_back(engine::fill(phrase.text, phrase.args));
    }
    return out;
}

Json counter(std::int64_t value) { return value < 0 ? Json(nullptr) : Json(value); }

Json kernel(const KernelCounters& k) {
    return {{"run_ns", counter(k.runNs)},
            {"wait_ns", counter(k.waitNs)},
            {"switches", counter(k.switches)},
            {"voluntary_switches", counter(k.voluntarySwitches)},
            {"involuntary_switches", counter(k.involuntarySwitches)}};
}

Json intervals(const std::vector<RealInterval>& list) {
    Json out = Json::array();
    for (const auto& i : list) {
        out.push_back({{"start_us", i.startUs}, {"end_us", i.endUs}});
    }
    return out;
}

Json process(const RealRun& run, const ProcessComparison& p, std::size_t i) {
    Json real = times(p.real);
    real["cpu_intervals"] = intervals(run.processes[i].cpu);
    real["io_intervals"] = intervals(run.processes[i].io);
    return {{"name", p.name},
            {"simulated", times(p.simulated)},
            {"real", real},
            {"errors",
             {{"first_run_ms", number(p.firstRunErrorMs)},
              {"completion_ms", number(p.completionErrorMs)},
              {"cpu_ms", number(p.cpuErrorMs)},
              {"waiting_ms", number(p.waitingErrorMs)}}},
            {"kernel", kernel(p.kernel)}};
}

Json names(const RealRun& run, const std::vector<engine::Pid>& order) {
    Json out = Json::array();
    for (auto p : order) {
        out.push_back(p < run.workload.processes.size() ? run.workload.processes[p].name : "");
    }
    return out;
}

Json summary(const RealRun& run, const RealSummary& s) {
    Json close = Json::array();
    for (double t : s.closeEventsMs) {
        close.push_back(number(t));
    }
    return {{"mode", modeName(run.mode)},
            {"linux_policy", linuxPolicyName(run.linuxPolicy)},
            {"tick_ms", run.tickMs},
            {"rr_timeslice_ms", run.rrTimesliceMs > 0 ? Json(run.rrTimesliceMs) : Json(nullptr)},
            {"child_cpu", run.childCpu},
            {"mean_abs_completion_error_ms", number(s.meanAbsCompletionErrorMs)},
            {"max_abs_completion_error_ms", number(s.maxAbsCompletionErrorMs)},
            {"simulated_makespan_ms", number(s.simulatedMakespanMs)},
            {"real_makespan_ms", number(s.realMakespanMs)},
            {"same_order", s.sameOrder},
            {"simulated_order", names(run, s.simulatedOrder)},
            {"real_order", names(run, s.realOrder)},
            {"same_process_share", number(s.sameProcessShare)},
            {"real_switches", s.realSwitches},
            {"switch_overhead_us", number(s.switchOverheadUs)},
            {"close_events_ms", close}};
}

}  // namespace

std::string writeRealJson(const RealRun& run, const RealComparison& comparison) {
    Json out;
    out["scenario"] = run.simulated.scenario;
    out["policy"] = run.simulated.policy;
    out["summary"] = summary(run, comparison.summary);
    out["processes"] = Json::array();
    for (std::size_t i = 0; i < comparison.processes.size(); ++i) {
        out["processes"].push_back(process(run, comparison.processes[i], i));
    }
    out["notes"] = english(run.notes);
    out["differences"] = english(comparison.differences);
    return out.dump(2) + "\n";
}

}  // namespace schedlab::real
