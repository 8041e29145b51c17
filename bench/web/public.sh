#!/usr/bin/env bash
# Issue 14 §8: the public portal under load, with wrk against the Release app on 127.0.0.1, a fresh SQLite database
# and the demo data, the 34-province DTI 2024 published through the review's stage moves (as its organiser and leader
# would). In one run:
#  1. each page of PAGES, anonymous, 100 connections (answers from the output cache, as visitors get them), against a
#     static file of exactly the same size served by the same Kestrel (MapStaticAssets), one after the other;
#     target for the ranking page: at least half the static file's requests/s, p99 < 100 ms;
#  2. each page of PAGES and of TIMED at 1 connection with a new query string per request (uncached.lua), so every
#     answer is rendered: the server's time (targets: the 3,321-commune ranking < 200 ms, a unit profile < 50 ms).
#     The demo has no commune campaign: `ChiSo.Bench communes` adds one of 3,321 synthetic communes on dti-xa-2025,
#     spread over the 34 provinces, and publishes it through the same stage moves ({c3321}, a commune {u3321}).
# Usage: bench/web/public.sh            (SECONDS_PER_RUN=20 by default)
#   PAGES="/public/campaigns/{c34} /public/campaigns/{c34}/methodology /open/v1/campaigns/{c34}/ranking.json"
#   TIMED="/public/campaigns/{c34}/units/{u34}"   extra pages timed uncached only
#   {c34} is the 34-province campaign's id, {u34} a unit code of it, {c63} the published DTI 2023 (63 provinces),
#   {c3321} the published 3,321-commune campaign, {u3321} a commune of it.
#   A page that does not answer 200 is reported and skipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${SECONDS_PER_RUN:-20}"
pages="${PAGES:-/public/campaigns/{c34\} /public/campaigns/{c34\}/methodology /open/v1/campaigns/{c34\}/ranking.json /open/v1/campaigns/{c34\}/ranking.csv}"
timed="${TIMED:-/public/campaigns/{c34\}/units/{u34\} /public/campaigns/{c3321\} /public/campaigns/{c3321\}?sort=-name&page=20 /public/campaigns/{c3321\}?q=xa%20thu%20123 /public/campaigns/{c3321\}/units/{u3321\}}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
source "$here/prepare.sh"
source "$here/app.sh"
work="$(mktemp -d)"
app_pid=""
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT

publish_app "$root" "$work"
base="http://127.0.0.1:$(free_port)"
echo "== starting the app on $base (demo seed)"
start_app "$work" "$base"

# The 34-province DTI 2024 is in its round-1 review in the demo: the organiser and the leader take it to publication.
c34="$(sqlite3 "$work/chiso.db" "select Id from Campaigns where Name like '%DTI cấp tỉnh 2024%' limit 1;")"
c63="$(sqlite3 "$work/chiso.db" "select Id from Campaigns where Name like '%DTI cấp tỉnh 2023%' limit 1;")"
move() { # move JAR SLUG: one stage move through the API, as the campaign page's forms send it
  local token
  token="$(curl -fs -b "$1" -c "$1" "$base/campaigns/$c34" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -s -o "$work/move.txt" -w '%{http_code}' -b "$1" -c "$1" -H "RequestVerificationToken: $token" -X POST "$base/api/v1/campaigns/$c34/stage/$2"
}
sign_in "$base" "$work/organiser" tochuc@demo.chiso.vn
sign_in "$base" "$work/leader" lanhdao@demo.chiso.vn
for step in publish-round1 open-round2 close-round2; do
  [[ "$(move "$work/organiser" "$step")" == 200 ]] || { echo "stage move $step refused: $(cat "$work/move.txt")" >&2; exit 1; }
done
if [[ "$(move "$work/leader" approve)" != 200 ]]; then
  echo "the demo leader may not approve campaign $c34 ($(cat "$work/move.txt")); set to Approved with sqlite3"
  sqlite3 "$work/chiso.db" "update Campaigns set Stage = 5 where Id = $c34;"
fi
[[ "$(move "$work/organiser" publish)" == 200 ]] || { echo "publish refused: $(cat "$work/move.txt")" >&2; exit 1; }
u34="$(curl -fs "$base/open/v1/campaigns/$c34/ranking.csv" | sed -n 2p | cut -d, -f1 | tr -d '"')"
echo "== published campaign $c34 (34 provinces; first unit $u34); DTI 2023 is $c63"
c3321="" u3321=""
expand() { sed "s/{c34}/$c34/g; s/{c63}/$c63/g; s/{u34}/$u34/g; s/{c3321}/$c3321/g; s/{u3321}/$u3321/g" <<<"$1"; }

