#!/usr/bin/env python3
"""Build tests/data/ostep/cases.yaml: golden traces from the OSTEP homework simulators.

Usage:
    python3 tests/data/ostep/make_cases.py OSTEP_HOMEWORK_GIT [-o OUT]

OSTEP_HOMEWORK_GIT is a clone (or bare git directory) of remzi-arpacidusseau/ostep-homework.
The simulators (cpu-sched-mlfq/mlfq.py and cpu-sched/scheduler.py at its HEAD) are not part
of this repository; see README.md next to this file.  This script copies them out of git into
a temporary directory, runs them with -c, parses their text output and writes one YAML case
per workload, with the commits it used in the file's header.  Workloads are chosen with fixed
random seeds, so the output is byte-identical on every run with the same commit.

Every case is checked before it is written (trace length, CPU ticks per job, first run and
completion against the reported response/turnaround, I/O gaps); a failed check aborts.
"""

import argparse
import functools
import os
import random
import re
import subprocess
import sys
import tempfile

SEED = 20240517          # fixed: choosing the workloads
BOOST_SEED = 20230927    # fixed: the boost stress group (its own stream keeps the others' draws)
TIMEOUT = 60             # seconds per simulator run
REPOSITORY = "remzi-arpacidusseau/ostep-homework"
SIMULATORS = (("mlfq", "cpu-sched-mlfq/mlfq.py"), ("scheduler", "cpu-sched/scheduler.py"))

# --------------------------------------------------------------------------------------
# workloads
# --------------------------------------------------------------------------------------


def jl(jobs):
    """[(start, run, iofreq), ...] -> mlfq.py -l argument."""
    return ":".join("%d,%d,%d" % j for j in jobs)


def random_levels(rng, nlev=None, qmax=10, amax=3, uniform=None):
    """-n/-q[/-a] or -Q[/-A] options for a random set of levels."""
    nlev = nlev or rng.randint(1, 4)
    if uniform is None:
        uniform = rng.random() < 0.3
    if uniform:
        o = ["-n", str(nlev), "-q", str(rng.randint(1, qmax))]
        if rng.random() < 0.5:
            o += ["-a", str(rng.randint(1, amax))]
        return o
    qs = [rng.randint(1, qmax) for _ in range(nlev)]
    o = ["-Q", ",".join(map(str, qs))]
    if rng.random() < 0.7:
        o += ["-A", ",".join(str(rng.randint(1, amax)) for _ in range(nlev))]
    return o


def random_jobs(rng, n, maxrun=80, io_p=0.5, maxfreq=10, late_p=0.4, maxarr=60):
    """[(start, run, iofreq), ...]."""
    out = []
    for _ in range(n):
        start = rng.randint(1, maxarr) if rng.random() < late_p else 0
        run = rng.randint(1, maxrun)
        freq = rng.randint(1, maxfreq) if rng.random() < io_p else 0
        out.append((start, run, freq))
    return out


