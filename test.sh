#!/usr/bin/env bash
# Runs every LocalGov test suite and ends with one line: "N passed, N failed".
#
#   ./test.sh              all test projects (tests/*/*.Tests.csproj)
#   ./test.sh Thai Host    only the projects whose name contains one of the words
#
# What it does, in order:
#   1. installs what the tests need when missing (as root, via apt-get): postgresql, mariadb-server,
#      python3-aiosmtpd, chromium, fonts-thai-tlwg (and nodejs with npm when there is no node on PATH); then the
#      test OpenID Connect provider's npm package (npm ci in tests/oidc-provider, when its node_modules lack it);
#   2. starts a throwaway PostgreSQL cluster from the system binaries on 127.0.0.1 (port 55432, or the next free
#      one) and exports LOCALGOV_TEST_POSTGRES, and a throwaway MariaDB (port 55632, or the next free one, utf8mb4)
#      and exports LOCALGOV_TEST_MYSQL; test fixtures create and drop their own databases through them;
#   3. exports LOCALGOV_TEST_PYTHON (Debian's python3, which has aiosmtpd) and LOCALGOV_TEST_CHROMIUM;
#   4. builds LocalGov.sln once, then runs each test project in turn (a failing project does not stop the rest);
#   5. runs the SQLite half of the host suite again at calendar dates where date bugs live (fiscal-year and
#      calendar-year boundaries in Bangkok, a leap day, the land-tax deadline): the test host's clock starts at
#      LOCALGOV_TEST_NOW (default in TestClock.cs), never at today's date. LOCALGOV_TEST_DATES="" skips this;
#   6. reads the .trx files (kept in .test-output/), prints per-project counts and the final line.
# Exits non-zero when the build or any test failed. The database servers are stopped and deleted on exit.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
REPO="$(pwd)"
RESULTS="$REPO/.test-output"
DEBIAN_PYTHON=/usr/bin/python3

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Several projects build one after another with -m:1; do not leave MSBuild worker nodes running afterwards.
export MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# --------------------------------------------------------------------------------------------------------------
# 1. System packages
# --------------------------------------------------------------------------------------------------------------
install_missing_packages() {
    local wanted=(postgresql mariadb-server python3-aiosmtpd chromium fonts-thai-tlwg)
    local missing=() p
    if ! command -v node >/dev/null 2>&1; then
        wanted+=(nodejs npm) # any node 20.19+ on PATH will do; Debian's when there is none
    fi
    for p in "${wanted[@]}"; do
        # dpkg -s also succeeds for a package that was removed but left its config files: check the status line.
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install: ${missing[*]}"
        sudo=(sudo -n)
    fi
    "${sudo[@]}" apt-get update -qq </dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null
}

# The OpenID Connect provider the sign-in tests start (tests/oidc-provider: oidc-provider from npm, locked version).
install_oidc_provider() {
    export LOCALGOV_TEST_NODE="$(command -v node)"
    if [ ! -f tests/oidc-provider/node_modules/oidc-provider/package.json ]; then
        log "installing the test OpenID Connect provider (npm ci in tests/oidc-provider)"
        (cd tests/oidc-provider && npm ci --no-audit --no-fund --loglevel=error </dev/null) || die "npm ci in tests/oidc-provider failed"
    fi
}

# --------------------------------------------------------------------------------------------------------------
# 2. Throwaway PostgreSQL cluster
# --------------------------------------------------------------------------------------------------------------
PG_DIR=""
PG_BIN=""

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    # A successful connect means something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        if [ -f "$PG_DIR/data/postmaster.pid" ]; then
            as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_DIR"
    fi
    PG_DIR=""
}

start_postgres() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "the 'postgres' OS user does not exist (is the postgresql package installed?)"
    fi

    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/localgov-pg.XXXXXX")"
    chmod 755 "$PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_DIR"
    fi

    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust --username=postgres \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

    local port="${LOCALGOV_TEST_POSTGRES_PORT:-55432}" attempt
    for attempt in $(seq 1 20); do
        while port_in_use "$port"; do
            port=$((port + 1))
        done
        cat >"$PG_DIR/data/postgresql.auto.conf" <<EOF
# Written by test.sh: a throwaway cluster for the test suites.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_DIR'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
        chown --reference="$PG_DIR/data/postgresql.conf" "$PG_DIR/data/postgresql.auto.conf"
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null 2>&1; then
            export LOCALGOV_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
            log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PG_DIR)"
            return 0
        fi
        # Most likely another process took the port in between: try the next one.
        log "PostgreSQL did not start on port $port (attempt $attempt); server log:"
        tail -n 5 "$PG_DIR/server.log" >&2 || true
        port=$((port + 1))
    done
    die "could not start PostgreSQL"
}

# --------------------------------------------------------------------------------------------------------------
# 2b. Throwaway MariaDB (Debian's mariadb-server; its own service is never started: a plain process, no systemd)
# --------------------------------------------------------------------------------------------------------------
MY_DIR=""

