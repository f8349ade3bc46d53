#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and benches: initdb into a fresh temp folder as an unprivileged user,
# start it on loopback on a free port, trust auth (loopback only). Prints two lines:
#   SITREP_TEST_PG=postgres://USER@127.0.0.1:PORT/sitrep
#   PGTMP=/tmp/...        (stop it with: scripts/pg-throwaway.sh stop /tmp/...)
# Needs the Debian `postgresql` package (initdb and pg_ctl under /usr/lib/postgresql/*/bin).
set -euo pipefail

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] || { echo "no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1; }
  echo "$d"
}

# Runs a command as the cluster's owner: the current user when not root, else `postgres` (or `nobody`).
as_owner() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  local u=postgres
  id "$u" >/dev/null 2>&1 || u=nobody
  runuser -u "$u" -- "$@"
}
owner() { if [ "$(id -u)" != 0 ]; then id -un; elif id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi; }

if [ "${1:-}" = stop ]; then
  dir=${2:?usage: pg-throwaway.sh stop DIR}
  bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

bin=$(bindir)
dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
chmod 755 "$dir"
user=$(owner)
chown "$user" "$dir" 2>/dev/null || true
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# Tests create and drop many small databases: fsync off makes that fast; a throwaway cluster needs no durability.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" sitrep
echo "SITREP_TEST_PG=postgres://$user@127.0.0.1:$port/sitrep"
echo "PGTMP=$dir"
