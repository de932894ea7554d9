#!/usr/bin/env bash
# The benchmark suite in one command (read bench/README.md): builds coworking-server (Release),
# starts a PostgreSQL cluster of its own on loopback, loads a realistic volume, measures the API
# with wrk and the same SQL with pgbench, then the same on SQLite, checks that no spot is
# double-booked, and prints the results (also written to bench/results/latest.txt).
#
# Exit status: 0 when the run is sound (targets met or not: see the table), 1 when it is not
# (a 5xx, an unexpected non-2xx, a socket error, a double booking, a step that failed).
# Settings (environment):
#   BENCH_DURATION=30        seconds per wrk / pgbench run      BENCH_WARMUP=3   seconds, reads
#   BENCH_CONNECTIONS=16     wrk connections / pgbench clients  BENCH_THREADS=2  wrk/pgbench threads
#   BENCH_SERVER_THREADS=    server --threads (default: the server's own, one per core)
#   BENCH_USERS=5000 BENCH_BOOKINGS=1000000 BENCH_MAIN_SPOTS=200   the data set
#   BENCH_TOKENS=1000        users logged in for the booking test (>= 2 x BENCH_MAIN_SPOTS)
#   BENCH_SQLITE=1           0 skips the SQLite part
#   BENCH_BUILD=1            0 uses the binary already in build/bench
#   BENCH_SERVER=            path of a coworking-server binary to use instead of building
#   BENCH_KEEP=0             1 keeps the work directory (logs, databases) for inspection
#   BENCH_STRICT=0           1 also fails the run when a target is missed
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
export BENCH_DIR

DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
SERVER_THREADS=${BENCH_SERVER_THREADS:-}
USERS=${BENCH_USERS:-5000}
BOOKINGS=${BENCH_BOOKINGS:-1000000}
MAIN_SPOTS=${BENCH_MAIN_SPOTS:-200}
OTHER_COWORKINGS=4
OTHER_SPOTS=50
FUTURE_DAYS=25
TOKENS=${BENCH_TOKENS:-1000}
DO_SQLITE=${BENCH_SQLITE:-1}
DO_BUILD=${BENCH_BUILD:-1}
KEEP=${BENCH_KEEP:-0}
STRICT=${BENCH_STRICT:-0}
PASSWORD=bench-password-1
HTTP_FIRST_DAY=31    # the HTTP booking test books from this day on (the loaded data ends before)
WARMUP_FIRST_DAY=330 # its warm-up, far from both
PGBENCH_FIRST_DAY=200

export BENCH_USERS=$USERS BENCH_MAIN_SPOTS=$MAIN_SPOTS BENCH_WRK_THREADS=$THREADS \
    BENCH_PASSWORD=$PASSWORD

# Nothing from the caller's environment may reconfigure the server under test.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(COWORKING_[A-Z_]*\)=.*/\1/p')

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

for tool in wrk pgbench psql curl ss; do
    command -v "$tool" >/dev/null || die "$tool is missing: scripts/install-deps.sh --with-test-tools"
done
if [[ $DO_SQLITE == 1 ]] && ! command -v sqlite3 >/dev/null; then
    die "sqlite3 is missing: scripts/install-deps.sh --with-test-tools (or BENCH_SQLITE=0)"
fi
((TOKENS >= 2 * MAIN_SPOTS)) || die "BENCH_TOKENS must be at least 2 x BENCH_MAIN_SPOTS"

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/coworking-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=
PGDATA=
PG_BIN=

cleanup() {
    local rc=$?
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n $PGDATA && -f $PGDATA/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ $KEEP == 1 ]]; then
        echo "bench: work directory kept: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# initdb and postgres refuse to run as root: then the cluster belongs to "postgres".
as_pg() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A port below the ephemeral range (outgoing connections take those) that no socket uses.
free_port() {
    local port low
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range)
    for _ in $(seq 1 200); do
        port=$((low - 12000 + RANDOM % 11000))
        if [[ -z $(ss -Htan "( sport = :$port or dport = :$port )") ]]; then
            echo "$port"
            return
        fi
    done
    die "no free port"
}

