# Helpers for run.sh, review-workspace.sh and public.sh (sourced, after setting here and root; app.sh publishes and
# starts the app): sign in, find the entry page, read the form's token and inputs, run and summarise wrk.

# start_synthetic_app WORK: publishes the app (app.sh) with framework.sh's synthetic framework (100 criteria, 200
# inputs) in place of the demo department framework, whose id the demo seed builds its open department campaign on,
# and starts it on a free port with a fresh SQLite database WORK/chiso.db. Sets base and app_pid.
start_synthetic_app() {
  publish_app "$root" "$1"
  "$here/framework.sh" >"$1/app/frameworks/dti-so-nganh-2023.yaml"
  base="http://127.0.0.1:$(free_port)"
  echo "== starting the app on $base (database $1/chiso.db)"
  start_app "$1" "$base"
}

# require_tools: wrk and sqlite3 (curl and python3 are assumed).
require_tools() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
}

# header SCRIPT WHAT: the first lines of a results file: when, where, the load average, the SDK and the commit.
header() {
  echo "# bench/web/$1 $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "${COMMIT:-unknown}")"
  echo "# $2"
}

# measure LABEL COUNTED OUT WORK WRK_ARGS...: one wrk run with latency percentiles, appended to OUT; fails when the
# script counted answers that are not 200 ("COUNTED not 200: N of M"); adds "LABEL: figures" to the summary array.
measure() {
  local label="$1" counted="$2" out="$3" work="$4" ticks
  shift 4
  # The command line without the sign-in cookie (a session of a throwaway app, still not for a results file) or local paths.
  echo "== $label: wrk $*" | sed -e 's/ -- .*/ -- (sign-in cookie)/' -e "s|$here/||g" | tee -a "$out"
  ticks="$(cpu_ticks "$app_pid")"
  wrk --latency "$@" | tee "$work/wrk.txt" | tee -a "$out"
  grep -q "^$counted not 200: 0 " "$work/wrk.txt" || { echo "FAILED: some $counted were not 200 (see above)" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  summary+=("$label: $(figures "$work/wrk.txt" $(($(cpu_ticks "$app_pid") - ticks)))")
}

# sign_in BASE JAR EMAIL: the sign-in form's antiforgery token, then the form post; the jar keeps both cookies.
sign_in() {
  local token
  token="$(curl -fs -c "$2" -b "$2" "$1/signin" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')"
  [[ -n "$token" ]] || { echo "no antiforgery token on /signin" >&2; return 1; }
  curl -fs -o /dev/null -c "$2" -b "$2" --data-urlencode "email=$3" --data-urlencode "password=ChiSo-Demo-2025" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "returnUrl=/" "$1/account/signin"
  grep -q $'\tchiso.auth\t' "$2" || { echo "sign-in as $3 failed" >&2; return 1; }
}

# entry_page_path DB: the data-entry page of the demo reporter's unit (80.S08, DemoUnitCodes.ScienceDepartment in
# src/ChiSo.Data/Demo) in the open department campaign.
entry_page_path() {
  sqlite3 "$1" "select '/campaigns/' || c.Id || '/units/' || u.Id from Submissions s join Campaigns c on c.Id = s.CampaignId
    join Units u on u.Id = s.UnitId where u.Code = '80.S08' and c.Status = 'Open' limit 1;"
}

# read_form BASE PAGE JAR INPUTS: sets form_token and form_submission; writes "criterion input version" of every
# integer input, with the version the page shows, so the first save of each sends the version the server expects.
read_form() {
  local html
  html="$(curl -fs -b "$3" -c "$3" "$1$2")"
  form_token="$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$html" | head -1 | sed 's/.*value="//; s/"$//')"
  form_submission="$(grep -o 'data-submission="[0-9]*"' <<<"$html" | grep -o '[0-9]*')"
  grep -o 'data-criterion="[^"]*" data-input="[^"]*" data-version="[^"]*" data-kind="integer"' <<<"$html" \
    | sed -E 's/data-criterion="([^"]*)" data-input="([^"]*)" data-version="([^"]*)".*/\1 \2 \3/' >"$4"
  [[ -n "$form_token" && -n "$form_submission" && -s "$4" ]] || { echo "could not read the entry form" >&2; return 1; }
}

# cookie_header JAR: the jar's cookies as one Cookie header (curl marks HttpOnly cookies with a #HttpOnly_ prefix).
cookie_header() {
  sed -n 's/^#HttpOnly_//; /^#/d; /^$/d; p' "$1" | awk -F'\t' '{ printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }'
}

# cpu_ticks PID: user + system CPU time the process has used, in clock ticks (see getconf CLK_TCK).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# figures WRK_OUTPUT CPU_TICKS: requests/s, p50 and p99 latency, and the app's CPU time per request, which the
# other programs on a shared machine disturb far less than the throughput.
figures() {
  local rps p50 p99 requests
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$1")"
  p50="$(awk '$1 == "50%" { print $2 }' "$1")"
  p99="$(awk '$1 == "99%" { print $2 }' "$1")"
  requests="$(awk '/requests in/ { print $1 }' "$1")"
  echo "$rps req/s, p50 $p50, p99 $p99, app CPU $(awk -v t="$2" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }') ms/request"
}
