#!/usr/bin/env bash
# Builds the server (release preset) and starts it.
#
# Usage: scripts/run.sh [serve options...]
#        scripts/run.sh migrate | create-user ... | --help
# With no subcommand the arguments go to `coworking-server serve`. COWORKING_* environment
# variables are passed through unchanged; see README.md "Configuration".
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

case "${1:-}" in
serve | migrate | create-user) exec "$server" "$@" ;;
*) exec "$server" serve "$@" ;;
esac
