#!/usr/bin/env bash
# Checks the formatting, builds the shape without the desk (nogui: no Qt Widgets), then builds
# everything and runs every test, twice (then builds, lints, installs and purges the packages):
#   ci    RelWithDebInfo, warnings as errors
#   asan  Debug under AddressSanitizer + UndefinedBehaviorSanitizer (skip with SKIP_ASAN=1)
# Each test run gets a throwaway PostgreSQL 15 cluster from pg_virtualenv, which sets
# PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE for the tests.
#
# Usage: scripts/test.sh        Exit status: 0 when every step passed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# ccache (CMakeLists.txt uses it when installed) keys on paths relative to the checkout, so a fresh
# clone in another folder, as CI makes, still finds what the previous run compiled.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

PG_VERSION=15
presets=(ci)
if [[ "${SKIP_ASAN:-0}" != 1 ]]; then
    presets+=(asan)
fi

summary=()
failed=0
tests_passed=0
tests_failed=0

section()
{
    printf '\n==> %s\n' "$*"
}

# step NAME COMMAND...: runs the command, records PASS/FAIL for the summary.
step()
{
    local name=$1
    shift
    section "$name: $*"
    local start=$SECONDS rc=0
    "$@" || rc=$?
    local took=$((SECONDS - start))
    if ((rc == 0)); then
        summary+=("PASS  $name (${took}s)")
    else
        summary+=("FAIL  $name (exit $rc, ${took}s)")
        failed=1
    fi
    return "$rc"
}

# shellcheck disable=SC2317 # called through step
# Runs ctest for a preset inside a throwaway cluster, keeping a log to count the results.
run_tests()
{
    local preset=$1 log="build/$1/ctest.log" rc=0
    # -t: keep the cluster in a temporary directory even as root, so a run that was killed leaves
    # no /etc/postgresql/*/regress behind to block the next one.
    # btree_gist is created up front, in the database the tests get and in template1 (for databases
    # they create): tests running in parallel that each create it race on pg_extension's unique key.
    # shellcheck disable=SC2016 # expanded by the inner shell
    pg_virtualenv -t -v "$PG_VERSION" bash -c '
        for db in template1 "$PGDATABASE"; do
            psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION IF NOT EXISTS btree_gist" || exit
        done
        exec ctest --preset "$1"' run_tests "$preset" 2>&1 | tee "$log" || rc=$?
    # ctest's closing line: "100% tests passed, 0 tests failed out of 12"
    local line
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if [[ -n "$line" ]]; then
        local nfailed total
        nfailed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
        total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
        tests_passed=$((tests_passed + total - nfailed))
        tests_failed=$((tests_failed + nfailed))
    fi
    return "$rc"
}

print_summary()
{
    section "Summary"
    local s
    for s in "${summary[@]}"; do
        echo "  $s"
    done
    if [[ "${SKIP_ASAN:-0}" == 1 ]]; then
        echo "  SKIP  asan (SKIP_ASAN=1)"
    fi
    echo
    if ((failed)); then
        echo "RESULT: FAILED"
    else
        echo "RESULT: all steps passed"
    fi
    echo "tests: $tests_passed passed, $tests_failed failed"
}

step deps bash scripts/install-deps.sh --with-test-tools || {
    print_summary
    exit 1
}

# shellcheck disable=SC2317 # called through step
# Every tracked C++ file as the checked-in .clang-format wants it; prints the first differences.
check_format()
{
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror
}

step format check_format || true
# The server, the runner and their tests without Qt Widgets: a build only (ccache keeps it short).
step "nogui configure" cmake --preset nogui && step "nogui build" cmake --build --preset nogui || true

for preset in "${presets[@]}"; do
    step "$preset configure" cmake --preset "$preset" || continue
    step "$preset build" cmake --build --preset "$preset" || continue
    step "$preset tests (SQLite + PostgreSQL $PG_VERSION)" run_tests "$preset" || true
done

# The Debian packages from the ci tree: built and checked by lintian, then installed on this
# machine, served from and purged again (that part needs root, as CI has).
if step packages bash scripts/package.sh build/ci; then
    if ((EUID == 0)); then
        step "package install" bash tests/packaging/install_test.sh build/ci || true
    else
        summary+=("SKIP  package install (needs root)")
    fi
fi

print_summary
exit "$failed"
