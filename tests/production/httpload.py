"""Concurrent HTTP for load and fault tests: cookie-keeping clients, a fixed plan or a load
driven by conditions.

`Client` is one browser-like session (cookies, CSRF token from the cookie jar, form posts) on
urllib; it never raises on an HTTP status, only returns it. `run_concurrently(task, clients,
repeat)` runs `task(client, client_index, round_index)` `repeat` times for each of `clients`
threads, each with its own Client, and returns every result in a Report. `Load` runs such a task
over and over until the test has seen what it waits for (`wait_for`), then stops it.

The machine running the tests may be slow and shared, so nothing here is a target to meet in
time: every bound is a safety stop (minutes) that fails the test with what it was waiting for.
Only 127.0.0.1 is allowed as a target.
"""

import collections
import http.cookiejar
import threading
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


# How long a load may run, or a test wait for a condition, before it is declared stuck.
SAFETY_STOP_SECONDS = 600.0


class Client:
    def __init__(self, base_url: str, timeout: float = 120):
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


def run_concurrently(
    base_url, task, clients=16, repeat=25, safety_stop=SAFETY_STOP_SECONDS
) -> Report:
    """Run task(client, i, n) `repeat` times in each of `clients` threads, every round.

    A run still going after `safety_stop` seconds is stuck: it fails rather than returning
    fewer results than planned.
    """
    report = Report()
    started = time.monotonic()
    stop_at = started + safety_stop

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
    if len(report.results) < clients * repeat:
        raise AssertionError(
            f"safety stop: {len(report.results)} of {clients * repeat} rounds done after "
            f"{safety_stop:.0f}s ({report.summary()})"
        )
    return report


class Load:
    """`clients` threads repeating a task, each with its own Client, until the block ends.

    with Load(url, task, clients=8) as load:
        load.wait_for(lambda results: ..., "what the test waits for")

    `results` are (client_index, round_index, task's return value), in the order they came.
    A task that raises stops the load and the exception is raised in the test. After the
    block, `load.report` holds every result.
    """

    def __init__(self, base_url, task, clients=8):
        self.base_url = base_url
        self.task = task
        self.clients = clients
        self.report = Report()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self):
        self._started = time.monotonic()
        for index in range(self.clients):
            thread = threading.Thread(target=self._run, args=(index,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _run(self, index):
        client = Client(self.base_url)
        round_index = 0
        try:
            while not self._stop.is_set():
                result = self.task(client, index, round_index)
                with self._lock:
                    self.report.results.append((index, round_index, result))
                round_index += 1
        except BaseException as error:  # handed to the test's thread, which raises it
            self._errors.append(error)
            self._stop.set()

    def results(self) -> list:
        with self._lock:
            return list(self.report.results)

    def wait_for(self, condition, what: str, safety_stop=SAFETY_STOP_SECONDS) -> float:
        """Wait until condition(results) holds; return the monotonic time it was seen."""
        stop_at = time.monotonic() + safety_stop
        while True:
            if self._errors:
                raise self._errors[0]
            if condition(self.results()):
                return time.monotonic()
            if time.monotonic() > stop_at:
                raise AssertionError(
                    f"safety stop after {safety_stop:.0f}s waiting for {what}: "
                    f"{len(self.results())} results so far"
                )
            time.sleep(0.05)

    def __exit__(self, *exc_info):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=SAFETY_STOP_SECONDS)  # a round ends within its requests' timeouts
        self.report.elapsed = time.monotonic() - self._started
        if self._errors and exc_info[0] is None:
            raise self._errors[0]
