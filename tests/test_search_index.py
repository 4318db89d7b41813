"""The search index is written from a stream of entries: its memory does not grow with the plan text."""

from __future__ import annotations

import sqlite3
import tracemalloc
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest

from vankien.search import INDEX_NAME, VK, build_index, fold

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _plan_with_text(build_dir: Path, lines: int) -> ox.Store:
    """A store naming one analysed plan read from a source file of `lines` lines."""
    (build_dir / "sources").mkdir(parents=True)
    text = "\n".join(
        f"Dòng {n}: Ban Tuyên giáo chủ trì, phối hợp với Ủy ban nhân dân xã số {n}" for n in range(lines)
    )
    (build_dir / "sources" / "plan.txt").write_text(text, encoding="utf-8")
    plan, source = ox.NamedNode("https://example.org/plan"), ox.NamedNode("https://example.org/plan/source")
    store = ox.Store()
    store.extend(
        [
            ox.Quad(plan, RDF_TYPE, ox.NamedNode(VK + "AnalysedPlan")),
            ox.Quad(plan, ox.NamedNode(VK + "readFrom"), source),
            ox.Quad(source, ox.NamedNode(VK + "fileName"), ox.Literal("plan.txt")),
        ]
    )
    return store


def test_every_line_of_plan_text_is_indexed_without_holding_them_all(tmp_path: Path) -> None:
    lines = 100_000
    store = _plan_with_text(tmp_path, lines)
    text_bytes = (tmp_path / "sources" / "plan.txt").stat().st_size
    tracemalloc.start()
    try:
        build_index(tmp_path, store)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    con = sqlite3.connect(tmp_path / INDEX_NAME)
    try:
        (indexed,) = con.execute("SELECT count(*) FROM entries WHERE kind = 'line'").fetchone()
        (found,) = con.execute(
            "SELECT line FROM entries WHERE entries MATCH 'xa so 4321' AND kind = 'line'"
        ).fetchone()
    finally:
        con.close()
    assert indexed == lines
    assert found == 4322  # lines are numbered from 1
    # The file is read whole (a few MB) but its 100,000 entries (objects, folded copies) are never all held
    # at once: gathered in a list they take well over ten times the text's size.
    assert peak < text_bytes, f"peak {peak:,} bytes for {text_bytes:,} bytes of text"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tỉnh ủy Sóc Trăng", "tinh uy soc trang"),
        ("Kết luận số 21-KL/TW", "ket luan so 21-kl/tw"),
        ("ĐẢNG BỘ TỈNH", "dang bo tinh"),
        ("Hoà Bình", "hoa binh"),  # old tone mark placement folds the same
        ("Thanh Hoá", "thanh hoa"),
        ("Ủy ban – “Mặt trận” № 5 ½ 日本", "uy ban – “mat tran” № 5 ½ 日本"),  # other characters kept
        ("Tie\u0302\u0301n", "tien"),  # decomposed input is composed first
    ],
)
def test_fold_drops_diacritics_keeps_one_character_per_character(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(unicodedata.normalize("NFC", text))
