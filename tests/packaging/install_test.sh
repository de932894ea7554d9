#!/usr/bin/env bash
# Installs the packages that scripts/package.sh built on this machine, starts the installed
# server as the package's user on a fresh data directory, checks /healthcheck and a REST answer,
# then purges both packages and checks that nothing is left behind: the files under /usr, /etc,
# /var/lib and /lib are the same as before the install, and the coworking user and group are gone.
# Needs root (it installs packages); runs in scripts/test.sh.
#
# Usage: tests/packaging/install_test.sh BUILD_DIR
set -euo pipefail

build=$(realpath "${1:?usage: install_test.sh BUILD_DIR}") # apt wants paths with a slash
debs=("$build"/packages/coworking-server_*.deb "$build"/packages/coworking-desk_*.deb)
work=$(mktemp -d)
port=${INSTALL_TEST_PORT:-18390}

fail() { echo "install test: FAIL: $*" >&2; exit 1; }
if dpkg -s coworking-server >/dev/null 2>&1 || dpkg -s coworking-desk >/dev/null 2>&1; then
    fail "a coworking package is already installed here; this test would remove it"
fi
if getent passwd coworking >/dev/null || [[ -e /etc/coworking || -e /var/lib/coworking ]]; then
    fail "a coworking user, /etc/coworking or /var/lib/coworking exists already"
fi

snapshot() { find /usr /etc /var/lib /lib -xdev \( -path /var/lib/apt -o -path /var/lib/dpkg \
    -o -path /var/lib/postgresql -o -path /etc/ld.so.cache -o -path /var/lib/ucf \) -prune \
    -o -print 2>/dev/null | sort; }
snapshot >"$work/before"

cleanup() {
    [[ -n "${server_pid:-}" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    if dpkg -s coworking-server >/dev/null 2>&1 || dpkg -s coworking-desk >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q coworking-server coworking-desk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "install test: installing ${debs[*]##*/}"
# apt resolves the packages' dependencies (all of them are installed by install-deps.sh already).
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${debs[@]}" \
    >"$work/apt-install.log" 2>&1 || { cat "$work/apt-install.log"; fail "apt-get install"; }

# What the packages promise.
getent passwd coworking >/dev/null || fail "no coworking system user"
[[ "$(stat -c '%U:%G %a' /var/lib/coworking)" == "coworking:coworking 750" ]] ||
    fail "/var/lib/coworking is $(stat -c '%U:%G %a' /var/lib/coworking)"
[[ "$(stat -c '%U:%G %a' /etc/coworking/coworking.ini)" == "root:coworking 640" ]] ||
    fail "/etc/coworking/coworking.ini is $(stat -c '%U:%G %a' /etc/coworking/coworking.ini)"
grep -qx /etc/coworking/coworking.ini /var/lib/dpkg/info/coworking-server.conffiles ||
    fail "coworking.ini is not a conffile"
for f in /usr/bin/coworking-server /usr/bin/coworking-runner /usr/bin/coworking-desk \
    /lib/systemd/system/coworking-server.service /lib/systemd/system/coworking-runner.service \
    /usr/share/applications/org.coworking_booking.desk.desktop \
    /usr/share/metainfo/org.coworking_booking.desk.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/coworking-desk.png \
    /usr/share/icons/hicolor/scalable/apps/coworking-desk.svg \
    /usr/share/man/man1/coworking-server.1.gz /usr/share/man/man1/coworking-desk.1.gz; do
    [[ -e "$f" ]] || fail "$f is not installed"
done
desktop-file-validate /usr/share/applications/org.coworking_booking.desk.desktop ||
    fail "org.coworking_booking.desk.desktop does not validate"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.coworking_booking.desk.metainfo.xml ||
    fail "the AppStream metainfo does not validate"
systemd-analyze verify /lib/systemd/system/coworking-server.service \
    /lib/systemd/system/coworking-runner.service || fail "systemd-analyze verify"

# The installed server, as the package's user, with the package's settings, on a fresh data
# directory (the unit's StateDirectory in a real install; systemd does not run in every test box).
data=/var/lib/coworking/install-test
runuser -u coworking -- mkdir "$data"
runuser -u coworking -- /usr/bin/coworking-server serve --config /etc/coworking/coworking.ini \
    --data-dir "$data" --listen "127.0.0.1:$port" --seed-demo-if-empty --log-format text \
    >"$work/server.log" 2>&1 &
server_pid=$!
health=""
for _ in $(seq 1 100); do
    health=$(curl -fs "http://127.0.0.1:$port/healthcheck" || true)
    [[ -n "$health" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited"; }
    sleep 0.2
done
[[ -n "$health" ]] || { cat "$work/server.log"; fail "no /healthcheck answer"; }
echo "install test: /healthcheck: $health"
grep -q '"status": *"ok"' <<<"$health" || fail "healthcheck is not ok"
coworkings=$(curl -fs "http://127.0.0.1:$port/coworkings" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
((coworkings > 0)) || fail "the demo site has no coworkings"
[[ "$(stat -c %U "$data/coworking.sqlite3")" == coworking ]] || fail "the database is not the user's"
kill "$server_pid"
wait "$server_pid" || true
server_pid=""
/usr/bin/coworking-runner --help >/dev/null || fail "coworking-runner --help"
QT_QPA_PLATFORM=offscreen /usr/bin/coworking-desk --help >/dev/null || fail "coworking-desk --help"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -q coworking-server coworking-desk \
    >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge"; }
snapshot >"$work/after"
if ! diff "$work/before" "$work/after" >"$work/left"; then
    cat "$work/left"
    fail "the purge left the differences above"
fi
getent passwd coworking >/dev/null && fail "the coworking user is still there"
getent group coworking >/dev/null && fail "the coworking group is still there"
echo "install test: installed, served /healthcheck as user coworking, purged without a trace"