# SO_REUSEPORT lets a second process share a port silently: make sure the port is ours alone.
own_port() { # port pid
    local others
    others=$(ss -Hltnp "sport = :$1" | grep -v "pid=$2," || true)
    [[ -z $others ]] || die "port $1 is shared with another process: $others"
}

# ---- build ------------------------------------------------------------------------------------
if [[ -n ${BENCH_SERVER:-} ]]; then
    SERVER=$BENCH_SERVER
else
    SERVER=$ROOT/build/bench/app/server/coworking-server
    if [[ $DO_BUILD == 1 ]]; then
        log "building coworking-server (Release) in build/bench"
        (cd "$ROOT" &&
            cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
                -DCOWORKING_BUILD_GUI=OFF -DCOWORKING_BUILD_TESTS=OFF >/dev/null &&
            cmake --build build/bench --target coworking-server | tail -n 3)
    fi
fi
if [[ ! -x $SERVER ]]; then
    SERVER=$(find "$ROOT/build/bench" -name coworking-server -type f -perm -u+x | head -n 1)
fi
[[ -x $SERVER ]] || die "coworking-server not built"

# ---- PostgreSQL -------------------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $PG_BIN/initdb ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
PG_PORT=$(free_port)
PG_PASSWORD=bench-$RANDOM$RANDOM
PGDATA=$WORK/pg
mkdir -p "$PGDATA" "$WORK/pgsock"
echo "$PG_PASSWORD" >"$WORK/pgpass"
if [[ $(id -u) == 0 ]]; then
    chown postgres: "$PGDATA" "$WORK/pgsock" "$WORK/pgpass"
fi
chmod 700 "$PGDATA"

log "PostgreSQL: initdb, 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PGDATA" -U bench --pwfile="$WORK/pgpass" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 || {
    cat "$WORK/initdb.log" >&2
    die "initdb failed"
}
# A modest production-like setting; fsync and synchronous_commit stay on.
cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pgsock'
max_connections = 100
shared_buffers = 512MB
effective_cache_size = 4GB
work_mem = 8MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
checkpoint_timeout = 30min
EOF
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/postgresql.log" -w start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=bench PGPASSWORD=$PG_PASSWORD PGDATABASE=coworking
psql -q -d postgres -c "CREATE DATABASE coworking"
PG_URL="postgresql://bench:$PG_PASSWORD@127.0.0.1:$PG_PORT/coworking"
SQLITE_FILE=$WORK/coworking.sqlite3
SQLITE_URL="sqlite:$SQLITE_FILE"

# "Today" in Europe/Moscow (UTC+3, no DST) as the epoch of that date at 00:00 UTC (for the wrk
# scripts' date arithmetic), and the true epoch of its local midnight (for pgbench).
TODAY_LOCAL=$(TZ=Europe/Moscow date +%F)
export BENCH_DAY0=$(date -u -d "$TODAY_LOCAL 00:00" +%s)
LOCAL_MIDNIGHT_EPOCH=$((BENCH_DAY0 - 3 * 3600))

server() { "$SERVER" --data-dir "$WORK/data" --jwt-secret-file "$WORK/jwt-secret" "$@"; }

# ---- schema and data: PostgreSQL --------------------------------------------------------------
log "migrate (PostgreSQL)"
server migrate --database "$PG_URL"
server create-user --database "$PG_URL" --email owner@bench.test --password "$PASSWORD" \
    --full-name "Bench Owner" --business
OWNER_ID=$(psql -Atc "SELECT id FROM users WHERE email_normalized = 'owner@bench.test'")
HASH=$(psql -Atc "SELECT password_hash FROM users WHERE email_normalized = 'owner@bench.test'")
[[ $HASH == '$argon2id$'* ]] || die "create-user did not store an Argon2id hash"

log "loading $USERS users, $((1 + OTHER_COWORKINGS)) coworkings, $BOOKINGS bookings (PostgreSQL)"
LOAD_START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v owner_id="$OWNER_ID" -v hash="$HASH" -v users="$USERS" \
    -v bookings="$BOOKINGS" -v main_spots="$MAIN_SPOTS" -v other_coworkings="$OTHER_COWORKINGS" \
    -v other_spots="$OTHER_SPOTS" -v future_days="$FUTURE_DAYS" \
    -f "$BENCH_DIR/sql/load_postgres.sql"
