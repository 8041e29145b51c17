"""Summarises one size of bench/process/compute-process.sh: times side by side and the Index columns compared."""
import csv
import statistics
import sys

units, times_path, r_path, chiso_path = sys.argv[1:5]
times = {"R": [], "ChiSo": []}
memory = {"R": [], "ChiSo": []}
for line in open(times_path):
    who, seconds, kb = line.split()
    times[who].append(float(seconds))
    memory[who].append(int(kb))

# Runs alternate R, ChiSo / ChiSo, R: pair them in order, one ratio per pair.
ratios = [r / c for r, c in zip(times["R"], times["ChiSo"])]
r_med, c_med = statistics.median(times["R"]), statistics.median(times["ChiSo"])

def index_of(path):
    with open(path, newline="") as f:
        return {row["uCode"]: row["Index"] for row in csv.DictReader(f)}

r_index, c_index = index_of(r_path), index_of(chiso_path)
worst, missing_agree = 0.0, True
for code, r_text in r_index.items():
    c_text = c_index.get(code, "")
    if r_text in ("", "NA") or c_text == "":
        missing_agree &= (r_text in ("", "NA")) == (c_text == "")
        continue
    r_value, c_value = float(r_text), float(c_text)
    worst = max(worst, abs(r_value - c_value))
agree = worst <= 1e-9 and missing_agree and len(r_index) == len(c_index)

print(f"{int(units):,} units × 300 indicators, {len(ratios)} runs each, alternating:")
print(f"  R + COINr  median {r_med:6.2f} s  (min {min(times['R']):.2f}, max {max(times['R']):.2f})  peak {max(memory['R']) / 1024:,.0f} MB")
print(f"  chiso      median {c_med:6.2f} s  (min {min(times['ChiSo']):.2f}, max {max(times['ChiSo']):.2f})  peak {max(memory['ChiSo']) / 1024:,.0f} MB")
print(f"  ratio of medians {r_med / c_med:.1f}x; per-pair ratios {min(ratios):.1f}x to {max(ratios):.1f}x")
print(f"  Index: {'agrees' if agree else 'DISAGREES'} to 1e-9 over {len(r_index):,} units (largest difference {worst:.2g}; "
      "fwrite writes 15 significant digits, so the last bits are checked by exactness.sh)")
if not agree:
    sys.exit(1)
