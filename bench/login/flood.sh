#!/usr/bin/env bash
# Login cost and hashing under a flood (issue 14 part 1, issue 13 finding 2), on a throwaway
# database: SQLite by default, or PostgreSQL when BENCH_PG_URL names an empty database.
#   bench/login/flood.sh [SERVER_BINARY]
# 1. wrk: POST /auth/login at BENCH_CONNECTIONS (16) for BENCH_DURATION (10) s: req/s, p50/p99,
#    answers other than 200, the server's CPU ms and minor page faults per login.
# 2. GET /coworkings alone (1 connection): p50/p99, the baseline.
# 3. The same GET while BENCH_CONNECTIONS connections register and log in as fast as they can
#    (flood.lua): p50/p99 of the GET, and the flood's answers by status.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SERVER=${1:-build/ci/app/server/coworking-server}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PORT=${BENCH_PORT:-18932}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/login-flood.XXXXXX)
PID=
cleanup() {
    if [[ -n $PID ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(COWORKING_[A-Z_]*\)=.*/\1/p')
DB=(--data-dir "$WORK")
[[ -n ${BENCH_PG_URL:-} ]] && DB+=(--database "$BENCH_PG_URL")
"$SERVER" "${DB[@]}" create-user --email u@bench.test --password bench-password-1 \
    --full-name Bench >/dev/null
# shellcheck disable=SC2086 # BENCH_SERVER_ARGS is a list of options
"$SERVER" "${DB[@]}" serve --listen "127.0.0.1:$PORT" --log-format json --runner off \
    ${BENCH_SERVER_ARGS:-} 2>"$WORK/log" >/dev/null &
PID=$!
for _ in $(seq 100); do curl -sf "$BASE/healthcheck" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/healthcheck" >/dev/null || { tail "$WORK/log" >&2; exit 1; }

ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
faults() { awk '{ print $10 }' "/proc/$PID/stat"; }
# p50 and p99 in ms from wrk --latency output.
percentiles() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                         if (v ~ /s$/) return v * 1000; return v }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
        END { printf "p50 %.1f ms, p99 %.1f ms", p50, p99 }' "$1"
}
requests() { awk '/requests in/ { print $1 }' "$1"; }
non2xx() { awk '/Non-2xx/ { n = $NF } END { print n + 0 }' "$1"; }

hz=$(getconf CLK_TCK)
t0=$(ticks) f0=$(faults)
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$HERE/login.lua" "$BASE" \
    >"$WORK/login.txt"
t1=$(ticks) f1=$(faults)
n=$(requests "$WORK/login.txt")
rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/login.txt")
awk -v n="$n" -v t="$((t1 - t0))" -v hz="$hz" -v f="$((f1 - f0))" -v rps="$rps" -v c="$CONNECTIONS" \
    -v p="$(percentiles "$WORK/login.txt")" -v bad="$(non2xx "$WORK/login.txt")" 'BEGIN {
    printf "login, %s connections: %s req/s, %s, non-2xx %d; server CPU %.1f ms and %.0f minor faults per login\n",
        c, rps, p, bad, t * 1000 / hz / n, f / n }'

wrk -t1 -c1 -d"${DURATION}s" --latency "$BASE/coworkings" >"$WORK/get.txt"
echo "GET /coworkings alone, 1 connection: $(percentiles "$WORK/get.txt")"

wrk -t2 -c"$CONNECTIONS" -d"$((DURATION + 2))s" --timeout 10s -s "$HERE/flood.lua" "$BASE" \
    >"$WORK/flood.txt" &
FLOOD=$!
sleep 1
wrk -t1 -c1 -d"${DURATION}s" --timeout 10s --latency "$BASE/coworkings" >"$WORK/get-flood.txt"
wait "$FLOOD"
echo "GET /coworkings during a $CONNECTIONS-connection registration+login flood: $(percentiles "$WORK/get-flood.txt")"
echo "  the flood: $(requests "$WORK/flood.txt") answers, $(non2xx "$WORK/flood.txt") of them not 2xx (refused or throttled)"
