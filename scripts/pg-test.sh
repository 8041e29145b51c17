#!/usr/bin/env bash
# Throwaway PostgreSQL cluster (the newest installed; 15 on Debian 12) for the tests: trust auth, 127.0.0.1 only, fsync off. Never for real data.
# Usage: scripts/pg-test.sh start | stop | url
#   start  initdb + start on the first free port from $PGPORT (default 55433); prints the Npgsql connection string
#   stop   stops the server and deletes $PGROOT
#   env:   PGROOT (default ${TMPDIR:-/tmp}/chiso-pg; the postgres user must be able to traverse it), PGBIN, PGPORT
# The server refuses to run as root, so as root the server commands run as the postgres user (runuser).
set -euo pipefail
# The newest installed server (Debian 12 ships 15; a later Debian a later one): the tests need no particular version.
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGROOT=${PGROOT:-${TMPDIR:-/tmp}/chiso-pg}
PGDATA="$PGROOT/data"

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
url() { echo "Host=127.0.0.1;Port=$(cat "$PGROOT/port");Username=postgres;Database=postgres"; }

start() {
  mkdir -p "$PGROOT"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
  as_pg mkdir -p "$PGROOT/sock"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log"
  local port=${PGPORT:-55433}
  while port_busy "$port"; do port=$((port + 1)); done
  echo "$port" >"$PGROOT/port"
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGROOT/postgres.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $port \
    -k $PGROOT/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30
  url
}

stop() {
  if [ -s "$PGDATA/PG_VERSION" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
