"""Parts of a plan as the files new to the project write them: an opening written as a list of grounds,
the issuer read from a header block of several lines, the "Nơi nhận" list closed by a rule line.
Short plans written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from ingest import extract_text
from ingest.bodies import titlecase_body
from ingest.header import header_names


def _plan(header: str, opening: str, signature: str = "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Bình") -> str:
    return (
        f"{header}\n\nKẾ HOẠCH\n\nvề trồng cây xanh năm 2024\n\n{opening}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Làm cho mọi người hiểu rõ việc cần làm.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        f"1. Văn phòng: theo dõi việc làm.\n\nNơi nhận:\n- Lưu hồ sơ.\n\n{signature}\n"
    )


def test_grounds_listed_one_per_bulleted_paragraph_are_all_carried_out() -> None:
    text = _plan(
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 11-KH/ĐU\nHòa Lạc, ngày 4 tháng 3 năm 2024",
        "- Căn cứ Kế hoạch số 30-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy về trồng cây;\n\n"
        "- Căn cứ Hướng dẫn số 02-HD/BTGHU, ngày 15/01/2024 của Ban Tuyên giáo Huyện ủy về tuyên truyền;\n\n"
        "- Căn cứ tình hình thực tế, Đảng ủy xã Hòa Lạc xây dựng Kế hoạch như sau:",
        signature="T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình",
    )
    facts = extract_text(text, "xa.txt")
    assert facts["implements"] == ["30-KH/HU", "02-HD/BTGHU"]
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Đảng ủy xã Hòa Lạc"
    assert doc["issuer"]["level"] == "grassroots"
    # the opening's provenance points at the lines it was read from
    lines = [s["lines"][0] for s in facts["provenance"]["implements"]]
    assert lines == sorted(lines) and len(set(lines)) == 2


def test_grounds_in_plain_paragraphs_closed_by_the_sentence_naming_the_issuer() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nHUYỆN NÚI ĐỎ\nSố: 52/KH-UBND",
        "Căn cứ Quyết định số 77/QĐ-TTg ngày 02/02/2023 của Thủ tướng Chính phủ về trồng rừng;\n"
        "Căn cứ Kế hoạch số 9/KH-UBND ngày 3/1/2024 của UBND tỉnh Hà Tĩnh về trồng cây;\n"
        "Thực hiện Kế hoạch 4/KH-UBND ngày 12/01/2024 của UBND huyện về môi trường năm 2024,\n"
        "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình",
    )
    facts = extract_text(text, "ub.txt")
    assert facts["implements"] == ["77/QĐ-TTg", "9/KH-UBND", "4/KH-UBND"]
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Ủy ban nhân dân huyện Núi Đỏ"
    assert doc["jurisdiction"].startswith("district:Núi Đỏ")


def test_a_list_of_grounds_stops_at_the_first_paragraph_that_is_not_one() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU",
        "Căn cứ Chỉ thị số 12-CT/TW, ngày 1/2/2020 của Ban Bí thư về công tác dân vận;\n\n"
        "Nhằm làm tốt công tác dân vận theo Kết luận số 20-KL/TW, Ban Thường vụ Huyện ủy ban hành "
        "Kế hoạch như sau:",
    )
    facts = extract_text(text, "hu.txt")
    assert facts["implements"] == ["12-CT/TW"]  # "Nhằm …" is not a ground of the list


def test_board_under_its_committee_in_the_header_is_named_with_it() -> None:
    text = _plan(
        "TỈNH ỦY NINH THUẬN\nBAN TỔ CHỨC\n*\nSố 21-HD/BTCTU",
        "Thực hiện Quy định số 124-QĐ/TW, ngày 4/10/2023 của Ban Chấp hành Trung ương về kiểm điểm,",
        signature="K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Bình",
    )
    doc = extract_text(text, "btc.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Tổ chức Tỉnh ủy Ninh Thuận"
    assert (doc["issuer"]["level"], doc["jurisdiction"]) == ("province", "province:Ninh Thuận")


def test_header_names_in_running_text_case() -> None:
    assert titlecase_body("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ") == "Ủy ban nhân dân huyện Đức Thọ"
    assert titlecase_body("ĐẢNG ỦY XÃ TRƯỜNG XUÂN") == "Đảng ủy xã Trường Xuân"
    assert titlecase_body("HUYỆN ỦY YÊN THÀNH") == "Huyện ủy Yên Thành"
    assert titlecase_body("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"
    assert titlecase_body("ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN") == "Ủy ban MTTQ Việt Nam tỉnh Long An"
    assert titlecase_body("TỈNH ỦY THANH HOÁ") == "Tỉnh ủy Thanh Hóa"


def test_signing_for_the_body_the_header_names_does_not_repeat_it() -> None:
    text = _plan(
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 12-KH/ĐU",
        "Thực hiện Kế hoạch số 30-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy về trồng cây,",
        signature="T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình",
    )
    assert extract_text(text, "xa.txt")["document"]["issuer"]["name"] == "Đảng ủy xã Hòa Lạc"


def test_a_provincial_document_of_another_named_province_is_numbered_there() -> None:
    text = _plan(
        "TỈNH ỦY LÂM ĐỒNG\n*\nSố 09-CTr/TU\nLâm Đồng, ngày 28 tháng 10 năm 2025",
        "Thực hiện Kế hoạch số 125-KH/TU, ngày 2/12/2024 của Ban Thường vụ Tỉnh ủy Bình Thuận về giáo dục "
        "và Kế hoạch số 30-KH/TU, ngày 3/3/2025 của Ban Thường vụ Tỉnh ủy về y tế, Ban Thường vụ Tỉnh ủy "
        "xây dựng Chương trình như sau:",
    )
    cited = {c["key"]: c for c in extract_text(text, "ld.txt")["cited"]}
    assert cited["125-KH/TU"]["jurisdiction"] == "province:Bình Thuận"  # the former province's numbering
    assert cited["30-KH/TU"]["jurisdiction"] == "province:Lâm Đồng"  # the plan's own


def test_a_rule_line_under_the_recipients_is_not_one_of_them() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU",
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 1/2/2020 của Ban Bí thư về công tác dân vận,",
    )
    listed = "Nơi nhận:\n- Thường trực Huyện ủy;\n- Lưu hồ sơ.\n-\n---------------\n"
    text = text.replace("Nơi nhận:\n- Lưu hồ sơ.\n", listed)
    assert extract_text(text, "hu.txt")["recipients"] == ["Thường trực Huyện ủy", "Lưu hồ sơ"]


def test_a_clause_after_a_semicolon_carried_to_the_next_line_of_a_wrapped_file_stays_in_its_duty() -> None:
    # A PDF's hard line breaks (every line under ~80 characters), one of them right after a ";".
    text = """HUYỆN ỦY SÔNG MÂY
Số 07-KH/HU

KẾ HOẠCH
về công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước

