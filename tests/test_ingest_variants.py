"""The same plan written differently gives the same facts: old tone marks, decomposed Unicode, Windows line
ends, doubled spaces, no-break and zero-width characters, Markdown headings, columns split by tabs, a title
in capitals and a PDF's hard line breaks are scored against the gold facts of the originals.

Each variant is what real files do to a text; none changes what a reader takes from it. The hard wraps
are those of a PDF's text layer: the running text broken at one width a document, while the lines laid out
in columns (the header, the signature) and the short ones (headings, names) stay as they are.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest import extract_text
from ingest.read import decode_bytes

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
WRITTEN = REPO / "tests" / "fixtures" / "written-plans"

_OLD_TONES = [("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ")]
_OLD_TONES += [("ủy", "uỷ"), ("úy", "uý")]
_UPPER_OLD = [(a.upper(), b.upper()) for a, b in _OLD_TONES] + [("Ủy", "Uỷ"), ("Óa", "Oá")]
# A wrapped line is not broken where its rest would read as an item, a bullet or a heading of its own.
_ITEM_START = re.compile(r"(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-–+•*]|\d+\))(?:\s|$)")


def old_tones(text: str) -> str:
    for new, old in _OLD_TONES + _UPPER_OLD:
        text = text.replace(new, old)
    return text


_BETWEEN_WORDS = r"(?<=\S) (?=\S)"


def every(n: int, pattern: str, change: Callable[[str], str], text: str) -> str:
    """Every n-th match of `pattern` in `text` changed by `change` (the others left as they are)."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return change(m.group()) if count % n == 0 else m.group()

    return re.sub(pattern, one, text)


def doubled_spaces(text: str) -> str:
    """Every seventh space between two words doubled (as DOCX justification and copy-paste leave them)."""
    return every(7, _BETWEEN_WORDS, lambda _: "  ", text)


def no_break_spaces(text: str) -> str:
    """Every fifth space between two words a no-break space (U+00A0), as .docx exports leave them."""
    return every(5, _BETWEEN_WORDS, lambda _: "\u00a0", text)


def zero_width(text: str) -> str:
    """A zero-width space (U+200B) before every ninth space between words, and a soft hyphen (U+00AD) in
    every eleventh word of eight letters or more, as text pasted from web pages and word processors has."""
    text = every(9, _BETWEEN_WORDS, lambda _: "\u200b ", text)
    return every(11, r"\b[^\W\d_]{8,}\b", lambda w: w[:4] + "\u00ad" + w[4:], text)


