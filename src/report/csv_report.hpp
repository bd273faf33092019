#pragma once
// `run --format csv`: one rectangular table, one row per process in the file's order.
// Header: name,arrival,first_run,completion,response,turnaround,waiting,cpu,io. Fields are quoted
// per RFC 4180 when needed; lines end in "\n". Values of a process that never ran or finished
// are left empty.

#include <string>

#include "engine/result.hpp"
#include "engine/workload.hpp"

namespace schedlab::report {

std::string writeCsv(const engine::Workload& workload, const engine::SimulationResult& result);

}  // namespace schedlab::report
