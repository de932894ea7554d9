#!/usr/bin/env bash
# Builds the Debian packages (coworking-server, coworking-desk) from a build tree with CPack and
# checks them with lintian: any lintian error fails; warnings are printed (each one we accept is
# overridden inside the package, with the reason: packaging/debian/*/lintian-overrides).
#
# Usage: scripts/package.sh [BUILD_DIR]      (default build/release; configured and built first)
#   Writes BUILD_DIR/packages/*.deb and BUILD_DIR/packages/lintian.txt.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/release}
cd "$root"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake --preset release
fi
cmake --build "$build" --target coworking-server coworking-runner coworking-desk package-files
rm -f "$build"/packages/*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >/dev/null)

debs=("$build"/packages/*.deb)
for deb in "${debs[@]}"; do
    echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
done
# --profile debian: Debian's own checks; --fail-on error: errors fail, warnings are reported
# (the warnings we accept are overridden inside the packages, packaging/debian/*/lintian-overrides).
lintian --profile debian --fail-on error --info --display-info \
    "${debs[@]}" | tee "$build/packages/lintian.txt"
echo "lintian: $(grep -c '^E:' "$build/packages/lintian.txt" || true) errors," \
    "$(grep -c '^W:' "$build/packages/lintian.txt" || true) warnings"