stop_mariadb() {
    if [ -n "$MY_DIR" ] && [ -d "$MY_DIR" ]; then
        if [ -f "$MY_DIR/mysqld.pid" ]; then
            kill "$(cat "$MY_DIR/mysqld.pid")" 2>/dev/null || true
            local i
            for i in $(seq 1 100); do
                [ -f "$MY_DIR/mysqld.pid" ] || break
                sleep 0.1
            done
        fi
        rm -rf "$MY_DIR"
    fi
    MY_DIR=""
}

start_mariadb() {
    command -v mariadbd >/dev/null 2>&1 || die "mariadbd is missing (is the mariadb-server package installed?)"
    MY_DIR="$(mktemp -d "${TMPDIR:-/tmp}/localgov-mariadb.XXXXXX")"
    local user=()
    if [ "$(id -u)" -eq 0 ]; then
        user=(--user=root) # the server refuses to run as root unless told to
    fi
    mariadb-install-db --no-defaults --datadir="$MY_DIR/data" "${user[@]}" --auth-root-authentication-method=normal \
        --skip-test-db >"$MY_DIR/install.log" 2>&1 || { cat "$MY_DIR/install.log" >&2; die "mariadb-install-db failed"; }
    local port="${LOCALGOV_TEST_MYSQL_PORT:-55632}" attempt i
    for attempt in 1 2 3 4 5; do
        mariadbd --no-defaults --datadir="$MY_DIR/data" --socket="$MY_DIR/mysqld.sock" --pid-file="$MY_DIR/mysqld.pid" \
            --port="$port" --bind-address=127.0.0.1 "${user[@]}" --character-set-server=utf8mb4 \
            --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=256M --max-connections=1000 \
            --innodb-flush-log-at-trx-commit=2 --skip-log-bin --log-error="$MY_DIR/mysqld.err" </dev/null >/dev/null 2>&1 &
        for i in $(seq 1 300); do
            if mariadb-admin --no-defaults --socket="$MY_DIR/mysqld.sock" -uroot ping >/dev/null 2>&1; then
                export LOCALGOV_TEST_MYSQL="Server=127.0.0.1;Port=$port;User ID=root;Password=;SslMode=Disabled"
                log "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$port (data in $MY_DIR)"
                return 0
            fi
            kill -0 $! 2>/dev/null || break
            sleep 0.1
        done
        log "MariaDB did not start on port $port (attempt $attempt); server log:"
        tail -n 5 "$MY_DIR/mysqld.err" >&2 || true
        port=$((port + 1))
    done
    die "could not start MariaDB"
}

