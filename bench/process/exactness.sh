#!/usr/bin/env bash
# Bit for bit against R + COINr: 1,000 units × 300 indicators whose values are multiples of 1/1024 (so that
# data.table::fread, which does not always round a 17-digit decimal to the nearest double, and ChiSo's parser read
# the same doubles), every variant of `chiso compute` that COINr also has; scores written with 17 significant
# digits and compared for equality, not within a tolerance. Needs the peer (see compute-process.sh).
# CHISO=PATH checks that executable (for example the native build compute-process.sh installs) instead of a fresh
# Release build of the CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${TMPDIR:-/tmp}/chiso-exact"
mkdir -p "$work"
[ -n "${CHISO:-}" ] || dotnet build src/ChiSo.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/ChiSo.Bench -c Release -nologo -clp:ErrorsOnly >/dev/null
[ -f "$work/raw/iData.csv" ] || dotnet run -c Release --no-build --project bench/ChiSo.Bench -- generate --units 1000 --out "$work/raw" >/dev/null
cp "$work/raw/iMeta.csv" "$work/iMeta.csv"
python3 - "$work/raw/iData.csv" "$work/iData.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))
with open(sys.argv[2], "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(rows[0])
    for row in rows[1:]:
        out.writerow(row[:3] + [repr(round(float(x) * 1024) / 1024) if x else "" for x in row[3:]])
PY
chiso="${CHISO:-dotnet src/ChiSo.Cli/bin/Release/net10.0/chiso.dll}"
status=0
while read -r impute fn a b ag normalise aggregate; do
  Rscript bench/process/coinr-variant.R "$work/iMeta.csv" "$work/iData.csv" "$work/r.csv" "$impute" "$fn" "$a" "$b" "$ag"
  $chiso compute --meta "$work/iMeta.csv" --data "$work/iData.csv" --out "$work/chiso.csv" \
    --impute "$impute" --normalise "$normalise" --aggregate "$aggregate" >/dev/null
  python3 - "$work/r.csv" "$work/chiso.csv" "--impute $impute --normalise $normalise --aggregate $aggregate" <<'PY' || status=1
import csv, sys
r = list(csv.DictReader(open(sys.argv[1])))
c = {row["uCode"]: row for row in csv.DictReader(open(sys.argv[2]))}
cells = differ = 0
for row in r:
    for key, text in row.items():
        if key == "uCode":
            continue
        cells += 1
        other = c[row["uCode"]][key]
        if (text in ("", "NA")) != (other == "") or (other != "" and float(text) != float(other)):
            differ += 1
print(f"{sys.argv[3]:<62} {cells:,} aggregate scores, {differ} not identical")
sys.exit(1 if differ else 0)
PY
done <<'VARIANTS'
none n_minmax 0 100 a_amean minmax:0,100 amean
mean n_minmax 0 100 a_amean minmax:0,100 amean
none n_zscore 10 2 a_amean zscore:10,2 amean
mean n_zscore 0 1 a_amean zscore:0,1 amean
none n_minmax 1 100 a_gmean minmax:1,100 gmean
mean n_minmax 1 100 a_hmean minmax:1,100 hmean
VARIANTS
exit $status
