#!/usr/bin/env bash
# `make bench-servers`: which WSGI server (and how many workers and threads) serves
# masthead fastest on this machine. bin/serve's defaults come from this run.
#
# A throwaway instance (SQLite, demo loaded, production settings) under a temporary
# folder; for each server the demo article page is measured with wrk on 127.0.0.1,
# from the page cache (PAGE_CACHE_ENABLED=true) and rendered every time (false).
# Installs gunicorn into the project's venv if it is missing (a bench tool only).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
DURATION="${BENCH_DURATION:-8}"
PORT="${BENCH_PORT:-8123}"
CPUS="$(nproc)"
tmp="$(mktemp -d /tmp/masthead-servers-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
"$VENV/bin/python" -c "import gunicorn" 2>/dev/null || "$VENV/bin/pip" install -q gunicorn
export MASTHEAD_VAR_DIR="$tmp" DJANGO_SETTINGS_MODULE=masthead.settings.production \
  SECRET_KEY="bench-$RANDOM$RANDOM" ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=WARNING
unset DATABASE_URL REDIS_URL
echo "preparing a throwaway instance in $tmp (migrate, demo, renditions)"
"$VENV/bin/python" manage.py migrate -v0
"$VENV/bin/python" manage.py collectstatic --no-input -v0
"$VENV/bin/python" manage.py load_demo >/dev/null
"$VENV/bin/python" manage.py db_worker --batch --no-startup-delay -v0
path="$("$VENV/bin/python" manage.py shell -v0 -c \
  "from masthead.home.models import HomePage; from masthead.articles import queries; \
print(queries.front_page_stories(HomePage.objects.get(), 1)[0].url)")"

measure() { # label, page cache on?, server command...
  local label=$1 cache=$2; shift 2
  PAGE_CACHE_ENABLED=$cache "$@" >"$tmp/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do
    # The web server alone: no scheduler or workers to report.
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz?checks=database,cache" && break
    sleep 0.2
  done
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
  wrk -t2 -c32 -d3s "http://127.0.0.1:$PORT$path" >/dev/null 2>&1
  printf "%-34s %-9s" "$label" "$([[ $cache == true ]] && echo cached || echo uncached)"
  wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$path" |
    awk '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2}
         END {printf "%12s req/s   p50 %9s   p99 %9s\n", rps, p50, p99}'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  sleep 1
}

granian() { # workers, threads
  "$VENV/bin/granian" --interface wsgi masthead.wsgi:application --host 127.0.0.1 \
    --port "$PORT" --workers "$1" --blocking-threads "$2" --no-ws --log-level warning
}
echo "article $path, wrk -t2 -c32 -d${DURATION}s, $CPUS CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for cache in true false; do
  measure "granian $CPUS workers x 4 threads" $cache granian "$CPUS" 4
  measure "granian $CPUS workers x 1 thread" $cache granian "$CPUS" 1
  measure "granian $((CPUS * 2)) workers x 1 thread" $cache granian $((CPUS * 2)) 1
  measure "gunicorn sync $CPUS workers" $cache \
    "$VENV/bin/gunicorn" masthead.wsgi:application -b "127.0.0.1:$PORT" -w "$CPUS" --log-level warning
  measure "gunicorn gthread $CPUS x 4 threads" $cache \
    "$VENV/bin/gunicorn" masthead.wsgi:application -b "127.0.0.1:$PORT" -w "$CPUS" --threads 4 --log-level warning
done
