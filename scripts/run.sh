#!/usr/bin/env bash
# Builds and starts the product on the demo site. With a display: the desk with its server
# embedded (`coworking-desk --embedded`, a one-PC site), signed in as the demo administrator.
# Without one (or with COWORKING_RUN=server): the same site served headless by coworking-server.
#
# Usage: scripts/run.sh [options...]
#        scripts/run.sh migrate | create-user ... | seed-demo | --help
# With no subcommand the arguments go to the desk (its server options are coworking-server's) or to
# `coworking-server serve`. COWORKING_* environment
# variables are passed through unchanged; see README.md "Configuration".
# `serve` fills an empty database with the demo site (README.md, "Demo data");
# COWORKING_SEED_DEMO_IF_EMPTY=0 starts with an empty database instead. With SQLite (the default)
# the event runner works inside the server (--runner=embedded), so notifications appear at once.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server="$root/build/release/app/server/coworking-server"
desk="$root/build/release/app/desk/coworking-desk"

# The desk needs a display; a subcommand is always the server's.
mode=${COWORKING_RUN:-}
headless=0
case "${1:-}" in
serve | migrate | create-user | seed-demo) mode=server ;;
esac
if [[ -z "$mode" ]]; then
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        mode=desk
    else
        mode=server
        headless=1
    fi
fi

bash "$root/scripts/install-deps.sh"

# Build in a subshell so that relative paths in the arguments and in COWORKING_* variables keep
# meaning what they meant in the caller's directory.
(
    cd "$root"
    cmake --preset release
    targets=(coworking-server)
    [[ "$mode" == desk ]] && targets+=(coworking-desk)
    cmake --build --preset release --target "${targets[@]}"
)
if ((headless)); then
    echo "run.sh: no display (DISPLAY is unset): serving the site headless with coworking-server." >&2
    echo "run.sh: the desk runs where there is a display, e.g. xvfb-run scripts/run.sh" >&2
fi

demo=()
case "${COWORKING_SEED_DEMO_IF_EMPTY:-1}" in
0 | false | no | off) ;;
*) demo=(--seed-demo-if-empty) ;;
esac

if [[ "$mode" == desk ]]; then
    exec "$desk" --embedded "${demo[@]}" "$@"
fi

case "${1:-}" in
serve)
    shift
    exec "$server" serve "${demo[@]}" "$@"
    ;;
migrate | create-user | seed-demo) exec "$server" "$@" ;;
*) exec "$server" serve "${demo[@]}" "$@" ;;
esac