def mlfq_workloads(rng):
    """Argument lists for mlfq.py (without -c)."""
    w = []

    # --- documented examples: README, chapter figures, homework questions -------------
    w += [
        ["-l", "0,200,0:100,20,0"],
        ["--jlist", "0,180,0:100,20,0", "-q", "10"],
        ["-n", "3", "-q", "10", "-l", "0,200,0:100,20,0", "-B", "50"],
        ["-n", "3", "-q", "10", "-l", "0,200,0"],                        # Fig 8.2
        ["-n", "3", "-q", "10", "-l", "0,175,0:50,25,1", "-i", "5"],     # Fig 8.4
        ["-n", "3", "-q", "10", "-i", "1", "-l", "0,150,0:100,50,1:100,50,1"],            # Fig 8.5 left
        ["-n", "3", "-q", "10", "-i", "1", "-B", "50", "-l", "0,150,0:100,50,1:100,50,1"],  # Fig 8.5 right
        ["-n", "3", "-q", "10", "-i", "1", "-l", "0,200,0:80,100,9"],           # Fig 8.6 left
        ["-n", "3", "-q", "10", "-i", "1", "-S", "-l", "0,200,0:80,100,9"],     # Fig 8.6 gaming
        ["-Q", "10,20,40", "-A", "1,1,1", "-l", "0,150,0:0,150,0"],             # Fig 8.7
        ["-n", "1", "-q", "5", "-l", "0,30,0:0,20,0:0,25,0"],                  # HW Q3: MLFQ as RR
        ["-n", "3", "-q", "10", "-S", "-i", "1", "-l", "0,100,9:0,100,0"],      # HW Q4: gaming
        ["-n", "3", "-q", "10", "-B", "100", "-l", "0,150,0:0,120,0:0,120,0:0,120,0"],  # HW Q5
        ["-n", "2", "-q", "10", "-i", "2", "-l", "0,50,0:0,30,3:0,30,3"],       # HW Q6 without -I
        ["-n", "2", "-q", "10", "-i", "2", "-I", "-l", "0,50,0:0,30,3:0,30,3"],  # HW Q6 with -I
        ["-j", "3"],                                                           # README random
        ["-j", "3", "-s", "1", "-m", "60", "-M", "8"],
        ["-j", "2", "-s", "2", "-m", "40", "-M", "6"],
        ["-j", "4", "-s", "3", "-m", "40", "-M", "5", "-q", "4"],
        ["-j", "3", "-s", "4", "-m", "50", "-M", "9", "-Q", "2,4,8", "-A", "1,2,1"],
        ["-j", "3", "-s", "5", "-m", "30", "-M", "4", "-B", "15", "-S"],
        ["-j", "2", "-s", "6", "-m", "40", "-M", "3", "-I", "-i", "2"],
        ["-j", "5", "-s", "7", "-m", "30", "-M", "6", "-n", "2", "-q", "3", "-B", "25", "-I"],
    ]

    levels_opts = functools.partial(random_levels, rng)
    jobs = functools.partial(random_jobs, rng)

    # 1. CPU-bound only, one or more levels, arrivals at 0 or later
    for _ in range(20):
        w.append(levels_opts() + ["-l", jl(jobs(rng.randint(1, 5), io_p=0))])

    # 2. several levels with different -Q / -A
    for _ in range(25):
        w.append(levels_opts(nlev=rng.randint(2, 4), uniform=False, amax=4)
                 + ["-l", jl(jobs(rng.randint(2, 5), io_p=0.4))])

    # 3. I/O-heavy workloads
    for _ in range(25):
        w.append(levels_opts() + ["-i", str(rng.randint(1, 10))]
                 + ["-l", jl(jobs(rng.randint(1, 5), io_p=0.8, maxfreq=8))])

    # 4. idle gaps: sparse arrivals, long I/O
    for _ in range(12):
        n = rng.randint(1, 3)
        t, js = 0, []
        for _ in range(n):
            run = rng.randint(1, 25)
            freq = rng.choice([0, 0, rng.randint(1, 6)])
            js.append((t, run, freq))
            t += run + rng.randint(1, 30)
        w.append(levels_opts(qmax=6) + ["-i", str(rng.randint(5, 25)), "-l", jl(js)])

    # 5. priority boosts
    for k in range(45):
        kind = k % 5
        if kind == 0:      # boost while jobs are blocked in long I/O
            opts = levels_opts(nlev=rng.randint(2, 3), qmax=6) + ["-i", str(rng.randint(6, 15))]
            js = jobs(rng.randint(1, 4), io_p=0.9, maxfreq=6, late_p=0.2)
            b = rng.randint(5, 20)
        elif kind == 1:    # boost while a long job runs at a lower level
            opts = levels_opts(nlev=rng.randint(2, 4), qmax=5)
            js = [(0, rng.randint(40, 80), 0)] + jobs(rng.randint(0, 3), maxrun=30, late_p=0.6)
            b = rng.randint(8, 30)
        elif kind == 2:    # boosts before some jobs have arrived
            opts = levels_opts(nlev=rng.randint(2, 3), qmax=6)
            b = rng.randint(4, 15)
            js = [(0, rng.randint(10, 50), rng.choice([0, 0, 4]))]
            js += [(rng.randint(b + 1, 3 * b + 5), rng.randint(1, 30), rng.choice([0, 3])) for _ in range(rng.randint(1, 3))]
        elif kind == 3:    # top allotment != top quantum (mlfq.py before 2023 mixed them up)
            nlev = rng.randint(2, 4)
            qs = [rng.randint(2, 8) for _ in range(nlev)]
            al = [rng.randint(1, 4) for _ in range(nlev)]
            opts = ["-Q", ",".join(map(str, qs)), "-A", ",".join(map(str, al))]
            js = jobs(rng.randint(1, 4), maxrun=60, io_p=0.4, maxfreq=7)
            b = rng.randint(6, 25)
        else:              # anything, with -S / -I thrown in
            opts = levels_opts() + rng.choice([[], ["-S"], ["-I"], ["-S", "-I"]])
            opts += ["-i", str(rng.randint(1, 8))]
            js = jobs(rng.randint(1, 5))
            b = rng.randint(3, 40)
        w.append(opts + ["-B", str(b), "-l", jl(js)])

    # 6. -S: gaming with I/O just before the quantum ends
    for _ in range(22):
        opts = levels_opts(nlev=rng.randint(2, 4), qmax=10, uniform=rng.random() < 0.5)
        qtop = int(opts[opts.index("-q") + 1]) if "-q" in opts else int(opts[1].split(",")[0])
        freq = max(1, qtop - rng.choice([1, 1, 2]))
        js = [(0, rng.randint(30, 80), 0), (rng.randint(0, 10), rng.randint(20, 80), freq)]
        js += jobs(rng.randint(0, 2), maxrun=40)
        rng.shuffle(js)
        w.append(opts + ["-S", "-i", str(rng.randint(1, 4)), "-l", jl(js)])

    # 7. -I: back from I/O to the front of the queue
    for _ in range(22):
        opts = levels_opts() + ["-I", "-i", str(rng.randint(1, 8))]
        w.append(opts + ["-l", jl(jobs(rng.randint(2, 5), io_p=0.7, maxfreq=6))])

    # 8. combinations of -B, -S, -I
    for _ in range(30):
        opts = levels_opts(amax=3)
        flags = rng.choice([["-S", "-I"], ["-S"], ["-I"], ["-S", "-I"]])
        opts += flags + ["-B", str(rng.randint(5, 40)), "-i", str(rng.randint(1, 10))]
        w.append(opts + ["-l", jl(jobs(rng.randint(1, 5), io_p=0.7, maxfreq=8))])

    # 9. quantum expiring on the tick an I/O starts (ioFreq a multiple/divisor of a quantum)
    for _ in range(18):
        nlev = rng.randint(1, 3)
        qs = [rng.randint(1, 6) for _ in range(nlev)]
        al = [rng.randint(1, 3) for _ in range(nlev)]
        opts = ["-Q", ",".join(map(str, qs)), "-A", ",".join(map(str, al))]
        opts += rng.choice([[], ["-S"], ["-I"], ["-S", "-I"]])
        if rng.random() < 0.3:
            opts += ["-B", str(rng.randint(10, 40))]
        q = rng.choice(qs)
        js = []
        for _ in range(rng.randint(1, 4)):
            freq = rng.choice([q, 2 * q, max(1, q // 2)])
            js.append((rng.choice([0, 0, rng.randint(1, 20)]), rng.randint(5, 60), freq))
        w.append(opts + ["-i", str(rng.randint(1, 6)), "-l", jl(js)])
    return w


# 11. boost stress (its cases follow group 9's; group 10 below is skipped anyway): a boost on
# the very tick of another event. A boost at B changes nothing before B, so a run without boost
# (the probe) shows which ticks hold which events, and B is picked among them.
BOOST_TARGETS = ("quantum-end", "io-done", "blocked", "arrival", "before-arrival", "below-top")


def boost_targets(p):
    """Ticks of a boost-free run at which a boost would meet each kind of event."""
    hi = len(p["levels"]) - 1                                   # mlfq.py's top queue number
    allot = {hi - k: a for k, (_, a) in enumerate(p["levels"])}
    starts = [s for s, _, _ in p["jobs"]]
    finish = [s + ta for s, (_, ta) in zip(starts, p["stats"])]
    io = p["iotime"]
    t = {k: set() for k in BOOST_TARGETS}
    for (r, j, pr, tk, al) in p["runs"]:
        if j < 0 or r + 1 >= finish[j]:
            continue
        if tk == 0:
            t["quantum-end"].add(r + 1)
        if pr < hi and al < allot[pr]:                  # part of a lower level's allotment used
            t["below-top"].add(r + 1)
    for (s, j) in p["iostarts"]:
        t["io-done"].add(s + io)
        t["blocked"].update(range(s + 1, s + io))
    t["arrival"].update(s for s in starts if s > 0)
    t["before-arrival"].update(range(1, max(starts)))
    end = len(p["runs"])
    return {k: sorted(b for b in v if 1 <= b < end) for k, v in t.items()}


def boost_stress_workloads(rng, probe):
    """Argument lists for mlfq.py with a boost; probe(args) runs mlfq.py and parses it."""
    w = []
    for k in range(70):
        kind = k % 7
        nlev = rng.randint(2, 4)
        qs = [rng.randint(1, 6) for _ in range(nlev)]
        al = [rng.randint(2 if kind == 6 else 1, 4 if kind == 6 else 3) for _ in range(nlev)]
        opts = ["-Q", ",".join(map(str, qs)), "-A", ",".join(map(str, al))]
        flags = {4: ["-S"], 5: ["-I"]}.get(kind) or rng.choice([[], [], ["-S"], ["-I"], ["-S", "-I"]])
        io = rng.randint(6, 15) if kind == 2 else rng.randint(1, 8)
        if kind == 0:      # a boost on the tick a quantum runs out
            target = "quantum-end"
            js = random_jobs(rng, rng.randint(2, 4), maxrun=60, io_p=0.3, maxarr=20)
        elif kind in (1, 5):   # on the tick an I/O completes (5: with -I, to the front)
            target = "io-done"
            js = random_jobs(rng, rng.randint(1, 4), maxrun=50, io_p=1.0, maxfreq=6)
        elif kind == 2:    # while jobs are blocked in long I/O
            target = "blocked"
            js = random_jobs(rng, rng.randint(1, 4), maxrun=50, io_p=1.0, maxfreq=6, late_p=0.2)
        elif kind == 3:    # before some jobs arrive, or on the tick one arrives
            js = [(0, rng.randint(10, 60), rng.choice([0, 0, 3]))]
            js += random_jobs(rng, rng.randint(1, 3), maxrun=30, io_p=0.3, late_p=1.0, maxarr=40)
            target = "arrival" if k % 2 else "before-arrival"
        elif kind == 4:    # -S: I/O just before or on the quantum's end
            freq = max(1, qs[0] - rng.choice([0, 1]))
            js = [(0, rng.randint(20, 60), 0), (rng.randint(0, 5), rng.randint(20, 60), freq)]
            js += random_jobs(rng, rng.randint(0, 2), maxrun=40)
            target = rng.choice(["quantum-end", "io-done"])
        else:              # below the top with part of an allotment > 1 used
            target = "below-top"
            js = random_jobs(rng, rng.randint(2, 4), maxrun=80, io_p=0.3, maxarr=20)
        if kind in (1, 2, 5):  # every job does I/O at least once
            js = [(s, max(r, f + 1), f) for s, r, f in js]
        base = opts + flags + ["-i", str(io)]
        ticks = boost_targets(probe(base + ["-l", jl(js)]))[target]
        b = rng.choice(ticks) if ticks else rng.randint(2, 30)
        w.append(base + ["-B", str(b), "-l", jl(js)])
    return w


# 10. workloads the simulator refuses or crashes on (expected to be skipped)
REFUSED = [
    ["-l", "0,0,0:0,5,0"],                        # runTime 0 -> Abort
    ["-Q", "2,4", "-A", "0,1", "-l", "0,10,0"],   # non-positive allotment -> rejected
    ["-Q", "2,4,8", "-A", "1,1", "-l", "0,10,0"], # -A length != -Q length -> rejected
]


def sched_workloads(rng):
    """Argument lists for scheduler.py (without -c)."""
    w = [
        # homework questions 1-3 and the README's random example
        ["-p", "SJF", "-l", "200,200,200"],
        ["-p", "FIFO", "-l", "200,200,200"],
        ["-p", "SJF", "-l", "100,200,300"],
        ["-p", "FIFO", "-l", "100,200,300"],
        ["-p", "RR", "-q", "1", "-l", "100,200,300"],
        ["-p", "FIFO", "-j", "3", "-s", "100"],
        ["-p", "SJF", "-j", "3", "-s", "100"],
        ["-p", "RR", "-q", "2", "-j", "4", "-s", "7"],
    ]

    def lengths():
        n = rng.randint(2, 6)
        if rng.random() < 0.4:      # ties
            pool = [rng.randint(1, 40) for _ in range(max(1, n // 2))]
            return [rng.choice(pool) for _ in range(n)]
        return [rng.randint(1, 40) for _ in range(n)]

    for k in range(52):
        ls = ",".join(map(str, lengths()))
        kind = k % 3
        if kind == 0:
            w.append(["-p", "FIFO", "-l", ls])
        elif kind == 1:
            w.append(["-p", "SJF", "-l", ls])
        else:
            w.append(["-p", "RR", "-q", str(1 + (k // 3) % 5), "-l", ls])
    return w


# --------------------------------------------------------------------------------------
# running and parsing
# --------------------------------------------------------------------------------------


class Skip(Exception):
    pass


def run_sim(path, args):
    try:
        p = subprocess.run([sys.executable, path] + args + ["-c"], capture_output=True,
                           text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Skip("timeout")
    if p.returncode != 0 or p.stderr.strip():
        msg = (p.stderr.strip() or p.stdout.strip()).splitlines()
        raise Skip("exit %d: %s" % (p.returncode, msg[-1] if msg else ""))
    if "Final statistics" not in p.stdout:
        raise Skip("no final statistics in output")
    return p.stdout


RE_M_ALLOT = re.compile(r"^OPTIONS allotments for queue\s+(\d+) is\s+(-?\d+)$")
RE_M_QUANT = re.compile(r"^OPTIONS quantum length for queue\s+(\d+) is\s+(-?\d+)$")
RE_M_OPT = re.compile(r"^OPTIONS (boost|ioTime|stayAfterIO|iobump) (\S+)$")
RE_M_JOB = re.compile(r"^\s*Job\s+(\d+): startTime\s+(-?\d+) - runTime\s+(-?\d+) - ioFreq\s+(-?\d+)$")
RE_M_RUN = re.compile(r"^\[ time (\d+) \] Run JOB (\d+) at PRIORITY (\d+) "
                      r"\[ TICKS (-?\d+) ALLOT (-?\d+) TIME (-?\d+) \(of (\d+)\) \]$")
RE_M_IDLE = re.compile(r"^\[ time (\d+) \] IDLE$")
RE_M_BOOST = re.compile(r"^\[ time (\d+) \] BOOST")
RE_M_IOSTART = re.compile(r"^\[ time (\d+) \] IO_START by JOB (\d+)$")
RE_M_STAT = re.compile(r"^\s*Job\s+(\d+): startTime\s+(-?\d+) - response\s+(-?\d+) - turnaround\s+(-?\d+)$")


def parse_mlfq(out):
    quantum, allot, opt, jobs, stats = {}, {}, {}, {}, {}
    runs, boosts, iostarts = [], [], []   # runs: (time, job, prio, ticks, allot); -1 job = idle
    for line in out.splitlines():
        m = RE_M_ALLOT.match(line)
        if m:
            allot[int(m.group(1))] = int(m.group(2)); continue
        m = RE_M_QUANT.match(line)
        if m:
            quantum[int(m.group(1))] = int(m.group(2)); continue
        m = RE_M_OPT.match(line)
        if m:
            opt[m.group(1)] = m.group(2); continue
        m = RE_M_JOB.match(line)
        if m:
            jobs[int(m.group(1))] = tuple(int(x) for x in m.group(2, 3, 4)); continue
        m = RE_M_RUN.match(line)
        if m:
            t, j, pr, tk, al = (int(x) for x in m.group(1, 2, 3, 4, 5))
            runs.append((t, j, pr, tk, al)); continue
        m = RE_M_IDLE.match(line)
        if m:
            runs.append((int(m.group(1)), -1, -1, 0, 0)); continue
        m = RE_M_BOOST.match(line)
        if m:
            boosts.append(int(m.group(1))); continue
        m = RE_M_IOSTART.match(line)
        if m:
            iostarts.append((int(m.group(1)), int(m.group(2)))); continue
        m = RE_M_STAT.match(line)
        if m:
            stats[int(m.group(1))] = (int(m.group(3)), int(m.group(4))); continue
    nq = len(quantum)
    levels = [(quantum[q], allot[q]) for q in range(nq - 1, -1, -1)]   # highest priority first
    return {
        "levels": levels, "boost": int(opt["boost"]), "iotime": int(opt["ioTime"]),
        "stay": opt["stayAfterIO"] == "True", "iobump": opt["iobump"] == "True",
        "jobs": [jobs[i] for i in range(len(jobs))],
        "stats": [stats[i] for i in range(len(jobs))],
        "runs": runs, "boosts": boosts, "iostarts": iostarts,
    }


RE_S_JOB = re.compile(r"^\s*Job (\d+) \( length = ([\d.]+) \)$")
RE_S_RUN = re.compile(r"^\s*\[ time\s+(\d+) \] Run job\s+(\d+) for ([\d.]+) secs")
RE_S_STAT = re.compile(r"^\s*Job\s+(\d+) -- Response: ([\d.]+)\s+Turnaround ([\d.]+)\s+Wait ([\d.]+)$")


def as_int(s):
    f = float(s)
    if f != int(f):
        raise Skip("non-integer value %s" % s)
    return int(f)


def parse_sched(out):
    jobs, runs, stats = {}, [], {}
    for line in out.splitlines():
        m = RE_S_JOB.match(line)
        if m:
            jobs[int(m.group(1))] = as_int(m.group(2)); continue
        m = RE_S_RUN.match(line)
        if m:
            runs.append((int(m.group(1)), int(m.group(2)), as_int(m.group(3)))); continue
        m = RE_S_STAT.match(line)
        if m:
            stats[int(m.group(1))] = tuple(as_int(x) for x in m.group(2, 3, 4)); continue
    n = len(jobs)
    return {"lengths": [jobs[i] for i in range(n)], "runs": runs,
            "stats": [stats[i] for i in range(n)]}


# --------------------------------------------------------------------------------------
# mapping to SchedLab scenarios
# --------------------------------------------------------------------------------------


def mlfq_bursts(run, freq, iotime):
    """CPU ioFreq, IO ioTime, CPU ioFreq, ..., last CPU = remainder; no trailing I/O."""
    if freq <= 0 or freq >= run:
        return [run]
    chunks = [freq] * (run // freq) + ([run % freq] if run % freq else [])
    if iotime <= 0:
        raise Skip("ioTime %d cannot be expressed (I/O bursts must be > 0)" % iotime)
    b = []
    for k, c in enumerate(chunks):
        if k:
            b.append(iotime)
        b.append(c)
    return b


def fmt_list(xs):
    return "[" + ", ".join(str(x) for x in xs) + "]"


def mlfq_case(cid, args, p):
    for s, r, f in p["jobs"]:
        if r <= 0 or s < 0:
            raise Skip("job with startTime %d runTime %d cannot be expressed" % (s, r))
    for q, a in p["levels"]:
        if q <= 0 or a <= 0:
            raise Skip("quantum %d / allotment %d cannot be expressed" % (q, a))
    lv = ", ".join("{quantum: %d, allotment: %d}" % qa for qa in p["levels"])
    sc = ["name: %s" % cid, "rules: ostep",
          "policy: {name: mlfq, levels: [%s], boost: %d, reset_on_io: %s, io_to_front: %s}"
          % (lv, p["boost"], "true" if p["stay"] else "false", "true" if p["iobump"] else "false"),
          "processes:"]
    bursts = []
    for i, (s, r, f) in enumerate(p["jobs"]):
        b = mlfq_bursts(r, f, p["iotime"])
        bursts.append(b)
        sc.append("  - {name: J%d, arrival: %d, bursts: %s}" % (i, s, fmt_list(b)))
    trace = [j for (_, j, _, _, _) in p["runs"]]
    for k, (t, *_rest) in enumerate(p["runs"]):
        if t != k:
            raise RuntimeError("%s: trace not contiguous at tick %d" % (cid, k))
    starts = [s for s, _, _ in p["jobs"]]
    check(cid, trace, starts, bursts, p["stats"])
    return {"id": cid, "command": "mlfq.py " + " ".join(args + ["-c"]), "scenario": sc,
            "trace": trace, "response": [r for r, _ in p["stats"]],
            "turnaround": [t for _, t in p["stats"]], "tags": mlfq_tags(p)}


def mlfq_tags(p):
    tags = []
    runs = p["runs"]
    end = len(runs)
    if p["iostarts"]:
        tags.append("io")
    if any(j < 0 for (_, j, _, _, _) in runs):
        tags.append("idle")
    if any(s > 0 for s, _, _ in p["jobs"]):
        tags.append("late-arrival")
    by_time = {r[0]: r for r in runs}
    # quantum ran out on the tick an I/O started (the Run line before IO_START shows TICKS 0)
    same = [(t, j) for (t, j) in p["iostarts"] if by_time.get(t - 1, (0, -1, 0, 1))[3] == 0]
    if same:
        tags.append("io-on-quantum-end")
    # demoted while blocked: next run after the I/O is at a lower priority, no boost between
    for (t, j) in p["iostarts"]:
        before = by_time[t - 1][2]
        nxt = next((r for r in runs if r[0] >= t and r[1] == j), None)
        if nxt and nxt[2] < before and not any(t <= b <= nxt[0] for b in p["boosts"]):
            tags.append("demoted-while-blocked")
            break
    live_boosts = [b for b in p["boosts"] if b < end]
    if live_boosts:
        tags += ["boost"] + boost_tags(p, live_boosts)
    if p["stay"]:
        tags.append("reset-on-io")
    if p["iobump"]:
        tags.append("io-to-front")
    return tags


def after_run(p, run, io_started):
    """(level, ticksLeft, allotLeft) of a job after its Run line, as mlfq.py updates them."""
    _, _, pr, tk, al = run
    qs = {len(p["levels"]) - 1 - k: qa for k, qa in enumerate(p["levels"])}   # mlfq.py numbering
    if io_started and p["stay"]:       # -S resets both; the spent quantum is counted after
        if tk > 0:
            return (pr,) + qs[pr]
        al = qs[pr][1]
    if tk > 0:
        return pr, tk, al
    al -= 1
    if al > 0:
        return pr, qs[pr][0], al
    pr = max(pr - 1, 0)
    return (pr,) + qs[pr]


def boost_tags(p, boosts):
    """What the boosts of a run met: see README.md, Tags."""
    runs, io = p["runs"], p["iotime"]
    starts = [s for s, _, _ in p["jobs"]]
    finish = [s + ta for s, (_, ta) in zip(starts, p["stats"])]
    fresh = (len(p["levels"]) - 1,) + p["levels"][0]
    iostart = set(p["iostarts"])
    met = set()
    for b in boosts:
        before = [r for r in runs if r[0] < b]
        for j in range(len(starts)):
            if finish[j] <= b:
                continue
            last = next((r for r in reversed(before) if r[1] == j), None)
            since = last and not any(last[0] < c < b for c in boosts)
            if since and after_run(p, last, (last[0] + 1, j) in iostart) != fresh:
                met.add("boost-refresh")
            if last and last[0] == b - 1 and last[3] == 0:
                met.add("boost-on-quantum-end")
            if starts[j] > b:
                met.add("boost-before-arrival")
            if starts[j] == b:
                met.add("boost-on-arrival")
        for (t, j) in p["iostarts"]:
            if t + io == b:
                met.add("boost-on-io-done")
            elif t <= b < t + io:
                met.add("boost-while-blocked")
    order = ["boost-refresh", "boost-on-quantum-end", "boost-on-io-done", "boost-on-arrival",
             "boost-before-arrival", "boost-while-blocked"]
    return [t for t in order if t in met]


def sched_case(cid, args, p):
    policy = args[args.index("-p") + 1]
    if policy == "RR":
        q = args[args.index("-q") + 1] if "-q" in args else "1"
        pol = "{name: rr, quantum: %d}" % int(q)
    else:
        pol = {"FIFO": "{name: fcfs}", "SJF": "{name: sjf}"}[policy]
    sc = ["name: %s" % cid, "rules: ostep", "policy: %s" % pol, "processes:"]
    for i, L in enumerate(p["lengths"]):
        if L <= 0:
            raise Skip("length %d cannot be expressed" % L)
        sc.append("  - {name: J%d, arrival: 0, bursts: [%d]}" % (i, L))
    trace, t = [], 0
    for (start, j, n) in p["runs"]:
        if start != t:
            raise RuntimeError("%s: run at %d, expected %d" % (cid, start, t))
        trace += [j] * n
        t += n
    stats = [(r, ta) for (r, ta, _) in p["stats"]]
    check(cid, trace, [0] * len(p["lengths"]), [[L] for L in p["lengths"]], stats)
    for i, (r, ta, wt) in enumerate(p["stats"]):
        if wt != ta - p["lengths"][i]:
            raise RuntimeError("%s: job %d wait %d != turnaround - length" % (cid, i, wt))
    return {"id": cid, "command": "scheduler.py " + " ".join(args + ["-c"]), "scenario": sc,
            "trace": trace, "response": [r for r, _, _ in p["stats"]],
            "turnaround": [ta for _, ta, _ in p["stats"]],
            "waiting": [w for _, _, w in p["stats"]], "tags": []}


def check(cid, trace, starts, bursts, stats):
    """Trace against the reported metrics and the bursts."""
    n = len(starts)
    ends = [starts[i] + stats[i][1] for i in range(n)]
    if len(trace) != max(ends):
        raise RuntimeError("%s: trace length %d != max(start+turnaround) %d" % (cid, len(trace), max(ends)))
    for i in range(n):
        ticks = [t for t, j in enumerate(trace) if j == i]
        cpu = sum(bursts[i][0::2])
        if len(ticks) != cpu:
            raise RuntimeError("%s: job %d ran %d ticks, runTime %d" % (cid, i, len(ticks), cpu))
        if ticks[0] != starts[i] + stats[i][0]:
            raise RuntimeError("%s: job %d first run %d != start+response" % (cid, i, ticks[0]))
        if ticks[-1] + 1 != ends[i]:
            raise RuntimeError("%s: job %d last tick %d != start+turnaround-1" % (cid, i, ticks[-1]))
        if ticks[0] < starts[i]:
            raise RuntimeError("%s: job %d ran before arrival" % (cid, i))
        # each I/O burst keeps the job off the CPU for at least its length
        done = 0
        for b in range(0, len(bursts[i]) - 1, 2):
            done += bursts[i][b]
            last = ticks[done - 1]
            nxt = ticks[done]
            if nxt - last - 1 < bursts[i][b + 1]:
                raise RuntimeError("%s: job %d back from I/O too early at %d" % (cid, i, nxt))


# --------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def emit(cases, source):
    out = ["# Generated by tests/data/ostep/make_cases.py from the OSTEP homework simulators.",
           "# Do not edit by hand; see README.md in this directory."]
    out += source
    out += ["# trace: job index run in each tick from t=0 to the last completion, '-' = idle.", ""]
    for c in cases:
        out.append("- id: %s" % c["id"])
        out.append("  command: %s" % q(c["command"]))
        out.append("  tags: %s" % fmt_list(c["tags"]))
        out.append("  scenario: |")
        out += ["    " + line for line in c["scenario"]]
        out.append("  trace: %s" % q(" ".join("-" if j < 0 else str(j) for j in c["trace"])))
        out.append("  response: %s" % fmt_list(c["response"]))
        out.append("  turnaround: %s" % fmt_list(c["turnaround"]))
        if "waiting" in c:
            out.append("  waiting: %s" % fmt_list(c["waiting"]))
    return "\n".join(out) + "\n"


def git(repo, *args):
    return subprocess.run(["git", "-C", repo] + list(args), capture_output=True, check=True).stdout


def export_simulators(repo, dest):
    """Writes the simulators at the repository's HEAD into dest; returns their paths and the
    header lines naming the commits."""
    head = git(repo, "log", "-1", "--date=short", "--format=%H %ad").decode().split()
    source = ["# Source: %s at %s (%s)." % (REPOSITORY, head[0], head[1])]
    paths = {}
    for key, path in SIMULATORS:
        last = git(repo, "log", "-1", "--date=short", "--format=%H %ad", "HEAD", "--", path).decode().split()
        blob = git(repo, "rev-parse", "HEAD:" + path).decode().strip()
        paths[key] = os.path.join(dest, os.path.basename(path))
        with open(paths[key], "wb") as f:
            f.write(git(repo, "show", "HEAD:" + path))
        source.append("#   %s: blob %s, last changed in %s (%s)." % (path, blob, last[0], last[1]))
    return paths, source


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ostep", help="clone or git directory of " + REPOSITORY)
    ap.add_argument("-o", "--output", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.yaml"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sims, source = export_simulators(a.ostep, tmp)
        generate(sims, source, a.output)


def generate(sims, source, output):
    rng = random.Random(SEED)
    mw = mlfq_workloads(rng)
    sw = sched_workloads(rng)

    def probe(args):
        return parse_mlfq(run_sim(sims["mlfq"], args))

    mw += boost_stress_workloads(random.Random(BOOST_SEED), probe) + REFUSED

    cases, skipped, seen = [], [], set()
    for kind, sim, wl, parse, make in (("sched", sims["scheduler"], sw, parse_sched, sched_case),
                                        ("mlfq", sims["mlfq"], mw, parse_mlfq, mlfq_case)):
        n = 0
        for args in wl:
            key = (kind, tuple(args))
            if key in seen:
                continue
            seen.add(key)
            cid = "%s-%03d" % (kind, n + 1)
            try:
                c = make(cid, args, parse(run_sim(sim, args)))
            except Skip as e:
                skipped.append("%s.py %s -c: %s" % ("mlfq" if kind == "mlfq" else "scheduler", " ".join(args), e))
                continue
            n += 1
            cases.append(c)

    text = emit(cases, source)
    with open(output, "w", newline="\n") as f:
        f.write(text)
    ns = sum(1 for c in cases if c["id"].startswith("sched-"))
    nb = sum(1 for c in cases if "boost" in c["tags"])
    print("wrote %s: %d cases (%d scheduler.py, %d mlfq.py, %d with a boost)"
          % (output, len(cases), ns, len(cases) - ns, nb))
    for s in skipped:
        print("skipped: " + s)


if __name__ == "__main__":
    main()
