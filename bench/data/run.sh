#!/usr/bin/env bash
# Data benchmarks on SQLite and on a throwaway PostgreSQL 15 (scripts/pg-test.sh):
#   1. loading 3,321 communes x 50 criteria x 3 rounds = 498,150 input values
#   2. scoring a whole commune campaign from the database (load, engine, snapshot), 3,321 communes x dti-xa-2025
#   3. publishing its round-1 result (ReviewRounds: compute with reviewed points, snapshot, statuses, audit), same campaign
# Usage: bench/data/run.sh [quick [load|compute|round]]   quick = one timed pass each (and the compute steps); default = BenchmarkDotNet (--job short)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGROOT=${PGROOT:-${TMPDIR:-/tmp}/chiso-bench-pg}
trap 'scripts/pg-test.sh stop >/dev/null 2>&1 || true' EXIT
CHISO_BENCH_POSTGRES=$(scripts/pg-test.sh start)
export CHISO_BENCH_POSTGRES
dotnet build -c Release bench/ChiSo.Bench -v quiet -nologo
if [ "${1:-}" = quick ]; then
  dotnet bench/ChiSo.Bench/bin/Release/net10.0/ChiSo.Bench.dll quick "${2:-}"
else
  dotnet bench/ChiSo.Bench/bin/Release/net10.0/ChiSo.Bench.dll --filter '*InputLoadBenchmarks*' '*CampaignComputeBenchmarks*' '*RoundBenchmarks*' --job short
fi
