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


def update(fill: dict[str, str] | None = None) -> None:
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


def fill_translations(ts: Path, mapping: dict[str, str] | None) -> None:
    """Fill unfinished messages: from ``mapping`` (source → text), or with the source if None."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        text = source if mapping is None else mapping.get(source)
        if text:
            translation.text = text
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    # Optional arguments: JSON files {source text: translation} for new bokmål strings.
    fill: dict[str, str] = {}
    for argument in sys.argv[1:]:
        fill.update(json.loads(Path(argument).read_text(encoding="utf-8")))
    update(fill or None)
