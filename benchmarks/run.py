"""`make bench`: seed the benchmark database, serve it under gunicorn, load each URL, report.

Steps: migrate and seed `var/bench/bench-<scale>x.sqlite3` once per scale (seed_scale), collect
static files, count each page's SQL queries in-process, then serve with production settings
(site_config.settings.bench) under gunicorn with the workers a 2-core server would run, and load
every URL in benchmarks/urls.json for a fixed time with `wrk` (or a Python load generator when
wrk is absent), each URL `--rounds` times interleaved, reporting the median. "cold" runs the
server with the page cache off (every request renders); "warm" with it on and primed.
URLs that do not answer 200 are skipped with a note, so the list can name pages still to come.
An entry with `random_query` gets a fresh random value of that parameter on every request
("*": a random name too), as shared links and made-up parameters do; one with `"through":
"varnish"` is loaded through Varnish with the shipped VCL (deploy/varnish/) in front of the
warm server, when varnishd is installed.
Writes var/bench.json (var/bench-<scale>x.json for other scales).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER_CORES = 2  # the small server the targets are set for
WRK = shutil.which("wrk")
VARNISHD = shutil.which("varnishd") or (
    "/usr/sbin/varnishd" if os.access("/usr/sbin/varnishd", os.X_OK) else None
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=int(os.environ.get("BENCH_SCALE", "1")))
    parser.add_argument("--duration", type=int, default=5, help="seconds per URL and round")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2 * SERVER_CORES + 1)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8025")))
    parser.add_argument("--urls", type=Path, default=ROOT / "benchmarks" / "urls.json")
    parser.add_argument("--python-load", action="store_true", help="do not use wrk")
    parser.add_argument(
        "--varnish-port", type=int, default=int(os.environ.get("BENCH_VARNISH_PORT", "8026"))
    )
    return parser.parse_args()


def request_path(entry) -> str:
    """The entry's path, with a fresh random parameter when it asks for one."""
    name = entry.get("random_query")
    if not name:
        return entry["path"]
    if name == "*":
        name = secrets.token_hex(4)
    separator = "&" if "?" in entry["path"] else "?"
    return f"{entry['path']}{separator}{name}={secrets.token_hex(8)}"


def setup_django(scale):
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.bench"
    os.environ["BENCH_SCALE"] = str(scale)
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))  # the same for every worker
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare(scale):
    from django.core.management import call_command

    from leaders.models import LeaderBlogPage

    call_command("migrate", interactive=False, verbosity=0)
    if not LeaderBlogPage.objects.exists():
        print(f"Seeding the {scale}x data set (once; kept in var/bench/)...", flush=True)
        started = time.monotonic()
        call_command("seed_scale", scale=scale)
        print(f"  seeded in {time.monotonic() - started:.0f} s", flush=True)
    call_command("collectstatic", interactive=False, verbosity=0)


def resolve(entries):
    from django.templatetags.static import static

    for entry in entries:
        if "static" in entry:
            entry["path"] = static(entry["static"])
    return entries


def count_queries(entries):
    """SQL queries of one request for each URL, rendered (cold) and from the page cache (warm),
    and the time of one render alone (what a reader waits for when nobody else is reading)."""
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    for entry in entries:
        with override_settings(PAGE_CACHE_ENABLED=False):
            status = client.get(request_path(entry)).status_code  # renditions etc. made once
            with CaptureQueriesContext(connection) as cold:
                response = client.get(request_path(entry))
            cold_queries = len(cold)  # read now: the next request empties the query log
            timings = []
            for _ in range(3):
                started = time.perf_counter()
                client.get(request_path(entry))
                timings.append((time.perf_counter() - started) * 1000)
        entry["render_ms"] = statistics.median(timings)
        if entry.get("static"):
            entry["note"] = f"Cache-Control: {response.get('Cache-Control', 'none')}"
        if status != 200:
            entry["skip"] = f"answers {status} on this branch"
            continue
        caches["pages"].clear()
        client.get(request_path(entry))
        with CaptureQueriesContext(connection) as warm:
            client.get(request_path(entry))
        entry["queries"] = {"cold": cold_queries, "warm": len(warm)}
    caches["pages"].clear()
    return entries