# Sizes of the pages as an anonymous visitor gets them, then static files of the same sizes (needs a restart).
declare -A size
for page in $(expand "$pages"); do
  status="$(curl -s -o "$work/page" -w '%{http_code}' "$base$page")"
  if [[ "$status" == 200 ]]; then size[$page]="$(stat -c %s "$work/page")"; else echo "skipped $page: $status"; fi
done
stop_app
echo "== adding a published campaign of 3,321 synthetic communes (bench/ChiSo.Bench communes)"
dotnet build -c Release "$root/bench/ChiSo.Bench" -v quiet -nologo >"$work/bench-build.log" || { cat "$work/bench-build.log"; exit 1; }
read -r c3321 u3321 < <(dotnet "$root/bench/ChiSo.Bench/bin/Release/net10.0/ChiSo.Bench.dll" communes "$work/chiso.db")
echo "== published campaign $c3321 (3,321 communes; first commune $u3321)"
for page in "${!size[@]}"; do add_static_file "$work/app" "static-${size[$page]}.html" "${size[$page]}"; done
echo "== restarting the app with the static files"
start_app "$work" "$base"

out="${RESULTS:-$here/results/$(date -u +%Y-%m-%d)-public.txt}"
{
  echo "# bench/web/public.sh $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "# demo data; DTI 2024 (34 provinces) = campaign $c34, published by the stage moves; 3,321 synthetic communes on dti-xa-2025 = campaign $c3321 (bench/ChiSo.Bench communes); SQLite; ASPNETCORE_ENVIRONMENT=Production; anonymous requests"
} >"$out"
summary=()
measure() { # measure LABEL SCRIPT CONNECTIONS URL
  ticks="$(cpu_ticks "$app_pid")"
  wrk -t2 -c"$3" -d"${duration}s" --latency -s "$here/$2" "$4" | tee "$work/wrk.txt" >>"$out"
  grep -q '^pages not 200: 0 ' "$work/wrk.txt" || { echo "FAILED: some answers were not 200 for $4" >&2; tail -5 "$work/wrk.txt" >&2; exit 1; }
  summary+=("$1: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
  echo "${summary[-1]}"
}
for page in "${!size[@]}"; do
  static="/bench/static-${size[$page]}.html"
  [[ "$(curl -s -o /dev/null -w '%{size_download}' "$base$static")" == "${size[$page]}" ]] || { echo "the static file $static is not served" >&2; exit 1; }
  wrk -t2 -c100 -d5s -s "$here/anonymous.lua" "$base$page" >/dev/null # warm-up
  wrk -t2 -c100 -d5s -s "$here/anonymous.lua" "$base$static" >/dev/null
  echo "== $page (${size[$page]} bytes) vs $static, wrk -t2 -c100 -d${duration}s" | tee -a "$out"
  measure "c100 page   $page" anonymous.lua 100 "$base$page"
  measure "c100 static $static" anonymous.lua 100 "$base$static"
  page_rps="$(awk -F'[:,]' '{ print $2 }' <<<"${summary[-2]}" | awk '{ print $1 }')"
  static_rps="$(awk -F'[:,]' '{ print $2 }' <<<"${summary[-1]}" | awk '{ print $1 }')"
  summary+=("ratio page/static $page: $(awk -v p="$page_rps" -v s="$static_rps" 'BEGIN { printf "%.2f", p / s }') (target >= 0.5)")
done
for page in $(expand "$pages $timed"); do
  read -r status first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$page")
  [[ "$status" == 200 ]] || { summary+=("uncached c1 $page: skipped, $status"); continue; }
  # The first answer of a page nobody asked for since the start: its snapshot decoded, its code compiled.
  summary+=("first answer since the start $page: $(awk -v t="$first" 'BEGIN { printf "%.1f ms", t * 1000 }')")
  wrk -t1 -c1 -d3s -s "$here/uncached.lua" "$base$page" >/dev/null
  echo "== $page rendered every time, wrk -t1 -c1 -d${duration}s" | tee -a "$out"
  ticks="$(cpu_ticks "$app_pid")"
  wrk -t1 -c1 -d"${duration}s" --latency -s "$here/uncached.lua" "$base$page" | tee "$work/wrk.txt" >>"$out"
  summary+=("uncached c1 $page: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
done
{ echo "== summary (targets: ranking page >= 0.5 x static req/s with p99 < 100 ms at c100; commune ranking < 200 ms; profile < 50 ms)"; printf '%s\n' "${summary[@]}"; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee -a "$out"
echo "raw output: $out"
