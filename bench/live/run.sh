#!/usr/bin/env bash
# Live availability latency: 1,000 WebSocket subscribers on one coworking-server (PostgreSQL,
# LISTEN/NOTIFY path), bookings over HTTP one at a time; prints p50/p99/max of the delay from
# the HTTP 201 (and from sending the POST) to the message at the subscribers.
#
#   bench/live/run.sh            (starts its own throwaway cluster with pg_virtualenv)
# Settings: LIVE_SUBSCRIBERS=1000 LIVE_BOOKINGS=100 LIVE_BUILD_DIR=build/bench-live
#   LIVE_SERVER_ARGS (more server options), LIVE_SERVER_LOG (keep the server's log there)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${LIVE_BUILD_DIR:-$ROOT/build/bench-live}
SUBSCRIBERS=${LIVE_SUBSCRIBERS:-1000}
BOOKINGS=${LIVE_BOOKINGS:-100}

if [[ -z "${PGHOST:-}" ]]; then
    if [[ -f "$BUILD/CMakeCache.txt" ]]; then
        # An existing build directory (e.g. LIVE_BUILD_DIR=build/dev): only switch the bench on.
        cmake -S "$ROOT" -B "$BUILD" -DCOWORKING_BUILD_BENCH=ON >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOWORKING_BUILD_BENCH=ON \
            -DCOWORKING_BUILD_TESTS=OFF -DCOWORKING_BUILD_GUI=OFF \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    fi
    cmake --build "$BUILD" -j2 --target coworking-server live-bench
    exec pg_virtualenv -t -v 15 "$0" "$@"
fi

# Each subscriber is a socket in this script's client and one in the server.
ulimit -n 8192
WORK=$(mktemp -d)
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true
      [[ -z "${LIVE_SERVER_LOG:-}" ]] || cp "$WORK/server.log" "$LIVE_SERVER_LOG"; rm -rf "$WORK"' EXIT
psql -qX -d template1 -c "CREATE EXTENSION IF NOT EXISTS btree_gist"
psql -qX -c "CREATE DATABASE live_bench"
DB="postgresql://${PGUSER}:${PGPASSWORD}@${PGHOST}:${PGPORT}/live_bench"
SERVER="$BUILD/app/server/coworking-server"
PORT=18480
common=(--database "$DB" --data-dir "$WORK")
"$SERVER" migrate "${common[@]}" >/dev/null
"$SERVER" create-user "${common[@]}" --email owner@bench.local --password benchpass123 \
    --full-name Owner --business >/dev/null
"$SERVER" create-user "${common[@]}" --email user@bench.local --password benchpass123 \
    --full-name User >/dev/null
# shellcheck disable=SC2086 # LIVE_SERVER_ARGS is meant to split into options
"$SERVER" serve "${common[@]}" --listen 127.0.0.1:$PORT --max-connections 4096 \
    --live-max-connections 4096 --log-format json ${LIVE_SERVER_ARGS:-} 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null && break; sleep 0.2; done
token() {
    curl -sf "http://127.0.0.1:$PORT/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"benchpass123\"}" |
        sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
echo "server threads: $(nproc) (default), ulimit -n: $(ulimit -n)"
"$BUILD/bench/live/live-bench" --url "http://127.0.0.1:$PORT" --owner-token "$(token owner@bench.local)" \
    --user-token "$(token user@bench.local)" --subscribers "$SUBSCRIBERS" --bookings "$BOOKINGS"
curl -s "http://127.0.0.1:$PORT/metrics" | grep '^coworking_live'
