"""`make bench-analytics`: the Readers dashboard over 10 million events on PostgreSQL.

    make bench-analytics
    BENCH_ARGS="--events 1000000 --runs 5" make bench-analytics

On a throwaway PostgreSQL database (created on BENCH_DATABASE_URL's server,
default postgres://postgres@127.0.0.1:5432/postgres, and dropped at the end):
migrate, load the demo magazine, then write N synthetic events (views of the
demo's live pages with a skewed popularity, signups, newsletter clicks) spread
over the last 30 days, in time order as beacons would arrive. Today holds a
whole day's share of them (the worst case for the dashboard, which reads today
from raw events). Then:

  rollups:   the scheduled job catching up on every finished hour (timed);
  dashboard: GET /admin/readers/ (days=7 and days=30) through Django's full
             stack in this process, --runs times each after one warm-up
             request: median and max; beside it the figures alone (the
             dashboard's queries) and Wagtail's own /admin/ for scale;
  report:    `analytics_report --days 30` (timed once).

Prints the figures and writes bench/results/analytics.json.
"""

import argparse
import io
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
TARGET_MS = 200


def log(message):
    print(f"[analytics bench] {message}", file=sys.stderr, flush=True)


def _with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def _admin(url):
    parts = urlsplit(_with_database(url, "postgres"))
    return urlunsplit(("postgresql", *parts[1:]))


def server_reachable(url):
    try:
        import psycopg

        with psycopg.connect(_admin(url), connect_timeout=3):
            return True
    except Exception as exc:  # noqa: BLE001 - any failure means "not here"
        log(f"no PostgreSQL server at {urlsplit(url).netloc}: {exc}")
        return False


