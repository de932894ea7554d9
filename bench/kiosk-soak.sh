#!/usr/bin/env bash
# Soak of the front-desk kiosk: a kiosk of the demo site's Spreeblick Coworking (open round the
# clock) runs for N minutes (offscreen) while another client changes a booking every second (a
# member books a random spot from the next slot, so it "starts soon", then cancels it, and so on;
# it signs in again when its access token expires). Prints the kiosk's memory (VmRSS) at the start and the end, then compares the kiosk's map (the state it
# writes each second, COWORKING_KIOSK_STATE_FILE) with the server's bookings: every spot must show
# what the server says at that moment. Exit status 0 when nothing was lost, 1 otherwise.
#
# Usage: bench/kiosk-soak.sh [MINUTES]      (default 30)
#   SOAK_BUILD=build/ci     where coworking-server and coworking-desk are built
#   SOAK_PORT=18195         port of the throwaway demo server
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minutes=${1:-30}
build=${SOAK_BUILD:-$root/build/ci}
port=${SOAK_PORT:-18195}
server="$build/app/server/coworking-server"
desk="$build/app/desk/coworking-desk"
work=$(mktemp -d)
url="http://127.0.0.1:$port"

cleanup() {
    [[ -n "${changer_pid:-}" ]] && kill "$changer_pid" 2>/dev/null && wait "$changer_pid" 2>/dev/null
    [[ -n "${kiosk_pid:-}" ]] && kill "$kiosk_pid" 2>/dev/null && wait "$kiosk_pid" 2>/dev/null
    [[ -n "${server_pid:-}" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$server" serve --seed-demo-if-empty --data-dir "$work/data" --listen "127.0.0.1:$port" \
    --threads 2 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fs "$url/healthcheck" >/dev/null && break
    sleep 0.2
done
coworking=$(curl -fs "$url/coworkings?count=100" | python3 -c \
    'import json, sys; print(next(c["id"] for c in json.load(sys.stdin) if c["name"].startswith("Spreeblick")))')

rss() { awk '/^VmRSS/ {print $2 " kB"}' "/proc/$1/status"; }

QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" COWORKING_DESK_PASSWORD=demo-owner-1 \
    COWORKING_KIOSK_STATE_FILE="$work/kiosk-state.json" \
    "$desk" --kiosk --server "$url" --coworking "$coworking" --lang en \
    --email jonas@demo.coworking >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
for _ in $(seq 1 100); do
    [[ -s "$work/kiosk-state.json" ]] && python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["live"] else 1)' "$work/kiosk-state.json" 2>/dev/null && break
    sleep 0.2
done
sleep 2
echo "kiosk-soak: $minutes min on $url, coworking $coworking"
echo "kiosk-soak: kiosk RSS at start: $(rss $kiosk_pid)"

# The other client: one change a second for the whole run.
python3 - "$url" "$coworking" "$((minutes * 60))" >"$work/changes.log" 2>&1 <<'PY' &
import json, random, sys, time, urllib.request, datetime
url, cw, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def call(method, path, body=None, token=None):
    req = urllib.request.Request(url + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            data = r.read()
            return r.status, json.loads(data) if data else None
    except urllib.error.HTTPError as e:
        return e.code, None
# A member of its own (the demo's members are at their limit of active bookings).
email = f"soak-{int(time.time())}@example.com"
call("POST", "/users", {"email": email, "full_name": "Soak Member", "password": "soak-member-1"})
def login():
    return call("POST", "/auth/login", {"email": email, "password": "soak-member-1"})[1]["access_token"]
token = login()
spots = [s["id"] for s in call("GET", f"/coworkings/{cw}/spots?count=100", token=token)[1]
         if s.get("spot_status") == "active"]
mine = []
changes = errors = 0
refusals = {}
end = time.time() + seconds
while time.time() < end:
    tick = time.time()
    # A member may not hold two overlapping bookings: book one, cancel it, book another...
    if mine:
        status, _ = call("DELETE", "/bookings/" + mine.pop(0), token=token)
    else:
        now = datetime.datetime.now(datetime.timezone.utc)
        start = now.replace(second=0, microsecond=0) + datetime.timedelta(minutes=15 - now.minute % 15)
        body = {"spot_id": random.choice(spots), "time_from": start.isoformat(),
                "time_until": (start + datetime.timedelta(hours=1)).isoformat()}
        status, made = call("POST", "/bookings", body, token)
        if status == 201:
            mine.append(made["id"])
    if status == 401: # the access token lives 15 minutes: sign in again
        token = login()
        continue
    changes += status in (201, 204)
    errors += status not in (201, 204, 409)
    if status not in (201, 204):
        refusals[status] = refusals.get(status, 0) + 1
    time.sleep(max(0, 1 - (time.time() - tick)))
print(f"changes {changes}, refused {sum(refusals.values())} {refusals} (409: spot taken or the member's limit)")
sys.exit(1 if errors else 0)
PY
changer_pid=$!
failed=0
wait "$changer_pid" || { echo "kiosk-soak: the other client's changes failed"; failed=1; }
changer_pid=
cat "$work/changes.log"
sleep 3 # the last change reaches the map
echo "kiosk-soak: kiosk RSS at end: $(rss $kiosk_pid)"

# The map against the server, at the moment the kiosk last wrote its state.
python3 - "$url" "$coworking" "$work/kiosk-state.json" <<'PY' || failed=1
import json, sys, urllib.request, datetime, urllib.parse
url, cw, path = sys.argv[1:4]
def get(p, token):
    req = urllib.request.Request(url + p)
    req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())
req = urllib.request.Request(url + "/auth/login", method="POST", data=json.dumps(
    {"email": "jonas@demo.coworking", "password": "demo-owner-1"}).encode())
req.add_header("Content-Type", "application/json")
token = json.loads(urllib.request.urlopen(req).read())["access_token"]
state = json.load(open(path))
at = datetime.datetime.fromisoformat(state["at"].replace("Z", "+00:00"))
q = lambda t: urllib.parse.quote(t.isoformat())
timeline = get(f"/coworkings/{cw}/timeline?time_from={q(at - datetime.timedelta(days=1))}"
               f"&time_until={q(at + datetime.timedelta(days=1))}", token)
spots = {s["id"]: s for s in get(f"/coworkings/{cw}/spots?count=100", token)}
parse = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00"))
wrong = 0
for entry in timeline:
    sid = entry["spot_id"]
    if spots.get(sid, {}).get("spot_status") != "active":
        expected = "inactive"
    else:
        expected = "free"
        for b in entry["busy"]:
            f, u = parse(b["time_from"]), parse(b["time_until"])
            if f <= at < u:
                expected = "taken" # booked or checked in: the timeline does not say which
                break
            if at < f <= at + datetime.timedelta(minutes=30) and expected == "free":
                expected = "starts_soon"
    shown = state["spots"].get(sid)
    if shown in ("booked", "checked_in"):
        shown = "taken"
    if shown != expected:
        wrong += 1
        print(f"kiosk-soak: spot {spots.get(sid, {}).get('name', sid)}: map shows {shown}, server says {expected}")
print(f"kiosk-soak: {len(timeline)} spots compared at {state['at']}, {wrong} differ; live: {state['live']}")
sys.exit(1 if wrong or not state["live"] else 0)
PY
exit "$failed"
