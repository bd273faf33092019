#include "report/csv_report.hpp"

#include "report/format.hpp"

namespace schedlab::report {
namespace {

void cell(std::string& out, engine::Tick value, bool present = true) {
    out += ',';
    if (present) {
        appendInt(out, value);
    }
}

}  // namespace

std::string writeCsv(const engine::Workload& workload, const engine::SimulationResult& result) {
    std::string out = "name,arrival,first_run,completion,response,turnaround,waiting,cpu,io\n";
    out.reserve(out.size() + 48 * result.processes.size());
    for (std::size_t p = 0; p < result.processes.size(); ++p) {
        const auto& m = result.processes[p];
        out += csvField(p < workload.processes.size() ? workload.processes[p].name : "");
        cell(out, m.arrival);
        cell(out, m.firstRun, m.firstRun >= 0);
        cell(out, m.completion, m.completion >= 0);
        cell(out, m.response, m.firstRun >= 0);
        cell(out, m.turnaround, m.completion >= 0);
        cell(out, m.waiting);
        cell(out, m.cpu);
        cell(out, m.io);
        out += '\n';
    }
    return out;
}

}  // namespace schedlab::report