GENERATE_SQL = """
WITH pages AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM wagtailcore_page
    WHERE live AND depth > 2
),
params AS (
    SELECT %(n)s::bigint AS n, %(today_share)s::bigint AS today_n,
           %(start)s::timestamptz AS start, %(midnight)s::timestamptz AS midnight,
           %(now)s::timestamptz AS stop
),
series AS MATERIALIZED (
    SELECT i, t, kind,
        pages.ids[1 + floor(power(random(), 3) * array_length(pages.ids, 1))::int]
            AS page_id,
        CASE WHEN kind = 1 AND random() > 0.05
             THEN (extract(doy FROM t)::bigint * 1000000000)
                  + floor(random() * 60000)::bigint END AS visitor,
        CASE WHEN kind = 1 THEN (ARRAY['direct', 'search', 'social',
                                       'newsletter', 'other', 'internal']
                                )[1 + floor(random() * 6)::int]
             ELSE '' END AS source,
        CASE WHEN kind = 1 AND random() < 0.4
             THEN (ARRAY['google.com', 'bing.com', 't.co', 'bsky.app', 'reddit.com',
                         'news.example.org'])[1 + floor(random() * 6)::int]
             ELSE '' END AS referrer_host,
        CASE WHEN kind = 3 THEN 1 + floor(random() * 30)::int END AS issue_id,
        CASE WHEN kind = 3 THEN 1 + floor(random() * 12)::int END AS position
    FROM params, pages, LATERAL (
        SELECT i,
            CASE WHEN i <= n - today_n
                 THEN start + (midnight - start) * (i::float8 / (n - today_n))
                 ELSE midnight
                      + (stop - midnight) * ((i - (n - today_n))::float8 / today_n)
            END AS t,
            CASE WHEN random() < 0.98 THEN 1 WHEN random() < 0.5 THEN 2 ELSE 3 END
                AS kind
        FROM generate_series(1, %(n)s::bigint) AS i
    ) AS rows
),
flagged AS (
    -- What the writer's first-view flags would say (recording.mark_first_views).
    SELECT series.*,
        visitor IS NOT NULL AND row_number() OVER (
            PARTITION BY (t AT TIME ZONE %(tz)s)::date, visitor ORDER BY i) = 1
            AS first_view,
        visitor IS NOT NULL AND row_number() OVER (
            PARTITION BY (t AT TIME ZONE %(tz)s)::date, page_id, visitor ORDER BY i) = 1
            AS first_page_view
    FROM series
)
INSERT INTO analytics_event
    (occurred_at, kind, page_id, path, visitor, source, referrer_host,
     issue_id, position, first_view_today, first_page_view_today)
SELECT t, kind, page_id, '', visitor, source, referrer_host, issue_id, position,
       first_view, first_page_view
FROM flagged ORDER BY i
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_SERVER),
        help="a PostgreSQL server on this machine (a throwaway database is made)",
    )
    parser.add_argument(
        "--skip-if-no-postgres",
        action="store_true",
        help="exit 0 with a note when no PostgreSQL server answers (make bench)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print each dashboard query's time (after the runs)",
    )
    parser.add_argument(
        "--keep-database",
        action="store_true",
        help="do not drop the database at the end (prints its URL)",
    )
    args = parser.parse_args()
    if urlsplit(args.database_url).hostname not in {"127.0.0.1", "localhost", "::1"}:
        parser.error("--database-url must name a server on this machine")
    if not server_reachable(args.database_url):
        if args.skip_if_no_postgres:
            log("skipped: the dashboard benchmark needs PostgreSQL (see README)")
            return 0
        return 1

    import psycopg
    from psycopg import sql

    name = f"masthead_abench_{secrets.token_hex(4)}"
    with psycopg.connect(_admin(args.database_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    tmp = tempfile.TemporaryDirectory(prefix="masthead-abench-")
    try:
        return run(args, _with_database(args.database_url, name), Path(tmp.name))
    finally:
        from django.db import connections

        connections.close_all()
        if args.keep_database:
            log(f"kept {_with_database(args.database_url, name)}")
        else:
            with psycopg.connect(_admin(args.database_url), autocommit=True) as conn:
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(name)
                    )
                )
        tmp.cleanup()


def run(args, database_url, tmp):
    for variable in ("REDIS_URL", "BASE_URL", "MEDIA_ROOT", "STATIC_ROOT", "HTTPS"):
        os.environ.pop(variable, None)
    os.environ.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        MASTHEAD_VAR_DIR=str(tmp),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        LOG_LEVEL="WARNING",
        SSL_REDIRECT="false",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client
    from django.utils import timezone

    from masthead.analytics import queries, rollups
    from masthead.analytics.models import Event
    from masthead.analytics.periods import DAY, day_start

    log("migrating and loading the demo magazine")
    call_command("migrate", "--no-input", verbosity=0)
    call_command("configure_site", "--base-url", "http://testserver", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("load_demo", verbosity=0)

    now = timezone.now()
    midnight = day_start(timezone.localdate(now))
    start = midnight - 29 * DAY
    today_share = max(1, args.events // 30)
    log(f"writing {args.events:,} synthetic events ({today_share:,} of them today)")
    began = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute(
            GENERATE_SQL,
            {
                "n": args.events,
                "today_share": today_share,
                "start": start,
                "midnight": midnight,
                "now": now,
                "tz": settings.TIME_ZONE,
            },
        )
        cursor.execute("ANALYZE analytics_event")
    generate_seconds = time.perf_counter() - began
    total = Event.objects.count()
    log(f"{total:,} events written in {generate_seconds:.1f}s")

    log("rolling up every finished hour (the scheduler's job, catching up)")
    began = time.perf_counter()
    hours = rollups.run_due_rollups(now=now, max_hours=None)
    rollup_seconds = time.perf_counter() - began
    raw_today = Event.objects.filter(occurred_at__gte=midnight).count()
    rolled = queries.rolled_until()
    raw_tail = Event.objects.filter(occurred_at__gte=rolled).count()
    log(f"{hours} hours rolled up in {rollup_seconds:.1f}s")

    user = get_user_model().objects.create_superuser(
        "bench", "bench@example.org", secrets.token_urlsafe(16)
    )
    client = Client()
    client.force_login(user)
    # One request first: templates compile, connections open (not measured).
    client.get("/admin/readers/?days=7")
    timings = {}
    # For scale: Wagtail's own admin home page, same process, same load.
    samples = []
    for _ in range(args.runs):
        began = time.perf_counter()
        client.get("/admin/")
        samples.append((time.perf_counter() - began) * 1000)
    baseline = {
        "median_ms": round(statistics.median(samples), 1),
        "max_ms": round(max(samples), 1),
    }
    # The dashboard's figures alone (its queries, no page around them).
    from masthead.analytics import dashboard

    samples = []
    for _ in range(args.runs):
        began = time.perf_counter()
        today = timezone.localdate()
        queries.daily_figures(today - 29 * DAY, today)
        dashboard.page_rows(today - 6 * DAY, today)
        queries.source_figures(today - 6 * DAY, today)
        samples.append((time.perf_counter() - began) * 1000)
    figures_only = {
        "median_ms": round(statistics.median(samples), 1),
        "max_ms": round(max(samples), 1),
    }
    for days in (7, 30):
        url = f"/admin/readers/?days={days}"
        samples = []
        for _ in range(args.runs):
            began = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - began) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
        timings[days] = {
            "median_ms": round(statistics.median(samples), 1),
            "max_ms": round(max(samples), 1),
            "min_ms": round(min(samples), 1),
            "samples_ms": [round(s, 1) for s in samples],
        }
        log(
            f"dashboard days={days}: median {timings[days]['median_ms']} ms,"
            f" max {timings[days]['max_ms']} ms over {args.runs} runs"
        )
    if args.profile:
        from django.db import reset_queries
        from django.test.utils import CaptureQueriesContext

        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            client.get("/admin/readers/?days=7")
            total_ms = (time.perf_counter() - began) * 1000
        spent = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        print(f"profile: {total_ms:.0f} ms in all, {spent:.0f} ms in SQL")
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        client.get("/admin/readers/?days=7")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        for query in sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[
            :8
        ]:
            print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:160]}")
    began = time.perf_counter()
    call_command("analytics_report", "--days", "30", "--json", stdout=io.StringIO())
    report_ms = round((time.perf_counter() - began) * 1000, 1)

    results = {
        "events": total,
        "raw_events_today": raw_today,
        "raw_events_after_last_rollup": raw_tail,
        "generate_seconds": round(generate_seconds, 1),
        "rollup_hours": hours,
        "rollup_seconds": round(rollup_seconds, 1),
        "dashboard": {str(k): v for k, v in timings.items()},
        "report_ms": report_ms,
        "wagtail_admin_home": baseline,
        "dashboard_figures_only_7_days": figures_only,
        "target_ms": TARGET_MS,
        "postgres": connection.cursor().connection.info.server_version,
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "analytics.json").write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(f"masthead analytics bench: {total:,} events on PostgreSQL")
    print(
        f"  of them today: {raw_today:,}; written since the last rolled-up hour"
        f" (read raw by the dashboard): {raw_tail:,}"
    )
    print(f"  rollups: {hours} hours in {rollup_seconds:.1f}s")
    for days, item in timings.items():
        verdict = "OK" if item["max_ms"] < TARGET_MS else "over target"
        print(
            f"  dashboard (lists over {days} days): median {item['median_ms']} ms,"
            f" max {item['max_ms']} ms, {args.runs} runs"
            f" (target < {TARGET_MS} ms: {verdict})"
        )
    print(
        f"  of which the figures (queries, 7 days): median {figures_only['median_ms']}"
        f" ms, max {figures_only['max_ms']} ms"
    )
    print(
        f"  for scale, Wagtail's admin home /admin/: median {baseline['median_ms']} ms,"
        f" max {baseline['max_ms']} ms"
    )
    print(f"  analytics_report --days 30: {report_ms} ms")
    print(f"  load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print("  JSON: bench/results/analytics.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
