"""Every page type is valid HTML by the Nu HTML checker, run offline from the vnu-jar package.

Assistive technology relies on valid markup (WCAG 4.1.1 was retired in 2.2 because browsers
repair errors, but they repair them differently). The checker needs Java and the jar that
`make test` installs with npm; without them the test is skipped, except under CI=true.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.helpers import build_demo_site
from tests.comments.conftest import POST_URL, form_fields
from tests.page_types import page_types

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"


def nu_checker():
    java = shutil.which("java")
    if java and VNU_JAR.is_file():
        return [java, "-jar", str(VNU_JAR)]
    reason = f"the Nu HTML checker needs Java and {VNU_JAR} (make test installs it with npm)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def rendered_pages(client):
    """(name, html) for every page type, including the forms showing their errors."""
    for name, path in page_types():
        kind = name.removeprefix("welsh-")
        if kind == "report-form-errors":
            response = client.post(path, {})
        elif kind == "comment-form-errors":
            html = client.get(path).content.decode()
            action = ("/cy" if name.startswith("welsh-") else "") + POST_URL
            response = client.post(action, {**form_fields(html, action), "comment": ""})
        else:
            response = client.get(path)
        expected = {"not-found": 404, "comment-form-errors": 400}.get(kind, 200)
        assert response.status_code == expected, name
        yield name, response.content.decode()


@pytest.mark.django_db
def test_every_page_type_has_no_nu_checker_errors(client, tmp_path):
    checker = nu_checker()
    build_demo_site()
    files = []
    for name, html in rendered_pages(client):
        file = tmp_path / f"{name}.html"
        file.write_text(html)
        files.append(file)
    result = subprocess.run(  # noqa: S603 (a fixed command on files this test wrote)
        [*checker, "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).stem}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert not errors, "The Nu HTML checker found errors:\n" + "\n".join(errors)