cleanup() {
    stop_postgres
    stop_mariadb
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --------------------------------------------------------------------------------------------------------------
# 4. Build and test
# --------------------------------------------------------------------------------------------------------------
# Counts per project, filled by run_project / record.
declare -a SUMMARY_LINES=()
TOTAL_PASSED=0
TOTAL_FAILED=0

record() { # name passed failed skipped note
    local name="$1" passed="$2" failed="$3" skipped="$4" note="${5:-}"
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    SUMMARY_LINES+=("$(printf '  %-34s %5d passed, %3d failed, %3d skipped%s' "$name" "$passed" "$failed" "$skipped" "${note:+  ($note)}")")
}

# Prints "passed failed skipped outcome" from one .trx file.
read_trx() {
    "$DEBIAN_PYTHON" - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
try:
    root = ET.parse(sys.argv[1]).getroot()
except Exception:
    print("0 0 0 unreadable"); sys.exit(0)
summary = root.find("t:ResultSummary", ns)
counters = summary.find("t:Counters", ns) if summary is not None else None
if counters is None:
    print("0 0 0 nocounters"); sys.exit(0)
c = lambda k: int(counters.get(k, "0") or 0)
failed = c("failed") + c("error") + c("timeout") + c("aborted")
# xunit's skipped tests appear as results with outcome NotExecuted, not always in the counters.
results = root.findall("t:Results/t:UnitTestResult", ns)
skipped = max(c("notExecuted") + c("inconclusive") + c("notRunnable"),
              sum(1 for r in results if r.get("outcome") in ("NotExecuted", "Inconclusive")))
print(c("passed"), failed, skipped, summary.get("outcome", "unknown"))
PY
}

run_project() { # csproj [label] [extra dotnet test arguments…]
    local proj="$1" name trx status=0
    name="${2:-$(basename "$proj" .csproj)}"
    shift $(( $# >= 2 ? 2 : 1 ))
    trx="$RESULTS/${name//[^A-Za-z0-9._-]/_}.trx"
    log "testing $name"
    set +e
    dotnet test "$proj" --no-build --nologo "$@" \
        --logger "trx;LogFileName=$(basename "$trx")" --results-directory "$RESULTS" \
        --blame-hang-timeout "${LOCALGOV_TEST_HANG_TIMEOUT:-15m}" --blame-hang-dump-type none \
        </dev/null
    status=$?
    set -e
    if [ ! -s "$trx" ]; then
        record "$name" 0 1 0 "no test results: exit code $status"
        return 0
    fi
    local passed failed skipped outcome
    read -r passed failed skipped outcome < <(read_trx "$trx")
    local note=""
    if [ "$outcome" = unreadable ] || [ "$outcome" = nocounters ]; then
        note="unreadable $name.trx"
        [ "$failed" -ge 1 ] || failed=1
    elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
        # The test host crashed or was aborted: the counters alone would hide it.
        note="dotnet test exit code $status, run outcome $outcome"
        failed=1
    fi
    record "$name" "$passed" "$failed" "$skipped" "$note"
}

# Instants (UTC) the host suite runs at again. 17:30 UTC is 00:30 the next day in Bangkok, so those runs also catch
# code that takes the UTC date for the Thai one.
DEFAULT_TEST_DATES="2027-09-30T05:00:00Z 2027-09-30T17:30:00Z 2027-12-31T17:30:00Z 2028-02-29T03:00:00Z 2027-04-30T09:00:00Z"

run_at_dates() { # the selected projects
    local host="tests/LocalGov.Host.Tests/LocalGov.Host.Tests.csproj" when
    printf '%s\n' "$@" | grep -qxF "$host" || return 0
    for when in ${LOCALGOV_TEST_DATES-$DEFAULT_TEST_DATES}; do
        LOCALGOV_TEST_NOW="$when" run_project "$host" "LocalGov.Host.Tests@$when" --filter "FullyQualifiedName~.Sqlite"
    done
}

finish() {
    # Stop the database servers first so that nothing prints after the final line.
    stop_postgres
    stop_mariadb
    if [ "${CI:-}" = "true" ]; then
        # CI waits for every process it started: do not leave the compiler server behind.
        dotnet build-server shutdown >/dev/null 2>&1 || true
    fi
    echo
    echo "Test results (trx files in ${RESULTS#"$REPO"/}/):"
    local line
    for line in "${SUMMARY_LINES[@]}"; do
        echo "$line"
    done
    echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
    if [ "$TOTAL_FAILED" -ne 0 ]; then
        exit 1
    fi
    exit 0
}

main() {
    local filters=("$@")
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"

    install_missing_packages
    install_oidc_provider
    [ -x "$DEBIAN_PYTHON" ] || die "$DEBIAN_PYTHON is missing"
    export LOCALGOV_TEST_PYTHON="$DEBIAN_PYTHON"
    export LOCALGOV_TEST_CHROMIUM=/usr/bin/chromium
    [ -x "$LOCALGOV_TEST_CHROMIUM" ] || die "$LOCALGOV_TEST_CHROMIUM is missing"

    rm -rf "$RESULTS"
    mkdir -p "$RESULTS"

    # Test projects: tests/*/*.Tests.csproj, optionally filtered by the words given on the command line.
    local all=() projects=() proj f
    shopt -s nullglob
    all=(tests/*/*.Tests.csproj)
    shopt -u nullglob
    for proj in "${all[@]}"; do
        if [ ${#filters[@]} -eq 0 ]; then
            projects+=("$proj")
            continue
        fi
        for f in "${filters[@]}"; do
            if [[ "$(basename "$proj" .csproj)" == *"$f"* ]]; then
                projects+=("$proj")
                break
            fi
        done
    done
    [ ${#projects[@]} -gt 0 ] || die "no test projects found (tests/*/*.Tests.csproj${filters[*]:+ matching: ${filters[*]}})"

    log "building LocalGov.sln"
    local build_log="$RESULTS/build.log"
    if ! dotnet build LocalGov.sln -m:1 -nologo -v:q -nodeReuse:false </dev/null >"$build_log" 2>&1; then
        cat "$build_log"
        echo
        echo "BUILD FAILED: dotnet build LocalGov.sln (output above, also in ${build_log#"$REPO"/})" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi

    # Projects under tests/ that are not in the solution (a new project not yet added) still get built, so that
    # --no-build below finds them; the benchmarks project is built here too if it is missing from the solution.
    local in_sln
    in_sln="$(dotnet sln LocalGov.sln list 2>/dev/null | tr '\\' '/' || true)"
    local extra=()
    shopt -s nullglob
    for proj in tests/*/*.csproj; do
        if ! grep -qxF "$proj" <<<"$in_sln"; then
            extra+=("$proj")
        fi
    done
    shopt -u nullglob
    local unbuildable=()
    for proj in "${extra[@]}"; do
        log "$proj is not in LocalGov.sln: building it on its own"
        if ! dotnet build "$proj" -m:1 -nologo -v:q -nodeReuse:false </dev/null >"$build_log.extra" 2>&1; then
            cat "$build_log.extra"
            echo "BUILD FAILED: $proj" >&2
            unbuildable+=("$proj")
        fi
    done

    start_postgres
    start_mariadb

    for proj in "${projects[@]}"; do
        if printf '%s\n' "${unbuildable[@]+"${unbuildable[@]}"}" | grep -qxF "$proj"; then
            record "$(basename "$proj" .csproj)" 0 1 0 "build failed"
            continue
        fi
        run_project "$proj"
    done
    run_at_dates "${projects[@]}"

    for proj in "${unbuildable[@]+"${unbuildable[@]}"}"; do
        if [[ "$proj" != *.Tests.csproj ]]; then
            record "$(basename "$proj" .csproj)" 0 1 0 "build failed"
        fi
    done

    finish
}

main "$@"
