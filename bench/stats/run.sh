#!/usr/bin/env bash
# GET /coworkings/{id}/stats for one year of the 200-spot floor of bench/ (the data set of
# bench/run.sh: bench/sql/load_*.sql), on PostgreSQL and on SQLite. Not a test: it prints figures.
#
# Usage: bench/stats/run.sh            (inside a throwaway PostgreSQL cluster of pg_virtualenv)
# Settings (environment):
#   BENCH_SERVER=build/ci/app/server/coworking-server   the binary to measure
#   BENCH_BOOKINGS=1000000 BENCH_USERS=5000 BENCH_MAIN_SPOTS=200   the data set
#   BENCH_RUNS=10            requests per range and backend (one at a time)
#   BENCH_SQLITE=1           0 skips SQLite
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(dirname "$BENCH_DIR")
# A cluster of its own, removed afterwards (postgresql-common's pg_virtualenv).
if [[ -z ${BENCH_STATS_IN_CLUSTER:-} ]]; then
    export BENCH_STATS_IN_CLUSTER=1
    exec pg_virtualenv -t "$0" "$@"
fi

SERVER=${BENCH_SERVER:-$ROOT/build/ci/app/server/coworking-server}
USERS=${BENCH_USERS:-5000}
BOOKINGS=${BENCH_BOOKINGS:-1000000}
MAIN_SPOTS=${BENCH_MAIN_SPOTS:-200}
RUNS=${BENCH_RUNS:-10}
DO_SQLITE=${BENCH_SQLITE:-1}
OTHER_COWORKINGS=4
OTHER_SPOTS=50
FUTURE_DAYS=25
PASSWORD=bench-password-1
MAIN=00000000-0000-4000-8000-000000000001 # the 200-spot floor (load_postgres.sql)