PG_LOAD_SECS=$(($(date +%s) - LOAD_START))
psql -At -F ' ' -c "SELECT count(*), count(*) FILTER (WHERE time_until < now()),
        count(*) FILTER (WHERE status = 'active' AND time_until > now()),
        pg_size_pretty(pg_database_size(current_database())) FROM bookings" |
    { read -r total past future size
      echo "bookings: $total ($past past, $future future active); database $size; loaded in ${PG_LOAD_SECS}s" >&2; }

# ---- helpers for a server under test ----------------------------------------------------------
BASE=
start_server() { # backend url
    local backend=$1 url=$2 port
    port=$(free_port)
    # The API alone: an embedded runner (the SQLite default) would expire the loaded past
    # bookings during the measurement (bench/runner/run.sh measures the runner).
    # Every client is 127.0.0.1 and logs in BENCH_TOKENS users: no per-address login limit.
    local args=(serve --database "$url" --listen "127.0.0.1:$port" --access-ttl 1440
        --log-format json --runner off --login-limit 0)
    if [[ -n $SERVER_THREADS ]]; then
        args+=(--threads "$SERVER_THREADS")
    fi
    "$SERVER" --data-dir "$WORK/data" --jwt-secret-file "$WORK/jwt-secret" "${args[@]}" \
        >"$WORK/server-$backend.out" 2>"$WORK/server-$backend.log" &
    SERVER_PID=$! # the server itself, not a subshell: RSS is read from /proc/$SERVER_PID
    BASE=http://127.0.0.1:$port
    for _ in $(seq 1 100); do
        if curl -fs "$BASE/healthcheck" >/dev/null 2>&1; then
            own_port "$port" "$SERVER_PID"
            return
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { tail "$WORK/server-$backend.log" >&2; die "server exited"; }
        sleep 0.1
    done
    die "server did not answer /healthcheck"
}

stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" || true
    SERVER_PID=
}

status_kib() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$SERVER_PID/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# Resets VmHWM to the current RSS, so each test reports its own peak.
reset_peak() { echo 5 >"/proc/$SERVER_PID/clear_refs" 2>/dev/null || true; }

# 5xx answered so far, by the server's own count.
server_5xx() {
    curl -fs "$BASE/metrics" |
        awk '/^coworking_http_requests_total\{/ && /status="5[0-9][0-9]"/ { n += $NF } END { print n + 0 }'
}

# CPU accounting, in clock ticks: the whole machine (busy, steal excluded), the server, the
# PostgreSQL cluster, and this shell's finished children (wrk, pgbench). What remains of the busy
# time is other processes on the machine: the "others" column, in cores.
HZ=$(getconf CLK_TCK)
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local postmaster n=0 pid
    postmaster=$(head -n 1 "$PGDATA/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    # The postmaster's own ticks with those of its finished children (backends that ended).
    n=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat" 2>/dev/null || echo 0)
    for pid in $(ps -o pid= --ppid "$postmaster"); do
        n=$((n + $(proc_ticks "$pid")))
    done
    echo "$n"
}
# From `times`, which must run in this shell (a subshell has no finished children of its own).
children_ticks() {
    tail -n 1 "$WORK/times" | awk -v hz="$HZ" '{
        split($1, u, /[ms]/); split($2, s, /[ms]/);
        printf "%d\n", ((u[1] * 60 + u[2]) + (s[1] * 60 + s[2])) * hz }'
}
CPU_MARK=()
cpu_mark() {
    times >"$WORK/times"
    CPU_MARK=("$(date +%s.%N)" "$(busy_ticks)" "$(proc_ticks "${SERVER_PID:-0}")" "$(pg_ticks)" "$(children_ticks)")
}
# After cpu_mark and a test of n requests, sets CPU_SINCE to "server CPU ms per request|other
# processes, in cores". Not to be called in $(...): `times` must see this shell's children.
CPU_SINCE=
cpu_since_mark() {
    local n=$1 now busy server pg kids
    now=$(date +%s.%N)
    times >"$WORK/times"
    busy=$(($(busy_ticks) - CPU_MARK[1]))
    server=$(($(proc_ticks "${SERVER_PID:-0}") - CPU_MARK[2]))
    pg=$(($(pg_ticks) - CPU_MARK[3]))
    kids=$(($(children_ticks) - CPU_MARK[4]))
    CPU_SINCE=$(awk -v n="$n" -v hz="$HZ" -v secs="$(awk -v a="${CPU_MARK[0]}" -v b="$now" 'BEGIN { print b - a }')" \
        -v busy="$busy" -v server="$server" -v pg="$pg" -v kids="$kids" 'BEGIN {
            others = (busy - server - pg - kids) / hz / secs; if (others < 0) others = 0
            printf "%s|%.2f\n", (n > 0 && server > 0) ? sprintf("%.2f", server * 1000 / hz / n) : "-", others }')
}

