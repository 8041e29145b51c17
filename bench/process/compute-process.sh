#!/usr/bin/env bash
# Times the whole `chiso compute` process (start, read iMeta/iData CSV, min-max, arithmetic mean, ranks, write
# results CSV) on the synthetic sets, against the R + COINr baseline of the same pipeline on this 2-core machine
# (~11 s with reading, for 10,000 units × 300 indicators; from the issue that set the target).
# Usage: bench/process/compute-process.sh [UNITS...]   (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v hyperfine >/dev/null || { as_root apt-get update -qq && as_root apt-get install -y -qq hyperfine >/dev/null; }
units=("$@")
[ $# -gt 0 ] || units=(1000 10000 100000)
work="${TMPDIR:-/tmp}/chiso-bench"
mkdir -p "$work"
dotnet build src/ChiSo.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/ChiSo.Bench -c Release -nologo -clp:ErrorsOnly >/dev/null
chiso="src/ChiSo.Cli/bin/Release/net10.0/chiso.dll"
for n in "${units[@]}"; do
  dir="$work/$n"
  [ -f "$dir/iData.csv" ] || dotnet run -c Release --no-build --project bench/ChiSo.Bench -- generate --units "$n" --out "$dir"
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$dir/hyperfine.json" \
    "dotnet $chiso compute --meta $dir/iMeta.csv --data $dir/iData.csv --out $dir/results.csv"
  python3 - "$dir/hyperfine.json" "$n" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
n = int(sys.argv[2])
line = f"{n} units: mean {r['mean']:.3f} s (min {r['min']:.3f}, max {r['max']:.3f})"
if n == 10000:
    line += f"; R + COINr 11 s / ChiSo = {11 / r['mean']:.1f}x"
print(line)
PY
done
