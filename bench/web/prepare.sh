# Helpers for run.sh (sourced): sign in, find the entry page, read the form's token and inputs, summarise wrk output.

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
