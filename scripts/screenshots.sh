#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: starts a throwaway server with the demo site, then runs the
# desk under a virtual X display in English and in Russian, signed in as the demo manager of
# Tsvetnoy Loft (with two closures ahead), saving a picture of the sign-in window and of each view
# once the floor has loaded; then the first-start wizard of an empty one-PC site, page by page.
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

# Two closures ahead for Tsvetnoy Loft, so that its Closures view has a list to show (days without
# demo bookings, so nothing is cancelled and the other pictures stay as they were).
token=$(curl -fs -X POST "http://127.0.0.1:$port/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$user\", \"password\": \"$password\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
loft=$(curl -fs "http://127.0.0.1:$port/coworkings?count=100" |
    python3 -c 'import json, sys; print(next(c["id"] for c in json.load(sys.stdin) if c["name"].startswith("Tsvetnoy")))')
close_day() { # DAYS_AHEAD JSON_REST
    curl -fs -o /dev/null -X POST "http://127.0.0.1:$port/coworkings/$loft/closures" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"date\": \"$(TZ=Europe/Moscow date -d "+$1 days" +%F)\", $2}"
}
close_day 5 '"opens_at": "10:00", "closes_at": "16:00", "reason": "Inventory"'
close_day 12 '"reason": "Public holiday"'

mkdir -p "$out"
for lang in en ru; do
    # A fresh settings directory: no remembered window layout or server leaks into the pictures.
    XDG_CONFIG_HOME="$work/config-$lang" COWORKING_DESK_PASSWORD="$password" \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$desk" --server "http://127.0.0.1:$port" --lang "$lang" --email "$user" \
        --screenshot-dir "$out"
done
# The first start of a one-PC site: the desk with its server embedded on an empty data folder, its
# wizard filled in page by page, then the desk it opens.
for lang in en ru; do
    XDG_CONFIG_HOME="$work/first-config-$lang" \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$desk" --embedded --data-dir "$work/first-data-$lang" --listen 127.0.0.1:0 \
        --lang "$lang" --screenshot-dir "$out"
done
# The kiosk of Spreeblick Coworking (open round the clock, so every screen has free spots whatever
# the hour), set up by its owner: every screen walked through, saved as kiosk-<screen>-<lang>.png.
kiosk_user=${COWORKING_KIOSK_USER:-jonas@demo.coworking}
kiosk_password=${COWORKING_KIOSK_PASSWORD:-demo-owner-1}
kiosk_coworking=$(curl -fs "http://127.0.0.1:$port/coworkings?count=100" |
    python3 -c 'import json, sys; print(next(c["id"] for c in json.load(sys.stdin) if c["name"].startswith("Spreeblick")))')
for lang in en ru; do
    XDG_CONFIG_HOME="$work/kiosk-config-$lang" COWORKING_DESK_PASSWORD="$kiosk_password" \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$desk" --kiosk --server "http://127.0.0.1:$port" --coworking "$kiosk_coworking" \
        --lang "$lang" --email "$kiosk_user" --screenshot-dir "$out"
done
ls -1 "$out"