FAILURES=()
fail_run() { FAILURES+=("$*"); echo "bench: FAIL: $*" >&2; }
RESULTS=()   # lines "backend test rps p50 p99 non2xx 5xx peak_mib note"

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

run_wrk() { # backend test script [extra env...]
    local backend=$1 test=$2 script=$3 out line before after peak rss
    shift 3
    before=$(server_5xx)
    reset_peak
    out=$WORK/wrk-$backend-$test.txt
    cpu_mark
    env "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
        -s "$BENCH_DIR/wrk/$script" "$BASE" >"$out" 2>&1 || true
    local cpu
    cpu_since_mark "$(sed -n 's/^BENCH .* requests=\([0-9]*\) .*/\1/p' "$out")"
    cpu=$CPU_SINCE
    peak=$(status_kib VmHWM)
    rss=$(status_kib VmRSS)
    after=$(server_5xx)
    cat "$out" >&2
    line=$(grep '^BENCH ' "$out" | tail -n 1)
    [[ -n $line ]] || { fail_run "$backend $test: wrk printed no result"; return; }
    local s5xx=$((after - before)) non2xx note=""
    non2xx=$(field non2xx "$line")
    if [[ $test == booking ]]; then
        local created conflicts intended other
        created=$(field created "$line")
        conflicts=$(field conflicts "$line")
        intended=$(field intended_conflicts "$line")
        other=$(field other "$line")
        note="201=$created 409=$conflicts (intended $intended)"
        ((conflicts <= intended)) || fail_run "$backend $test: $((conflicts - intended)) unintended 409s ($(field statuses "$line"))"
        ((other == 0)) || fail_run "$backend $test: $other answers neither 2xx, 409 nor 5xx ($(field statuses "$line"))"
        ((intended == 0 || conflicts > 0)) || fail_run "$backend $test: the intended conflicts were not refused"
    else
        ((non2xx == 0)) || fail_run "$backend $test: $non2xx non-2xx answers"
    fi
    ((s5xx == 0)) || fail_run "$backend $test: $s5xx answers 5xx"
    (($(field socket_errors "$line") == 0)) || fail_run "$backend $test: socket errors: $(field socket_errors "$line")"
    RESULTS+=("$backend|$test|$(field rps "$line")|$(field p50_ms "$line")|$(field p99_ms "$line")|$non2xx|$s5xx|$(mib "$peak")|$(mib "$rss")|$cpu|$note")
}

warm() { # script [extra env...]
    local script=$1
    shift
    env "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" \
        "$BASE" >/dev/null 2>&1 || true
}

