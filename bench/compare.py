#!/usr/bin/env python3
"""Runs bench.py for two builds turn about on fresh database copies and pairs their figures. Started by bench/compare."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys


def parse_args():
    p = argparse.ArgumentParser()
    for name in ("--out", "--base-name", "--head-bin", "--base-bin", "--head-db", "--base-db"):
        p.add_argument(name, required=True)
    p.add_argument("--sims", type=int, default=1_000_000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--only", default="list,ingest")
    p.add_argument("--ingest", type=int, default=200_000)
    p.add_argument("--port", type=int, default=5299)
    return p.parse_args()


def fresh_copy(source, target):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copyfile(source, target)


def run_side(args, side, round_no):
    work = os.path.join(args.out, f"compare-{side}.db")
    fresh_copy(getattr(args, f"{side}_db"), work)
    raw = os.path.join(args.out, f"compare-{side}.json")
    # Two ingest passes: the first on a fresh database (Armed SIMs lock), the second on the fed one.
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "bench.py"), "--db", work,
                    "--bin", getattr(args, f"{side}_bin"), "--out", os.path.join(args.out, f"compare-{side}.md"),
                    "--sims", str(args.sims), "--runs", "2", "--only", args.only, "--ingest", str(args.ingest),
                    "--port", str(args.port), "--json", raw], check=True, stdout=subprocess.DEVNULL)
    with open(raw) as f:
        data = json.load(f)
    print(f"  round {round_no} {side}: " + ", ".join(
        f"{k} {statistics.median(v):,.1f}" for k, v in data["samples"].items()), flush=True)
    return data


def main():
    args = parse_args()
    load = os.getloadavg()[0]
    rounds = []
    for r in range(args.rounds):
        # Alternate who goes first: the second of a pair runs on a warmer page cache.
        order = ("base", "head") if r % 2 == 0 else ("head", "base")
        rounds.append({side: run_side(args, side, r + 1) for side in order})
    rows = []
    for key in rounds[0]["head"]["samples"]:
        if key not in rounds[0]["base"]["samples"]:
            continue
        per_round = [(statistics.median(x["base"]["samples"][key]), statistics.median(x["head"]["samples"][key]))
                     for x in rounds]
        base = statistics.median(b for b, _ in per_round)
        head = statistics.median(h for _, h in per_round)
        ratio = statistics.median(h / b for b, h in per_round)
        better = "lower is better" if key.endswith("ms") else "higher is better"
        rows.append(f"| {key} | {base:,.1f} | {head:,.1f} | {ratio:.2f}x | {better}; rounds: "
                    + ", ".join(f"{b:,.0f}/{h:,.0f}" for b, h in per_round) + " |")
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    text = "\n".join([
        f"# Before/after: {args.base_name} against this checkout",
        "",
        f"{args.sims:,} SIMs, {args.rounds} rounds, each build on a fresh copy of its own database per round, turn "
        f"about. Machine: {os.cpu_count()} CPUs ({cpu}), load average at start {load:.1f}.",
        "Per measurement: the median of the rounds' medians, and the median of each round's after/before ratio.",
        "",
        "| measurement | before | after | after / before | note (rounds before/after) |",
        "|---|---|---|---|---|",
    ] + rows) + "\n"
    with open(os.path.join(args.out, "compare.md"), "w") as f:
        f.write(text)
    print()
    print(text)


if __name__ == "__main__":
    main()
