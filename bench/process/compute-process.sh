#!/usr/bin/env bash
# R + COINr and `chiso compute` side by side, in one run, on the same generated files: read iMeta/iData CSV,
# min-max [0, 100], arithmetic mean, ranks of every aggregate, write a results CSV. The two alternate (R first on odd
# runs, ChiSo first on even ones) so that both see the same machine load; the ratio of the two medians is what this
# reports, with the spread of the per-pair ratios. It also checks that the Index columns agree to 1e-9.
#
# Usage: bench/process/compute-process.sh [UNITS...]          (default: 1000 10000 100000)
#   RUNS=N            runs of each side per size (default 5; 100,000 units: RUNS_LARGE, default 3)
#   CHISO_PEERS=DIR   where install-coinr.sh is (default: ../shared/peers beside the repository)
# The peer (Debian's R + COINr 1.1.14) is installed when missing; this script exits 3 when it cannot be.
# It is a benchmark only: neither the product nor scripts/test needs R.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
peers="${CHISO_PEERS:-$repo/../shared/peers}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! Rscript -e 'library(COINr); library(data.table); stopifnot(packageVersion("COINr") == "1.1.14")' >/dev/null 2>&1; then
  if [ ! -f "$peers/install-coinr.sh" ]; then
    echo "The R + COINr peer is not installed and $peers/install-coinr.sh is missing (set CHISO_PEERS)." >&2
    exit 3
  fi
  as_root bash "$peers/install-coinr.sh" || { echo "R + COINr could not be installed: no comparison." >&2; exit 3; }
fi
command -v /usr/bin/time >/dev/null || as_root apt-get install -y -qq time >/dev/null

units=("$@")
[ $# -gt 0 ] || units=(1000 10000 100000)
work="${TMPDIR:-/tmp}/chiso-process"
mkdir -p "$work"
# The CLI as README installs it for batch runs: one native executable compiled ahead of time (-p:ChisoNative=true: no
# JIT, the verbs on files only; about 15 minutes to publish on this loaded machine). The command run is the same
# `chiso compute` as in every other build.
rm -rf "$work/chiso"
dotnet publish src/ChiSo.Cli -c Release -r linux-x64 -p:ChisoNative=true -o "$work/chiso" -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/ChiSo.Bench -c Release -nologo -clp:ErrorsOnly >/dev/null

echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(R --version | head -1);" \
  "COINr $(Rscript -e 'cat(as.character(packageVersion("COINr")))'); chiso $(git rev-parse --short HEAD)"
for n in "${units[@]}"; do
  dir="$work/$n"
  [ -f "$dir/iData.csv" ] || dotnet run -c Release --no-build --project bench/ChiSo.Bench -- generate --units "$n" --out "$dir" >/dev/null
  runs=${RUNS:-5}
  [ "$n" -lt 100000 ] || runs=${RUNS_LARGE:-3}
  : >"$dir/times.txt"
  for i in $(seq 1 "$runs"); do
    r() { /usr/bin/time -f "R %e %M" -a -o "$dir/times.txt" Rscript bench/process/coinr.R "$dir/iMeta.csv" "$dir/iData.csv" "$dir/r.csv"; }
    c() { /usr/bin/time -f "ChiSo %e %M" -a -o "$dir/times.txt" "$work/chiso/chiso" compute --meta "$dir/iMeta.csv" --data "$dir/iData.csv" --out "$dir/chiso.csv" >/dev/null; }
    if [ $((i % 2)) = 1 ]; then r; c; else c; r; fi
  done
  python3 bench/process/compare.py "$n" "$dir/times.txt" "$dir/r.csv" "$dir/chiso.csv"
done