[[ -x $SERVER ]] || { echo "bench: no coworking-server at $SERVER (BENCH_SERVER)" >&2; exit 1; }
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(COWORKING_[A-Z_]*\)=.*/\1/p')
WORK=$(mktemp -d /tmp/coworking-stats-bench.XXXXXX)
SERVER_PID=
cleanup() {
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
log() { printf '== %s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
server() { "$SERVER" --data-dir "$WORK/data" --jwt-secret-file "$WORK/jwt-secret" "$@"; }

psql -qX -d "$PGDATABASE" -c "CREATE DATABASE coworking"
PG_URL="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/coworking"
[[ $PGHOST == /* ]] && PG_URL="postgresql://$PGUSER:$PGPASSWORD@127.0.0.1:$PGPORT/coworking"
export PGDATABASE=coworking

log "migrate and load $BOOKINGS bookings (PostgreSQL)"
server migrate --database "$PG_URL" >/dev/null
server create-user --database "$PG_URL" --email owner@bench.test --password "$PASSWORD" \
    --full-name "Bench Owner" --business >/dev/null
OWNER_ID=$(psql -XAtc "SELECT id FROM users WHERE email_normalized = 'owner@bench.test'")
HASH=$(psql -XAtc "SELECT password_hash FROM users WHERE email_normalized = 'owner@bench.test'")
psql -Xq -v ON_ERROR_STOP=1 -v owner_id="$OWNER_ID" -v hash="$HASH" -v users="$USERS" \
    -v bookings="$BOOKINGS" -v main_spots="$MAIN_SPOTS" -v other_coworkings="$OTHER_COWORKINGS" \
    -v other_spots="$OTHER_SPOTS" -v future_days="$FUTURE_DAYS" \
    -f "$BENCH_DIR/sql/load_postgres.sql" >/dev/null

# One year ending today, and one month, in the floor's zone (Europe/Moscow).
UNTIL=$(TZ=Europe/Moscow date +%F)
FROM_YEAR=$(TZ=Europe/Moscow date -d "$UNTIL -364 days" +%F)
FROM_MONTH=$(TZ=Europe/Moscow date -d "$UNTIL -29 days" +%F)
IN_YEAR=$(psql -XAtc "SELECT count(*) FROM bookings WHERE coworking_id = '$MAIN'
    AND time_from >= ('$FROM_YEAR'::date::timestamp AT TIME ZONE 'Europe/Moscow')
    AND time_from < (('$UNTIL'::date + 1)::timestamp AT TIME ZONE 'Europe/Moscow')")
echo "data: $(psql -XAtc 'SELECT count(*) FROM bookings') bookings in all, $IN_YEAR of them on the" \
    "$MAIN_SPOTS-spot floor from $FROM_YEAR to $UNTIL" >&2

measure() { # backend url
    local backend=$1 url=$2 port token
    port=$((20000 + RANDOM % 20000))
    server serve --database "$url" --listen "127.0.0.1:$port" --runner off --access-ttl 1440 \
        --threads 2 >"$WORK/server-$backend.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/healthcheck" >/dev/null 2>&1 && break
        sleep 0.2
    done
    token=$(curl -fs -X POST "http://127.0.0.1:$port/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\": \"owner@bench.test\", \"password\": \"$PASSWORD\"}" |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    for range in "year $FROM_YEAR" "month $FROM_MONTH"; do
        set -- $range
        local name=$1 from=$2 times=() body
        body=$(curl -fs -H "Authorization: Bearer $token" \
            "http://127.0.0.1:$port/coworkings/$MAIN/stats?from=$from&until=$UNTIL")
        for _ in $(seq 1 "$RUNS"); do
            times+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
                "http://127.0.0.1:$port/coworkings/$MAIN/stats?from=$from&until=$UNTIL")")
        done
        printf '%s\n' "${times[@]}" | python3 -c '
import json, statistics, sys
backend, name, first, last, body = sys.argv[1:6]
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
s = json.loads(body)
bookings, booked, opened, used = (s[k] for k in ("bookings", "booked_minutes", "open_minutes", "utilisation"))
print(f"{backend:<10} {name:<5} {first}..{last}  min {t[0]:7.1f} ms  median {statistics.median(t):7.1f} ms"
      f"  max {t[-1]:7.1f} ms  ({len(t)} runs; {bookings} bookings, {booked // 60} h booked"
      f" of {opened // 60} h open, utilisation {used:.3f})")
' "$backend" "$name" "$from" "$UNTIL" "$body"
    done
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

RESULTS=$WORK/results
log "measuring (PostgreSQL)"
measure postgresql "$PG_URL" | tee -a "$RESULTS"

if [[ $DO_SQLITE == 1 ]]; then
    log "migrate and load (SQLite)"
    SQLITE_FILE=$WORK/coworking.sqlite3
    server migrate --database "sqlite:$SQLITE_FILE" >/dev/null
    {
        printf "CREATE TEMP TABLE bench_params AS SELECT '%s' AS owner_id, '%s' AS hash, %d AS users, %d AS bookings, %d AS main_spots, %d AS other_coworkings, %d AS other_spots, %d AS future_days;\n" \
            "$OWNER_ID" "$HASH" "$USERS" "$BOOKINGS" "$MAIN_SPOTS" "$OTHER_COWORKINGS" "$OTHER_SPOTS" "$FUTURE_DAYS"
        psql -XAt -c "SELECT format('INSERT INTO users (id, email, email_normalized, full_name, password_hash, language, is_business, created_at) VALUES (%L, %L, %L, %L, %L, %L, 1, %L);',
            id, email, email_normalized, full_name, password_hash, language,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))
            FROM users WHERE id = '$OWNER_ID'"
        cat "$BENCH_DIR/sql/load_sqlite.sql"
    } | sqlite3 -bail "$SQLITE_FILE" >/dev/null
    log "measuring (SQLite)"
    measure sqlite "sqlite:$SQLITE_FILE" | tee -a "$RESULTS"
fi

echo
echo "GET /coworkings/{id}/stats, $MAIN_SPOTS-spot floor, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null):"
cat "$RESULTS"
