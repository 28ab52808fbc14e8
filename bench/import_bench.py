"""Benchmark: import a synthetic WordPress export of N posts, on SQLite and PostgreSQL.

    .venv/bin/python bench/import_bench.py                  # 20,000 posts, both
    BENCH_IMPORT_POSTS=2000 make bench-import
    .venv/bin/python bench/import_bench.py --posts 5000 --databases sqlite

What it does: writes a WXR 1.2 file of N posts (generated prose, 24 authors,
nested categories, a pool of tags, a few drafts, no media) into a temp folder,
then for each database makes a fresh one (SQLite: a temp file; PostgreSQL: the
database ``masthead_bench_import``, dropped and created), migrates it, and times
``manage.py import_wordpress FILE`` in a child process. It prints posts per
second and the child's peak memory (ru_maxrss from wait4), checks the counts, and
drops the database. Goal: at least 50 posts/s and a peak under 300 MB.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
PG_URL = "postgres://postgres@127.0.0.1:5432/masthead_bench_import"
SITE = "https://bench-gazette.example"
WORDS = (  # noqa: SIM905
    "harbour tide ferry council quay river dredger ledger market crane "
    "lantern salt timber rope gull archive bridge winter orchard signal "
    "tram library engine foundry canal ballot mayor clerk weaver baker "
    "courier ember valley meadow atlas compass harvest beacon anchor "
    "pier current delta estuary cargo manifest customs inspector schedule "
    "journey season chart barometer"
).split()
FIRST = ("Ada Bram Cleo Dov Esme Finn Greta Hal Ines Jun Kasia Lior").split()  # noqa: SIM905
LAST = ["Marsh", "Quill", "Rowan", "Stroud", "Tamsin", "Vale"]


def words(rng, count):
    return " ".join(rng.choice(WORDS) for _ in range(count))


def sentence(rng):
    text = words(rng, rng.randint(8, 18))
    return text[0].upper() + text[1:] + "."


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def term(domain, slug, name):
    return f'<category domain="{domain}" nicename="{slug}">{cdata(name)}</category>'


def write_wxr(path, posts, seed=20):
    """A WXR 1.2 export, streamed to disk (a 20,000-post file is ~60 MB)."""
    rng = random.Random(seed)
    authors = [f"{first} {last}" for first in FIRST for last in LAST][:24]
    categories = [
        ("world", "World", ""),
        ("culture", "Culture", ""),
        ("business", "Business", ""),
        ("opinion", "Opinion", ""),
    ]
    for parent in ("world", "culture", "business"):
        for n in range(2):
            categories.append((f"{parent}-{n}", f"{parent.title()} desk {n}", parent))
    tags = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}" for n in range(300)]
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            '<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>The Bench Gazette</title>\n"
            f"<link>{SITE}</link>\n<description>Synthetic</description>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            f"<wp:base_site_url>{SITE}</wp:base_site_url>\n"
            f"<wp:base_blog_url>{SITE}</wp:base_blog_url>\n"
        )
        for n, name in enumerate(authors, 1):
            login = name.lower().replace(" ", ".")
            out.write(
                f"<wp:author><wp:author_id>{n}</wp:author_id>"
                f"<wp:author_login>{cdata(login)}</wp:author_login>"
                f"<wp:author_email>{cdata(login + '@bench.example')}</wp:author_email>"
                f"<wp:author_display_name>{cdata(name)}</wp:author_display_name>"
                "</wp:author>\n"
            )
        for n, (slug, name, parent) in enumerate(categories, 2):
            out.write(
                f"<wp:category><wp:term_id>{n}</wp:term_id>"
                f"<wp:category_nicename>{cdata(slug)}</wp:category_nicename>"
                f"<wp:category_parent>{cdata(parent)}</wp:category_parent>"
                f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
            )
        for number in range(1, posts + 1):
            post_id = 1000 + number
            title = sentence(rng)[:-1].title()
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") + f"-{number}"
            day = (
                f"20{10 + number % 14:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}"
            )
            when = f"{day} {number % 24:02d}:{number % 60:02d}:00"
            body = "\n\n".join(
                f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(2, 5)))}</p>"
                for _ in range(rng.randint(4, 9))
            )
            if number % 3 == 0:
                body += (
                    f"\n\n<h2>{escape(sentence(rng))}</h2>\n\n<p>{sentence(rng)}</p>"
                )
            status = "draft" if number % 20 == 0 else "publish"
            author = rng.choice(authors).lower().replace(" ", ".")
            cat_slug, cat_name, _ = rng.choice(categories)
            chosen_tags = rng.sample(tags, rng.randint(2, 6))
            terms = term("category", cat_slug, cat_name)
            for tag in chosen_tags:
                terms += term("post_tag", re.sub(r"[^a-z0-9]+", "-", tag), tag)
            out.write(
                "<item>\n"
                f"<title>{cdata(title)}</title>\n"
                f"<link>{SITE}/{day.replace('-', '/')[:7]}/{slug}/</link>\n"
                f"<dc:creator>{cdata(author)}</dc:creator>\n"
                f'<guid isPermaLink="false">{SITE}/?p={post_id}</guid>\n'
                f"<content:encoded>{cdata(body)}</content:encoded>\n"
                f"<excerpt:encoded>{cdata(sentence(rng))}</excerpt:encoded>\n"
                f"<wp:post_id>{post_id}</wp:post_id>\n"
                f"<wp:post_date>{cdata(when)}</wp:post_date>\n"
                f"<wp:post_date_gmt>{cdata(when)}</wp:post_date_gmt>\n"
                f"<wp:post_modified>{cdata(when)}</wp:post_modified>\n"
                f"<wp:post_modified_gmt>{cdata(when)}</wp:post_modified_gmt>\n"
                f"<wp:post_name>{cdata(slug)}</wp:post_name>\n"
                f"<wp:status>{cdata(status)}</wp:status>\n"
                "<wp:post_parent>0</wp:post_parent>\n"
                f"<wp:post_type>{cdata('post')}</wp:post_type>\n"
                f"{terms}\n"
                "</item>\n"
            )
        out.write("</channel>\n</rss>\n")


def fresh_database(url, workdir):
    if url.startswith("sqlite:"):
        return lambda: None
    import psycopg

    base, _, name = url.rpartition("/")
    admin_url = base.replace("postgres://", "postgresql://", 1) + "/postgres"

    def admin(sql):
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql)

    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}"')
    return lambda: admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_child(args, env):
    """Run a child process; its exit status and peak RSS in MB (wait4)."""
    process = subprocess.Popen(
        args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = []
    for line in process.stdout:  # drained as it comes: the pipe never fills
        output.append(line.decode(errors="replace"))
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024, "".join(output)


def bench(name, url, wxr, posts, workdir):
    var = workdir / f"var-{name}"
    var.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
        "DATABASE_URL": url,
        "MASTHEAD_VAR_DIR": str(var),
        "DEBUG": "0",
        "REDIS_URL": "",
    }
    drop = fresh_database(url, workdir)
    try:
        code, _, output = run_child(
            [sys.executable, "manage.py", "migrate", "-v0"], env
        )
        if code:
            raise SystemExit(f"{name}: migrate failed\n{output}")
        started = time.monotonic()
        code, peak, output = run_child(
            [sys.executable, "manage.py", "import_wordpress", str(wxr)], env
        )
        elapsed = time.monotonic() - started
        if code:
            raise SystemExit(f"{name}: import failed\n{output[-3000:]}")
        summary = "\n".join(
            line
            for line in output.splitlines()
            if not re.match(r"^\d+/\d+ items", line)
        )
        created = re.search(r"created (\d+)", summary)
        return {
            "database": name,
            "posts": posts,
            "created": int(created.group(1)) if created else None,
            "seconds": round(elapsed, 1),
            "posts_per_second": round(posts / elapsed, 1),
            "peak_rss_mb": round(peak, 1),
            "summary": summary,
        }
    finally:
        drop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--posts", type=int, default=int(os.environ.get("BENCH_IMPORT_POSTS", 20_000))
    )
    parser.add_argument(
        "--databases", default="sqlite,postgres", help="Comma-separated."
    )
    parser.add_argument("--postgres-url", default=PG_URL)
    parser.add_argument("--keep", action="store_true", help="Keep the temp folder.")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        wxr = workdir / "bench.xml"
        started = time.monotonic()
        write_wxr(wxr, args.posts)
        print(
            f"Wrote {args.posts} posts ({wxr.stat().st_size / 1e6:.0f} MB) "
            f"in {time.monotonic() - started:.0f}s"
        )
        results = []
        for name in args.databases.split(","):
            url = (
                f"sqlite:///{workdir / 'bench.sqlite3'}"
                if name == "sqlite"
                else args.postgres_url
            )
            result = bench(name, url, wxr, args.posts, workdir)
            results.append(result)
            print(result.pop("summary"))
            print(json.dumps(result))
        print()
        print(
            f"{'database':10} {'posts':>7} {'seconds':>8} {'posts/s':>8} {'peak MB':>8}"
        )
        for r in results:
            print(
                f"{r['database']:10} {r['posts']:>7} {r['seconds']:>8} "
                f"{r['posts_per_second']:>8} {r['peak_rss_mb']:>8}"
            )
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
