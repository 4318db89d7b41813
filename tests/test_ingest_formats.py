"""One test per input format: .txt in UTF-8 (with/without BOM), UTF-16, Windows-1258; .docx; .pdf;
and the InputError of unusable input (empty, binary, undecodable, not a plan)."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest
from ingest_helpers import make_docx, make_pdf, same, to_cp1258

from ingest import InputError, extract_plan, read_plan

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "huyen-uy-tuy-an.txt"
TEXT = FIXTURE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1258", "cp1258")],
)
def test_text_encodings(tmp_path: Path, codec: str, expected: str) -> None:
    text = TEXT.replace("\n", "\r\n")
    path = tmp_path / f"plan-{codec}.txt"
    path.write_bytes(to_cp1258(text) if codec == "cp1258" else text.encode(codec))
    src = read_plan(path)
    assert src.encoding == expected
    assert len(src.lines) == len(TEXT.splitlines())
    facts = extract_plan(path)
    assert facts["encoding"] == expected
    assert facts["document"]["key"] == "27-KH/HU"
    assert same(facts["document"]["issuer"]["name"], "Ban Thường vụ Huyện ủy Tuy An")
    assert [c["key"] for c in facts["cited"]][:3] == ["112-KH/TU", "36-NQ/TW", "13-CT/TW"]


def test_docx_paragraphs_numbering_and_footnotes(tmp_path: Path) -> None:
    paragraphs = [
        "TỈNH ỦY KHÁNH HÒA",
        "Số 31-HD/TU",
        "HƯỚNG DẪN",
        "tuyên truyền kỷ niệm ngày thành lập Đảng",
        "Căn cứ Kế hoạch số 7-KH/BTGTW, ngày 2/1/2023 của Ban Tuyên giáo Trung ương "
        "về tuyên truyền năm 2023, "
        "Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:",
        "MỤC ĐÍCH",
        "Tuyên truyền theo các quy định của Ban Bí thư{fn1}.",
        "TỔ CHỨC THỰC HIỆN",
        "1. Sở Văn hóa và Thể sao: tổ chức triển lãm trước ngày 01/02/2023.",
    ]
    path = tmp_path / "plan.docx"
    path.write_bytes(
        make_docx(paragraphs, ["Quy định số 30-QĐ/TW, ngày 5/6/2021 về hoạt động văn hóa."], numbered={5, 7})
    )
    src = read_plan(path)
    assert src.encoding == "docx"
    assert "I. MỤC ĐÍCH" in src.lines and "II. TỔ CHỨC THỰC HIỆN" in src.lines
    assert src.lines[-1].startswith("¹ Quy định số 30-QĐ/TW")
    facts = extract_plan(path)
    assert facts["document"]["type"] == "Hướng dẫn"
    assert facts["document"]["key"] == "31-HD/TU"
    assert facts["implements"] == ["7-KH/BTGTW"]
    cited = {c["key"]: c for c in facts["cited"]}
    assert cited["30-QĐ/TW"]["issuer"] == "Ban Bí thư"  # from the footnote's anchor
    assert cited["7-KH/BTGTW"]["jurisdiction"] == "national"
    assert [s["number"] for s in facts["sections"]] == ["I", "II"]
    assert facts["tasks"][0]["assignee"] == "Sở Văn hóa và Thể sao"
    assert facts["tasks"][0]["deadline"] == "trước ngày 01/02/2023"


def test_pdf_text_layer_with_hard_wraps(tmp_path: Path) -> None:
    lines = [
        "HUYỆN ỦY ĐẠI LỘC",
        "Số 14-KH/HU",
        "KẾ HOẠCH",
        "sơ kết công tác dân vận năm 2023",
        "Thực hiện Nghị quyết số 35-",
        "NQ/TW, ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng",
        "tư tưởng của Đảng, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:",
        "",
        "2",
        "",
        "I. YÊU CẦU",
        "Bám sát Kế hoạch số 81-KH/TU, ngày 3/5/2023 của Ban Thường vụ Tỉnh ủy Quảng Nam.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Ban Dân vận Huyện ủy",
        "- Chủ trì, phối hợp với Ủy ban MTTQ huyện theo dõi",
        "thực hiện, báo cáo kết quả về Ban Thường vụ Huyện ủy.",
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_pdf(lines))
    src = read_plan(path)
    assert src.encoding == "pdf"
    assert any("HUYỆN ỦY ĐẠI LỘC" in x for x in src.lines)
    facts = extract_plan(path)
    assert facts["implements"] == ["35-NQ/TW"]
    first = facts["cited"][0]
    assert first["date"] == "2018-10-22" and first["issuer"] == "Bộ Chính trị"
    assert first["title"] == "tăng cường bảo vệ nền tảng tư tưởng của Đảng"
    assert facts["document"]["issuer"]["province"] == "Quảng Nam"
    assert facts["document"]["jurisdiction"] == "district:Đại Lộc, Quảng Nam"
    task = facts["tasks"][0]
    assert task["coordinates_with"] == ["Ủy ban MTTQ huyện"]
    assert task["reports_to"] == ["Ban Thường vụ Huyện ủy"]


@pytest.mark.parametrize(
    ("content", "reason", "line"),
    [
        (b"", "empty file", None),
        (b"   \n\n", "empty file", None),
        (b"KE HOACH\n\x00\x01\x02\xff\xfe binary", "binary file", 2),
        (b"K\xe1\xba\xbe HO\xe1\xba\xa0CH\nabc \x81\x8a\x9a", "undecodable", 2),
        ("Thư mời dự hội nghị tổng kết\nKính gửi các đồng chí.\n".encode(), "not a plan", 1),
    ],
)
def test_unusable_input_raises_input_error(
    tmp_path: Path, content: bytes, reason: str, line: int | None
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        extract_plan(path)
    err = info.value
    assert reason in err.reason
    assert err.path == path
    assert err.line == line
    assert str(err) == (f"{path}:{line}: {err.reason}" if line is not None else f"{path}: {err.reason}")


def test_broken_docx_and_pdf_raise_input_error(tmp_path: Path) -> None:
    docx = tmp_path / "x.docx"
    docx.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"not a \.docx"):
        extract_plan(docx)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(InputError):
        extract_plan(pdf)


def test_plans_printed_to_pdf_by_a_browser_read_like_their_text(tmp_path: Path) -> None:
    # A real PDF: Debian's chromium prints written plans (one line a paragraph, as a .docx gives them) with
    # embedded subset fonts, as a word processor's "Save as PDF" does; pypdf reads the text layer back with
    # the page's own line breaks. The facts are scored against the same gold as the text's. (Read without
    # pypdf's layout mode, a header's two columns ran together: 0.91 on these four, 0.93 on ten such.)
    from test_browser_e2e import ARGS, chromium_path
    from test_ingest_variants import SHARED, WRITTEN, is_hard_wrapped, plan_text, score

    # the first four written one line a paragraph with the header's columns split by a tab (a .docx's header
    # table), and no table of many rows (a table's cells would need a real table)
    texts = {p: plan_text(p) for p in sorted(WRITTEN.glob("*.txt"))}
    plans = [
        p
        for p, t in texts.items()
        if not is_hard_wrapped(t) and "\t" in "".join(t.split("\n")[:4]) and t.count("\t") <= 12
    ][:4]
    out, gold = tmp_path / "facts", tmp_path / "gold"
    out.mkdir()
    gold.mkdir()
    for p in plans:
        (gold / f"{p.stem}.json").write_bytes(p.with_suffix(".json").read_bytes())
        lines = texts[p].split("\n")
        rows = "".join(f"<div>{html.escape(x) or '&nbsp;'}</div>" for x in lines)
        page = tmp_path / f"{p.stem}.html"
        page.write_text(
            '<html><head><meta charset="utf-8"><style>body{font:11pt "DejaVu Serif",serif}'
            f"div{{white-space:pre-wrap}}</style></head><body>{rows}</body></html>",
            encoding="utf-8",
        )
        pdf = tmp_path / f"{p.stem}.pdf"
        subprocess.run(
            [chromium_path(), "--headless", *ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
             page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        assert read_plan(pdf).encoding == "pdf"
        facts = json.dumps(extract_plan(pdf), ensure_ascii=False)
        (out / f"{p.stem}.json").write_text(facts, encoding="utf-8")
    figures = tmp_path / "score.json"
    run = subprocess.run(
        [sys.executable, str(SHARED / "gold" / "score.py"), str(out), str(gold), "--json", str(figures)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    from_pdf = json.loads(figures.read_text(encoding="utf-8"))
    from_text = score(plans, gold, lambda t: t, tmp_path / "text")
    assert from_pdf["overall"] >= from_text["overall"] - 0.01, from_pdf["fields"]
