#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test the project.
# Does nothing (and does not touch the network) when every package is already installed.
#
# Usage: scripts/install-deps.sh [--with-test-tools]
set -euo pipefail

# Build, run and test (the test suite uses PostgreSQL through pg_virtualenv).
PACKAGES=(
    build-essential
    cmake
    ninja-build
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    libqt6sql6-psql
    libqt6sql6-sqlite
    qt6-httpserver-dev
    qt6-websockets-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qtkeychain-qt6-dev
    libsodium-dev
    libgl-dev
    postgresql
    postgresql-contrib
    postgresql-common
    curl
    # promtool: tst_observability validates the /metrics output with `promtool check metrics`
    prometheus
)

# Extra tools for load and monitoring tests (e.g. wrk, prometheus); none yet.
TEST_TOOL_PACKAGES=()

usage()
{
    echo "Usage: $0 [--with-test-tools]"
    echo "Installs the Debian packages the project needs (apt-get, via sudo when not root)."
}

for arg in "$@"; do
    case "$arg" in
    --with-test-tools) PACKAGES+=("${TEST_TOOL_PACKAGES[@]}") ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
done

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "install-deps: dpkg/apt-get not found; this script supports Debian 12 only." >&2
    exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed."
    exit 0
fi

SUDO=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: not root and sudo is not available; install as root:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    SUDO=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
