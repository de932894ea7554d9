#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test the project.
# Does nothing (and does not touch the network) when every package is already installed.
# Then runs `npm ci` in resources/swagger-ui, unless node_modules there is up to date.
#
# Usage: scripts/install-deps.sh [--with-test-tools]
set -euo pipefail

# Build, run and test (the test suite uses PostgreSQL through pg_virtualenv).
PACKAGES=(
    build-essential
    cmake
    ninja-build
    ccache
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
    # the kiosk draws booking QR codes
    libqrencode-dev
    libssl-dev
    libpq-dev
    libgl-dev
    postgresql
    postgresql-contrib
    postgresql-common
    curl
)

# Only the test command needs these.
TEST_TOOL_PACKAGES=(
    # promtool: tst_observability validates the /metrics output with `promtool check metrics`
    prometheus
    # load generator of the benchmarks
    wrk
    # the benchmarks load their SQLite database with the sqlite3 shell (bench/run.sh)
    sqlite3
    # tst_calendarapi reads the server's iCalendar output with a real parser (Debian's
    # /usr/bin/python3 and this module), and fails without it
    python3-icalendar
    # the desk's screenshots and GUI checks run it on a virtual X display
    xvfb
    xauth
    imagemagick
    fonts-dejavu-core
    # the keychain token store's test talks to a real keyring on its own D-Bus session
    dbus
    gnome-keyring
    # the Debian packages: lintian checks them, the install test validates the desk's .desktop
    # and AppStream files (scripts/package.sh, tests/packaging/install_test.sh)
    lintian
    desktop-file-utils
    appstream
    # the production stack's checks (tests/ops): nginx with a self-signed certificate in front of
    # two servers, a live WebSocket over wss://, the monitoring YAML parsed by Debian's python3
    nginx-light
    openssl
    python3-websockets
    python3-yaml
)

# Node.js and npm, for `npm ci` in resources/swagger-ui (below). Installed only when the commands
# are missing: a Node.js from elsewhere must stay (nodesource's nodejs bundles npm and conflicts
# with Debian's npm package, so asking apt for npm would fail there).
NODE_PACKAGES=(
    nodejs
    npm
)

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

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    PACKAGES+=("${NODE_PACKAGES[@]}")
fi

# The npm packages pinned in resources/swagger-ui/package-lock.json: the Swagger UI assets that
# the server build compiles in (it fails without them) and the OpenAPI linter of the tests.
# `npm ci` runs only when node_modules was not installed from this very package.json and lock.
install_npm_packages()
{
    local dir
    dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resources/swagger-ui"
    local stamp="$dir/node_modules/.install-deps-stamp" want
    want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        echo "install-deps: the npm packages of resources/swagger-ui are installed."
        return
    fi
    echo "install-deps: npm ci in resources/swagger-ui"
    (cd "$dir" && npm ci)
    echo "$want" >"$stamp"
}

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed."
    install_npm_packages
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
install_npm_packages