class Server:
    def __init__(self, args, cache_enabled):
        self.base = f"http://127.0.0.1:{args.port}"
        env = {**os.environ, "PAGE_CACHE_ENABLED": "true" if cache_enabled else "false"}
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                str(gunicorn),
                "site_config.wsgi:application",
                f"--workers={args.workers}",
                f"--bind=127.0.0.1:{args.port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited (is port {self.base[-4:]} in use?)")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=10) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:  # not listening yet, or still importing the application
                time.sleep(0.3)
        raise SystemExit("gunicorn did not answer /healthz within 60 s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


class Varnish:
    """varnishd with the shipped VCL in front of the warm server, in var/bench/varnish/."""

    def __init__(self, args):
        self.base = f"http://127.0.0.1:{args.varnish_port}"
        workdir = ROOT / "var" / "bench" / "varnish"
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "backends.vcl").write_text(
            f'backend app1 {{ .host = "127.0.0.1"; .port = "{args.port}"; }}\n'
            'acl purgers { "127.0.0.1"; }\n'
            "sub vcl_init { new app = directors.round_robin(); app.add_backend(app1); }\n"
        )
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                VARNISHD,
                "-F",
                "-j",
                "none",
                "-n",
                str(workdir / "n"),
                "-a",
                f"127.0.0.1:{args.varnish_port}",
                "-p",
                f"vcl_path={workdir}:{ROOT / 'deploy' / 'varnish'}",
                "-f",
                str(ROOT / "deploy" / "varnish" / "default.vcl"),
                "-s",
                "malloc,256m",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"varnishd exited (is port {args.varnish_port} in use?)")
            try:
                with urllib.request.urlopen(self.base + "/", timeout=10):  # noqa: S310
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit("varnishd did not answer within 60 s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}

# wrk asks this script for each request's path: a fresh random parameter when wanted.
WRK_RANDOM_QUERY = """
local name, separator = "%s", "%s"
request = function()
  local key = name
  if key == "*" then key = string.format("%%08x", math.random(0, 2147483647)) end
  local value = string.format("%%08x%%08x", math.random(0, 2147483647), math.random(0, 2147483647))
  return wrk.format("GET", wrk.path .. separator .. key .. "=" .. value)
end
"""


def wrk_load(base, entry, args):
    script = []
    if entry.get("random_query"):
        separator = "&" if "?" in entry["path"] else "?"
        lua = ROOT / "var" / "bench" / "random-query.lua"
        lua.write_text(WRK_RANDOM_QUERY % (entry["random_query"], separator))
        script = ["-s", str(lua)]
    output = subprocess.run(  # noqa: S603 - fixed arguments
        [
            WRK,
            "-t2",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--latency",
            *script,
            base + entry["path"],
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        return float(match[1]) * UNITS[match[2]]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "errors": int(errors[1]) if errors else 0,
    }


def python_load(base, entry, args):
    """A bounded stand-in for wrk: `connections` threads, keep-alive, for `duration` seconds."""
    host, port = "127.0.0.1", int(base.rsplit(":", 1)[1])
    latencies, errors, lock = [], [0], threading.Lock()
    stop_at = time.monotonic() + args.duration

    def worker():
        connection = http.client.HTTPConnection(host, port, timeout=10)
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", request_path(entry))
                response = connection.getresponse()
                response.read()
                ok = response.status < 400
                if response.will_close:
                    connection.close()
            except (OSError, http.client.HTTPException):
                connection.close()
                ok = False
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                errors[0] += not ok

    threads = [threading.Thread(target=worker) for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "rps": len(latencies) / args.duration,
        "p50_ms": latencies[len(latencies) // 2],
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": errors[0],
    }


def measure(bases, entries, args, load):
    samples = {entry["name"]: [] for entry in entries}
    for _round in range(args.rounds):
        for entry in entries:  # interleaved: a slow moment on the machine hits every URL
            base = bases[entry.get("through", "app")]
            samples[entry["name"]].append(load(base, entry, args))
    return {
        name: {
            key: statistics.median(sample[key] for sample in runs)
            for key in ("rps", "p50_ms", "p99_ms", "errors")
        }
        for name, runs in samples.items()
    }


def main():
    args = parse_args()
    started = time.monotonic()
    setup_django(args.scale)
    prepare(args.scale)
    entries = json.loads(args.urls.read_text())
    entries = count_queries(resolve(entries))
    for entry in entries:
        if entry.get("through") == "varnish" and not VARNISHD:
            entry["skip"] = "varnishd is not installed"
    live = [entry for entry in entries if "skip" not in entry]
    load = python_load if args.python_load or not WRK else wrk_load
    rows, reference_rps = [], {}
    for state, cache_enabled in (("cold", False), ("warm", True)):
        # Through Varnish only warm: with the page cache off no page may be kept downstream.
        measured = [e for e in live if cache_enabled or e.get("through") != "varnish"]
        server = Server(args, cache_enabled)
        varnish = None
        try:
            bases = {"app": server.base}
            if any(entry.get("through") == "varnish" for entry in measured):
                varnish = Varnish(args)
                bases["varnish"] = varnish.base
            warm_up = argparse.Namespace(**{**vars(args), "duration": 1})
            for entry in measured:  # every worker loads its code, templates (and the caches)
                load(bases[entry.get("through", "app")], entry, warm_up)
            results = measure(bases, measured, args, load)
        finally:
            if varnish:
                varnish.stop()
            server.stop()
        reference = next(entry for entry in measured if entry.get("reference"))
        reference_rps[state] = results[reference["name"]]["rps"]
        for entry in measured:
            result = results[entry["name"]]
            rows.append(
                {
                    "name": entry["name"],
                    "path": entry["path"],
                    "state": state,
                    "rps": round(result["rps"], 1),
                    "p50_ms": round(result["p50_ms"], 2),
                    "p99_ms": round(result["p99_ms"], 2),
                    "ratio": round(result["rps"] / reference_rps[state], 3),
                    "queries": entry["queries"][state],
                    "errors": result["errors"],
                    "render_ms": entry["render_ms"] if state == "cold" else None,
                }
            )
    report(rows, entries, args, load, time.monotonic() - started)
    out = ROOT / "var" / ("bench.json" if args.scale == 1 else f"bench-{args.scale}x.json")
    pages = [{k: v for k, v in row.items() if k not in ("errors", "render_ms")} for row in rows]
    out.write_text(json.dumps({"reference_rps": reference_rps["warm"], "pages": pages}, indent=2))
    print(f"Wrote {out.relative_to(ROOT)}")


def report(rows, entries, args, load, elapsed):
    print()
    print(
        f"Scale {args.scale}x; gunicorn {args.workers} workers; {load.__name__.split('_')[0]}, "
        f"{args.connections} connections, {args.duration} s x {args.rounds} rounds per URL "
        "(median)"
    )
    header = (
        f"{'page':<28} {'state':<5} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} "
        f"{'SQL':>4} {'alone ms':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        flag = f"  ({row['errors']} errors)" if row["errors"] else ""
        alone = f"{row['render_ms']:>9.1f}" if row["render_ms"] is not None else ""
        print(
            f"{row['name']:<28} {row['state']:<5} {row['rps']:>8.1f} {row['p50_ms']:>8.2f} "
            f"{row['p99_ms']:>8.2f} {row['ratio']:>6.2f} {row['queries']:>4} {alone}{flag}"
        )
    print("alone ms: one request in-process with nobody else reading (page cache off)")
    for entry in entries:
        if "skip" in entry:
            print(f"skipped: {entry['name']} ({entry['path']}) {entry['skip']}")
        elif "note" in entry:
            print(f"{entry['name']}: {entry['note']}")
    print(f"Total time {elapsed:.0f} s")


if __name__ == "__main__":
    main()
