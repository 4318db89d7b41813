"""One test per rule of the genre, on short texts written for the test."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from ingest_helpers import same

from ingest import extract_plan, extract_text, normalize

HEAD = "TỈNH ỦY NINH THUẬN\nSố 40-KH/TU\nKẾ HOẠCH\nthí điểm chuyển đổi số\n"


def plan(body: str) -> dict:
    return extract_text(HEAD + body, "rule.txt")


def cited(facts: dict) -> dict:
    return {c["key"] or c["title"]: c for c in facts["cited"]}


def test_normalize_tone_marks_nfc_and_eth() -> None:
    assert normalize("Thanh Hoá, Huyện uỷ, khoá XII, khoẻ") == "Thanh Hóa, Huyện ủy, khóa XII, khỏe"
    assert normalize(unicodedata.normalize("NFD", "Kế hoạch")) == "Kế hoạch"
    assert normalize("\u00d0ảng") == "Đảng"
    assert normalize("quý, thuỷ, hoàn") == "quý, thủy, hoàn"  # "qu" and a following consonant are left alone


def test_number_with_inner_spaces_and_without_so() -> None:
    c = cited(
        plan(
            "Thực hiện Nghị quyết 35 - NQ/TW và Kế hoạch số: 374 /KH-MTTQ-BTT, Ban Thường vụ Tỉnh ủy "
            "ban hành kế hoạch như sau:\n"
        )
    )
    assert {"35-NQ/TW", "374/KH-MTTQ-BTT"} <= set(c)
    assert c["374/KH-MTTQ-BTT"]["number"] == "374" and c["374/KH-MTTQ-BTT"]["symbol"] == "KH-MTTQ-BTT"


def test_three_date_forms() -> None:
    c = cited(
        plan(
            "I. CĂN CỨ\nKết luận số 1-KL/TW, ngày 18-5-2021; Chỉ thị số 2-CT/TW ngày 15 tháng 5 năm 2019; "
            "Quy định số 3-QĐ/TW, 7/1/2020.\n"
        )
    )
    assert [c[k]["date"] for k in ("1-KL/TW", "2-CT/TW", "3-QĐ/TW")] == [
        "2021-05-18",
        "2019-05-15",
        "2020-01-07",
    ]


def test_type_is_the_word_before_so() -> None:
    c = cited(
        plan(
            "I. CĂN CỨ\nQuy định số 08-QĐi/TW của Ban Chấp hành Trung ương; Quyết định số 9-QĐ/TW của "
            "Bộ Chính trị; Thông báo kết luận số 4-TB/TW của Bộ Chính trị.\n"
        )
    )
    assert c["08-QĐi/TW"]["type"] == "Quy định"
    assert c["9-QĐ/TW"]["type"] == "Quyết định"
    assert c["4-TB/TW"]["type"] == "Thông báo kết luận"


def test_jurisdiction_by_symbol() -> None:
    facts = extract_text(
        "ĐẢNG BỘ TỈNH BẾN TRE\nHUYỆN ỦY CHỢ LÁCH\nKẾ HOẠCH\nvề chuyển đổi số\n"
        "I. CĂN CỨ\nNghị quyết số 1-NQ/TW; Kế hoạch số 2-KH/TU; Kế hoạch số 3-KH/HU; "
        "Kế hoạch số 4/KH-UBND của UBND tỉnh Bến Tre.\n",
        "j.txt",
    )
    c = cited(facts)
    assert c["1-NQ/TW"]["jurisdiction"] == "national"
    assert c["2-KH/TU"]["jurisdiction"] == "province:Bến Tre"
    assert c["3-KH/HU"]["jurisdiction"] == "district:Chợ Lách, Bến Tre"
    assert c["4/KH-UBND"]["jurisdiction"] == "province:Bến Tre"


def test_same_key_two_documents_kept_apart_by_date() -> None:
    facts = plan(
        "I. CĂN CỨ\nQuy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về nêu gương; "
        "Quy định số 101-QĐ/TW, ngày 28/02/2023 về lãnh đạo cơ quan báo chí.\n"
        "II. NỘI DUNG\nThực hiện tốt Quy định số 101-QĐ/TW, ngày 07/6/2012.\n"
    )
    twins = [c for c in facts["cited"] if c["key"] == "101-QĐ/TW"]
    assert sorted(c["date"] for c in twins) == ["2012-06-07", "2023-02-28"]
    first = next(c for c in twins if c["date"] == "2012-06-07")
    assert len(first["mentions"]) == 2 and first["title"] == "nêu gương"


def test_a_document_given_with_its_day_takes_no_day_shared_later_by_a_list() -> None:
    # "A và B ngày D": A shares B's day, unless the plan gave A before with its own day (the same document)
    facts = plan(
        "I. CĂN CỨ\nChỉ thị số 21-CT/TW ngày 9/3/2023 của Ban Bí thư về công tác thanh niên.\n"
        "II. NỘI DUNG\nTổ chức quán triệt Chỉ thị số 21-CT/TW và Quy định số 88-QĐ/TW ngày 5/10/2024 "
        "của Ban Bí thư đến chi bộ.\nTriển khai Nghị quyết số 3-NQ/TU và Nghị quyết số 4-NQ/TU ngày 2/8/2024 "
        "của Tỉnh ủy.\n"
    )
    c = cited(facts)
    assert [x["date"] for x in facts["cited"] if x["key"] == "21-CT/TW"] == ["2023-03-09"]
    assert len(c["21-CT/TW"]["mentions"]) == 2 and c["88-QĐ/TW"]["date"] == "2024-10-05"
    assert c["3-NQ/TU"]["date"] == c["4-NQ/TU"]["date"] == "2024-08-02"  # given only in the list: shared


def test_repeated_mentions_keep_the_most_complete_facts() -> None:
    c = cited(
        plan(
            "I. CĂN CỨ\nKế hoạch số 5-KH/TU của Tỉnh ủy.\nII. NỘI DUNG\nKế hoạch số 5-KH/TU, ngày 2/3/2023 "
            "của Ban Thường vụ Tỉnh ủy về phát triển du lịch.\n"
        )
    )
    assert c["5-KH/TU"]["date"] == "2023-03-02"
    assert c["5-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert c["5-KH/TU"]["title"] == "phát triển du lịch"


def test_one_subject_for_two_documents_joined_by_va() -> None:
    c = cited(
        plan("I. CĂN CỨ\nKế hoạch số 6-KH/TU của Tỉnh ủy và Kế hoạch số 7-KH/HU của Huyện ủy về trồng cây.\n")
    )
    assert c["6-KH/TU"]["title"] == c["7-KH/HU"]["title"] == "trồng cây"


def test_unnumbered_documents() -> None:
    facts = plan(
        "I. CĂN CỨ\nThực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết "
        "Đại hội Đảng bộ tỉnh lần thứ XIV và nghị quyết đại hội đảng bộ các cấp; Nghị quyết Trung ương 5 "
        "(khóa X) về đổi mới phương thức lãnh đạo để thực hiện tốt nhiệm vụ.\n"
    )
    titles = [c["title"] for c in facts["cited"] if c["key"] is None]
    assert "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in titles
    assert "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV" in titles
    assert "đổi mới phương thức lãnh đạo" in titles
    assert len(titles) == 3  # the generic plural is not a document
    plenum = next(c for c in facts["cited"] if c["title"] == "đổi mới phương thức lãnh đạo")
    assert plenum["issuer"] == "Hội nghị Trung ương 5 (khóa X)"


def test_implements_only_the_direct_objects_of_the_opening() -> None:
    facts = plan(
        "Thực hiện Chương trình hành động số 9-CTr/TU, ngày 1/3/2023 của Tỉnh ủy về thực hiện Nghị quyết "
        "số 8-NQ/TW của Bộ Chính trị về du lịch, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:\n"
    )
    assert facts["implements"] == ["9-CTr/TU"]
    assert {"9-CTr/TU", "8-NQ/TW"} <= set(cited(facts))


def test_plan_number_from_annex_caption() -> None:
    facts = extract_text(
        "KẾ HOẠCH\ntuyên truyền năm 2023\nI. MỤC ĐÍCH\nNội dung.\nNơi nhận:\n- Lưu VT.\n"
        "ĐỀ CƯƠNG\nTUYÊN TRUYỀN\n(Kèm theo Kế hoạch số 12 /KH-MTTQ-BTT, ngày 3/8/2023)\n"
        "1. Phần một\n",
        "cap.txt",
    )
    d = facts["document"]
    assert (d["key"], d["date"]) == ("12/KH-MTTQ-BTT", "2023-08-03")
    assert all(c["key"] != "12/KH-MTTQ-BTT" for c in facts["cited"])  # the plan is not citing itself


def test_tasks_assignee_coordination_deadline_reports() -> None:
    facts = plan(
        "I. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Sở Tài chính, chủ trì, phối hợp với Sở Nội vụ và các đơn vị "
        "liên quan tham mưu kinh phí trước ngày 30/11/2023.\n2. Ban Tổ chức Tỉnh ủy\n- Hướng dẫn "
        "đánh giá Quý IV/2023.\n- Báo cáo kết quả về Ban Thường vụ Tỉnh ủy.\n3. Tài liệu: đăng trên "
        "trang điện tử.\n"
    )
    tasks = facts["tasks"]
    assert [t["assignee"] for t in tasks] == ["Sở Tài chính", "Ban Tổ chức Tỉnh ủy"]
    assert tasks[0]["coordinates_with"] == ["Sở Nội vụ", "các đơn vị liên quan"]
    assert tasks[0]["deadline"] == "trước ngày 30/11/2023"
    assert tasks[1]["actions"] == 2 and tasks[1]["deadline"] == "Quý IV/2023"
    assert tasks[1]["reports_to"] == ["Ban Thường vụ Tỉnh ủy"]


def test_recipients_drop_notes_and_signature_beside_them() -> None:
    facts = plan(
        "I. NỘI DUNG\nLàm tốt.\nNơi nhận:                      T/M BAN THƯỜNG VỤ\n"
        "- Ban Bí thư (b/c),             BÍ THƯ\n- Các sở, ngành ( để b/c);\n- Lưu VT.      Hồ Văn Nam\n"
    )
    assert facts["recipients"] == ["Ban Bí thư", "Các sở, ngành", "Lưu VT"]
    assert facts["document"]["signer"] == {
        **facts["document"]["signer"],
        "name": "Hồ Văn Nam",
        "position": "Bí thư",
        "on_behalf_of": "Ban Thường vụ",
    }


def test_old_spelling_markdown_and_nfd_input() -> None:
    text = unicodedata.normalize(
        "NFD", HEAD + "I. CĂN CỨ\nKết luận số 3-KL/TW của *Bộ Chính trị* về công nghiệp hoá.\n"
    ).replace("Đ", "\u00d0")
    facts = extract_text(text, "nfd.txt")
    c = cited(facts)["3-KL/TW"]
    assert c["issuer"] == "Bộ Chính trị"  # asterisks dropped
    assert same(c["title"], "công nghiệp hóa")
    assert c["source"]["text"] in text


def test_fixture_plan_has_its_expected_facts() -> None:
    here = Path(__file__).parent / "fixtures" / "ingest"
    facts = extract_plan(here / "huyen-uy-tuy-an.txt")
    expected = json.loads((here / "huyen-uy-tuy-an.expected.json").read_text(encoding="utf-8"))
    doc = facts["document"]
    for k, v in expected["document"].items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                assert same(doc[k][k2], v2), (k, k2)
        else:
            assert same(doc[k], v), k
    assert facts["implements"] == expected["implements"]
    assert len(facts["cited"]) == len(expected["cited"])
    for got, want in zip(facts["cited"], expected["cited"], strict=True):
        for k, v in want.items():
            assert same(got[k], v), (want["key"], k, got[k])
    for got, want in zip(facts["tasks"], expected["tasks"], strict=True):
        for k, v in want.items():
            assert got[k] == v if not isinstance(v, str) else same(got[k], v), (want["assignee"], k)
    assert facts["recipients"] == expected["recipients"]
    assert [(s["number"], s["title"]) for s in facts["sections"]] == [
        (s["number"], s["title"]) for s in expected["sections"]
    ]
    assert [
        (a["type"], a["title"], [(s["number"], s["title"]) for s in a["sections"]]) for a in facts["annexes"]
    ] == [
        (a["type"], a["title"], [(s["number"], s["title"]) for s in a["sections"]])
        for a in expected["annexes"]
    ]


def test_number_and_place_date_flattened_onto_one_header_line() -> None:
    text = (
        "HUYỆN ỦY ĐỨC HÒA                                ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "     Số 07-KH/HU                        Đức Hòa, ngày 4 tháng 9 năm 2023\n"
        "KẾ HOẠCH\nsinh hoạt chuyên đề về nêu gương\n"
    )
    doc = extract_text(text, "flat.txt")["document"]
    assert doc["key"] == "07-KH/HU"
    assert doc["place"] == "Đức Hòa"
    assert doc["date"] == "2023-09-04"


def test_number_and_place_date_merged_with_a_single_space_split_after_the_symbol() -> None:
    text = (
        "HUYỆN ỦY KIM SƠN ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 31-KH/HU Kim Sơn, ngày 2 tháng 6 năm 2023\n"
        "KẾ HOẠCH\nhọc tập chuyên đề năm 2023\n"
    )
    doc = extract_text(text, "merged.txt")["document"]
    assert (doc["key"], doc["place"], doc["date"]) == ("31-KH/HU", "Kim Sơn", "2023-06-02")


def _plan(header: str, title: str, opening: str, tasks: str = "", signature: str = "") -> str:
    """A short plan written for these tests: header, type heading, title, opening, two sections."""
    tasks = tasks or "1. Văn phòng Đảng ủy: theo dõi việc làm."
    signature = signature or "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Bình"
    return (
        f"{header}\n\nKẾ HOẠCH\n\n{title}\n\n{opening}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Làm cho mọi người hiểu rõ nội dung cần làm.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        f"{tasks}\n\nNơi nhận:\n- Lưu hồ sơ.\n\n{signature}\n"
    )


def test_commune_plan_jurisdiction_and_issuer_name_from_its_address() -> None:
    text = _plan(
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 04-KH/ĐU\nHòa Lạc, ngày 2 tháng 3 năm 2021",
        "về làm đường giao thông nông thôn năm 2021",
        "Để làm tốt việc trên, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch trên địa bàn xã Hòa Lạc, "
        "huyện Sông Mây, tỉnh Đồng Nai như sau:",
    )
    doc = extract_text(text, "xa.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường vụ Đảng ủy xã Hòa Lạc"
    assert doc["issuer"]["level"] == "grassroots"
    assert doc["issuer"]["district"] == "Sông Mây"
    assert doc["jurisdiction"] == "commune:Hòa Lạc, Sông Mây, Đồng Nai"


def test_district_front_plan_takes_district_and_province_from_the_opening() -> None:
    text = _plan(
        "ỦY BAN MTTQ VIỆT NAM\nHUYỆN NÚI ĐỎ\nBAN THƯỜNG TRỰC\nSố: 3/KH-MTTQ-BTT",
        "về vận động xây dựng nhà đại đoàn kết",
        "Nhằm giúp hộ nghèo có nhà ở, Ban Thường trực Ủy ban MTTQ Việt Nam huyện ban hành Kế hoạch "
        "trên địa bàn huyện Núi Đỏ, tỉnh Hà Tĩnh như sau:",
    )
    doc = extract_text(text, "mt.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Núi Đỏ"
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("district", "Hà Tĩnh")
    assert doc["jurisdiction"] == "district:Núi Đỏ, Hà Tĩnh"


def test_state_issuer_starting_with_u_hook_is_found_in_the_opening() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/KH-UBND",
        "về trồng cây xanh",
        "Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    doc = extract_text(text, "ub.txt")["document"]
    assert doc["issuer"]["name"] == "Ủy ban nhân dân tỉnh Long An"
    assert doc["jurisdiction"] == "province:Long An"


def test_title_may_start_with_thuc_hien_and_is_not_the_opening() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU",
        "Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về công tác dân vận",
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 1/2/2020 của Ban Bí thư về công tác dân vận, "
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "t.txt")
    assert facts["document"]["title"] == "Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về công tác dân vận"
    assert facts["implements"] == ["12-CT/TW"]
    c = facts["cited"][0]
    assert c["title"] == "công tác dân vận"  # stops before the plan's own issuer takes the floor


def test_title_line_and_opening_line_are_not_joined_in_hard_wrapped_text() -> None:
    from ingest.read import source_from_text
    from ingest.text import Text

    t = Text(
        source_from_text("KẾ HOẠCH\nvề phòng chống bão lũ năm nay\nThực hiện chỉ đạo của tỉnh, x", "w.txt")
    )
    assert [b.text for b in t.blocks][1:] == [
        "về phòng chống bão lũ năm nay",
        "Thực hiện chỉ đạo của tỉnh, x",
    ]


def test_coordination_list_is_split_where_a_new_body_starts() -> None:
    from ingest.tasks import coordinates

    got = coordinates(
        "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh và các hội tổ chức."
    )
    assert got == ["Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "các hội"]
    got = coordinates("phối hợp với Phòng Văn hóa, thông tin và các đoàn thể theo dõi.")
    assert got == ["Phòng Văn hóa, thông tin", "các đoàn thể"]
    assert coordinates("phối hợp với các cơ quan, đơn vị liên quan theo dõi.") == [
        "các cơ quan, đơn vị liên quan"
    ]


def test_signer_of_a_kt_block_is_the_deputy_named_below() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/KH-UBND",
        "về trồng cây xanh",
        "Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần  Thị   Mai",
    )
    signer = extract_text(text, "kt.txt")["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Trần Thị Mai", "Phó Chủ tịch")


def test_signature_above_the_recipients_is_read() -> None:
    text = _plan("TỈNH ỦY LONG AN\nBAN TUYÊN GIÁO\nSố 02-HD/BTGTU", "về học tập", "Để học tốt, như sau:")
    text = text.replace("Nơi nhận:\n- Lưu hồ sơ.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Bình\n", "")
    text += "\nPHÓ TRƯỞNG   BAN\n\nLê Văn Bình\n\nNơi nhận:\n- Lưu hồ sơ.\n"
    signer = extract_text(text, "above.txt")["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Lê Văn Bình", "Phó Trưởng ban")


def test_city_party_committee_level_and_key_owner() -> None:
    from ingest.bodies import level_of
    from ingest.extract import Context, jurisdiction

    assert level_of("Ban Tuyên giáo Thành ủy Cần Thơ") == "province"  # a centrally-run city
    assert level_of("Ban Tuyên giáo Thành ủy Đà Lạt") == "district"
    ctx = Context("Lâm Đồng", "Đà Lạt", None, None, "thành phố")
    assert jurisdiction("KH/TU", "Ban Thường vụ Thành ủy", ctx) == "district:Đà Lạt, Lâm Đồng"
    assert jurisdiction("KH/TU", "Ban Thường vụ Tỉnh ủy", ctx) == "province:Lâm Đồng"
    assert jurisdiction("KH/TU", "Thị ủy Bỉm Sơn", Context("Thanh Hóa", "Bỉm Sơn", None)) == (
        "district:Bỉm Sơn, Thanh Hóa"
    )
    assert jurisdiction("KH/TU", "Ban Thường vụ Thành ủy", Context("Hải Phòng", "Lê Chân", None)) == (
        "province:Hải Phòng"
    )
    assert jurisdiction("HD-MTTW-BTT", "Ban Thường trực", ctx) == "national"  # the Front's central committee


def test_the_party_agencies_committee_of_2025_is_the_plan_s_bloc_named_in_its_header() -> None:
    # the committee that took over from the province's blocs in 2025; the text names the old bloc
    # first, as where its Party organisations came from
    text = _plan(
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH\n*\nSố 07-KH/ĐU\n"
        "Quảng Trị, ngày 4 tháng 4 năm 2025",
        "về củng cố các chi bộ nhận về từ Đảng bộ Khối các cơ quan tỉnh",
        "Thực hiện Quyết định số "
        "12-QĐ/ĐU, ngày 3/3/2025 của Ban Thường vụ Đảng ủy về chức năng, nhiệm vụ, Ban Thường vụ Đảng ủy "
        "các cơ quan Đảng tỉnh Quảng Trị ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "cqd.txt")
    assert facts["document"]["jurisdiction"] == "bloc:Đảng bộ các cơ quan Đảng tỉnh, Quảng Trị"
    assert cited(facts)["12-QĐ/ĐU"]["jurisdiction"] == "bloc:Đảng bộ các cơ quan Đảng tỉnh, Quảng Trị"


def test_the_committee_s_term_in_brackets_is_not_part_of_the_issuer_s_name() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY XÃ HƯỚNG LẬP\n*\nSố 05-CTr/ĐU\nHướng Lập, ngày 9 tháng 12 năm 2025",
        "thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I",
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành "
        "Đảng bộ xã Hướng Lập (khoá I) xây dựng Chương trình hành động như sau:",
    )
    assert extract_text(text, "xa.txt")["document"]["issuer"]["name"] == "Ban Chấp hành Đảng bộ xã Hướng Lập"


def test_a_ward_of_2025_whose_header_names_no_city_takes_the_city_its_text_names() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MAI LÂM\nSố: 40/KH-UBND\nMai Lâm, ngày 2 tháng 12 năm 2025",
        "về chuyển đổi số năm 2026",
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 1/11/2025 của Ủy ban nhân dân Thành phố về chuyển đổi số "
        "trên địa bàn Thành phố Hà Nội, Ủy ban nhân dân phường ban hành Kế hoạch như sau:",
    )
    doc = extract_text(text, "p.txt")["document"]
    assert doc["issuer"]["province"] == "Hà Nội"
    assert doc["jurisdiction"] == "ward:Mai Lâm, Hà Nội"


def test_a_bloc_s_key_cited_by_the_committee_that_took_over_from_it_stays_that_bloc_s() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH\n*\nSố 08-KH/ĐU\n"
        "Quảng Trị, ngày 4 tháng 4 năm 2025",
        "về chuyển đổi số trong các chi bộ",
        "Thực hiện Kế hoạch số 90-KH/ĐUK, ngày 2/3/2023 của Ban Thường vụ Đảng ủy Khối các cơ quan và "
        "doanh nghiệp tỉnh về chuyển đổi số, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh ban hành Kế "
        "hoạch như sau:",
    )
    old = cited(extract_text(text, "cqd.txt"))["90-KH/ĐUK"]
    assert old["jurisdiction"] == "bloc:Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh, Quảng Trị"


def test_the_people_s_committee_of_the_city_in_a_provincial_city_s_plan_is_that_city_s() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nTHÀNH ỦY ĐÀ LẠT\n*\nSố 50-KH/TU\nĐà Lạt, ngày 2 tháng 3 năm 2024",
        "về phát triển trường học",
        "Thực hiện Kế hoạch số 77/KH-UBND, ngày 5/1/2024 của Ủy ban nhân dân thành phố về mạng lưới "
        "trường học, Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "dl.txt"))["77/KH-UBND"]["jurisdiction"] == "district:Đà Lạt, Lâm Đồng"


def test_a_plenum_s_resolution_named_by_its_plenum_is_the_numbered_one_with_that_subject() -> None:
    facts = plan(
        "Thực hiện Nghị quyết số 24-NQ/TW, ngày 3/6/2013 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương "
        "Đảng khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi "
        "trường, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n"
        "1. Quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu "
        "đến mọi cán bộ; rà soát việc thực hiện Nghị quyết Trung ương 7 khóa XI về xây dựng đội ngũ cán bộ.\n"
    )
    assert [c["key"] for c in facts["cited"] if c["type"] == "Nghị quyết"] == ["24-NQ/TW", None]
    (other,) = [c for c in facts["cited"] if c["key"] is None and c["type"] == "Nghị quyết"]
    assert other["title"] == "xây dựng đội ngũ cán bộ"  # another resolution of that plenum


def test_a_numbered_district_named_by_a_ward_of_2025_is_placed_with_its_unit() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MAI LÂM\nSố: 41/KH-UBND\nMai Lâm, ngày 2 tháng 12 năm 2025",
        "về cải cách hành chính năm 2026",
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 1/11/2025 của Ủy ban nhân dân Thành phố về cải cách hành "
        "chính trên địa bàn Thành phố Hồ Chí Minh; kế thừa Kế hoạch số 8/KH-UBND ngày 2/1/2025 của Ủy ban "
        "nhân dân Quận 5 về cải cách hành chính, Ủy ban nhân dân phường ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "p.txt"))["8/KH-UBND"]["jurisdiction"] == "district:Quận 5, Hồ Chí Minh"


def test_a_commune_s_party_committee_named_in_a_district_plan_is_that_commune_s() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY HƯƠNG SƠN\n*\nSố 30-KH/HU\nHương Sơn, ngày 2 tháng 3 năm 2023",
        "về kiểm tra, giám sát năm 2023",
        "Căn cứ Kế hoạch số 9-KH/ĐU, ngày 3/1/2023 của Ban Thường vụ Đảng ủy xã Sơn Kim về phòng chống "
        "lụt bão, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
    )
    assert (
        cited(extract_text(text, "hu.txt"))["9-KH/ĐU"]["jurisdiction"]
        == "commune:Sơn Kim, Hương Sơn, Hà Tĩnh"
    )


def test_the_people_s_committee_of_a_provincial_city_named_in_a_province_s_plan_is_that_city_s() -> None:
    text = _plan(
        "TỈNH ỦY BẾN TRE\n*\nSố 31-KH/TU\nBến Tre, ngày 2 tháng 3 năm 2024",
        "về chỉnh trang đô thị",
        "Căn cứ Kế hoạch số 96/KH-UBND, ngày 3/1/2024 của Ủy ban nhân dân thành phố Bến Tre về chỉnh trang "
        "đô thị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "tu.txt"))["96/KH-UBND"]["jurisdiction"] == "district:Bến Tre, Bến Tre"


def test_a_corporation_s_party_committee_under_the_central_bloc_is_central_and_its_own_bloc() -> None:
    text = _plan(
        "ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG\nĐẢNG ỦY TẬP ĐOÀN ĐIỆN LỰC MIỀN NÚI\n*\nSố 52-KH/ĐU\n"
        "Hà Nội, ngày 4 tháng 5 năm 2023",
        "về phát triển đảng viên là kỹ sư trẻ",
        "Thực hiện Kế hoạch số 17-KH/ĐUK, ngày 2/3/2023 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung "
        "ương về phát triển đảng viên; Nghị quyết số 9-NQ/ĐU, ngày 5/1/2023 của Ban Chấp hành Đảng bộ Tập "
        "đoàn về nhiệm vụ năm 2023 và Nghị quyết Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần "
        "thứ III, Ban Thường vụ Đảng ủy Tập đoàn Điện lực Miền Núi ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "corp.txt")
    doc = facts["document"]
    assert doc["issuer"]["level"] == "central" and doc["issuer"]["province"] is None
    assert doc["jurisdiction"] == "bloc:Đảng bộ Tập đoàn Điện lực Miền Núi"  # no province: it has none
    c = cited(facts)
    assert c["9-NQ/ĐU"]["jurisdiction"] == doc["jurisdiction"]  # its own keys are its bloc's
    assert c["17-KH/ĐUK"]["jurisdiction"] == "national"  # the central bloc's are the centre's
    (congress,) = [x for x in facts["cited"] if x["key"] is None]
    assert congress["jurisdiction"] == "national"


def test_a_bullet_starting_with_a_capital_with_marks_is_not_a_wrapped_phrase() -> None:
    # In a hard-wrapped text a filled line and "- kinh tế …" below it are one phrase broken before its dash;
    # "- Đẩy mạnh …" (Đ, Ư, Ơ, Ă, Ạ…Ỹ are capitals too) is a bullet of its own.
    from ingest.read import source_from_text
    from ingest.text import Text

    line = "Nội dung công việc được giao cho các đơn vị trong toàn huyện thực hiện."
    filler = "\n".join(f"{i}. {line}" for i in range(1, 17))
    text = (
        f"{filler}\n17. Ban Tuyên giáo Huyện ủy chủ trì cùng các đơn vị tổ chức tuyên truyền về phát triển\n"
        "- Đẩy mạnh tuyên truyền trên các nền tảng số của huyện trong năm.\n"
    )
    t = Text(source_from_text(text, "w.txt"))
    assert t.hard_wrapped
    assert t.blocks[-1].text.startswith("- Đẩy mạnh")


def test_the_letter_classes_by_case_hold_every_vietnamese_letter_once() -> None:
    import re

    from ingest.normalize import LOWER, UPPER

    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    for c in letters:
        assert re.fullmatch(f"[{LOWER}]", c) and not re.fullmatch(f"[{UPPER}]", c), c
        assert re.fullmatch(f"[{UPPER}]", c.upper()) and not re.fullmatch(f"[{LOWER}]", c.upper()), c


def test_a_centrally_run_city_s_youth_union_is_of_province_level() -> None:
    text = _plan(
        "THÀNH ĐOÀN CẦN THƠ\nBAN THƯỜNG VỤ\n*\nSố 88-KH/TĐTN-TG\nCần Thơ, ngày 4 tháng 5 năm 2023",
        "về tuyên truyền biển đảo",
        "Thực hiện Kế hoạch số 77-KH/TU, ngày 2/3/2023 của Ban Thường vụ Thành ủy về tuyên truyền biển đảo, "
        "Ban Thường vụ Thành đoàn Cần Thơ ban hành Kế hoạch như sau:",
        signature="TM. BAN THƯỜNG VỤ THÀNH ĐOÀN\nBÍ THƯ\n\nLê Văn Bình",
    )
    doc = extract_text(text, "td.txt")["document"]
    assert doc["issuer"]["level"] == "province" and doc["jurisdiction"] == "province:Cần Thơ"


def test_a_key_of_the_plan_s_own_series_is_its_own_body_s() -> None:
    text = _plan(
        "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH NGHỆ AN\nSố 45-KH/HNDT\n"
        "Nghệ An, ngày 4 tháng 5 năm 2023",
        "về phát triển hợp tác xã",
        "Thực hiện Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương về kinh tế tập "
        "thể; tiếp theo Hướng dẫn số 12-HD/HNDT, ngày 3/1/2023 về thành lập tổ hợp tác, Ban Thường vụ Hội "
        "Nông dân tỉnh ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "hnd.txt")
    assert facts["document"]["jurisdiction"] == "province:Nghệ An"
    assert cited(facts)["12-HD/HNDT"]["jurisdiction"] == "province:Nghệ An"  # no issuer named: its series


def test_a_body_of_the_unnamed_city_in_a_centrally_run_city_s_plan_is_the_city_s() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀN KIẾM\nSố: 51/KH-UBND\nHoàn Kiếm, ngày 2 tháng 12 năm 2025",
        "về trật tự đô thị",
        "Thực hiện Kế hoạch số 70/KH-CATP, ngày 1/11/2025 của Công an Thành phố về trật tự đô thị trên địa "
        "bàn thành phố Hà Nội, Ủy ban nhân dân phường ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "p.txt"))["70/KH-CATP"]["jurisdiction"] == "province:Hà Nội"


def test_a_sentence_broken_by_a_page_s_foot_notes_is_read_whole() -> None:
    # "… và Quy định số" / the rule line and the page's footnotes / "50-QĐ/TW của …": one sentence
    from ingest.read import source_from_text
    from ingest.text import Text

    text = (
        "- Bố trí cán bộ theo Quy định số 80-QĐ/TW của Bộ Chính trị về phân cấp cán bộ và Quy định số\n"
        "\n____________________\n1 Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về nêu gương.\n\n"
        "50-QĐ/TW của Bộ Chính trị về công tác quy hoạch cán bộ.\n- Quan tâm tạo nguồn cán bộ trẻ.\n"
    )
    blocks = [b.text for b in Text(source_from_text(text, "p.txt")).blocks]
    assert blocks[0].endswith("và Quy định số 50-QĐ/TW của Bộ Chính trị về công tác quy hoạch cán bộ.")
    assert blocks[1].startswith("___") and blocks[2].startswith("1 Quy định số 08-QĐi/TW")
    assert blocks[3] == "- Quan tâm tạo nguồn cán bộ trẻ."


def test_a_joint_document_is_placed_by_its_first_issuer() -> None:
    text = _plan(
        "THÀNH ĐOÀN CẦN THƠ\nBAN THƯỜNG VỤ\n*\nSố 89-KH/TĐTN-TG\nCần Thơ, ngày 4 tháng 5 năm 2023",
        "về giám sát của thanh niên",
        "Thực hiện Quy chế phối hợp số 05/QCPH-MTTQ-TĐTN, ngày 2/3/2022 giữa Ban Thường trực Ủy ban MTTQ "
        "Việt Nam thành phố và Ban Thường vụ Thành đoàn về giám sát, Ban Thường vụ Thành đoàn Cần Thơ ban "
        "hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "td.txt"))["05/QCPH-MTTQ-TĐTN"]["jurisdiction"] == "province:Cần Thơ"


def test_a_name_broken_by_a_page_s_foot_and_running_header_is_read_whole() -> None:
    # a hard-wrapped text: "… của Bộ" fills its line, the page's foot (rule line, a note, the page number)
    # and the next page's running header come between it and "Chính trị về …"
    from ingest.read import source_from_text
    from ingest.text import Text

    line = "Tổ chức quán triệt sâu rộng các chủ trương của Đảng đến toàn thể cán bộ, đảng viên."
    page = "\n".join([line] * 14)
    header = "TỈNH ỦY ĐỒNG NAI                                  Kế hoạch số 7-KH/TU"
    text = (
        f"{page}\n- Thực hiện Nghị quyết số 06-NQ/TW, ngày 24/01/2022 của Bộ Chính trị và của Bộ\n\n"
        "______________\n1 Quy định số 08-QĐi/TW về nêu gương.\n\n      2\n"
        f"{header}\nChính trị về phát triển đô thị bền vững đến năm 2030.\n{page}\n"
        f"\n      3\n{header}\n{page}\n"
    )
    t = Text(source_from_text(text, "p.txt"))
    assert t.hard_wrapped
    texts = [b.text for b in t.blocks]
    assert any(x.endswith("của Bộ Chính trị về phát triển đô thị bền vững đến năm 2030.") for x in texts)
    assert not any("Kế hoạch số 7-KH/TU" in x for x in texts)  # the running header is no text of the plan


def test_the_party_keys_of_another_district_town_or_city_are_theirs() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH PHÚ THỌ\nHUYỆN ỦY THANH BA\n*\nSố 30-KH/HU\nThanh Ba, ngày 2 tháng 3 năm 2023",
        "về xây dựng Đảng",
        "Tham khảo Kế hoạch số 150-KH/HU, ngày 3/1/2023 của Ban Thường vụ Huyện ủy Lâm Thao, Kế hoạch số "
        "46-KH/TU, ngày 4/1/2023 của Ban Thường vụ Thị ủy Phú Thọ và Kế hoạch số 146-KH/TU, ngày 5/1/2023 "
        "của Ban Thường vụ Thành ủy Việt Trì về xây dựng Đảng, Ban Thường vụ Huyện ủy ban hành Kế hoạch "
        "như sau:",
    )
    c = cited(extract_text(text, "hu.txt"))
    assert c["150-KH/HU"]["jurisdiction"] == "district:Lâm Thao, Phú Thọ"
    assert c["46-KH/TU"]["jurisdiction"] == "district:Phú Thọ, Phú Thọ"
    assert c["146-KH/TU"]["jurisdiction"] == "district:Việt Trì, Phú Thọ"


def test_an_issuer_in_a_tab_separated_table_ends_at_its_cell() -> None:
    text = _plan(
        "TỈNH ỦY NINH THUẬN\n*\nSố 40-KH/TU\nPhan Rang, ngày 2 tháng 3 năm 2023",
        "về xây dựng nông thôn mới",
        "Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, "
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
        tasks="1. Ban Dân vận Tỉnh ủy: theo dõi việc làm.\n\nPHỤ LỤC\nNHIỆM VỤ\n"
        "TT\tNội dung\tCơ quan chủ trì\tThời gian\n"
        "1\tLấy ý kiến theo Quyết định số 18/2022/QĐ-TTg của Thủ tướng Chính phủ\tBan Dân vận\tQuý I\n",
    )
    assert cited(extract_text(text, "t.txt"))["18/2022/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_a_district_named_after_the_2025_reform_is_in_the_province_it_was_in() -> None:
    # the new Đồng Tháp took in Tiền Giang in July 2025; thành phố Mỹ Tho was Tiền Giang's
    text = _plan(
        "ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG ỦY PHƯỜNG ĐẠO THẠNH\n*\nSố 12-KH/ĐU\n"
        "Đạo Thạnh, ngày 2 tháng 12 năm 2025",
        "về chăm sóc sức khỏe Nhân dân",
        "Kế thừa Kế hoạch số 96-KH/TU, ngày 3/1/2024 của Ban Thường vụ Thành ủy Mỹ Tho về y tế cơ sở, Ban "
        "Thường vụ Đảng ủy phường ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "p.txt"))["96-KH/TU"]["jurisdiction"] == "district:Mỹ Tho, Tiền Giang"


def test_an_issuer_naming_its_unit_by_the_word_alone_is_placed_by_the_unit_named_before_it() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH PHÚ YÊN\nTHÀNH ỦY TUY HÒA\n*\nSố 30-KH/TU\nTuy Hòa, ngày 2 tháng 3 năm 2023",
        "về giám sát",
        "Thực hiện Chỉ thị số 18-CT/TW, ngày 26/10/2022 của Ban Bí thư về giám sát, Ban Thường vụ Thành ủy "
        "ban hành Kế hoạch như sau:",
        tasks="1. Văn phòng Thành ủy: nhân rộng mô hình do Đảng ủy phường Phú Lâm làm theo Kế hoạch số "
        "25-KH/ĐU, ngày 14/4/2022 của Ban Thường vụ Đảng ủy phường; theo dõi việc làm.",
    )
    assert cited(extract_text(text, "tu.txt"))["25-KH/ĐU"]["jurisdiction"] == "ward:Phú Lâm, Tuy Hòa, Phú Yên"


def test_a_body_of_a_named_provincial_city_in_the_province_s_plan_is_that_city_s() -> None:
    text = _plan(
        "HỘI LHPN TỈNH NAM ĐỊNH\nSố: 16/KH-HPN\nNam Định, ngày 2 tháng 3 năm 2024",
        "về bình đẳng giới",
        "Căn cứ Kế hoạch số 37/KH-HPN, ngày 15/3/2024 của Ban Thường vụ Hội LHPN thành phố Nam Định về câu "
        "lạc bộ gia đình, Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch như sau:",
    )
    assert cited(extract_text(text, "hpn.txt"))["37/KH-HPN"]["jurisdiction"] == "district:Nam Định, Nam Định"


def test_a_commune_gone_in_2025_named_in_a_later_plan_is_the_unit_of_2023() -> None:
    # thị trấn Vương (Tiên Lữ, Hưng Yên) went into a new commune on 1 July 2025
    text = _plan(
        "ỦY BAN NHÂN DÂN\nXÃ HOÀNG HOA THÁM\nSố: 9/KH-UBND\nHoàng Hoa Thám, ngày 16 tháng 1 năm 2026",
        "về thủ tục hành chính",
        "Kế thừa Kế hoạch số 14/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân thị trấn Vương (trước sắp xếp) "
        "về thủ tục hành chính trên địa bàn xã Hoàng Hoa Thám, tỉnh Hưng Yên, Ủy ban nhân dân xã ban hành "
        "Kế hoạch như sau:",
    )
    placed = cited(extract_text(text, "x.txt"))["14/KH-UBND"]["jurisdiction"]
    assert placed == "commune:Vương, Tiên Lữ, Hưng Yên"


def test_a_number_broken_from_its_symbol_at_a_spaced_hyphen_is_one_key() -> None:
    text = "Thực hiện Quyết định số 99\n-QĐ/TW, ngày 30/5/2022 của Ban Bí thư về dân vận, Ban Thường vụ:\n"
    c = cited(plan(text))
    assert "99-QĐ/TW" in c and c["99-QĐ/TW"]["issuer"] == "Ban Bí thư"


def test_an_agency_s_party_committee_under_the_province_s_bloc_is_its_own_bloc() -> None:
    text = _plan(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG ỦY SỞ XÂY DỰNG\n*\nSố 20-KH/ĐU\n"
        "Ninh Bình, ngày 2 tháng 3 năm 2023",
        "về phát triển đảng viên",
        "Thực hiện Kế hoạch số 68-KH/ĐUK, ngày 10/02/2023 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh "
        "về phát triển đảng viên; Nghị quyết số 3-NQ/ĐU, ngày 5/1/2023 của Ban Chấp hành Đảng bộ Sở về nhiệm "
        "vụ năm 2023, Đảng ủy Sở Xây dựng tỉnh Ninh Bình xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "so.txt")
    doc = facts["document"]
    assert (doc["issuer"]["system"], doc["issuer"]["level"]) == ("party", "grassroots")
    assert doc["jurisdiction"] == "bloc:Đảng bộ Sở Xây dựng, Ninh Bình"
    c = cited(facts)
    assert c["3-NQ/ĐU"]["jurisdiction"] == doc["jurisdiction"]
    assert c["68-KH/ĐUK"]["jurisdiction"] == "bloc:Đảng bộ Khối các cơ quan tỉnh, Ninh Bình"


def test_the_people_s_committee_s_party_committee_of_2025_is_the_plan_s_bloc() -> None:
    # the committee that took the place of the Ban cán sự đảng in 2025; the same committee of a province
    # merged into this one numbered its own series
    text = _plan(
        "ĐẢNG BỘ TỈNH GIA LAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 12-KH/ĐU\n"
        "Gia Lai, ngày 3 tháng 12 năm 2025",
        "về chuyển đổi số trong các sở, ngành",
        "Kế thừa Kế hoạch số 4-KH/ĐU, ngày 2/6/2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Bình Định "
        "về chuyển đổi số; căn cứ Quy chế số 2-QC/ĐU, ngày 1/9/2025 của Ban Chấp hành Đảng bộ về làm việc, "
        "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "ubnd.txt")
    assert facts["document"]["jurisdiction"] == "bloc:Đảng bộ Ủy ban nhân dân tỉnh, Gia Lai"
    c = cited(facts)
    assert c["2-QC/ĐU"]["jurisdiction"] == "bloc:Đảng bộ Ủy ban nhân dân tỉnh, Gia Lai"
    assert c["4-KH/ĐU"]["jurisdiction"] == "bloc:Đảng bộ Ủy ban nhân dân tỉnh, Bình Định"


def test_a_commune_s_plan_whose_header_names_the_commune_alone_is_in_its_district_of_2023() -> None:
    # xã Hoằng Lộc is in huyện Hoằng Hóa of Thanh Hóa (units of 2023); the header names the commune only
    text = _plan(
        "ĐẢNG BỘ XÃ HOẰNG LỘC\nCHI BỘ THÔN HẠC OA\n*\nSố 3-KH/CB\nHoằng Lộc, ngày 5 tháng 4 năm 2024",
        "về vệ sinh môi trường",
        "Thực hiện Kế hoạch số 21-KH/ĐU, ngày 1/3/2024 của Ban Thường vụ Đảng ủy xã về môi trường "
        "trên địa bàn tỉnh Thanh Hóa, Chi bộ thôn Hạc Oa xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "cb.txt")
    assert facts["document"]["jurisdiction"] == "commune:Hoằng Lộc, Hoằng Hóa, Thanh Hóa"
    assert cited(facts)["21-KH/ĐU"]["jurisdiction"] == "commune:Hoằng Lộc, Hoằng Hóa, Thanh Hóa"


def test_a_ministry_s_plan_is_a_central_state_body_s_signed_for_its_minister() -> None:
    text = _plan(
        "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 510/KH-BYT\tHà Nội, ngày 2 tháng 5 năm 2024",
        "về tiêm chủng mở rộng",
        "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ về chức năng của Bộ Y tế;\n\n"
        "Bộ Y tế ban hành Kế hoạch như sau:",
        signature="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Hải",
    )
    doc = extract_text(text, "byt.txt")["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["system"], doc["issuer"]["province"]) == (
        "central",
        "state",
        None,
    )
    assert doc["jurisdiction"] == "national"
    assert (doc["signer"]["position"], doc["signer"]["on_behalf_of"]) == ("Thứ trưởng", "Bộ trưởng")


def test_the_standing_committee_under_a_council_s_header_and_a_closing_sentence_ending_sau_day() -> None:
    text = _plan(
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN SÔNG MÂY\nTHƯỜNG TRỰC\nSố: 7/KH-HĐND\nSông Mây, ngày 3 tháng 5 năm 2024",
        "giám sát việc sử dụng đất công",
        "Căn cứ Nghị quyết số 20/NQ-HĐND ngày 12/12/2023 của Hội đồng nhân dân huyện về giám sát,\n\n"
        "Thường trực Hội đồng nhân dân huyện xây dựng Kế hoạch giám sát với những nội dung sau đây:",
        signature="TM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH\n\nLê Văn Bình",
    ).replace("HUYỆN SÔNG MÂY\n", "HUYỆN SÔNG MÂY\n", 1)
    facts = extract_text(text, "hdnd.txt")
    assert facts["document"]["issuer"]["name"] == "Thường trực Hội đồng nhân dân huyện Sông Mây"
    assert facts["document"]["issuer"]["level"] == "district"
    assert facts["implements"] == ["20/NQ-HĐND"]
    # the header alone names the standing committee of the council with its place
    header_only = text.replace("Thường trực Hội đồng nhân dân huyện xây dựng", "Đoàn giám sát xây dựng")
    assert extract_text(header_only, "hdnd.txt")["document"]["issuer"]["name"].startswith(
        "Thường trực Hội đồng"
    )


def test_a_law_named_again_by_its_year_is_the_numbered_law_titled_by_its_name() -> None:
    c = cited(
        plan(
            "Căn cứ Luật Lâm nghiệp số 16/2017/QH14; Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n1. Tuyên truyền Luật Lâm nghiệp năm 2017 đến mọi người.\n"
        )
    )
    assert c["16/2017/QH14"]["title"] == "Luật Lâm nghiệp"
    assert not any(k and "Lâm nghiệp" in k for k in c if k != "16/2017/QH14")


def test_a_year_after_a_shared_key_files_the_mention_under_that_year_s_document() -> None:
    facts = plan(
        "Thực hiện Chỉ thị số 8-CT/TW, ngày 2/3/2016 của Bộ Chính trị về phòng cháy và Chỉ thị số 8-CT/TW, "
        "ngày 5/6/2023 của Ban Bí thư về rừng, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\n1. Quán triệt Chỉ thị số 8-CT/TW năm 2016 trong toàn Đảng bộ.\n"
    )
    twins = sorted((c["date"], len(c["mentions"])) for c in facts["cited"] if c["key"] == "8-CT/TW")
    assert twins == [("2016-03-02", 2), ("2023-06-05", 1)]


def _state_plan(header: str, opening: str, signature: str) -> dict:
    text = _plan(header, "về công tác năm 2024", opening, signature=signature)
    return extract_text(text.replace("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Bình", signature), "s.txt")[
        "document"
    ]


def test_a_district_named_without_its_province_is_placed_by_the_units_of_2023() -> None:
    # huyện Đức Thọ is Hà Tĩnh's; the plan names no province
    doc = _state_plan(
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/KH-PGDĐT\n"
        "Đức Thọ, ngày 3 tháng 4 năm 2024",
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND huyện về giáo dục, Phòng Giáo dục và Đào tạo "
        "huyện xây dựng Kế hoạch như sau:",
        "TRƯỞNG PHÒNG\n\nLê Văn Bình",
    )
    assert (doc["issuer"]["province"], doc["jurisdiction"]) == ("Hà Tĩnh", "district:Đức Thọ, Hà Tĩnh")


def test_the_forces_are_state_bodies_signed_by_their_commander() -> None:
    doc = _state_plan(
        "QUÂN KHU 4\nBỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN\nSố: 33/KH-BCH\nNghệ An, ngày 3 tháng 4 năm 2024",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND tỉnh về diễn tập, Bộ Chỉ huy Quân sự tỉnh "
        "xây dựng Kế hoạch như sau:",
        "CHỈ HUY TRƯỞNG\n\nĐại tá Lê Văn Bình",
    )
    assert (doc["issuer"]["system"], doc["issuer"]["level"]) == ("state", "province")
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Lê Văn Bình", "Chỉ huy trưởng")


def test_a_board_under_a_people_s_committee_s_header_is_named_with_its_place() -> None:
    doc = _state_plan(
        "UBND TỈNH QUẢNG BÌNH\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 08/KH-BCĐ\nQuảng Bình, ngày 3 tháng 4 năm 2024",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND tỉnh về chuyển đổi số, Trưởng Ban Chỉ đạo "
        "ban hành Kế hoạch như sau:",
        "TRƯỞNG BAN\n\nLê Văn Bình",
    )
    assert doc["issuer"]["name"].casefold() == "ban chỉ đạo chuyển đổi số tỉnh quảng bình"
    assert doc["issuer"]["system"] == "state"


def test_a_district_youth_union_s_header_names_its_district_and_city() -> None:
    facts = extract_text(
        _plan(
            "BCH ĐOÀN TP. HỒ CHÍ MINH\nBCH QUẬN ĐOÀN 3\nSố: 25-KH/QĐ3\nQuận 3, ngày 3 tháng 4 năm 2024",
            "về tháng thanh niên",
            "Thực hiện Kế hoạch số 12-KH/TĐTN-BTG ngày 2/2/2024 của Ban Thường vụ Thành Đoàn về tháng thanh "
            "niên, Ban Thường vụ Quận Đoàn 3 xây dựng Kế hoạch như sau:",
        ),
        "qd.txt",
    )
    assert facts["document"]["jurisdiction"] == "district:Quận 3, Hồ Chí Minh"
    assert cited(facts)["12-KH/TĐTN-BTG"]["jurisdiction"] == "province:Hồ Chí Minh"


def test_the_proposal_that_prompted_a_plan_is_cited_not_carried_out() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 90/KH-UBND\nCao Bằng, ngày 3 tháng 4 năm 2024",
        "về khuyến nông",
        "Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24/5/2018 của Chính phủ về khuyến nông; theo đề nghị "
        "của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 41/TTr-SNN ngày 1/4/2024, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "tt.txt")
    assert facts["implements"] == ["83/2018/NĐ-CP"]
    assert "41/TTr-SNN" in cited(facts)


def test_a_party_key_of_a_commune_merged_into_the_plan_s_is_that_commune_s_of_2023() -> None:
    # xã Hoằng Xuân (Hoằng Hóa, Thanh Hóa) went into a new commune on 1 July 2025
    text = _plan(
        "ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ HOẰNG TIẾN\n*\nSố 9-KH/ĐU\nHoằng Tiến, ngày 2 tháng 10 năm 2025",
        "về chuyển đổi số",
        "Kế thừa Kế hoạch số 30-KH/ĐU, ngày 2/3/2024 của Ban Thường vụ Đảng ủy xã Hoằng Xuân (trước sắp xếp) "
        "về chuyển đổi số, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:",
    )
    assert (
        cited(extract_text(text, "x.txt"))["30-KH/ĐU"]["jurisdiction"]
        == "commune:Hoằng Xuân, Hoằng Hóa, Thanh Hóa"
    )


def test_a_national_organisation_named_by_the_country_alone_numbers_nationally() -> None:
    c = cited(
        plan(
            "Thực hiện Kế hoạch số 12-KH/ĐĐCCB, ngày 2/2/2024 của Đảng đoàn Hội Cựu chiến binh Việt Nam về "
            "phong trào thi đua, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )
    assert c["12-KH/ĐĐCCB"]["jurisdiction"] == "national"


def test_a_document_carried_out_named_in_general_is_the_one_its_footnote_gives() -> None:
    # footnotes in brackets, as a word processor's text export writes them; the anchor on the body that
    # plans is not a ground, nor one on a document the opening names with its number
    text = _plan(
        "ĐẢNG BỘ XÃ SÔNG MÂY\nBAN XÂY DỰNG ĐẢNG\n*\nSố 4-HD/BXDĐ\nSông Mây, ngày 2 tháng 10 năm 2025",
        "về sinh hoạt chi bộ",
        "Thực hiện Kế hoạch của Ban Thường vụ Đảng ủy xã[1], Quy định số 5-QĐ/TW ngày 1/2/2024 của Bộ Chính "
        "trị[2], Ban Xây dựng Đảng Đảng ủy xã[3] hướng dẫn như sau:",
    ).replace(
        "Nơi nhận:",
        "[1] Kế hoạch số 30-KH/ĐU, ngày 2/9/2025 của Ban Thường vụ Đảng ủy xã về sinh hoạt chi bộ.\n"
        "[2] Hướng dẫn số 12-HD/BTCTW, ngày 3/3/2024 của Ban Tổ chức Trung ương về Quy định số 5-QĐ/TW.\n"
        "[3] Thành lập theo Quyết định số 8-QĐ/ĐU, ngày 1/8/2025 của Ban Thường vụ Đảng ủy xã.\n\nNơi nhận:",
    )
    facts = extract_text(text, "fn.txt")
    assert facts["implements"] == ["5-QĐ/TW", "30-KH/ĐU"]
    assert {"12-HD/BTCTW", "8-QĐ/ĐU"} <= set(cited(facts))
    assert "[" not in facts["document"]["issuer"]["name"]


def test_a_steering_committee_speaking_in_the_opening_is_named_with_its_field_and_place() -> None:
    text = _plan(
        "TỈNH ỦY SÔNG MÂY\nBAN CHỈ ĐẠO PHÒNG, CHỐNG\nTHAM NHŨNG, TIÊU CỰC\n*\nSố 5-KH/BCĐ\n"
        "Sông Mây, ngày 3 tháng 4 năm 2024",
        "về kiểm soát quyền lực",
        "Thực hiện Quy định số 114-QĐ/TW, ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực,\n\n"
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Sông Mây ban hành Kế hoạch như sau:",
        signature="TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nLê Văn Bình",
    )
    issuer = extract_text(text, "bcd.txt")["document"]["issuer"]
    assert issuer["name"] == "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Sông Mây"
    assert (issuer["level"], issuer["system"]) == ("province", "party")


def test_a_dated_mention_does_not_join_an_undated_twin_of_another_term() -> None:
    facts = plan(
        "Thực hiện Nghị quyết số 7-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về đất đai và Nghị quyết "
        "số 7-NQ/TW, ngày 2/3/2023 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về nông "
        "nghiệp, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
    )
    twins = sorted((c["date"] or "", c["title"]) for c in facts["cited"] if c["key"] == "7-NQ/TW")
    assert twins == [("", "đất đai"), ("2023-03-02", "nông nghiệp")]


def test_a_vertical_state_agency_and_a_council_under_a_people_s_committee_are_named_and_placed() -> None:
    # "xã hội" (society) is no commune in a name: "BẢO HIỂM XÃ HỘI TỈNH …"
    doc = _state_plan(
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH SÓC TRĂNG\nSố: 45/KH-BHXH\n"
        "Sóc Trăng, ngày 3 tháng 4 năm 2024",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND tỉnh về bảo hiểm, các phòng thực hiện "
        "như sau:",
        "GIÁM ĐỐC\n\nLê Văn Bình",
    )
    assert doc["issuer"]["name"] == "Bảo hiểm xã hội tỉnh Sóc Trăng"
    assert (doc["issuer"]["system"], doc["jurisdiction"]) == ("state", "province:Sóc Trăng")
    doc = _state_plan(
        "UBND TỈNH SÓC TRĂNG\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nSố: 7/HD-HĐTĐKT\n"
        "Sóc Trăng, ngày 3 tháng 4 năm 2024",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND tỉnh về thi đua, các đơn vị thực hiện "
        "như sau:",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình",
    )
    assert doc["issuer"]["name"].casefold() == "hội đồng thi đua - khen thưởng tỉnh sóc trăng"
    assert (doc["issuer"]["level"], doc["issuer"]["system"]) == ("province", "state")


def test_a_state_body_s_own_series_and_a_body_of_society_are_placed_where_they_are() -> None:
    text = _plan(
        "TỈNH ỦY HÀ GIANG\nTRƯỜNG CHÍNH TRỊ\nSố: 86/KH-TCT\nHà Giang, ngày 3 tháng 4 năm 2024",
        "về bồi dưỡng cán bộ",
        "Căn cứ Quyết định số 45/QĐ-TCT ngày 2/1/2024 của Hiệu trưởng Trường Chính trị về giao nhiệm vụ; "
        "Báo cáo số 12/BC-VHXH ngày 3/1/2024 của Ban Văn hóa - Xã hội huyện về giám sát; Quyết định số "
        "7/QĐ-BLĐTBXH ngày 4/1/2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về đào tạo, Trường "
        "Chính trị tỉnh Hà Giang ban hành Kế hoạch như sau:",
        signature="HIỆU TRƯỞNG\n\nLê Văn Bình",
    )
    c = cited(extract_text(text, "tct.txt"))
    assert c["45/QĐ-TCT"]["jurisdiction"] == "province:Hà Giang"  # the school's own series
    assert not c["12/BC-VHXH"]["jurisdiction"].startswith("commune:")  # "Xã hội" is no commune
    assert c["7/QĐ-BLĐTBXH"]["jurisdiction"] == "national"  # a minister's


def test_a_procuracy_s_plan_is_a_state_body_s_signed_for_its_chief_procurator() -> None:
    text = _plan(
        "VIỆN KSND TỐI CAO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆN KIỂM SÁT NHÂN DÂN\t"
        "Độc lập - Tự do - Hạnh phúc\nTỈNH LAI CHÂU\nSố: 14/KH-VKSLC\tLai Châu, ngày 4 tháng 4 năm 2024",
        "về kiểm sát việc tạm giữ, tạm giam",
        "Căn cứ Chỉ thị số 01/CT-VKSTC ngày 5/1/2024 về công tác năm 2024,\n\n"
        "Viện kiểm sát nhân dân tỉnh Lai Châu ban hành Kế hoạch như sau:",
        signature="KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\n\nHoàng Thị Mai",
    )
    doc = extract_text(text, "vks.txt")["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["system"]) == ("province", "state")
    assert (doc["signer"]["name"], doc["signer"]["position"], doc["signer"]["on_behalf_of"]) == (
        "Hoàng Thị Mai",
        "Phó Viện trưởng",
        "Viện trưởng",
    )


def test_a_court_s_plan_is_a_state_body_s_signed_for_its_chief_judge() -> None:
    text = _plan(
        "TÒA ÁN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 30/KH-TA\tSơn La, ngày 4 tháng 4 năm 2024",
        "về hòa giải, đối thoại tại Tòa án",
        "Căn cứ Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14,\n\n"
        "Tòa án nhân dân tỉnh Sơn La ban hành Kế hoạch như sau:",
        signature="KT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\n\nLò Văn Dũng",
    )
    doc = extract_text(text, "ta.txt")["document"]
    assert doc["issuer"]["system"] == "state"
    assert (doc["signer"]["position"], doc["signer"]["on_behalf_of"]) == ("Phó Chánh án", "Chánh án")


def test_a_school_s_party_committee_right_under_the_city_s_is_its_own_bloc_named_as_its_header() -> None:
    # no bloc between them: "THÀNH ỦY HẢI PHÒNG / ĐẢNG BỘ TRƯỜNG ĐẠI HỌC HẢI PHÒNG"; a grassroots Party
    # organisation whose own keys ("/ĐU") are its own
    text = _plan(
        "THÀNH ỦY HẢI PHÒNG\nĐẢNG BỘ TRƯỜNG ĐẠI HỌC HẢI PHÒNG\n*\nSố 40-KH/ĐU\n"
        "Hải Phòng, ngày 2 tháng 10 năm 2024",
        "về rèn luyện đạo đức sinh viên",
        "Thực hiện Kế hoạch số 90-KH/TU, ngày 2/9/2024 của Ban Thường vụ Thành ủy về giáo dục; Nghị quyết số "
        "5-NQ/ĐU, ngày 6/1/2024 của Ban Chấp hành Đảng bộ Trường về nhiệm vụ năm 2024, Ban Thường vụ Đảng ủy "
        "Trường Đại học Hải Phòng ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "dh.txt")
    doc = facts["document"]
    assert (doc["issuer"]["system"], doc["issuer"]["level"]) == ("party", "grassroots")
    assert doc["jurisdiction"] == "bloc:Đảng bộ Trường Đại học Hải Phòng, Hải Phòng"
    assert cited(facts)["5-NQ/ĐU"]["jurisdiction"] == doc["jurisdiction"]


def test_a_city_naming_itself_with_a_capital_is_named_with_its_place() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ HẢI PHÒNG\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 77/KH-UBND\tHải Phòng, ngày 4 tháng 9 năm 2025",
        "về phát triển cảng biển",
        "Căn cứ Nghị quyết số 20/NQ-HĐND ngày 12/7/2025 của Hội đồng nhân dân Thành phố về cảng biển,\n\n"
        "Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:",
    )
    doc = extract_text(text, "hp.txt")["document"]
    assert doc["issuer"]["name"] == "Ủy ban nhân dân Thành phố Hải Phòng"
    assert (doc["issuer"]["level"], doc["jurisdiction"]) == ("province", "province:Hải Phòng")


@pytest.mark.parametrize(
    ("header", "date", "level", "jurisdiction"),
    [
        ("THÀNH ỦY HUẾ\n*\nSố 30-KH/TU", "3 tháng 3 năm 2025", "province", "province:Huế"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 30/KH-UBND", "3 tháng 3 năm 2025", "province", "province:Huế"),
        ("THÀNH ỦY HUẾ\n*\nSố 30-KH/TU", "3 tháng 3 năm 2024", "district", "district:Huế, Thừa Thiên Huế"),
    ],
)
def test_hue_is_a_centrally_run_city_from_2025_and_a_city_of_thua_thien_hue_before(
    header: str, date: str, level: str, jurisdiction: str
) -> None:
    # Huế became a centrally-run city, the province renamed, on 1 January 2025
    text = _plan(
        f"{header}\nHuế, ngày {date}",
        "về phát triển du lịch",
        "Căn cứ Chương trình số 9-CTr/TU, ngày 2/2/2023 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế về du lịch; "
        "Kế hoạch số 12-KH/TU, ngày 4/1/2024 của Thành ủy về văn hóa, Ban Thường vụ Thành ủy ban hành Kế "
        "hoạch như sau:",
    )
    facts = extract_text(text, "hue.txt")
    doc = facts["document"]
    assert (doc["issuer"]["level"], doc["jurisdiction"]) == (level, jurisdiction)
    c = cited(facts)
    assert c["9-CTr/TU"]["jurisdiction"] == "province:Thừa Thiên Huế"
    assert c["12-KH/TU"]["jurisdiction"] == jurisdiction


def test_a_footnote_anchor_flattened_to_a_digit_glued_to_its_word_is_an_anchor() -> None:
    # a PDF's text layer writes the superscript "¹" as "1" glued to the word; "500 m2" and "km2" stay text
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 9-KH/HU\nSông Mây, ngày 2 tháng 10 năm 2024",
        "về đất đai",
        "Căn cứ các Thông tư số 3/2023/TT-BTNMT, 4/2023/TT-BTNMT của Bộ Tài nguyên và Môi trường1; Kế hoạch "
        "số 20-KH/TU, ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy về đất đai trên 300 km2 đất rừng, Ban Thường "
        "vụ Huyện ủy ban hành Kế hoạch như sau:",
    ).replace(
        "Nơi nhận:",
        "1 Thông tư số 3/2023/TT-BTNMT quy định về bản đồ địa chính; Thông tư số 4/2023/TT-BTNMT quy định về "
        "thống kê đất đai.\n\nNơi nhận:",
    )
    c = cited(extract_text(text, "glued.txt"))
    assert c["3/2023/TT-BTNMT"]["issuer"] == "Bộ Tài nguyên và Môi trường"
    assert c["4/2023/TT-BTNMT"]["issuer"] == "Bộ Tài nguyên và Môi trường"
    assert c["20-KH/TU"]["title"] == "đất đai trên 300 km2 đất rừng"


def test_a_document_of_a_ministry_named_with_no_number_is_national() -> None:
    facts = plan(
        "Căn cứ Kế hoạch số 5/KH-UBND ngày 2/2/2024 của Ủy ban nhân dân tỉnh về y tế, Ban Thường vụ Tỉnh ủy "
        "ban hành kế hoạch như sau:\nI. NỘI DUNG\n1. Điều trị theo Hướng dẫn chẩn đoán, điều trị bệnh tay "
        "chân miệng của Bộ Y tế.\n"
    )
    unnumbered = [c for c in facts["cited"] if c["key"] is None]
    assert [(c["issuer"], c["jurisdiction"]) for c in unnumbered] == [("Bộ Y tế", "national")]


def test_a_general_hospital_s_party_committee_under_the_bloc_is_its_own_bloc_named_as_its_header() -> None:
    # "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH": the hospital's name holds "tỉnh", kept as the header writes it
    text = _plan(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH SƠN LA\nĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH\n*\nSố 12-KH/ĐU\n"
        "Sơn La, ngày 2 tháng 3 năm 2023",
        "về phát triển đảng viên",
        "Thực hiện Kế hoạch số 40-KH/ĐUK, ngày 10/02/2023 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh về "
        "đảng viên; Nghị quyết số 2-NQ/ĐU, ngày 5/1/2023 của Ban Chấp hành Đảng bộ Bệnh viện về nhiệm vụ năm "
        "2023, Ban Thường vụ Đảng ủy Bệnh viện Đa khoa tỉnh Sơn La xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "bv.txt")
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Ban Thường vụ Đảng ủy Bệnh viện Đa khoa tỉnh Sơn La"
    assert (doc["issuer"]["system"], doc["issuer"]["level"]) == ("party", "grassroots")
    assert doc["jurisdiction"] == "bloc:Đảng bộ Bệnh viện Đa khoa tỉnh, Sơn La"
    c = cited(facts)
    assert c["2-NQ/ĐU"]["issuer"] == "Ban Chấp hành Đảng bộ Bệnh viện"
    assert c["2-NQ/ĐU"]["jurisdiction"] == doc["jurisdiction"]
    assert c["40-KH/ĐUK"]["jurisdiction"] == "bloc:Đảng bộ Khối các cơ quan tỉnh, Sơn La"


def test_an_agency_s_party_committee_named_over_two_header_lines_keeps_its_unit_word() -> None:
    # a PDF's columns: "ĐẢNG ỦY TRƯỜNG CAO ĐẲNG SƯ PHẠM" wrapped before "TỈNH BẮC GIANG", the place and date
    # beside it; the college's name holds "tỉnh", the province goes after the bloc's comma
    text = _plan(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH BẮC GIANG          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "    ĐẢNG ỦY TRƯỜNG CAO ĐẲNG SƯ PHẠM\n"
        "         TỈNH BẮC GIANG                    Bắc Giang, ngày 9 tháng 4 năm 2024\n"
        "               *\n         Số 21-KH/ĐU",
        "về bồi dưỡng lý luận chính trị cho giảng viên",
        "Căn cứ Nghị quyết số 7-NQ/ĐU, ngày 12/01/2024 của Ban Chấp hành Đảng bộ Trường về nhiệm vụ năm "
        "2024, Đảng ủy Trường Cao đẳng Sư phạm tỉnh Bắc Giang ban hành Kế hoạch như sau:",
        signature="T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình",
    )
    facts = extract_text(text, "cd.txt")
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Đảng ủy Trường Cao đẳng Sư phạm tỉnh Bắc Giang"
    assert doc["jurisdiction"] == "bloc:Đảng bộ Trường Cao đẳng Sư phạm tỉnh, Bắc Giang"
    assert cited(facts)["7-NQ/ĐU"]["jurisdiction"] == doc["jurisdiction"]


def test_a_central_agency_s_regional_branch_is_of_the_provinces_level_and_of_no_province() -> None:
    # since 2025 a branch numbered by its region serves several provinces: its seat in the place line is not
    # its province, and its own numbering is no province's
    text = _plan(
        "BẢO HIỂM XÃ HỘI VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BẢO HIỂM XÃ HỘI KHU VỰC XXI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 77/KH-BHXHKVXXI\tCần Thơ, ngày 3 tháng 9 năm 2025",
        "về phát triển người tham gia bảo hiểm y tế hộ gia đình",
        "Căn cứ Quyết định số 40/QĐ-BHXHKVXXI ngày 10/7/2025 của Giám đốc về phân công nhiệm vụ, Bảo hiểm xã "
        "hội khu vực XXI ban hành Kế hoạch trên địa bàn thành phố Cần Thơ và tỉnh Vĩnh Long như sau:",
        signature="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Hoa",
    )
    facts = extract_text(text, "bhxh.txt")
    issuer = facts["document"]["issuer"]
    assert (issuer["name"], issuer["system"]) == ("Bảo hiểm xã hội khu vực XXI", "state")
    assert (issuer["level"], issuer["province"]) == ("province", None)
    assert facts["document"]["jurisdiction"] == "unknown"
    assert cited(facts)["40/QĐ-BHXHKVXXI"]["jurisdiction"] == "unknown"


def test_a_scan_s_header_breaking_a_district_s_name_and_reading_a_zero_as_the_letter_o() -> None:
    # "HUYỆN ỦY BÌNH" / "GIANG": only the two lines together name a district of 2023 (Bình Giang, Hải
    # Dương); "1O2-KH/TU" is 102-KH/TU, the number a reader reads
    text = _plan(
        "ĐẢNG BỘ TỈNH HẢI DƯƠNG        ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY BÌNH\n"
        "GIANG                   Bình Giang, ngày 4 tháng 3 năm 2024\n*\nSố 50-KH/HU",
        "về chuyển đổi số",
        "Thực hiện Kế hoạch số 1O2-KH/TU, ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ban "
        "Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
    )
    facts = extract_text(text, "ocr.txt")
    assert facts["document"]["jurisdiction"] == "district:Bình Giang, Hải Dương"
    assert facts["implements"] == ["102-KH/TU"]
    assert cited(facts)["102-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy"


def test_a_commune_s_youth_union_is_a_front_body() -> None:
    text = _plan(
        "THÀNH ĐOÀN HÀ NỘI\nBCH ĐOÀN XÃ SÓC SƠN\n***\nSố: 5-KH/ĐTN\nSóc Sơn, ngày 2 tháng 9 năm 2025",
        "về tình nguyện hè",
        "Thực hiện Kế hoạch số 20-KH/TĐTN, ngày 1/8/2025 của Ban Thường vụ Thành đoàn về tình nguyện,\n\n"
        "Ban Chấp hành Đoàn xã Sóc Sơn xây dựng Kế hoạch như sau:",
    )
    issuer = extract_text(text, "doan.txt")["document"]["issuer"]
    assert (issuer["name"], issuer["system"]) == ("Ban Chấp hành Đoàn xã Sóc Sơn", "front")


def test_a_joint_plan_whose_lead_body_s_head_signs_in_person_beside_the_other_body_s_board() -> None:
    # the police first in the header and the opening: its Giám đốc signs in person (no "TM."), the Youth
    # Union's board beside him, the columns split by a tab; the plan is of the police's system
    text = _plan(
        "CÔNG AN TỈNH SÔNG MÂY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ TỈNH ĐOÀN SÔNG MÂY\t"
        "Độc lập - Tự do - Hạnh phúc\nSố: 3/KHLT-CAT-TĐTN\tSông Mây, ngày 4 tháng 3 năm 2024",
        "về thanh niên với an ninh trật tự",
        "Căn cứ Kế hoạch số 9-KH/TU, ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy về an ninh,\n\nCông an tỉnh "
        "Sông Mây và Ban Thường vụ Tỉnh đoàn Sông Mây thống nhất ban hành Kế hoạch liên tịch như sau:",
        signature="TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\tGIÁM ĐỐC\nBÍ THƯ\t\n\t\n(Đã ký)\t(Đã ký)\n\t\n"
        "Lê Thị Hoa\tĐại tá Trần Văn Nam",
    )
    doc = extract_text(text, "lt.txt")["document"]
    assert doc["issuer"]["system"] == "state"
    assert (doc["signer"]["name"], doc["signer"]["position"], doc["signer"]["on_behalf_of"]) == (
        "Trần Văn Nam",
        "Giám đốc",
        None,
    )


def test_the_office_a_signer_holds_besides_is_not_his_name() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN XÃ HÒA LẠC\nBAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI\nSố: 4/KH-BCĐ\n"
        "Hòa Lạc, ngày 2 tháng 8 năm 2025",
        "về phòng, chống bão lũ",
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 1/7/2025 của Ủy ban nhân dân xã về thiên tai,\n\n"
        "Ban Chỉ đạo phòng chống thiên tai xã ban hành Kế hoạch như sau:",
        signature="TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ\n\n(Đã ký)\n\nTrần Văn Hòa",
    )
    s = extract_text(text, "bcd.txt")["document"]["signer"]
    assert (s["name"], s["position"], s["on_behalf_of"]) == ("Trần Văn Hòa", "Trưởng ban", None)


def test_a_central_board_under_the_central_committee_s_line_is_named_as_its_own_line() -> None:
    text = _plan(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC TRUNG ƯƠNG\n*\nSố 40-HD/BTCTW\t"
        "Hà Nội, ngày 2 tháng 9 năm 2025",
        "về đánh giá cán bộ",
        "Thực hiện Kết luận số 150-KL/TW, ngày 14/5/2025 của Bộ Chính trị về cán bộ¹, Ban Tổ chức Trung ương "
        "hướng dẫn như sau:",
    ).replace("Nơi nhận:", "¹ Kết luận số 150-KL/TW về công tác cán bộ sau sắp xếp.\n\nNơi nhận:")
    facts = extract_text(text, "btc.txt")
    assert facts["document"]["issuer"]["name"] == "Ban Tổ chức Trung ương"
    assert cited(facts)["150-KL/TW"]["title"] == "cán bộ"  # the anchor "¹" is not the title's


def test_a_code_ending_in_a_number_and_a_page_s_foot_inside_the_signature() -> None:
    # a steering committee named by its number ("KH-BCĐ389"); a PDF's "Trang 2/2" between the position and
    # the name
    text = _plan(
        "UBND HUYỆN SÔNG MÂY\nBAN CHỈ ĐẠO 389\nSố: 7/KH-BCĐ389\nSông Mây, ngày 4 tháng 3 năm 2024",
        "về chống buôn lậu",
        "Căn cứ Quyết định số 389/QĐ-TTg ngày 19/3/2014 của Thủ tướng Chính phủ về Ban Chỉ đạo,\n\n"
        "Ban Chỉ đạo 389 huyện ban hành Kế hoạch như sau:",
        signature="TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND HUYỆN\n\n                Trang 2/2\n\f(Đã ký)\n\n"
        "Nguyễn Văn Sơn",
    )
    doc = extract_text(text, "bcd389.txt")["document"]
    assert (doc["key"], doc["symbol"]) == ("7/KH-BCĐ389", "KH-BCĐ389")
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Nguyễn Văn Sơn", "Trưởng ban")


def test_a_special_zone_is_a_commune_level_unit_named_as_the_text_writes_it() -> None:
    # a special zone ("đặc khu", since the reform of 2025) sits right under its province as a commune does;
    # the header's capitals are cased as the running text writes the name
    text = _plan(
        "ĐẢNG BỘ TỈNH KHÁNH HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY ĐẶC KHU HÒN NGỌC\n*\nSố 12-KH/ĐU\t"
        "Hòn Ngọc, ngày 3 tháng 10 năm 2025",
        "về phát triển du lịch biển",
        "Thực hiện Kế hoạch số 8-KH/TU, ngày 2/9/2025 của Ban Thường vụ Tỉnh ủy về du lịch, Ban Thường vụ "
        "Đảng ủy đặc khu Hòn Ngọc đề ra Kế hoạch như sau:",
    )
    doc = extract_text(text, "dk.txt")["document"]
    assert (doc["issuer"]["name"], doc["issuer"]["level"]) == (
        "Ban Thường vụ Đảng ủy đặc khu Hòn Ngọc",
        "grassroots",
    )
    assert doc["jurisdiction"] == "commune:Hòn Ngọc, Khánh Hòa"


def test_a_body_s_name_with_a_slash_between_two_words_is_a_header_body() -> None:
    # "… TRẺ MỒ CÔI/KHUYẾT TẬT" is a name written with a slash, not a number's symbol ("KH/TU"): the header's
    # body, under the board that signs for it
    text = _plan(
        "HỘI BẢO TRỢ TRẺ MỒ CÔI/KHUYẾT TẬT\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ YÊN\n***\n"
        "Số: 9/KH-HBTTMC\tPhú Yên, ngày 5 tháng 6 năm 2024",
        "về thăm hỏi trẻ em năm 2024",
        "Căn cứ Điều lệ Hội Bảo trợ trẻ mồ côi/khuyết tật tỉnh Phú Yên, các hoạt động năm 2024 được tổ chức "
        "như sau:",
    )
    doc = extract_text(text, "slash.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường vụ Hội Bảo trợ trẻ mồ côi/khuyết tật tỉnh Phú Yên"
    assert doc["issuer"]["province"] == "Phú Yên"


def test_the_head_of_a_local_police_signs_under_his_unit_s_title_and_his_rank() -> None:
    # "TRƯỞNG CÔNG AN XÃ": the head's title with the unit's tier is the position; the rank before the
    # name is not the name
    text = _plan(
        "CÔNG AN HUYỆN SÔNG MÂY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN XÃ HÒA LẠC\n\n"
        "Số: 15/KH-CAX\tHòa Lạc, ngày 8 tháng 1 năm 2025",
        "về tuần tra đêm dịp Tết",
        "Thực hiện chỉ đạo của Công an huyện, Công an xã Hòa Lạc xây dựng Kế hoạch như sau:",
        signature="TRƯỞNG CÔNG AN XÃ\n\n\nTrung tá Phan Quốc Hưng",
    )
    signer = extract_text(text, "cax.txt")["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Phan Quốc Hưng", "Trưởng Công an xã")


def test_a_university_under_a_ministry_is_central_seated_in_its_province_and_numbers_its_own() -> None:
    # a university right under a ministry: the centre's, of the province of its seat (the place line); its
    # own keys are neither national nor that province's
    text = _plan(
        "BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TÂY\n\n"
        "Số: 77/KH-ĐHKT\tCần Thơ, ngày 3 tháng 10 năm 2024",
        "về an toàn phòng thí nghiệm",
        "Căn cứ Kế hoạch số 51/KH-ĐHKT ngày 2/8/2024 của Hiệu trưởng về năm học mới, Trường Đại học Kỹ thuật "
        "Miền Tây ban hành Kế hoạch như sau:",
        signature="HIỆU TRƯỞNG\n\nLê Thanh Tùng",
    )
    facts = extract_text(text, "dh.txt")
    doc = facts["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("central", "Cần Thơ")
    assert doc["jurisdiction"] == "unknown"
    assert cited(facts)["51/KH-ĐHKT"]["jurisdiction"] == "unknown"


def test_the_party_committee_of_a_university_under_a_ministry_numbers_in_its_own_bloc() -> None:
    # its Party organisation numbers its keys inside itself, a bloc of its own in the seat's province
    text = _plan(
        "BỘ XÂY DỰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC SAO MAI\n\n"
        "Số: 78/KH-ĐHSM\tVĩnh Long, ngày 3 tháng 10 năm 2024",
        "về an toàn phòng thí nghiệm",
        "Thực hiện Nghị quyết số 6-NQ/ĐU ngày 1/9/2024 của Đảng ủy Trường Đại học Sao Mai về năm "
        "học mới, Trường Đại học Sao Mai ban hành Kế hoạch như sau:",
        signature="HIỆU TRƯỞNG\n\nLê Thanh Tùng",
    )
    c = cited(extract_text(text, "dh.txt"))
    assert c["6-NQ/ĐU"]["jurisdiction"] == "bloc:Đảng bộ Trường Đại học Sao Mai, Vĩnh Long"


def test_a_word_processor_s_hyphens_read_as_the_plain_hyphen_and_quotes_keep_them() -> None:
    # non-breaking (U+2011), plain (U+2010) and figure (U+2012) hyphens and a soft hyphen inside keys: the
    # plan's own key and its citations read with "-", a footnote's superscript mark after a citation
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 27\u2011KH/HU\nSông Mây, ngày 2 tháng 10 năm 2024",
        "về chuyển đổi số",
        "Thực hiện Chỉ thị số 8\u2011CT/TW, ngày 5/3/2023 của Ban Bí thư về chuyển đổi số và Kế hoạch số "
        "6\u2010KH/TU, ngày 9/4/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số¹, Ban Thường vụ Huyện ủy "
        "ban hành Kế hoạch như sau:",
    ).replace(
        "Nơi nhận:",
        "¹ Quy định số 3\u2012QĐ/TW, ngày 1/2/2022 của Bộ Chính trị về học tập lý luận; Hướng dẫn số "
        "1\u00ad2-HD/BTG ngày 3/3/2023 của Ban Tuyên giáo Tỉnh ủy về học tập lý luận.\n\nNơi nhận:",
    )
    facts = extract_text(text, "gach.txt")
    assert facts["document"]["key"] == "27-KH/HU"
    c = cited(facts)
    assert {"8-CT/TW", "6-KH/TU", "3-QĐ/TW", "12-HD/BTG"} <= set(c)
    assert facts["implements"] == ["8-CT/TW", "6-KH/TU"]
    assert "8\u2011CT/TW" in c["8-CT/TW"]["source"]["text"]


def test_a_ward_naming_no_province_carrying_out_the_plan_of_the_city_of_hue_is_hue_s() -> None:
    # a ward of 2025 whose header names no province takes the province of the body whose plan it carries
    # out: "thành phố Huế", the centrally-run city since 2025 (no province's name of the 63)
    text = _plan(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG SÔNG MÂY\nSố: 21/KH-UBND\nSông Mây, ngày 6 tháng 4 năm 2026",
        "về phòng, chống đuối nước trẻ em",
        "Thực hiện Kế hoạch số 40/KH-UBND ngày 3/3/2026 của UBND thành phố Huế về phòng, chống đuối nước, "
        "Ủy ban nhân dân phường Sông Mây ban hành Kế hoạch như sau:",
        tasks="1. Trạm Y tế phường: theo dõi việc làm.",
        signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình",
    )
    facts = extract_text(text, "phuong.txt")
    doc = facts["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("grassroots", "Huế")
    assert doc["jurisdiction"] == "ward:Sông Mây, Huế"
    assert cited(facts)["40/KH-UBND"]["jurisdiction"] == "province:Huế"


def test_a_sector_union_under_a_provincial_labour_federation_is_of_the_province_s_level() -> None:
    # "LĐLĐ TỈNH … / CÔNG ĐOÀN NGÀNH GIÁO DỤC": a sector's union over its base unions, of the province's
    # level; its own keys are the province's
    text = _plan(
        "LĐLĐ TỈNH NGHỆ AN\nCÔNG ĐOÀN NGÀNH GIÁO DỤC\nSố: 52/KH-CĐGD\nNghệ An, ngày 4 tháng 9 năm 2023",
        "về thăm hỏi nhà giáo khó khăn",
        "Thực hiện Kế hoạch số 90/KH-LĐLĐ ngày 2/8/2023 của Ban Thường vụ Liên đoàn Lao động tỉnh về chăm lo "
        "đoàn viên và Chương trình số 3/CTr-CĐGD ngày 5/1/2023 của Ban Chấp hành về công tác năm 2023, xây "
        "dựng Kế hoạch như sau:",
        tasks="1. Văn phòng Công đoàn ngành: theo dõi việc làm.",
        signature="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Lan",
    )
    facts = extract_text(text, "cdn.txt")
    doc = facts["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("province", "Nghệ An")
    assert doc["jurisdiction"] == "province:Nghệ An"
    assert cited(facts)["3/CTr-CĐGD"]["jurisdiction"] == "province:Nghệ An"


def test_a_council_s_name_wrapped_at_its_and_is_one_name_of_the_province_s_level() -> None:
    # "HỘI ĐỒNG THI ĐUA" / "VÀ KHEN THƯỞNG" under "UBND TỈNH …": one council's name wrapped at its "và",
    # named with its province as the opening writes it
    text = _plan(
        "UBND TỈNH BẮC KẠN\nHỘI ĐỒNG THI ĐUA\nVÀ KHEN THƯỞNG\nSố: 7/KH-HĐTĐKT\n"
        "Bắc Kạn, ngày 2 tháng 5 năm 2023",
        "về phát động phong trào thi đua năm 2023",
        "Để việc khen thưởng kịp thời, Hội đồng Thi đua và Khen thưởng tỉnh Bắc Kạn xây dựng Kế hoạch "
        "như sau:",
        tasks="1. Sở Nội vụ: theo dõi việc làm.",
        signature="CHỦ TỊCH HỘI ĐỒNG\nCHỦ TỊCH UBND TỈNH\n\nNông Văn Tú",
    )
    doc = extract_text(text, "hd.txt")["document"]
    assert doc["issuer"]["name"] == "Hội đồng Thi đua và Khen thưởng tỉnh Bắc Kạn"
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("province", "Bắc Kạn")
    assert doc["jurisdiction"] == "province:Bắc Kạn"


def test_a_council_s_chair_signing_with_no_on_behalf_line_is_chair_of_the_council() -> None:
    # "CHỦ TỊCH HỘI ĐỒNG" over the State office the chair holds besides ("PHÓ CHỦ TỊCH UBND TỈNH"), no "TM."
    text = _plan(
        "UBND TỈNH CAO BẰNG\nHỘI ĐỒNG PHỐI HỢP PHỔ BIẾN PHÁP LUẬT\nSố: 3/KH-HĐPH\n"
        "Cao Bằng, ngày 9 tháng 1 năm 2024",
        "về phổ biến pháp luật năm 2024",
        "Hội đồng Phối hợp phổ biến pháp luật tỉnh ban hành Kế hoạch như sau:",
        tasks="1. Sở Tư pháp: theo dõi việc làm.",
        signature="CHỦ TỊCH HỘI ĐỒNG\nPHÓ CHỦ TỊCH UBND TỈNH\n\nHà Thị Mai",
    )
    signer = extract_text(text, "hd2.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Hà Thị Mai",
        "Chủ tịch Hội đồng",
        None,
    )


def test_a_unit_under_a_provincial_people_s_committee_is_named_with_its_province_and_of_its_level() -> None:
    # "UBND TỈNH … / TRUNG TÂM XÚC TIẾN ĐẦU TƯ": a unit of the province's People's Committee whose name
    # carries no place is the province's, named "… tỉnh X" as a board of the committee is; its own keys the
    # province's
    text = _plan(
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nTRUNG TÂM XÚC TIẾN ĐẦU TƯ\nSố: 15/KH-TTXT\n"
        "Lai Châu, ngày 8 tháng 4 năm 2024",
        "về quảng bá cơ hội đầu tư năm 2024",
        "Thực hiện Quyết định số 4/QĐ-TTXT ngày 2/1/2024 của Giám đốc Trung tâm về chương trình công tác năm "
        "2024, để quảng bá hình ảnh Trung tâm Xúc tiến đầu tư tỉnh Lai Châu, Trung tâm xây dựng Kế hoạch như "
        "sau:",
        tasks="1. Phòng Hành chính: theo dõi việc làm.",
        signature="GIÁM ĐỐC\n\nLò Văn Thanh",
    )
    facts = extract_text(text, "tt.txt")
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Trung tâm Xúc tiến đầu tư tỉnh Lai Châu"
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("province", "Lai Châu")
    assert doc["jurisdiction"] == "province:Lai Châu"
    assert cited(facts)["4/QĐ-TTXT"]["jurisdiction"] == "province:Lai Châu"


def test_a_ward_of_2025_naming_no_province_is_of_the_province_of_the_only_ward_so_named() -> None:
    # "ĐẢNG BỘ PHƯỜNG … / CHI BỘ TỔ DÂN PHỐ …" of 2025 or later, no province in the text: the province of the
    # only ward of 2025 of that name (a commune of that name elsewhere is another unit), as a district of 2023
    text = _plan(
        "ĐẢNG BỘ PHƯỜNG HẢI CHÂU\nCHI BỘ TỔ DÂN PHỐ 12\nSố 05-KH/CB\nHải Châu, ngày 3 tháng 10 năm 2025",
        "về vệ sinh môi trường khu dân cư",
        "Thực hiện Kế hoạch số 20-KH/ĐU ngày 9/9/2025 của Ban Thường vụ Đảng ủy phường về vệ sinh môi "
        "trường, "
        "Chi bộ Tổ dân phố 12 xây dựng Kế hoạch như sau:",
        tasks="1. Tổ trưởng tổ dân phố: theo dõi việc làm.",
        signature="T/M CHI BỘ\nBÍ THƯ\n\nPhan Văn Hải",
    )
    facts = extract_text(text, "cb.txt")
    doc = facts["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("grassroots", "Đà Nẵng")
    assert doc["jurisdiction"] == "ward:Hải Châu, Đà Nẵng"
    assert cited(facts)["20-KH/ĐU"]["jurisdiction"] == "ward:Hải Châu, Đà Nẵng"


def test_a_recipient_wrapped_in_lower_case_beside_the_signature_is_not_the_signer_s_name() -> None:
    # a pandoc plain table: recipients left, signature right, a recipient's name wrapped inside its column
    # ("- Hội Cựu chiến binh" / "và Hội Nông dân xã"); a name never begins in lower case
    facts = plan(
        "I. NỘI DUNG\nLàm tốt.\n\n  ---------------------------------------------------------------\n"
        "  Nơi nhận:                          T/M BAN THƯỜNG VỤ\n"
        "  - Thường trực Huyện ủy (b/c),      PHÓ BÍ THƯ\n"
        "  - Hội Cựu chiến binh               \n"
        "  và Hội Nông dân xã                 \n"
        "  - Lưu hồ sơ.                       Trịnh Văn Khải\n"
        "  ---------------------------------------------------------------\n"
    )
    signer = facts["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Trịnh Văn Khải",
        "Phó Bí thư",
        "Ban Thường vụ",
    )


def test_a_scan_s_letter_l_for_a_one_and_o_for_a_zero_before_a_year_are_read_as_digits() -> None:
    # a scan's text: "l6/KH-UBND" is 16/KH-UBND, "2O5/2019/NĐ-CP" (the letter O before the year) is
    # 205/2019/NĐ-CP
    c = cited(
        plan(
            "Thực hiện Kế hoạch số l6/KH-UBND ngày 3/3/2024 của Ủy ban nhân dân tỉnh về nước sạch và Nghị "
            "định số 2O5/2019/NĐ-CP của Chính phủ, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )
    assert {"16/KH-UBND", "205/2019/NĐ-CP"} <= set(c)


def test_a_table_row_split_by_tabs_never_continues_the_row_above() -> None:
    # A row opened by its number cell ("2 ⇥ … ⇥") is not the text of the row above, though that one ends
    # open and the row starts with a digit: a reference in a row's cell ends with the row.
    from ingest.read import source_from_text
    from ingest.text import Text

    text = (
        "Quý\tNội dung\tGhi chú\n"
        "1\tTìm hiểu Chỉ thị số 05-CT/TW về đẩy mạnh học tập đạo đức\t\n"
        "2\tHọc tập truyền thống địa phương\tThôn Đông\n"
        "3\tGiữ gìn an ninh trật tự\t\n"
    )
    t = Text(source_from_text(text, "w.txt"))
    assert t.blocks[0].text.endswith("học tập đạo đức")
    assert [b.text.split()[0] for b in t.blocks[1:]] == ["2", "3"]


def test_gender_based_in_a_title_is_no_looking_back_on_the_document_after_it() -> None:
    # "trên cơ sở giới" (gender-based) ends the first document's title: the second, after "và", is carried out
    # too, while "trên cơ sở Báo cáo …" still looks back on a document without carrying it out
    facts = plan(
        "Thực hiện Kế hoạch số 51/KH-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh về phòng ngừa bạo lực "
        "trên cơ sở giới trong trường học và Hướng dẫn số 9/HD-SGDĐT ngày 10/5/2024 của Sở Giáo dục và Đào "
        "tạo về tổ chức tuần lễ bình đẳng; trên cơ sở Báo cáo số 30/BC-UBND ngày 01/4/2024 của Ủy ban nhân "
        "dân tỉnh, "
        "Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
    )
    assert facts["implements"] == ["51/KH-UBND", "9/HD-SGDĐT"]


def test_a_forms_blank_place_and_date_line_never_continues_the_item_above() -> None:
    # "3. Ý kiến đề xuất" / "……, ngày … tháng … năm 2024": the form's blank, not the item's words
    from ingest.read import source_from_text
    from ingest.text import Text

    text = "3. Ý kiến đề xuất của cá nhân\n……, ngày … tháng … năm 2024\nNGƯỜI KÊ KHAI\n"
    t = Text(source_from_text(text, "w.txt"))
    assert [b.text for b in t.blocks][:2] == ["3. Ý kiến đề xuất của cá nhân", "……, ngày … tháng … năm 2024"]


def test_the_people_s_committee_of_a_city_under_a_province_is_of_the_districts_level() -> None:
    # "thành phố Tam Kỳ" is a city of Quảng Nam, not a centrally-run one: its committee is a district's
    text = _plan(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ TAM KỲ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 64/KH-UBND\tTam Kỳ, ngày 9 tháng 5 năm 2022",
        "về phát triển cây xanh đô thị",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2022 của Ủy ban nhân dân tỉnh Quảng Nam về cây xanh "
        "trên địa bàn tỉnh Quảng Nam,\n\nỦy ban nhân dân thành phố Tam Kỳ ban hành Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHồ Văn Lâm",
    )
    doc = extract_text(text, "tk.txt")["document"]
    assert doc["issuer"]["name"] == "Ủy ban nhân dân thành phố Tam Kỳ"
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("district", "Quảng Nam")
    assert doc["jurisdiction"] == "district:Tam Kỳ, Quảng Nam"


def test_the_head_of_an_inspectorate_signing_in_his_office_is_chanh_thanh_tra() -> None:
    # no "TM." line: the inspectorate's head signs under his title, which names his body
    text = _plan(
        "UBND HUYỆN SÔNG MÂY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THANH TRA HUYỆN\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 7/KH-TTr\tSông Mây, ngày 5 tháng 2 năm 2024",
        "về thanh tra công vụ năm 2024",
        "Căn cứ Kế hoạch số 3/KH-UBND ngày 4/1/2024 của Ủy ban nhân dân huyện về công vụ,\n\n"
        "Thanh tra huyện ban hành Kế hoạch như sau:",
        signature="CHÁNH THANH TRA\n\n(Đã ký)\n\nĐinh Thị Hoa",
    )
    signer = extract_text(text, "ttr.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Đinh Thị Hoa",
        "Chánh Thanh tra",
        None,
    )


@pytest.mark.parametrize(
    ("opening", "signer"),
    [
        ("Công an tỉnh Sông Mây và Sở Tài nguyên và Môi trường tỉnh Sông Mây", "Hồ Văn Tám"),
        ("Sở Tài nguyên và Môi trường tỉnh Sông Mây và Công an tỉnh Sông Mây", "Ngô Thị Lan"),
    ],
)
def test_two_heads_signing_in_person_under_their_bodies_the_lead_body_s_signs(
    opening: str, signer: str
) -> None:
    # a joint plan's two heads side by side above the recipients, each under his office named with his
    # body, no "TM." line; the body the plan names first signs: its head's name (his rank dropped), office
    text = (
        "CÔNG AN TỈNH SÔNG MÂY\t\tSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 12/KHLT-CAT-STNMT\t\t"
        "Sông Mây, ngày 5 tháng 6 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\nbảo vệ rừng đầu nguồn\n\n"
        f"Căn cứ Luật Lâm nghiệp năm 2017,\n\n{opening} thống nhất ban hành Kế hoạch liên tịch như sau:\n\n"
        "I. MỤC ĐÍCH\n\n"
        "1. Ngăn chặn việc chặt phá rừng.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các đơn vị theo dõi việc làm.\n\n"
        "GIÁM ĐỐC CÔNG AN TỈNH\t\t\tGIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\n\n"
        "Thiếu tướng Hồ Văn Tám\t\t\tNgô Thị Lan\n\nNơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n"
    )
    s = extract_text(text, "lt.txt")["document"]["signer"]
    assert (s["name"], s["position"], s["on_behalf_of"]) == (signer, "Giám đốc", None)


def test_a_seal_s_speck_beside_the_recipients_is_not_the_end_of_the_signature() -> None:
    # a scan's signature column beside the recipients, a lone "." of the seal between position and name
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\nSố 31-KH/HU\nSông Mây, ngày 2 tháng 5 năm 2023",
        "về trồng cây phân tán",
        "Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:",
        signature="",
    ).replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n\n" + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Bình",
        "Nơi nhận:                                  T/M BAN THƯỜNG VỤ\n"
        "- Thường trực Tỉnh ủy,                         BÍ THƯ\n"
        "- Các xã, thị trấn,                               .\n"
        "- Lưu Văn phòng.                              Đinh Thị Nguyệt\n",
    )
    s = extract_text(text, "scan.txt")["document"]["signer"]
    assert (s["name"], s["position"], s["on_behalf_of"]) == ("Đinh Thị Nguyệt", "Bí thư", "Ban Thường vụ")


def test_a_scan_s_rn_for_m_at_a_word_s_start_is_read_as_m() -> None:
    # a scan's text read "m" as "rn" at the start of words ("rnức", "rnạng"): no Vietnamese word begins
    # with "rn", so the title reads "m"; "Internet" keeps its own; the provenance quotes the file as it is
    c = cited(
        plan(
            "Thực hiện Nghị định số 31/2022/NĐ-CP của Chính phủ quy định rnức hỗ trợ phủ sóng rnạng "
            "Internet cho vùng sâu, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )["31/2022/NĐ-CP"]
    assert c["title"] == "quy định mức hỗ trợ phủ sóng mạng Internet cho vùng sâu"
    assert "rnức hỗ trợ phủ sóng rnạng" in c["source"]["text"]


def test_a_company_board_s_decision_is_in_no_register_of_the_party_or_the_state() -> None:
    # "…/QĐ-HĐQT của Hội đồng quản trị Công ty": a business document, numbered by the enterprise: unknown
    c = cited(
        plan(
            "Thực hiện Quyết định số 58/QĐ-HĐQT ngày 9/4/2024 của Hội đồng quản trị Công ty về đổi mới "
            "thiết bị đo nước, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )
    assert c["58/QĐ-HĐQT"]["jurisdiction"] == "unknown"


def test_a_law_named_in_a_table_s_cell_ends_at_the_cell_s_tab() -> None:
    # a row of cells split by tabs runs together in its block: "Luật Thủy lợi ⇥ Sở … ⇥ Đài …;" names the law
    # alone, the numbered law the plan cites, not a law named "Thủy lợi Sở Nông nghiệp …"
    facts = plan(
        "Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19/6/2017, Ban Thường vụ Tỉnh ủy ban hành kế hoạch "
        "như sau:\n\n"
        "TT\tNội dung\tChủ trì\tPhối hợp\n"
        "1\tTuyên truyền về Luật Thủy lợi\tSở Nông nghiệp\tĐài Phát thanh tỉnh; Văn phòng\n"
    )
    assert [c["key"] for c in facts["cited"]] == ["08/2017/QH14"]


def test_a_centrally_run_city_s_youth_union_named_after_it_numbers_in_that_city() -> None:
    # "…/TĐTN-… của Ban Thường vụ Thành đoàn Cần Thơ": the Youth Union of a centrally-run city, a province's
    c = cited(
        plan(
            "Thực hiện Kế hoạch số 77-KH/TĐTN-ĐKT ngày 5/3/2024 của Ban Thường vụ Thành đoàn Cần Thơ về "
            "kết nghĩa thanh niên hai địa phương, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )
    assert c["77-KH/TĐTN-ĐKT"]["jurisdiction"] == "province:Cần Thơ"


def test_a_central_bloc_s_own_plan_numbers_in_that_bloc_of_no_province() -> None:
    # "ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG / ĐẢNG ỦY KHỐI": the central bloc's committee, in no province; its
    # own plan and the keys of its own series ("…/ĐUK" of the "Đảng ủy Khối" it names short) are that bloc's
    text = _plan(
        "ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG\nĐẢNG ỦY KHỐI\n*\nSố 77-KH/ĐUK\n"
        "Hà Nội, ngày 9 tháng 4 năm 2024",
        "về bồi dưỡng cấp ủy viên mới",
        "Thực hiện Kế hoạch số 61-KH/ĐUK, ngày 3/1/2024 của Ban Thường vụ Đảng ủy Khối về công tác cán bộ "
        "năm 2024, Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "bloc.txt")
    doc = facts["document"]
    assert doc["issuer"]["level"] == "central" and doc["issuer"]["province"] is None
    assert doc["jurisdiction"].casefold() == "bloc:đảng bộ khối doanh nghiệp trung ương"
    assert cited(facts)["61-KH/ĐUK"]["jurisdiction"] == doc["jurisdiction"]


def test_a_board_named_in_the_opening_with_its_body_cut_short_takes_the_body_s_name_from_the_header() -> None:
    # "Ban Thường trực Liên hiệp các …": the opening's reading stops inside the body's name (at "tổ chức",
    # read as the opening's verb); the header gives the body whole ("LIÊN HIỆP CÁC TỔ CHỨC … / TỈNH A"), the
    # board's name goes on with it, as the body's own short name does ("Chi bộ" under "CHI BỘ TRƯỜNG …")
    text = _plan(
        "LIÊN HIỆP CÁC TỔ CHỨC THIỆN NGUYỆN\nTỈNH PHÚ YÊN\n______\nSố: 12/KH-LHTN\n"
        "Tuy Hòa, ngày 8 tháng 3 năm 2024",
        "Trao học bổng cho học sinh nghèo năm 2024",
        "Thực hiện Chương trình công tác năm 2024, Ban Thường trực Liên hiệp các tổ chức thiện nguyện tỉnh "
        "Phú Yên xây dựng Kế hoạch như sau:",
        signature="TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nTrần Văn Hải",
    )
    doc = extract_text(text, "board.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường trực Liên hiệp các tổ chức thiện nguyện tỉnh Phú Yên"
    assert doc["issuer"]["level"] == "province" and doc["jurisdiction"] == "province:Phú Yên"


def test_a_party_committee_s_team_named_with_no_place_is_of_the_committee_s_level() -> None:
    # "HUYỆN ỦY A / ĐOÀN GIÁM SÁT SỐ 2": a team the committee sets up, of the committee's level and place
    text = _plan(
        "HUYỆN ỦY LONG MỸ\nĐOÀN GIÁM SÁT SỐ 2\n*\nSố 03-KH/ĐGS\nLong Mỹ, ngày 6 tháng 8 năm 2024",
        "giám sát việc thu, nộp đảng phí tại Đảng ủy xã Vĩnh Viễn",
        "Thực hiện Quyết định số 415-QĐ/HU, ngày 1/8/2024 của Ban Thường vụ Huyện ủy về thành lập Đoàn giám "
        "sát, Đoàn giám sát số 2 xây dựng Kế hoạch như sau:",
        signature="TRƯỞNG ĐOÀN\n\nLê Thị Mai",
    )
    doc = extract_text(text, "team.txt")["document"]
    assert doc["issuer"]["name"] == "Đoàn giám sát số 2"
    assert (doc["issuer"]["level"], doc["issuer"]["system"]) == ("district", "party")
    assert doc["jurisdiction"] == "district:Long Mỹ, Hậu Giang"


def test_a_school_under_a_district_s_office_is_a_base_unit_of_the_state_numbering_in_its_district() -> None:
    # "PHÒNG … HUYỆN A / TRƯỜNG TIỂU HỌC B": a unit the district's office runs, named with no place: the
    # grassroots, a State body, its numbering its district's (it names no commune of its own)
    text = _plan(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN QUẢNG XƯƠNG\nTRƯỜNG TIỂU HỌC HOA SEN\n\nSố: 18/KH-THHS\n"
        "Quảng Xương, ngày 2 tháng 10 năm 2023",
        "Tổ chức Ngày hội đọc sách năm học 2023 - 2024",
        "Căn cứ Kế hoạch số 31/KH-PGDĐT ngày 20/9/2023 của Phòng Giáo dục và Đào tạo về phát triển văn hóa "
        "đọc, Trường Tiểu học Hoa Sen xây dựng Kế hoạch như sau:",
        signature="HIỆU TRƯỞNG\n\nĐỗ Thị Lan",
    )
    doc = extract_text(text, "school.txt")["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["system"]) == ("grassroots", "state")
    assert doc["jurisdiction"] == "district:Quảng Xương, Thanh Hóa"


def test_a_body_named_for_the_nation_with_no_place_is_the_centre_s() -> None:
    # "HỘI … VIỆT NAM": a national organisation's own plan, of no province, numbered nationally
    text = _plan(
        "HỘI NGHỀ CÁ\nVIỆT NAM\n\nSố: 09/KH-HNC\nHà Nội, ngày 11 tháng 6 năm 2024",
        "Hỗ trợ ngư dân bám biển năm 2024",
        "Thực hiện Nghị quyết Đại hội Hội lần thứ V, Ban Thường vụ Hội Nghề cá Việt Nam ban hành Kế hoạch "
        "như sau:",
        signature="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nPhạm Văn Hòa",
    )
    doc = extract_text(text, "nation.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường vụ Hội Nghề cá Việt Nam"
    assert (doc["issuer"]["level"], doc["issuer"]["province"]) == ("central", None)
    assert doc["jurisdiction"] == "national"


def test_a_joint_plan_signed_side_by_side_is_signed_for_the_lead_s_board_alone() -> None:
    # "TM. BAN THƯỜNG VỤ HỘI … TỈNH" beside the other body's column: the body's name tells the columns apart
    # (the issuer names it); the signer acts for the board, "Ban Thường vụ"
    text = _plan(
        "HỘI CỰU CHIẾN BINH TỈNH LÀO CAI      SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
        "Số: 07/KH-CCB-SLĐTBXH\nLào Cai, ngày 5 tháng 4 năm 2024",
        "Phối hợp giới thiệu việc làm cho con em cựu chiến binh năm 2024",
        "Thực hiện Chương trình công tác năm 2024, Ban Thường vụ Hội Cựu chiến binh tỉnh Lào Cai và Sở Lao "
        "động - Thương binh và Xã hội tỉnh Lào Cai thống nhất ban hành Kế hoạch như sau:",
        signature="TM. BAN THƯỜNG VỤ HỘI CỰU CHIẾN BINH TỈNH      KT. GIÁM ĐỐC\n"
        "                CHỦ TỊCH                        PHÓ GIÁM ĐỐC\n\n"
        "             Hoàng Văn Sơn                      Lý Thị Hoa",
    )
    signer = extract_text(text, "joint.txt")["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Hoàng Văn Sơn", "Chủ tịch")
    assert signer["on_behalf_of"] == "Ban Thường vụ"


def test_an_association_s_board_is_of_the_front() -> None:
    # "Ban Chấp hành Hội …": the board of an association, of the Front as the mass organisations are, not a
    # Party body for its "Ban Chấp hành"
    text = _plan(
        "HỘI LÀM VƯỜN TỈNH YÊN BÁI\n***\nSố: 15/KH-HLV\nYên Bái, ngày 3 tháng 5 năm 2024",
        "Nhân rộng mô hình vườn mẫu năm 2024",
        "Thực hiện Chương trình công tác năm 2024, Ban Chấp hành Hội Làm vườn tỉnh Yên Bái xây dựng Kế hoạch "
        "như sau:",
        signature="TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nVũ Văn Tâm",
    )
    issuer = extract_text(text, "hoi.txt")["document"]["issuer"]
    assert (issuer["name"], issuer["system"]) == ("Ban Chấp hành Hội Làm vườn tỉnh Yên Bái", "front")


def test_a_special_zone_s_own_body_named_by_its_unit_alone_is_the_zone_s() -> None:
    # "Ủy ban nhân dân đặc khu" with no name after it, in a special zone's plan (a commune-level unit since
    # 2025): the zone's own committee, numbered in the zone, as "UBND xã" is in a commune's plan
    text = _plan(
        "ỦY BAN NHÂN DÂN\nĐẶC KHU VÂN ĐỒN\n\nSố: 88/KH-UBND\nVân Đồn, ngày 9 tháng 10 năm 2025",
        "Phòng, chống rác thải nhựa trên các đảo năm 2026",
        "Căn cứ Quyết định số 42/QĐ-UBND ngày 12/8/2025 của Ủy ban nhân dân đặc khu về kiện toàn Tổ công tác "
        "môi trường, Ủy ban nhân dân đặc khu Vân Đồn ban hành Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNông Văn Kiên",
    )
    facts = extract_text(text, "zone.txt")
    assert facts["document"]["jurisdiction"] == "commune:Vân Đồn, Quảng Ninh"
    assert cited(facts)["42/QĐ-UBND"]["jurisdiction"] == "commune:Vân Đồn, Quảng Ninh"


def test_a_ministry_s_series_is_not_a_standing_board_s() -> None:
    # "…/KH-BTTTT" of Bộ Thông tin và Truyền thông: its letters begin as a Front's standing board's "BTT" do,
    # but it is a ministry's series, numbered nationally, not where the plan sits
    c = cited(
        plan(
            "Thực hiện Kế hoạch số 2301/KH-BTTTT ngày 4/5/2023 của Bộ Thông tin và Truyền thông về phổ cập "
            "kỹ năng số, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:\n"
        )
    )
    assert c["2301/KH-BTTTT"]["jurisdiction"] == "national"


def test_a_key_of_the_plan_s_own_symbol_naming_no_issuer_is_the_plan_s_body_s() -> None:
    # "Kế hoạch số 18/KH-UBND" with no issuer, in the ward's plan "27/KH-UBND": the ward's own earlier one,
    # numbered in the ward, though every People's Committee numbers in a series of that name
    text = _plan(
        "THÀNH PHỐ ĐÀ NẴNG\nỦY BAN NHÂN DÂN\nPHƯỜNG THANH KHÊ\nSố: 27/KH-UBND\n"
        "Thanh Khê, ngày 3 tháng 11 năm 2025",
        "Ra quân làm sạch kênh rạch năm 2026",
        "Tiếp nối kết quả Kế hoạch số 18/KH-UBND ngày 2/6/2025 về làm sạch kênh rạch, Ủy ban nhân dân phường "
        "Thanh Khê ban hành Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Lộc",
    )
    facts = extract_text(text, "ward.txt")
    own = facts["document"]["jurisdiction"]
    assert own == "ward:Thanh Khê, Đà Nẵng"
    assert cited(facts)["18/KH-UBND"]["jurisdiction"] == own


def test_an_office_named_with_no_place_in_a_district_s_plan_is_the_district_s() -> None:
    # "Phòng Văn hóa và Thông tin" with no place, in a plan of a school under a district: an office of the
    # district's People's Committee, numbered in the district, not a ministry's
    text = _plan(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN QUẢNG XƯƠNG\nTRƯỜNG TIỂU HỌC HOA SEN\n\nSố: 21/KH-THHS\n"
        "Quảng Xương, ngày 9 tháng 3 năm 2024",
        "Tổ chức Ngày hội văn hóa dân gian năm 2024",
        "Căn cứ Hướng dẫn số 14/HD-PVHTT ngày 1/3/2024 của Phòng Văn hóa và Thông tin về tổ chức các "
        "hoạt động văn hóa, Trường Tiểu học Hoa Sen xây dựng Kế hoạch như sau:",
        signature="HIỆU TRƯỞNG\n\nĐỗ Thị Lan",
    )
    c = cited(extract_text(text, "office.txt"))
    assert c["14/HD-PVHTT"]["jurisdiction"] == "district:Quảng Xương, Thanh Hóa"


def test_an_event_s_organising_committee_named_with_no_place_is_of_the_plan_s_jurisdiction() -> None:
    # "Ban Tổ chức Hội chợ …" with no place: an ad hoc committee set up where the plan sits, not a ministry's
    # for its "BTC" letters
    text = _plan(
        "UBND TỈNH LẠNG SƠN\nTRUNG TÂM XÚC TIẾN THƯƠNG MẠI\n\nSố: 33/KH-TTXT\n"
        "Lạng Sơn, ngày 4 tháng 9 năm 2024",
        "Tổ chức gian hàng nông sản tại Hội chợ năm 2024",
        "Căn cứ Quyết định số 07/QĐ-BTC ngày 20/8/2024 của Ban Tổ chức Hội chợ thương mại biên giới năm 2024 "
        "về phân công nhiệm vụ, Trung tâm Xúc tiến thương mại xây dựng Kế hoạch như sau:",
        signature="GIÁM ĐỐC\n\nHà Văn Nam",
    )
    facts = extract_text(text, "event.txt")
    assert facts["document"]["jurisdiction"] == "province:Lạng Sơn"
    assert cited(facts)["07/QĐ-BTC"]["jurisdiction"] == "province:Lạng Sơn"
