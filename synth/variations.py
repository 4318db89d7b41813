"""The text variations of real files, applied to a written plan without changing its facts.

Lexical ones (citations without "số", spaces inside keys, date forms) are chosen before writing, since
they stay in the facts' titles as written; the surface ones here (hard line breaks, runs of spaces,
page numbers, old tone marks, NFD, U+00D0 for Đ) are applied to the finished text.
"""

from __future__ import annotations

import random
import re
import unicodedata

LEXICAL = ("no_so", "key_spaces", "date_forms")
SURFACE = ("wrap", "spaces", "page_numbers", "old_tones", "nfd", "eth")
ALL = LEXICAL + SURFACE

_NO_BREAK_BEFORE = re.compile(r"^(?:[-–+*•]|\d+(?:\.\d+)*\.?|[IVXL]+\.|\(?[a-zđ]\))$")
_KEY_TOKEN = re.compile(r"^(\d+-)([A-ZĐ]\S*)$")


def choose(rng: random.Random) -> list[str]:
    """The variations of one varied plan: usually line breaks, plus a few others."""
    picked = [v for v in ALL if rng.random() < (0.75 if v == "wrap" else 0.3)]
    if not picked:
        picked = [rng.choice(ALL)]
    return picked


def wrap(text: str, rng: random.Random, header_lines: int) -> str:
    """Hard line breaks as a PDF text layer gives them, sometimes with blank lines between."""
    width = rng.randint(68, 92)
    blank = rng.random() < 0.4
    out: list[str] = []
    for n, line in enumerate(text.split("\n")):
        if n < header_lines or len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width and not _NO_BREAK_BEFORE.match(w):
                m = _KEY_TOKEN.match(w)
                if m and rng.random() < 0.5:
                    out.append(f"{cur} {m.group(1)}")
                    cur = m.group(2)
                else:
                    out.append(cur)
                    cur = w
                if blank:
                    out.append("")
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def spaces(text: str, rng: random.Random) -> str:
    def sub(m: re.Match) -> str:
        return " " * rng.choice((2, 2, 3, 5)) if rng.random() < 0.06 else " "

    lines = [re.sub(" ", sub, ln) + (" " if rng.random() < 0.3 else "") for ln in text.split("\n")]
    return "\n".join(lines)


def page_numbers(text: str, rng: random.Random, header_lines: int) -> str:
    lines = text.split("\n")
    out = lines[:header_lines]
    page = 2
    every = rng.randint(30, 45)
    form = rng.choice(("{}", "- {} -", "{}"))
    for i, ln in enumerate(lines[header_lines:], start=1):
        out.append(ln)
        if i % every == 0:
            out.extend(["", form.format(page), ""])
            page += 1
    return "\n".join(out)


_OLD = re.compile(
    r"(?<![qQ])(?:([oO])([\u0300\u0301\u0303\u0309\u0323])([aeAE])|([uU])([\u0300\u0301\u0303\u0309\u0323])([yY]))"
    r"(?![\w\u0300-\u036f])"
)


def old_tones(text: str) -> str:
    """Modern tone placement (hóa, ủy, khỏe) to the old one (hoá, uỷ, khoẻ)."""

    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)

    return unicodedata.normalize("NFC", _OLD.sub(sub, unicodedata.normalize("NFD", text)))


def apply_surface(text: str, picked: list[str], rng: random.Random, header_lines: int) -> str:
    if "wrap" in picked:
        text = wrap(text, rng, header_lines)
    if "page_numbers" in picked:
        text = page_numbers(text, rng, header_lines)
    if "spaces" in picked:
        text = spaces(text, rng)
    if "old_tones" in picked:
        text = old_tones(text)
    if "eth" in picked:
        text = text.replace("Đ", "\u00d0")
    if "nfd" in picked:
        text = unicodedata.normalize("NFD", text)
    return text
