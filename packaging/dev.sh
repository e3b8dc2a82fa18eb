#!/usr/bin/env bash
# Set up everything HubDesk needs on a Debian/Ubuntu machine, then start the app or run the tests.
#   bash packaging/dev.sh app     set up, add the demo dossier if the workspace has none, start the app
#   bash packaging/dev.sh test    set up, then run the whole test suite (what CI runs)
#   bash packaging/dev.sh setup   set up only
# It installs what is missing: system libraries (apt-get, when run as root; otherwise it prints the
# exact command), a virtualenv in .venv, the Python packages declared in pyproject.toml, and the
# compiled translations (.qm).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-app}"
shift || true

# Qt (offscreen and on screen), fonts, PDF tools, certificate tools and a software PKCS#11 token.
APT_PACKAGES=(
  python3-venv python3-pip
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  poppler-utils libnss3-tools softhsm2 opensc openssl zip
  xdotool imagemagick  # looking at the windows under Xvfb (xdotool, import)
  binutils  # PyInstaller (packaging/build.sh) reads shared-library dependencies with objdump
)
# The tests also run every storage, service and command-line test on a real PostgreSQL server.
[ "$mode" = "test" ] && APT_PACKAGES+=(postgresql)

missing_debs() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the equivalents of: ${APT_PACKAGES[*]}"; return 0; }
  local missing
  missing="$(missing_debs | tr '\n' ' ')"
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "Installing system packages: $missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    echo "Missing system packages. Run this once, then run this script again:"
    echo "  sudo apt-get update && sudo apt-get install -y $missing"
    exit 1
  fi
}

pick_python() {
  local cand
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 &&
       "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$cand"; return 0
    fi
  done
  echo "HubDesk needs Python 3.11 or newer (apt-get install python3)." >&2
  exit 1
}

setup_venv() {
  local py stamp
  py="$(pick_python)"
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv || { echo "Cannot create a virtualenv: install python3-venv (apt-get install python3-venv)"; exit 1; }
  fi
  stamp=".venv/.hubdesk-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[dev]"
    touch "$stamp"
  fi
}

build_translations() {
  local ts
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
  done
}

# A private PostgreSQL cluster for the tests: a temporary folder, a Unix socket only (no TCP port),
# run as the postgres user when this script runs as root; stopped and removed when the script ends.
# HUBDESK_TEST_PG set from outside means "use that server" instead. Without a server the tests
# fail (HUBDESK_REQUIRE_PG=1), they never skip silently.
pg_tmp=""
stop_test_postgres() {
  [ -n "$pg_tmp" ] || return 0
  local -a as_pg=()
  [ "$(id -u)" = "0" ] && as_pg=(runuser -u postgres --)
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_tmp"
}
start_test_postgres() {
  export HUBDESK_REQUIRE_PG=1
  [ -n "${HUBDESK_TEST_PG:-}" ] && { echo "PostgreSQL tests on $HUBDESK_TEST_PG"; return 0; }
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$pg_bin" ] && command -v initdb >/dev/null 2>&1; then pg_bin="$(dirname "$(command -v initdb)")"; fi
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "!!! PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL tests will FAIL." >&2
    return 0
  fi
  local -a as_pg=()
  pg_tmp="$(mktemp -d "${TMPDIR:-/tmp}/hubdesk-pg.XXXXXX")"
  trap stop_test_postgres EXIT
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$pg_tmp" --shell /usr/sbin/nologin postgres
    chown postgres "$pg_tmp"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_tmp/data" -A trust -U postgres -E UTF8 --no-sync >"$pg_tmp/initdb.log" 2>&1 ||
    { cat "$pg_tmp/initdb.log" >&2; echo "!!! initdb failed" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w \
    -o "-k $pg_tmp -c listen_addresses='' -c max_connections=200" start >/dev/null ||
    { cat "$pg_tmp/server.log" >&2; echo "!!! the private PostgreSQL server did not start" >&2; exit 1; }
  export HUBDESK_TEST_PG="postgresql+psycopg://postgres@/postgres?host=$pg_tmp"
  echo "PostgreSQL tests on a private cluster at $pg_tmp ($("$pg_bin/postgres" --version))"
}

install_system_packages
setup_venv
build_translations

case "$mode" in
  setup) echo "HubDesk is set up in $here/.venv" ;;
  translations)
    # New tr() strings into the Italian catalogue (no source locations: no churn), then compiled.
    # shellcheck disable=SC2046
    .venv/bin/pyside6-lupdate $(find ui -name '*.py' | sort) -ts resources/translations/hubdesk_it.ts \
      -no-obsolete -locations none -silent
    build_translations
    echo "unfinished: $(grep -c 'type="unfinished"' resources/translations/hubdesk_it.ts || true)"
    ;;
  app)
    if [ "$(.venv/bin/hubdesk dossier list --json | .venv/bin/python -c 'import json,sys; print(len(json.load(sys.stdin)["dossiers"]))')" = "0" ]; then
      .venv/bin/hubdesk demo >/dev/null
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting HubDesk on a virtual screen (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/hubdesk gui "$@"
    fi
    exec .venv/bin/hubdesk gui "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    start_test_postgres
    if [ "$#" -gt 0 ]; then
      .venv/bin/python -m pytest -p no:cacheprovider "$@"
      exit
    fi
    # The house habits first: lint, formatting, layer contracts, types (fast, and they fail early).
    echo "== ruff check, ruff format --check, lint-imports, mypy"
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/lint-imports
    .venv/bin/mypy
    # Tests on both cores; then the core tests again with Qt unimportable; then the benchmarks
    # alone, since they measure time and stalls.
    echo "== tests"
    .venv/bin/python -m pytest -n 2 -p no:cacheprovider --ignore=tests/benchmarks
    echo "== core tests without Qt"
    .venv/bin/python -m pytest -n 2 -p no:cacheprovider -p tests.qt_blocked -p no:pytest-qt \
      -W ignore::pytest.PytestConfigWarning -q tests/core
    echo "== benchmarks"
    .venv/bin/python -m pytest -p no:cacheprovider tests/benchmarks
    # Distribution smoke test: build the bundle and the .deb, then the CLI round trip and the GUI from
    # the bundle (HUBDESK_SKIP_BUNDLE=1 skips it on a developer machine).
    if [ "${HUBDESK_SKIP_BUNDLE:-0}" != "1" ]; then
      bash packaging/build.sh
      bash packaging/smoke.sh dist/hubdesk/hubdesk
    fi
    ;;
  *) echo "usage: bash packaging/dev.sh [app|test|setup|translations]"; exit 2 ;;
esac
