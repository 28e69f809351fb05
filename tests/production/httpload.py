"""Bounded concurrent HTTP for load and fault tests: cookie-keeping clients, a fixed plan.

`Client` is one browser-like session (cookies, CSRF token from the cookie jar, form posts) on
urllib; it never raises on an HTTP status, only returns it. `run_concurrently(task, clients,
repeat)` runs `task(client, client_index, round_index)` `repeat` times for each of `clients`
threads, each with its own Client, within a deadline, and returns every result in a Report.
Only 127.0.0.1 is allowed as a target.
"""

import collections
import http.cookiejar
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field


@dataclass
class Response:
    status: int
    body: str
    headers: dict
    elapsed: float
    started: float = 0.0  # time.monotonic() when the request was sent


class Client:
    def __init__(self, base_url: str, timeout: float = 30):
        if urllib.parse.urlsplit(base_url).hostname not in {"127.0.0.1", "localhost"}:
            raise ValueError("load tests only ever target this machine")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def cookie(self, name: str) -> str | None:
        return next((c.value for c in self.jar if c.name == name), None)

    def request(self, method: str, path: str, data: dict | None = None, headers=None):
        body = urllib.parse.urlencode(data or {}, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(  # noqa: S310 - base URL checked above
            self.base_url + path, data=body, method=method, headers=headers or {}
        )
        if body is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
            request.add_header("Referer", self.base_url + path)
            token = self.cookie("csrftoken")
            if token:
                request.add_header("X-CSRFToken", token)
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return Response(
                    response.status,
                    response.read().decode(errors="replace"),
                    dict(response.headers),
                    time.monotonic() - started,
                    started,
                )
        except urllib.error.HTTPError as error:
            return Response(
                error.code,
                error.read().decode(errors="replace"),
                dict(error.headers),
                time.monotonic() - started,
                started,
            )
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            return Response(0, repr(error), {}, time.monotonic() - started, started)

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict, **kwargs):
        return self.request("POST", path, data=data, **kwargs)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Return 3xx as they are: a test asserts on the redirect, it does not follow it."""

    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Report:
    results: list = field(default_factory=list)  # (client_index, round_index, Response)
    elapsed: float = 0.0

    @property
    def statuses(self) -> collections.Counter:
        return collections.Counter(r.status for _c, _r, r in self.results)

    @property
    def server_errors(self) -> list:
        return [r for _c, _r, r in self.results if r.status >= 500 or r.status == 0]

    def percentile(self, fraction: float) -> float:
        times = sorted(r.elapsed for _c, _r, r in self.results)
        return times[min(len(times) - 1, int(fraction * len(times)))] if times else 0.0

    def summary(self) -> str:
        return (
            f"{len(self.results)} requests in {self.elapsed:.1f}s, statuses "
            f"{dict(sorted(self.statuses.items()))}, p50 {self.percentile(0.5) * 1000:.0f} ms, "
            f"p95 {self.percentile(0.95) * 1000:.0f} ms"
        )


def run_concurrently(base_url, task, clients=16, repeat=25, deadline=120.0) -> Report:
    """Run task(client, i, n) `repeat` times in each of `clients` threads; bounded in time."""
    report = Report()
    started = time.monotonic()
    stop_at = started + deadline

    def worker(index):
        client = Client(base_url)
        out = []
        for round_index in range(repeat):
            if time.monotonic() > stop_at:
                break
            out.append((index, round_index, task(client, index, round_index)))
        return out

    with ThreadPoolExecutor(max_workers=clients) as pool:
        for future in as_completed([pool.submit(worker, i) for i in range(clients)]):
            report.results.extend(future.result())
    report.elapsed = time.monotonic() - started
    return report
