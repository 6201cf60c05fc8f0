#!/usr/bin/env bash
# Detection accuracy over several simulator seeds (issue 7 "Measured accuracy").
# For each seed: simulate DAYS trading days (2M MBO records/day), build the 20-day baseline from them,
# replay the last REPLAY_DAYS days through the whole graph, then `nqstream evaluate` against the labels.
# Usage: perf/accuracy/run.sh [SEED...]   (env: DAYS=20 REPLAY_DAYS=9 OUT=.artifacts/accuracy)
set -euo pipefail
cd "$(dirname "$0")/../.."
NQ=${NQSTREAM:-./nqstream}   # set NQSTREAM to a built copy to keep editing sources meanwhile
DAYS=${DAYS:-20}
REPLAY_DAYS=${REPLAY_DAYS:-9}
OUT=${OUT:-.artifacts/accuracy}
SEEDS=("$@")
[ ${#SEEDS[@]} -gt 0 ] || SEEDS=(101 202 303)
mkdir -p "$OUT"
for seed in "${SEEDS[@]}"; do
  store="$OUT/seed-$seed.db"
  rm -f "$store" "$store-wal" "$store-shm"
  $NQ replay --demo --seed "$seed" --days "$DAYS" --replay-days "$REPLAY_DAYS" \
    --store "$store" --summary-json "$OUT/seed-$seed.replay.json" > "$OUT/seed-$seed.replay.log"
  labels=$(ls -d "${TMPDIR:-/tmp}"/nqstream-demo-v*-"$seed-$DAYS"-2000000 | sort | tail -1)/labels.jsonl
  $NQ evaluate --labels "$labels" --store "$store" --json > "$OUT/seed-$seed.eval.json"
  echo "seed $seed done"
done
python3 - "$OUT" "${SEEDS[@]}" <<'PY'
import json, math, sys
out, seeds = sys.argv[1], sys.argv[2:]
def wilson(k, n, z=1.959964):
    if n == 0: return None
    p = k / n
    return (p + z*z/(2*n) - z*math.sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n)
rows, tot = [], {"sig": 0, "tp": 0, "lab": 0, "det": 0, "n": 0, "h": 0, "ni": 0, "hi": 0}
print("| seed | events | signals | precision | recall | HIGH+ hit rate (n) | Wilson LB | informed hit rate (n) | Wilson LB |")
print("|---|---|---|---|---|---|---|---|---|")
for s in seeds:
    e = json.load(open(f"{out}/seed-{s}.eval.json"))
    r = json.load(open(f"{out}/seed-{s}.replay.json"))
    bk = e["by_kind"].values()
    sig = sum(k["signals"] for k in bk); tp = sum(k["matched"] for k in bk)
    lab = sum(k["labels"] for k in bk); det = sum(k["detected"] for k in bk)
    n, h, hr = e["n_hit_rate"], e["hits"], e["hit_rate"]
    ni, hi, hri, lbi = e["n_hit_rate_informed"], e["hits_informed"], e["hit_rate_informed"], e["hit_rate_informed_wilson_lb"]
    for k, v in (("sig", sig), ("tp", tp), ("lab", lab), ("det", det), ("n", n), ("h", h), ("ni", ni or 0), ("hi", hi)): tot[k] += v
    f = lambda x: "n/a" if x is None else f"{x:.3f}"
    print(f"| {s} | {r['events']:,} | {sig} | {f(e['precision'])} | {f(e['recall'])} | {f(hr)} ({n}) | {f(e['hit_rate_wilson_lb'])} | {f(hri)} ({ni}) | {f(lbi)} |")
f = lambda x: "n/a" if x is None else f"{x:.3f}"
print(f"| pooled | | {tot['sig']} | {f(tot['tp']/tot['sig'] if tot['sig'] else None)} | {f(tot['det']/tot['lab'] if tot['lab'] else None)} | {f(tot['h']/tot['n'] if tot['n'] else None)} ({tot['n']}) | {f(wilson(tot['h'], tot['n']))} | {f(tot['hi']/tot['ni'] if tot['ni'] else None)} ({tot['ni']}) | {f(wilson(tot['hi'], tot['ni']))} |")
PY
