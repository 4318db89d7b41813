"""Property tests: normalisation is idempotent, extraction never raises anything but InputError."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import InputError, extract_text, normalize
from ingest.normalize import _clusters, _simple_clusters, modern_tones, normalize_mapped

VIET = st.text(
    alphabet=st.sampled_from(
        list(
            "aăâeêioôơuưyAĂÂĐđÐoOuUqQ hoáuỷkhoẻ-/.,;:()“”*\n\u0301\u0300\u0309"
            "\u0303\u0323KẾHOẠCHsố0123456789NQTW"
        )
    ),
    max_size=200,
)


@given(st.text(max_size=300) | VIET)
def test_normalize_is_idempotent(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


@given(VIET)
def test_mapped_normalisation_traces_every_character(s: str) -> None:
    for line in s.split("\n"):
        text, starts, ends = normalize_mapped(line)
        assert len(text) == len(starts) == len(ends)
        assert all(0 <= a < b <= len(line) for a, b in zip(starts, ends, strict=True))


@given(st.text(alphabet=st.sampled_from(list(" \t\u00a0\u2003abcĐđ hoáuỷ-.ổ")), max_size=80) | VIET)
def test_fast_path_clusters_like_the_general_path(s: str) -> None:
    # the fast path only takes lines without marks to drop or combine; on those it must agree exactly
    for line in s.split("\n"):
        if unicodedata.is_normalized("NFC", line) and not any(
            unicodedata.combining(c) or c in "*\u00ad\u200b\u200c\u200d\u2060\ufeff\u00d0" for c in line
        ):
            assert _simple_clusters(line) == _clusters(line)


def test_fast_path_agrees_on_every_line_of_the_seeds(seeds_dir: Path) -> None:
    lines = [ln for f in sorted(seeds_dir.glob("*.txt")) for ln in f.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > 1000
    for line in lines:
        assert normalize_mapped(line) == modern_tones(*_clusters(line)), line


FRAGMENTS = st.sampled_from(
    [
        "KẾ HOẠCH",
        "HƯỚNG DẪN",
        "Thực hiện Kế hoạch số 12-KH/TU, ngày 1/2/2023 của Tỉnh ủy về việc A, ",
        "Ban Thường vụ Huyện ủy ban hành như sau:",
        "I. MỤC ĐÍCH",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Ban Tuyên giáo",
        "- phối hợp với Sở Y tế",
        "Nơi nhận:",
        "- Lưu VT.",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Nguyễn Văn A",
        "ĐỀ CƯƠNG",
        "(Kèm theo Kế hoạch số 5/KH-UBND, ngày 3-4-2023)",
        "1.1. Nội dung",
        "² Quy định số 1 -QĐ/TW",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
        "Nghị quyết Trung ương 5 (khóa X) về ",
        "21-",
        "NQ/TW",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS | st.text(max_size=40), max_size=30))
def test_extraction_never_raises_other_errors(parts: list[str]) -> None:
    text = "\n".join(parts)
    try:
        facts = extract_text(text, "random.txt")
    except InputError as e:
        assert e.reason and str(e).startswith("random.txt")
        return
    assert facts["document"]["type"]
    assert isinstance(facts["cited"], list)
