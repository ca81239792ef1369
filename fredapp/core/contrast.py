"""WCAG 2.1 colour contrast: relative luminance and contrast ratio (no Qt here).

https://www.w3.org/TR/WCAG21/#dfn-relative-luminance and #dfn-contrast-ratio.
Colours are ``#RRGGBB`` strings or ``(r, g, b)`` tuples of 0–255 integers.
"""

from __future__ import annotations

NORMAL_TEXT = 4.5  # success criterion 1.4.3, normal text
LARGE_TEXT = 3.0  # 1.4.3, text ≥ 24 px, or bold ≥ 18.66 px
GRAPHICS = 3.0  # 1.4.11, graphical objects and the edges of controls
LARGE_TEXT_PX = 24.0
LARGE_BOLD_TEXT_PX = 18.66

Colour = str | tuple[int, int, int]


def rgb(colour: Colour) -> tuple[int, int, int]:
    """``(r, g, b)`` of ``#RGB``, ``#RRGGBB`` or a tuple; ValueError names a malformed colour."""
    if isinstance(colour, tuple):
        if len(colour) != 3 or not all(0 <= int(c) <= 255 for c in colour):
            raise ValueError(f"not an RGB colour: {colour!r}")
        return (int(colour[0]), int(colour[1]), int(colour[2]))
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}") from None


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    r, g, b = rgb(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: Colour, second: Colour) -> float:
    """From 1.0 (same luminance) to 21.0 (black on white); symmetric."""
    a = relative_luminance(first)
    b = relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def blend(foreground: Colour, background: Colour, alpha: float) -> tuple[int, int, int]:
    """``foreground`` with opacity ``alpha`` (0–1) over an opaque ``background``."""
    fg, bg = rgb(foreground), rgb(background)
    return tuple(round(f * alpha + b * (1 - alpha)) for f, b in zip(fg, bg, strict=True))  # type: ignore[return-value]


def required_ratio(pixel_size: float | None = None, *, bold: bool = False) -> float:
    """The AA minimum for text of ``pixel_size`` (None: normal text)."""
    if pixel_size is not None and (
        pixel_size >= LARGE_TEXT_PX or (bold and pixel_size >= LARGE_BOLD_TEXT_PX)
    ):
        return LARGE_TEXT
    return NORMAL_TEXT


def best_text_colour(background: Colour, dark: str = "#000000", light: str = "#FFFFFF") -> str:
    """``dark`` or ``light``, whichever contrasts more with ``background``."""
    if contrast_ratio(dark, background) >= contrast_ratio(light, background):
        return dark
    return light


def hex_colour(colour: Colour) -> str:
    r, g, b = rgb(colour)
    return f"#{r:02X}{g:02X}{b:02X}"


def adjusted(colour: Colour, against: Colour, ratio: float) -> str:
    """``colour`` moved the least towards black or white so it contrasts ``ratio`` with ``against``.

    Keeps ``colour`` when it already does; goes towards black on a light ``against`` and towards
    white on a dark one (the other way when that direction cannot reach ``ratio``).
    """
    if contrast_ratio(colour, against) >= ratio:
        return hex_colour(colour)
    towards = (0, 0, 0) if relative_luminance(against) > 0.18 else (255, 255, 255)
    other = (255, 255, 255) if towards == (0, 0, 0) else (0, 0, 0)
    for target in (towards, other):
        for step in range(1, 101):
            mixed = blend(target, colour, step / 100)
            if contrast_ratio(mixed, against) >= ratio:
                return hex_colour(mixed)
    return hex_colour(towards)
