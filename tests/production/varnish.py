"""Debian's varnishd for tests: the shipped VCL (deploy/varnish/default.vcl) in front of real
app servers, run by the test's own user on a free 127.0.0.1 port, in a working directory of
its own. The site-specific backends.vcl is written here: the servers, a one-second health
probe (so a database outage is noticed in seconds), and 127.0.0.1 allowed to purge."""

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.production.realserver import BASE_DIR, free_port

VCL_DIR = BASE_DIR / "deploy" / "varnish"

PROBE = """
probe ready {
    .url = "/readyz";
    .interval = 1s;
    .timeout = 3s;
    .window = 3;
    .threshold = 2;
}
"""

# A test hook: a request may ask for a copy that lives one second and would be served stale
# for one more (as if stale-while-revalidate were 1), so the tests see stale-if-error at work
# (the VCL's own grace, set after this) without waiting ten minutes.
TEST_LIFETIME = """
sub vcl_backend_response {
    if (bereq.http.X-Test-Short-Life) {
        set beresp.ttl = 1s;
        set beresp.grace = 1s;
    }
}
"""


def varnishd() -> str | None:
    return shutil.which("varnishd") or next(
        (path for path in ("/usr/sbin/varnishd",) if os.access(path, os.X_OK)), None
    )


class Varnish:
    def __init__(self, workdir: Path, servers):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.servers = servers
        self.process = None

    def backends_vcl(self) -> str:
        backends = "".join(
            f'backend app{n} {{ .host = "127.0.0.1"; .port = "{server.port}"; .probe = ready; }}\n'
            for n, server in enumerate(self.servers)
        )
        added = "".join(f"    app.add_backend(app{n});\n" for n in range(len(self.servers)))
        return (
            f'{PROBE}{backends}acl purgers {{ "127.0.0.1"; }}\n'
            f"sub vcl_init {{\n    new app = directors.round_robin();\n{added}}}\n"
            f"{TEST_LIFETIME}"
        )

    def start(self, timeout: float = 120) -> "Varnish":
        """Start varnishd and wait until every app server passes its health probe."""
        (self.workdir / "backends.vcl").write_text(self.backends_vcl())
        self._log = open(self.workdir / "varnishd.log", "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list
            [
                varnishd(),
                "-F",
                "-j",
                "none",  # no jail: it runs as whoever runs the tests
                "-n",
                str(self.workdir / "n"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-T",
                f"127.0.0.1:{free_port()}",
                "-p",
                f"vcl_path={self.workdir}:{VCL_DIR}",
                "-f",
                str(VCL_DIR / "default.vcl"),
                "-s",
                "malloc,64m",
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until(lambda: self.healthy() == len(self.servers), timeout, "healthy backends")
        return self

    def wait_until(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd exited: {self.log_text()[-2000:]}")
            if condition():
                return
            time.sleep(0.2)
        raise RuntimeError(f"varnish: no {what} in {timeout} s: {self.adm('backend.list')}")

    def adm(self, *command) -> str:
        return subprocess.run(  # noqa: S603 - fixed command, test-built arguments
            [
                shutil.which("varnishadm") or "/usr/bin/varnishadm",
                "-n",
                str(self.workdir / "n"),
                *command,
            ],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def healthy(self) -> int:
        """How many app servers pass the health probe now."""
        try:
            listing = self.adm("backend.list")
        except subprocess.TimeoutExpired:
            return 0
        return len(re.findall(r"^\S*\bapp[0-9]+ .* healthy ", listing, re.MULTILINE))

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def log_text(self) -> str:
        path = self.workdir / "varnishd.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None


def fetch(url, headers=None, timeout=30):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - 127.0.0.1 only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
