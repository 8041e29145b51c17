#!/usr/bin/env bash
# Load benchmark of the web app: saving input values (50 clients) and the data-entry page of a 100-criterion
# framework, with wrk against the app on 127.0.0.1 and a fresh SQLite database. See README.md.
# Usage: bench/web/run.sh [runs per measurement, default 2]   (SECONDS_PER_RUN=20 by default; KEEP=1 leaves the app
# running on its port after the runs, for profiling, until Enter is pressed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-2}"
duration="${SECONDS_PER_RUN:-20}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
work="$(mktemp -d)"
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== publishing src/ChiSo.Web (Release)"
dotnet publish "$root/src/ChiSo.Web" -c Release -o "$work/app" --nologo -v q >"$work/publish.log" || { cat "$work/publish.log"; exit 1; }
# The demo seed builds its open department campaign on the framework with this id: give it 100 criteria.
"$here/framework.sh" >"$work/app/frameworks/dti-so-nganh-2023.yaml"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
echo "== starting the app on $base (database $work/chiso.db)"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Urls="$base" Demo__Seed=true \
  Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/chiso.db" \
  exec dotnet ChiSo.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 180); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
curl -fs "$base/health" >/dev/null || { echo "the app did not answer /health" >&2; cat "$work/app.log"; exit 1; }

source "$here/prepare.sh"
sign_in "$base" "$work/jar" baocao@demo.chiso.vn
page="$(entry_page_path "$work/chiso.db")"
echo "== entry page $page ($(grep -c 'data-criterion=' <(curl -fs -b "$work/jar" -c "$work/jar" "$base$page")) inputs)"

out="${RESULTS:-$here/results/$(date -u +%Y-%m-%d).txt}"
{
  echo "# bench/web/run.sh $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "${COMMIT:-unknown}")"
  echo "# framework: 100 criteria in 10 groups, 200 inputs; SQLite; ASPNETCORE_ENVIRONMENT=Production"
} >"$out"
# Warm-up, not recorded: the first seconds run tier-0 code and fill the connection pool and the query caches.
read_form "$base" "$page" "$work/jar" "$work/inputs.txt"
wrk -t2 -c50 -d5s -s "$here/save.lua" "$base" -- "$work/inputs.txt" "$(cookie_header "$work/jar")" "$form_token" "$form_submission" 2 >/dev/null
wrk -t1 -c1 -d5s -s "$here/page.lua" "$base$page" -- "$(cookie_header "$work/jar")" >/dev/null
summary=()
for run in $(seq 1 "$runs"); do
  sleep 2 # saves still in flight when the last wrk stopped finish before the versions are read
  read_form "$base" "$page" "$work/jar" "$work/inputs.txt"
  echo "== saves, run $run: wrk -t2 -c50 -d${duration}s" | tee -a "$out"
  ticks="$(cpu_ticks "$app_pid")"
  wrk -t2 -c50 -d"${duration}s" --latency -s "$here/save.lua" "$base" -- \
    "$work/inputs.txt" "$(cookie_header "$work/jar")" "$form_token" "$form_submission" 2 | tee "$work/wrk.txt" | tee -a "$out"
  grep -q '^saves not 200: 0 ' "$work/wrk.txt" || { echo "FAILED: some saves were not 200 (see above)" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  summary+=("saves run $run: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
done
for clients in 1 10; do
  for run in $(seq 1 "$runs"); do
    echo "== entry page, run $run: wrk -t1 -c$clients -d${duration}s" | tee -a "$out"
    ticks="$(cpu_ticks "$app_pid")"
    wrk -t1 -c"$clients" -d"${duration}s" --latency -s "$here/page.lua" "$base$page" -- "$(cookie_header "$work/jar")" \
      | tee "$work/wrk.txt" | tee -a "$out"
    grep -q '^pages not 200: 0 ' "$work/wrk.txt" || { echo "FAILED: some pages were not 200" >&2; exit 1; }
    summary+=("page c$clients run $run: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
  done
done
{ echo "== summary"; printf '%s\n' "${summary[@]}"; } | tee -a "$out"
echo "raw output: $out"
if [[ "${KEEP:-}" == 1 ]]; then echo "app $app_pid on $base, cookie jar $work/jar; press Enter to stop"; read -r; fi