# Logs in users 1..TOKENS (4 at a time: the server hashes on a small pool) into a file. Each
# token leaves its own sed as one short line (one write), so parallel lines never interleave.
login_one() {
    curl -fs -w '\n' -H 'Content-Type: application/json' \
        -d "{\"email\":\"user$1@bench.test\",\"password\":\"$PASSWORD\"}" "$BASE/auth/login" |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
fetch_tokens() {
    local file=$1 n
    export -f login_one
    export BASE PASSWORD
    seq 1 "$TOKENS" | xargs -P 4 -n 1 bash -c 'login_one "$1"' _ >"$file"
    n=$(sort -u "$file" | grep -c .)
    ((n == TOKENS)) || die "got $n of $TOKENS access tokens"
}

IDLE_RSS=()

run_http_suite() { # backend url
    local backend=$1 url=$2
    start_server "$backend" "$url"
    IDLE_RSS+=("$backend|$(mib "$(status_kib VmRSS)")")
    log "$backend: idle RSS $(mib "$(status_kib VmRSS)") MiB; $(head -n 1 "$WORK/server-$backend.out")"

    log "$backend: availability of the $MAIN_SPOTS-spot floor"
    warm availability.lua
    run_wrk "$backend" availability availability.lua

    if [[ $backend == postgres ]]; then
        log "$backend: timeline of a day"
        warm timeline.lua
        run_wrk "$backend" timeline timeline.lua
    fi

    log "$backend: access tokens of $TOKENS users"
    local started
    started=$(date +%s.%N)
    fetch_tokens "$WORK/tokens.txt"
    echo "($(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s)" >&2

    log "$backend: booking creation"
    warm booking.lua BENCH_TOKENS_FILE="$WORK/tokens.txt" BENCH_FIRST_DAY=$WARMUP_FIRST_DAY
    run_wrk "$backend" booking booking.lua BENCH_TOKENS_FILE="$WORK/tokens.txt" \
        BENCH_FIRST_DAY=$HTTP_FIRST_DAY

    if [[ $backend == postgres ]]; then
        log "$backend: login"
        run_wrk "$backend" login login.lua
    fi
    if grep -q '"level":"\(error\|fatal\)"' "$WORK/server-$backend.log"; then
        fail_run "$backend: the server logged errors: $(grep -m 1 '"level":"\(error\|fatal\)"' "$WORK/server-$backend.log")"
    fi
    stop_server
}

# ---- PostgreSQL: HTTP -------------------------------------------------------------------------
run_http_suite postgres "$PG_URL"

# ---- PostgreSQL: the same SQL through pgbench -------------------------------------------------
PGBENCH=()  # "test|tps|p50|p99|others"
run_pgbench() { # test script [-D ...]
    local test=$1 script=$2 out tps p50 p99
    shift 2
    out=$WORK/pgbench-$test.txt
    rm -rf "$WORK/pglog-$test" && mkdir "$WORK/pglog-$test"
    cpu_mark
    (cd "$WORK/pglog-$test" &&
        pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -l \
            -f "$BENCH_DIR/pgbench/$script" "$@" >"$out" 2>&1) ||
        { cat "$out" >&2; fail_run "pgbench $test failed"; return; }
    local others
    cpu_since_mark 0
    others=${CPU_SINCE#*|}
    cat "$out" >&2
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out" |
        awk '{ printf "%.1f", $1 }')
    # Per-transaction logs: the third column is the latency in microseconds.
    read -r p50 p99 < <(cat "$WORK"/pglog-$test/pgbench_log.* | awk '{ print $3 }' | sort -n |
        awk '{ v[NR] = $1 } END { printf "%.2f %.2f\n", v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }')
    PGBENCH+=("$test|$tps|$p50|$p99|$others")
}

log "pgbench: availability SQL"
CW1=00000000-0000-4000-8000-000000000001
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$WARMUP" \
    -f "$BENCH_DIR/pgbench/availability.sql" -D cw=$CW1 -D day0=$LOCAL_MIDNIGHT_EPOCH >/dev/null 2>&1 || true
run_pgbench availability availability.sql -D cw=$CW1 -D day0=$LOCAL_MIDNIGHT_EPOCH
log "pgbench: booking transaction SQL"
run_pgbench booking booking.sql -D cw=$CW1 -D day0=$LOCAL_MIDNIGHT_EPOCH -D k=0 \
    -D nclients="$CONNECTIONS" -D spots="$MAIN_SPOTS" -D users_span=$((USERS - 1000)) \
    -D first_day=$PGBENCH_FIRST_DAY

# ---- PostgreSQL: integrity --------------------------------------------------------------------
log "PostgreSQL: overlapping active bookings of one spot"
PG_OVERLAPS=$(psql -At -c "
    SELECT count(*) FROM bookings a JOIN bookings b
      ON b.spot_id = a.spot_id AND a.id < b.id AND b.status = 'active'
     AND tstzrange(b.time_from, b.time_until, '[)') && tstzrange(a.time_from, a.time_until, '[)')
    WHERE a.status = 'active'")
PG_HTTP_ROWS=$(psql -At -c "SELECT count(*) FROM bookings WHERE coworking_id = '$CW1'
    AND time_from >= to_timestamp($LOCAL_MIDNIGHT_EPOCH) + interval '$HTTP_FIRST_DAY days'
    AND time_from < to_timestamp($LOCAL_MIDNIGHT_EPOCH) + interval '$PGBENCH_FIRST_DAY days'")
PG_ACTIVE=$(psql -At -c "SELECT count(*) FROM bookings WHERE status = 'active'")
echo "overlapping pairs: $PG_OVERLAPS among $PG_ACTIVE active bookings; rows booked over HTTP: $PG_HTTP_ROWS" >&2
((PG_OVERLAPS == 0)) || fail_run "PostgreSQL: $PG_OVERLAPS double bookings"

# ---- SQLite -----------------------------------------------------------------------------------
SQLITE_OVERLAPS=-
SQLITE_LOAD_SECS=-
if [[ $DO_SQLITE == 1 ]]; then
    log "migrate and load (SQLite)"
    server migrate --database "$SQLITE_URL"
    LOAD_START=$(date +%s)
    {
        printf "CREATE TEMP TABLE bench_params AS SELECT '%s' AS owner_id, '%s' AS hash, %d AS users, %d AS bookings, %d AS main_spots, %d AS other_coworkings, %d AS other_spots, %d AS future_days;\n" \
            "$OWNER_ID" "$HASH" "$USERS" "$BOOKINGS" "$MAIN_SPOTS" "$OTHER_COWORKINGS" "$OTHER_SPOTS" "$FUTURE_DAYS"
        # The owner, as create-user made it in PostgreSQL.
        psql -At -c "SELECT format('INSERT INTO users (id, email, email_normalized, full_name, password_hash, language, is_business, created_at) VALUES (%L, %L, %L, %L, %L, %L, 1, %L);',
            id, email, email_normalized, full_name, password_hash, language,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))
            FROM users WHERE id = '$OWNER_ID'"
        cat "$BENCH_DIR/sql/load_sqlite.sql"
    } | sqlite3 -bail "$SQLITE_FILE" >/dev/null
    SQLITE_LOAD_SECS=$(($(date +%s) - LOAD_START))
    echo "SQLite file: $(du -h "$SQLITE_FILE" | cut -f1); loaded in ${SQLITE_LOAD_SECS}s" >&2

    run_http_suite sqlite "$SQLITE_URL"

    log "SQLite: overlapping active bookings of one spot"
    SQLITE_OVERLAPS=$(sqlite3 "$SQLITE_FILE" "
        SELECT count(*) FROM bookings a JOIN bookings b
          ON b.spot_id = a.spot_id AND a.id < b.id AND b.status = 'active'
         AND b.time_from < a.time_until AND b.time_until > a.time_from
        WHERE a.status = 'active'")
    SQLITE_ACTIVE=$(sqlite3 "$SQLITE_FILE" "SELECT count(*) FROM bookings WHERE status = 'active'")
    echo "overlapping pairs: $SQLITE_OVERLAPS among $SQLITE_ACTIVE active bookings" >&2
    ((SQLITE_OVERLAPS == 0)) || fail_run "SQLite: $SQLITE_OVERLAPS double bookings"
fi

# ---- the table --------------------------------------------------------------------------------
result() { # backend test -> the RESULTS line
    local line
    for line in "${RESULTS[@]}"; do
        [[ $line == "$1|$2|"* ]] && { echo "$line"; return; }
    done
    return 0
}
pgb() {
    local line
    for line in "${PGBENCH[@]}"; do
        [[ $line == "$1|"* ]] && { echo "$line"; return; }
    done
    return 0
}
col() { cut -d'|' -f"$1" <<<"$2"; }

TARGETS=()
target() { # ok description
    if [[ $1 == 1 ]]; then TARGETS+=("met      $2"); else TARGETS+=("NOT MET  $2"); fi
}
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }' && echo 1 || echo 0; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }' && echo 1 || echo 0; }

