"""Grammatical number: every counted noun in the window goes through Qt's plural forms
(``tr("%n unit(s)", "", n)``), so bokmål says "1 enhet", "2 enheter" and English "1 unit",
never "1 enheter", "1 linjer", "1 endringer", "1 units" or "enhet(er)"."""

from __future__ import annotations

import io
import re
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%L?n")
# A number placeholder, at most one word, then an English plural ("%2 conflicts", "%1 new
# units"); words ending in s that are not counted nouns are let through.
COUNTED_EN = re.compile(r"%\d\s+(?:[a-z-]+\s+)?([a-z]+s)\b")
NOT_NOUNS = {"is", "was", "has", "does", "its", "this", "as", "us", "always", "across", "exists"}
# A decimal ("+2,5 percentage points") is plural in both languages; a whole number of them
# goes through "%n percentage point(s)".
DECIMALS = {("GoalsView", "%1 percentage points")}
# A number then a bokmål plural written out, or a plural written with brackets.
COUNTED_NB = re.compile(
    r"(?:%\d|\{[a-z_]*\})\s+(?:[a-zæøå-]+\s+)?"
    r"(enheter|linjer|endringer|rader|måneder|punkter|beskrivelser|samtaler|konflikter"
    r"|poster|versjoner|filer|dager|uker|kolonner|tegn)\b"
)
BRACKETED = re.compile(r"[a-zæøå]\((?:s|er|e|r|ne)\)")
# Core messages are QT_TR_NOOP templates with named fields (fredapp/core/messages.py); Qt's
# plural forms need tr() with a number, so these core ones keep a plural noun or a bracket.
# Listed so that no new one is added; they are the core's to reword ("bad rows: {count}").
CORE_KNOWN = {
    "the hub refused {count} changes, undone on this computer; the first: {table} {record}:"
    " {reason}",
    # always above a limit of thousands: plural, but the rule cannot tell
    "{file}: its sheet says it has {rows} rows and {columns} columns; FredApp imports at most"
    " {max_rows} rows and {max_columns} columns",
}
CORE_COUNT = re.compile(r"\{(?:count|n|rows)\}\s+(?:[a-z]+\s+)?[a-z]+s\b")


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(I18N / "fredapp_nb.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_counted_noun_in_the_window_uses_qts_plural_forms() -> None:
    wrong: list[str] = []
    for context, message in messages():
        source = message.findtext("source") or ""
        if not context or (context, source) in DECIMALS:
            continue  # core templates: the test below
        where = f"{context}: {source!r}"
        if message.get("numerus") == "yes":
            if not PLACEHOLDER.search(source):
                wrong.append(f"{where} is a plural without %n")
            forms = texts(message)
            if len(forms) != 2 or not all(PLACEHOLDER.search(form) for form in forms):
                wrong.append(f"{where}: bokmål needs two forms, each with %n: {forms}")
            continue
        if "(s)" in source:
            wrong.append(f"{where} has (s) but is not tr(…, n)")
        if any(w not in NOT_NOUNS for w in COUNTED_EN.findall(source)):
            wrong.append(f"{where} counts a noun without tr(…, n)")
        for text in texts(message):
            if COUNTED_NB.search(text) or BRACKETED.search(text):
                wrong.append(f"{where} → {text!r}")
    assert wrong == []


def test_no_count_with_a_noun_is_written_out_in_the_windows_code() -> None:
    """Strings the .ts never sees: an f-string or a literal with a bokmål plural after a
    number, or "(s)" in a literal that is not a plural source (with %n)."""
    wrong: list[str] = []
    for path in sorted((ROOT / "fredapp" / "ui").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            if token.type not in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
                continue
            text = token.string
            if COUNTED_NB.search(text) or ("(s)" in text and not PLACEHOLDER.search(text)):
                wrong.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {text}")
    assert wrong == []


def test_the_core_messages_that_count_are_known() -> None:
    """A core template that counts with a plural noun, or writes a plural with a bracket, is
    listed above, so none is added unnoticed (they cannot take Qt's plural forms)."""
    found = set()
    for context, message in messages():
        source = message.findtext("source") or ""
        if context:
            continue
        bracketed = "(s)" in source or any(BRACKETED.search(t) for t in texts(message))
        if bracketed or CORE_COUNT.search(source):
            found.add(source)
    assert found <= CORE_KNOWN, found - CORE_KNOWN


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nb", ["1 enhet", "1 linje er forskjellig", "Lagrer 1 endring …"],
         ["2 enheter", "2 linjer er forskjellige", "Lagrer 2 endringer …"]),
        ("en", ["1 unit", "1 differing line", "Saving 1 change …"],
         ["2 units", "2 differing lines", "Saving 2 changes …"]),
    ],
)  # fmt: skip
def test_one_and_two_read_right_in_both_languages(
    language: str,
    one: list[str],
    two: list[str],
    translations,  # type: ignore[no-untyped-def]
) -> None:
    translations.install(language)

    def said(n: int) -> list[str]:
        return [
            QCoreApplication.translate("UnitTreeModel", "%Ln unit(s)", None, n),
            QCoreApplication.translate("DiffDialog", "%n differing line(s)", None, n),
            QCoreApplication.translate("Workers", "Saving %Ln change(s) …", None, n),
        ]

    assert said(1) == one
    assert said(2) == two