Thực hiện Chỉ thị số 12-CT/TW, ngày 1/2/2020 của Ban Bí thư về công tác phát
triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước, Ban Thường vụ Huyện
ủy ban hành Kế hoạch thực hiện trên địa bàn huyện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Làm cho cán bộ, đảng viên hiểu rõ mục đích, ý nghĩa của việc phát triển
đảng viên trong doanh nghiệp, coi đó là nhiệm vụ thường xuyên của cấp ủy.
2. Gắn việc phát triển đảng viên với xây dựng tổ chức đảng trong sạch, vững
mạnh và với việc thực hiện nhiệm vụ sản xuất, kinh doanh của doanh nghiệp.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Huyện ủy
Chủ trì theo dõi, hướng dẫn các chi bộ thực hiện Kế hoạch này và định kỳ báo
cáo Ban Thường vụ Huyện ủy về kết quả phát triển đảng viên trong doanh nghiệp.
2. Ủy ban Kiểm tra Huyện ủy
Đưa việc thực hiện Kế hoạch này vào chương trình kiểm tra, giám sát hằng năm;
chú trọng giám sát việc kết nạp đảng viên và quản lý đảng viên ở các chi bộ
trong doanh nghiệp, nhất là việc sinh hoạt định kỳ của các chi bộ đó.
3. Văn phòng Huyện ủy
Tham mưu bố trí kinh phí hỗ trợ thành lập tổ chức đảng trong doanh nghiệp;
phục vụ các hội nghị sơ kết, tổng kết việc thực hiện Kế hoạch hằng năm.
Nơi nhận:
- Thường trực Huyện ủy;
- Lưu hồ sơ.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Lê Văn Bình
"""
    tasks = extract_text(text, "hu.txt")["tasks"]
    assert [(t["assignee"], t["actions"]) for t in tasks] == [
        ("Ban Tổ chức Huyện ủy", 1),
        ("Ủy ban Kiểm tra Huyện ủy", 1),
        ("Văn phòng Huyện ủy", 1),
    ]


def test_a_hyphenated_phrase_broken_before_its_dash_is_not_a_bullet() -> None:
    lines = [
        "HUYỆN ỦY SÔNG MÂY",
        "Số 08-KH/HU",
        "",
        "KẾ HOẠCH",
        "về phát triển vùng chè của huyện trong những năm tới",
        "",
        "Thực hiện Chương trình hành động số 68-CTr/TU, ngày 20/12/2022 của Tỉnh ủy thực",
        "hiện Nghị quyết số 23-NQ/TW, ngày 06/10/2022 của Bộ Chính trị về phát triển kinh tế",
        "- xã hội vùng Tây Nguyên đến năm 2030, Ban Thường vụ Huyện ủy ban hành Kế hoạch",
        "thực hiện trên địa bàn huyện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Làm cho cán bộ, đảng viên hiểu rõ mục đích, ý nghĩa của việc phát triển vùng",
        "chè, coi đó là nhiệm vụ chính trị thường xuyên của các cấp ủy, chính quyền huyện.",
        "2. Gắn việc phát triển vùng chè với xây dựng nông thôn mới và với việc bảo vệ môi",
        "trường sinh thái, giữ gìn bản sắc văn hóa của đồng bào các dân tộc trong huyện.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Ban Tuyên giáo Huyện ủy",
        "Chủ trì tuyên truyền rộng rãi nội dung Kế hoạch này đến cán bộ, đảng viên và Nhân",
        "dân trong huyện bằng nhiều hình thức phù hợp với từng đối tượng, từng địa bàn.",
        "2. Văn phòng Huyện ủy",
        "Theo dõi, đôn đốc việc thực hiện Kế hoạch, tổng hợp kết quả báo cáo Ban Thường vụ",
        "Huyện ủy hằng năm và khi sơ kết, tổng kết việc thực hiện Kế hoạch trên địa bàn.",
        "Nơi nhận:",
        "- Thường trực Huyện ủy;",
        "- Lưu hồ sơ.",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Lê Văn Bình",
    ]
    facts = extract_text("\n".join(lines) + "\n", "hu.txt")
    titles = {c["key"]: c["title"] for c in facts["cited"]}
    assert titles["23-NQ/TW"] == "phát triển kinh tế - xã hội vùng Tây Nguyên đến năm 2030"
    assert facts["document"]["issuer"]["name"] == "Ban Thường vụ Huyện ủy Sông Mây"


def test_a_quarter_broken_from_its_number_stays_in_the_duty() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU",
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 1/2/2020 của Ban Bí thư về công tác dân vận,",
    ).replace(
        "1. Văn phòng: theo dõi việc làm.",
        "1. Ban Dân vận Huyện ủy\n\n- Tổ chức giám sát việc làm trong Quý\nIII/2020.\n\n- Báo cáo kết quả.",
    )
    tasks = extract_text(text, "hu.txt")["tasks"]
    assert [(t["assignee"], t["actions"]) for t in tasks] == [("Ban Dân vận Huyện ủy", 2)]
    assert tasks[0]["duties"][0]["text"].endswith("Quý III/2020.")


def test_signing_for_the_head_beside_the_recipients_column() -> None:
    two_columns = (
        "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
        "- Sở Nội vụ;                                 KT. CHỦ TỊCH\n"
        "- Lưu: VT.                                   PHÓ CHỦ TỊCH\n"
        "                                             (Đã ký)\n"
        "                                             Lê Văn Bình\n"
    )
    text = _plan("ỦY BAN NHÂN DÂN\nHUYỆN NÚI ĐỎ\nSố: 52/KH-UBND", "Căn cứ tình hình thực tế,", signature="")
    text = text.replace("Nơi nhận:\n- Lưu hồ sơ.\n", two_columns)
    signer = extract_text(text, "ub.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Lê Văn Bình",
        "Phó Chủ tịch",
        "Ủy ban nhân dân",
    )
    # without a T/M line the deputy signs for the head
    board = _plan("TỈNH ỦY NINH THUẬN\nBAN TỔ CHỨC\nSố 21-HD/BTCTU", "Căn cứ tình hình thực tế,", "")
    board = board.replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n", "Nơi nhận:\t K/T TRƯỞNG BAN\n- Lưu.\tPHÓ TRƯỞNG BAN\n\tLê Văn Bình\n"
    )
    signer = extract_text(board, "btc.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Lê Văn Bình",
        "Phó Trưởng ban",
        "Trưởng ban",
    )


def test_a_signers_rank_and_a_brace_grouping_recipients_are_not_the_name() -> None:
    block = (
        "Nơi nhận:                                   T/M ĐẢNG ỦY\n"
        "- Thường trực Tỉnh ủy;        }             PHÓ BÍ THƯ\n"
        "- Ban Tổ chức Tỉnh ủy;        } (b/c)\n"
        "- Lưu: VT.                                  Đại tá Lê Văn Bình\n"
    )
    text = _plan("ĐẢNG ỦY QUÂN SỰ TỈNH HÀ TĨNH\nSố 86-KH/ĐU", "Căn cứ tình hình thực tế,", signature="")
    signer = extract_text(text.replace("Nơi nhận:\n- Lưu hồ sơ.\n", block), "qs.txt")["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Lê Văn Bình", "Phó Bí thư")


def test_a_central_body_has_no_province() -> None:
    text = _plan("BAN TUYÊN GIÁO TRUNG ƯƠNG\nSố 96-HD/BTGTW", "Căn cứ tình hình thực tế,")
    issuer = extract_text(text, "tw.txt")["document"]["issuer"]
    assert (issuer["level"], issuer["province"]) == ("central", None)


# --- joint plans, mass organisations, the forces (round five) -----------------------------------------------


def test_a_joint_plan_is_issued_by_the_bodies_its_opening_joins() -> None:
    text = _plan(
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM      ỦY BAN NHÂN DÂN\n"
        "     TỈNH NÚI ĐỎ                  TỈNH NÚI ĐỎ\n"
        "Số: 03/KHLT-MTTQ-UBND                       Núi Đỏ, ngày 2 tháng 5 năm 2024",
        "Căn cứ Quy chế phối hợp số 01/QCPH-MTTQ-UBND, ngày 5/1/2022;\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Núi Đỏ và Ủy ban nhân dân tỉnh Núi Đỏ (sau đây gọi tắt "
        "là hai bên) thống nhất ban hành Kế hoạch liên tịch như sau:",
        signature=(
            "TM. ỦY BAN NHÂN DÂN TỈNH              TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH\n"
            "     KT. CHỦ TỊCH                            PHÓ CHỦ TỊCH THƯỜNG TRỰC\n"
            "     PHÓ CHỦ TỊCH\n\n"
            "     Trần Thị Mai                                 Đỗ Văn Hùng"
        ),
    ).replace("\nKẾ HOẠCH\n", "\nKẾ HOẠCH LIÊN TỊCH\n")
    doc = extract_text(text, "lt.txt")["document"]
    assert doc["type"] == "Kế hoạch liên tịch"
    # signed side by side: the plan's signer signs for the body its opening names first
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Đỗ Văn Hùng", "Phó Chủ tịch Thường trực")
    assert doc["issuer"]["name"] == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Núi Đỏ và Ủy ban nhân dân tỉnh Núi Đỏ"
    )
    assert doc["issuer"]["system"] == "front"


def test_a_youth_union_is_a_front_body_named_with_its_province() -> None:
    text = _plan(
        "BCH ĐOÀN TNCS HỒ CHÍ MINH          ĐOÀN TNCS HỒ CHÍ MINH\n     TỈNH HÀ TĨNH\n"
        "Số: 40-KH/TĐTN-BTG                  Hà Tĩnh, ngày 3 tháng 6 năm 2024",
        "Thực hiện Kế hoạch số 12-KH/TU, ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy về trồng cây, "
        "Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:",
        signature="TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\nLê Thị Hoa",
    )
    doc = extract_text(text, "td.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Thường vụ Tỉnh đoàn Hà Tĩnh"
    assert (doc["issuer"]["system"], doc["issuer"]["level"]) == ("front", "province")
    assert doc["signer"]["on_behalf_of"] == "Ban Thường vụ Tỉnh đoàn"


def test_a_party_committee_s_office_is_a_party_body_and_a_mass_association_a_front_one() -> None:
    # "Văn phòng" holds "phòng", as the State's divisions ("Phòng Nội vụ") do
    office = _plan(
        "TỈNH ỦY HÀ TĨNH\nVĂN PHÒNG\n*\nSố 30-KH/VPTU\nHà Tĩnh, ngày 3 tháng 6 năm 2024",
        "Thực hiện Kế hoạch số 12-KH/TU, ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy về lưu trữ, "
        "Văn phòng Tỉnh ủy ban hành Kế hoạch như sau:",
        signature="CHÁNH VĂN PHÒNG\n\nLê Thị Hoa",
    )
    assert extract_text(office, "vp.txt")["document"]["issuer"]["system"] == "party"
    association = _plan(
        "HỘI CHỮ THẬP ĐỎ TỈNH HÀ TĨNH\nBAN THƯỜNG VỤ\nSố: 15/KH-CTĐ\nHà Tĩnh, ngày 3 tháng 6 năm 2024",
        "Thực hiện Kế hoạch số 12-KH/TU, ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy về nhân đạo, "
        "Ban Thường vụ Hội Chữ thập đỏ tỉnh ban hành Kế hoạch như sau:",
        signature="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Hoa",
    )
    assert extract_text(association, "ctd.txt")["document"]["issuer"]["system"] == "front"


def test_the_party_s_delegation_and_board_in_state_bodies_are_party_bodies() -> None:
    for header, opening in (
        ("TỈNH ỦY HÀ TĨNH\nĐẢNG ĐOÀN HĐND TỈNH\n*\nSố 12-KH/ĐĐHĐND", "Đảng đoàn Hội đồng nhân dân tỉnh"),
        ("TỈNH ỦY HÀ TĨNH\nBAN CÁN SỰ ĐẢNG UBND TỈNH\n*\nSố 13-KH/BCSĐ", "Ban cán sự đảng UBND tỉnh"),
    ):
        text = _plan(header + "\nHà Tĩnh, ngày 3 tháng 6 năm 2024", opening + " ban hành Kế hoạch như sau:")
        issuer = extract_text(text, "d.txt")["document"]["issuer"]
        assert (issuer["system"], issuer["level"]) == ("party", "province"), header


def test_a_department_is_the_province_s_and_named_with_it() -> None:
    text = _plan(
        "UBND TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\nSố: 20/KH-SYT\n"
        "Hà Tĩnh, ngày 3 tháng 6 năm 2024",
        "Thực hiện Kế hoạch số 12/KH-UBND, ngày 5/1/2024 của Ủy ban nhân dân tỉnh về tiêm chủng, "
        "Sở Y tế ban hành Kế hoạch như sau:",
        signature="GIÁM ĐỐC\n\nLê Thị Hoa",
    )
    doc = extract_text(text, "syt.txt")["document"]
    assert (doc["issuer"]["name"], doc["issuer"]["level"]) == ("Sở Y tế tỉnh Hà Tĩnh", "province")
    assert doc["jurisdiction"] == "province:Hà Tĩnh"


def test_the_forces_and_mass_organisations_keep_their_capitals_in_a_header() -> None:
    assert titlecase_body("ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN") == "Đảng ủy Công an tỉnh Nghệ An"
    assert titlecase_body("BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH") == "Ban Thường vụ Hội Nông dân tỉnh"
    assert titlecase_body("BAN THƯỜNG VỤ HUYỆN ĐOÀN") == "Ban Thường vụ Huyện đoàn"


def test_a_recipient_wrapped_onto_an_indented_line_beside_the_signature() -> None:
    text = _plan(
        "ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY CÔNG AN TỈNH\n*\nSố 24-CTr/ĐU\nHà Tĩnh, ngày 8 tháng 11 năm 2022",
        "Thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị, Đảng ủy Công an tỉnh xây dựng "
        "Chương trình như sau:",
        signature="",
    ).replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n",
        "Nơi nhận:                                     T/M ĐẢNG ỦY\n"
        "- Ban Thường vụ Tỉnh ủy (để b/c),                BÍ THƯ\n"
        "- Cục Công tác đảng và công tác chính trị,      (đã ký)\n"
        "  Bộ Công an,\n"
        "- Các đồng chí Đảng ủy viên,             Đại tá Trần Văn Nam\n"
        "- Lưu: VP.\n",
    )
    facts = extract_text(text, "ca.txt")
    assert facts["recipients"] == [
        "Ban Thường vụ Tỉnh ủy",
        "Cục Công tác đảng và công tác chính trị, Bộ Công an",
        "Các đồng chí Đảng ủy viên",
        "Lưu: VP",
    ]
    signer = facts["document"]["signer"]
    assert (signer["name"], signer["position"]) == ("Trần Văn Nam", "Bí thư")
    assert signer["on_behalf_of"] == "Đảng ủy"
    assert facts["document"]["issuer"]["name"] == "Đảng ủy Công an tỉnh Hà Tĩnh"


def test_an_annex_keeps_its_roman_and_lettered_parts_above_the_numbered_items() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nĐỀ CƯƠNG\nBÁO CÁO SƠ KẾT\n(Kèm theo Kế hoạch số 07-KH/HU)\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n\n"
        "Khái quát tình hình.\n\nII. KẾT QUẢ THỰC HIỆN\n\nA. KIỂM TRA\n\n1. Công tác quán triệt\n\n"
        "Số buổi, số người dự.\n\n2. Kết quả\n\nB. GIÁM SÁT\n\n3. Việc giám sát\n\nIII. Kiến nghị\n"
    )
    annex = extract_text(text, "dc.txt")["annexes"][0]
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("I", "ĐẶC ĐIỂM TÌNH HÌNH"),
        ("II", "KẾT QUẢ THỰC HIỆN"),
        ("A", "KIỂM TRA"),
        ("1", "Công tác quán triệt"),
        ("2", "Kết quả"),
        ("B", "GIÁM SÁT"),
        ("3", "Việc giám sát"),
        ("III", "Kiến nghị"),
    ]


def test_an_opening_naming_its_body_short_takes_the_headers_whole_name_as_the_text_writes_it() -> None:
    text = _plan(
        "ĐẢNG BỘ XÃ SÔNG MÂY\nCHI BỘ TRƯỜNG THCS SÔNG MÂY\n*\nSố 03-KH/CB\nSông Mây, ngày 9 tháng 9 năm 2024",
        "Căn cứ tình hình thực tế của Trường THCS Sông Mây, Chi bộ xây dựng Kế hoạch như sau:",
        signature="T/M CHI BỘ\nBÍ THƯ\n\nLê Văn Bình",
    )
    assert extract_text(text, "cb.txt")["document"]["issuer"]["name"] == "Chi bộ Trường THCS Sông Mây"


def test_an_annex_title_of_any_case_stands_above_its_caption() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nĐỀ CƯƠNG\nBáo cáo kết quả trồng cây\ngiai đoạn 2021 - 2023\n(Kèm theo Kế hoạch số 07-KH/HU)\n\n"
        "1. Khái quát tình hình\n"
    )
    annex = extract_text(text, "dc.txt")["annexes"][0]
    assert annex["title"] == "Báo cáo kết quả trồng cây giai đoạn 2021 - 2023"
    assert [s["number"] for s in annex["sections"]] == ["1"]


def test_an_aside_in_brackets_under_an_annex_title_is_not_part_of_it() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 08-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nTRÌNH TỰ BUỔI LỄ RA QUÂN\n(Dự kiến)\n(Kèm theo Kế hoạch số 08-KH/HU)\n\n"
        "1. Chào cờ\n2. Phát biểu phát động\n"
    )
    annex = extract_text(text, "pl.txt")["annexes"][0]
    assert annex["title"] == "TRÌNH TỰ BUỔI LỄ RA QUÂN"
    assert [s["number"] for s in annex["sections"]] == ["1", "2"]


def test_a_long_aside_on_whom_an_annex_is_for_is_not_part_of_its_title() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 09-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nĐỀ CƯƠNG\nBẢN TỰ KIỂM ĐIỂM NĂM 2024\n(Dùng cho cán bộ, đảng viên giữ chức vụ lãnh đạo ở cơ sở)\n"
        "(Kèm theo Kế hoạch số 09-KH/HU)\n\n1. Ưu điểm\n2. Khuyết điểm\n"
    )
    annex = extract_text(text, "m.txt")["annexes"][0]
    assert annex["title"] == "BẢN TỰ KIỂM ĐIỂM NĂM 2024"


def test_a_city_named_in_the_header_stays_a_place_of_the_issuer() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ LẠT\nSố: 12/KH-UBND\nĐà Lạt, ngày 2 tháng 3 năm 2024",
        "Căn cứ Kế hoạch số 9/KH-UBND ngày 3/1/2024 của UBND tỉnh Lâm Đồng về trồng cây;\n"
        "Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
    )
    doc = extract_text(text, "dl.txt")["document"]
    assert (doc["issuer"]["level"], doc["jurisdiction"]) == ("district", "district:Đà Lạt, Lâm Đồng")


def test_a_deputy_signing_above_the_recipients_with_a_signed_mark_between() -> None:
    text = _plan(
        "TỈNH ỦY HÀ TĨNH\nBAN TUYÊN GIÁO\n*\nSố 85-HD/BTGTU\nHà Tĩnh, ngày 5 tháng 1 năm 2024",
        "Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:",
        signature="",
    ).replace("Nơi nhận:", "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n(Đã ký)\n\nLê Thị Hoa\n\nNơi nhận:")
    signer = extract_text(text, "hd.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Lê Thị Hoa",
        "Phó Trưởng ban",
        "Trưởng ban",
    )


def test_an_annex_of_slogans_drops_their_exclamation_marks() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nKHẨU HIỆU TUYÊN TRUYỀN\n(Kèm theo Kế hoạch số 07-KH/HU)\n\n"
        "1. Nhiệt liệt chào mừng ngày trồng cây!\n2. Trồng cây xanh vì môi trường sống!\n"
    )
    sections = extract_text(text, "kh.txt")["annexes"][0]["sections"]
    assert [s["title"] for s in sections] == [
        "Nhiệt liệt chào mừng ngày trồng cây",
        "Trồng cây xanh vì môi trường sống",
    ]


def test_a_commune_of_2025_named_like_an_abolished_district_has_no_district() -> None:
    text = _plan(
        "ỦY BAN NHÂN DÂN\nXÃ LỆ SƠN\nSố: 21/KH-UBND\nLệ Sơn, ngày 26 tháng 1 năm 2026",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 3/3/2025 của UBND huyện Lệ Sơn (cũ) về chuyển đổi số;\n"
        "Ủy ban nhân dân xã Lệ Sơn, tỉnh Quảng Trị ban hành Kế hoạch như sau:",
    ).replace(
        "1. Làm cho mọi người hiểu rõ việc cần làm.",
        "1. Xã Lệ Sơn được lập trên cơ sở nhập thị trấn Kiến Hà và các xã Phong Sơn, Lộc Sơn thuộc huyện Lệ "
        "Sơn, tỉnh Quảng Bình (cũ).",
    )
    assert extract_text(text, "xa.txt")["document"]["jurisdiction"] == "commune:Lệ Sơn, Quảng Trị"


def test_an_annex_table_exported_one_cell_a_line_gives_its_rows_as_sections() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nPHÂN CÔNG THỰC HIỆN\n(Kèm theo Kế hoạch số 07-KH/HU)\n\n"
        "TT\nNội dung\nCơ quan chủ trì\nThời gian\n"
        "I\nTUYÊN TRUYỀN\n1\nTổ chức hội nghị quán triệt\nBan Tuyên giáo Huyện ủy\nTháng 9/2024\n"
        "2\nĐưa nội dung vào sinh hoạt chi bộ\nCác chi bộ\nQuý IV/2024\n"
        "II\nKIỂM TRA\n3\nKiểm tra việc trồng cây\nỦy ban Kiểm tra Huyện ủy\nNăm 2025\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [
        ("I", "TUYÊN TRUYỀN"),
        ("1", "Tổ chức hội nghị quán triệt"),
        ("2", "Đưa nội dung vào sinh hoạt chi bộ"),
        ("II", "KIỂM TRA"),
        ("3", "Kiểm tra việc trồng cây"),
    ]


def test_a_content_cell_wrapped_onto_the_lines_below_stays_one_row() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 08-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nPHÂN CÔNG THỰC HIỆN\n(Kèm theo Kế hoạch số 08-KH/HU)\n\n"
        "TT\nNội dung\nCơ quan chủ trì\nThời gian\n"
        "1\nKiểm tra việc trồng cây phân tán (03 xã; chọn theo kết quả năm trước,\nđịa bàn dễ sạt lở)\n"
        "Ủy ban Kiểm tra Huyện ủy\nQuý II\n"
        "2\nGiám sát việc giữ gìn rừng phòng hộ tại\nĐảng ủy xã Hòa Bình\nBan Tổ chức Huyện ủy\nQuý III\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [s["title"] for s in sections] == [
        "Kiểm tra việc trồng cây phân tán (03 xã; chọn theo kết quả năm trước, địa bàn dễ sạt lở)",
        "Giám sát việc giữ gìn rừng phòng hộ tại Đảng ủy xã Hòa Bình",
    ]


def test_an_annex_headed_in_sentence_case_with_a_table_split_by_tabs() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPhụ lục\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 07-KH/HU)\n\n"
        "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n"
        "I\tNHIỆM VỤ TUYÊN TRUYỀN\t\t\n"
        "1\tTổ chức hội nghị quán triệt\tBan Tuyên giáo Huyện ủy\tQuý I\n"
        "2\tKiểm tra việc trồng cây\tỦy ban Kiểm tra Huyện ủy\tQuý IV\n"
    )
    annex = extract_text(text, "pl.txt")["annexes"][0]
    assert (annex["type"], annex["title"]) == ("Phụ lục", "DANH MỤC NHIỆM VỤ")
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("I", "NHIỆM VỤ TUYÊN TRUYỀN"),
        ("1", "Tổ chức hội nghị quán triệt"),
        ("2", "Kiểm tra việc trồng cây"),
    ]


def test_an_annex_table_of_a_row_a_month_gives_each_month_as_a_section() -> None:
    # "Tháng ⇥ Nội dung sinh hoạt ⇥ Ghi chú": the month numbers the row, a note cell may be left empty
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 11-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nLỊCH SINH HOẠT TƯ TƯỞNG NĂM 2024\n(Kèm theo Kế hoạch số 11-KH/HU)\n\n"
        "Tháng\tNội dung sinh hoạt\tGhi chú\n"
        "1\tÔn lại truyền thống quê hương Sông Mây\t\n"
        "2\tGiữ gìn vệ sinh môi trường thôn xóm\tCả năm\n"
        "3\tPhát triển kinh tế hộ gia đình\t\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [
        ("1", "Ôn lại truyền thống quê hương Sông Mây"),
        ("2", "Giữ gìn vệ sinh môi trường thôn xóm"),
        ("3", "Phát triển kinh tế hộ gia đình"),
    ]


def test_an_annex_table_with_its_cells_split_by_bars_gives_its_rows_as_sections() -> None:
    # "TT | Nội dung | …": bars split the cells as tabs do; a group row's empty cells leave bars behind
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 12-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nPHÂN CÔNG TRỒNG CÂY\n(Kèm theo Kế hoạch số 12-KH/HU)\n\n"
        "TT | Đơn vị chủ trì | Nội dung | Thời gian\n"
        "I | MÙA XUÂN | | |\n"
        "1 | Hội Nông dân huyện | Trồng cây ven đê Sông Mây | Tháng 2\n"
        "2 | Đoàn Thanh niên huyện | Chăm sóc vườn cây thanh niên | Tháng 3\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [
        ("I", "MÙA XUÂN"),
        ("1", "Trồng cây ven đê Sông Mây"),
        ("2", "Chăm sóc vườn cây thanh niên"),
    ]


def test_an_annex_headed_with_its_title_after_a_colon_gives_the_rows_of_its_table() -> None:
    # "Phụ lục: TITLE" on one line after the signature; the rows of the table below it are its sections
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 09-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPhụ lục 1: LỊCH TRIỂN KHAI TRỒNG CÂY\n(Kèm theo Kế hoạch số 09-KH/HU)\n\n"
        "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "1\tKhảo sát quỹ đất ven kênh\tPhòng Nông nghiệp huyện\tỦy ban nhân dân các xã\tTháng 2\n"
        "2\tChuẩn bị cây giống, phân bón\tHội Nông dân huyện\tĐoàn Thanh niên huyện\tTháng 3\n"
    )
    facts = extract_text(text, "pl.txt")
    (annex,) = facts["annexes"]
    assert (annex["type"], annex["title"]) == ("Phụ lục", "LỊCH TRIỂN KHAI TRỒNG CÂY")
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("1", "Khảo sát quỹ đất ven kênh"),
        ("2", "Chuẩn bị cây giống, phân bón"),
    ]
    # the table stands after the signature: its rows are no tasks of the plan
    assert [t["assignee"] for t in facts["tasks"]] == ["Văn phòng"]


def test_a_row_of_a_table_split_by_tabs_is_titled_by_its_content_column_where_a_heading_names_it() -> None:
    # the unit inspected comes first, what is inspected after it: the row is what the "Nội dung" cell says
    opening = "Ủy ban Kiểm tra Huyện ủy ban hành Kế hoạch như sau:"
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 08-KH/UBKT", opening) + (
        "\nPhụ lục\nDANH MỤC CÁC CUỘC KIỂM TRA\n(Kèm theo Kế hoạch số 08-KH/UBKT)\n\n"
        "TT\tĐơn vị\tNội dung\tThời gian\n"
        "I\tKIỂM TRA\t\t\n"
        "1\tĐảng ủy xã Hòa Bình\tKiểm tra việc thu, nộp đảng phí\tQuý II\n"
        "2\tChi bộ Trường Tiểu học Hòa Bình\tKiểm tra việc sinh hoạt chi bộ\tQuý III\n"
    )
    annex = extract_text(text, "pl.txt")["annexes"][0]
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("I", "KIỂM TRA"),
        ("1", "Kiểm tra việc thu, nộp đảng phí"),
        ("2", "Kiểm tra việc sinh hoạt chi bộ"),
    ]


def test_forms_attached_after_the_signature_are_annexes() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 07-HD/BTCHU", "Ban Tổ chức Huyện ủy hướng dẫn như sau:").replace(
        "1. Văn phòng: theo dõi việc làm.", "1. Văn phòng: tổng hợp theo Mẫu 02."
    ) + (
        "\nMẫu 01\nBẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2024\n\nI. ƯU ĐIỂM\n\nII. KHUYẾT ĐIỂM\n\n"
        "Mẫu 02\nBIỂU TỔNG HỢP KẾT QUẢ\n\n1. Tổ chức đảng\n\n2. Đảng viên\n"
    )
    annexes = extract_text(text, "hd.txt")["annexes"]
    assert [(a["type"], a["title"], [s["number"] for s in a["sections"]]) for a in annexes] == [
        ("Mẫu", "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2024", ["I", "II"]),
        ("Mẫu", "BIỂU TỔNG HỢP KẾT QUẢ", ["1", "2"]),
    ]


def test_a_bare_annex_heading_over_an_outline_s_heading_is_one_annex_titled_by_it() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 10-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nĐỀ CƯƠNG BÁO CÁO SƠ KẾT TRỒNG CÂY\n(Kèm theo Kế hoạch số 10-KH/HU)\n\n"
        "I. TÌNH HÌNH\n\nII. KẾT QUẢ\n"
    )
    annexes = extract_text(text, "pl.txt")["annexes"]
    assert [(a["type"], a["title"]) for a in annexes] == [("Phụ lục", "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT TRỒNG CÂY")]
    assert [s["number"] for s in annexes[0]["sections"]] == ["I", "II"]


def test_a_recipient_wrapped_inside_its_name_is_joined_with_a_space() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 11-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"
    ).replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n",
        "Nơi nhận:\n"
        "- Tổ công tác của Tỉnh ủy về rà soát\n"
        "  Quy định số 22-QĐ/TW (để b/c),\n"
        "- Các chi bộ trực thuộc,\n"
        "  Ban Tổ chức Huyện ủy,\n"
        "- Lưu VP.\n",
    )
    assert extract_text(text, "nn.txt")["recipients"] == [
        "Tổ công tác của Tỉnh ủy về rà soát Quy định số 22-QĐ/TW",
        "Các chi bộ trực thuộc, Ban Tổ chức Huyện ủy",
        "Lưu VP",
    ]


def test_parts_lettered_in_capitals_are_the_top_level_with_the_tasks_under_theirs() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 12-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"
    ).replace(
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Làm cho mọi người hiểu rõ việc cần làm.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Văn phòng: theo dõi việc làm.\n",
        "A. MỤC ĐÍCH, YÊU CẦU\n\n1. Làm cho mọi người hiểu rõ việc cần làm.\n\nB. NHIỆM VỤ\n\n"
        "I. Trồng cây ven đường\n\nII. Chăm sóc cây\n\nC. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Phòng Nông nghiệp huyện chủ trì, phối hợp với Đoàn Thanh niên huyện trồng cây.\n\n"
        "2. Văn phòng Huyện ủy theo dõi việc làm.\n",
    )
    facts = extract_text(text, "abc.txt")
    assert [(s["number"], s["title"]) for s in facts["sections"]] == [
        ("A", "MỤC ĐÍCH, YÊU CẦU"),
        ("B", "NHIỆM VỤ"),
        ("C", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert [(x["assignee"], x["coordinates_with"]) for x in facts["tasks"]] == [
        ("Phòng Nông nghiệp huyện", ["Đoàn Thanh niên huyện"]),
        ("Văn phòng Huyện ủy", []),
    ]


def test_parts_headed_phan_thu_nhat_are_the_top_level_with_their_titles_below() -> None:
    body = (
        "Phần thứ nhất\n\nKẾT QUẢ NĂM 2023\n\nI. Kết quả\n\nII. Hạn chế\n\n"
        "Phần thứ hai\n\nNHIỆM VỤ NĂM 2024\n\nI. Mục đích\n\nII. Nhiệm vụ\n\nPHẦN III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ban Dân vận Huyện ủy tuyên truyền.\n"
    )
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 13-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"
    ).replace(
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Làm cho mọi người hiểu rõ việc cần làm.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Văn phòng: theo dõi việc làm.\n",
        body,
    )
    facts = extract_text(text, "phan.txt")
    assert [(s["number"], s["title"]) for s in facts["sections"]] == [
        ("Phần thứ nhất", "KẾT QUẢ NĂM 2023"),
        ("Phần thứ hai", "NHIỆM VỤ NĂM 2024"),
        ("PHẦN III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert [(x["assignee"], x["coordinates_with"]) for x in facts["tasks"]] == [
        ("Ban Tuyên giáo Huyện ủy", ["Ban Dân vận Huyện ủy"])
    ]


def test_items_numbered_with_a_slash_and_a_scan_s_border_bar_read_as_usual() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 14-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"
    ).replace(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng: theo dõi việc làm.\n",
        "|   II. TỔ CHỨC THỰC HIỆN\n1/ Các ban của Huyện ủy\na/ Ban Tổ chức Huyện ủy: rà soát đảng viên.\n"
        "b/ Ban Dân vận Huyện ủy: nắm tình hình nhân dân.\n"
        "2/ Văn phòng Huyện ủy: theo dõi việc làm.      |\n",
    )
    facts = extract_text(text, "slash.txt")
    assert [s["number"] for s in facts["sections"]] == ["I", "II"]
    assert [x["assignee"] for x in facts["tasks"]] == [
        "Ban Tổ chức Huyện ủy",
        "Ban Dân vận Huyện ủy",
        "Văn phòng Huyện ủy",
    ]
    line = facts["sections"][1]["source"]["lines"][0]
    assert text.splitlines()[line - 1] == "|   II. TỔ CHỨC THỰC HIỆN"  # traced to the line as written


def test_a_form_s_title_stands_under_the_header_it_repeats_for_the_body_filling_it_in() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nMẫu 02\n(Kèm theo Kế hoạch số 15-KH/HU)\n\nĐẢNG BỘ XÃ ......\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ ......\n\nBÁO CÁO KẾT QUẢ TRỒNG CÂY\n(Thôn: ..........)\n\n1. Số cây đã trồng\n2. Kiến nghị\n"
    )
    annex = extract_text(text, "mau.txt")["annexes"][0]
    assert (annex["type"], annex["title"]) == ("Mẫu", "BÁO CÁO KẾT QUẢ TRỒNG CÂY")
    assert [s["number"] for s in annex["sections"]] == ["1", "2"]


def test_a_joint_plan_signed_side_by_side_above_the_recipients_is_signed_by_its_lead_body() -> None:
    text = (
        "ỦY BAN MTTQ VIỆT NAM        UBND TỈNH SÔNG MÂY\n  TỈNH SÔNG MÂY                SỞ Y TẾ\n"
        "  BAN THƯỜNG TRỰC\nSố: 3/KHLT-MTTQ-SYT                Sông Mây, ngày 2 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH LIÊN TỊCH\nvề tuyên truyền phòng dịch\n\n"
        "Căn cứ Kế hoạch số 5/KH-UBND ngày 1/2/2024 của Ủy ban nhân dân tỉnh về y tế,\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Sở Y tế (gọi tắt là hai cơ quan) thống nhất ban hành "
        "Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n1. Tuyên truyền.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Văn phòng: theo dõi.\n\n\n"
        "        SỞ Y TẾ                          TM. BAN THƯỜNG TRỰC\n"
        "        GIÁM ĐỐC                             PHÓ CHỦ TỊCH\n\n"
        "     Lê Thị Hoa                              Trần Văn Nam\n\n"
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT.\n"
    )
    doc = extract_text(text, "lt.txt")["document"]
    assert doc["issuer"]["name"].startswith("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Trần Văn Nam", "Phó Chủ tịch")
    assert doc["signer"]["on_behalf_of"] == "Ban Thường trực"


def test_a_steering_committee_under_a_party_committee_s_header_is_a_party_body() -> None:
    text = _plan(
        "TỈNH ỦY SÔNG MÂY\nBAN CHỈ ĐẠO 35\n*\nSố 7-KH/BCĐ\nSông Mây, ngày 3 tháng 4 năm 2024",
        "Thực hiện Kế hoạch số 12-KH/TU ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy về bảo vệ nền tảng tư tưởng, "
        "Ban Chỉ đạo 35 tỉnh ban hành Kế hoạch như sau:",
        signature="TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nLê Văn Bình",
    )
    doc = extract_text(text, "bcd.txt")["document"]
    assert doc["issuer"]["system"] == "party"


def test_a_form_titled_right_under_its_caption_keeps_its_title() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 16-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nMẫu số 01\n(Ban hành kèm theo Kế hoạch số 16-KH/HU)\n\nBÁO CÁO TÓM TẮT\nKẾT QUẢ TRỒNG CÂY\n"
        "(Dùng cho các chi bộ)\n\n1. Số cây\n2. Kiến nghị\n"
    )
    annex = extract_text(text, "mau.txt")["annexes"][0]
    assert annex["title"] == "BÁO CÁO TÓM TẮT KẾT QUẢ TRỒNG CÂY"
    assert [s["number"] for s in annex["sections"]] == ["1", "2"]


def test_an_annex_of_tables_under_roman_parts_has_the_parts_for_sections_not_the_rows() -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 17-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPhụ lục 1\n(Kèm theo Kế hoạch số 17-KH/HU)\nCHI BỘ (THÔN) ....................\n"
        "BIỂU TỔNG HỢP TRỒNG CÂY\nI. CÂY BÓNG MÁT\nSTT\tLoại cây\tSố lượng\n1\tBằng lăng\t\n2\tPhượng\t\n"
        "II. CÂY ĂN QUẢ\nSTT\tLoại cây\tSố lượng\n1\tXoài\t\n"
    )
    annex = extract_text(text, "bieu.txt")["annexes"][0]
    assert annex["title"] == "BIỂU TỔNG HỢP TRỒNG CÂY"
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("I", "CÂY BÓNG MÁT"),
        ("II", "CÂY ĂN QUẢ"),
    ]


def test_a_decision_issuing_a_plan_gives_the_plan_its_grounds_number_and_signer() -> None:
    # "QUYẾT ĐỊNH / Ban hành Kế hoạch …": the decision's grounds are what the plan carries out ("Theo đề nghị
    # … Tờ trình" is cited only); its number, date and signer are the plan's; the plan attached after it
    # gives the title, the sections and the tasks
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÔNG MÂY\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 80/QĐ-UBND\tSông Mây, ngày 4 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2024\n\nỦY BAN NHÂN DÂN TỈNH SÔNG MÂY\n\n"
        "Căn cứ Quyết định số 9/QĐ-TTg ngày 2/1/2024 của Thủ tướng Chính phủ về du lịch;\n\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 5/2/2024 của Ủy ban nhân dân tỉnh về du lịch;\n\n"
        "Theo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 7/TTr-SDL ngày 1/3/2024.\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2024.\n\n"
        "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 2;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\t\n"
        "\tLê Văn An\n\n"
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÔNG MÂY\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "KẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2024\n(Ban hành kèm theo Quyết định số 80/QĐ-UBND ngày "
        "04/3/2024 của Ủy ban nhân dân tỉnh Sông Mây)\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Phát triển du lịch.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Du lịch chủ trì, phối hợp với Sở Tài chính hướng dẫn các xã.\n"
    )
    facts = extract_text(text, "qd.txt")
    doc = facts["document"]
    assert (doc["type"], doc["key"], doc["date"]) == ("Kế hoạch", "80/QĐ-UBND", "2024-03-04")
    assert doc["title"] == "Phát triển du lịch cộng đồng năm 2024"
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Lê Văn An", "Phó Chủ tịch")
    assert facts["implements"] == ["9/QĐ-TTg", "12/KH-UBND"]
    assert "7/TTr-SDL" in {c["key"] for c in facts["cited"]}
    assert [s["number"] for s in facts["sections"]] == ["I", "II"]
    assert [t["assignee"] for t in facts["tasks"]] == ["Sở Du lịch"]


@pytest.mark.parametrize(
    "heading",
    [
        "KẾ HOẠCH về trồng cây xanh năm 2024",  # the title on the heading's line
        "Kế hoạch\nvề trồng cây xanh năm 2024",  # in sentence case
        "K Ế   H O Ạ C H\n\nvề trồng cây xanh năm 2024",  # letter-spaced by a PDF
    ],
)
def test_a_type_heading_written_otherwise_is_still_the_plan_s_heading(heading: str) -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU",
        "Thực hiện Kế hoạch số 9-KH/TU, ngày 2/1/2024 của Ban Thường vụ Tỉnh ủy về cây xanh, Ban Thường vụ "
        "Huyện ủy ban hành Kế hoạch như sau:",
    ).replace("KẾ HOẠCH\n\nvề trồng cây xanh năm 2024", heading)
    doc = (facts := extract_text(text, "loose.txt"))["document"]
    assert (doc["type"], doc["title"]) == ("Kế hoạch", "về trồng cây xanh năm 2024")
    assert facts["implements"] == ["9-KH/TU"]
    assert [s["number"] for s in facts["sections"]] == ["I", "II"]


@pytest.mark.parametrize(
    ("under_title", "title"),
    [
        ("(Chào mừng 50 năm Ngày giải phóng huyện 1975 - 2025)", "Ra quân làm sạch bờ sông năm 2025"),
        ("(giai đoạn 2025 - 2027)", "Ra quân làm sạch bờ sông năm 2025 (giai đoạn 2025 - 2027)"),
    ],
    ids=["occasion-is-a-note", "lower-case-bracket-goes-on"],
)
def test_a_bracketed_line_under_the_title_naming_the_occasion_is_no_part_of_it(
    under_title: str, title: str
) -> None:
    text = (
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 12-KH/ĐU\nHòa Lạc, ngày 4 tháng 3 năm 2025\n\n"
        f"KẾ HOẠCH\nRa quân làm sạch bờ sông năm 2025\n{under_title}\n\n"
        "Căn cứ Kế hoạch số 31-KH/HU, ngày 10/01/2025 của Ban Thường vụ Huyện ủy về môi trường,\n"
        "Đảng ủy xã Hòa Lạc xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Làm sạch bờ sông.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng: theo dõi việc làm.\n\n"
        "Nơi nhận:\n- Lưu hồ sơ.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình\n"
    )
    facts = extract_text(text, "xa.txt")
    assert facts["document"]["title"] == title
    assert facts["implements"] == ["31-KH/HU"]


def test_the_items_of_a_list_introduced_by_its_kind_and_issuer_take_that_issuer() -> None:
    text = _plan(
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 13-KH/ĐU\nHòa Lạc, ngày 4 tháng 3 năm 2024",
        "Đảng ủy xã Hòa Lạc xây dựng Kế hoạch học tập như sau:\n\n"
        "1. Các chỉ thị của Ban Bí thư khóa XIII ban hành năm 2023, gồm:\n\n"
        "- Chỉ thị số 21-CT/TW, ngày 3/2/2023 về công tác thanh niên;\n\n"
        "- Chỉ thị số 24-CT/TW, ngày 9/6/2023 về phát triển hợp tác xã.\n\n"
        "2. Chỉ thị số 30-CT/TW ngày 1/1/2024 về bảo vệ rừng.",
    )
    cited = {c["key"]: c for c in extract_text(text, "xa.txt")["cited"]}
    lead = "Ban Bí thư khóa XIII"
    assert (cited["21-CT/TW"]["issuer"], cited["24-CT/TW"]["issuer"]) == (lead, lead)
    assert cited["24-CT/TW"]["title"] == "phát triển hợp tác xã"
    assert cited["30-CT/TW"]["issuer"] is None  # after the list, no longer its item


def test_a_provinces_national_assembly_delegation_is_a_state_body_of_the_province() -> None:
    text = _plan(
        "ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH GIA LAI\nSố: 14/KH-ĐĐBQH\nGia Lai, ngày 2 tháng 4 năm 2024",
        "Thực hiện Báo cáo số 5/BC-ĐĐBQH ngày 3/1/2024 của Đoàn đại biểu Quốc hội tỉnh về giám sát "
        "trường học,",
        signature="",
    )
    text = text.replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n",
        "Nơi nhận:\tKT. TRƯỞNG ĐOÀN\n- Lưu: VT.\tPHÓ TRƯỞNG ĐOÀN CHUYÊN TRÁCH\n\tLê Văn Bình\n",
    )
    facts = extract_text(text, "dbqh.txt")
    doc = facts["document"]
    # not the centre's for its "Quốc hội": elected in the province, it is the province's State body
    assert (doc["issuer"]["level"], doc["issuer"]["system"], doc["issuer"]["province"]) == (
        "province",
        "state",
        "Gia Lai",
    )
    assert doc["jurisdiction"] == "province:Gia Lai"
    signer = doc["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Lê Văn Bình",
        "Phó Trưởng đoàn chuyên trách",
        "Trưởng đoàn",
    )
    report = {c["key"]: c for c in facts["cited"]}["5/BC-ĐĐBQH"]
    assert (report["issuer"], report["title"]) == ("Đoàn đại biểu Quốc hội tỉnh", "giám sát trường học")
    assert report["jurisdiction"] == "province:Gia Lai"


def test_a_pandoc_markdown_export_reads_as_the_plain_text_it_renders() -> None:
    # bold and italic marks, hard line breaks ("\" at a line's end), "-   " list items, a footnote's
    # anchor "[^1]" and its note "[^1]: …" at the end, as pandoc writes a .docx out to Markdown
    text = (
        "**ĐẢNG BỘ HUYỆN SÔNG MÂY\\\nĐẢNG ỦY XÃ HÒA LẠC**\n\nSố: 21-KH/ĐU\n\n"
        "*Hòa Lạc, ngày 6 tháng 5 năm 2024*\n\n**KẾ HOẠCH**\n\n**về sửa chữa nhà văn hóa thôn năm 2024**\n\n"
        "Thực hiện Nghị quyết số 12-NQ/ĐU ngày 2/2/2024 của Đảng ủy xã về xây dựng thiết chế văn\n"
        "hóa cơ sở[^1], Đảng ủy xã Hòa Lạc xây dựng Kế hoạch như sau:\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\n-   Làm cho mọi người hiểu rõ việc cần làm.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n1.  Văn phòng: theo dõi việc sửa chữa.\n\n"
        "***Nơi nhận:***\n\n-   Ban Thường vụ Huyện ủy (b/c);\n-   Lưu: VP.\n\n"
        "**KT. BÍ THƯ\\\nPHÓ BÍ THƯ**\n\n**Trần Thị Hoa**\n\n"
        "[^1]: Kết luận số 8-KL/HU ngày 9/1/2024 của Ban Thường vụ Huyện ủy về thiết\n"
        "    chế văn hóa cơ sở.\n"
    )
    facts = extract_text(text, "md.txt")
    doc = facts["document"]
    assert doc["issuer"]["name"] == "Đảng ủy xã Hòa Lạc"
    assert doc["title"] == "về sửa chữa nhà văn hóa thôn năm 2024"
    signer = doc["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Trần Thị Hoa",
        "Phó Bí thư",
        "Bí thư",
    )
    assert signer["source"]["lines"] == [28, 31]  # the file's own lines
    assert facts["implements"] == ["12-NQ/ĐU"]
    cited = {c["key"]: c for c in facts["cited"]}
    assert cited["12-NQ/ĐU"]["title"] == "xây dựng thiết chế văn hóa cơ sở"  # the anchor is no part of it
    assert cited["8-KL/HU"]["issuer"] == "Ban Thường vụ Huyện ủy"
    assert facts["recipients"] == ["Ban Thường vụ Huyện ủy", "Lưu: VP"]


def test_a_unit_named_with_its_place_s_unit_under_a_department_takes_the_place_not_the_department() -> None:
    text = _plan(
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH LÂM ĐỒNG\nBAN QUẢN LÝ DI TÍCH TỈNH\nSố: 9/KH-BQLDT\n"
        "Lâm Đồng, ngày 8 tháng 4 năm 2024",
        "Thực hiện Quyết định số 40/QĐ-SVHTTDL ngày 1/3/2024 của Sở về tu bổ di tích, Ban Quản lý di tích "
        "xây dựng Kế hoạch như sau:",
        signature="KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nĐỗ Văn Minh",
    )
    issuer = extract_text(text, "bql.txt")["document"]["issuer"]
    # "BAN QUẢN LÝ DI TÍCH TỈNH" is named by its province, which the department's line closes on
    assert (issuer["name"].casefold(), issuer["province"], issuer["system"]) == (
        "ban quản lý di tích tỉnh lâm đồng",
        "Lâm Đồng",
        "state",
    )


def test_a_party_cell_right_under_a_provinces_bloc_places_its_keys_in_the_bloc() -> None:
    text = _plan(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH YÊN BÁI\nCHI BỘ THƯ VIỆN TỈNH\n*\nSố 05-KH/CB\n"
        "Yên Bái, ngày 9 tháng 9 năm 2024",
        "Thực hiện Nghị quyết số 3-NQ/CB ngày 2/8/2024 của Chi bộ về công tác quý III, Chi bộ Thư viện "
        "tỉnh xây dựng Kế hoạch như sau:",
        signature="T/M CHI BỘ\nBÍ THƯ\n\nHà Thị Lan",
    )
    facts = extract_text(text, "cb.txt")
    doc = facts["document"]
    assert doc["issuer"]["level"] == "grassroots"
    # in no commune: the cell's numbering is the bloc's, the cell's own resolution's as well
    assert doc["jurisdiction"] == "bloc:Đảng bộ Khối các cơ quan tỉnh, Yên Bái"
    assert facts["cited"][0]["jurisdiction"] == "bloc:Đảng bộ Khối các cơ quan tỉnh, Yên Bái"


def test_a_ministry_s_department_named_with_no_place_is_a_central_state_body() -> None:
    def issuer_of(unit: str, named: str) -> tuple[dict, str]:
        text = _plan(
            f"BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n{unit}\nSố: 31/KH-CKL\nHà Nội, ngày 5 tháng 3 năm 2024",
            f"Thực hiện Quyết định số 77/QĐ-BNN ngày 2/1/2024 của Bộ về bảo vệ rừng, {named} xây dựng Kế "
            "hoạch như sau:",
            signature="KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNgô Văn Tâm",
        )
        doc = extract_text(text, "cuc.txt")["document"]
        return doc["issuer"], doc["jurisdiction"]

    issuer, jurisdiction = issuer_of("CỤC KIỂM LÂM", "Cục Kiểm lâm")
    assert (issuer["level"], issuer["system"], issuer["province"], jurisdiction) == (
        "central",
        "state",
        None,
        "national",
    )
    # a regional branch under the ministry keeps the level of a province, over no one province
    issuer, jurisdiction = issuer_of("CHI CỤC KIỂM LÂM KHU VỰC II", "Chi cục Kiểm lâm khu vực II")
    assert (issuer["level"], issuer["province"], jurisdiction) == ("province", None, "unknown")


def test_a_regional_branch_under_a_provincial_body_is_a_tier_below_the_province_inside_it() -> None:
    text = _plan(
        "TÒA ÁN NHÂN DÂN TỈNH LẠNG SƠN\nTÒA ÁN NHÂN DÂN KHU VỰC 2\nSố: 17/KH-TAKV2\n"
        "Đồng Đăng, ngày 3 tháng 9 năm 2025",
        "Thực hiện Kế hoạch số 40/KH-TA ngày 1/8/2025 của Tòa án nhân dân tỉnh về xét xử lưu động, Tòa án "
        "nhân dân khu vực 2 xây dựng Kế hoạch như sau:",
        signature="CHÁNH ÁN\n\nVi Văn Quý",
    )
    doc = extract_text(text, "ta.txt")["document"]
    issuer = doc["issuer"]
    # the district's tier it took over, inside the province its parent names (not one under a ministry)
    assert (issuer["level"], issuer["province"], doc["jurisdiction"]) == (
        "district",
        "Lạng Sơn",
        "province:Lạng Sơn",
    )


def test_a_table_laid_out_in_columns_of_spaces_titles_each_row_by_its_wrapped_content_cell() -> None:
    # pdftotext -layout: cells wrap side by side onto the lines below; a page break repeats the header row
    opening = "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"
    row = "{:<6}{:<40}{:<24}{}".format
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 21-KH/HU", opening) + (
        "\n                    PHỤ LỤC\n          DANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM\n"
        "        (Kèm theo Kế hoạch số 21-KH/HU)\n\n"
        + row("  TT", "Tên công trình", "Đơn vị chủ trì", "Thời gian")
        + "\n\n  I     GIAO THÔNG NÔNG THÔN VÀ THỦY LỢI NỘI ĐỒNG\n\n"
        + row("  1", "Nâng cấp đường liên xã Tân Hòa", "Phòng Kinh tế và", "Năm 2025")
        + "\n"
        + row("", "đi xã Phú Mỹ", "Hạ tầng huyện", "")
        + "\n\n                                   7\n\f"
        + row("  TT", "Tên công trình", "Đơn vị chủ trì", "Thời gian")
        + "\n\n"
        + row("  2", "Nạo vét kênh Ba Bến", "UBND xã Tân Hòa", "Quý III")
        + "\n"
    )
    annex = extract_text(text, "pl.txt")["annexes"][0]
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("I", "GIAO THÔNG NÔNG THÔN VÀ THỦY LỢI NỘI ĐỒNG"),
        ("1", "Nâng cấp đường liên xã Tân Hòa đi xã Phú Mỹ"),
        ("2", "Nạo vét kênh Ba Bến"),
    ]


def test_a_cluster_of_districts_signed_by_its_head_is_the_provinces_and_of_the_heads_system() -> None:
    # a grouping of a province's districts, numbered in the header ("… SỐ 3", no place), signed by its head
    # for the cluster ("TM. KHỐI TRƯỞNG") as the holder of an office in one member ("CHỦ TỊCH UBND …")
    block = (
        "Nơi nhận:                                   TM. KHỐI TRƯỞNG\n"
        "- Hội đồng TĐKT tỉnh;                       CHỦ TỊCH UBND THỊ XÃ NGHI SƠN\n"
        "- Lưu: VT.                                  (Đã ký)\n"
        "                                            Trần Văn Hải\n"
    )
    header = "KHỐI THI ĐUA CÁC QUẬN, HUYỆN,\nTHỊ XÃ SỐ 3\nTỈNH THANH HÓA\nSố: 04/KH-KTĐ3"
    opening = "Khối thi đua huyện Quảng Xương, huyện Hậu Lộc, thị xã Nghi Sơn ban hành Kế hoạch như sau:"
    text = _plan(header, opening, signature="").replace("Nơi nhận:\n- Lưu hồ sơ.\n", block)
    text = text.replace("1. Văn phòng", "1. UBND huyện Quảng Xương và UBND huyện Quảng Xương")
    doc = extract_text(text, "ktd.txt")["document"]
    assert doc["jurisdiction"] == "province:Thanh Hóa"
    assert (doc["issuer"]["system"], doc["issuer"]["province"]) == ("state", "Thanh Hóa")
    assert not doc["issuer"]["name"].startswith("Khối trưởng")
    signer = doc["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Trần Văn Hải",
        "Chủ tịch UBND thị xã Nghi Sơn",
        "Khối trưởng",
    )


def test_a_departments_management_board_is_named_by_what_it_manages_at_the_departments_level() -> None:
    # "SỞ … / BAN QUẢN LÝ …" beside the motto: the board's own name, not joined to the department's
    header = (
        "SỞ VĂN HÓA VÀ THỂ THAO TỈNH NINH BÌNH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "  BAN QUẢN LÝ KHU DI TÍCH HOA LƯ                  Độc lập - Tự do - Hạnh phúc\n"
        "Số: 44/KH-BQLDT"
    )
    opening = "Ban Quản lý Khu di tích Hoa Lư xây dựng Kế hoạch như sau:"
    issuer = extract_text(_plan(header, opening, "TRƯỞNG BAN\n\nLê Văn Bình"), "bql.txt")["document"][
        "issuer"
    ]
    assert (issuer["name"], issuer["level"], issuer["province"]) == (
        "Ban Quản lý Khu di tích Hoa Lư",
        "province",
        "Ninh Bình",
    )


def test_a_military_regions_party_committee_is_of_the_centre_and_numbers_in_no_province() -> None:
    header = "ĐẢNG BỘ QUÂN KHU 9\nĐẢNG ỦY\n*\nSố 802-KH/ĐU"
    opening = "Căn cứ tình hình đơn vị,\nĐảng ủy Quân khu 9 xây dựng Kế hoạch như sau:"
    doc = extract_text(_plan(header, opening, "T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình"), "qk.txt")["document"]
    assert (doc["issuer"]["level"], doc["issuer"]["province"], doc["jurisdiction"]) == (
        "central",
        None,
        "unknown",
    )


def test_a_plan_copied_from_a_web_portal_is_read_without_the_portal_s_lines() -> None:
    # the portal's breadcrumb and post data above the header, its attachment, sharing and related news below
    # the signature: not the plan, and the news items' keys are not cited
    text = (
        "TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒA LẠC\nTrang chủ » Tin tức » Văn bản\n"
        "Xã Hòa Lạc trồng cây xanh năm 2024\nNgày đăng: 08/03/2024 10:15\nLượt xem: 96\n\n"
        + _plan(
            "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 14-KH/ĐU\nHòa Lạc, ngày 4 tháng 3 năm 2024",
            "Thực hiện Kế hoạch số 30-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy về trồng cây, Ban "
            "Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:",
        )
        + "\nFile đính kèm: 14-KH-DU.pdf\nTin liên quan\n"
        "- Xã Hòa Lạc sơ kết Chỉ thị số 27-CT/HU về giữ gìn vệ sinh (02/02/2024)\n"
        "- Triển khai Kế hoạch số 6/KH-UBND về phòng cháy rừng (15/01/2024)\n"
    )
    facts = extract_text(text, "cong.txt")
    assert facts["document"]["key"] == "14-KH/ĐU"
    assert facts["document"]["date"] == "2024-03-04"
    assert [c["key"] for c in facts["cited"]] == ["30-KH/HU"]
    assert facts["recipients"] == ["Lưu hồ sơ"]


def test_an_attachment_line_before_the_plan_s_annex_is_no_portal_s() -> None:
    # "File đính kèm" after the signature, then the plan's own annex: the annex is read, its sections kept
    text = _plan(
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\n*\nSố 15-KH/ĐU\nHòa Lạc, ngày 4 tháng 3 năm 2024",
        "Thực hiện Kế hoạch số 30-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy về trồng cây, Ban "
        "Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:",
    ) + (
        "\nFile đính kèm: Phụ lục phân công\n\nPHỤ LỤC\nPHÂN CÔNG TRỒNG CÂY\n\n"
        "1. Thôn Đông trồng hàng rào\n\n2. Thôn Tây trồng ven đường\n"
    )
    facts = extract_text(text, "phuluc.txt")
    assert [s["number"] for a in facts["annexes"] for s in a["sections"]] == ["1", "2"]


def test_grounds_numbered_under_a_lead_in_are_all_carried_out() -> None:
    # "Căn cứ các văn bản sau:" then "1. Căn cứ …;" items, a "Thực hiện …," paragraph and the closing sentence
    text = _plan(
        "UBND TỈNH KON TUM\nSỞ XÂY DỰNG\nSố: 410/KH-SXD\nKon Tum, ngày 6 tháng 5 năm 2024",
        "Căn cứ các văn bản sau:\n\n"
        "1. Căn cứ Quyết định số 88/QĐ-UBND ngày 2/2/2024 của Ủy ban nhân dân tỉnh về trồng cây;\n\n"
        "2. Căn cứ Công văn số 31/UBND-KT ngày 9/2/2024 của Ủy ban nhân dân tỉnh về cây đô thị;\n\n"
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 1/3/2024 của Ủy ban nhân dân tỉnh về môi trường,\n\n"
        "Sở Xây dựng ban hành Kế hoạch như sau:",
        signature="GIÁM ĐỐC\n\nĐinh Văn Tuấn",
    )
    facts = extract_text(text, "sxd.txt")
    assert facts["implements"] == ["88/QĐ-UBND", "31/UBND-KT", "12/KH-UBND"]


def test_an_annex_in_parts_keeps_each_part_above_the_roman_items_that_restart_in_it() -> None:
    # a PDF's hard-wrapped text: the filled caption line does not swallow the part's label below it
    body = "\n".join(
        [
            "HUYỆN ỦY SÔNG MÂY",
            "*",
            "Số 19-KH/HU Sông Mây, ngày 8 tháng 8 năm 2024",
            "KẾ HOẠCH",
            "sơ kết năm năm xây dựng làng văn hóa trên địa bàn huyện Sông Mây",
            "Ban Thường vụ Huyện ủy Sông Mây ban hành Kế hoạch sơ kết năm năm xây dựng làng văn hóa như",
            "sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nhìn lại những việc đã làm được trong năm năm qua ở các thôn, làng, khu dân cư của huyện để",
            "thấy rõ cái được, cái chưa được và rút ra những điều cần làm tốt hơn trong những năm tới đây.",
            "Việc sơ kết phải làm từ thôn, làng lên xã rồi lên huyện; nói đúng sự thật, không làm cho có,",
            "không phô trương, tốn kém; chú ý lắng nghe ý kiến của người dân ở các thôn, làng trong huyện.",
            "Các cơ sở chọn một số gương tốt để biểu dương, nhân rộng; làm xong trước cuối tháng mười một.",
            "Mỗi xã, thị trấn tổ chức hội nghị sơ kết ở cấp mình, mời đại diện các thôn, làng và các đoàn",
            "thể cùng dự; báo cáo gửi kèm danh sách các tập thể, cá nhân được đề nghị khen thưởng ở đơn vị.",
            "Huyện tổ chức hội nghị sơ kết chung vào tháng mười hai, có trao thưởng cho các làng tiêu biểu",
            "và các gia đình văn hóa tiêu biểu đã có nhiều đóng góp cho phong trào trong năm năm vừa qua.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Ban Tuyên giáo Huyện ủy: giúp Ban Thường vụ theo dõi, đôn đốc các cơ sở đảng thực hiện kế",
            "hoạch này; tổng hợp báo cáo của các cơ sở và dự thảo báo cáo sơ kết của huyện trong tháng 10.",
            "2. Các đảng ủy xã, thị trấn: xây dựng báo cáo của đơn vị theo đề cương kèm theo kế hoạch này",
            "và gửi về Ban Tuyên giáo Huyện ủy trước ngày 30 tháng 9 năm 2024 để tổng hợp chung toàn huyện.",
            "Nơi nhận:",
            "- Các đảng ủy xã, thị trấn,",
            "- Lưu Văn phòng Huyện ủy.",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "Lê Văn Bình",
            "ĐỀ CƯƠNG",
            "BÁO CÁO SƠ KẾT NĂM NĂM XÂY DỰNG LÀNG VĂN HÓA",
            "(Kèm theo Kế hoạch số 19-KH/HU, ngày 8/8/2024 của Ban Thường vụ Huyện ủy Sông Mây về sơ kết)",
            "Phần thứ nhất",
            "KẾT QUẢ NĂM NĂM",
            "I. TÌNH HÌNH CHUNG",
            "Nêu ngắn gọn số thôn, làng, khu dân cư của đơn vị, những thuận lợi và khó khăn khi bắt đầu làm.",
            "II. KẾT QUẢ CỤ THỂ",
            "Số làng được công nhận làng văn hóa qua từng năm; số gia đình văn hóa; những việc làm hay, mới.",
            "Phần thứ hai",
            "PHƯƠNG HƯỚNG NHỮNG NĂM TỚI",
            "I. MỤC TIÊU",
            "Nêu các chỉ tiêu chủ yếu về làng văn hóa, gia đình văn hóa của đơn vị đến hết năm 2029 và sau.",
            "II. GIẢI PHÁP",
            "Nêu những giải pháp chủ yếu về tuyên truyền, về nguồn lực và về sự phối hợp giữa các đoàn thể.",
            "Kiến nghị, đề xuất với cấp trên những việc cần làm để phong trào ở cơ sở đi vào chiều sâu hơn.",
        ]
    )
    annex = extract_text(body + "\n", "dc.txt")["annexes"][0]
    assert annex["title"] == "BÁO CÁO SƠ KẾT NĂM NĂM XÂY DỰNG LÀNG VĂN HÓA"
    assert [(s["number"], s["title"]) for s in annex["sections"]] == [
        ("Phần thứ nhất", "KẾT QUẢ NĂM NĂM"),
        ("I", "TÌNH HÌNH CHUNG"),
        ("II", "KẾT QUẢ CỤ THỂ"),
        ("Phần thứ hai", "PHƯƠNG HƯỚNG NHỮNG NĂM TỚI"),
        ("I", "MỤC TIÊU"),
        ("II", "GIẢI PHÁP"),
    ]


def test_a_signature_flattened_onto_the_ends_of_the_recipients_lines_is_read() -> None:
    # raw pdftotext puts the signature's column on the recipients' lines, a single space apart
    text = _plan(
        "ĐẢNG ỦY XÃ HÒA LẠC ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-KH/ĐU Hòa Lạc, ngày 4 tháng 3 năm 2024",
        "Đảng ủy xã Hòa Lạc xây dựng Kế hoạch như sau:",
        signature="",
    ).replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n",
        "Nơi nhận: T/M ĐẢNG ỦY\n- Ban Tuyên giáo Huyện ủy (b/c), PHÓ BÍ THƯ\n- Các chi bộ trực thuộc,\n"
        "- Lưu hồ sơ Đảng ủy. Trần Thị Mai\n",
    )
    signer = extract_text(text, "xa.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Trần Thị Mai",
        "Phó Bí thư",
        "Đảng ủy",
    )


def test_a_standing_deputy_s_office_and_a_recipient_s_note_beside_the_signature_are_passed_over() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 05-KH/BCĐ",
        "Ban Chỉ đạo huyện xây dựng Kế hoạch như sau:",
        signature="",
    ).replace(
        "Nơi nhận:\n- Lưu hồ sơ.\n",
        "Nơi nhận:                                  TRƯỞNG BAN\n"
        "- Thường trực Huyện ủy,       PHÓ BÍ THƯ THƯỜNG TRỰC HUYỆN ỦY\n"
        "- Ban Tuyên giáo Tỉnh ủy,            (để b/c)\n"
        "- Lưu hồ sơ.                          Đỗ Minh Khang\n",
    )
    signer = extract_text(text, "bcd.txt")["document"]["signer"]
    assert (signer["name"], signer["position"], signer["on_behalf_of"]) == (
        "Đỗ Minh Khang",
        "Trưởng ban",
        None,
    )


def test_grounds_listed_under_the_first_item_s_lead_word_are_all_carried_out() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 21-KH/HU",
        "Thực hiện Nghị quyết số 09-NQ/TU ngày 02/3/2023 của Ban Chấp hành Đảng bộ tỉnh về du lịch;\n\n"
        "Quyết định số 415/QĐ-UBND ngày 10/4/2023 của Ủy ban nhân dân tỉnh về quy hoạch du lịch;\n\n"
        "Kế hoạch số 33-KH/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy về du lịch cộng đồng,\n\n"
        "Ban Thường vụ Huyện ủy Sông Mây xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "hu.txt")
    assert facts["implements"] == ["09-NQ/TU", "415/QĐ-UBND", "33-KH/TU"]
    assert facts["document"]["issuer"]["name"] == "Ban Thường vụ Huyện ủy Sông Mây"


def test_a_steering_committee_s_name_runs_to_the_opening_s_verb_with_its_field_and_place() -> None:
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\nBAN CHỈ ĐẠO\n*\nSố 04-KH/BCĐ",
        "Thực hiện Kế hoạch số 33-KH/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo thực hiện "
        "Chương trình mục tiêu về văn hóa huyện Sông Mây xây dựng Kế hoạch như sau:",
        signature="TRƯỞNG BAN\n\nLê Văn Bình",
    )
    issuer = extract_text(text, "bcd.txt")["document"]["issuer"]
    assert issuer["name"] == "Ban Chỉ đạo thực hiện Chương trình mục tiêu về văn hóa huyện Sông Mây"
    assert issuer["level"] == "district"


def test_a_header_name_wrapped_after_its_verb_or_preposition_is_one_name() -> None:
    assert header_names(["HUYỆN ỦY SÔNG MÂY", "BAN CHỈ ĐẠO THỰC HIỆN", "CHƯƠNG TRÌNH MỤC TIÊU"]) == [
        "HUYỆN ỦY SÔNG MÂY",
        "BAN CHỈ ĐẠO THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU",
    ]
    assert (
        header_names(["SỞ Y TẾ", "BAN CHỈ ĐẠO PHÒNG, CHỐNG", "DỊCH BỆNH"])[-1]
        == "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH"
    )


def test_a_council_under_a_mass_organisation_s_header_is_of_the_front() -> None:
    text = _plan(
        "TỈNH ĐOÀN NINH THUẬN\nHỘI ĐỒNG ĐỘI TỈNH\n*\nSố: 12-KH/HĐĐ",
        "Căn cứ tình hình thực tế, Hội đồng Đội tỉnh Ninh Thuận xây dựng Kế hoạch như sau:",
        signature="T/M HỘI ĐỒNG ĐỘI\nCHỦ TỊCH\n\nLê Thu Hà",
    )
    issuer = extract_text(text, "hdd.txt")["document"]["issuer"]
    assert (issuer["name"], issuer["system"]) == ("Hội đồng Đội tỉnh Ninh Thuận", "front")


def test_an_annex_table_split_by_tabs_with_its_cells_wrapped_onto_the_lines_below() -> None:
    # a row a line, cells split by tabs, but a cell's own line breaks kept: the content cell goes on over the
    # next lines up to their first tab (the next cell); a group row is followed by a row, and stays as it is
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nPHÂN CÔNG BẢO VỆ NGUỒN NƯỚC\n(Kèm theo Kế hoạch số 15-KH/HU)\n\n"
        "STT\tNội dung\tĐơn vị chủ trì\tThời hạn\n"
        "I\tNƯỚC SINH HOẠT\n"
        "1\tKiểm tra chất lượng giếng khoan\ncủa các hộ ven sông\tTrung tâm Y tế\nhuyện\tQuý III\n"
        "2\tNạo vét kênh dẫn nước\nnội đồng các thôn\nvùng trũng\tPhòng Nông nghiệp\tTháng 4\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [
        ("I", "NƯỚC SINH HOẠT"),
        ("1", "Kiểm tra chất lượng giếng khoan của các hộ ven sông"),
        ("2", "Nạo vét kênh dẫn nước nội đồng các thôn vùng trũng"),
    ]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # the type's word runs on into the title on its line: it is the title's first word
        ("ĐỀ CƯƠNG TUYÊN TRUYỀN\nvề giữ gìn rừng phòng hộ", "ĐỀ CƯƠNG TUYÊN TRUYỀN về giữ gìn rừng phòng hộ"),
        # alone on its line, the word is the annex's type only
        ("ĐỀ CƯƠNG\nTUYÊN TRUYỀN VỀ GIỮ GÌN RỪNG PHÒNG HỘ", "TUYÊN TRUYỀN VỀ GIỮ GÌN RỪNG PHÒNG HỘ"),
    ],
)
def test_an_outline_s_word_running_on_into_its_title_is_part_of_the_title(heading: str, title: str) -> None:
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 16-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        f"\n{heading}\n(Kèm theo Kế hoạch số 16-KH/HU)\n\nI. VAI TRÒ CỦA RỪNG\n\n"
        "II. TRÁCH NHIỆM CỦA NGƯỜI DÂN\n"
    )
    annex = extract_text(text, "dc.txt")["annexes"][0]
    assert (annex["type"], annex["title"]) == ("Đề cương", title)


def test_a_steering_committee_wrapped_at_a_comma_under_its_province_s_party_is_the_province_s() -> None:
    # "ĐẢNG BỘ TỈNH A" / "BAN CHỈ ĐẠO X, Y," / "Z": the name goes on past its comma, and the committee is
    # the province's, named with it, as one under "TỈNH ỦY A" is
    text = _plan(
        "ĐẢNG BỘ TỈNH SƠN LA               ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHỈ ĐẠO PHÒNG CHÁY, CỨU NẠN,\n"
        "CỨU HỘ RỪNG ĐẶC DỤNG              Sơn La, ngày 2 tháng 6 năm 2025\n*\nSố 07-KH/BCĐ",
        "Thực hiện Kế hoạch số 33-KH/TU ngày 12/5/2025 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo xây dựng "
        "Kế hoạch như sau:",
        signature="TRƯỞNG BAN\n\nLê Văn Bình",
    )
    doc = extract_text(text, "bcd.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Chỉ đạo phòng cháy, cứu nạn, cứu hộ rừng đặc dụng tỉnh Sơn La"
    assert doc["issuer"]["level"] == "province" and doc["jurisdiction"] == "province:Sơn La"


def test_a_corporation_s_party_committee_under_its_group_s_is_central_and_numbers_in_its_own_bloc() -> None:
    # "ĐẢNG BỘ TẬP ĐOÀN A" over "ĐẢNG ỦY TỔNG CÔNG TY B": a corporation run from the centre, in no province;
    # its keys are its own Party organisation's, the group's Party organisation's are the group's, and the
    # group's own business decisions are in no register of the Party or the State
    text = _plan(
        "ĐẢNG BỘ TẬP ĐOÀN CAO SU SÔNG MÂY          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG ỦY TỔNG CÔNG TY CAO SU MIỀN ĐÔNG\n"
        "*                                 Đồng Xoài, ngày 8 tháng 3 năm 2024\nSố 31-KH/ĐU",
        "Căn cứ Nghị quyết số 12-NQ/ĐU, ngày 10/01/2024 của Ban Chấp hành Đảng bộ Tập đoàn Cao su Sông Mây "
        "về nhiệm vụ năm 2024 và Quyết định số 88/QĐ-CSSM, ngày 29/12/2023 của Tập đoàn Cao su Sông Mây "
        "về giao kế hoạch sản xuất, Ban Thường vụ Đảng ủy Tổng công ty Cao su miền Đông xây dựng Kế hoạch "
        "như sau:",
    )
    facts = extract_text(text, "tct.txt")
    doc = facts["document"]
    assert doc["issuer"]["level"] == "central" and doc["issuer"]["province"] is None
    assert doc["jurisdiction"] == "bloc:Đảng bộ Tổng công ty Cao su miền Đông"
    c = {x["key"]: x for x in facts["cited"]}
    assert c["12-NQ/ĐU"]["jurisdiction"] == "bloc:Đảng bộ Tập đoàn Cao su Sông Mây"
    assert c["88/QĐ-CSSM"]["jurisdiction"] == "unknown"


def test_a_branch_under_a_central_state_administration_s_header_is_of_the_state() -> None:
    # "TỔNG CỤC …" / "CỤC … TỈNH A", "NGÂN HÀNG NHÀ NƯỚC …" / "CHI NHÁNH TỈNH A": the State's branches
    for head, name in (
        ("TỔNG CỤC DỰ TRỮ NHÀ NƯỚC\nCỤC DỰ TRỮ TỈNH SƠN LA", "Cục Dự trữ tỉnh Sơn La"),
        ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH SƠN LA", "Ngân hàng Nhà nước Chi nhánh tỉnh Sơn La"),
    ):
        text = _plan(
            f"{head}\nSố: 45/KH-SL\nSơn La, ngày 3 tháng 4 năm 2024",
            f"Căn cứ tình hình thực tế, {name} xây dựng Kế hoạch như sau:",
            signature="GIÁM ĐỐC\n\nLê Văn Bình",
        )
        assert extract_text(text, "cn.txt")["document"]["issuer"]["system"] == "state"


def test_a_joint_plan_of_three_bodies_is_theirs_of_the_lead_s_system_signed_in_the_lead_s_column() -> None:
    # "A, B và C thống nhất ban hành …": the three are the issuer, of A's system (the first named); the three
    # sign side by side, and the signer is the one in A's column, wherever it stands
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY          ỦY BAN MTTQ VIỆT NAM       ỦY BAN NHÂN DÂN\n"
        "BAN TUYÊN GIÁO               HUYỆN SÔNG MÂY           HUYỆN SÔNG MÂY\n*\nSố: 12-KH/BTGHU",
        "Thực hiện Kế hoạch số 33-KH/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy về dân vận;\n"
        "Ban Tuyên giáo Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Ủy ban nhân dân huyện Sông Mây "
        "thống nhất ban hành Kế hoạch liên tịch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN HUYỆN     TM. BAN THƯỜNG TRỰC       BAN TUYÊN GIÁO HUYỆN ỦY\n"
        "     CHỦ TỊCH                       CHỦ TỊCH                    TRƯỞNG BAN\n\n"
        "  Đỗ Văn Hải                      Phạm Thị Lan               Trần Minh Đức",
    )
    doc = extract_text(text, "lt.txt")["document"]
    assert doc["issuer"]["name"] == (
        "Ban Tuyên giáo Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Ủy ban nhân dân huyện Sông Mây"
    )
    assert doc["issuer"]["system"] == "party"
    assert (doc["signer"]["name"], doc["signer"]["position"]) == ("Trần Minh Đức", "Trưởng ban")


def test_a_form_s_own_header_above_its_title_is_no_part_of_the_title() -> None:
    # "Mẫu 02" / the header the body filling the form in writes ("HUYỆN ĐOÀN …… ĐOÀN TNCS HỒ CHÍ MINH", its
    # place-date) / the form's title / its caption: the title is the form's title line
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nMẫu 02\nĐẢNG BỘ XÃ ..........                 ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ..........\n"
        "                          ......., ngày .... tháng .... năm 20...\n\n"
        "BẢN TỰ KIỂM ĐIỂM CỦA ĐẢNG VIÊN\n(Kèm theo Kế hoạch số 15-KH/HU của Ban Thường vụ Huyện ủy)\n\n"
        "1. Về phẩm chất chính trị.\n............\n2. Về tinh thần trách nhiệm.\n............\n"
    )
    annex = extract_text(text, "mau.txt")["annexes"][0]
    assert (annex["type"], annex["title"]) == ("Mẫu", "BẢN TỰ KIỂM ĐIỂM CỦA ĐẢNG VIÊN")


def test_a_wrapped_line_opening_on_a_reference_to_an_item_of_a_part_heads_no_part() -> None:
    # "… các nội dung tại mục II.1 và" / "II.2 Kế hoạch này.": a line of a PDF's paragraph that opens on
    # "II.2" (item 2 of part II) goes on with the paragraph; it heads no part "II"
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:")
    text = text.replace(
        "1. Văn phòng: theo dõi việc làm.",
        "1. Văn phòng\n- Chủ trì, phối hợp với Phòng Văn hóa huyện tổ chức thực hiện các nội dung tại mục\n"
        "II.2 Kế hoạch này.\n- Tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2024.",
    )
    facts = extract_text(text, "ref.txt")
    assert [s["number"] for s in facts["sections"]] == ["I", "II"]


def test_a_numbered_district_s_place_date_keeps_its_number() -> None:
    # "Quận 5, ngày …": a city's district named by its number is the plan's place, and the date is read
    text = _plan(
        "ỦY BAN NHÂN DÂN\nQUẬN 5\nSố: 88/KH-UBND                     Quận 5, ngày 7 tháng 9 năm 2024",
        "Căn cứ tình hình thực tế, Ủy ban nhân dân Quận 5 xây dựng Kế hoạch như sau:",
        signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình",
    )
    doc = extract_text(text, "q5.txt")["document"]
    assert (doc["place"], doc["date"]) == ("Quận 5", "2024-09-07")


def test_a_ministry_s_party_committee_under_the_central_agencies_bloc_numbers_in_its_own_bloc() -> None:
    # "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG" / "ĐẢNG ỦY BỘ X": a central committee in no province, numbering
    # in its own Party organisation ("…/ĐU"), as a corporation's under the central bloc does; the bloc's
    # documents ("…/ĐUK") are national
    text = _plan(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY BỘ XÂY DỰNG\n"
        "*                                 Hà Nội, ngày 4 tháng 3 năm 2024\nSố 77-KH/ĐU",
        "Thực hiện Kế hoạch số 12-KH/ĐUK, ngày 10/01/2024 của Ban Thường vụ Đảng ủy Khối các cơ quan Trung "
        "ương về công tác tuyên giáo và Nghị quyết số 05-NQ/ĐU, ngày 15/01/2024 của Ban Chấp hành Đảng bộ "
        "Bộ về nhiệm vụ năm 2024, Ban Thường vụ Đảng ủy Bộ Xây dựng xây dựng Kế hoạch như sau:",
    )
    facts = extract_text(text, "bo.txt")
    doc = facts["document"]
    assert doc["issuer"]["level"] == "central" and doc["issuer"]["province"] is None
    assert doc["jurisdiction"] == "bloc:Đảng bộ Bộ Xây dựng"
    c = {x["key"]: x for x in facts["cited"]}
    assert (c["12-KH/ĐUK"]["jurisdiction"], c["05-NQ/ĐU"]["jurisdiction"]) == (
        "national",
        "bloc:Đảng bộ Bộ Xây dựng",
    )


def test_a_coordination_programme_s_heading_names_its_type_whole() -> None:
    # "CHƯƠNG TRÌNH PHỐI HỢP" over its title: the type is "Chương trình phối hợp", the title the line below
    text = _plan(
        "HỘI NÔNG DÂN HUYỆN SÔNG MÂY\nSố: 09/CTrPH-HND",
        "Thực hiện Kế hoạch số 33-KH/HU ngày 12/5/2024 của Ban Thường vụ Huyện ủy, Ban Thường vụ Hội Nông "
        "dân huyện và Phòng Nông nghiệp huyện Sông Mây thống nhất Chương trình phối hợp như sau:",
    ).replace("KẾ HOẠCH\n\nvề trồng cây xanh năm 2024", "CHƯƠNG TRÌNH PHỐI HỢP\nvề trồng cây xanh năm 2024")
    doc = extract_text(text, "ph.txt")["document"]
    assert (doc["type"], doc["title"]) == ("Chương trình phối hợp", "về trồng cây xanh năm 2024")


def test_a_pandoc_export_known_by_its_escaped_list_marks_with_a_pipe_table_reads_as_plain_text() -> None:
    # no footnote and no hard break: the escaped marks only pandoc writes ("\- item", "1\. item") say the
    # file is Markdown; the bold marks go, and a pipe table's rows read as a .docx table's, cells split by
    # tabs
    rows = "".join(
        f"| {n} | {work} của các thôn trong toàn xã năm 2024 | {lead} | {partner} | Quý II |\n"
        for n, work, lead, partner in (
            (1, "Kiểm tra nhà văn hóa", "Ban Văn hóa xã", "Đoàn Thanh niên xã"),
            (2, "Sửa chữa mái và tường nhà văn hóa", "Ban Xây dựng xã", "Hội Cựu chiến binh xã"),
        )
    )
    text = (
        "**ĐẢNG BỘ HUYỆN SÔNG MÂY**\n\n**ĐẢNG ỦY XÃ HÒA LẠC**\n\nSố: 21-KH/ĐU\n\n"
        "*Hòa Lạc, ngày 6 tháng 5 năm 2024*\n\n# **KẾ HOẠCH**\n\n"
        "**về sửa chữa nhà văn hóa thôn năm 2024**\n\n"
        "Thực hiện Nghị quyết số 12-NQ/ĐU ngày 2/2/2024 của Đảng ủy xã về xây dựng thiết chế văn\n"
        "hóa cơ sở, Đảng ủy xã Hòa Lạc xây dựng Kế hoạch như sau:\n\n"
        "# **I. MỤC ĐÍCH, YÊU CẦU**\n\n1\\. Làm cho mọi người hiểu rõ việc cần làm.\n\n"
        "# **II. TỔ CHỨC THỰC HIỆN**\n\n| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n" + rows + "\n***Nơi nhận:***\n\n\\- Ban Thường vụ Huyện ủy (b/c);\n\n"
        "\\- Lưu: VP.\n\n**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\n**Trần Thị Hoa**\n"
    )
    facts = extract_text(text, "md.txt")
    assert facts["recipients"] == ["Ban Thường vụ Huyện ủy", "Lưu: VP"]
    assert [(t["assignee"], t["coordinates_with"]) for t in facts["tasks"]] == [
        ("Ban Văn hóa xã", ["Đoàn Thanh niên xã"]),
        ("Ban Xây dựng xã", ["Hội Cựu chiến binh xã"]),
    ]


def test_the_width_a_text_is_wrapped_at_leaves_a_table_s_long_rows_aside() -> None:
    # a text wrapped at some 70 columns with a table of long rows split by tabs (a .docx's, a pipe table's):
    # its lines are filled at 70, so a line of 60 ends by the wrap, and the reference runs on below it
    filler = "".join(
        f"{n}. Thôn số {n} rà soát, tổng hợp danh sách hộ gia đình cần hỗ trợ sửa nhà.\n"
        for n in range(2, 14)
    )
    rows = "".join(
        f"{n}\tKiểm tra, đánh giá hiện trạng nhà văn hóa của thôn số {n} trong toàn xã năm 2024\t"
        "Ban Văn hóa xã\tĐoàn Thanh niên xã\tQuý II năm 2024\n"
        for n in range(1, 5)
    )
    text = _plan(
        "HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU",
        "Căn cứ Nghị quyết số 03/NQ-CP ngày 9/1/2024 của Chính phủ ban hành\n"
        "Chương trình hành động của Chính phủ về nhà ở cho người nghèo;\n"
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
    ).replace(
        "1. Văn phòng: theo dõi việc làm.\n", "1. Văn phòng: theo dõi việc làm.\n" + filler + "\n" + rows
    )
    c = {x["key"]: x for x in extract_text(text, "w.txt")["cited"]}
    assert c["03/NQ-CP"]["title"] == (
        "ban hành Chương trình hành động của Chính phủ về nhà ở cho người nghèo"
    )


def test_a_board_under_the_central_committee_s_header_is_of_the_party() -> None:
    # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN … TRUNG ƯƠNG": a board of the Party's Central Committee
    text = _plan(
        "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN NỘI CHÍNH TRUNG ƯƠNG\n*\n"
        "Số 14-HD/BNCTW",
        "Thực hiện Kết luận số 12-KL/TW ngày 6/4/2024 của Bộ Chính trị, Ban Nội chính Trung ương hướng dẫn "
        "như sau:",
        signature="TRƯỞNG BAN\n\nLê Văn Bình",
    )
    issuer = extract_text(text, "tw.txt")["document"]["issuer"]
    assert (issuer["level"], issuer["system"]) == ("central", "party")


def test_a_table_of_data_under_an_annex_s_parts_named_phan_is_no_list_of_its_sections() -> None:
    # "Phần I. …" / "1. …" / "Phần II. …" / a table of figures (rows split by tabs) / "2. …": the parts and
    # their items are the annex's sections, and the table's rows are data, as under Roman parts "I. …"
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 15-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nPHỤ LỤC\nĐỀ CƯƠNG BÁO CÁO KẾT QUẢ TRỒNG RỪNG\n(Kèm theo Kế hoạch số 15-KH/HU)\n\n"
        "Phần I. TÌNH HÌNH CHUNG\n1. Đặc điểm của địa phương.\n\nPhần II. KẾT QUẢ\n1. Kết quả trồng rừng.\n"
        "TT\tChỉ tiêu\tĐơn vị\tNăm 2024\n1\tDiện tích rừng trồng mới\tha\t\n2\tSố cây phân tán\tcây\t\n"
        "2. Hạn chế và nguyên nhân.\n"
    )
    sections = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert [s["number"] for s in sections] == ["Phần I", "1", "Phần II", "1", "2"]


def test_a_management_board_is_named_by_what_it_manages_and_of_its_people_s_committee_s_level() -> None:
    # "UBND TỈNH A" / "BAN QUẢN LÝ KHU DI TÍCH" / "NHÀ TÙ CÔN ĐẢO" (its name wrapped): the opening names it
    # whole up to its verb, as a steering committee's, and it is of the level of the committee above it
    text = _plan(
        "UBND TỈNH SƠN LA               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ KHU DI TÍCH\n"
        "NHÀ TÙ SƠN LA\nSố: 21/KH-BQLDT               Sơn La, ngày 2 tháng 3 năm 2024",
        "Căn cứ Quyết định số 40/QĐ-UBND ngày 1/2/2024 của UBND tỉnh về tu bổ di tích,\n"
        "Ban Quản lý Khu di tích nhà tù Sơn La xây dựng Kế hoạch như sau:",
        signature="GIÁM ĐỐC\n\nLê Văn Bình",
    )
    doc = extract_text(text, "bql.txt")["document"]
    assert doc["issuer"]["name"] == "Ban Quản lý Khu di tích nhà tù Sơn La"
    assert (doc["issuer"]["level"], doc["jurisdiction"]) == ("province", "province:Sơn La")


def test_a_key_written_with_a_space_at_its_dash_in_an_annex_section_s_title_is_one_key() -> None:
    # "… (Nghị quyết số 21/2023/NQ- HĐND)": the key written whole, as in a cited document's title
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 09-KH/HU", "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:") + (
        "\nĐỀ CƯƠNG\nBÁO CÁO KẾT QUẢ HỖ TRỢ HỌC PHÍ\n(Kèm theo Kế hoạch số 09-KH/HU)\n\n"
        "1. Hỗ trợ học phí cho học sinh mầm non (Nghị quyết số 21/2023/NQ- HĐND)\n"
    )
    (section,) = extract_text(text, "dc.txt")["annexes"][0]["sections"]
    assert section["title"] == "Hỗ trợ học phí cho học sinh mầm non (Nghị quyết số 21/2023/NQ-HĐND)"


def test_a_content_cell_cut_inside_a_body_s_name_after_its_cua_goes_on() -> None:
    # "… ngày 5/3/2019 của Ban" / "Bí thư về …": a long line of a hard-wrapped text cut inside the name of a
    # body, not at the cell's end
    opening = textwrap.fill(
        "Để nắm chắc tình hình cơ sở, kịp thời phát hiện những hạn chế, thiếu sót trong việc thực hiện các "
        "chủ trương của Đảng về công tác vận động người Việt Nam ở nước ngoài và công tác dân vận của các "
        "chi bộ, đảng bộ cơ sở trên địa bàn, đồng thời biểu dương những cách làm hay, mô hình tốt trong "
        "việc vận động thân nhân người Việt Nam ở nước ngoài tham gia xây dựng quê hương, góp phần thực "
        "hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của huyện; "
        "trên cơ sở kết quả giám sát năm 2023, chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành "
        "Đảng bộ huyện và đề nghị của Ban Dân vận Huyện ủy tại Tờ trình ngày 20/6/2024 về nội dung, đối "
        "tượng, thời gian giám sát chuyên đề năm 2024 đối với các tổ chức đảng và đảng viên, sau khi xin ý "
        "kiến các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn và thống nhất với Ủy ban Kiểm tra Huyện "
        "ủy về phạm vi, phương pháp, cách thức tiến hành, bảo đảm không chồng chéo, không gây phiền hà cho "
        "cơ sở và đúng quy định của Đảng, Ban Thường vụ Huyện ủy ban hành Kế hoạch giám sát chuyên đề năm "
        "2024 như sau:",
        76,
    )
    text = _plan("HUYỆN ỦY SÔNG MÂY\n*\nSố 10-KH/HU", opening) + (
        "\nPHỤ LỤC\nPHÂN CÔNG GIÁM SÁT CHUYÊN ĐỀ NĂM 2024 CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
        "(Kèm theo Kế hoạch số 10-KH/HU ngày 12 tháng 7 năm 2024 của Huyện ủy)\n\n"
        "TT\nNội dung giám sát\nCơ quan chủ trì\nThời gian\n"
        "1\nGiám sát việc thực hiện Chỉ thị số 31-CT/TW, ngày 5/3/2019 của Ban\n"
        "Bí thư về công tác người Việt Nam ở nước ngoài trong tình hình mới tại\n"
        "Đảng ủy xã Hòa Bình và Đảng ủy thị trấn Sông Mây (02 đảng bộ cơ sở)\n"
        "Ban Dân vận Huyện ủy\nQuý III\n"
    )
    (section,) = extract_text(text, "pl.txt")["annexes"][0]["sections"]
    assert section["title"] == (
        "Giám sát việc thực hiện Chỉ thị số 31-CT/TW, ngày 5/3/2019 của Ban Bí thư về công tác người Việt "
        "Nam ở nước ngoài trong tình hình mới tại Đảng ủy xã Hòa Bình và Đảng ủy thị trấn Sông Mây (02 đảng "
        "bộ cơ sở)"
    )
