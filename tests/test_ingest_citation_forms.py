"""The forms of a cited document, one test per rule, on short texts written for the test."""

from __future__ import annotations

from ingest import extract_text
from ingest.citations import parse_issuer

HEAD = "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nphát triển nghề muối\nI. MỤC ĐÍCH\n"


def cited(body: str, head: str = HEAD) -> dict[str, dict]:
    facts = extract_text(head + body, "forms.txt")
    return {c["key"] or c["title"]: c for c in facts["cited"]}


def issuer(text: str) -> str | None:
    span = parse_issuer(text, 0)
    return text[span[0] : span[1]] if span else None


# 1. State keys with a year


def test_state_key_with_a_year_and_a_symbol_carrying_the_assembly_term() -> None:
    c = cited(
        "1. Theo Nghị quyết số 41/2022/UBTVQH15 ngày 3/8/2022 của Ủy ban Thường vụ Quốc hội về việc "
        "phân loại đô thị; Nghị quyết số 77/2024/QH15 ngày 28/6/2024 của Quốc hội về thí điểm cơ chế "
        "đặc thù; Nghị định 12/2021/NĐ-CP.\n"
    )
    a = c["41/2022/UBTVQH15"]
    assert (a["type"], a["date"], a["issuer"], a["title"]) == (
        "Nghị quyết",
        "2022-08-03",
        "Ủy ban Thường vụ Quốc hội",
        "việc phân loại đô thị",
    )
    assert a["jurisdiction"] == "national"
    # number and symbol give the key back, the year with the number (as 12/2021/NĐ-CP always had)
    assert (a["number"], a["symbol"]) == ("41/2022", "UBTVQH15")
    assert c["77/2024/QH15"]["issuer"] == "Quốc hội"
    assert c["77/2024/QH15"]["title"] == "thí điểm cơ chế đặc thù"
    assert "12/2021/NĐ-CP" in c


def test_year_key_without_issuer_is_still_a_national_document() -> None:
    c = cited("1. Tiêu chuẩn được sửa đổi tại Nghị quyết số 9/2023/UBTVQH15 ngày 5/5/2023.\n")
    assert c["9/2023/UBTVQH15"]["jurisdiction"] == "national"
    assert c["9/2023/UBTVQH15"]["issuer"] is None


def test_a_date_is_not_a_year_key() -> None:
    c = cited("1. Hoàn thành trước ngày 15/9/2024 QH theo lịch.\n")
    assert c == {}


def test_law_named_before_its_number_takes_the_name_as_title() -> None:
    c = cited("1. Thực hiện Luật Đê điều số 79/2006/QH11, ngày 29/11/2006 của Quốc hội; rà soát bờ kè.\n")
    law = c["79/2006/QH11"]
    assert (law["type"], law["title"], law["issuer"]) == ("Luật", "Đê điều", "Quốc hội")
