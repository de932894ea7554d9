#!/usr/bin/env bash
# Events handled per second by one coworking-runner: loads BENCH_EVENTS pending booking.created
# events (each: one notification in the booker's language, one push through the log gateway,
# one push_deliveries row) and times `coworking-runner --once` draining them, on PostgreSQL
# (when PGHOST is set, e.g. under pg_virtualenv) and on SQLite.
#
# Usage:  pg_virtualenv -t -v 15 bench/runner/run.sh      (both databases)
#         bench/runner/run.sh                              (SQLite only)
# Settings: BENCH_EVENTS=20000 BENCH_USERS=1000 BENCH_BATCH=100
#           RUNNER=build/dev/app/runner/coworking-runner (build it first)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runner=${RUNNER:-$root/build/dev/app/runner/coworking-runner}
events=${BENCH_EVENTS:-20000}
users=${BENCH_USERS:-1000}
batch=${BENCH_BATCH:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $runner ]] || { echo "build coworking-runner first ($runner)" >&2; exit 1; }

# load.sql with the dialect's spelling of uuids, booleans and "now".
render()
{
    local dialect=$1 now
    now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
    if [[ $dialect == postgres ]]; then
        sed -e "s/@UUID_USER@/(lpad(to_hex(g), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid/g" \
            -e "s/@FIRST_USER@/'00000001-0000-4000-8000-000000000001'/g" \
            -e "s/@UUID_EVENT@/(lpad(to_hex(g), 8, '0') || '-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid/g" \
            -e "s/@UUID_EVENT_TEXT@/(lpad(to_hex(g), 8, '0') || '-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))/g" \
            -e "s/@USER_OF_EVENT@/(lpad(to_hex(g % $users + 1), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(g % $users + 1), 12, '0'))/g" \
            -e "s/@FALSE@/false/g" -e "s/@NOW@/'$now'::timestamptz/g" \
            -e "s/@USERS@/$users/g" -e "s/@EVENTS@/$events/g" \
            -e "s/'{\"coworking_id\"/('{\"coworking_id\"/" -e "s/\"status\":\"active\"}}',/\"status\":\"active\"}}')::jsonb,/" \
            "$here/load.sql"
    else
        sed -e "s/@UUID_USER@/printf('%08x-0000-4000-8000-%012x', g, g)/g" \
            -e "s/@FIRST_USER@/'00000001-0000-4000-8000-000000000001'/g" \
            -e "s/@UUID_EVENT@/printf('%08x-0000-4000-9000-%012x', g, g)/g" \
            -e "s/@UUID_EVENT_TEXT@/printf('%08x-0000-4000-9000-%012x', g, g)/g" \
            -e "s/@USER_OF_EVENT@/printf('%08x-0000-4000-8000-%012x', g % $users + 1, g % $users + 1)/g" \
            -e "s/@FALSE@/0/g" -e "s/@NOW@/'$now'/g" \
            -e "s/@USERS@/$users/g" -e "s/@EVENTS@/$events/g" \
            "$here/load.sql"
    fi
}

measure()
{
    local name=$1 url=$2 load=$3 start end
    # An empty pass migrates the fresh database.
    "$runner" --once --database "$url" --data-dir "$work" --log-format text >/dev/null 2>&1
    eval "$load"
    start=$(date +%s.%N)
    "$runner" --once --database "$url" --data-dir "$work" --log-format text \
        --runner-batch "$batch" >"$work/$name.out" 2>"$work/$name.log"
    end=$(date +%s.%N)
    local handled
    handled=$(sed -n 's/.*events handled \([0-9]*\).*/\1/p' "$work/$name.out")
    [[ $handled == "$events" ]] || { echo "$name: handled ${handled:-?} of $events" >&2; exit 1; }
    awk -v n="$handled" -v s="$start" -v e="$end" -v name="$name" -v b="$batch" \
        'BEGIN { printf "%-10s %6d events in %6.2f s: %7.0f events/s (one runner, batch %d)\n", name, n, e - s, n / (e - s), b }'
}

if [[ -n ${PGHOST:-} ]]; then
    db=runner_bench_$$
    psql -qX -d postgres -c "CREATE DATABASE $db" >/dev/null
    psql -qX -d "$db" -c "CREATE EXTENSION IF NOT EXISTS btree_gist" >/dev/null
    url="postgresql://${PGUSER:-postgres}:${PGPASSWORD:-}@${PGHOST}:${PGPORT:-5432}/$db"
    render postgres >"$work/load_pg.sql"
    measure postgres "$url" "psql -qX -v ON_ERROR_STOP=1 -d $db -f $work/load_pg.sql >/dev/null"
    psql -qX -d postgres -c "DROP DATABASE $db" >/dev/null
fi
render sqlite >"$work/load_sqlite.sql"
measure sqlite "sqlite:$work/bench.sqlite3" "sqlite3 $work/bench.sqlite3 <$work/load_sqlite.sql"
