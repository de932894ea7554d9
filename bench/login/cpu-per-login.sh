#!/usr/bin/env bash
# Server CPU per login, measured from the server's own /proc accounting: starts coworking-server on
# a throwaway SQLite database, creates one user, logs in N times one after another (curl), and
# prints the server's CPU milliseconds and minor page faults per login.
#   bench/login/cpu-per-login.sh [SERVER_BINARY] [N]
set -euo pipefail
SERVER=${1:-build/ci/app/server/coworking-server}
N=${2:-100}
PORT=${BENCH_PORT:-18931}
WORK=$(mktemp -d /tmp/login-bench.XXXXXX)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(COWORKING_[A-Z_]*\)=.*/\1/p')
"$SERVER" --data-dir "$WORK" create-user --email u@bench.test --password bench-password-1 \
    --full-name Bench >/dev/null
# Rate limits off: this measures the cost of a login, not the limits.
"$SERVER" --data-dir "$WORK" serve --listen "127.0.0.1:$PORT" --log-format json \
    --login-limit 0 2>"$WORK/log" &
PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null && break; sleep 0.1; done
ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
faults() { awk '{ print $10 }' "/proc/$PID/stat"; }
login() {
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
        -d '{"email":"u@bench.test","password":"bench-password-1"}' "http://127.0.0.1:$PORT/auth/login"
}
login # warm-up: threads started, statements prepared
t0=$(ticks) f0=$(faults) s0=$(date +%s%N)
for _ in $(seq "$N"); do login; done
t1=$(ticks) f1=$(faults) s1=$(date +%s%N)
hz=$(getconf CLK_TCK)
awk -v n="$N" -v t="$((t1 - t0))" -v hz="$hz" -v f="$((f1 - f0))" -v w="$((s1 - s0))" 'BEGIN {
    printf "logins %d: server CPU %.1f ms per login, %.0f minor faults per login, wall %.1f ms per login\n",
        n, t * 1000 / hz / n, f / n, w / 1e6 / n }'
