# Helpers (sourced) to run the published web app for a benchmark: publish it once, start and stop it on a free port.
# Used by public.sh, run.sh and review-workspace.sh (the last two through prepare.sh's start_synthetic_app).

# publish_app ROOT WORK: dotnet publish src/ChiSo.Web (Release) into WORK/app.
publish_app() {
  echo "== publishing src/ChiSo.Web (Release)"
  dotnet publish "$1/src/ChiSo.Web" -c Release -o "$2/app" --nologo -v q >"$2/publish.log" || { cat "$2/publish.log"; return 1; }
}

# free_port: a TCP port nobody listens on.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_app WORK BASE: the app in Production with the demo seed on WORK/chiso.db, listening on BASE; sets app_pid and
# waits for /health (a first start seeds the demo: minutes on a busy machine).
start_app() {
  (cd "$1/app" && ASPNETCORE_ENVIRONMENT=Production Urls="$2" Demo__Seed=true Logging__LogLevel__Default=Warning \
    Database__Provider=Sqlite Database__ConnectionString="Data Source=$1/chiso.db" \
    exec dotnet ChiSo.Web.dll >>"$1/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$2/health" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { cat "$1/app.log"; return 1; }
    sleep 1
  done
  echo "the app did not answer /health" >&2
  tail -50 "$1/app.log" >&2
  return 1
}

# stop_app: ends the app started by start_app and waits for it.
stop_app() {
  [[ -n "${app_pid:-}" ]] || return 0
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# add_static_file APP NAME BYTES: a file of exactly BYTES bytes at wwwroot/bench/NAME, added to the published app's
# static-assets manifest so that the same Kestrel serves it as it serves the app's own CSS (MapStaticAssets; in
# Production it serves only the files the manifest names). Takes effect at the next start.
add_static_file() {
  python3 - "$1" "$2" "$3" <<'PY'
import base64, hashlib, json, os, sys
app, name, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(os.path.join(app, "wwwroot", "bench"), exist_ok=True)
head, line = b"<!DOCTYPE html><html><body><pre>\n", b"Bench static file of the same size as the page it is compared with.\n"
body = (head + line * (size // len(line) + 1))[:size]
open(os.path.join(app, "wwwroot", "bench", name), "wb").write(body)
path = os.path.join(app, "ChiSo.Web.staticwebassets.endpoints.json")
manifest = json.load(open(path, encoding="utf-8"))
tag = base64.b64encode(hashlib.sha256(body).digest()).decode()
manifest["Endpoints"] = [e for e in manifest["Endpoints"] if e["Route"] != "bench/" + name]
manifest["Endpoints"].append({
    "Route": "bench/" + name, "AssetFile": "bench/" + name, "Selectors": [], "EndpointProperties": [],
    "ResponseHeaders": [
        {"Name": "Cache-Control", "Value": "no-cache"}, {"Name": "Content-Length", "Value": str(size)},
        {"Name": "Content-Type", "Value": "text/html"}, {"Name": "ETag", "Value": '"%s"' % tag},
        {"Name": "Last-Modified", "Value": "Sun, 06 Dec 2026 00:00:00 GMT"}]})
json.dump(manifest, open(path, "w", encoding="utf-8"))
PY
}
