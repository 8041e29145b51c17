#!/usr/bin/env bash
# Issue 13 §7: the reviewer's workspace of a 100-criterion unit (/campaigns/{c}/review/units/{u}) under 20 concurrent
# connections, with wrk against the Release app on 127.0.0.1 and a fresh SQLite database. Target: p99 < 100 ms.
# The synthetic framework of framework.sh (100 criteria, 200 inputs) replaces the demo department framework; the
# campaign is put at the round-1 review with sqlite3 (the stage moves are the rounds' work), the demo reviewer is
# assigned through the API as an organiser does, and signs in; every request is that reviewer's page.
# Usage: bench/web/review-workspace.sh [runs, default 2]   (SECONDS_PER_RUN=20 by default; KEEP=1 leaves the app
# running after the runs, for profiling, until Enter is pressed)
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
curl -fs -b "$work/jar" -c "$work/jar" "$base$path" >"$work/page.html"
criteria="$(grep -o 'class="criterion card review' "$work/page.html" | wc -l)"
[[ "$criteria" == 100 ]] || { echo "the workspace shows $criteria criteria, not 100" >&2; exit 1; }
echo "== workspace $path ($criteria criteria, $(wc -c <"$work/page.html") bytes of HTML, $(grep -c 'name="__RequestVerificationToken"' "$work/page.html") antiforgery tokens)"

out="${RESULTS:-$here/results/$(date -u +%Y-%m-%d)-review-workspace.txt}"
header review-workspace.sh "framework: 100 criteria in 10 groups, 200 inputs; SQLite; ASPNETCORE_ENVIRONMENT=Production; one reviewer's cookie on every connection; page $(wc -c <"$work/page.html") bytes" >"$out"
# Warm-up long enough for tiered compilation to reach its optimised code (5 s left the first run on slower code).
wrk -t2 -c20 -d"${WARMUP:-20}s" -s "$here/page.lua" "$base$path" -- "$(cookie_header "$work/jar")" >/dev/null
summary=()
for run in $(seq 1 "$runs"); do
  measure "workspace c20 run $run" pages "$out" "$work" -t2 -c20 -d"${duration}s" -s "$here/page.lua" "$base$path" -- "$(cookie_header "$work/jar")"
done
{ echo "== summary (target: p99 < 100 ms)"; printf '%s\n' "${summary[@]}"; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee -a "$out"
echo "raw output: $out"
if [[ "${KEEP:-}" == 1 ]]; then echo "app $app_pid on $base, cookie jar $work/jar, page $work/page.html; press Enter to stop"; read -r; fi