REPORT=$WORK/report.txt
{
    echo "coworking-server benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
    echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), shared by the server, PostgreSQL and the load generator; load average before the run: $LOAD_AT_START"
    echo "server: $(head -n 1 "$WORK/server-postgres.out" | sed 's/ on .*, / /')"
    echo "load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; pgbench -M prepared -c $CONNECTIONS -j $THREADS -T $DURATION"
    echo "data: $USERS users, $((1 + OTHER_COWORKINGS)) coworkings ($MAIN_SPOTS + $OTHER_COWORKINGS x $OTHER_SPOTS spots), $BOOKINGS bookings loaded (PostgreSQL ${PG_LOAD_SECS}s, SQLite ${SQLITE_LOAD_SECS}s)"
    echo
    printf '%-9s %-13s %8s %7s %7s %6s %4s %8s %7s %7s %6s  %s\n' backend test req/s \
        p50_ms p99_ms non2xx 5xx peak_MiB end_MiB cpu_ms others note
    for line in "${RESULTS[@]}"; do
        IFS='|' read -r b t rps p50 p99 non2xx s5xx peak rss cpu others note <<<"$line"
        printf '%-9s %-13s %8s %7s %7s %6s %4s %8s %7s %7s %6s  %s\n' "$b" "$t" "$rps" "$p50" \
            "$p99" "$non2xx" "$s5xx" "$peak" "$rss" "$cpu" "$others" "$note"
    done
    for line in "${PGBENCH[@]}"; do
        IFS='|' read -r t tps p50 p99 others <<<"$line"
        printf '%-9s %-13s %8s %7s %7s %6s %4s %8s %7s %7s %6s\n' pgbench "$t" "$tps" "$p50" \
            "$p99" - - - - - "$others"
    done
    echo "(req/s: tps for pgbench; cpu_ms: server CPU per request; others: cores used by other"
    echo " processes of the machine meanwhile, besides the server, PostgreSQL and the load generator)"
    echo
    for line in "${IDLE_RSS[@]}"; do echo "idle RSS ($(col 1 "$line")): $(col 2 "$line") MiB"; done
    echo "double bookings (overlapping active pairs of one spot): PostgreSQL $PG_OVERLAPS, SQLite $SQLITE_OVERLAPS"
    echo "bookings created over HTTP on PostgreSQL: $PG_HTTP_ROWS rows"
    echo
    for test in availability booking; do
        http=$(result postgres "$test")
        sql=$(pgb "$test")
        if [[ -n $http && -n $sql ]]; then
            ratio=$(awk -v a="$(col 3 "$http")" -v b="$(col 2 "$sql")" 'BEGIN { printf "%.2f", a / b }')
            echo "ratio $test: server $(col 3 "$http") req/s / pgbench $(col 2 "$sql") tps = $ratio"
            target "$(ge "$ratio" 0.5)" "$test over HTTP >= 0.5 x pgbench on its SQL ($ratio)"
        fi
    done
    for line in "${RESULTS[@]}"; do
        IFS='|' read -r b t rps p50 p99 non2xx s5xx peak rss cpu others note <<<"$line"
        [[ $t == login ]] && continue # bounded by Argon2id by design
        target "$(lt "$p99" 25)" "p99 < 25 ms: $b $t ($p99 ms)"
        target "$(lt "$peak" 120)" "RSS under load < 120 MiB: $b $t ($peak MiB)"
    done
    for line in "${IDLE_RSS[@]}"; do
        target "$(lt "$(col 2 "$line")" 40)" "idle RSS < 40 MiB: $(col 1 "$line") ($(col 2 "$line") MiB)"
    done
    target "$([[ ${#FAILURES[@]} == 0 ]] && echo 1 || echo 0)" "no 5xx, no unexpected answer, zero double bookings"
    echo
    echo "targets:"
    printf '  %s\n' "${TARGETS[@]}"
    if ((${#FAILURES[@]})); then
        echo
        echo "RUN FAILED:"
        printf '  %s\n' "${FAILURES[@]}"
    fi
} >"$REPORT"

mkdir -p "$BENCH_DIR/results"
cp "$REPORT" "$BENCH_DIR/results/latest.txt"
echo
cat "$REPORT"
echo "(written to bench/results/latest.txt)"

((${#FAILURES[@]} == 0)) || exit 1
if [[ $STRICT == 1 ]] && printf '%s\n' "${TARGETS[@]}" | grep -q '^NOT MET'; then
    exit 1
fi
exit 0
