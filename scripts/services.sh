# Installs and starts what the tests need, idempotently (Debian 12, as root). Sourced by scripts/test.

apt_install() {
  local missing=()
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  apt_install postgresql
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
  su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='trygg'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"create user trygg password 'trygg' createdb;\""
  su postgres -c "psql -tAc \"select 1 from pg_database where datname='trygg_test'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"create database trygg_test owner trygg;\""
  export TRYGG_TEST_DATABASE_URL=postgres://trygg:trygg@127.0.0.1:5432/trygg_test
  echo "== PostgreSQL $version runs on 127.0.0.1:5432"
}

install_browser() {
  apt_install chromium chromium-driver python3-venv
  if [ ! -x .venv-browser/bin/python ]; then
    python3 -m venv .venv-browser
  fi
  .venv-browser/bin/python -c "import selenium, openpyxl, aiosmtpd" 2>/dev/null || .venv-browser/bin/pip install -q selenium openpyxl aiosmtpd
  # axe-core for the accessibility sweep, as shipped inside this wheel (BrowserTests/sweep.py reads it from there).
  ls .venv-browser/axe/axe_playwright_python-*.whl >/dev/null 2>&1 \
    || .venv-browser/bin/pip download -q --no-deps -d .venv-browser/axe axe-playwright-python
}

# A local SMTP sink (aiosmtpd) for the mail tests; it stops with the shell that started it.
start_smtp_sink() {
  local port folder
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  folder=$(mktemp -d)
  .venv-browser/bin/python scripts/smtp-sink.py "$port" "$folder" &
  SMTP_SINK_PID=$!
  trap 'kill $SMTP_SINK_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  export TRYGG_TEST_SMTP_URL="smtp://127.0.0.1:$port?from=trygg@test.invalid&starttls=off"
  export TRYGG_TEST_SMTP_DIR="$folder"
  echo "== SMTP sink on 127.0.0.1:$port"
}
