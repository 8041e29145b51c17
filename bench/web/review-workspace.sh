#!/usr/bin/env bash
# Issue 13 §7: the reviewer's workspace of a 100-criterion unit (/campaigns/{c}/review/units/{u}) under 20 concurrent
# connections, with wrk against the Release app on 127.0.0.1 and a fresh SQLite database. Target: p99 < 100 ms.
# The synthetic framework of framework.sh (100 criteria, 200 inputs) replaces the demo department framework; the
# campaign is put at the round-1 review with sqlite3 (the stage moves are the rounds' work), the demo reviewer is
# assigned through the API as an organiser does, and signs in; every request is that reviewer's page.
# Usage: bench/web/review-workspace.sh [runs, default 2]   (SECONDS_PER_RUN=20 by default)
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
"$here/framework.sh" >"$work/app/frameworks/dti-so-nganh-2023.yaml"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
echo "== starting the app on $base"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Urls="$base" Demo__Seed=true \
  Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/chiso.db" \
  exec dotnet ChiSo.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
curl -fs "$base/health" >/dev/null || { echo "the app did not answer /health" >&2; cat "$work/app.log"; exit 1; }

source "$here/prepare.sh"
page="$(entry_page_path "$work/chiso.db")"
campaign="$(cut -d/ -f3 <<<"$page")"
unit="$(cut -d/ -f5 <<<"$page")"
# Round-1 review (ReviewStage.Round1Review = 1), every submission signed.
sqlite3 "$work/chiso.db" "update Campaigns set Stage = 1 where Id = $campaign; update Submissions set Status = 'Submitted' where CampaignId = $campaign;"

sign_in "$base" "$work/organiser" tochuc@demo.chiso.vn
token="$(curl -fs -b "$work/organiser" -c "$work/organiser" "$base/setup/campaigns/$campaign/reviewers" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -fs -o /dev/null -b "$work/organiser" -c "$work/organiser" -H "RequestVerificationToken: $token" -H "Content-Type: application/json" \
  -d '{"user":"thamdinh@demo.chiso.vn"}' "$base/api/v1/campaigns/$campaign/reviewers"
sign_in "$base" "$work/jar" thamdinh@demo.chiso.vn
path="/campaigns/$campaign/review/units/$unit"
criteria="$(curl -fs -b "$work/jar" -c "$work/jar" "$base$path" | grep -c 'class="criterion card review')"
[[ "$criteria" == 100 ]] || { echo "the workspace shows $criteria criteria, not 100" >&2; exit 1; }
echo "== workspace $path ($criteria criteria)"

out="${RESULTS:-$here/results/$(date -u +%Y-%m-%d)-review-workspace.txt}"
{
  echo "# bench/web/review-workspace.sh $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "# framework: 100 criteria in 10 groups, 200 inputs; SQLite; ASPNETCORE_ENVIRONMENT=Production; one reviewer's cookie on every connection"
} >"$out"
wrk -t2 -c20 -d5s -s "$here/page.lua" "$base$path" -- "$(cookie_header "$work/jar")" >/dev/null
summary=()
for run in $(seq 1 "$runs"); do
  echo "== review workspace, run $run: wrk -t2 -c20 -d${duration}s" | tee -a "$out"
  ticks="$(cpu_ticks "$app_pid")"
  wrk -t2 -c20 -d"${duration}s" --latency -s "$here/page.lua" "$base$path" -- "$(cookie_header "$work/jar")" | tee "$work/wrk.txt" | tee -a "$out"
  grep -q '^pages not 200: 0 ' "$work/wrk.txt" || { echo "FAILED: some pages were not 200" >&2; exit 1; }
  summary+=("workspace c20 run $run: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
done
{ echo "== summary (target: p99 < 100 ms)"; printf '%s\n' "${summary[@]}"; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee -a "$out"
echo "raw output: $out"
