#!/usr/bin/env bash
# Accuracy ceiling (perf/RESULTS.md "Accuracy ceiling"): what a perfect detector, one that signals every label in the
# direction of its delta, scores with the 6.1 bracket on the days the accuracy runs replay.
# Needs the demo folders perf/accuracy/run.sh leaves in the temp folder (read only here).
# Usage: perf/accuracy/ceiling.sh [SEED...]   (env: DAYS=20 REPLAY_DAYS=9 OUT=.artifacts/ceiling NQSTREAM=./nqstream)
set -euo pipefail
cd "$(dirname "$0")/../.."
NQ=${NQSTREAM:-./nqstream}
DAYS=${DAYS:-20}
REPLAY_DAYS=${REPLAY_DAYS:-9}
OUT=${OUT:-.artifacts/ceiling}
SEEDS=("$@")
[ ${#SEEDS[@]} -gt 0 ] || SEEDS=(101 202 303)
mkdir -p "$OUT"
for seed in "${SEEDS[@]}"; do
  dir=$(ls -d "${TMPDIR:-/tmp}"/nqstream-demo-v*-"$seed-$DAYS"-2000000 | sort | tail -1)
  $NQ evaluate ceiling --demo-dir "$dir" --days "$REPLAY_DAYS" --json > "$OUT/seed-$seed.json"
done
python3 - "$OUT" "${SEEDS[@]}" <<'PY'
import json, math, sys
out, seeds = sys.argv[1], sys.argv[2:]
def wilson(k, n, z=1.959964):
    if n == 0: return None
    p = k / n
    return (p + z*z/(2*n) - z*math.sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n)
f = lambda x: "n/a" if x is None else f"{x:.3f}"
data = {s: json.load(open(f"{out}/seed-{s}.json")) for s in seeds}
def row(d, group, informed, start, kind="all"):
    return next(r for r in d["rows"] if r["group"] == group and r["informed"] == informed and r["start"] == start and r["kind"] == kind)
print("| seed | flow | t0 | labels | no mid | n | hits | misses | timeouts | hit rate | Wilson LB | n dedup | hit rate dedup | Wilson LB dedup |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for informed in (True, False):
    for start in ("last", "first"):
        tot = dict.fromkeys(("labels", "no_mid", "n", "hits", "misses", "timeouts", "dn", "dh"), 0)
        for s in seeds + ["pooled"]:
            if s == "pooled":
                v = tot
            else:
                r, d = row(data[s], "pooled", informed, start), row(data[s], "dedup", informed, start)
                v = {k: r[k] for k in ("labels", "no_mid", "n", "hits", "misses", "timeouts")} | {"dn": d["n"], "dh": d["hits"]}
                for k in tot: tot[k] += v[k]
            print(f"| {s} | {'informed' if informed else 'uninformed'} | {start} | {v['labels']} | {v['no_mid']} | {v['n']} | {v['hits']} | {v['misses']} | {v['timeouts']} "
                  f"| {f(v['hits'] / v['n'] if v['n'] else None)} | {f(wilson(v['hits'], v['n']))} | {v['dn']} | {f(v['dh'] / v['dn'] if v['dn'] else None)} | {f(wilson(v['dh'], v['dn']))} |")
print()
print("| kind | informed | t0 | labels | no mid | n | hit rate | Wilson LB |")
print("|---|---|---|---|---|---|---|---|")
for start in ("last", "first"):
    for kind in ("sweep", "block", "iceberg", "volume_shock", "emergency"):
        for informed in (True, False):
            rs = [row(data[s], "kind", informed, start, kind) for s in seeds]
            n, h = sum(r["n"] for r in rs), sum(r["hits"] for r in rs)
            print(f"| {kind} | {'yes' if informed else 'no'} | {start} | {sum(r['labels'] for r in rs)} | {sum(r['no_mid'] for r in rs)} | {n} | {f(h / n if n else None)} | {f(wilson(h, n))} |")
print()
for start in ("last", "first"):
    rs = [row(data[s], "dedup_informed_only", True, start) for s in seeds]
    n, h = sum(r["n"] for r in rs), sum(r["hits"] for r in rs)
    print(f"informed-only oracle, dedup, t0 = {start}: " + ", ".join(f"{s} {f(r['hit_rate'])} ({r['n']})" for s, r in zip(seeds, rs)) + f"; pooled {f(h / n)} ({n}), Wilson LB {f(wilson(h, n))}")
PY
