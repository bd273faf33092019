#!/usr/bin/env python3
"""Converts a scenario JSON file to the plain-text input of bench/rr_floor.

Output: N, then one line per process: arrival, number of bursts, the bursts.
Usage: bench/json_to_floor.py big.json > big.txt
"""
import json
import sys


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        scenario = json.load(f)
    processes = scenario["processes"]
    out = [str(len(processes))]
    for p in processes:
        bursts = p["bursts"]
        out.append(" ".join(map(str, [p.get("arrival", 0), len(bursts), *bursts])))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
