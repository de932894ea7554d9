#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) over the given C++ files, or over every tracked .cpp
# file of core/, server/ and app/, with the compile commands of a configured build directory.
#
# Usage: scripts/tidy.sh [-p build/dev] [file.cpp...]     Exit status: 0 when nothing was found.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build=build/dev
if [[ "${1:-}" == -p ]]; then
    build=$2
    shift 2
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "no $build/compile_commands.json: configure first (cmake --preset dev)" >&2
    exit 2
fi

files=("$@")
if ((${#files[@]} == 0)); then
    mapfile -t files < <(git ls-files 'core/*.cpp' 'server/*.cpp' 'app/*.cpp')
fi
# The generated moc files must exist for the sources that include them.
cmake --build "$build" --target server_app coworking-runner >/dev/null

tidy=$(command -v clang-tidy || command -v clang-tidy-15 || true)
if [[ -z "$tidy" ]]; then
    echo "clang-tidy not found (apt-get install clang-tidy)" >&2
    exit 2
fi
printf '%s\0' "${files[@]}" | xargs -0 -n 8 -P "$(nproc)" "$tidy" -p "$build" --quiet
