#!/usr/bin/env bash
# The desk's figures (bench/desk/README.md): start to the first painted map of the 200-spot floor,
# frame time while panning and zooming a 1,000-spot floor, live change to repaint delay, and, with
# `soak`, resident memory through an hour of live changes.
#
#   bench/desk/run.sh              start x5, frames, 100 live changes (a few minutes)
#   bench/desk/run.sh soak [MIN]   one change per second for MIN minutes (60), RSS every minute
# Settings: DESK_BENCH_BUILD_DIR (build/ci), DESK_BENCH_BUILD=0 to use what is built,
# DESK_BENCH_BOOKINGS (100000 loaded bookings), DESK_BENCH_PLATFORM=xvfb|offscreen
# (xvfb when Xvfb is installed), DESK_BENCH_KEEP=1 keeps the work directory.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${DESK_BENCH_BUILD_DIR:-$ROOT/build/ci}
BOOKINGS=${DESK_BENCH_BOOKINGS:-100000}
MODE=${1:-quick}
SOAK_MINUTES=${2:-60}
PASSWORD=bench-password-1
COWORKING=00000000-0000-4000-8000-000000000001 # "Bench Main Floor" of bench/sql, 200 spots

while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(COWORKING_[A-Z_]*\)=.*/\1/p')
if [[ ${DESK_BENCH_BUILD:-1} == 1 ]]; then
    [[ -f $BUILD/CMakeCache.txt ]] || cmake --preset ci -S "$ROOT" >/dev/null
    nice -n 10 cmake --build "$BUILD" -j2 --target coworking-server desk-bench | tail -n 1
fi
SERVER=$BUILD/app/server/coworking-server
BENCH=$BUILD/bench/desk/desk-bench
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing" >&2; exit 1; }

WORK=$(mktemp -d /tmp/desk-bench.XXXXXX)
SERVER_PID=
XVFB_PID=
cleanup() {
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    if [[ ${DESK_BENCH_KEEP:-0} == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The desk remembers its server and coworking in QSettings: keep them out of the user's files.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
PLATFORM=${DESK_BENCH_PLATFORM:-$(command -v Xvfb >/dev/null && echo xvfb || echo offscreen)}
if [[ $PLATFORM == xvfb ]]; then
    for n in $(seq 90 120); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
    Xvfb ":$n" -screen 0 1920x1200x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n" QT_QPA_PLATFORM=xcb
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
else
    export QT_QPA_PLATFORM=offscreen
fi

DB=$WORK/coworking.sqlite3
"$SERVER" migrate --database "sqlite:$DB" --data-dir "$WORK" >/dev/null
"$SERVER" create-user --database "sqlite:$DB" --data-dir "$WORK" --email owner@bench.test \
    --password "$PASSWORD" --full-name "Bench Owner" --business >/dev/null
"$SERVER" create-user --database "sqlite:$DB" --data-dir "$WORK" --email booker@bench.test \
    --password "$PASSWORD" --full-name "Bench Booker" >/dev/null
OWNER_ID=$(sqlite3 "$DB" "SELECT id FROM users WHERE email_normalized = 'owner@bench.test'")
HASH=$(sqlite3 "$DB" "SELECT password_hash FROM users WHERE email_normalized = 'owner@bench.test'")
{
    printf "CREATE TEMP TABLE bench_params AS SELECT '%s' AS owner_id, '%s' AS hash, 500 AS users, %d AS bookings, 200 AS main_spots, 4 AS other_coworkings, 50 AS other_spots, 25 AS future_days;\n" \
        "$OWNER_ID" "$HASH" "$BOOKINGS"
    cat "$ROOT/bench/sql/load_sqlite.sql"
} | sqlite3 -bail "$DB" >/dev/null

PORT=$((20000 + RANDOM % 20000))
"$SERVER" serve --database "sqlite:$DB" --data-dir "$WORK" --listen "127.0.0.1:$PORT" \
    2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null && break; sleep 0.1; done
URL=http://127.0.0.1:$PORT
export DESK_BENCH_PASSWORD=$PASSWORD
common=(--server "$URL" --email owner@bench.test --coworking "$COWORKING")

echo "desk-bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), platform $PLATFORM," \
    "$BOOKINGS bookings loaded, commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"
if [[ $MODE == soak ]]; then
    "$BENCH" live "${common[@]}" --booker booker@bench.test --changes $((SOAK_MINUTES * 60)) \
        --interval-ms 1000 --rss-every-min 1
    exit
fi
for _ in 1 2 3 4 5; do
    "$BENCH" start "${common[@]}" --spots 200 --since-ns "$(date +%s%N)"
done
"$BENCH" frames --spots 1000 --frames 300
"$BENCH" live "${common[@]}" --booker booker@bench.test --changes 100
