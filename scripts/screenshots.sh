#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: starts a throwaway server with the demo site, then runs the
# desk under a virtual X display in English and in Russian, signed in as the demo manager of
# Tsvetnoy Loft, saving a picture of the sign-in window and of each view once the floor has loaded.
#
# Usage: scripts/screenshots.sh [BUILD_DIR]     (default: build/dev; needs coworking-server and
#        coworking-desk built there, and xvfb-run)
# COWORKING_SCREENSHOT_USER / COWORKING_SCREENSHOT_PASSWORD choose another demo login.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
server="$build/app/server/coworking-server"
desk="$build/app/desk/coworking-desk"
out="$root/docs/screenshots"
user=${COWORKING_SCREENSHOT_USER:-pavel@demo.coworking}
password=${COWORKING_SCREENSHOT_PASSWORD:-demo-manager-1}
port=${COWORKING_SCREENSHOT_PORT:-18093}

work=$(mktemp -d)
cleanup() {
    [[ -n "${server_pid:-}" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$server" serve --seed-demo-if-empty --data-dir "$work/data" --listen "127.0.0.1:$port" \
    --threads 2 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthcheck" >/dev/null && break
    sleep 0.2
done

mkdir -p "$out"
for lang in en ru; do
    # A fresh settings directory: no remembered window layout or server leaks into the pictures.
    XDG_CONFIG_HOME="$work/config-$lang" COWORKING_DESK_PASSWORD="$password" \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$desk" --server "http://127.0.0.1:$port" --lang "$lang" --email "$user" \
        --screenshot-dir "$out"
done
ls -1 "$out"
