"""The Welsh catalogue (locale/cy/LC_MESSAGES/django.po): complete, well formed, in step.

A string added to the code or templates without its Welsh fails here, as does a translation that
lost a placeholder or a tag. The fix is always the same: `make messages`, translate, `make test`
(docs/welsh.md). No .po library is installed, so a small reader below parses the file;
`makemessages` and `msgfmt` come from GNU gettext, which compiling the catalogue needs anyway:
without it those tests are skipped, except under CI=true.
"""

import datetime
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import django
import django_otp_webauthn
import pytest
import wagtail
from django import forms
from django.utils import formats, translation
from django.utils.timesince import timesince
from django.utils.translation import gettext, ngettext

from tests.services import require_service

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = Path("locale/cy/LC_MESSAGES/django.po")
BORROWED = "site_config/borrowed_strings.py"
# The options of `make messages`, so the test extracts exactly what the lead would.
MAKEMESSAGES = [
    "makemessages",
    *("-l", "cy", "-e", "html,txt,py"),
    *("--ignore=.venv", "--ignore=node_modules", "--ignore=var", "--ignore=tests"),
]
WELSH_PLURALS = "nplurals=4; plural=(n==1) ? 0 : (n==2) ? 1 : (n != 8 && n != 11) ? 2 : 3;"
# What a translation must carry over unchanged: %-placeholders, brace fields, the character
# counter's __N__, and HTML tags.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|__N__")
TAG = re.compile(r"<[^>]+>")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # index 0 alone unless plural
    flags: set[str] = field(default_factory=set)
    references: list[str] = field(default_factory=list)
    obsolete: bool = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid, self.msgid_plural)


KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])? "(.*)"$')
ESCAPE = re.compile(r"\\(.)")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def unquote(text: str) -> str:
    return ESCAPE.sub(lambda m: ESCAPES[m.group(1)], text)


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file as msgmerge writes it: blank-line separated, quoted lines."""
    entries = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()):
        entry, target = Entry(), None
        for line in block.splitlines():
            if line.startswith("#~"):
                entry.obsolete = True
            elif line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#:"):
                entry.references.extend(line[2:].split())
            elif line.startswith("#"):
                continue
            elif match := KEYWORD.match(line):
                keyword, index, text = match.groups()
                target = (keyword, int(index or 0))
                append(entry, target, unquote(text))
            elif line.startswith('"') and target:
                append(entry, target, unquote(line.strip()[1:-1]))
            else:
                raise AssertionError(f"{path}: cannot read the line {line!r}")
        entries.append(entry)
    return entries


def append(entry: Entry, target, text: str) -> None:
    keyword, index = target
    if keyword == "msgstr":
        entry.msgstr[index] = entry.msgstr.get(index, "") + text
    else:
        setattr(entry, keyword, (getattr(entry, keyword) or "") + text)


def header(entries) -> tuple[Entry, dict[str, str]]:
    first = entries[0]
    assert first.msgid == "", "the catalogue starts with its header"
    fields = dict(line.split(": ", 1) for line in first.msgstr[0].splitlines() if ": " in line)
    return first, fields


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def catalogue():
    return read_po(ROOT / CATALOGUE)


def test_header_uses_the_welsh_plural_rule_of_djangos_own_catalogue(catalogue):
    entry, fields = header(catalogue)
    django_cy = Path(django.__file__).parent / "conf/locale/cy/LC_MESSAGES/django.po"
    _, django_fields = header(read_po(django_cy))

    assert "fuzzy" not in entry.flags
    assert fields["Language"] == "cy"
    assert fields["Plural-Forms"] == WELSH_PLURALS == django_fields["Plural-Forms"]


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    problems = []
    for entry in catalogue[1:]:
        forms_needed = 4 if entry.msgid_plural is not None else 1
        if entry.obsolete:
            problems.append(f"obsolete (run make messages): {entry.msgid!r}")
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy (check it, then remove the flag): {entry.msgid!r}")
        if sorted(entry.msgstr) != list(range(forms_needed)):
            problems.append(f"needs {forms_needed} form(s): {entry.msgid!r}")
        elif not all(entry.msgstr.values()):
            problems.append(f"untranslated: {entry.msgid!r}")

    assert len(catalogue) > 500
    assert not problems, "\n".join(problems)


def test_translations_keep_every_placeholder_and_tag(catalogue):
    problems = []
    for entry in catalogue[1:]:
        if entry.msgid_plural is None:
            expected = {0: entry.msgid}
        else:
            # Form 0 (n == 1) answers the singular; the other three the plural.
            expected = dict.fromkeys(range(1, 4), entry.msgid_plural) | {0: entry.msgid}
        for index, source in expected.items():
            translation_ = entry.msgstr.get(index, "")
            names = placeholders(source)
            if index == 0 and entry.msgid_plural is not None:
                # "Un sylw" may spell out the one: no placeholder beyond the plural's.
                wrong = not placeholders(translation_) <= names | placeholders(entry.msgid_plural)
            else:
                wrong = placeholders(translation_) != names
            if wrong or Counter(TAG.findall(translation_)) != Counter(TAG.findall(source)):
                problems.append(f"{entry.msgid!r}[{index}]: {translation_!r}")
    assert not problems, "placeholders or tags changed:\n" + "\n".join(problems)


def test_borrowed_strings_are_still_ones_django_and_wagtail_use(catalogue):
    """A Django, Wagtail or django-otp-webauthn upgrade that rewords a string would leave our
    translation unused. (django-otp-webauthn ships no English catalogue; its Dutch one holds
    every English string.)"""
    upstream = set()
    for package, path in [
        (django, "conf/locale/en"),
        (wagtail, "admin/locale/en"),
        (django_otp_webauthn, "locale/nl"),
    ]:
        english = Path(package.__file__).parent / path / "LC_MESSAGES/django.po"
        upstream |= {entry.key for entry in read_po(english)}
    borrowed = [e for e in catalogue if any(r.startswith(BORROWED) for r in e.references)]

    assert len(borrowed) > 20
    assert not [e.msgid for e in borrowed if e.key not in upstream]


def require_gettext(*programs: str) -> None:
    missing = [name for name in programs if shutil.which(name) is None]
    require_service(
        "GNU gettext", not missing, f"{', '.join(missing)} not found (apt-get install gettext)"
    )


def test_catalogue_is_in_step_with_the_code_and_templates(tmp_path, catalogue):
    """What `make messages` would extract now is exactly what the catalogue holds."""
    require_gettext("xgettext", "msgmerge", "msguniq", "msgattrib")
    copy = tmp_path / "project"
    skip = shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "var", "tests", "locale", "__pycache__", "*.pyc"
    )
    shutil.copytree(ROOT, copy, ignore=skip)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "site_config.settings.test"}
    env["VAR_DIR"] = str(tmp_path / "var")
    subprocess.run(  # noqa: S603 - fixed interpreter and command, in a copy this test made
        [sys.executable, "manage.py", *MAKEMESSAGES, "--verbosity=0"],
        cwd=copy,
        env=env,
        check=True,
        timeout=60,
    )
    extracted = {entry.key for entry in read_po(copy / CATALOGUE)[1:]}
    held = {entry.key for entry in catalogue[1:]}

    assert not sorted(extracted - held, key=str), "new strings: run make messages, translate"
    assert not sorted(held - extracted, key=str), "strings gone from the source: make messages"


@pytest.fixture
def compiled_catalogue(tmp_path, settings):
    """The .po as it is now, compiled by msgfmt --check (which rejects broken format strings)
    into a locale folder of its own, so no stale .mo can answer for it."""
    require_gettext("msgfmt")
    mo_file = tmp_path / "locale" / CATALOGUE.relative_to("locale").with_suffix(".mo")
    mo_file.parent.mkdir(parents=True)
    result = subprocess.run(  # noqa: S603 - fixed command on the repository's catalogue
        [shutil.which("msgfmt"), "--check", "-o", str(mo_file), str(ROOT / CATALOGUE)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    settings.LOCALE_PATHS = [tmp_path / "locale"]


@pytest.mark.usefixtures("compiled_catalogue")
def test_welsh_wins_over_djangos_own_catalogue_for_forms_and_dates():
    too_long = forms.CharField(max_length=5)
    now = datetime.datetime(2026, 8, 13, 12, 0)

    with translation.override("cy"):
        with pytest.raises(forms.ValidationError) as error:
            too_long.clean("abcdefgh")
        with pytest.raises(forms.ValidationError) as required:
            too_long.clean("")

        assert error.value.messages == [
            "Ni chaiff y maes hwn fod yn hwy na 5 nod (mae'n 8 nod ar hyn o bryd)."
        ]
        assert required.value.messages == ["Mae angen llenwi'r maes hwn."]
        assert formats.date_format(now, "j F Y") == "13 Awst 2026"
        assert formats.date_format(datetime.date(2026, 7, 1), "F Y") == "Gorffennaf 2026"
        assert (
            timesince(now - datetime.timedelta(days=2, hours=3), now) == "2\xa0ddiwrnod, 3\xa0awr"
        )
        assert gettext("Leadership Voices") == "Lleisiau Arwain"


@pytest.mark.usefixtures("compiled_catalogue")
def test_plural_forms_follow_welsh_numerals():
    """Un diwrnod, dau ddiwrnod (soft mutation), tri o ddiwrnodau, wyth niwrnod and un niwrnod ar
    ddeg (nasal): the four forms the Plural-Forms rule picks between."""
    with translation.override("cy"):
        days = {
            n: ngettext("%(num)d day", "%(num)d days", n) % {"num": n} for n in (1, 2, 3, 8, 11)
        }

    assert days == {
        1: "1 diwrnod",
        2: "2 ddiwrnod",
        3: "3 o ddiwrnodau",
        8: "8 niwrnod",
        11: "11 niwrnod",
    }
