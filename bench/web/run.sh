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
source "$here/prepare.sh"
source "$here/app.sh"
require_tools
work="$(mktemp -d)"
trap 'stop_app; rm -rf "$work"' EXIT
start_synthetic_app "$work"

sign_in "$base" "$work/jar" baocao@demo.chiso.vn
page="$(entry_page_path "$work/chiso.db")"
echo "== entry page $page ($(grep -c 'data-criterion=' <(curl -fs -b "$work/jar" -c "$work/jar" "$base$page")) inputs)"

out="${RESULTS:-$here/results/$(date -u +%Y-%m-%d).txt}"
header run.sh "framework: 100 criteria in 10 groups, 200 inputs; SQLite; ASPNETCORE_ENVIRONMENT=Production" >"$out"
# Warm-up, not recorded: the first seconds run tier-0 code and fill the connection pool and the query caches.
read_form "$base" "$page" "$work/jar" "$work/inputs.txt"
wrk -t2 -c50 -d5s -s "$here/save.lua" "$base" -- "$work/inputs.txt" "$(cookie_header "$work/jar")" "$form_token" "$form_submission" 2 >/dev/null
wrk -t1 -c1 -d5s -s "$here/page.lua" "$base$page" -- "$(cookie_header "$work/jar")" >/dev/null
summary=()
for run in $(seq 1 "$runs"); do
  sleep 2 # saves still in flight when the last wrk stopped finish before the versions are read
  read_form "$base" "$page" "$work/jar" "$work/inputs.txt"
  measure "saves run $run" saves "$out" "$work" -t2 -c50 -d"${duration}s" -s "$here/save.lua" "$base" -- \
    "$work/inputs.txt" "$(cookie_header "$work/jar")" "$form_token" "$form_submission" 2
done
for clients in 1 10; do
  for run in $(seq 1 "$runs"); do
    measure "page c$clients run $run" pages "$out" "$work" -t1 -c"$clients" -d"${duration}s" -s "$here/page.lua" "$base$page" -- "$(cookie_header "$work/jar")"
  done
done
{ echo "== summary"; printf '%s\n' "${summary[@]}"; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee -a "$out"
echo "raw output: $out"
if [[ "${KEEP:-}" == 1 ]]; then echo "app $app_pid on $base, cookie jar $work/jar; press Enter to stop"; read -r; fi
