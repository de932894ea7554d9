#!/usr/bin/env bash
# Builds the server (release preset) and starts it.
#
# Usage: scripts/run.sh [serve options...]
#        scripts/run.sh migrate | create-user ... | seed-demo | --help
# With no subcommand the arguments go to `coworking-server serve`. COWORKING_* environment
# variables are passed through unchanged; see README.md "Configuration".
# `serve` fills an empty database with the demo site (README.md, "Demo data");
# COWORKING_SEED_DEMO_IF_EMPTY=0 starts with an empty database instead. With SQLite (the default)
# the event runner works inside the server (--runner=embedded), so notifications appear at once.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server="$root/build/release/app/server/coworking-server"

bash "$root/scripts/install-deps.sh"

# Build in a subshell so that relative paths in the arguments and in COWORKING_* variables keep
# meaning what they meant in the caller's directory.
(
    cd "$root"
    cmake --preset release
    cmake --build --preset release --target coworking-server
)

demo=()
case "${COWORKING_SEED_DEMO_IF_EMPTY:-1}" in
0 | false | no | off) ;;
*) demo=(--seed-demo-if-empty) ;;
esac

case "${1:-}" in
serve)
    shift
    exec "$server" serve "${demo[@]}" "$@"
    ;;
migrate | create-user | seed-demo) exec "$server" "$@" ;;
*) exec "$server" serve "${demo[@]}" "$@" ;;
esac
