// The floor for the end-to-end benchmark: the smallest honest round-robin simulator, written by
// hand for speed, reading a plain-text workload. No policies, no records, no checks.
//
// Input (text): N, then per process: arrival, number of bursts k, then k bursts.
// Output: the same averages schedlab-cli prints, so the two runs can be checked against each other.
// Same-instant order as SchedLab's textbook rules: arrivals, then I/O returns, then the process
// whose quantum expired. One CPU.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <deque>
#include <queue>
#include <tuple>
#include <vector>

using Tick = std::int64_t;

struct Proc {
    Tick arrival;
    std::uint32_t first;   // index of its first burst in `bursts`
    std::uint32_t count;
    std::uint32_t next = 0;
    Tick left = 0;
    Tick readySince = 0;
    Tick waiting = 0;
    Tick completion = 0;
};

static bool readWorkload(FILE* in, std::vector<Proc>& procs, std::vector<Tick>& bursts) {
    long long n = 0;
    if (std::fscanf(in, "%lld", &n) != 1) {
        return false;
    }
    procs.reserve(static_cast<size_t>(n));
    for (long long i = 0; i < n; ++i) {
        long long arrival = 0, k = 0;
        if (std::fscanf(in, "%lld %lld", &arrival, &k) != 2) {
            return false;
        }
        procs.push_back({arrival, static_cast<std::uint32_t>(bursts.size()),
                         static_cast<std::uint32_t>(k)});
        for (long long j = 0; j < k; ++j) {
            long long b = 0;
            if (std::fscanf(in, "%lld", &b) != 1) {
                return false;
            }
            bursts.push_back(b);
        }
        procs.back().left = bursts[procs.back().first];
    }
    return true;
}

int main(int argc, char** argv) {
    Tick quantum = argc > 2 ? std::atoll(argv[2]) : 4;
    FILE* in = argc > 1 ? std::fopen(argv[1], "r") : stdin;
    std::vector<Proc> procs;
    std::vector<Tick> bursts;
    if (!in || !readWorkload(in, procs, bursts)) {
        std::fprintf(stderr, "rr_floor: cannot read the workload\n");
        return 2;
    }
    using Io = std::tuple<Tick, Tick, std::uint32_t>;   // (end, start, process), as SchedLab orders them
    std::priority_queue<Io, std::vector<Io>, std::greater<>> io;
    std::deque<std::uint32_t> ready;
    std::vector<std::uint32_t> order(procs.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return procs[a].arrival < procs[b].arrival; });
    size_t arrived = 0, done = 0;
    const std::uint32_t none = UINT32_MAX;
    std::uint32_t running = none;
    Tick now = 0, sliceStart = 0, sliceEnd = 0, busy = 0;
    auto makeReady = [&](std::uint32_t p) {
        procs[p].readySince = now;
        ready.push_back(p);
    };
    while (done < procs.size()) {
        Tick next = INT64_MAX;
        if (arrived < order.size()) next = procs[order[arrived]].arrival;
        if (!io.empty()) next = std::min(next, std::get<0>(io.top()));
        if (running != none) next = std::min(next, sliceEnd);
        now = next;
        std::uint32_t expired = none;
        if (running != none && sliceEnd == now) {
            Proc& p = procs[running];
            p.left -= now - sliceStart;
            busy += now - sliceStart;
            if (p.left > 0) {
                expired = running;
            } else if (p.next + 1 >= p.count) {
                p.completion = now;
                ++done;
            } else {
                io.push({now + bursts[p.first + p.next + 1], now, running});
                p.next += 2;
                p.left = bursts[p.first + p.next];
            }
            running = none;
        }
        while (arrived < order.size() && procs[order[arrived]].arrival == now) {
            makeReady(order[arrived++]);
        }
        while (!io.empty() && std::get<0>(io.top()) == now) {
            makeReady(std::get<2>(io.top()));
            io.pop();
        }
        if (expired != none) makeReady(expired);
        if (running == none && !ready.empty()) {
            running = ready.front();
            ready.pop_front();
            Proc& p = procs[running];
            p.waiting += now - p.readySince;
            sliceStart = now;
            sliceEnd = now + std::min(quantum, p.left);
        }
    }
    double waiting = 0, turnaround = 0;
    Tick first = INT64_MAX, last = 0;
    for (const Proc& p : procs) {
        waiting += static_cast<double>(p.waiting);
        turnaround += static_cast<double>(p.completion - p.arrival);
        first = std::min(first, p.arrival);
        last = std::max(last, p.completion);
    }
    double n = static_cast<double>(procs.size());
    std::printf("processes,avg_turnaround,avg_waiting,cpu_utilization,makespan\n");
    std::printf("%zu,%.3f,%.3f,%.3f,%lld\n", procs.size(), turnaround / n, waiting / n,
                static_cast<double>(busy) / static_cast<double>(last - first),
                static_cast<long long>(last - first));
    return 0;
}