def hard_wrapped(width: int, indent: int = 0, page: int = 0) -> Callable[[str], str]:
    """Running text broken at `width`; with `indent`, a paragraph's first line indented by that many spaces,
    and with `page`, a page number line after every `page` lines (pdftotext's layout mode)."""

    def wrap(text: str) -> str:
        if is_hard_wrapped(text):
            return text  # a PDF's text already: it is not wrapped twice
        out: list[str] = []
        for line in text.split("\n"):
            # columns and indented lines stay; a tab after an item's bullet ("•\tTuyên truyền …") is no column
            laid_out = re.search(r"\S(?: {3,}|\t)\S|^\s{4}", re.sub(r"^([•o▪§+-])\t", r"\1 ", line))
            first = " " * indent if len(line) > width and not laid_out else ""
            while len(line) > width and not laid_out:
                cut = line.rfind(" ", 0, width)
                while cut > 20 and _ITEM_START.match(line, cut + 1):
                    cut = line.rfind(" ", 0, cut)
                if cut <= 20:
                    break
                out.append(first + line[:cut])
                line, first = line[cut + 1 :], ""
            out.append(first + line)
        if page:
            for at in range(len(out) // page * page, 0, -page):
                out[at:at] = ["", " " * 38 + str(at // page + 1), ""]
        return "\n".join(out)

    return wrap


def is_hard_wrapped(text: str) -> bool:
    lengths = sorted(len(x.strip()) for x in text.split("\n") if x.strip())
    return bool(lengths) and lengths[int(len(lengths) * 0.9)] <= 130


_TYPE_HEADING = re.compile(r"\s*(?:KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH)\s*$")
_AFTER_TITLE = re.compile(r"\s*(?:Thực hiện|Căn cứ|Thi hành|-{3,}|\*|I\.|\()")


def title_in_capitals(text: str) -> str:
    """The plan's title (the lines under its type heading, up to the opening) written in capitals."""
    lines = text.split("\n")
    at = next((i for i, x in enumerate(lines) if _TYPE_HEADING.fullmatch(x)), None)
    if at is None:
        return text
    i = at + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and lines[i].strip() and not _AFTER_TITLE.match(lines[i]):
        lines[i] = lines[i].upper()
        i += 1
    return "\n".join(lines)


VARIANTS: dict[str, Callable[[str], str]] = {
    "old tone marks": old_tones,
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "doubled spaces": doubled_spaces,
    "no-break spaces": no_break_spaces,
    "zero-width characters": zero_width,
    "Markdown headings": lambda t: re.sub(r"^([IVX]+\.\s)", r"## \1", t, flags=re.M),
    "columns split by tabs": lambda t: re.sub(r"(?<=\S) {3,}(?=\S)", "\t", t),
    "title in capitals": title_in_capitals,
    "PDF wrapped at 76": hard_wrapped(76),
    "PDF wrapped at 92": hard_wrapped(92),
    "PDF laid out, with page numbers": hard_wrapped(74, indent=6, page=48),
}


def plan_text(plan: Path) -> str:
    """The plan's text as the extractor decodes it (a written plan may be in Windows-1258, not UTF-8)."""
    return decode_bytes(plan.read_bytes(), plan)[0]


def score(plans: list[Path], gold: Path, variant: Callable[[str], str], tmp: Path) -> dict:
    out = tmp / "out"
    out.mkdir(parents=True)
    for plan in plans:
        text = variant(plan_text(plan))
        facts = extract_text(text, plan.name)
        (out / f"{plan.stem}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    figures = tmp / "score.json"
    run = subprocess.run(
        [sys.executable, str(SHARED / "gold" / "score.py"), str(out), str(gold), "--json", str(figures)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(figures.read_text(encoding="utf-8"))


def _require_shared() -> None:
    if not (SHARED / "gold" / "score.py").is_file():
        pytest.fail(f"the sample plans and gold facts are missing: expected {SHARED} beside the repository")


@pytest.mark.parametrize("name", list(VARIANTS))
def test_sample_plans_read_the_same_in_every_variant(name: str, tmp_path: Path) -> None:
    _require_shared()
    plans = sorted((SHARED / "seeds").glob("*.txt"))
    base = score(plans, SHARED / "gold", lambda t: t, tmp_path / "base")
    varied = score(plans, SHARED / "gold", VARIANTS[name], tmp_path / "variant")
    assert varied["overall"] >= base["overall"] - 0.002, (name, varied["fields"])
    was = base["fields"]
    worse = {f: (round(was[f], 3), round(v, 3)) for f, v in varied["fields"].items() if v < was[f] - 0.02}
    assert not worse, (name, worse)


def test_written_plans_read_the_same_with_their_title_in_capitals(tmp_path: Path) -> None:
    _require_shared()
    plans = sorted(WRITTEN.glob("*.txt"))
    base = score(plans, WRITTEN, lambda t: t, tmp_path / "base")
    varied = score(plans, WRITTEN, title_in_capitals, tmp_path / "variant")
    assert varied["fields"]["doc.title"] == base["fields"]["doc.title"], varied["fields"]
    assert varied["overall"] >= base["overall"] - 0.001, varied["fields"]


def test_written_plans_read_the_same_when_hard_wrapped(tmp_path: Path) -> None:
    # the plans written as DOCX-like text (one line a paragraph), wrapped as a PDF's text layer would be
    _require_shared()
    plans = [p for p in sorted(WRITTEN.glob("*.txt")) if not is_hard_wrapped(plan_text(p))]
    # (those already hard-wrapped are scored as they are by test_ingest_written_plans)
    assert len(plans) >= 30
    gold = tmp_path / "gold"
    gold.mkdir()
    for p in plans:
        (gold / f"{p.stem}.json").write_bytes(p.with_suffix(".json").read_bytes())
    base = score(plans, gold, lambda t: t, tmp_path / "base")
    varied = score(plans, gold, hard_wrapped(72), tmp_path / "variant")
    # (2026-11-24: 0.9961 as written, 0.9954 wrapped at 72; 0.9877 before the rules for wrapped lines. With
    # 129 plans: 0.9981 and 0.9959, most of the gap from 3003, whose .docx table exported one cell a line is
    # wrapped here as running text, which no PDF does to a table: 1.000 as written, 0.940 wrapped)
    assert varied["overall"] >= base["overall"] - 0.0025, varied["fields"]
    laid_out = score(plans, gold, hard_wrapped(74, indent=6, page=48), tmp_path / "laid-out")
    assert laid_out["overall"] >= base["overall"] - 0.0025, laid_out["fields"]
