"""Refresh the .ts sources from the code and compile them to .qm.

Run from the repository root after changing UI strings:

    python resources/i18n/update_translations.py

lupdate keeps every existing translation and marks new strings unfinished;
translate them (Qt Linguist: ``pyside6-linguist resources/i18n/fredapp_nb.ts``)
and run this again. The tests fail while a string lacks its bokmål translation.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nb", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "fredapp").rglob("*.py"))


def update(fill: dict[str, str | list[str]] | None = None) -> None:
    for language in LANGUAGES:
        ts = I18N / f"fredapp_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        # English is the source language: its translations are the source texts.
        fill_translations(ts, None if language == "en" else (fill or {}))
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def fill_translations(ts: Path, mapping: dict[str, str | list[str]] | None) -> None:
    """Fill unfinished messages: from ``mapping`` (source → text), or with the source if None.

    A plural message (``tr("%n unit(s)", "", n)``) has one text per grammatical number:
    in ``mapping`` a list (bokmål: ``["%n enhet", "%n enheter"]``); in English (None) the
    source's "(s)" is dropped for one and becomes "s" for more ("%n unit", "%n units").
    """
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            texts = english_forms(source) if mapping is None else mapping.get(source)
            if not isinstance(texts, list) or len(texts) != len(forms) or not all(texts):
                continue
            for form, text in zip(forms, texts, strict=True):
                form.text = text
            del translation.attrib["type"]
            continue
        text = source if mapping is None else mapping.get(source)
        if isinstance(text, str) and text:
            translation.text = text
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def english_forms(source: str) -> list[str]:
    """One and more of an English plural source written with "(s)"."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


if __name__ == "__main__":
    # Optional arguments: JSON files {source text: translation} for new bokmål strings.
    fill: dict[str, str | list[str]] = {}
    for argument in sys.argv[1:]:
        fill.update(json.loads(Path(argument).read_text(encoding="utf-8")))
    update(fill or None)
