"""The forms of a cited document, one test per rule, on short texts written for the test."""

from __future__ import annotations

from ingest import extract_text
from ingest.bodies import level_of, system_of, titlecase_body
from ingest.citations import (
    congress_scope,
    find_mentions,
    first_cell,
    list_item,
    list_lead_in,
    parse_issuer,
    tidy_title,
)

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


def test_law_named_before_its_number_is_titled_by_its_name_or_a_subject_after_ve() -> None:
    c = cited(
        "1. Thực hiện Luật Đê điều số 79/2006/QH11, ngày 29/11/2006 của Quốc hội; rà soát bờ kè theo Luật "
        "Phòng, chống thiên tai số 33/2013/QH13 và Luật sửa đổi, bổ sung một số điều của Luật Đê điều số "
        "60/2020/QH14; áp dụng Pháp lệnh Khai thác công trình số 32/2001/PL-UBTVQH10 về bảo vệ đập nhỏ.\n"
    )
    law = c["79/2006/QH11"]
    # the name is what the law is called: with no "về …", its title
    assert (law["type"], law["title"], law["issuer"]) == ("Luật", "Luật Đê điều", "Quốc hội")
    assert c["33/2013/QH13"]["title"] == "Luật Phòng, chống thiên tai"
    assert (c["60/2020/QH14"]["type"], c["60/2020/QH14"]["title"]) == (
        "Luật",
        "Luật sửa đổi, bổ sung một số điều của Luật Đê điều",
    )
    assert (c["32/2001/PL-UBTVQH10"]["type"], c["32/2001/PL-UBTVQH10"]["title"]) == (
        "Pháp lệnh",
        "bảo vệ đập nhỏ",
    )


# 2. Issuers whose names hold lower-case words


def test_ministry_department_and_position_names_are_read_whole() -> None:
    assert issuer("Bộ Khoa học và Công nghệ về việc") == "Bộ Khoa học và Công nghệ"
    assert issuer("Bộ Lao động - Thương binh và Xã hội hướng dẫn") == "Bộ Lao động - Thương binh và Xã hội"
    assert issuer("Sở Nông nghiệp và Phát triển nông thôn Phú Yên về") == (
        "Sở Nông nghiệp và Phát triển nông thôn Phú Yên"
    )
    assert issuer("Phòng Tài chính - Kế hoạch huyện về") == "Phòng Tài chính - Kế hoạch huyện"
    assert issuer("Chủ tịch Ủy ban nhân dân huyện về việc") == "Chủ tịch Ủy ban nhân dân huyện"
    assert issuer("Giám đốc Sở Y tế quy định") == "Giám đốc Sở Y tế"
    assert issuer("Văn phòng Tỉnh ủy về") == "Văn phòng Tỉnh ủy"
    assert issuer("Hội đồng nhân dân tỉnh về") == "Hội đồng nhân dân tỉnh"
    assert issuer("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert issuer("Ban Tuyên giáo và Dân vận Thành ủy về") == "Ban Tuyên giáo và Dân vận Thành ủy"


def test_politburo_and_secretariat_issue_jointly_but_a_list_of_bodies_is_not_one_issuer() -> None:
    assert issuer("Bộ Chính trị, Ban Bí thư về") == "Bộ Chính trị, Ban Bí thư"
    assert issuer("Ban Bí thư, Bộ Chính trị về") == "Ban Bí thư, Bộ Chính trị"
    assert issuer("Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành") == "Bộ Chính trị"
    assert issuer("Ban Thường vụ Tỉnh ủy, Ban Bí thư") == "Ban Thường vụ Tỉnh ủy"


def test_full_issuer_lets_the_title_after_it_be_read() -> None:
    c = cited(
        "1. Bám sát Công văn số 88/BKHCN-VP ngày 2/2/2024 của Bộ Khoa học và Công nghệ về việc tổ chức "
        "Ngày hội đổi mới; Quyết định số 301/QĐ-UBND ngày 4/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh về "
        "việc thành lập Tổ công tác; Kết luận số 7-KL/TW ngày 1/3/2024 của Bộ Chính trị, Ban Bí thư về "
        "sắp xếp bộ máy.\n"
    )
    assert c["88/BKHCN-VP"]["issuer"] == "Bộ Khoa học và Công nghệ"
    assert c["88/BKHCN-VP"]["title"] == "việc tổ chức Ngày hội đổi mới"
    assert c["301/QĐ-UBND"]["issuer"] == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert c["301/QĐ-UBND"]["title"] == "việc thành lập Tổ công tác"
    assert c["7-KL/TW"]["issuer"] == "Bộ Chính trị, Ban Bí thư"
    assert c["7-KL/TW"]["title"] == "sắp xếp bộ máy"


def test_title_may_be_the_phrase_that_follows_the_issuer() -> None:
    c = cited(
        "1. Theo Nghị định số 15/2019/NĐ-CP ngày 1/2/2019 của Chính phủ quy định chi tiết một số điều "
        "của Luật Giáo dục nghề nghiệp; Công văn số 6/SNV-TCBC ngày 3/3/2024 của Sở Nội vụ hướng dẫn "
        "quy trình tuyển dụng.\n"
    )
    assert c["15/2019/NĐ-CP"]["title"] == "quy định chi tiết một số điều của Luật Giáo dục nghề nghiệp"
    assert c["6/SNV-TCBC"]["title"] == "hướng dẫn quy trình tuyển dụng"


# 3. Where a title ends


def test_title_stops_before_and_another_unnumbered_reference_or_the_plan_itself() -> None:
    c = cited(
        "1. Theo Chỉ thị số 3-CT/TW ngày 2/2/2024 của Bộ Chính trị về bầu cử đại biểu Quốc hội và Kế "
        "hoạch của Thường trực Tỉnh ủy triển khai Chỉ thị số 3-CT/TW; các chi bộ chuẩn bị sớm.\n"
        "2. Thực hiện Quy định số 5-QĐ/TW ngày 1/1/2022 của Ban Bí thư về sinh hoạt chi bộ và Hướng dẫn "
        "này.\n"
        "3. Quán triệt Nghị quyết số 6-NQ/TW của Bộ Chính trị về kinh tế biển và Nghị quyết Đại hội "
        "Đảng bộ tỉnh lần thứ XVII.\n"
    )
    assert c["3-CT/TW"]["title"] == "bầu cử đại biểu Quốc hội"
    plan = c["triển khai Chỉ thị số 3-CT/TW"]
    assert (plan["type"], plan["issuer"], plan["key"]) == ("Kế hoạch", "Thường trực Tỉnh ủy", None)
    assert c["5-QĐ/TW"]["title"] == "sinh hoạt chi bộ"
    assert c["6-NQ/TW"]["title"] == "kinh tế biển"
    assert "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII" in c


def test_title_stops_before_the_audience_and_before_a_note_on_amendments() -> None:
    c = cited(
        "1. Phổ biến Quyết định số 44/QĐ-TTg ngày 1/2/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí "
        "xã an toàn giai đoạn 2023 - 2025 đến cán bộ, đoàn viên và Nhân dân.\n"
        "2. Áp dụng Nghị quyết số 8/2016/UBTVQH14 ngày 1/6/2016 của Ủy ban Thường vụ Quốc hội về tiêu "
        "chuẩn đô thị, đã được sửa đổi tại Nghị quyết số 3/2022/UBTVQH15 ngày 2/2/2022.\n"
    )
    assert c["44/QĐ-TTg"]["title"] == "ban hành Bộ tiêu chí xã an toàn giai đoạn 2023 - 2025"
    assert c["8/2016/UBTVQH14"]["title"] == "tiêu chuẩn đô thị"
    assert c["3/2022/UBTVQH15"]["date"] == "2022-02-02"


def test_title_keeps_its_closing_quote_and_drops_the_bracket_it_was_written_in() -> None:
    c = cited(
        "1. Nhiều gương tốt được nêu (Báo cáo số 7/BC-UBND ngày 1/12/2023 của Ủy ban nhân dân tỉnh về "
        "kết quả phong trào năm 2023).\n"
        '2. Theo Hướng dẫn số 9-HD/BDVTU ngày 2/3/2023 của Ban Dân vận Tỉnh ủy về bình chọn mô hình "Làng '
        'quê đáng sống".\n'
        "3. Căn cứ Kế hoạch số 4/KH-MTTQ-BTT ngày 5/1/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
        "về thực hiện Phong trào “Ngày thứ bảy sạch” năm 2024;\n"
    )
    assert c["7/BC-UBND"]["title"] == "kết quả phong trào năm 2023"
    assert c["9-HD/BDVTU"]["title"] == 'bình chọn mô hình "Làng quê đáng sống"'
    assert c["4/KH-MTTQ-BTT"]["title"] == "thực hiện Phong trào “Ngày thứ bảy sạch” năm 2024"


def test_tidy_title_drops_only_unpaired_quote_marks() -> None:
    assert tidy_title("“về cải cách hành chính”.") == "cải cách hành chính"
    assert tidy_title('mô hình "Chợ xanh".') == 'mô hình "Chợ xanh"'
    assert tidy_title("mô hình Chợ xanh”;") == "mô hình Chợ xanh"
    assert tidy_title("“Chợ xanh” năm 2024") == "“Chợ xanh” năm 2024"


def test_plan_naming_itself_does_not_hide_what_its_title_carries_out() -> None:
    text = (
        "Nội dung cơ bản Kế hoạch của Ban Chấp hành Đảng bộ tỉnh triển khai Kết luận số 9-KL/TW của Bộ "
        "Chính trị về phát triển kinh tế tập thể\n-----\n1. Mục đích, yêu cầu\n- Nâng cao nhận thức về "
        "kinh tế tập thể.\n2. Nhiệm vụ\n- Rà soát các hợp tác xã.\n"
    )
    facts = extract_text(text, "summary.txt")
    assert facts["implements"] == ["9-KL/TW"]


# 4. Congress resolutions named by their term


def test_district_and_commune_congress_resolutions_without_an_ordinal() -> None:
    head = "HUYỆN ỦY SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\nSố 11-KH/ĐU\nKẾ HOẠCH\ntrồng rừng\nI. MỤC ĐÍCH\n"
    body = (
        "Ban Thường vụ Đảng ủy xã ban hành Kế hoạch trên địa bàn xã Hòa Lạc, huyện Sông Mây, tỉnh Đồng Nai.\n"
        "1. Góp phần thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 và Nghị quyết Đại "
        "hội đại biểu Đảng bộ xã nhiệm kỳ 2020 - 2025; không để cháy rừng.\n"
        "2. Quán triệt nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.\n"
    )
    facts = extract_text(head + body, "xa.txt")
    congress = [c for c in facts["cited"] if c["key"] is None]
    assert [c["title"] for c in congress] == [
        "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025",
        "Nghị quyết Đại hội đại biểu Đảng bộ xã nhiệm kỳ 2020 - 2025",
    ]
    # with no ordinal, the term names the congress (written-plans NOTES.md)
    assert congress[0]["issuer"] == "Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025"
    assert congress[0]["jurisdiction"] == "district:Sông Mây, Đồng Nai"
    assert congress[1]["jurisdiction"] == "commune:Hòa Lạc, Sông Mây, Đồng Nai"


def test_congress_of_two_terms_are_two_documents_and_a_long_bloc_name_is_read() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 - 2020 và Nghị quyết Đại hội Đảng "
        "bộ tỉnh nhiệm kỳ 2020 - 2025.\n"
        "2. Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ IV.\n"
    )
    assert "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 - 2020" in c
    assert "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025" in c
    assert "Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ IV" in c


# 5. Whose numbering: a department, a commune's People's Committee; a Party bloc's name


def test_a_department_numbers_in_its_province_and_a_commune_committee_in_its_commune() -> None:
    head = (
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\nSố 04-KH/ĐU\nKẾ HOẠCH\nvề trồng cây\n"
        "Thực hiện Kế hoạch số 30-KH/HU của Ban Thường vụ Huyện ủy, Đảng ủy xã ban hành Kế hoạch trên "
        "địa bàn xã Hòa Lạc, huyện Sông Mây, tỉnh Đồng Nai như sau:\nI. MỤC ĐÍCH\n"
    )
    c = cited(
        "1. Theo Công văn số 215/SNN-KL ngày 3/3/2024 của Sở Nông nghiệp và Phát triển nông thôn về "
        "giống cây và Kế hoạch số 7/KH-UBND ngày 5/3/2024 của UBND xã về trồng cây.\n",
        head,
    )
    assert c["215/SNN-KL"]["jurisdiction"] == "province:Đồng Nai"
    assert c["7/KH-UBND"]["jurisdiction"] == "commune:Hòa Lạc, Sông Mây, Đồng Nai"


def test_a_party_bloc_named_with_its_lower_case_words() -> None:
    assert issuer("Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh ban hành") == (
        "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh"
    )
    assert issuer("Đảng ủy Khối các cơ quan tỉnh về việc") == "Đảng ủy Khối các cơ quan tỉnh"


def test_a_term_after_the_ordinal_is_part_of_the_title_and_a_city_congress_is_the_citys() -> None:
    c = cited("1. Bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025 về du lịch.\n")
    congress = c["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025"]
    assert congress["issuer"] == "Đại hội Đảng bộ tỉnh lần thứ XVI"
    head = "ĐẢNG BỘ TỈNH PHÚ YÊN\nTHÀNH ỦY TUY HÒA\nSố 8-KH/TU\nKẾ HOẠCH\nvề chợ\nI. MỤC ĐÍCH\n"
    c = cited("1. Thực hiện Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2020 - 2025 về chợ.\n", head)
    congress = c["Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2020 - 2025"]
    assert congress["jurisdiction"] == "district:Tuy Hòa, Phú Yên"


# 6. Laws named with the day they were passed; what a State letter and a law are


def test_a_law_without_a_number_is_its_name_and_its_day() -> None:
    head = HEAD.replace("I. MỤC ĐÍCH\n", "")
    text = (
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017; Luật sửa đổi, bổ sung một số điều của Luật Thủy "
        "lợi và Luật Đê điều ngày 2/3/2021;\nTỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
        "1. Thi hành Luật Phòng, chống thiên tai ngày 5/5/2013 của Quốc hội; phổ biến Luật Thủy lợi cho "
        "nông dân vào ngày 9/9/2024; góp ý dự thảo Luật Đất đai ngày 1/1/2023.\n"
    )
    facts = extract_text(head + text, "luat.txt")
    laws = [c for c in facts["cited"] if c["type"] == "Luật"]
    assert [(c["title"], c["date"], c["key"], c["jurisdiction"]) for c in laws] == [
        ("Luật Thủy lợi", "2017-06-19", None, "national"),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều",
            "2021-03-02",
            None,
            "national",
        ),
        ("Luật Phòng, chống thiên tai", "2013-05-05", None, "national"),
    ]
    assert laws[0]["issuer"] is None and laws[2]["issuer"] == "Quốc hội"
    assert facts["implements"] == [
        "Luật Thủy lợi",
        "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều",
    ]


def test_a_law_named_with_a_comma_before_its_number_and_who_passed_it() -> None:
    c = cited(
        "1. Tuân thủ Luật Thi đua, khen thưởng số 6/2022/QH15 được Quốc hội khóa XV thông qua tại kỳ "
        "họp thứ ba và các văn bản hướng dẫn.\n"
    )
    law = c["6/2022/QH15"]
    assert (law["type"], law["title"]) == ("Luật", "Luật Thi đua, khen thưởng")
    assert law["issuer"] == "Quốc hội khóa XV"
    (numbered,) = find_mentions("Tuân thủ Luật Thi đua, khen thưởng số 6/2022/QH15.", 0)
    assert numbered.extras["law_name"] == "thi đua, khen thưởng"


def test_a_state_letter_named_by_the_general_word_keeps_it_as_its_type() -> None:
    c = cited("1. Bố trí kinh phí theo Văn bản số 77/UBND-KT của Ủy ban nhân dân tỉnh.\n")
    assert c["77/UBND-KT"]["type"] == "Văn bản"


# 7. Where an issuer ends; the plan's own clause after a title; one day for two documents


def test_the_verb_after_an_issuer_is_not_part_of_its_name() -> None:
    assert issuer("Bộ Chính trị tổ chức sơ kết") == "Bộ Chính trị"
    assert issuer("Tỉnh ủy kiểm tra việc thực hiện") == "Tỉnh ủy"
    assert issuer("Ủy ban nhân dân tỉnh thành lập Tổ công tác") == "Ủy ban nhân dân tỉnh"
    assert issuer("Huyện ủy thường xuyên đôn đốc") == "Huyện ủy"
    assert issuer("Ban tổ chức Huyện ủy về") == "Ban tổ chức Huyện ủy"
    assert issuer("Ủy ban kiểm tra Tỉnh ủy về") == "Ủy ban kiểm tra Tỉnh ủy"
    assert issuer("Ban thường vụ Thị ủy về") == "Ban thường vụ Thị ủy"


def test_a_title_ends_before_the_plans_own_clause() -> None:
    c = cited(
        "1. Khi điều chỉnh địa giới các thôn theo Quyết định số 91/QĐ-UBND của Ủy ban nhân dân tỉnh về "
        "việc điều chỉnh địa giới các thôn năm 2024, Ủy ban nhân dân cấp xã chủ trì rà soát hồ sơ đất.\n"
    )
    assert c["91/QĐ-UBND"]["title"] == "việc điều chỉnh địa giới các thôn năm 2024"


def test_a_title_keeps_the_years_of_its_stage_and_a_ground_line_its_second_clause() -> None:
    c = cited(
        "1. Theo Quyết định số 12/QĐ-TTg ngày 1/2/2022 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "trồng rừng giai đoạn I: từ năm 2022 đến năm 2025.\n"
        "- Căn cứ Kết luận số 3-KL/TW ngày 2/2/2022 của Bộ Chính trị về tăng cường quản lý rừng; "
        "ngăn chặn, xử lý nghiêm việc phá rừng;\n"
    )
    assert c["12/QĐ-TTg"]["title"] == (
        "phê duyệt Chương trình trồng rừng giai đoạn I: từ năm 2022 đến năm 2025"
    )
    assert c["3-KL/TW"]["title"] == "tăng cường quản lý rừng; ngăn chặn, xử lý nghiêm việc phá rừng"


def test_two_references_before_one_day_and_issuer_share_them() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 31-QĐ/TW và Quyết định số 32-QĐ/TW, ngày 3/3/2016 của Bộ Chính trị; "
        "Chỉ thị số 4-CT/TW của Ban Bí thư và Kết luận số 5-KL/TW, ngày 6/6/2021 của Bộ Chính trị.\n"
    )
    assert (c["31-QĐ/TW"]["date"], c["31-QĐ/TW"]["issuer"]) == ("2016-03-03", "Bộ Chính trị")
    assert (c["4-CT/TW"]["date"], c["4-CT/TW"]["issuer"]) == (None, "Ban Bí thư")


def test_documents_still_to_be_made_are_not_cited() -> None:
    c = cited(
        "1. Ban hành Kế hoạch của Ủy ban nhân dân tỉnh thực hiện Chương trình số 7-CTr/TU.\n"
        "2. Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ nông dân.\n"
        "3. Tiếp tục thực hiện Kế hoạch của Tỉnh ủy về phát triển rừng.\n"
    )
    assert [k for k, v in c.items() if v["key"] is None] == ["phát triển rừng"]


def test_a_party_committee_symbol_in_a_commune_plan_is_the_communes() -> None:
    head = (
        "ĐẢNG BỘ HUYỆN SÔNG MÂY\nĐẢNG ỦY XÃ HÒA LẠC\nSố 04-KH/ĐU\nKẾ HOẠCH\nvề trồng cây\n"
        "Đảng ủy xã ban hành Kế hoạch trên địa bàn xã Hòa Lạc, huyện Sông Mây, tỉnh Đồng Nai như sau:\n"
        "I. MỤC ĐÍCH\n"
    )
    c = cited(
        "1. Tiếp tục thực hiện Nghị quyết số 02-NQ/ĐU ngày 3/3/2021 của Đảng ủy xã về trồng cây.\n", head
    )
    assert c["02-NQ/ĐU"]["jurisdiction"] == "commune:Hòa Lạc, Sông Mây, Đồng Nai"


# 7. Issuers named before the reference, by a lead-in, jointly; titles that meet the plan's own clause

DISTRICT_HEAD = "HUYỆN ỦY SÔNG MÂY\nSố 20-KH/HU\nKẾ HOẠCH\nvề chợ quê\n"


def test_an_issuer_named_before_the_reference_through_its_head() -> None:
    c = cited(
        "1. Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 41/TTr-STP ngày 2/5/2024, giao nhiệm vụ.\n"
    )
    t = c["41/TTr-STP"]
    assert (t["issuer"], t["jurisdiction"], t["title"]) == ("Sở Tư pháp", "province:Phú Yên", None)


def test_a_lead_in_names_the_issuer_of_the_documents_after_its_colon() -> None:
    c = cited(
        "1. Quán triệt các nghị quyết của Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIII: "
        "Nghị quyết số 11-NQ/TW, ngày 9/1/2022 về phát triển du lịch; Nghị quyết số 12-NQ/TW, ngày "
        "10/1/2022 về an ninh nông thôn. Thực hiện Chỉ thị số 5-CT/TW về học tập.\n"
    )
    lead = "Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIII"
    assert (c["11-NQ/TW"]["issuer"], c["12-NQ/TW"]["issuer"]) == (lead, lead)
    assert c["12-NQ/TW"]["title"] == "an ninh nông thôn"
    assert c["5-CT/TW"]["issuer"] is None  # after the list's sentence


def test_a_joint_document_has_all_its_issuers_and_one_between_two_bodies_is_theirs() -> None:
    c = cited(
        "1. Theo Nghị quyết liên tịch số 9/2019/NQLT-CP-ĐCT, ngày 1/2/2019 của Chính phủ, Đoàn Chủ tịch "
        "Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết việc giám sát; Thông tư liên tịch số "
        "14/2020/TTLT-BNV-BTC, ngày 2/3/2020 của Bộ Nội vụ, Bộ Tài chính và Bộ Y tế hướng dẫn phụ cấp.\n"
        "2. Làm theo Quy chế phối hợp số 05/QCPH-UBND-MTTQ, ngày 1/3/2022 giữa Ủy ban nhân dân huyện và "
        "Ban Thường trực Ủy ban MTTQ Việt Nam huyện.\n",
        DISTRICT_HEAD
        + "Ban Thường vụ Huyện ủy Sông Mây, tỉnh Đồng Nai ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
    )
    joint = c["9/2019/NQLT-CP-ĐCT"]
    assert joint["issuer"] == "Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"
    assert joint["title"] == "quy định chi tiết việc giám sát"
    assert c["14/2020/TTLT-BNV-BTC"]["issuer"] == "Bộ Nội vụ, Bộ Tài chính và Bộ Y tế"
    rule = c["05/QCPH-UBND-MTTQ"]
    assert (rule["type"], rule["issuer"], rule["jurisdiction"]) == (
        "Quy chế phối hợp",
        "Ủy ban nhân dân huyện và Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
        "district:Sông Mây, Đồng Nai",
    )


def test_a_joint_key_after_its_year_names_each_issuer_after_a_slash_with_any_capital() -> None:
    c = cited(
        "1. Làm theo Thông tư liên tịch số 07/2021/TTLT/BNV-UBTƯHNDVN, ngày 9/9/2021 của Bộ Nội vụ và Ban "
        "Thường vụ Trung ương Hội Nông dân Việt Nam hướng dẫn bầu chi hội trưởng.\n"
    )
    joint = c["07/2021/TTLT/BNV-UBTƯHNDVN"]
    assert (joint["type"], joint["date"], joint["title"]) == (
        "Thông tư liên tịch",
        "2021-09-09",
        "hướng dẫn bầu chi hội trưởng",
    )
    assert joint["issuer"] == "Bộ Nội vụ và Ban Thường vụ Trung ương Hội Nông dân Việt Nam"


def test_a_title_ends_where_the_plans_own_clause_begins() -> None:
    c = cited(
        "1. Qua ba năm thực hiện Kế hoạch số 12-KH/TU về phát triển du lịch, văn hóa giai đoạn 2021 - "
        "2025, công tác quảng bá của tỉnh đã có nhiều kết quả.\n"
        "2. Gắn với Kế hoạch số 6-KH/TU, ngày 6/8/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số "
        "3-KL/TW và các nhiệm vụ chính trị của địa phương.\n"
        "3. Người đủ điều kiện theo Nghị định số 29/2023/NĐ-CP ngày 03/6/2023 của Chính phủ quy định về "
        "tinh giản biên chế thì được hưởng chế độ cao nhất.\n"
        "4. Thực hiện Đề án số 3-ĐA/TU về y tế cơ sở được Ban Thường vụ Tỉnh ủy thông qua.\n"
    )
    assert c["12-KH/TU"]["title"] == "phát triển du lịch, văn hóa giai đoạn 2021 - 2025"
    assert c["6-KH/TU"]["title"] == "thực hiện Kết luận số 3-KL/TW"
    assert c["29/2023/NĐ-CP"]["title"] == "tinh giản biên chế"
    assert c["3-ĐA/TU"]["title"] == "y tế cơ sở"


def test_a_reference_given_in_full_after_one_named_inside_a_title_is_the_next_carried_out() -> None:
    head = DISTRICT_HEAD + (
        "Thực hiện Kế hoạch số 30-KH/TU, ngày 1/7/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận "
        "số 01-KL/TW của Bộ Chính trị và Hướng dẫn số 9-HD/BTGTU, ngày 4/1/2022 của Ban Tuyên giáo Tỉnh ủy "
        "về học tập năm 2022; trên cơ sở kết quả một năm thực hiện Kế hoạch số 8-KH/HU, ngày 2/2/2021 của "
        "Ban Thường vụ Huyện ủy, Ban Thường vụ Huyện ủy Sông Mây, tỉnh Đồng Nai ban hành Kế hoạch như sau:"
        "\nI. MỤC ĐÍCH\n"
    )
    body = (
        "1. Thực hiện Nghị quyết số 7-NQ/TW của Ban Chấp hành Trung ương và Chương trình số 9-CTr/TU, ngày "
        "3/3/2019 của Tỉnh ủy về phát triển nghề cá.\n"
    )
    facts = extract_text(head + body, "full.txt")
    c = {x["key"]: x for x in facts["cited"]}
    assert c["30-KH/TU"]["title"] == "thực hiện Kết luận số 01-KL/TW của Bộ Chính trị"
    assert c["01-KL/TW"]["title"] is None  # named inside a title: the next one's title is not its
    assert c["9-HD/BTGTU"]["title"] == "học tập năm 2022"
    # the earlier plan whose results the opening builds on is cited, not carried out
    assert c["8-KH/HU"]["jurisdiction"] == "district:Sông Mây, Đồng Nai"
    assert facts["implements"] == ["30-KH/TU", "9-HD/BTGTU"]
    # outside a title, the short one before the full one still shares its title
    assert c["7-NQ/TW"]["title"] == c["9-CTr/TU"]["title"] == "phát triển nghề cá"


def test_a_symbol_the_context_cannot_place_goes_by_its_issuers_name() -> None:
    c = cited("1. Gắn với Nghị quyết số 95-NQ/ĐU, ngày 2/12/2022 của Đảng ủy Quân sự tỉnh về huấn luyện.\n")
    assert c["95-NQ/ĐU"]["jurisdiction"] == "province:Phú Yên"


def test_a_scheme_named_by_its_subject_with_the_body_that_approved_it() -> None:
    c = cited(
        "1. Bố trí cán bộ theo Đề án sắp xếp lại các đơn vị sự nghiệp công lập thuộc tỉnh đã được Ban "
        "Thường vụ Tỉnh ủy thông qua; giữ ổn định đội ngũ.\n"
    )
    scheme = c["Đề án sắp xếp lại các đơn vị sự nghiệp công lập thuộc tỉnh"]
    assert (scheme["type"], scheme["issuer"], scheme["jurisdiction"]) == ("Đề án", None, "province:Phú Yên")


# 8. Round-5 forms: congresses of the Front and the mass organisations, laws by their year, unit numbers
# in State symbols, joint plans, a reference carried out by the next one, a reference a title governs


def test_congresses_of_the_front_the_mass_organisations_and_the_forces_named_by_their_term() -> None:
    c = cited(
        "1. Bám sát Nghị quyết Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 - 2026, Nghị quyết Đại hội Hội "
        "Nông dân tỉnh Phú Yên nhiệm kỳ 2023 - 2028, Nghị quyết Đại hội đại biểu Đảng bộ Quân sự tỉnh, "
        "nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025; quán triệt nghị "
        "quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 và nghị quyết đại hội nhiệm kỳ 2020 - 2025.\n"
    )
    assert list(c) == [
        "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 - 2026",
        "Nghị quyết Đại hội Hội Nông dân tỉnh Phú Yên nhiệm kỳ 2023 - 2028",
        "Nghị quyết Đại hội đại biểu Đảng bộ Quân sự tỉnh, nhiệm kỳ 2020 - 2025",
        "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025",  # the same term, another body
    ]
    women = c["Nghị quyết Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 - 2026"]
    assert (women["issuer"], women["jurisdiction"]) == (
        "Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 - 2026",
        "province:Phú Yên",
    )


def test_a_law_named_by_its_year_is_its_name_with_the_year() -> None:
    c = cited(
        "1. Phổ biến Luật Trẻ em năm 2016 và Luật Phòng, chống bạo lực gia đình năm 2022; thực hiện Kế "
        "hoạch số 3/KH-UBND ngày 2/2/2023 của UBND tỉnh triển khai thi hành Luật Đường bộ năm 2024; góp ý "
        "dự thảo Luật Nhà ở năm 2023; gắn Luật Đê điều với công tác năm 2024.\n"
    )
    assert list(c) == ["Luật Trẻ em năm 2016", "Luật Phòng, chống bạo lực gia đình năm 2022", "3/KH-UBND"]
    law = c["Luật Trẻ em năm 2016"]
    assert (law["type"], law["issuer"], law["date"], law["jurisdiction"]) == ("Luật", None, None, "national")


def test_a_state_symbol_may_carry_the_number_of_a_unit() -> None:
    c = cited(
        "1. Làm theo Công văn số 77/CAT-PV01 ngày 3/4/2024 của Công an tỉnh về việc cấp căn cước; Kế "
        "hoạch số 8/KH-BCH-TM2 của Bộ Chỉ huy Quân sự tỉnh; phòng COVID-19 từ ngày 15/6/2024.\n"
    )
    assert list(c) == ["77/CAT-PV01", "8/KH-BCH-TM2"]
    assert (c["77/CAT-PV01"]["type"], c["77/CAT-PV01"]["symbol"]) == ("Công văn", "CAT-PV01")
    assert c["8/KH-BCH-TM2"]["type"] == "Kế hoạch"


def test_joint_circulars_and_joint_plans_are_their_own_types_and_a_mass_organisation_is_read_whole() -> None:
    c = cited(
        "1. Theo Thông tư liên tịch số 4/2019/TTLT-BYT-BCA của Bộ Y tế, Bộ Công an quy định việc cai "
        "nghiện; nối tiếp Kế hoạch liên tịch số 7/KHLT-MTTQ-HND, ngày 3/3/2023 của Ban Thường trực Ủy ban "
        "MTTQ Việt Nam tỉnh và Ban Thường vụ Hội Nông dân tỉnh về vận động nông dân.\n"
    )
    assert c["4/2019/TTLT-BYT-BCA"]["type"] == "Thông tư liên tịch"
    plan = c["7/KHLT-MTTQ-HND"]
    assert (plan["type"], plan["issuer"], plan["title"]) == (
        "Kế hoạch liên tịch",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Ban Thường vụ Hội Nông dân tỉnh",
        "vận động nông dân",
    )


def test_a_reference_carried_out_by_the_next_one_shares_nothing_with_it() -> None:
    c = cited(
        "1. Tổ chức thực hiện Chỉ thị số 7-CT/TW và Kế hoạch số 30-KH/TU ngày 2/5/2019 của Ban Thường vụ "
        "Tỉnh ủy thực hiện Chỉ thị số 7-CT/TW; nắm tình hình.\n"
        "2. Rà soát Chỉ thị số 7-CT/TW ngày 1/2/2019 của Ban Bí thư về nghề muối.\n"
    )
    directive = c["7-CT/TW"]
    assert (directive["date"], directive["issuer"], directive["title"]) == (
        "2019-02-01",
        "Ban Bí thư",
        "nghề muối",
    )
    assert c["30-KH/TU"]["title"] == "thực hiện Chỉ thị số 7-CT/TW"


def test_an_unnumbered_title_keeps_the_reference_its_last_words_govern() -> None:
    c = cited(
        "1. Theo Quy định số 9-QĐ/TW của Bộ Chính trị và Hướng dẫn của Ủy ban Kiểm tra Trung ương về thực "
        "hiện một số điều của Quy định số 9-QĐ/TW; Kế hoạch của Tỉnh ủy về nghề muối Quyết định số "
        "5/QĐ-UBND.\n"
    )
    assert "thực hiện một số điều của Quy định số 9-QĐ/TW" in c
    assert "nghề muối" in c


def test_a_plenum_numbered_in_words_of_two_syllables_is_read_whole() -> None:
    assert issuer("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XII, mô hình") == (
        "Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XII"
    )
    assert issuer("Hội nghị lần thứ hai mươi ba Ban Chấp hành Đảng bộ tỉnh về") == (
        "Hội nghị lần thứ hai mươi ba Ban Chấp hành Đảng bộ tỉnh"
    )


def test_where_a_title_ends_the_years_after_it_an_obligation_and_another_bodys_plans() -> None:
    c = cited(
        "1. Theo Chỉ thị số 3/CT-TTg của Thủ tướng Chính phủ về nuôi biển năm 2024 và những năm tiếp theo; "
        "các xã được giao theo Quyết định số 6-QĐ/TU, ngày 1/2/2024 của Tỉnh ủy về chia ô nuôi, phải báo cáo "
        "hằng tháng.\n"
        "2. Gắn với Chương trình số 4-CTr/HNDT của Hội Nông dân tỉnh về phong trào nông dân năm 2024 và "
        "chương trình công tác hằng năm của Ban Thường vụ Tỉnh đoàn.\n"
    )
    assert c["3/CT-TTg"]["title"] == "nuôi biển năm 2024 và những năm tiếp theo"
    assert c["6-QĐ/TU"]["title"] == "chia ô nuôi"
    assert c["4-CTr/HNDT"]["title"] == "phong trào nông dân năm 2024"


def test_a_clause_after_a_semicolon_running_into_the_next_reference_is_the_titles() -> None:
    c = cited(
        "1. Học tập theo Kết luận số 5-KL/TW ngày 2/3/2022 của Bộ Chính trị về giữ gìn nghề muối; kiên quyết "
        "chống bỏ ruộng muối, bỏ nghề và Quy định số 6-QĐ/TW ngày 3/3/2022 của Ban Bí thư về làng nghề.\n"
    )
    assert c["5-KL/TW"]["title"] == "giữ gìn nghề muối; kiên quyết chống bỏ ruộng muối, bỏ nghề"
    assert c["6-QĐ/TW"]["title"] == "làng nghề"


def test_a_law_named_by_its_year_carries_what_finds_it_among_numbered_laws() -> None:
    text = "Thi hành Luật Thủy sản số 18/2017/QH14 ngày 21/11/2017; phổ biến Luật Thủy  sản năm 2017."
    numbered, by_year = find_mentions(text, 0)
    assert numbered.extras["law_name"] == by_year.extras["law_year"][0] == "thủy sản"
    assert numbered.number is not None and numbered.number.endswith(by_year.extras["law_year"][1])


# Round five: whose numbering a local body's own series is, a law named twice, a term broken at a line


def test_a_local_bodys_own_series_is_numbered_where_its_name_places_it() -> None:
    head = (
        "HỘI LHPN HUYỆN SÔNG MÂY\nSố: 30/KH-HPN\nSông Mây, ngày 2 tháng 8 năm 2023\n"
        "KẾ HOẠCH\nvề phụ nữ khởi nghiệp\nI. MỤC ĐÍCH\n"
    ).replace("HỘI LHPN HUYỆN SÔNG MÂY", "TỈNH HÀ TĨNH\nHỘI LHPN HUYỆN SÔNG MÂY")
    c = cited(
        "1. Thực hiện Kế hoạch số 09/KH-HPN ngày 3/3/2023 của Ban Thường vụ Hội LHPN huyện về khởi nghiệp; "
        "Hướng dẫn số 11/HD-HPN ngày 1/2/2023 của Ban Thường vụ Hội LHPN tỉnh về phụ nữ; Quyết định số "
        "312/QĐ-SYT ngày 5/5/2023 của Giám đốc Sở Y tế về chăm sóc sức khỏe.\n",
        head,
    )
    assert c["09/KH-HPN"]["jurisdiction"] == "district:Sông Mây, Hà Tĩnh"
    assert c["11/HD-HPN"]["jurisdiction"] == "province:Hà Tĩnh"
    assert c["312/QĐ-SYT"]["jurisdiction"] == "province:Hà Tĩnh"


def test_a_district_body_named_in_a_provincial_plan_is_that_districts() -> None:
    c = cited(
        "1. Theo Kế hoạch số 41-KH/HĐTN ngày 4/4/2024 của Ban Thường vụ Huyện đoàn Sông Cầu về thanh niên.\n"
    )
    assert c["41-KH/HĐTN"]["jurisdiction"] == "district:Sông Cầu, Phú Yên"


def test_a_law_named_by_its_year_after_its_number_is_one_document() -> None:
    facts = extract_text(
        HEAD.replace(
            "I. MỤC ĐÍCH\n",
            "Thực hiện Luật Đất đai số 31/2024/QH15 ngày 18/01/2024, Tỉnh ủy ban "
            "hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
        )
        + "1. Tuyên truyền Luật Đất đai năm 2024 đến người dân.\n",
        "luat.txt",
    )
    assert [c["key"] or c["title"] for c in facts["cited"]] == ["31/2024/QH15"]
    assert facts["implements"] == ["31/2024/QH15"]


def test_a_term_broken_from_its_numeral_at_a_line_end_stays_in_the_reference() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị (khóa\n"
        "XIII) về đẩy mạnh xây dựng lực lượng.\n"
    )
    assert c["12-NQ/TW"]["issuer"] == "Bộ Chính trị (khóa XIII)"
    assert c["12-NQ/TW"]["title"] == "đẩy mạnh xây dựng lực lượng"


# Round six: keys typed with a space, a council's committees, a steering committee's name, where titles end


def test_a_state_key_with_a_space_at_its_hyphen_is_one_key_and_written_whole_in_a_title() -> None:
    c = cited(
        "1. Theo Kế hoạch số 88/KH-UBND ngày 2/2/2023 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số "
        "7/2022/NQ -HĐND về giá muối; Quyết định số 4/2023/QĐ- UBND ngày 1/3/2023 về kho muối.\n"
    )
    assert set(c) == {"88/KH-UBND", "7/2022/NQ-HĐND", "4/2023/QĐ-UBND"}
    assert c["88/KH-UBND"]["title"] == "thực hiện Nghị quyết số 7/2022/NQ-HĐND về giá muối"
    assert tidy_title("sơ kết Nghị quyết số 7/2022/NQ -HĐND") == "sơ kết Nghị quyết số 7/2022/NQ-HĐND"
    assert [m.key for m in find_mentions("Theo Quy định số 11-QĐ /TW và Quy định số 12-QĐ/ TW.", 0)] == [
        "11-QĐ/TW",
        "12-QĐ/TW",
    ]


def test_a_council_committee_and_a_party_board_named_by_their_sector_are_read_whole() -> None:
    assert issuer("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh về y tế") == (
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh"
    )
    assert issuer("Ban Kinh tế - Ngân sách HĐND huyện thẩm tra") == "Ban Kinh tế - Ngân sách HĐND huyện"
    assert issuer("Ban Pháp chế Hội đồng nhân dân tỉnh về") == "Ban Pháp chế Hội đồng nhân dân tỉnh"
    assert issuer("Ban Nội chính Tỉnh ủy về cải cách tư pháp") == "Ban Nội chính Tỉnh ủy"
    assert issuer("Ban Thi đua - Khen thưởng tỉnh về") == "Ban Thi đua - Khen thưởng tỉnh"
    assert (
        issuer("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh về") == "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"
    )
    c = cited(
        "1. Theo Báo cáo số 9/BC-KTNS ngày 3/3/2023 của Ban Kinh tế - Ngân sách HĐND tỉnh về thuế muối.\n"
    )
    assert c["9/BC-KTNS"]["jurisdiction"] == "province:Phú Yên"
    assert c["9/BC-KTNS"]["title"] == "thuế muối"


def test_a_steering_committee_is_named_with_what_it_steers_before_a_verb_of_issuing() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 3-QĐ/BCĐ ngày 5/1/2024 của Ban Chỉ đạo tỉnh về phát triển bền vững nghề "
        "muối ban hành Quy chế làm việc năm 2024, Ban Kinh tế Tỉnh ủy (cơ quan thường trực của Ban Chỉ đạo) "
        "xây dựng kế hoạch kiểm tra.\n"
        "2. Theo Thông báo số 8-TB/BCĐ ngày 2/2/2024 của Thường trực Ban Chỉ đạo tỉnh về kết quả phiên họp "
        "quý I.\n"
    )
    assert c["3-QĐ/BCĐ"]["issuer"] == "Ban Chỉ đạo tỉnh về phát triển bền vững nghề muối"
    assert c["3-QĐ/BCĐ"]["title"] == "ban hành Quy chế làm việc năm 2024"
    assert c["8-TB/BCĐ"]["issuer"] == "Thường trực Ban Chỉ đạo tỉnh"
    assert c["8-TB/BCĐ"]["title"] == "kết quả phiên họp quý I"


def test_a_title_ends_before_a_purpose_and_after_a_quoted_title_inside_it() -> None:
    c = cited(
        "1. Gắn với Quy định số 7-QĐ/TW ngày 1/2/2024 của Bộ Chính trị về nêu gương của đảng viên, để mỗi "
        "đảng viên làm gương; Kết luận số 9-KL/TW ngày 2/2/2024 của Ban Bí thư về tiếp tục thực hiện Chỉ thị "
        'số 6-CT/TW của Ban Bí thư "Về nghề muối truyền thống" và các hoạt động ngoại khóa.\n'
        '2. Theo Chỉ thị số 4-CT/TW ngày 3/3/2024 của Ban Bí thư về ngăn chặn biểu hiện "tự chuyển hóa" '
        "trong nội bộ.\n"
    )
    assert c["7-QĐ/TW"]["title"] == "nêu gương của đảng viên"
    assert (
        c["9-KL/TW"]["title"]
        == 'tiếp tục thực hiện Chỉ thị số 6-CT/TW của Ban Bí thư "Về nghề muối truyền thống"'
    )
    assert c["4-CT/TW"]["title"] == 'ngăn chặn biểu hiện "tự chuyển hóa" trong nội bộ'


def test_documents_of_the_kind_a_title_names_go_on_its_list_and_a_number_ahead_needs_its_key() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết số 12/NQ-CP ngày 1/2/2024 của Chính phủ ban hành Chương trình tổng thể và "
        "chương trình 3 năm của Chính phủ về nghề muối; Kế hoạch số 5/KH-UBND ngày 2/2/2024 của Ủy ban nhân "
        "dân tỉnh về kho muối và chương trình công tác của Ban Thường vụ Tỉnh đoàn.\n"
    )
    assert c["12/NQ-CP"]["title"] == (
        "ban hành Chương trình tổng thể và chương trình 3 năm của Chính phủ về nghề muối"
    )
    assert c["5/KH-UBND"]["title"] == "kho muối"


def test_a_title_of_some_points_follows_its_issuer_without_ve() -> None:
    c = cited("1. Theo Hướng dẫn số 3-HD/TW ngày 1/2/2024 của Ban Bí thư một số vấn đề về nghề muối.\n")
    assert c["3-HD/TW"]["title"] == "một số vấn đề về nghề muối"


def test_a_body_and_day_after_the_second_of_two_references_are_the_seconds_alone() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết số 5-NQ/TW ngày 1/2/2019 của Bộ Chính trị về nghề muối.\n"
        "2. Quán triệt Nghị quyết số 5-NQ/TW, Nghị quyết số 6-NQ/TW, ngày 3/3/2019 của Hội nghị lần thứ "
        "tám Ban Chấp hành Trung ương Đảng khóa XII về kinh tế biển.\n"
    )
    assert c["5-NQ/TW"]["issuer"] == "Bộ Chính trị"
    assert c["6-NQ/TW"]["issuer"] == "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII"


def test_a_resolution_on_one_subject_is_typed_as_written() -> None:
    c = cited("1. Gắn với Nghị quyết chuyên đề số 2-NQ/TU ngày 1/2/2024 của Tỉnh ủy về nghề muối.\n")
    assert c["2-NQ/TU"]["type"] == "Nghị quyết chuyên đề"
    assert c["2-NQ/TU"]["title"] == "nghề muối"


CHI_BO_HEAD = (
    "ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ THÔN PHÚ LỄ\nSố 05-KH/CB\nHòa An, ngày 3 tháng 3 năm 2024\nKẾ HOẠCH\n"
    "nuôi cá lồng\nCăn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025 và tình hình thôn Phú Lễ (huyện Phú "
    "Hòa, tỉnh Phú Yên), Chi bộ xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
)


def test_the_congress_of_a_chi_bo_named_by_no_unit_is_placed_as_a_grassroots_plan_is() -> None:
    c = cited("1. Bám sát Nghị quyết Đại hội Chi bộ Phòng Nội vụ huyện nhiệm kỳ 2022 - 2025.\n", CHI_BO_HEAD)
    assert (
        c["Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025"]["jurisdiction"]
        == "commune:Hòa An, Phú Hòa, Phú Yên"
    )
    # one whose name places it elsewhere goes where its name places it
    assert c["Nghị quyết Đại hội Chi bộ Phòng Nội vụ huyện nhiệm kỳ 2022 - 2025"]["jurisdiction"] == (
        "district:Phú Hòa, Phú Yên"
    )


def test_a_document_of_the_chi_bo_named_by_no_unit_is_placed_as_a_grassroots_plan_is() -> None:
    c = cited("1. Gắn với Nghị quyết số 2-NQ/CB ngày 1/2/2024 của Chi bộ về nuôi cá.\n", CHI_BO_HEAD)
    assert c["2-NQ/CB"]["jurisdiction"] == "commune:Hòa An, Phú Hòa, Phú Yên"


def test_a_document_the_opening_builds_on_is_cited_not_carried_out() -> None:
    opening = (
        "Thực hiện Nghị quyết số 3-NQ/TW ngày 1/2/2019 của Bộ Chính trị về nghề muối; trên cơ sở Kết luận "
        "số 8-KL/TU ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy về sơ kết, Ban Thường vụ Tỉnh ủy ban hành Kế "
        "hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    facts = extract_text(HEAD.replace("I. MỤC ĐÍCH\n", opening) + "1. Tuyên truyền.\n", "x.txt")
    assert facts["implements"] == ["3-NQ/TW"]
    assert "8-KL/TU" in [c["key"] for c in facts["cited"]]


# Round seven: where titles end (a parenthesis after it, how a unit was formed),
# a steering committee's name before the subject, footnote lists, districts before a merger


def test_a_steering_committee_is_named_with_what_it_steers_before_the_subjects_ve() -> None:
    c = cited(
        "1. Theo Kế hoạch số 4-KH/BCĐ ngày 5/1/2024 của Ban Chỉ đạo tỉnh về cải cách hành chính, chuyển đổi "
        "số về triển khai “Ngày không giấy”.\n"
        "2. Theo Kế hoạch số 9-KH/BCĐ ngày 5/2/2024 của Ban Chỉ đạo tỉnh về tổ chức hội thi về an toàn giao "
        "thông.\n"
    )
    assert c["4-KH/BCĐ"]["issuer"] == "Ban Chỉ đạo tỉnh về cải cách hành chính, chuyển đổi số"
    assert c["4-KH/BCĐ"]["title"] == "triển khai “Ngày không giấy”"
    # the work a title names is not what the committee steers
    assert c["9-KH/BCĐ"]["issuer"] == "Ban Chỉ đạo tỉnh"
    assert c["9-KH/BCĐ"]["title"] == "tổ chức hội thi về an toàn giao thông"


def test_a_bracket_closing_a_title_is_an_aside_but_for_a_term_or_an_old_unit() -> None:
    c = cited(
        "1. Theo Quyết định số 7/QĐ-TTg ngày 2/1/2023 của Thủ tướng Chính phủ phê duyệt Đề án số hóa hồ sơ "
        "giai đoạn 2023 - 2025 (Đề án 7); Quy định số 12-QĐ/TW ngày 3/3/2019 của Bộ Chính trị về công tác "
        "kiểm tra (đã hết hiệu lực); Chương trình số 5-CTr/TU ngày 4/4/2022 của Tỉnh ủy thực hiện Kết luận "
        "số 9-KL/TW của Bộ Chính trị (khóa XIII).\n"
    )
    assert c["7/QĐ-TTg"]["title"] == "phê duyệt Đề án số hóa hồ sơ giai đoạn 2023 - 2025"
    assert c["12-QĐ/TW"]["title"] == "công tác kiểm tra"
    assert c["5-CTr/TU"]["title"] == "thực hiện Kết luận số 9-KL/TW của Bộ Chính trị (khóa XIII)"


def test_a_title_ends_before_the_ground_it_is_built_on() -> None:
    c = cited(
        "1. Phường được thành lập theo Nghị quyết số 1200/NQ-UBTVQH15 ngày 1/6/2025 của Ủy ban Thường vụ "
        "Quốc hội về việc sắp xếp đơn vị hành chính cấp xã, trên cơ sở nhập các xã Hòa An, Hòa Bình.\n"
    )
    assert c["1200/NQ-UBTVQH15"]["title"] == "việc sắp xếp đơn vị hành chính cấp xã"


def test_a_title_ends_before_the_second_thing_the_work_is_tied_to() -> None:
    c = cited(
        "1. Việc thực hiện gắn với Nghị quyết số 20/NQ-CP ngày 2/3/2021 của Chính phủ về phát triển nghề "
        "muối và với kế hoạch đầu tư công 5 năm của tỉnh.\n"
    )
    assert c["20/NQ-CP"]["title"] == "phát triển nghề muối"


def test_a_key_written_bare_after_another_shares_its_lists_day_and_body() -> None:
    c = cited(
        "1. Giám sát theo Quyết định số 31-QĐ/TW, 32-QĐ/TW, ngày 3/3/2016 của Bộ Chính trị; Nghị quyết số "
        "5-NQ/TU, Nghị quyết số 6-NQ/TU, ngày 4/4/2020 của Tỉnh ủy.\n"
    )
    for key in ("31-QĐ/TW", "32-QĐ/TW"):
        assert (c[key]["date"], c[key]["issuer"]) == ("2016-03-03", "Bộ Chính trị")
    # a reference written with its own type keeps the day and body after the next one to that one
    assert (c["5-NQ/TU"]["date"], c["6-NQ/TU"]["date"]) == (None, "2020-04-04")


def test_numbers_listed_before_one_symbol_are_as_many_documents() -> None:
    c = cited(
        "1. Quán triệt các Nghị quyết số 7, 8-NQ/TW, ngày 5/5/2018 của Hội nghị lần thứ bảy Ban Chấp hành "
        "Trung ương Đảng khóa XII.\n"
    )
    for key in ("7-NQ/TW", "8-NQ/TW"):
        assert (c[key]["type"], c[key]["date"]) == ("Nghị quyết", "2018-05-05")
        assert c[key]["issuer"] == "Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII"
        assert c[key]["number"] == key.split("-")[0]


def test_the_body_that_passed_a_document_named_before_it_is_its_issuer() -> None:
    c = cited(
        "1. Thực hiện kế hoạch đầu tư công của tỉnh đã được Hội đồng nhân dân tỉnh thông qua tại Nghị quyết "
        "số 21/NQ-HĐND ngày 9/12/2020; giám sát theo Nghị quyết số 22/NQ-HĐND ngày 9/12/2020.\n"
    )
    assert c["21/NQ-HĐND"]["issuer"] == "Hội đồng nhân dân tỉnh"
    assert c["22/NQ-HĐND"]["issuer"] is None


def test_a_short_aside_on_the_issuer_does_not_hide_the_subject() -> None:
    c = cited(
        "1. Kế thừa kết quả Kế hoạch số 45/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện Sơn Hòa (trước "
        "sắp xếp) về cải cách hành chính năm 2025.\n"
    )
    assert c["45/KH-UBND"]["title"] == "cải cách hành chính năm 2025"


def test_a_quoted_name_of_a_movement_goes_on_with_the_title() -> None:
    c = cited(
        "1. Theo Kế hoạch số 8/KH-UBND ngày 5/9/2025 của Ủy ban nhân dân tỉnh về hưởng ứng Phong trào thi "
        "đua “Sạch làng tốt ruộng” trên địa bàn tỉnh; Kết luận số 3-KL/TW ngày 1/1/2022 của Bộ Chính trị "
        "về tiếp tục thực hiện Chỉ thị số 2-CT/TW “Một số vấn đề về nghề muối” trong tình hình mới.\n"
    )
    assert c["8/KH-UBND"]["title"] == "hưởng ứng Phong trào thi đua “Sạch làng tốt ruộng” trên địa bàn tỉnh"
    # the quoted title of a document a title names still ends it
    assert c["3-KL/TW"]["title"] == "tiếp tục thực hiện Chỉ thị số 2-CT/TW “Một số vấn đề về nghề muối”"


def test_clauses_after_a_titles_semicolons_are_its_own_up_to_the_next_reference() -> None:
    c = cited(
        "¹ Kết luận số 7-KL/TW, ngày 1/2/2015 của Bộ Chính trị về xây dựng nhà truyền thống; trưng bày "
        "hiện vật; số hóa tư liệu; Nghị định số 9/2016/NĐ-CP, ngày 2/2/2016 của Chính phủ quy định về lễ "
        "kỷ niệm.\n"
    )
    assert c["7-KL/TW"]["title"] == "xây dựng nhà truyền thống; trưng bày hiện vật; số hóa tư liệu"
    assert c["9/2016/NĐ-CP"]["title"] == "lễ kỷ niệm"


def test_references_listed_before_the_same_day_share_the_day_and_the_body() -> None:
    c = cited(
        "¹ Quyết định số 31-QĐ/TW, Quyết định số 32-QĐ/TW cùng ngày 3/3/2016 của Bộ Chính trị về giám sát.\n"
    )
    for key in ("31-QĐ/TW", "32-QĐ/TW"):
        assert (c[key]["date"], c[key]["issuer"]) == ("2016-03-03", "Bộ Chính trị")
        assert c[key]["title"] == "giám sát"


def test_a_span_of_years_broken_at_its_dash_stays_in_the_reference() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVIII, nhiệm kỳ 2020\n"
        "- 2025 và Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa An lần thứ I, nhiệm kỳ 2025 - 2030.\n"
    )
    title = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVIII, nhiệm kỳ 2020 - 2025"
    assert c[title]["issuer"] == "Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVIII"


def test_a_year_broken_from_its_nam_stays_in_the_title() -> None:
    # a hard-wrapped line starting "2025." is the year of the line above, not an item numbered 2025
    c = cited(
        "1. Thực hiện Nghị quyết số 1690/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc "
        "sắp xếp các đơn vị hành chính cấp xã năm\n2025. Ủy ban nhân dân xã rà soát các thủ tục.\n"
    )
    assert c["1690/NQ-UBTVQH15"]["title"] == "việc sắp xếp các đơn vị hành chính cấp xã năm 2025"


def test_a_district_the_plan_places_in_its_former_province_stays_there() -> None:
    head = "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 3/KH-UBND\nHòa An, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\nnuôi cá\n"
    body = (
        "Ủy ban nhân dân xã Hòa An, tỉnh Đắk Lắk ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
        "1. Kế thừa Kế hoạch số 45/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện Phú Hòa về nuôi cá.\n"
        "2. Xã được thành lập trên cơ sở nhập các xã của huyện Phú Hòa, tỉnh Phú Yên (cũ).\n"
    )
    assert cited(body, head)["45/KH-UBND"]["jurisdiction"] == "district:Phú Hòa, Phú Yên"


def test_a_title_ends_before_a_consequence_drawn_from_it() -> None:
    c = cited(
        "1. Kế hoạch số 19-KH/HU ngày 2/3/2024 của Ban Thường vụ Huyện ủy về triển khai thực hiện Chỉ thị số "
        "3-CT/TW, vì vậy kết quả kiểm điểm là căn cứ để đánh giá cán bộ.\n"
    )
    assert c["19-KH/HU"]["title"] == "triển khai thực hiện Chỉ thị số 3-CT/TW"


def test_union_secretariat_and_party_agency_committee_names_hold_lower_case_words() -> None:
    assert issuer("Ban Thường vụ Liên đoàn Lao động huyện Cát Hải về") == (
        "Ban Thường vụ Liên đoàn Lao động huyện Cát Hải"
    )
    assert issuer("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về") == (
        "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
    )
    assert issuer("Ban Thư ký Ủy ban Hội Liên hiệp Thanh niên Việt Nam huyện về") == (
        "Ban Thư ký Ủy ban Hội Liên hiệp Thanh niên Việt Nam huyện"
    )
    assert issuer("Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh về") == (
        "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"
    )
    assert issuer("Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh về") == (
        "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh"
    )


def test_congresses_of_the_mass_organisations_named_by_ordinal_or_by_kind() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết Đại hội XII Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023 và Nghị quyết Đại "
        "hội đại biểu toàn quốc Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII, nhiệm kỳ 2022 - 2027; đánh giá "
        "kết quả thực hiện nghị quyết đại hội Hội nhiệm kỳ 2021 - 2026 ở cơ sở.\n"
    )
    union = c["Nghị quyết Đại hội XII Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023"]
    assert (union["issuer"], union["jurisdiction"]) == ("Đại hội XII Công đoàn Việt Nam", "national")
    women = next(v for k, v in c.items() if "Phụ nữ" in k)
    assert women["title"].endswith("lần thứ XIII, nhiệm kỳ 2022 - 2027")
    assert women["issuer"] == "Đại hội đại biểu toàn quốc Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII"
    assert women["jurisdiction"] == "national"
    assert len(c) == 2  # the "nghị quyết đại hội Hội" of each unit is none of them


def test_a_list_of_bare_keys_closed_by_va_shares_the_body_after_the_last() -> None:
    c = cited("1. Quán triệt các Chỉ thị số 7-CT/TW, 8-CT/TW và 9-CT/TW của Ban Bí thư; rà soát kết quả.\n")
    assert [c[k]["issuer"] for k in ("7-CT/TW", "8-CT/TW", "9-CT/TW")] == ["Ban Bí thư"] * 3


def test_documents_listed_in_brackets_after_a_body_are_that_bodys() -> None:
    c = cited(
        "1. Bám sát các chỉ thị trọng tâm của Ban Bí thư (Chỉ thị số 11-CT/TW, 12-CT/TW và 13-CT/TW), vận "
        "dụng vào điều kiện của tỉnh.\n"
    )
    assert [c[k]["issuer"] for k in ("11-CT/TW", "12-CT/TW", "13-CT/TW")] == ["Ban Bí thư"] * 3


def test_a_reference_ending_anothers_title_shares_nothing_beyond_that_title() -> None:
    c = cited(
        "1. Bám sát Nghị quyết số 21/NQ-CP, ngày 3/3/2015 của Chính phủ ban hành Chương trình hành động thực "
        "hiện Nghị quyết số 33-NQ/TW và Kế hoạch số 710/KH-UBND, ngày 9/9/2023 của Ủy ban nhân dân tỉnh về "
        "phát triển văn hóa.\n"
    )
    inner = c["33-NQ/TW"]
    assert (inner["date"], inner["issuer"], inner["title"]) == (None, None, None)
    assert c["21/NQ-CP"]["title"] == "ban hành Chương trình hành động thực hiện Nghị quyết số 33-NQ/TW"
    assert c["710/KH-UBND"]["title"] == "phát triển văn hóa"


def test_a_title_ends_before_the_plans_clause_whose_subject_goes_on_with_its_work() -> None:
    c = cited(
        "1. Sau Kết luận số 61-KL/TW của Ban Bí thư về phát triển văn hóa đọc, Ban Thường vụ Tỉnh ủy "
        "tiếp tục ban hành các văn bản chỉ đạo.\n"
    )
    assert c["61-KL/TW"]["title"] == "phát triển văn hóa đọc"


def test_a_title_ends_before_the_plans_clause_whose_subject_is_bodies_named_in_general() -> None:
    c = cited(
        "1. Thực hiện Chỉ thị số 62-CT/TW, ngày 2/2/2024 của Bộ Chính trị về công tác bầu cử, các chi bộ "
        "trực thuộc ứng dụng phần mềm trong tổ chức hội nghị.\n"
    )
    assert c["62-CT/TW"]["title"] == "công tác bầu cử"


def test_a_title_ends_before_a_clause_of_when_or_how_the_work_goes() -> None:
    c = cited(
        "1. Theo Quyết định số 81-QĐ/TU, ngày 1/2/2025 của Ban Thường vụ Tỉnh ủy về việc thành lập Đảng bộ "
        "Công an tỉnh, trong quá trình sắp xếp bộ máy. Theo Công văn số 93/UBND-TC, ngày 3/3/2024 của Ủy "
        "ban nhân dân tỉnh về việc hỗ trợ kinh phí hội thao, kết hợp huy động tài trợ. Theo Nghị quyết số "
        "94/NQ-HĐND, ngày 4/4/2024 của Hội đồng nhân dân tỉnh về việc thành lập thị trấn Hòa Bình, chính "
        "thức hoạt động từ ngày 1/5/2024. Bám sát Kế hoạch số 95/KH-UBND, ngày 5/5/2024 của Ủy ban nhân dân "
        "tỉnh về phát triển trường học, ưu tiên các xã vùng cao. Lồng ghép Kế hoạch số 96-KH/TU, ngày "
        "6/6/2024 của Ban Thường vụ Tỉnh ủy về công tác năm 2024, với việc tổng kết phong trào.\n"
    )
    assert c["81-QĐ/TU"]["title"] == "việc thành lập Đảng bộ Công an tỉnh"
    assert c["93/UBND-TC"]["title"] == "việc hỗ trợ kinh phí hội thao"
    assert c["94/NQ-HĐND"]["title"] == "việc thành lập thị trấn Hòa Bình"
    assert c["95/KH-UBND"]["title"] == "phát triển trường học"
    assert c["96-KH/TU"]["title"] == "công tác năm 2024"


def test_keys_listed_with_so_and_each_its_own_day_share_the_body_after_the_last() -> None:
    c = cited(
        "1. Lồng ghép các chương trình theo các Quyết định số 150/QĐ-TTg, ngày 2/2/2022, số 151/QĐ-TTg, ngày "
        "3/3/2022 của Thủ tướng Chính phủ.\n"
    )
    assert (c["150/QĐ-TTg"]["date"], c["150/QĐ-TTg"]["issuer"]) == ("2022-02-02", "Thủ tướng Chính phủ")
    assert (c["151/QĐ-TTg"]["date"], c["151/QĐ-TTg"]["issuer"]) == ("2022-03-03", "Thủ tướng Chính phủ")


def test_the_body_that_opens_a_clause_issuing_a_reference_is_its_issuer() -> None:
    c = cited(
        "1. Năm qua, Tỉnh ủy đã quan tâm lãnh đạo; Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 77/KH-UBND, "
        "ngày 7/7/2024 về phát triển du lịch cộng đồng.\n"
    )
    k = c["77/KH-UBND"]
    assert (k["issuer"], k["title"], k["jurisdiction"]) == (
        "Ủy ban nhân dân tỉnh",
        "phát triển du lịch cộng đồng",
        "province:Phú Yên",
    )


def test_a_bracketed_reference_records_the_act_of_the_body_opening_the_clause() -> None:
    c = cited(
        "1. Ban Thường vụ Tỉnh ủy đã thành lập Tổ công tác về cải cách, hiện đại hóa (Quyết định số "
        "301-QĐ/TU, ngày 3/1/2025); các cơ quan đã vào cuộc.\n"
    )
    k = c["301-QĐ/TU"]
    assert (k["issuer"], k["title"], k["date"]) == ("Ban Thường vụ Tỉnh ủy", None, "2025-01-03")


def test_a_steering_committees_field_that_ends_the_reference_is_its_name() -> None:
    c = cited(
        "1. Hưởng ứng cuộc vận động theo Kế hoạch số 04-KH/BCĐ, ngày 4/4/2025 của Ban Chỉ đạo tỉnh về cải "
        "cách hành chính, chuyển đổi số; Kế hoạch số 05-KH/BCĐ, ngày 5/5/2025 của Ban Chỉ đạo tỉnh về thực "
        "hiện quy chế dân chủ.\n"
    )
    named = c["04-KH/BCĐ"]
    assert (named["issuer"], named["title"]) == (
        "Ban Chỉ đạo tỉnh về cải cách hành chính, chuyển đổi số",
        None,
    )
    # a subject that names the work a title names stays the title
    assert c["05-KH/BCĐ"]["title"] == "thực hiện quy chế dân chủ"


def test_a_decree_detailing_a_law_on_one_subject_is_about_that_subject() -> None:
    c = cited(
        "1. Áp dụng Nghị định số 61/2019/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thủy sản "
        "về nuôi trồng thủy sản ven biển; Nghị định số 62/2019/NĐ-CP của Chính phủ quy định chi tiết thi "
        "hành Luật Lâm nghiệp và Công văn số 63/SNN-TS của Sở Nông nghiệp và Phát triển nông thôn về việc "
        "thả giống.\n"
    )
    assert c["61/2019/NĐ-CP"]["title"] == "nuôi trồng thủy sản ven biển"
    # the "về" of the next reference is not the law's
    assert c["62/2019/NĐ-CP"]["title"] == "quy định chi tiết thi hành Luật Lâm nghiệp"


def test_a_title_ends_before_whom_the_clause_spreads_the_document_among() -> None:
    c = cited(
        "1. Tuyên truyền Nghị quyết số 71-NQ/TU, ngày 1/7/2024 của Tỉnh ủy về phát triển văn hóa trong "
        "thời kỳ mới trong đoàn viên, thanh niên. Theo Kế hoạch số 72-KH/TU, ngày 2/7/2024 của Tỉnh ủy về "
        "giáo dục đạo đức trong cán bộ, đảng viên.\n"
    )
    assert c["71-NQ/TU"]["title"] == "phát triển văn hóa trong thời kỳ mới"
    # with no verb spreading it, whom the subject is about is the title's
    assert c["72-KH/TU"]["title"] == "giáo dục đạo đức trong cán bộ, đảng viên"


def test_a_title_ends_before_the_plans_next_requirement_of_fitting() -> None:
    c = cited(
        "1. Gắn với Nghị quyết số 09-NQ/ĐU, ngày 9/1/2025 của Ban Chấp hành Đảng bộ về nhiệm vụ năm 2025 và "
        "phù hợp với đặc điểm của từng chi bộ.\n"
    )
    assert c["09-NQ/ĐU"]["title"] == "nhiệm vụ năm 2025"


# Round eleven: the Red Cross and the bodies named in lower case, lists of keys with a year, issuers
# written before the key, where titles end


def test_the_red_cross_is_named_whole() -> None:
    assert issuer("Ban Thường vụ Hội Chữ thập đỏ tỉnh Gia Lai về cứu trợ") == (
        "Ban Thường vụ Hội Chữ thập đỏ tỉnh Gia Lai"
    )
    assert issuer("Trung ương Hội Chữ thập đỏ Việt Nam về hiến máu") == "Trung ương Hội Chữ thập đỏ Việt Nam"


def test_a_steering_committee_named_by_its_field_in_lower_case_then_its_unit() -> None:
    c = cited(
        "1. Theo Kế hoạch số 07/KH-BCĐ, ngày 2/2/2024 của Ban Chỉ đạo phòng chống thiên tai xã về diễn tập "
        "ứng phó bão năm 2024.\n"
    )
    assert (c["07/KH-BCĐ"]["issuer"], c["07/KH-BCĐ"]["title"]) == (
        "Ban Chỉ đạo phòng chống thiên tai xã",
        "diễn tập ứng phó bão năm 2024",
    )


def test_joint_parties_of_an_agreement_written_in_brackets() -> None:
    c = cited(
        "1. Rà soát danh sách (theo Quy chế phối hợp số 04/QCPH-UBND-HND, ngày 1/3/2023 giữa Ủy ban nhân "
        "dân xã và Hội Nông dân xã).\n"
    )
    assert c["04/QCPH-UBND-HND"]["issuer"] == "Ủy ban nhân dân xã và Hội Nông dân xã"


def test_a_congress_of_an_organisation_of_viet_nam_with_no_place_is_national() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết Đại hội đại biểu Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ "
        "2023 - 2028.\n"
    )
    (congress,) = c.values()
    assert congress["jurisdiction"] == "national"


def test_type_and_issuer_written_before_the_number() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 08-NQ/TU, ngày 4/5/2023 về phát triển "
        "nghề cá.\n"
    )
    assert list(c) == ["08-NQ/TU"]  # one document, not also an unnumbered "Nghị quyết của …"
    ref = c["08-NQ/TU"]
    assert (ref["type"], ref["issuer"], ref["title"]) == (
        "Nghị quyết",
        "Ban Chấp hành Đảng bộ tỉnh",
        "phát triển nghề cá",
    )


def test_a_year_after_listed_keys_leaves_the_body_to_all_of_them() -> None:
    c = cited(
        "1. Thực hiện các Quyết định số 41/QĐ-TTg, 42/QĐ-TTg năm 2021 của Thủ tướng Chính phủ, rà soát.\n"
    )
    assert [(k, v["issuer"], v["date"]) for k, v in c.items()] == [
        ("41/QĐ-TTg", "Thủ tướng Chính phủ", None),
        ("42/QĐ-TTg", "Thủ tướng Chính phủ", None),
    ]


def test_what_a_subject_is_tied_to_before_the_stage_of_the_whole_stays_in_the_title() -> None:
    c = cited(
        "1. Theo Nghị quyết số 11-NQ/TU, ngày 3/3/2021 của Tỉnh ủy về phát triển nghề muối gắn với du lịch "
        "biển giai đoạn 2021 - 2025; Quy định số 12-QĐ/TU, ngày 4/4/2022 của Tỉnh ủy về quy hoạch cán bộ "
        "gắn với chuẩn bị nhân sự đại hội, bầu cử.\n"
    )
    assert c["11-NQ/TU"]["title"] == "phát triển nghề muối gắn với du lịch biển giai đoạn 2021 - 2025"
    # with no stage after it, "gắn với" ends the title (the seeds' gold)
    assert c["12-QĐ/TU"]["title"] == "quy hoạch cán bộ"


def test_a_decision_publishing_a_list_is_titled_by_what_it_publishes() -> None:
    c = cited(
        "1. Niêm yết thủ tục theo Quyết định số 310/QĐ-UBND ngày 2/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh "
        "công bố danh mục thủ tục hành chính lĩnh vực hộ tịch.\n"
    )
    assert c["310/QĐ-UBND"]["title"] == "công bố danh mục thủ tục hành chính lĩnh vực hộ tịch"


def test_a_title_ends_before_a_bodys_guidance_named_by_its_kind_alone() -> None:
    c = cited(
        "1. Ký số văn bản theo Nghị định số 21/2023/NĐ-CP của Chính phủ quy định về chữ ký số và hướng dẫn "
        "của Văn phòng Tỉnh ủy.\n"
    )
    assert c["21/2023/NĐ-CP"]["title"] == "chữ ký số"


def test_a_title_ends_before_a_second_document_annexed_to_another_reference() -> None:
    c = cited(
        "1. Quán triệt Chỉ thị số 14-CT/TU, ngày 2/2/2022 của Tỉnh ủy về công tác thư viện và Quy chế "
        "quản lý kho sách ban hành kèm theo Quyết định số 15-QĐ/TU, ngày 3/3/2022 của Tỉnh ủy.\n"
    )
    assert c["14-CT/TU"]["title"] == "công tác thư viện"


def test_a_title_ends_before_a_second_object_another_document_sets() -> None:
    c = cited(
        "1. Góp phần thực hiện Nghị quyết số 16-NQ/TU, ngày 4/4/2022 của Tỉnh ủy về phát triển du lịch và "
        "các chỉ tiêu kinh tế mà Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đã đề ra.\n"
    )
    assert c["16-NQ/TU"]["title"] == "phát triển du lịch"


def test_a_reference_opening_its_sentence_ends_its_title_before_what_it_did() -> None:
    c = cited(
        "1. Kết quả còn hạn chế. Thông báo số 17-TB/TU, ngày 5/5/2023 của Thường trực Tỉnh ủy về công tác "
        "dân vận năm 2023 đã chỉ rõ các nguyên nhân.\n"
    )
    assert c["17-TB/TU"]["title"] == "công tác dân vận năm 2023"


def test_a_sentence_opening_on_what_goes_along_ends_the_title_at_its_main_clause() -> None:
    c = cited(
        "1. Cùng với việc huyện mới đi vào hoạt động theo Nghị quyết số 18/NQ-UBTVQH15 ngày 6/6/2024 của Ủy "
        "ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện, năm 2025 là năm bản lề của "
        "nhiệm kỳ.\n"
    )
    assert c["18/NQ-UBTVQH15"]["title"] == "việc sắp xếp đơn vị hành chính cấp huyện"


def test_a_title_ends_before_the_plans_present_after_a_merger() -> None:
    c = cited(
        "1. Kế thừa Kế hoạch số 19/KH-UBND ngày 2/1/2025 của Ủy ban nhân dân huyện (cũ) về chuyển đổi số năm "
        "2025 tại các xã nay thuộc xã Tân Hòa.\n"
    )
    assert c["19/KH-UBND"]["title"] == "chuyển đổi số năm 2025"


def test_a_plenum_resolution_named_only_inside_a_title_is_its_subject_not_a_reference() -> None:
    c = cited(
        "1. Thực hiện Kết luận số 20-KL/TW, ngày 1/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết "
        "Trung ương 6 khóa X về phát triển lâm nghiệp bền vững.\n"
    )
    assert list(c) == ["20-KL/TW"]
    # standing alone, it is cited (with no number, unnumbered)
    alone = cited("1. Tiếp tục thực hiện Nghị quyết Trung ương 6 khóa X về phát triển lâm nghiệp bền vững.\n")
    assert [v["type"] for v in alone.values()] == ["Nghị quyết"]


def test_keys_listed_with_so_alone_share_the_lists_body_and_type() -> None:
    c = cited(
        "1. Thực hiện các Quyết định số 12/QĐ-TTg, ngày 3/4/2021, số 45/QĐ-TTg, số 67/QĐ-TTg của Thủ tướng "
        "Chính phủ; các Quy định số 14-QĐ/TW, số 15-QĐ/TW của Bộ Chính trị.\n"
    )
    assert [c[k]["issuer"] for k in ("12/QĐ-TTg", "45/QĐ-TTg", "67/QĐ-TTg")] == ["Thủ tướng Chính phủ"] * 3
    assert c["12/QĐ-TTg"]["date"] == "2021-04-03" and c["45/QĐ-TTg"]["date"] is None
    assert [c[k]["type"] for k in ("14-QĐ/TW", "15-QĐ/TW")] == ["Quy định", "Quy định"]
    assert c["14-QĐ/TW"]["issuer"] == "Bộ Chính trị"


def test_the_party_board_in_a_state_body_is_one_issuer() -> None:
    c = cited(
        "1. Theo Kế hoạch số 24-KH/BCSĐ, ngày 8/8/2023 của Ban cán sự đảng Ủy ban nhân dân tỉnh về chuyển "
        "đổi số.\n"
    )
    assert c["24-KH/BCSĐ"]["issuer"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    assert c["24-KH/BCSĐ"]["jurisdiction"] == "province:Phú Yên"


def test_an_issuing_body_closing_a_title_is_the_issuer_of_it_and_of_the_one_joined_by_and() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết số 3-NQ/TW, ngày 1/2/2020 về phát triển vùng A và Nghị quyết số "
        "4-NQ/TW, ngày 2/2/2020 về phát triển vùng B của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng "
        "khóa XII.\n"
        "2. Đánh giá trẻ theo Thông tư số 6/2021/TT-BGDĐT quy định về đánh giá trẻ mầm non của Bộ trưởng Bộ "
        "GDĐT; Nghị quyết số 7/NQ-CP về nâng cao năng lực của Chính phủ điện tử.\n"
    )
    plenum = "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"
    assert (c["3-NQ/TW"]["issuer"], c["3-NQ/TW"]["title"]) == (plenum, "phát triển vùng A")
    assert (c["4-NQ/TW"]["issuer"], c["4-NQ/TW"]["title"]) == (plenum, "phát triển vùng B")
    assert (c["6/2021/TT-BGDĐT"]["issuer"], c["6/2021/TT-BGDĐT"]["title"]) == (
        "Bộ trưởng Bộ GDĐT",
        "đánh giá trẻ mầm non",
    )
    # a body's name inside a longer phrase is the title's
    assert c["7/NQ-CP"]["issuer"] is None


def test_a_title_carrying_out_a_reference_ends_with_it_before_the_plans_next_clause() -> None:
    c = cited(
        "1. Tiếp nối Kế hoạch số 24-KH/BCSĐ, ngày 8/8/2023 của Tỉnh ủy thực hiện Nghị quyết số 9-NQ/TU, tiếp "
        "tục nâng cao chất lượng phục vụ.\n"
        "2. Theo Kế hoạch số 2-KH/TU của Tỉnh ủy thực hiện Nghị quyết số 5-NQ/TU, Kết luận số 6-KL/TU của "
        "Tỉnh ủy.\n"
    )
    assert c["24-KH/BCSĐ"]["title"] == "thực hiện Nghị quyết số 9-NQ/TU"
    # a list of references carried out is the title's
    assert c["2-KH/TU"]["title"] == "thực hiện Nghị quyết số 5-NQ/TU, Kết luận số 6-KL/TU của Tỉnh ủy"


def test_a_body_named_before_the_reference_may_carry_its_short_name() -> None:
    c = cited(
        "1. Cập nhật theo hướng dẫn của Sở Xây dựng (Sở XD) tại Công văn số 71/SXD-QLN, ngày 2/1/2025 "
        "về việc rà soát nhà ở.\n"
    )
    assert c["71/SXD-QLN"]["issuer"] == "Sở Xây dựng"
    assert c["71/SXD-QLN"]["jurisdiction"] == "province:Phú Yên"


def test_a_title_ends_before_what_the_plans_work_on_it_must_fit() -> None:
    c = cited(
        "1. Rà soát Nghị quyết số 8/2023/NQ-HĐND, ngày 2/3/2023 của Hội đồng nhân dân tỉnh quy định mức hỗ "
        "trợ nuôi trồng thủy sản cho phù hợp với tình hình mới.\n"
    )
    assert c["8/2023/NQ-HĐND"]["title"] == "quy định mức hỗ trợ nuôi trồng thủy sản"


def test_a_clause_after_a_semicolon_running_into_the_note_on_an_amendment_is_the_titles() -> None:
    c = cited(
        "1. Miễn phí theo Nghị định số 8/2021/NĐ-CP ngày 2/8/2021 của Chính phủ quy định về thu phí cảng cá; "
        "giá dịch vụ bến cá (đã được sửa đổi, bổ sung tại Nghị định số 9/2023/NĐ-CP).\n"
        "2. Thu phí theo Nghị định số 10/2021/NĐ-CP của Chính phủ quy định về thu phí cảng cá; tổ chức kiểm "
        "tra (theo kế hoạch).\n"
    )
    assert c["8/2021/NĐ-CP"]["title"] == "thu phí cảng cá; giá dịch vụ bến cá"
    assert c["10/2021/NĐ-CP"]["title"] == "thu phí cảng cá"


def test_a_bare_key_before_one_of_another_issuer_shares_nothing_with_it() -> None:
    c = cited(
        "1. Cụ thể hóa Chương trình hành động số 38-CTr/TU và Nghị quyết số 3/NQ-CP, ngày 9/1/2025 của Chính "
        "phủ về đổi mới sáng tạo.\n"
        "2. Thực hiện Quyết định số 21-QĐ/TW và Quyết định số 22-QĐ/TW, ngày 1/2/2013 của Bộ Chính trị.\n"
    )
    a = c["38-CTr/TU"]
    assert (a["date"], a["issuer"], a["title"]) == (None, None, None)
    # of the same issuer, the day and the body are both's
    assert (c["21-QĐ/TW"]["date"], c["21-QĐ/TW"]["issuer"]) == ("2013-02-01", "Bộ Chính trị")


def test_some_points_of_a_law_after_and_are_no_next_reference() -> None:
    c = cited(
        "1. Hỗ trợ theo Nghị định số 7/2020/NĐ-CP, ngày 3/2/2020 của Chính phủ quy định chi tiết và "
        "hướng dẫn một số điều của Luật Thủy sản.\n"
    )
    assert c["7/2020/NĐ-CP"]["title"] == ("quy định chi tiết và hướng dẫn một số điều của Luật Thủy sản")


def test_a_title_ends_before_a_reference_whose_number_the_page_cut_off() -> None:
    c = cited(
        "1. Rà soát theo Quy định số 6-QĐ/TW, ngày 1/4/2022 của Bộ Chính trị về quản lý hồ sơ đảng viên và "
        "Quy định số\n"
    )
    assert c["6-QĐ/TW"]["title"] == "quản lý hồ sơ đảng viên"


def test_a_title_spreading_a_reference_ends_with_it_before_the_plans_next_clause() -> None:
    c = cited(
        "1. Dùng tài liệu theo Hướng dẫn số 7-HD/BTGTU, ngày 2/3/2024 của Ban Tuyên giáo Tỉnh ủy về quán "
        "triệt Nghị quyết số 11-NQ/TU, bổ sung số liệu mới của huyện.\n"
    )
    assert c["7-HD/BTGTU"]["title"] == "quán triệt Nghị quyết số 11-NQ/TU"


def test_a_title_ends_before_what_the_plans_work_stresses_aims_at_or_goes_towards() -> None:
    c = cited(
        "1. Thực hiện Kế hoạch số 9/KH-UBND, ngày 4/1/2024 của Ủy ban nhân dân tỉnh về giảm nghèo bền vững, "
        "trọng tâm là hộ nghèo vùng cao.\n"
        "2. Theo Kế hoạch số 10/KH-UBND, ngày 5/1/2024 của Ủy ban nhân dân tỉnh về trồng rừng năm 2024, phấn "
        "đấu mỗi xã trồng thêm 5 ha.\n"
        "3. Theo Kế hoạch số 11/KH-UBND, ngày 6/1/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính, từng "
        "bước đưa hồ sơ lên mạng.\n"
    )
    assert c["9/KH-UBND"]["title"] == "giảm nghèo bền vững"
    assert c["10/KH-UBND"]["title"] == "trồng rừng năm 2024"
    assert c["11/KH-UBND"]["title"] == "cải cách hành chính"


def test_an_action_programme_named_by_its_body_is_an_unnumbered_reference() -> None:
    c = cited(
        "1. Thực hiện Chương trình hành động của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam thực "
        "hiện Chỉ thị số 4-CT/TW, ngày 1/2/2021 của Ban Bí thư về nghĩa trang liệt sĩ; rà soát hồ sơ.\n"
        "2. Theo Nghị quyết số 8/NQ-CP, ngày 3/3/2021 của Chính phủ về Chương trình hành động của "
        "Chính phủ thực hiện Chỉ thị số 5-CT/TW.\n"
    )
    a = c["thực hiện Chỉ thị số 4-CT/TW, ngày 1/2/2021 của Ban Bí thư về nghĩa trang liệt sĩ"]
    assert (a["type"], a["issuer"], a["jurisdiction"]) == (
        "Chương trình hành động",
        "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam",
        "national",
    )
    # named only as the subject of another reference, it is that one's title
    assert [k for k, v in c.items() if v["type"] == "Chương trình hành động"] == [
        "thực hiện Chỉ thị số 4-CT/TW, ngày 1/2/2021 của Ban Bí thư về nghĩa trang liệt sĩ"
    ]


def test_a_corporations_party_committee_is_one_issuer_and_its_congress_a_blocs() -> None:
    assert issuer("Ban Chấp hành Đảng bộ Tổng công ty về") == "Ban Chấp hành Đảng bộ Tổng công ty"
    assert issuer("Đảng ủy Tập đoàn Viettel về") == "Đảng ủy Tập đoàn Viettel"
    assert (
        issuer("Ban Thường vụ Đảng ủy Công ty Cảng Sài Gòn về")
        == "Ban Thường vụ Đảng ủy Công ty Cảng Sài Gòn"
    )
    assert congress_scope("Đại hội đại biểu Đảng bộ Tổng công ty") == "bloc"


def test_a_document_named_by_its_body_then_numbered_in_brackets_is_that_bodys() -> None:
    c = cited(
        "1. Đưa việc thực hiện Chỉ thị số 3-CT/TW vào Kế hoạch giám sát năm 2024 của Ban Thường vụ Huyện ủy "
        "(Kế hoạch số 12-KH/HU, ngày 5/1/2024).\n"
    )
    assert (c["12-KH/HU"]["issuer"], c["12-KH/HU"]["title"]) == ("Ban Thường vụ Huyện ủy", None)
    assert c["3-CT/TW"]["issuer"] is None


def test_a_law_named_by_its_name_alone_on_its_own_is_an_unnumbered_reference() -> None:
    c = cited(
        "1. Xử phạt đúng Luật Bảo vệ môi trường và các văn bản hướng dẫn; góp ý dự thảo Luật Thủy lợi.\n"
        "2. Theo Nghị định số 6/2022/NĐ-CP của Chính phủ quy định chi tiết Luật Lâm nghiệp.\n"
        "3. Phổ biến Luật Đê điều; thực hiện Luật Đê điều số 79/2006/QH11 của Quốc hội.\n"
    )
    law = c["Luật Bảo vệ môi trường"]
    assert (law["type"], law["issuer"], law["date"], law["jurisdiction"]) == ("Luật", None, None, "national")
    # a draft, the subject of another reference, and a law the plan also gives by its number are not
    assert not {"Luật Thủy lợi", "Luật Lâm nghiệp", "Luật Đê điều"} & c.keys()
    assert "79/2006/QH11" in c


def test_a_district_youth_unions_standing_committee_is_one_issuer() -> None:
    assert issuer("Ban Thường vụ Quận đoàn Hồng Bàng; mỗi") == "Ban Thường vụ Quận đoàn Hồng Bàng"
    assert issuer("Ban Thường vụ Thị đoàn Sơn Tây về") == "Ban Thường vụ Thị đoàn Sơn Tây"


def test_a_document_named_by_its_body_before_its_number_keeps_the_body_its_title_names() -> None:
    c = cited(
        "1. Quán triệt Kế hoạch của Ban Thường vụ Tỉnh ủy số 9-KH/TU ngày 2/3/2023 về thực hiện "
        "Kết luận số 5-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh đoàn hướng dẫn như sau.\n"
    )
    assert c["9-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert c["9-KH/TU"]["title"] == "thực hiện Kết luận số 5-KL/TW của Bộ Chính trị"


def test_a_list_of_dated_keys_closed_by_and_shares_the_body_after_the_last() -> None:
    c = cited(
        "1. Vốn đầu tư theo các Quyết định số 11/QĐ-TTg ngày 2/3/2021, số 12/QĐ-TTg ngày 5/4/2022 "
        "và số 13/QĐ-TTg ngày 6/5/2022 của Thủ tướng Chính phủ.\n"
    )
    assert [c[k]["issuer"] for k in ("11/QĐ-TTg", "12/QĐ-TTg", "13/QĐ-TTg")] == ["Thủ tướng Chính phủ"] * 3


def test_the_body_that_has_or_guided_by_a_document_is_its_issuer() -> None:
    c = cited(
        "1. Ở cấp tỉnh, Ủy ban nhân dân tỉnh có Kế hoạch số 44/KH-UBND, ngày 1/2/2023 về phát triển chè.\n"
        "2. Các việc đã được Ban Tuyên giáo Tỉnh ủy hướng dẫn tại Hướng dẫn số 7-HD/BTGTU ngày 3/3/2023 "
        "về học tập chuyên đề.\n"
    )
    assert c["44/KH-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh"
    assert c["7-HD/BTGTU"]["issuer"] == "Ban Tuyên giáo Tỉnh ủy"


def test_a_title_ends_before_the_plans_own_clause_on_how_the_work_went_or_is_used() -> None:
    c = cited(
        "1. Sau ba năm thực hiện Nghị quyết số 8-NQ/TU, ngày 1/2/2021 của Tỉnh ủy về phát triển cà phê, dưới "
        "sự lãnh đạo của Đảng ủy, sản lượng của xã có tăng.\n"
        "2. Các trạm y tế thực hiện Công văn số 31/SYT-KHTC ngày 2/3/2024 của Sở Y tế về việc cấp hồ sơ "
        "sức khỏe điện tử, bảo đảm hồ sơ được cập nhật đầy đủ.\n"
        "3. Kết quả lấy ý kiến theo Quy định số 40-QĐ/TW ngày 3/4/2022 của Bộ Chính trị về việc lấy ý kiến "
        "nhân dân (nếu có trong năm) là căn cứ tham khảo.\n"
        "4. Việc chấp hành Quy định số 41-QĐ/TW ngày 3/4/2022 của Bộ Chính trị về công tác kiểm tra cán bộ "
        "được xem xét khi xếp loại.\n"
        "5. Chương trình số 3-CTr/ĐU, ngày 1/4/2021 của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ "
        "huyện được triển khai đồng bộ.\n"
    )
    assert c["8-NQ/TU"]["title"] == "phát triển cà phê"
    assert c["31/SYT-KHTC"]["title"] == "việc cấp hồ sơ sức khỏe điện tử"
    assert c["40-QĐ/TW"]["title"] == "việc lấy ý kiến nhân dân"
    assert c["41-QĐ/TW"]["title"] == "công tác kiểm tra cán bộ"
    assert c["3-CTr/ĐU"]["title"] == "thực hiện Nghị quyết Đại hội Đảng bộ huyện"


def test_a_law_named_with_its_year_after_a_title_joined_by_and_is_the_next_reference() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết số 6-NQ/TW, ngày 1/2/2022 của Bộ Chính trị về phát triển kinh tế rừng "
        "và Luật Lâm nghiệp năm 2017; trồng mới rừng.\n"
        "2. Theo Kế hoạch số 5/KH-UBND của Ủy ban nhân dân tỉnh về thi hành Luật Đất đai năm 2024 và "
        "Luật Nhà ở năm 2023.\n"
    )
    assert c["6-NQ/TW"]["title"] == "phát triển kinh tế rừng"
    assert c["Luật Lâm nghiệp năm 2017"]["type"] == "Luật"
    assert c["5/KH-UBND"]["title"] == "thi hành Luật Đất đai năm 2024 và Luật Nhà ở năm 2023"


def test_a_name_goes_on_over_a_dash_between_capitalised_words_and_a_companys_lower_case_words() -> None:
    assert (
        issuer("Ủy ban nhân dân thị xã Ba Đồn - Quảng Trạch về")
        == "Ủy ban nhân dân thị xã Ba Đồn - Quảng Trạch"
    )
    assert issuer("Ủy ban nhân dân tỉnh - Sở Tài chính về") == "Ủy ban nhân dân tỉnh"
    assert issuer("Tổng công ty Cao su - Hóa chất Miền Nam về") == "Tổng công ty Cao su - Hóa chất Miền Nam"
    assert issuer("Đảng ủy Tập đoàn Dệt may Việt Nam tại Hà Nội") == "Đảng ủy Tập đoàn Dệt may Việt Nam"


def test_a_colon_after_a_count_on_a_ground_line_opens_the_list_the_title_counts() -> None:
    c = cited(
        "- Căn cứ Nghị định số 15/2025/NĐ-CP ngày 1/2/2025 của Chính phủ quy định 03 nhóm dịch vụ công: "
        "cấp phép xây dựng, cấp phép đào đường; cấp số nhà;\n"
        "- Căn cứ Quyết định số 16/QĐ-UBND ngày 2/2/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính: "
        "giao các sở thực hiện;\n"
    )
    assert c["15/2025/NĐ-CP"]["title"] == (
        "quy định 03 nhóm dịch vụ công: cấp phép xây dựng, cấp phép đào đường; cấp số nhà"
    )
    assert c["16/QĐ-UBND"]["title"] == "cải cách hành chính"


def test_whom_a_document_is_spread_to_counted_by_a_share_is_no_part_of_its_title() -> None:
    c = cited(
        "1. Phổ biến Quy định số 9-QĐ/TU, ngày 2/3/2022 của Tỉnh ủy về giữ gìn kỷ cương công vụ "
        "đến 100% cán bộ, công chức trong quý.\n"
        "2. Quán triệt Chỉ thị số 4-CT/TU, ngày 5/6/2022 của Tỉnh ủy về tiết kiệm chi tiêu đến tất cả "
        "đảng viên của chi bộ.\n"
    )
    assert c["9-QĐ/TU"]["title"] == "giữ gìn kỷ cương công vụ"
    assert c["4-CT/TU"]["title"] == "tiết kiệm chi tiêu"


def test_what_the_plan_must_keep_right_after_a_title_is_no_part_of_it() -> None:
    c = cited(
        "1. Làm theo Hướng dẫn số 7-HD/BTGTU, ngày 1/2/2024 của Ban Tuyên giáo Tỉnh ủy về thông tin "
        "biển đảo, bảo đảm đưa tin đúng thời điểm và chính xác.\n"
    )
    assert c["7-HD/BTGTU"]["title"] == "thông tin biển đảo"


def test_a_quarter_the_plan_sets_after_a_title_starts_its_own_clause() -> None:
    c = cited(
        "Ngoài Kế hoạch số 3-KH/TU, ngày 9/1/2025 của Tỉnh ủy về phát triển nghề muối năm 2025, trong "
        "quý II năm 2025 các huyện ủy rà soát diện tích ruộng muối.\n"
    )
    assert c["3-KH/TU"]["title"] == "phát triển nghề muối năm 2025"


def test_another_bodys_strategies_and_programmes_named_in_general_end_a_title() -> None:
    c = cited(
        "Làm theo Nghị quyết số 8-NQ/TU, ngày 4/4/2023 của Tỉnh ủy về phát triển nghề muối và các "
        "chiến lược, đề án của Thủ tướng Chính phủ7. Giao các sở thực hiện.\n"
    )
    assert c["8-NQ/TU"]["title"] == "phát triển nghề muối"


def test_a_communes_one_letter_part_is_in_its_name() -> None:
    assert issuer("Ban Thường vụ Đảng ủy xã Tân Phú B và") == "Ban Thường vụ Đảng ủy xã Tân Phú B"
    assert issuer("Ủy ban nhân dân xã Vĩnh Thạnh A về") == "Ủy ban nhân dân xã Vĩnh Thạnh A"


def test_a_tab_between_words_ends_a_body_name_in_a_table_cell() -> None:
    assert issuer("Thủ tướng Chính phủ\tUBND các huyện\tQuý III") == "Thủ tướng Chính phủ"
    assert issuer("Ban Thường vụ Tỉnh ủy\tBan Dân vận") == "Ban Thường vụ Tỉnh ủy"
    # the pipeline's text has its whitespace collapsed: the raw line's tab cuts the name read from it
    assert first_cell("Thủ tướng Chính phủ\tUBND các huyện", "Thủ tướng Chính phủ UBND các") == (
        "Thủ tướng Chính phủ"
    )
    assert first_cell("Ban Thường vụ\n\tTỉnh ủy", "Ban Thường vụ Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"


def test_a_short_name_given_after_sau_day_names_the_documents_again() -> None:
    facts = extract_text(
        HEAD.replace("I. MỤC ĐÍCH\n", "")
        + "Thực hiện Chương trình số 4-CTr/TU, ngày 2/3/2024 của Tỉnh ủy thực hiện Chỉ thị số 9-CT/TW, "
        "ngày 1/1/2024 của Ban Bí thư về nghề muối (sau đây viết tắt là Chương trình số 4-CTr/TU, "
        "Chỉ thị số 9-CT/TW), Tỉnh ủy ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Làm muối sạch.\n",
        "forms.txt",
    )
    assert facts["implements"] == ["4-CTr/TU"]


def test_a_key_after_a_semicolon_with_so_alone_is_of_the_lists_type() -> None:
    c = cited(
        "Quán triệt các Quy định số 7-QĐ/TW, ngày 2/2/2019 của Ban Bí thư về nêu gương; số 8-QĐ/TW, "
        "ngày 3/3/2020 của Bộ Chính trị về kỷ luật đảng viên.\n"
    )
    assert (c["8-QĐ/TW"]["type"], c["8-QĐ/TW"]["issuer"]) == ("Quy định", "Bộ Chính trị")
    assert c["8-QĐ/TW"]["title"] == "kỷ luật đảng viên"


def test_the_ethnic_committee_is_named_with_its_lower_case_syllable() -> None:
    assert issuer("Ủy ban Dân tộc hướng dẫn việc") == "Ủy ban Dân tộc"
    assert issuer("Hội đồng Dân tộc của Quốc hội") == "Hội đồng Dân tộc"


def test_a_minister_heading_a_committee_holds_both_posts() -> None:
    assert issuer("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.") == "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    assert issuer("Bộ trưởng, Tổng Thanh tra Chính phủ về") == "Bộ trưởng, Tổng Thanh tra Chính phủ"
    assert issuer("Bộ trưởng, Thủ trưởng các cơ quan") == "Bộ trưởng"


def test_a_body_that_issued_it_after_do_is_its_issuer() -> None:
    c = cited("Thực hiện Quy định số 5-QĐ/TU, ngày 1/6/2022 do Tỉnh ủy ban hành về nêu gương của đảng viên.")
    assert (c["5-QĐ/TU"]["issuer"], c["5-QĐ/TU"]["title"]) == ("Tỉnh ủy", "nêu gương của đảng viên")


def test_a_central_documents_title_ends_before_a_provinces_document() -> None:
    c = cited(
        "Bám sát Chỉ thị số 6-CT/TU, Kế hoạch số 11-KH/TW của Ban Bí thư về thực hiện Chỉ thị số 3-CT/TW "
        "và Kế hoạch số 40-KH/TU của Tỉnh ủy để làm muối sạch.\n"
    )
    assert c["11-KH/TW"]["title"] == "thực hiện Chỉ thị số 3-CT/TW"
    assert c["40-KH/TU"]["issuer"] == "Tỉnh ủy"


def test_a_joint_programme_is_named_by_its_kind() -> None:
    c = cited("Thực hiện Chương trình phối hợp số 5/CTrPH-ĐTN-HND ngày 2/4/2023 giữa hai hội về nghề muối.\n")
    assert c["5/CTrPH-ĐTN-HND"]["type"] == "Chương trình phối hợp"


def test_a_body_choosing_after_a_comma_starts_the_plans_clause() -> None:
    c = cited(
        "Căn cứ Kế hoạch số 8/KH-MTTQ-BTT, ngày 3/1/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về "
        "giám sát năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam huyện lựa chọn nội dung giám sát phù hợp.\n"
    )
    assert c["8/KH-MTTQ-BTT"]["title"] == "giám sát năm 2024"


def test_a_provinces_programmes_in_general_are_not_the_governments_title() -> None:
    c = cited(
        "Bám sát Nghị quyết số 9/NQ-CP, ngày 2/2/2022 của Chính phủ ban hành Chương trình hành động về nghề "
        "muối và các chương trình, kế hoạch của Tỉnh ủy, Ủy ban nhân dân tỉnh; bảo đảm tiến độ.\n"
    )
    assert c["9/NQ-CP"]["title"] == "ban hành Chương trình hành động về nghề muối"


def test_the_plans_of_the_communes_in_general_end_a_title() -> None:
    c = cited(
        "Kế thừa Kế hoạch số 6/KH-UBND ngày 2/1/2024 của Ủy ban nhân dân xã về làm muối năm 2024 và kế hoạch "
        "của các xã lân cận, năm 2025 tập trung làm muối sạch.\n"
    )
    assert c["6/KH-UBND"]["title"] == "làm muối năm 2024"


def test_a_bracketed_note_of_amendment_ends_the_title() -> None:
    c = cited(
        "Thực hiện theo Nghị định số 12/2024/NĐ-CP ngày 1/2/2024 của Chính phủ quy định về nghề muối (được "
        "sửa đổi, bổ sung tại Nghị định số 30/2025/NĐ-CP của Chính phủ) và theo phân công như sau:\n"
    )
    assert c["12/2024/NĐ-CP"]["title"] == "nghề muối"


def test_bare_keys_of_the_same_symbol_listed_after_a_typed_one_keep_its_type() -> None:
    # QĐ/TW stands for Quy định and Quyết định: the list's type word says which
    c = cited(
        "Thực hiện các Quy định số 80-QĐ/TW, 114-QĐ/TW và 205-QĐ/TW của Bộ Chính trị về công tác cán bộ, "
        "Ban Thường vụ ban hành kế hoạch như sau:\n"
    )
    assert [c[k]["type"] for k in ("80-QĐ/TW", "114-QĐ/TW", "205-QĐ/TW")] == ["Quy định"] * 3


def test_a_list_carried_out_in_general_by_the_next_reference_does_not_take_its_title() -> None:
    # "thực hiện các chỉ thị …" names the listed directives in general: the plan after "và" carries them out
    c = cited(
        "Quán triệt các Chỉ thị số 5-CT/TW, 6-CT/TW ngày 2/3/2021 của Ban Bí thư khóa XIII và Chương trình "
        "số 40-CTr/TU ngày 5/5/2021 của Ban Thường vụ Tỉnh ủy thực hiện các chỉ thị của Ban Bí thư về nghề "
        "muối.\n"
    )
    assert [c[k]["title"] for k in ("5-CT/TW", "6-CT/TW")] == [None, None]
    assert c["6-CT/TW"]["issuer"] == "Ban Bí thư khóa XIII"
    assert c["40-CTr/TU"]["title"] == "thực hiện các chỉ thị của Ban Bí thư về nghề muối"


def test_a_reference_given_in_full_after_a_comma_ends_a_title_that_names_one_in_short() -> None:
    c = cited(
        "Tổ chức thực hiện Nghị quyết số 7/NQ-CP của Chính phủ ban hành Chương trình hành động thực hiện "
        "Nghị quyết số 4-NQ/TW, Nghị quyết số 30/2021/QH15 ngày 2/7/2021 của Quốc hội về nghề muối và Nghị "
        "quyết số 31/2021/QH15 ngày 3/7/2021 của Quốc hội về làng nghề.\n"
    )
    assert c["7/NQ-CP"]["title"] == "ban hành Chương trình hành động thực hiện Nghị quyết số 4-NQ/TW"
    assert (c["30/2021/QH15"]["issuer"], c["30/2021/QH15"]["title"]) == ("Quốc hội", "nghề muối")


def test_carrying_out_a_reference_given_in_full_after_and_ends_the_title() -> None:
    c = cited(
        "Giám sát theo Nghị định số 12/2020/NĐ-CP ngày 3/4/2020 của Chính phủ về tổ hòa giải ở cơ sở và "
        "việc thực hiện Pháp lệnh số 9/2008/PL-UBTVQH12 ngày 5/6/2008 của Ủy ban Thường vụ Quốc hội về hương "
        "ước.\n"
    )
    assert c["12/2020/NĐ-CP"]["title"] == "tổ hòa giải ở cơ sở"
    assert c["9/2008/PL-UBTVQH12"]["title"] == "hương ước"
    # named in short, the document carried out stays in the title
    c = cited(
        "Giám sát theo Nghị định số 12/2020/NĐ-CP ngày 3/4/2020 về hòa giải và thi hành Luật số "
        "9/2013/QH13.\n"
    )
    assert c["12/2020/NĐ-CP"]["title"] == "hòa giải và thi hành Luật số 9/2013/QH13"


def test_a_kind_of_document_right_before_cua_after_va_ends_the_title() -> None:
    # "và chương trình của chi bộ cơ sở": another, generic document, whoever's it is
    c = cited(
        "Bám sát Hướng dẫn số 3-HD/TW ngày 2/5/2022 của Ban Bí thư về một số điểm trong công tác muối và "
        "chương trình của chi bộ cơ sở.\n"
    )
    assert c["3-HD/TW"]["title"] == "một số điểm trong công tác muối"


def test_a_title_going_on_with_earlier_work_opens_right_after_the_issuer() -> None:
    c = cited("Kế thừa kết quả Kết luận số 8-KL/TW của Ban Bí thư tiếp tục thực hiện Chỉ thị số 3-CT/TW.\n")
    assert c["8-KL/TW"]["issuer"] == "Ban Bí thư"
    assert c["8-KL/TW"]["title"] == "tiếp tục thực hiện Chỉ thị số 3-CT/TW"


def test_a_semicolon_list_of_one_type_and_symbol_keeps_the_body_its_first_item_names() -> None:
    c = cited(
        "Thực hiện Quyết định số 11/QĐ-TTg ngày 2/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án muối sạch; "
        "Quyết định số 12/QĐ-TTg ngày 4/5/2022 phê duyệt Đề án làng nghề; Quyết định số 13/QĐ-TTg ngày "
        "6/7/2022 phê duyệt Đề án chợ muối; Quyết định số 14/QĐ-UBND ngày 8/9/2022 phê duyệt Đề án kho "
        "muối.\n"
    )
    assert [c[k]["issuer"] for k in ("12/QĐ-TTg", "13/QĐ-TTg")] == ["Thủ tướng Chính phủ"] * 2
    assert c["14/QĐ-UBND"]["issuer"] is None  # another symbol: another body, not named


def test_congresses_of_one_ordinal_below_the_nation_are_told_apart_by_their_body() -> None:
    c = cited(
        "1. Bám sát Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVIII, nhiệm kỳ 2025 - 2030 và "
        "Nghị quyết Đại hội đại biểu Đảng bộ Công an tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 về nghề muối.\n"
        "2. Sơ kết việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII vào cuối năm.\n"
    )
    congress = sorted(k for k, v in c.items() if v["key"] is None)
    assert congress == [
        "Nghị quyết Đại hội đại biểu Đảng bộ Công an tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030",
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVIII, nhiệm kỳ 2025 - 2030",
    ]


def test_the_congress_of_a_village_chi_bo_is_named_with_its_village() -> None:
    c = cited(
        "1. Học cách làm của thôn bạn theo Nghị quyết Đại hội Chi bộ thôn Phú Xuân nhiệm kỳ 2022 - 2025 và "
        "Nghị quyết Đại hội Chi bộ ấp Bình Thạnh nhiệm kỳ 2022 - 2025; giữ nghề cá.\n",
        CHI_BO_HEAD,
    )
    village = c["Nghị quyết Đại hội Chi bộ thôn Phú Xuân nhiệm kỳ 2022 - 2025"]
    assert village["issuer"] == "Đại hội Chi bộ thôn Phú Xuân nhiệm kỳ 2022 - 2025"
    assert "Nghị quyết Đại hội Chi bộ ấp Bình Thạnh nhiệm kỳ 2022 - 2025" in c


def test_the_body_that_plans_and_its_verb_end_the_last_grounds_title_whatever_the_body() -> None:
    c = cited(
        "Căn cứ Nghị quyết số 03-NQ/CB, ngày 5/1/2024 của Chi bộ về nhiệm vụ năm 2024, Chi bộ ấp Tân Phú "
        "xây dựng Kế hoạch như sau:\n",
        CHI_BO_HEAD,
    )
    assert c["03-NQ/CB"]["title"] == "nhiệm vụ năm 2024"
    c = cited(
        "Thực hiện Hướng dẫn số 7-HD/ĐU ngày 2/2/2024 của Đảng ủy xã về nuôi cá lồng, Tổ công tác bè cá "
        "Phú Lễ ban hành Kế hoạch thực hiện như sau:\n",
        CHI_BO_HEAD,
    )
    assert c["7-HD/ĐU"]["title"] == "nuôi cá lồng"


def test_a_committee_set_up_to_review_a_document_is_named_with_it() -> None:
    head = (
        "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nrà soát cơ sở làm muối\nThực hiện Công văn số 14-CV/BCĐ, "
        "ngày 3/3/2025 của Ban Chỉ đạo Trung ương về sơ kết Chỉ thị số 5-CT/TW về việc rà soát cơ sở làm "
        "muối, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    facts = extract_text(head + "1. Rà soát xong trong quý II.\n", "forms.txt")
    c = {x["key"]: x for x in facts["cited"]}
    assert c["14-CV/BCĐ"]["issuer"] == "Ban Chỉ đạo Trung ương về sơ kết Chỉ thị số 5-CT/TW"
    assert c["14-CV/BCĐ"]["title"] == "việc rà soát cơ sở làm muối"
    # the directive names the committee: the plan does not carry it out, and the subject is not its
    assert facts["implements"] == ["14-CV/BCĐ"]
    assert c["5-CT/TW"]["title"] is None


def test_what_the_plans_work_must_not_let_happen_ends_the_title() -> None:
    c = cited(
        "1. Gắn với Chỉ thị số 9-CT/TU ngày 3/4/2024 của Tỉnh ủy về giữ đồng muối, không để lấn chiếm "
        "ruộng.\n"
    )
    assert c["9-CT/TU"]["title"] == "giữ đồng muối"


def test_a_body_named_before_a_lists_first_key_is_the_issuer_of_the_keys_listed_after_it() -> None:
    c = cited(
        "1. Kết hợp với các Chương trình của Ban Thường vụ Tỉnh đoàn số 41-CTr/TĐTN-VP, ngày 3/3/2024, "
        "số 57-CTr/TĐTN-TNTH, ngày 9/4/2024 và số 60-CTr/TĐTN-VP, ngày 2/5/2024; tránh trùng lặp.\n"
    )
    keys = ("41-CTr/TĐTN-VP", "57-CTr/TĐTN-TNTH", "60-CTr/TĐTN-VP")
    assert [c[k]["issuer"] for k in keys] == ["Ban Thường vụ Tỉnh đoàn"] * 3
    assert [(c[k]["type"], c[k]["title"]) for k in keys] == [("Chương trình", None)] * 3
    assert c["57-CTr/TĐTN-TNTH"]["date"] == "2024-04-09"


def test_the_congress_of_the_party_unit_named_in_lower_case_alone_is_no_one_congress() -> None:
    c = cited(
        "1. Gợi ý góp ý: kết quả thực hiện nghị quyết đại hội chi bộ nhiệm kỳ 2022 - 2025 ở mỗi thôn và "
        "nghị quyết đại hội đảng bộ nhiệm kỳ 2020 - 2025 ở mỗi xã.\n",
        CHI_BO_HEAD,
    )
    # the kind of unit, in lower case, is every unit's congress; "Chi bộ" as a name is the plan's own
    assert [k for k, v in c.items() if v["key"] is None] == ["Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025"]


def test_the_plans_work_going_on_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Dựa trên Hướng dẫn số 12/HD-SNV ngày 4/4/2024 của Sở Nội vụ về chỉnh lý tài liệu tồn đọng, tiếp "
        "tục rà soát kho muối của các xã ven biển.\n"
    )
    assert c["12/HD-SNV"]["title"] == "chỉnh lý tài liệu tồn đọng"


def test_what_a_subject_is_tied_to_stays_in_its_title_but_the_plans_own_ties_end_it() -> None:
    c = cited(
        "1. Nhân rộng cách làm nêu tại Kế hoạch số 31-KH/HU, ngày 5/6/2024 của Huyện ủy về trồng rừng gỗ lớn "
        "gắn với cấp chứng chỉ rừng bền vững; áp dụng Nghị quyết số 8-NQ/TU ngày 2/2/2023 của Tỉnh ủy về "
        "khai thác hải sản xa bờ gắn với giữ vững chủ quyền biển đảo.\n"
        "2. Rà soát việc thực hiện Quy định số 12-QĐ/TU ngày 3/3/2022 của Tỉnh ủy về luân chuyển cán bộ gắn "
        "với chuẩn bị nhân sự cho Đại hội Đảng bộ tỉnh lần thứ XVIII; Hướng dẫn số 4-HD/BTCTU ngày 1/4/2024 "
        "của Ban Tổ chức Tỉnh ủy về lập hồ sơ đảng viên gắn với thực hiện Chỉ thị số 6-CT/TU của Tỉnh ủy; "
        "Công văn số 9-CV/TU ngày 7/7/2024 của Tỉnh ủy về kiểm kê kho muối, gắn với việc sắp xếp lại "
        "đồng muối.\n"
    )
    # the subject's tie is the title's
    assert c["31-KH/HU"]["title"] == "trồng rừng gỗ lớn gắn với cấp chứng chỉ rừng bền vững"
    assert c["8-NQ/TU"]["title"] == "khai thác hải sản xa bờ gắn với giữ vững chủ quyền biển đảo"
    # the plan ties its own work to a congress, to another document, or after a comma
    assert c["12-QĐ/TU"]["title"] == "luân chuyển cán bộ"
    assert c["4-HD/BTCTU"]["title"] == "lập hồ sơ đảng viên"
    assert c["9-CV/TU"]["title"] == "kiểm kê kho muối"


def test_a_document_named_by_its_body_shares_the_subject_of_the_reference_after_va() -> None:
    facts = extract_text(
        "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nphát triển nghề muối\nCăn cứ Đề án của Ban Chấp hành Trung "
        "ương Hội Cựu chiến binh Việt Nam và Hướng dẫn số 14-HD/CCBTW, ngày 3/5/2024 của Ban Thường vụ Trung "
        "ương Hội Cựu chiến binh Việt Nam về giúp hội viên làm muối sạch, bán muối đúng giá; Ban "
        "Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Giữ đồng muối.\n",
        "forms.txt",
    )
    subject = "giúp hội viên làm muối sạch, bán muối đúng giá"
    named = [c for c in facts["cited"] if c["key"] is None and c["type"] == "Đề án"]
    assert [(c["title"], c["issuer"], c["date"]) for c in named] == [
        (subject, "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", None)
    ]
    assert facts["implements"][:2] == [subject, "14-HD/CCBTW"]


def test_a_law_dated_after_its_title_has_that_day_and_a_title_without_it() -> None:
    c = cited(
        "1. Căn cứ Luật số 28/2018/QH14 sửa đổi, bổ sung một số điều của Luật Diêm nghiệp và Luật Thủy lợi "
        "ngày 15/6/2018; Nghị quyết số 6-NQ/TU của Tỉnh ủy về tổ chức hội chợ muối ngày 2/9/2024.\n"
    )
    law = c["28/2018/QH14"]
    assert (law["date"], law["title"]) == (
        "2018-06-15",
        "sửa đổi, bổ sung một số điều của Luật Diêm nghiệp và Luật Thủy lợi",
    )
    # a day closing another document's title may be the day of what it is about: it stays
    assert (c["6-NQ/TU"]["date"], c["6-NQ/TU"]["title"]) == (None, "tổ chức hội chợ muối ngày 2/9/2024")


def test_the_plan_closing_on_itself_by_its_kind_and_body_cites_nothing_named() -> None:
    c = cited(
        "1. Giữ đồng muối theo Chỉ thị số 3/CT-UBND ngày 4/4/2024 của Ủy ban nhân dân tỉnh.\n"
        "Trên đây là Kế hoạch của Tỉnh ủy thực hiện Chỉ thị số 3/CT-UBND. Đề nghị các cấp ủy thực hiện.\n"
    )
    assert list(c) == ["3/CT-UBND"]


def test_a_title_ends_before_what_was_done_with_da_and_its_subject() -> None:
    c = cited(
        "1. Việc triển khai Kế hoạch số 14/KH-UBND, ngày 2/3/2022 của Ủy ban nhân dân tỉnh về phát triển "
        "làng nghề muối, đã hình thành ba hợp tác xã.\n"
        "2. Những tồn tại mà Báo cáo số 8-BC/TU, ngày 5/5/2023 của Ban Thường vụ Tỉnh ủy sơ kết 5 năm làm "
        "muối sạch đã nêu được khắc phục dần.\n"
        "3. Thực hiện Chỉ thị số 6-CT/TU, ngày 1/4/2021 của Ban Thường vụ Tỉnh ủy về giữ gìn đồng muối, các "
        "cấp ủy, chính quyền ven biển đã vào cuộc tích cực.\n"
        "4. Cải tạo ruộng theo Kế hoạch số 3/KH-UBND, ngày 7/7/2024 của Ủy ban nhân dân huyện về cải tạo "
        "ruộng muối năm 2024 (số liệu đã được tổng hợp tại phụ lục).\n"
    )
    assert c["14/KH-UBND"]["title"] == "phát triển làng nghề muối"
    assert c["8-BC/TU"]["title"] == "sơ kết 5 năm làm muối sạch"
    assert c["6-CT/TU"]["title"] == "giữ gìn đồng muối"
    # the "đã" inside a bracket the title opened: the bracket is the plan's aside
    assert c["3/KH-UBND"]["title"] == "cải tạo ruộng muối năm 2024"


def test_a_title_closed_by_its_period_goes_on_after_a_comma_only_with_its_horizon() -> None:
    c = cited(
        "1. Mở rộng vùng muối sạch theo Nghị quyết số 11-NQ/HU, ngày 9/9/2021 của Ban Chấp hành Đảng bộ "
        "huyện về phát triển muối sạch giai đoạn 2021 - 2025, nâng thu nhập cho diêm dân.\n"
        "2. Làm theo Quyết định số 12/QĐ-UBND, ngày 1/6/2022 của Ủy ban nhân dân tỉnh phê duyệt Đề án muối "
        "sạch giai đoạn 2022-2025, định hướng đến năm 2030.\n"
    )
    assert c["11-NQ/HU"]["title"] == "phát triển muối sạch giai đoạn 2021 - 2025"
    assert c["12/QĐ-UBND"]["title"] == (
        "phê duyệt Đề án muối sạch giai đoạn 2022-2025, định hướng đến năm 2030"
    )


def test_a_title_ends_before_the_other_source_the_plans_work_follows() -> None:
    c = cited(
        "1. Bảo đảm thống nhất theo Quy định số 15-QĐ/TU, ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy về chế độ "
        "làm việc của Ban Chỉ đạo tỉnh và bám sát tình hình thực tế của các xã ven biển.\n"
    )
    assert c["15-QĐ/TU"]["title"] == "chế độ làm việc của Ban Chỉ đạo tỉnh"


def test_a_title_ends_before_the_purpose_of_the_plans_work_but_keeps_the_purpose_of_its_means() -> None:
    c = cited(
        "1. Rà soát các quy chế theo Quy định số 17-QĐ/TU, ngày 3/3/2020 của Tỉnh ủy về quản lý kho muối để "
        "sửa đổi cho sát thực tế.\n"
        "2. Thực hiện Quy định số 18-QĐ/TU, ngày 4/4/2020 của Tỉnh ủy về một số việc cần làm ngay để giữ giá "
        "muối; Nghị quyết số 19/NQ-CP, ngày 5/5/2020 của Chính phủ về những giải pháp chủ yếu nhằm hỗ trợ "
        "diêm dân.\n"
    )
    assert c["17-QĐ/TU"]["title"] == "quản lý kho muối"
    assert c["18-QĐ/TU"]["title"] == "một số việc cần làm ngay để giữ giá muối"
    assert c["19/NQ-CP"]["title"] == "những giải pháp chủ yếu nhằm hỗ trợ diêm dân"


def test_a_bracket_after_the_kind_a_body_works_by_numbers_that_bodys_own_document() -> None:
    c = cited(
        "1. Cử đội tham gia Hội thi diêm dân giỏi năm 2025 do Hội đồng thi đua, khen thưởng tỉnh tổ chức "
        "theo kế hoạch riêng (Kế hoạch số 31/KH-HĐTĐKT).\n"
        "2. Chấm điểm theo Hướng dẫn số 4/HD-HĐTĐKT, ngày 2/2/2024 của Hội đồng thi đua, khen thưởng tỉnh về "
        "bình xét danh hiệu diêm dân giỏi.\n"
    )
    own = c["31/KH-HĐTĐKT"]
    assert (own["issuer"], own["jurisdiction"]) == ("Hội đồng thi đua, khen thưởng tỉnh", "province:Phú Yên")
    # a council is named by its field, as a steering committee is
    guide = c["4/HD-HĐTĐKT"]
    assert (guide["issuer"], guide["title"]) == (
        "Hội đồng thi đua, khen thưởng tỉnh",
        "bình xét danh hiệu diêm dân giỏi",
    )


def test_a_plan_named_with_its_fields_listed_by_semicolons_then_numbered_in_brackets_is_its_bodys() -> None:
    c = cited(
        "1. Lồng ghép với Kế hoạch tuyên truyền, phổ biến pháp luật; trợ giúp pháp lý cho diêm dân năm 2024 "
        "của Sở Tư pháp (Kế hoạch số 77/KH-STP).\n"
    )
    own = c["77/KH-STP"]
    # the name comes before the key: the subject first, no title (README-counts; 1804's 46-CTr/ĐU)
    assert (own["issuer"], own["title"]) == ("Sở Tư pháp", None)


def test_a_bodys_work_programme_of_one_year_is_cited_by_its_name() -> None:
    c = cited(
        "1. Bám sát Chương trình công tác năm 2025 của Ban Chỉ đạo tỉnh về chuyển đổi số.\n"
        "2. Lồng ghép với Kế hoạch công tác Hội năm 2025 của Ban Thường vụ Hội Nông dân tỉnh (Kế hoạch số "
        "12-KH/HNDT).\n"
    )
    name = "Chương trình công tác năm 2025 của Ban Chỉ đạo tỉnh về chuyển đổi số"
    # the "về" after a steering committee is its name's: the document has no subject but its name
    assert (c[name]["type"], c[name]["issuer"]) == ("Chương trình", "Ban Chỉ đạo tỉnh về chuyển đổi số")
    # named before the bracket that numbers it: one document, the numbered one
    assert sorted(c) == sorted([name, "12-KH/HNDT"])


def test_vertical_agencies_school_heads_and_a_field_council_are_named_whole() -> None:
    assert issuer("Bảo hiểm xã hội huyện Tuy An về") == "Bảo hiểm xã hội huyện Tuy An"
    assert (
        issuer("Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành") == "Tổng Giám đốc Bảo hiểm xã hội Việt Nam"
    )
    assert issuer("Giám đốc Kho bạc Nhà nước tỉnh về") == "Giám đốc Kho bạc Nhà nước tỉnh"
    assert issuer("Ngân hàng Chính sách xã hội tỉnh về") == "Ngân hàng Chính sách xã hội tỉnh"
    assert issuer("Hiệu trưởng Trường Cao đẳng Nghề Phú Yên về") == "Hiệu trưởng Trường Cao đẳng Nghề Phú Yên"
    c = cited(
        "1. Đối chiếu số liệu theo Báo cáo số 71/BC-BHXH, ngày 2/4/2024 của Bảo hiểm xã hội tỉnh về nợ đóng "
        "của các hợp tác xã muối.\n"
        "2. Xét danh hiệu theo Hướng dẫn số 6/HD-HĐTĐKT, ngày 9/1/2024 của Hội đồng Thi đua - Khen thưởng "
        "tỉnh Phú Yên về thi đua trong diêm dân.\n"
    )
    assert c["71/BC-BHXH"]["issuer"] == "Bảo hiểm xã hội tỉnh"
    council = c["6/HD-HĐTĐKT"]
    assert (council["issuer"], council["jurisdiction"]) == (
        "Hội đồng Thi đua - Khen thưởng tỉnh Phú Yên",
        "province:Phú Yên",
    )


def test_two_references_sharing_their_body_and_a_two_part_subject_take_its_parts_in_order() -> None:
    head = (
        "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nphát triển nghề muối\n"
        "- Căn cứ Chỉ thị số 12-CT/TU, ngày 2/3/2021 và Chỉ thị số 15-CT/TU, ngày 4/5/2022 của Ban Thường vụ "
        "Tỉnh ủy về giữ đất làm muối; về củng cố hợp tác xã diêm nghiệp;\n"
        "I. MỤC ĐÍCH\n"
    )
    c = cited(
        "1. Rà soát theo Quy định số 3-QĐ/TU và Quy định số 4-QĐ/TU, ngày 6/6/2021 của Tỉnh ủy về kho muối; "
        "về giá muối.\n",
        head,
    )
    fields = ("issuer", "date", "title")
    assert [c["12-CT/TU"][f] for f in fields] == ["Ban Thường vụ Tỉnh ủy", "2021-03-02", "giữ đất làm muối"]
    assert [c["15-CT/TU"][f] for f in fields] == [
        "Ban Thường vụ Tỉnh ủy",
        "2022-05-04",
        "củng cố hợp tác xã diêm nghiệp",
    ]
    # the first named with no day of its own takes the second's, as "A và B, ngày … của X về T" always did
    assert [c["3-QĐ/TU"][f] for f in fields] == ["Tỉnh ủy", "2021-06-06", "kho muối"]
    assert [c["4-QĐ/TU"][f] for f in fields] == ["Tỉnh ủy", "2021-06-06", "giá muối"]


def test_a_footnote_naming_one_document_is_its_title_past_a_semicolon_to_the_end() -> None:
    c = cited(
        "1. Nhập kho đúng quy chế¹ và giữ muối dự trữ².\n"
        "2. Báo cáo hằng quý.\n"
        "¹ Quyết định số 61/QĐ-UBND ngày 3/5/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý kho "
        "muối; bảo quản muối dự trữ.\n"
        "² Quyết định số 62/QĐ-UBND ngày 4/5/2020 của Ủy ban nhân dân tỉnh về dự trữ muối; Nghị quyết số "
        "7/NQ-HĐND ngày 5/5/2020 của Hội đồng nhân dân tỉnh.\n"
    )
    assert c["61/QĐ-UBND"]["title"] == "ban hành Quy chế quản lý kho muối; bảo quản muối dự trữ"
    # a footnote naming another document after the semicolon is a list, cut there
    assert c["62/QĐ-UBND"]["title"] == "dự trữ muối"


def test_a_document_passed_by_a_body_named_after_it_has_the_day_it_was_passed() -> None:
    c = cited(
        "1. Phổ biến Luật Tài nguyên nước số 28/2023/QH15 được Quốc hội khóa XV thông qua ngày 27/11/2023, "
        "có hiệu lực từ ngày 1/7/2024.\n"
    )
    law = c["28/2023/QH15"]
    # the day it takes effect is not its date
    assert (law["issuer"], law["date"]) == ("Quốc hội khóa XV", "2023-11-27")


def test_a_decision_named_by_its_body_is_cited_only_with_its_subject() -> None:
    c = cited(
        "1. Thu mua muối theo Quyết định số 8/QĐ-UBND ngày 2/2/2024 của Ủy ban nhân dân tỉnh về giá sàn và "
        "Quyết định của Thủ tướng Chính phủ về việc điều hành dự trữ muối quốc gia năm 2024.\n"
        "2. Lập danh sách hộ diêm dân, trình Quyết định của Chủ tịch Ủy ban nhân dân tỉnh.\n"
    )
    name = "việc điều hành dự trữ muối quốc gia năm 2024"
    assert sorted(c) == sorted(["8/QĐ-UBND", name])
    assert (c[name]["type"], c[name]["issuer"], c[name]["jurisdiction"]) == (
        "Quyết định",
        "Thủ tướng Chính phủ",
        "national",
    )


def test_a_law_a_decree_details_after_its_semicolon_is_the_decrees_subject_not_a_reference() -> None:
    head = (
        "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nphát triển nghề muối\n"
        "- Căn cứ Nghị định số 40/2021/NĐ-CP ngày 1/4/2021 của Chính phủ về sản xuất muối; hướng dẫn thi "
        "hành một số điều của Luật Thương mại;\n"
        "I. MỤC ĐÍCH\n"
    )
    c = cited("1. Giữ nguồn nước ruộng muối; tuân thủ Luật Thủy lợi.\n", head)
    # a law named on its own after a semicolon is still cited
    assert sorted(c) == ["40/2021/NĐ-CP", "Luật Thủy lợi"]


def test_a_bare_key_listed_after_another_of_its_symbol_is_read_and_shares_the_list_issuer() -> None:
    c = cited(
        "1. Hỗ trợ ngư dân theo các Nghị quyết số 51/2024/QH15, 52/2024/QH15 của Quốc hội. Duy trì tổ "
        "tự quản theo Kế hoạch số 9-KH/ĐU, ngày 3/3/2023 của Ban Thường vụ Đảng ủy xã Hòa Hiệp.\n"
    )
    # "QH15" names no type; the list does, and the body after the last key is both keys'
    assert (c["52/2024/QH15"]["type"], c["52/2024/QH15"]["issuer"]) == ("Nghị quyết", "Quốc hội")
    assert (c["51/2024/QH15"]["issuer"], c["51/2024/QH15"]["date"]) == ("Quốc hội", None)


def test_a_day_in_brackets_after_a_key_is_its_date_and_tells_twins_apart() -> None:
    head = (
        "TỈNH ỦY PHÚ YÊN\nSố 52-KH/TU\nKẾ HOẠCH\nphát triển nghề muối\n"
        "Căn cứ NQ 05-NQ/TW (12/03/2019) của Bộ Chính trị về kinh tế biển bền vững;\n"
        "I. MỤC ĐÍCH\n"
    )
    body = "1. Tiếp tục thực hiện Nghị quyết số 05-NQ/TW ngày 4/9/2009 của Bộ Chính trị về nghề muối.\n"
    facts = extract_text(head + body, "forms.txt")
    # the two documents of one key are told apart by the day in brackets
    twins = sorted((c["date"], c["title"]) for c in facts["cited"] if c["key"] == "05-NQ/TW")
    assert twins == [("2009-09-04", "nghề muối"), ("2019-03-12", "kinh tế biển bền vững")]


def test_a_title_that_spreads_a_document_keeps_its_audience() -> None:
    c = cited(
        "1. Bám sát Kế hoạch số 14-KH/TU, ngày 2/5/2024 của Ban Thường vụ Tỉnh ủy về phổ biến, quán triệt "
        "Chỉ thị số 30-CT/TW đến cán bộ, đảng viên và người lao động.\n"
        "2. Tuyên truyền Kế hoạch số 15-KH/TU, ngày 3/6/2024 của Ban Thường vụ Tỉnh ủy về nghề muối đến "
        "cán bộ, đảng viên.\n"
    )
    # the document spreads another to them; where the plan spreads it, the audience is the plan's
    assert (
        c["14-KH/TU"]["title"]
        == "phổ biến, quán triệt Chỉ thị số 30-CT/TW đến cán bộ, đảng viên và người lao động"
    )
    assert c["15-KH/TU"]["title"] == "nghề muối"


def test_the_units_as_they_were_before_a_merger_are_the_plans_not_the_titles() -> None:
    c = cited(
        "1. Kế thừa Nghị quyết số 9-NQ/HU, ngày 2/4/2021 của Ban Chấp hành Đảng bộ huyện Tuy An về kinh tế "
        "biển giai đoạn 2021 - 2025 tại ba xã trước khi sáp nhập; mở rộng vùng muối.\n"
    )
    # a document issued before the merger never names the units "before the merger"
    assert c["9-NQ/HU"]["title"] == "kinh tế biển giai đoạn 2021 - 2025"


def test_a_semicolon_between_quoted_names_goes_on_with_the_title() -> None:
    c = cited(
        "1. Bình xét theo Quyết định số 21/2024/QĐ-UBND của Ủy ban nhân dân tỉnh quy định tiêu chí công "
        'nhận "Hộ làm muối giỏi"; "Hợp tác xã muối kiểu mẫu", "Làng nghề muối tiêu biểu".\n'
        "2. Thực hiện Quyết định số 22/2024/QĐ-UBND của Ủy ban nhân dân tỉnh về giá muối; hỗ trợ diêm dân.\n"
    )
    # the quoted names are one list; a semicolon before a clause of the plan still ends the title
    assert c["21/2024/QĐ-UBND"]["title"] == (
        'quy định tiêu chí công nhận "Hộ làm muối giỏi"; "Hợp tác xã muối kiểu mẫu", '
        '"Làng nghề muối tiêu biểu"'
    )
    assert c["22/2024/QĐ-UBND"]["title"] == "giá muối"


def test_a_procuracy_or_a_court_and_their_heads_are_named_in_full() -> None:
    c = cited(
        "1. Bám sát Chỉ thị số 02/CT-VKSTC của Viện trưởng Viện kiểm sát nhân dân tối cao về kiểm sát án "
        "kinh tế; Nghị quyết số 4-NQ/BCSĐ ngày 8/1/2024 của Ban cán sự đảng Viện kiểm sát nhân dân tỉnh "
        "về công tác năm 2024.\n"
        "2. Phối hợp theo Quy chế số 7/QC-TA ngày 2/2/2024 của Chánh án Tòa án nhân dân tỉnh về xét xử "
        "lưu động; Công văn số 81/TANDTC-PC của Tòa án nhân dân tối cao về giải đáp nghiệp vụ.\n"
        "3. Thực hiện Kế hoạch của Tòa án nhân dân tối cao về hòa giải tại tòa án; mở lớp tập huấn.\n"
    )
    # "kiểm sát", "nhân dân", "tối cao" are the body's words, not the title's
    assert (c["02/CT-VKSTC"]["issuer"], c["02/CT-VKSTC"]["title"]) == (
        "Viện trưởng Viện kiểm sát nhân dân tối cao",
        "kiểm sát án kinh tế",
    )
    assert c["02/CT-VKSTC"]["jurisdiction"] == "national"
    assert c["4-NQ/BCSĐ"]["issuer"] == "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh"
    assert c["4-NQ/BCSĐ"]["jurisdiction"] == "province:Phú Yên"
    assert (c["7/QC-TA"]["issuer"], c["7/QC-TA"]["title"]) == (
        "Chánh án Tòa án nhân dân tỉnh",
        "xét xử lưu động",
    )
    assert c["81/TANDTC-PC"]["issuer"] == "Tòa án nhân dân tối cao"
    assert c["81/TANDTC-PC"]["title"] == "giải đáp nghiệp vụ"
    assert c["81/TANDTC-PC"]["jurisdiction"] == "national"
    # an unnumbered document of the court is named by its subject
    assert c["hòa giải tại tòa án"]["issuer"] == "Tòa án nhân dân tối cao"


def test_the_study_promotion_association_is_named_in_full() -> None:
    c = cited(
        "1. Bám sát Kế hoạch số 03/KH-HKH, ngày 9/1/2024 của Ban Thường vụ Hội Khuyến học tỉnh về quỹ "
        "khuyến học năm 2024; Chương trình phối hợp số 5/CTPH-HKH-ĐTN ngày 1/3/2023 giữa Hội Khuyến học "
        "huyện và Huyện đoàn về phong trào đọc sách.\n"
    )
    # "học" is the association's word ("Hội Khuyến học"), not a verb after "Hội Khuyến"
    assert c["03/KH-HKH"]["issuer"] == "Ban Thường vụ Hội Khuyến học tỉnh"
    assert c["03/KH-HKH"]["jurisdiction"] == "province:Phú Yên"
    assert c["03/KH-HKH"]["title"] == "quỹ khuyến học năm 2024"
    assert c["5/CTPH-HKH-ĐTN"]["issuer"] == "Hội Khuyến học huyện và Huyện đoàn"
    assert c["5/CTPH-HKH-ĐTN"]["title"] == "phong trào đọc sách"


def test_a_reference_dated_after_a_document_is_not_in_its_title() -> None:
    c = cited(
        "1. Bám sát Kế hoạch số 20-KH/HU, ngày 3/10/2022 của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số "
        "8-CT/TU, ngày 1/6/2022 của Ban Thường vụ Tỉnh ủy về nghề muối sạch và Kế hoạch số 14/KH-UBND, "
        "ngày 2/3/2023 của Ủy ban nhân dân huyện về làng nghề năm 2023.\n"
    )
    # a plan of October 2022 cannot carry out one of March 2023: that one is the next of the list
    assert c["20-KH/HU"]["title"] == (
        "thực hiện Chỉ thị số 8-CT/TU, ngày 1/6/2022 của Ban Thường vụ Tỉnh ủy về nghề muối sạch"
    )
    assert c["14/KH-UBND"]["title"] == "làng nghề năm 2023"


def test_a_kind_after_a_preposition_is_no_list_of_documents_in_general() -> None:
    c = cited(
        "1. Chấm điểm các hộ dân theo Hướng dẫn của Ban Thường vụ Hội Nông dân tỉnh về hộ sản xuất giỏi; "
        "báo cáo kết quả.\n"
    )
    # "các hộ dân theo Hướng dẫn …": "theo" ends the list "các …", the guidance is one document
    assert c["hộ sản xuất giỏi"]["issuer"] == "Ban Thường vụ Hội Nông dân tỉnh"


def test_the_last_of_a_list_of_quoted_names_does_not_end_the_title() -> None:
    c = cited(
        "1. Bình xét theo Quyết định số 31/QĐ-UBND của Ủy ban nhân dân tỉnh về công nhận “Làng muối sạch”, "
        "“Hộ diêm dân giỏi” cấp huyện và “Tổ hợp tác tiêu biểu”; hỗ trợ diêm dân.\n"
    )
    # a document has one title: quoted names listed one after another are names, and the title goes on
    assert c["31/QĐ-UBND"]["title"] == (
        "công nhận “Làng muối sạch”, “Hộ diêm dân giỏi” cấp huyện và “Tổ hợp tác tiêu biểu”"
    )


def test_a_hospital_is_named_in_full() -> None:
    c = cited(
        "1. Bám sát Nghị quyết số 7-NQ/ĐU, ngày 4/1/2024 của Ban Chấp hành Đảng bộ Bệnh viện về nhiệm vụ "
        "năm 2024; Quyết định số 88/QĐ-BV của Giám đốc Bệnh viện Phổi tỉnh về trực cấp cứu.\n"
    )
    # "viện" goes on "Bệnh" as it does "Viện": a hospital, not "Bệnh" and a title that lost its subject
    assert c["7-NQ/ĐU"]["issuer"] == "Ban Chấp hành Đảng bộ Bệnh viện"
    assert c["7-NQ/ĐU"]["title"] == "nhiệm vụ năm 2024"
    assert c["88/QĐ-BV"]["issuer"] == "Giám đốc Bệnh viện Phổi tỉnh"


def test_an_audience_counted_one_by_one_ends_the_title() -> None:
    c = cited(
        "1. Phổ biến Nghị quyết số 12-NQ/TW, ngày 3/2/2023 của Bộ Chính trị về công tác giữ nước trong "
        "tình hình mới đến từng cán bộ, hội viên.\n"
    )
    # "đến từng cán bộ": whom the plan spreads it to, one by one, as "đến tất cả cán bộ"
    assert c["12-NQ/TW"]["title"] == "công tác giữ nước trong tình hình mới"


def test_what_the_plan_must_not_let_happen_ends_the_title() -> None:
    c = cited(
        "1. Lồng ghép với Kế hoạch số 31-KH/TU, ngày 5/5/2023 của Ban Thường vụ Tỉnh ủy về kinh tế biển, "
        "bảo đảm không chồng chéo thời gian.\n"
    )
    # ", bảo đảm không …": what the plan's work must avoid, as ", không để …"
    assert c["31-KH/TU"]["title"] == "kinh tế biển"


def test_where_the_plan_works_first_ends_the_title() -> None:
    c = cited(
        "1. Thực hiện Quy định số 17-QĐ/TU, ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy về nêu gương của cán bộ, "
        "đảng viên, trước hết ở thôn, khu phố.\n"
        "2. Thực hiện Quy định số 18-QĐ/TU, ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy về nêu gương của cán bộ, "
        "đảng viên, trước hết là người đứng đầu.\n"
    )
    # ", trước hết ở …" is where the plan's work goes first; ", trước hết là …" names whom the title is about
    assert c["17-QĐ/TU"]["title"] == "nêu gương của cán bộ, đảng viên"
    assert c["18-QĐ/TU"]["title"] == "nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu"


def test_a_quoted_name_goes_on_only_with_its_time_level_or_scope() -> None:
    c = cited(
        '1. Cụ thể hóa Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Nghề muối bền '
        'vững giai đoạn 2022 - 2030" bằng các buổi tham quan đồng muối; Kế hoạch số 33-KH/TU, ngày '
        "2/2/2023 của Ban Thường vụ Tỉnh ủy về phong trào “Diêm dân giỏi” giai đoạn 2023 - 2025; Kế "
        "hoạch số 34-KH/TU, ngày 2/2/2023 của Ban Thường vụ Tỉnh ủy về cuộc thi “Muối sạch” làm tiêu "
        "chí thi đua.\n"
    )
    # "bằng …", "làm …" after the name of a scheme or a contest is how the plan uses it
    assert c["411/QĐ-TTg"]["title"] == ('phê duyệt Đề án "Nghề muối bền vững giai đoạn 2022 - 2030"')
    assert c["33-KH/TU"]["title"] == "phong trào “Diêm dân giỏi” giai đoạn 2023 - 2025"
    assert c["34-KH/TU"]["title"] == "cuộc thi “Muối sạch”"


def test_a_decision_naming_a_day_is_titled_by_it() -> None:
    c = cited(
        "1. Kỷ niệm theo Quyết định số 219/QĐ-TTg ngày 3/3/2009 của Thủ tướng Chính phủ lấy ngày 1 tháng "
        "5 hằng năm là Ngày Diêm dân Việt Nam.\n"
    )
    # "lấy ngày … là Ngày …" opens its title as "ban hành …", "phê duyệt …" do
    assert c["219/QĐ-TTg"]["title"] == "lấy ngày 1 tháng 5 hằng năm là Ngày Diêm dân Việt Nam"


def test_what_a_clause_takes_ends_at_its_lam() -> None:
    c = cited(
        "1. Lấy kết quả thực hiện Chỉ thị số 21-CT/TU, ngày 1/3/2022 của Ban Thường vụ Tỉnh ủy về người lao "
        "động làm việc trên đồng muối và Chỉ thị số 22-CT/TU, ngày 1/4/2022 của Ban Thường vụ Tỉnh ủy về "
        "giữ gìn đồng muối sạch làm căn cứ xếp loại chi bộ.\n"
        "2. Thực hiện Chỉ thị số 23-CT/TU, ngày 1/4/2022 của Ban Thường vụ Tỉnh ủy về học tập và làm theo "
        "gương diêm dân giỏi.\n"
    )
    # "lấy X làm Y": "làm" closes what the clause takes; "làm việc", "làm theo" are a title's own
    assert c["21-CT/TU"]["title"] == "người lao động làm việc trên đồng muối"
    assert c["22-CT/TU"]["title"] == "giữ gìn đồng muối sạch"
    assert c["23-CT/TU"]["title"] == "học tập và làm theo gương diêm dân giỏi"


def test_what_the_plan_does_of_its_own_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Hưởng ứng Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung "
        "ương Đảng khóa XII về phát triển bền vững kinh tế biển, chủ động phòng tránh triều cường.\n"
        "2. Thực hiện Nghị quyết số 24-NQ/TW ngày 3/6/2013 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương "
        "Đảng khóa XI về chủ động ứng phó với biến đổi khí hậu.\n"
    )
    # ", chủ động …" is the plan's own initiative; "về chủ động …" is a title's subject
    assert c["36-NQ/TW"]["title"] == "phát triển bền vững kinh tế biển"
    assert c["24-NQ/TW"]["title"] == "chủ động ứng phó với biến đổi khí hậu"


def test_the_armys_bodies_are_named_in_full() -> None:
    # the army names its bodies with a lower-case word ("cục", "khu", "đoàn", "chủng", "lệnh", "đội", "quân")
    assert issuer("Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam về bảo đảm quân trang") == (
        "Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam"
    )
    assert issuer("Tổng cục Hậu cần về xăng dầu") == "Tổng cục Hậu cần"
    assert issuer("Tổng cục Hậu cần - Kỹ thuật về xăng dầu") == "Tổng cục Hậu cần - Kỹ thuật"
    assert issuer("Tổng cục Công nghiệp quốc phòng về xăng dầu") == "Tổng cục Công nghiệp quốc phòng"
    assert issuer("Tổng cục II về tình báo") == "Tổng cục II"
    assert issuer("Thường vụ Đảng ủy Quân khu 7 triển khai Chỉ thị") == "Thường vụ Đảng ủy Quân khu 7"
    assert issuer("Bộ Tư lệnh Quân đoàn 4 về huấn luyện") == "Bộ Tư lệnh Quân đoàn 4"
    assert issuer("Tư lệnh Quân chủng Phòng không - Không quân về trực sẵn sàng") == (
        "Tư lệnh Quân chủng Phòng không - Không quân"
    )
    assert issuer("Quân chủng Hải quân về trực sẵn sàng") == "Quân chủng Hải quân"
    assert issuer("Đảng ủy Bộ đội Biên phòng tỉnh về giữ mốc giới") == "Đảng ủy Bộ đội Biên phòng tỉnh"
    assert issuer("Quân ủy Trung ương về công tác dân vận") == "Quân ủy Trung ương"
    c = cited(
        "1. Căn cứ Hướng dẫn của Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam về bảo đảm quân trang năm "
        "2024; Kế hoạch số 512-KH/ĐU, ngày 2/3/2024 của Ban Thường vụ Đảng ủy Quân khu 7 thực hiện Chỉ "
        "thị 05.\n"
    )
    assert c["512-KH/ĐU"]["issuer"] == "Ban Thường vụ Đảng ủy Quân khu 7"
    assert c["512-KH/ĐU"]["title"] == "thực hiện Chỉ thị 05"
    guidance = c["bảo đảm quân trang năm 2024"]
    assert guidance["issuer"] == "Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam"


def test_the_order_the_company_and_the_demand_of_the_plans_work_end_the_title() -> None:
    c = cited(
        "1. Lưu trữ theo Thông tư số 07/2024/TT-BNV của Bộ Nội vụ quy định lưu trữ hồ sơ điện tử, theo "
        "thứ tự năm ban hành; Quyết định số 88/QĐ-TTg của Thủ tướng Chính phủ về phát triển cảng cá, cùng "
        "với việc chuyển đổi nghề cá.\n"
        "2. Việc nâng cấp đê biển theo Quyết định số 66/QĐ-UBND của Ủy ban nhân dân tỉnh về đê biển năm "
        "2024, đặt ra yêu cầu cao về vốn; Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh về nuôi biển, "
        "cùng những đổi mới về giống.\n"
        "3. Thực hiện Kế hoạch số 46/KH-UBND của Ủy ban nhân dân tỉnh về giao rừng, theo dõi diễn biến "
        "rừng.\n"
    )
    # ", theo …" (the order the plan follows), ", cùng với …" (what goes along), ", đặt ra …" (what it asks)
    assert c["07/2024/TT-BNV"]["title"] == "quy định lưu trữ hồ sơ điện tử"
    assert c["88/QĐ-TTg"]["title"] == "phát triển cảng cá"
    assert c["66/QĐ-UBND"]["title"] == "đê biển năm 2024"
    assert c["45/KH-UBND"]["title"] == "nuôi biển"
    # "theo dõi" is a verb a title may hold
    assert c["46/KH-UBND"]["title"] == "giao rừng, theo dõi diễn biến rừng"


def test_carrying_out_a_congress_resolution_after_viec_is_the_plans_next_object() -> None:
    c = cited(
        "1. Gắn với sơ kết Chỉ thị số 14-CT/TU, ngày 3/3/2022 của Ban Thường vụ Tỉnh ủy về phòng, chống "
        "lãng phí giai đoạn 2022 - 2025 và việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ "
        "2020 - 2025.\n"
        "2. Thực hiện Kế hoạch số 15-KH/TU, ngày 3/3/2022 của Ban Thường vụ Tỉnh ủy về học tập và triển khai "
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.\n"
    )
    assert c["14-CT/TU"]["title"] == "phòng, chống lãng phí giai đoạn 2022 - 2025"
    # without "việc" carrying it out is the title's own
    assert c["15-KH/TU"]["title"] == (
        "học tập và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"
    )


def test_how_far_carrying_out_a_reference_has_got_is_its_clauses_predicate() -> None:
    c = cited(
        "1. Kho lưu trữ mới bàn giao một phần; việc thực hiện Kế hoạch số 52/KH-UBND ngày 2/2/2025 của Ủy "
        "ban nhân dân huyện về chỉnh lý hồ sơ địa chính vẫn còn chậm.\n"
        "2. Thực hiện Quyết định số 53/QĐ-UBND ngày 2/2/2025 của Ủy ban nhân dân huyện về hỗ trợ hộ nghèo "
        "còn khó khăn.\n"
    )
    assert c["52/KH-UBND"]["title"] == "chỉnh lý hồ sơ địa chính"
    # a title outside such a clause keeps its "còn"
    assert c["53/QĐ-UBND"]["title"] == "hỗ trợ hộ nghèo còn khó khăn"


def test_a_list_of_keys_named_in_short_does_not_take_the_subject_of_the_full_one_after_it() -> None:
    c = cited(
        "1. Quán triệt các Nghị quyết số 61-NQ/TW, 62-NQ/TW của Bộ Chính trị và Nghị quyết số 63-NQ/TW, ngày "
        "5/5/2020 của Ban Chấp hành Trung ương về phát triển kinh tế biển xanh.\n"
    )
    # "các …" lists documents the plan names in short; "về …" is the one given in full
    assert c["63-NQ/TW"]["title"] == "phát triển kinh tế biển xanh"
    assert c["61-NQ/TW"]["title"] is None and c["62-NQ/TW"]["title"] is None
    assert c["61-NQ/TW"]["issuer"] == c["62-NQ/TW"]["issuer"] == "Bộ Chính trị"


def test_the_public_centres_and_the_health_station_are_named_in_full() -> None:
    # a centre is named by its work in lower-case words
    assert issuer("Trung tâm Y tế thị xã về tiêm vắc xin") == "Trung tâm Y tế thị xã"
    assert issuer("Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum về") == (
        "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum"
    )
    assert issuer("Trung tâm Phục vụ hành chính công tỉnh về") == "Trung tâm Phục vụ hành chính công tỉnh"
    assert issuer("Trung tâm Dịch vụ nông nghiệp huyện về") == "Trung tâm Dịch vụ nông nghiệp huyện"
    assert issuer("Trung tâm Công nghệ thông tin tỉnh về") == "Trung tâm Công nghệ thông tin tỉnh"
    assert issuer("Trạm Y tế xã Đắk Ơ về") == "Trạm Y tế xã Đắk Ơ"
    c = cited(
        "1. Theo Công văn số 410/KSBT-TCMR ngày 2/4/2024 của Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum về "
        "cấp phát vắc xin bại liệt.\n"
    )
    assert c["410/KSBT-TCMR"]["issuer"] == "Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum"
    assert c["410/KSBT-TCMR"]["jurisdiction"] == "province:Kon Tum"
    assert c["410/KSBT-TCMR"]["title"] == "cấp phát vắc xin bại liệt"


def test_the_plans_other_sources_of_funds_end_the_title() -> None:
    c = cited(
        "1. Kinh phí từ nguồn được giao tại Quyết định số 212/QĐ-UBND ngày 3/3/2024 của Ủy ban nhân dân tỉnh "
        "phê duyệt kế hoạch phòng dịch năm 2024 và các nguồn kinh phí hợp pháp khác.\n"
    )
    assert c["212/QĐ-UBND"]["title"] == "phê duyệt kế hoạch phòng dịch năm 2024"


def test_a_guidance_named_before_its_body_is_cited_by_its_name() -> None:
    c = cited("1. Xử trí ca bệnh theo Hướng dẫn chẩn đoán, điều trị bệnh thủy đậu của Bộ Y tế.\n")
    g = c["Hướng dẫn chẩn đoán, điều trị bệnh thủy đậu"]
    assert (g["type"], g["issuer"]) == ("Hướng dẫn", "Bộ Y tế")
    # the plan's own guidance is no reference
    assert cited("1. Căn cứ Hướng dẫn này của Ban Tuyên giáo, các chi bộ tổ chức học tập.\n") == {}


def test_the_units_of_the_plans_body_listed_after_a_comma_open_its_clause() -> None:
    c = cited(
        "1. Căn cứ Quyết định số 91/QĐ-TTYT ngày 2/2/2024 của Giám đốc Trung tâm Y tế thị xã về việc thành "
        "lập Tổ phản ứng nhanh năm 2024, các khoa, phòng và Trạm Y tế các phường triển khai các việc sau.\n"
    )
    assert c["91/QĐ-TTYT"]["title"] == "việc thành lập Tổ phản ứng nhanh năm 2024"


def test_a_steering_committee_keeps_its_field_before_the_plans_aside_on_its_unit() -> None:
    c = cited(
        "1. Chỉ tiêu đã giao tại Kế hoạch số 12/KH-BCĐ, ngày 3/3/2025 của Ban Chỉ đạo phát triển du lịch "
        "huyện Sơn Hòa (trước sắp xếp).\n"
    )
    assert c["12/KH-BCĐ"]["issuer"] == "Ban Chỉ đạo phát triển du lịch huyện Sơn Hòa"


def test_a_comma_after_a_quoted_scheme_name_opens_the_plans_clause() -> None:
    c = cited(
        "1. Tuyên truyền Quyết định số 77/QĐ-TTg, ngày 2/2/2020 của Thủ tướng Chính phủ phê duyệt Đề án "
        "“Nông dân làm du lịch giai đoạn 2020 - 2025”, khích lệ tinh thần tự lập của hội viên.\n"
        "2. Học tập Nghị quyết số 55-NQ/TW, ngày 2/2/2020 của Bộ Chính trị về giữ gìn phẩm chất “Người "
        "nông dân mới”, chống lối sống thực dụng.\n"
    )
    assert c["77/QĐ-TTg"]["title"] == "phê duyệt Đề án “Nông dân làm du lịch giai đoạn 2020 - 2025”"
    # a quoted phrase, not the name of a scheme: the title goes on
    assert c["55-NQ/TW"]["title"] == "giữ gìn phẩm chất “Người nông dân mới”, chống lối sống thực dụng"


def test_the_plans_meetings_where_a_document_is_spread_end_the_title() -> None:
    c = cited(
        "1. Lồng ghép Nghị quyết số 14/NQ-CP, ngày 3/3/2021 của Chính phủ ban hành Chương trình quốc gia về "
        "an toàn giao thông giai đoạn 2021 - 2025 tại các buổi họp tổ dân phố.\n"
    )
    assert c["14/NQ-CP"]["title"] == (
        "ban hành Chương trình quốc gia về an toàn giao thông giai đoạn 2021 - 2025"
    )


def test_a_body_right_after_the_day_then_its_subject_is_the_issuer() -> None:
    c = cited(
        "1. Giám sát việc thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp "
        "hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030.\n"
        "2. Ngày 3/3/2024 Ủy ban nhân dân tỉnh ban hành Kế hoạch số 40/KH-UBND, ngày 3/3/2024 Ủy ban nhân "
        "dân tỉnh triển khai.\n"
    )
    n = c["19-NQ/TW"]
    assert n["issuer"] == "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"
    assert n["title"] == "nông nghiệp, nông dân, nông thôn đến năm 2030"
    # a body after the day with no subject is the plan's clause
    assert c["40/KH-UBND"]["issuer"] is None


def test_when_the_plans_account_sets_a_document_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Xã được lập theo Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính "
        "cấp xã của tỉnh Đắk Lắk năm 2025, sau khi hai tỉnh hợp nhất.\n"
    )
    assert "việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đắk Lắk năm 2025" in c


def test_a_document_the_plan_follows_up_is_cited_not_carried_out() -> None:
    opening = (
        "Thực hiện Nghị quyết số 3-NQ/TW ngày 1/2/2019 của Bộ Chính trị về nghề muối; tiếp theo Hướng dẫn "
        "số 7-HD/BTGTU ngày 2/2/2022 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền nghề muối, Ban Thường vụ "
        "Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    facts = extract_text(HEAD.replace("I. MỤC ĐÍCH\n", opening) + "1. Tuyên truyền.\n", "x.txt")
    assert facts["implements"] == ["3-NQ/TW"]
    assert "7-HD/BTGTU" in [c["key"] for c in facts["cited"]]


def test_a_list_going_on_with_so_alone_shares_its_type_day_and_body() -> None:
    c = cited(
        "1. Quán triệt các Quy định số 41-QĐ/TW, ngày 4/5/2022; số 55-QĐ/TW và số 56-QĐ/TW, ngày 9/9/2023 "
        "của Ban Bí thư đến đảng viên.\n"
    )
    facts = [(c[k]["type"], c[k]["date"], c[k]["issuer"]) for k in ("41-QĐ/TW", "55-QĐ/TW", "56-QĐ/TW")]
    assert facts == [
        ("Quy định", "2022-05-04", "Ban Bí thư"),
        ("Quy định", "2023-09-09", "Ban Bí thư"),
        ("Quy định", "2023-09-09", "Ban Bí thư"),
    ]


def test_a_law_called_by_its_name_takes_nothing_from_the_reference_after_it() -> None:
    c = cited(
        "1. Tổ chức theo Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP của Chính "
        "phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng; gắn với Luật Thanh niên số 57/2020/QH14 "
        "ngày 16/6/2020 của Quốc hội và Nghị định số 13/2021/NĐ-CP ngày 1/3/2021 của Chính phủ quy định "
        "quản lý nhà nước về thanh niên.\n"
    )
    assert (c["06/2022/QH15"]["issuer"], c["06/2022/QH15"]["title"]) == (None, "Luật Thi đua, khen thưởng")
    assert (c["57/2020/QH14"]["issuer"], c["57/2020/QH14"]["title"]) == ("Quốc hội", "Luật Thanh niên")
    assert c["98/2023/NĐ-CP"]["title"] == "quy định chi tiết thi hành Luật Thi đua, khen thưởng"


def test_a_law_whose_name_ends_in_luat_is_called_by_its_name() -> None:
    c = cited(
        "1. Rà soát theo Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015 của Quốc "
        "hội và Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều của "
        "Luật Ban hành văn bản quy phạm pháp luật.\n"
    )
    law = c["80/2015/QH13"]
    assert (law["type"], law["date"], law["issuer"], law["title"]) == (
        "Luật",
        "2015-06-22",
        "Quốc hội",
        "Luật Ban hành văn bản quy phạm pháp luật",
    )


def test_a_second_object_set_out_in_another_document_ends_the_title() -> None:
    c = cited(
        "1. Bám sát Nghị quyết số 08-NQ/TU ngày 3/9/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du "
        "lịch cộng đồng giai đoạn 2021 - 2025 và các chỉ tiêu du lịch được đề ra tại Nghị quyết Đại hội đại "
        "biểu Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.\n"
    )
    assert c["08-NQ/TU"]["title"] == "phát triển du lịch cộng đồng giai đoạn 2021 - 2025"


def test_a_change_by_a_share_is_the_plans_target_not_the_title() -> None:
    c = cited(
        "1. Số hộ thiếu nước sạch theo tiêu chí tại Quyết định số 12/2022/QĐ-TTg ngày 5/5/2022 của Thủ tướng "
        "Chính phủ quy định tiêu chí nước sạch nông thôn giai đoạn 2022 - 2025 giảm bình quân 3,5% mỗi năm.\n"
    )
    assert c["12/2022/QĐ-TTg"]["title"] == "quy định tiêu chí nước sạch nông thôn giai đoạn 2022 - 2025"


def test_what_the_plans_work_must_fit_ends_the_title() -> None:
    c = cited(
        "- Thực hiện Kế hoạch số 17/KH-UBND, ngày 2/4/2025 của Ủy ban nhân dân phường về phòng cháy, chữa "
        "cháy năm 2025 trên địa bàn phường, bảo đảm phù hợp với quy hoạch của thành phố.\n"
    )
    assert c["17/KH-UBND"]["title"] == "phòng cháy, chữa cháy năm 2025 trên địa bàn phường"


def test_the_corps_a_document_is_spread_to_ends_the_title() -> None:
    c = cited(
        "b) Giới thiệu Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung "
        "ương Đảng khóa XIII về xây dựng đội ngũ trí thức và Chương trình hành động số 60-CTr/TU ngày "
        "2/2/2024 của Tỉnh ủy thực hiện Nghị quyết số 45-NQ/TW đến đội ngũ tuyên truyền viên cơ sở.\n"
    )
    assert c["60-CTr/TU"]["title"] == "thực hiện Nghị quyết số 45-NQ/TW"
    assert c["45-NQ/TW"]["title"] == "xây dựng đội ngũ trí thức"


def test_a_document_carrying_out_the_one_whose_title_it_stands_in_ends_that_title() -> None:
    c = cited(
        "b) Quán triệt Kết luận số 61-KL/TW ngày 3/8/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số "
        "17-CT/TW và Quyết định số 804/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án thực hiện Kết luận số "
        "61-KL/TW.\n"
    )
    assert c["61-KL/TW"]["title"] == "tiếp tục thực hiện Chỉ thị số 17-CT/TW"
    assert c["804/QĐ-TTg"]["title"] == "phê duyệt Đề án thực hiện Kết luận số 61-KL/TW"


def test_the_centres_title_ends_before_a_local_congress_resolution() -> None:
    opening = (
        "Thực hiện Nghị quyết số 30-NQ/TW, ngày 5/5/2022 của Bộ Chính trị về phát triển vùng Bắc Trung Bộ, "
        "Nghị quyết số 168/NQ-CP của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị "
        "quyết số 30-NQ/TW và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2020 - "
        "2025, Ban Chấp hành Đảng bộ tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    facts = extract_text(HEAD.replace("I. MỤC ĐÍCH\n", opening) + "1. Tuyên truyền.\n", "x.txt")
    c = {x["key"] or x["title"]: x for x in facts["cited"]}
    assert c["168/NQ-CP"]["title"] == (
        "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 30-NQ/TW"
    )
    assert facts["implements"][-1].startswith("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Yên")


def test_a_key_before_one_of_another_issuer_after_a_comma_takes_none_of_its_body_and_subject() -> None:
    c = cited(
        "1. Tiếp tục quán triệt Chỉ thị số 19-CT/TW, Nghị quyết số 81/NQ-CP của Chính phủ về công tác quản "
        "lý rừng.\n"
    )
    assert (c["19-CT/TW"]["issuer"], c["19-CT/TW"]["title"]) == (None, None)
    assert (c["81/NQ-CP"]["issuer"], c["81/NQ-CP"]["title"]) == ("Chính phủ", "công tác quản lý rừng")


def test_a_second_object_approved_in_another_document_ends_the_title() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết số 81/NQ-CP ngày 2/2/2022 của Chính phủ về công tác quản lý rừng và các "
        "chỉ tiêu của Chiến lược phát triển lâm nghiệp, giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 "
        "được phê duyệt tại Quyết định số 523/QĐ-TTg của Thủ tướng Chính phủ.\n"
    )
    assert c["81/NQ-CP"]["title"] == "công tác quản lý rừng"


def test_general_objects_after_a_key_closing_the_title_end_it() -> None:
    c = cited(
        "1. Kiểm tra việc thực hiện Kế hoạch số 27-KH/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy triển khai "
        "Kết luận số 21-KL/TW và các chế độ hỗ trợ thanh niên xung phong trên địa bàn tỉnh; báo cáo.\n"
    )
    assert c["27-KH/TU"]["title"] == "triển khai Kết luận số 21-KL/TW"


def test_the_centres_title_ends_before_the_goals_of_a_local_congress_resolution() -> None:
    c = cited(
        "1. Rà soát chính sách của huyện cho phù hợp với Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp "
        "hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn và các chỉ tiêu Nghị quyết Đại "
        "hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 đã đề ra.\n"
    )
    assert c["19-NQ/TW"]["title"] == "nông nghiệp, nông dân, nông thôn"


def test_other_documents_named_in_general_end_the_title() -> None:
    c = cited(
        "1. Kiểm tra việc thi hành Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính "
        "sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội và các văn bản quy định mức chuẩn trợ giúp; "
        "Kế hoạch số 9/KH-UBND ngày 2/2/2025 của Ủy ban nhân dân tỉnh về tổ chức thi hành Luật Nhà ở năm "
        "2023 và các văn bản quy định chi tiết.\n"
    )
    assert c["20/2021/NĐ-CP"]["title"] == (
        "quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội"
    )
    assert c["9/KH-UBND"]["title"] == (
        "tổ chức thi hành Luật Nhà ở năm 2023 và các văn bản quy định chi tiết"
    )


def test_the_scope_the_plan_widens_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Đảng viên thuộc diện Ban Thường vụ Huyện ủy quản lý theo Quy định số 105-QĐ/TW ngày 19/12/2017 "
        "của Bộ Chính trị về phân cấp quản lý cán bộ, kể cả đảng viên đã nghỉ hưu trong năm.\n"
    )
    assert c["105-QĐ/TW"]["title"] == "phân cấp quản lý cán bộ"


def test_whom_the_plans_work_helps_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Giới thiệu Nghị quyết số 12/NQ-HĐND ngày 4/10/2022 của Hội đồng nhân dân tỉnh về hỗ trợ vay "
        "vốn, giúp hội viên có vốn chăn nuôi; Quyết định số 37-QĐ/TW ngày 2/3/2021 của Bộ Chính trị về chức "
        "năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Tỉnh ủy.\n"
    )
    assert c["12/NQ-HĐND"]["title"] == "hỗ trợ vay vốn"
    assert c["37-QĐ/TW"]["title"] == "chức năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Tỉnh ủy"


def test_an_assignment_after_the_issuer_is_the_title() -> None:
    c = cited(
        "1. Căn cứ Thông báo số 45/TB-HĐND ngày 9/1/2025 của Thường trực Hội đồng nhân dân huyện phân công "
        "các Tổ đại biểu tiếp xúc cử tri năm 2025;\n"
    )
    assert c["45/TB-HĐND"]["title"] == "phân công các Tổ đại biểu tiếp xúc cử tri năm 2025"


def test_the_fronts_agreement_of_united_action_is_named_by_its_kind_in_full() -> None:
    c = cited(
        "1. Bám sát Chương trình phối hợp và thống nhất hành động số 02/CTr-MTTQ-BTT ngày 10/1/2025 của Ủy "
        "ban MTTQ Việt Nam xã.\n"
    )
    assert c["02/CTr-MTTQ-BTT"]["type"] == "Chương trình phối hợp và thống nhất hành động"


def test_a_symbol_may_end_in_the_number_a_steering_committee_is_named_by() -> None:
    c = cited(
        "1. Theo Kế hoạch số 7/KH-BCĐ138 ngày 2/2/2024 của Ban Chỉ đạo 138 tỉnh về triển khai "
        "công tác phòng, chống tội phạm; Báo cáo số 31/BC-BCĐ138 ngày 9/12/2023 của Ban Chỉ đạo 138 "
        "huyện về kết quả năm 2023.\n"
    )
    assert c["7/KH-BCĐ138"]["type"] == "Kế hoạch"
    assert c["7/KH-BCĐ138"]["title"] == "triển khai công tác phòng, chống tội phạm"
    assert c["31/BC-BCĐ138"]["issuer"] == "Ban Chỉ đạo 138 huyện"


def test_an_exemplar_named_in_quotes_goes_on_with_its_period() -> None:
    c = cited(
        "1. Theo Hướng dẫn số 9-HD/BDVHU ngày 2/3/2024 của Ban Dân vận Huyện ủy về bình chọn gương, điển "
        "hình “Công dân số tiêu biểu” giai đoạn 2024 - 2026; Kế hoạch số 4-KH/HU ngày 1/1/2024 của Ban "
        "Thường vụ Huyện ủy về dân vận.\n"
    )
    assert (
        c["9-HD/BDVHU"]["title"] == "bình chọn gương, điển hình “Công dân số tiêu biểu” giai đoạn 2024 - 2026"
    )


def test_the_plans_list_resumed_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Chọn các đề tài áp dụng Nghị quyết số 7-NQ/HU ngày 3/3/2023 của Ban Chấp hành Đảng bộ huyện về "
        "phát triển du lịch cộng đồng, các đề tài về bảo tồn làng nghề và ẩm thực địa phương.\n"
        "2. Theo Chỉ thị số 4-CT/HU ngày 9/9/2023 của Ban Thường vụ Huyện ủy về thu hút đầu tư, các giải "
        "pháp hỗ trợ doanh nghiệp.\n"
    )
    assert c["7-NQ/HU"]["title"] == "phát triển du lịch cộng đồng"
    # the list a title itself holds goes on
    assert c["4-CT/HU"]["title"] == "thu hút đầu tư, các giải pháp hỗ trợ doanh nghiệp"


def test_a_decree_detailing_a_code_or_a_subject_is_titled_by_the_subject() -> None:
    c = cited(
        "1. Thực hiện các Nghị định của Chính phủ: số 12/2021/NĐ-CP, ngày 1/2/2021; số 34/2015/NĐ-CP, ngày "
        "3/4/2015¹.\n"
        "¹ Nghị định số 12/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Hàng "
        "hải về thuyền viên và tàu biển; Nghị định số 34/2015/NĐ-CP quy định chi tiết về quỹ phòng, chống "
        "thiên tai.\n"
    )
    assert c["12/2021/NĐ-CP"]["title"] == "thuyền viên và tàu biển"
    assert c["34/2015/NĐ-CP"]["title"] == "quỹ phòng, chống thiên tai"


def test_the_last_of_a_list_headed_by_its_body_keeps_no_subject_of_the_next() -> None:
    c = cited(
        "1. Bám sát các Quyết định của Thủ tướng Chính phủ: số 11/QĐ-TTg, ngày 3/6/2021; số 22/QĐ-TTg, ngày "
        "6/1/2022 và Kế hoạch số 33/KH-UBND, ngày 8/2/2023 của Ủy ban nhân dân tỉnh về du lịch thông minh "
        "năm 2023.\n"
    )
    assert c["22/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"
    assert c["22/QĐ-TTg"]["title"] is None
    assert c["33/KH-UBND"]["title"] == "du lịch thông minh năm 2023"


def test_an_amending_laws_title_ends_with_the_last_law_it_amends() -> None:
    c = cited(
        "1. Phổ biến Luật số 55/2024/QH15 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đất đai, Luật "
        "Nhà ở và Luật Kinh doanh bất động sản, tạo thuận lợi cho người dân làm thủ tục cấp giấy chứng "
        "nhận.\n"
    )
    title = "sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản"
    assert c["55/2024/QH15"]["title"] == title


def test_the_head_of_a_steering_committee_issues_with_its_name_in_full() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 14/QĐ-BCĐ ngày 2/3/2024 của Trưởng Ban Chỉ đạo 138 huyện; Thông báo số "
        "5/TB-BCĐ ngày 9/3/2024 của Phó Trưởng Ban Chỉ đạo huyện.\n"
    )
    assert c["14/QĐ-BCĐ"]["issuer"] == "Trưởng Ban Chỉ đạo 138 huyện"
    assert c["5/TB-BCĐ"]["issuer"] == "Phó Trưởng Ban Chỉ đạo huyện"


def test_the_governor_of_the_state_bank_issues_with_his_bank() -> None:
    c = cited(
        "1. Áp dụng Thông tư số 17/2023/TT-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam về mở tài khoản "
        "thanh toán cho hộ kinh doanh; Quyết định số 77/QĐ-NHNN của Phó Thống đốc Ngân hàng Nhà nước về "
        "hạn mức chuyển tiền.\n"
    )
    assert c["17/2023/TT-NHNN"]["issuer"] == "Thống đốc Ngân hàng Nhà nước Việt Nam"
    assert c["17/2023/TT-NHNN"]["title"] == "mở tài khoản thanh toán cho hộ kinh doanh"
    assert c["77/QĐ-NHNN"]["issuer"] == "Phó Thống đốc Ngân hàng Nhà nước"


def test_a_branch_of_a_state_bank_proposing_by_its_submission_issues_it() -> None:
    c = cited(
        "1. Xét đề nghị của Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Phú Yên tại Tờ trình số 62/TTr-PHY "
        "ngày 4 tháng 4 năm 2024, triển khai ví điện tử cho hộ nghèo.\n"
    )
    assert c["62/TTr-PHY"]["issuer"] == "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Phú Yên"
    assert c["62/TTr-PHY"]["jurisdiction"] == "province:Phú Yên"


def test_a_reports_outcome_follows_its_issuer_without_ve() -> None:
    c = cited(
        "1. Căn cứ Báo cáo số 41-BC/HPN, ngày 2/5/2024 của Ban Thường vụ Hội Phụ nữ tỉnh kết quả điều tra "
        "hộ phụ nữ khó khăn năm 2024.\n"
    )
    assert c["41-BC/HPN"]["issuer"] == "Ban Thường vụ Hội Phụ nữ tỉnh"
    assert c["41-BC/HPN"]["title"] == "kết quả điều tra hộ phụ nữ khó khăn năm 2024"


def test_an_aside_on_the_issuer_before_the_verb_of_the_title() -> None:
    c = cited(
        "1. Tiếp nối Chương trình số 27-CTr/HU, ngày 6/6/2021 của Ban Thường vụ Huyện ủy Sơn Động (nay là "
        "khu vực phía Đông) triển khai Chỉ thị của Tỉnh ủy về phòng cháy rừng; rà soát lực lượng.\n"
    )
    assert c["27-CTr/HU"]["issuer"] == "Ban Thường vụ Huyện ủy Sơn Động"
    assert c["27-CTr/HU"]["title"] == "triển khai Chỉ thị của Tỉnh ủy về phòng cháy rừng"


def test_after_the_year_or_congress_closing_a_title_a_comma_opens_the_plans_clause() -> None:
    c = cited(
        "1. Bám sát Kế hoạch số 210/KH-UBND ngày 3/2/2025 của Ủy ban nhân dân tỉnh về số hóa hồ sơ đất đai "
        "năm 2025, giữ bí mật dữ liệu cá nhân; dùng tài liệu kèm theo Hướng dẫn số 7-HD/BTGTU ngày 2/2/2025 "
        "của Ban Tuyên giáo Tỉnh ủy về tuyên truyền Đại hội Đảng bộ huyện lần thứ XXI, in thêm áp phích cổ "
        "động; theo Nghị quyết số 30-NQ/TU ngày 4/4/2023 của Ban Chấp hành Đảng bộ tỉnh về du lịch đến năm "
        "2025, định hướng đến năm 2030.\n"
    )
    assert c["210/KH-UBND"]["title"] == "số hóa hồ sơ đất đai năm 2025"
    assert c["7-HD/BTGTU"]["title"] == "tuyên truyền Đại hội Đảng bộ huyện lần thứ XXI"
    # where a title looks to goes on
    assert c["30-NQ/TU"]["title"] == "du lịch đến năm 2025, định hướng đến năm 2030"


def test_a_comma_after_a_name_in_straight_quotes_opens_the_plans_clause() -> None:
    c = cited(
        '1. Học tập Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy về Cuộc vận động "Người Việt ưu tiên '
        'dùng hàng Việt, hàng của tỉnh", mở rộng điểm bán nông sản sạch.\n'
        '2. Theo Nghị quyết số 15-NQ/TU của Tỉnh ủy về giữ gìn phẩm chất "Bộ đội Cụ Hồ", kiên định mục '
        "tiêu lý tưởng.\n"
    )
    assert c["12-KL/TU"]["title"] == 'Cuộc vận động "Người Việt ưu tiên dùng hàng Việt, hàng của tỉnh"'
    # a quoted phrase is no name: the title goes on
    assert c["15-NQ/TU"]["title"] == 'giữ gìn phẩm chất "Bộ đội Cụ Hồ", kiên định mục tiêu lý tưởng'


def test_a_kind_in_the_plural_before_a_colon_keeps_its_members_in_the_title() -> None:
    c = cited(
        "1. Cấp giấy phép theo Quyết định số 88/QĐ-UBND của Ủy ban nhân dân tỉnh công bố thủ tục hành chính "
        "trong các lĩnh vực nông nghiệp: trồng trọt, chăn nuôi, thủy sản và kiểm lâm.\n"
        "2. Thực hiện Kế hoạch số 19/KH-UBND của Ủy ban nhân dân tỉnh về chuyển đổi số: ưu tiên dữ liệu "
        "đất đai.\n"
    )
    members = "trồng trọt, chăn nuôi, thủy sản và kiểm lâm"
    assert c["88/QĐ-UBND"]["title"] == "công bố thủ tục hành chính trong các lĩnh vực nông nghiệp: " + members
    # no kind in the plural before the colon: the plan's clause follows it
    assert c["19/KH-UBND"]["title"] == "chuyển đổi số"


def test_keys_listed_in_a_footnote_before_one_day_and_body_share_them() -> None:
    c = cited(
        "1. Quán triệt các chỉ thị của Tỉnh ủy về rừng².\n"
        "² Chỉ thị số 14- CT/TU, Chỉ thị số 9-CT/TU ngày 8/8/2023 của Ban Thường vụ Tỉnh ủy.\n"
        "2. Theo Chỉ thị số 3-CT/TU, Chỉ thị số 11-CT/TU ngày 2/2/2023 của Ban Thường vụ Tỉnh ủy.\n"
    )
    # a footnote names each document for the first time: the day and the body at the list's end are each's
    for key in ("14-CT/TU", "9-CT/TU"):
        assert (c[key]["date"], c[key]["issuer"]) == ("2023-08-08", "Ban Thường vụ Tỉnh ủy")
    # in the running text, the first may be named in short (given in full elsewhere): the day is the second's
    assert c["3-CT/TU"]["date"] is None


def test_a_bare_key_whose_code_may_stand_for_the_lists_type_is_of_that_type() -> None:
    c = cited(
        "1. Rà soát việc thi hành các Quy định số 12-QĐi/TW, 50-QĐ/TW của Bộ Chính trị; theo Nghị quyết "
        "số 5-NQ/TU, 6-QĐ/TU của Tỉnh ủy.\n"
    )
    # "QĐ" is a Quy định's code as well as a Quyết định's: the list's head word says which
    assert c["50-QĐ/TW"]["type"] == "Quy định"
    # a code that cannot stand for the list's type keeps its own
    assert c["6-QĐ/TU"]["type"] == "Quyết định"


def test_a_law_by_its_year_with_a_comma_in_its_name_after_va_ends_the_title() -> None:
    c = cited(
        "1. Kiểm tra việc thu phí theo Nghị định số 45/2019/NĐ-CP, ngày 2/5/2019 của Chính phủ về quản lý "
        "phí, lệ phí đường bộ và Luật Phí, lệ phí năm 2015: các trạm thu phí.\n"
    )
    assert c["45/2019/NĐ-CP"]["title"] == "quản lý phí, lệ phí đường bộ"
    assert c["Luật Phí, lệ phí năm 2015"]["type"] == "Luật"


def test_a_title_opening_on_thi_hanh_follows_its_issuer_without_ve() -> None:
    c = cited(
        # (a hard-wrapped file's "… thi hành" / "Điều lệ …" is one block: ingest/text.py joins the lines)
        "1. Học tập Hướng dẫn số 3-HD/TW ngày 5/5/2022 của Ban Bí thư thi hành Điều lệ Hội Nông dân; xét "
        "kết nạp hội viên.\n"
    )
    assert c["3-HD/TW"]["issuer"] == "Ban Bí thư"
    assert c["3-HD/TW"]["title"] == "thi hành Điều lệ Hội Nông dân"


def test_a_list_introduced_by_its_kind_and_issuer_names_the_issuer_of_its_items() -> None:
    lead = "1. Học tập các chỉ thị của Ban Bí thư khóa XIII ban hành năm 2023, gồm:"
    kind, span = list_lead_in(lead) or ("", (0, 0))
    body = lead[span[0] : span[1]]
    assert (kind, body) == ("chỉ thị", "Ban Bí thư khóa XIII")
    item = "- Chỉ thị số 21-CT/TW, ngày 3/2/2023 về công tác thanh niên;"
    ms = find_mentions(item, 0)
    assert list_item(item, ms, kind, body) and ms[0].issuer_text == body
    # an item naming its own body keeps it; a line that is no item ends the list
    own = "- Chỉ thị số 24-CT/TW, ngày 9/6/2023 của Ban Chấp hành Trung ương về hợp tác xã."
    ms = find_mentions(own, 0)
    assert list_item(own, ms, kind, body) and ms[0].issuer_text is None
    assert not list_item("2. Thực hiện Chỉ thị số 30-CT/TW về rừng.", [], kind, body)
    assert list_lead_in("1. Học tập các chỉ thị của Ban Bí thư về thanh niên.") is None


def test_documents_in_a_bracket_after_the_general_word_and_a_body_are_that_bodys() -> None:
    c = cited(
        "1. Tập huấn theo các văn bản của Sở Y tế (Công văn số 512/SYT-NVY, ngày 3/3/2023; Hướng dẫn số "
        "7/HD-SYT, ngày 9/3/2023 về tiêm chủng mở rộng); theo Công văn số 88/UBND-VX về kinh phí.\n"
    )
    for key in ("512/SYT-NVY", "7/HD-SYT"):
        assert (c[key]["issuer"], c[key]["jurisdiction"]) == ("Sở Y tế", "province:Phú Yên")
    assert c["88/UBND-VX"]["issuer"] is None  # after the bracket


def test_a_congress_of_the_party_agencies_committee_is_a_blocs() -> None:
    c = cited(
        "- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng thành phố lần thứ I, nhiệm kỳ "
        "2025 - 2030 và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030,\n",
        "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH PHÚ YÊN\nSố 9-KH/ĐU\nKẾ HOẠCH\nhọc tập nghị quyết\n",
    )
    title = "Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng thành phố lần thứ I, nhiệm kỳ 2025 - 2030"
    assert c[title]["jurisdiction"].startswith("bloc:")
    assert congress_scope("Đại hội đại biểu Đảng bộ các cơ quan Đảng tỉnh lần thứ II") == "bloc"
    # the province's own congress of the same ordinal is another
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030" in c


def test_a_title_never_says_what_is_not_done_yet() -> None:
    c = cited(
        "1. Các hồ sơ của Kế hoạch số 12/KH-UBND ngày 3/3/2024 của Ủy ban nhân dân huyện về chỉnh lý đất đai "
        "năm 2024 chưa được số hóa đầy đủ; theo Nghị định số 9/2023/NĐ-CP của Chính phủ về hỗ trợ người "
        "chưa thành niên.\n"
    )
    assert c["12/KH-UBND"]["title"] == "chỉnh lý đất đai năm 2024"
    assert c["9/2023/NĐ-CP"]["title"] == "hỗ trợ người chưa thành niên"


def test_a_clause_after_a_semicolon_running_into_the_plans_tie_to_a_reference_is_the_titles() -> None:
    c = cited(
        "1. Thực hiện Chỉ thị số 8-CT/TW ngày 2/2/2019 của Ban Bí thư về phòng, chống dịch bệnh; bảo vệ "
        "sức khỏe cộng đồng trong tình hình mới gắn với Kết luận số 5-KL/TW ngày 3/3/2020 của Bộ Chính trị "
        "về y tế cơ sở.\n"
    )
    assert c["8-CT/TW"]["title"] == ("phòng, chống dịch bệnh; bảo vệ sức khỏe cộng đồng trong tình hình mới")
    assert c["5-KL/TW"]["title"] == "y tế cơ sở"


def test_a_clause_after_a_semicolon_running_to_the_colon_that_opens_a_list_is_the_titles() -> None:
    c = cited(
        "a) Kiểm tra việc giữ gìn kỷ luật theo Quy định số 6-QĐ/TW, ngày 2/2/2022 của Ban Bí thư về trách "
        "nhiệm nêu gương; xử lý nghiêm người đứng đầu vi phạm:\n"
        "- Chi bộ Trường Tiểu học thị trấn: quý II/2024.\n"
        "b) Giám sát theo Chỉ thị số 9-CT/TU, ngày 3/3/2023 của Tỉnh ủy về dân vận; tập trung các nội "
        "dung sau:\n"
        "- Chi bộ Trạm Y tế xã: quý III/2024.\n"
    )
    assert c["6-QĐ/TW"]["title"] == "trách nhiệm nêu gương; xử lý nghiêm người đứng đầu vi phạm"
    assert c["9-CT/TU"]["title"] == "dân vận"  # the plan announcing its list in its own words


def test_a_title_ends_before_and_officially_with_the_subjects_next_predicate() -> None:
    c = cited(
        "1. Xã Hòa Mỹ được thành lập theo Nghị quyết của Quốc hội về việc nhập các xã của huyện Tây Hòa "
        "năm 2024 và chính thức vận hành bộ máy từ ngày 1/3/2024.\n"
    )
    assert "việc nhập các xã của huyện Tây Hòa năm 2024" in c


# Round forty-one: a numbered law's name is its title


def test_a_numbered_law_named_before_its_number_is_titled_by_its_name_as_written() -> None:
    c = cited(
        "1. Tuân thủ Bộ luật Hình sự số 100/2015/QH13 và Luật Trẻ em số 102/2016/QH13 ngày 5/4/2016 của "
        "Quốc hội; thực hiện Luật số 21/2023/QH15 của Quốc hội, theo đó việc cấp phép được rút gọn.\n"
    )
    # what a reader calls the law, as an unnumbered law is titled; a law written without its name has none
    assert (c["100/2015/QH13"]["type"], c["100/2015/QH13"]["title"]) == ("Bộ luật", "Bộ luật Hình sự")
    assert (c["102/2016/QH13"]["title"], c["102/2016/QH13"]["issuer"]) == ("Luật Trẻ em", "Quốc hội")
    assert (c["21/2023/QH15"]["type"], c["21/2023/QH15"]["title"]) == ("Luật", None)


def test_a_title_opening_on_a_verb_after_the_second_body_is_not_shared_back_to_the_first() -> None:
    c = cited(
        "1. Theo Chỉ thị số 7-CT/TW, ngày 3/3/2021 của Ban Bí thư và Quyết định số 45/QĐ-UBND của Ủy ban "
        "nhân dân tỉnh ban hành Quy chế chấm điểm thôn văn hóa; Kết luận số 8-KL/TW của Bộ Chính trị và "
        "Nghị quyết số 9/NQ-CP của Chính phủ về làng nghề muối.\n"
    )
    # what the second's body did by it is the second's own; a subject after "về" is still both's
    assert c["7-CT/TW"]["title"] is None
    assert c["45/QĐ-UBND"]["title"] == "ban hành Quy chế chấm điểm thôn văn hóa"
    assert c["8-KL/TW"]["title"] == c["9/NQ-CP"]["title"] == "làng nghề muối"


def test_a_law_named_with_its_number_after_and_ends_the_title_and_is_the_next_reference() -> None:
    facts = extract_text(
        HEAD.replace(
            "I. MỤC ĐÍCH\n",
            "Thực hiện Chỉ thị số 12-CT/TW, ngày 4/4/2022 của Ban Bí thư về phát triển văn hóa đọc và Luật "
            "Thư viện số 46/2019/QH14 được Quốc hội thông qua, Tỉnh ủy ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\n",
        ),
        "luat.txt",
    )
    c = {x["key"]: x for x in facts["cited"]}
    # as a law named with its year after "và" does ("… và Luật Thư viện năm 2019")
    assert c["12-CT/TW"]["title"] == "phát triển văn hóa đọc"
    assert c["46/2019/QH14"]["title"] == "Luật Thư viện"
    assert facts["implements"] == ["12-CT/TW", "46/2019/QH14"]


def test_a_number_in_a_bracket_right_after_a_laws_name_is_that_laws_key() -> None:
    c = cited(
        "1. Rà soát các quy định còn theo Luật Dược năm 2005 (số 34/2005/QH11) trước khi hết hiệu lực; "
        "phổ biến Pháp lệnh Quản lý thị trường (số 11/2016/UBTVQH13).\n"
    )
    # one document, of the law's type and called by its name as written, not a law by its year and a bare key
    assert (c["34/2005/QH11"]["type"], c["34/2005/QH11"]["title"]) == ("Luật", "Luật Dược năm 2005")
    law = c["11/2016/UBTVQH13"]
    assert (law["type"], law["title"]) == ("Pháp lệnh", "Pháp lệnh Quản lý thị trường")
    assert "Luật Dược năm 2005" not in c


def test_a_stray_mark_a_scan_left_at_the_end_of_a_title_is_dropped() -> None:
    c = cited(
        "1. Gắn với Kế hoạch số 9-KH/TU, ngày 2/2/2022 của Tỉnh ủy về phát triển làng muối bền vững.  ~\n"
        "2. Bám sát Chỉ thị số 4-CT/TU, ngày 3/3/2023 của Tỉnh ủy về nước sạch nông thôn ^\n"
    )
    assert c["9-KH/TU"]["title"] == "phát triển làng muối bền vững"
    assert c["4-CT/TU"]["title"] == "nước sạch nông thôn"
    assert tidy_title("giữ nghề muối ~ ") == "giữ nghề muối"


def test_a_clause_giving_each_unit_a_count_of_people_after_a_title_is_the_plans() -> None:
    c = cited(
        "1. Theo Thông báo số 31-TB/TU, ngày 8/8/2023 của Ban Thường vụ Tỉnh ủy về kiện toàn tổ giúp việc "
        "các đồn biên phòng, mỗi tổ có tối thiểu 02 đồng chí, do một phó đồn trưởng phụ trách.\n"
    )
    assert c["31-TB/TU"]["title"] == "kiện toàn tổ giúp việc các đồn biên phòng"


def test_two_references_sharing_a_body_take_a_title_and_a_quy_dinh_ve_subject_in_order() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 5-QĐ/TU và Quyết định số 6-QĐ/TU, cùng ngày 4/4/2021 của Ban Thường vụ "
        "Tỉnh ủy ban hành Quy chế làm việc của chi bộ thôn; quy định về việc chi bộ lấy ý kiến Nhân dân.\n"
    )
    # respectively, as "…; về T2" pairs them: the second opened as a title after a key is ("quy định về")
    assert c["5-QĐ/TU"]["title"] == "ban hành Quy chế làm việc của chi bộ thôn"
    assert c["6-QĐ/TU"]["title"] == "việc chi bộ lấy ý kiến Nhân dân"
    assert c["5-QĐ/TU"]["issuer"] == c["6-QĐ/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy"


def test_an_association_named_by_a_capitalised_word_and_lower_case_words_is_one_body() -> None:
    c = cited(
        "1. Theo Kế hoạch số 7/KH-HNM ngày 3/1/2024 của Ban Thường vụ Hội Người mù tỉnh Bắc Giang về dạy "
        "chữ nổi cho hội viên; Báo cáo số 2/BC-SVC ngày 9/1/2024 của Hội Sinh vật cảnh huyện về triển lãm "
        "mùa xuân.\n"
    )
    # the lower-case words up to the unit are the association's name ("Hội Người mù", "Hội Sinh vật cảnh")
    blind = c["7/KH-HNM"]
    assert (blind["issuer"], blind["jurisdiction"]) == (
        "Ban Thường vụ Hội Người mù tỉnh Bắc Giang",
        "province:Bắc Giang",
    )
    assert blind["title"] == "dạy chữ nổi cho hội viên"
    assert (c["2/BC-SVC"]["issuer"], c["2/BC-SVC"]["title"]) == (
        "Hội Sinh vật cảnh huyện",
        "triển lãm mùa xuân",
    )


def test_a_notice_named_by_its_body_and_subject_is_an_unnumbered_reference() -> None:
    opening = (
        "Thực hiện Thông báo của Tổng Thư ký Quốc hội về lịch giám sát chuyên đề năm 2025; Kế hoạch số "
        "3-KH/TU, ngày 2/2/2025 của Tỉnh ủy về nghề muối,\nBan Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\n"
    )
    facts = extract_text(
        HEAD.replace("I. MỤC ĐÍCH\n", opening + "I. MỤC ĐÍCH\n") + "1. Làm muối.\n", "forms.txt"
    )
    notice = next(c for c in facts["cited"] if c["type"] == "Thông báo")
    assert (notice["key"], notice["issuer"], notice["title"]) == (
        None,
        "Tổng Thư ký Quốc hội",
        "lịch giám sát chuyên đề năm 2025",
    )
    assert notice["jurisdiction"] == "national"
    assert facts["implements"] == ["lịch giám sát chuyên đề năm 2025", "3-KH/TU"]


def test_a_report_gathering_views_and_a_decision_setting_quotas_are_titled_by_their_verb() -> None:
    c = cited(
        "1. Theo Báo cáo số 7/BC-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh tổng hợp kiến nghị của doanh "
        "nghiệp muối; Quyết định số 88/QĐ-UBND ngày 4/4/2024 của Ủy ban nhân dân tỉnh giao chỉ tiêu trồng "
        "rừng phòng hộ năm 2024.\n"
    )
    assert c["7/BC-UBND"]["title"] == "tổng hợp kiến nghị của doanh nghiệp muối"
    assert c["88/QĐ-UBND"]["title"] == "giao chỉ tiêu trồng rừng phòng hộ năm 2024"


def test_a_title_ends_before_and_at_another_reference() -> None:
    c = cited(
        "1. Nêu tại Báo cáo số 9/BC-UBND ngày 1/2/2024 của Ủy ban nhân dân tỉnh về thiệt hại do mưa lũ "
        "và tại Công văn số 12/UBND-NN ngày 3/2/2024 của Ủy ban nhân dân tỉnh về khắc phục đê điều.\n"
    )
    assert c["9/BC-UBND"]["title"] == "thiệt hại do mưa lũ"
    assert c["12/UBND-NN"]["title"] == "khắc phục đê điều"


def test_a_congress_of_a_village_named_by_its_number_is_one_body() -> None:
    head = "ĐẢNG BỘ XÃ AN HÒA\nCHI BỘ ẤP 3\nSố 4-KH/CB\nKẾ HOẠCH\nnuôi tôm sạch\n"
    opening = (
        "Căn cứ Nghị quyết Đại hội Chi bộ ấp 3 nhiệm kỳ 2020 - 2025; Kế hoạch số 9-KH/ĐU, ngày 1/2/2024 của "
        "Đảng ủy xã về nuôi trồng thủy sản,\nChi bộ ấp 3 xây dựng Kế hoạch như sau:\n"
    )
    facts = extract_text(head + opening + "I. MỤC ĐÍCH\n1. Nuôi tôm.\n", "forms.txt")
    assert facts["implements"] == ["Nghị quyết Đại hội Chi bộ ấp 3 nhiệm kỳ 2020 - 2025", "9-KH/ĐU"]


def test_into_life_after_a_title_is_the_plans_unless_the_title_says_bring() -> None:
    c = cited(
        "1. Đưa Chỉ thị số 5-CT/TU, ngày 2/2/2023 của Tỉnh ủy thực hiện Kết luận số 8-KL/TW vào cuộc sống "
        "của các làng muối; học tập Kế hoạch số 6-KH/TU, ngày 3/3/2023 của Tỉnh ủy về đưa Kết luận số "
        "8-KL/TW vào cuộc sống.\n"
    )
    assert c["5-CT/TU"]["title"] == "thực hiện Kết luận số 8-KL/TW"
    assert c["6-KH/TU"]["title"] == "đưa Kết luận số 8-KL/TW vào cuộc sống"


def test_a_military_order_named_by_its_command_and_subject_is_an_unnumbered_reference() -> None:
    c = cited(
        "1. Huấn luyện dân quân theo Mệnh lệnh của Bộ Tư lệnh Quân khu 9 về huấn luyện dự bị động viên "
        "năm 2025.\n"
    )
    order = next(v for v in c.values() if v["type"] == "Mệnh lệnh")
    assert (order["key"], order["issuer"], order["title"]) == (
        None,
        "Bộ Tư lệnh Quân khu 9",
        "huấn luyện dự bị động viên năm 2025",
    )


def test_a_head_or_council_named_with_a_lower_case_syllable_is_the_issuer() -> None:
    c = cited(
        "1. Theo Nghị quyết số 03/2019/NQ-HĐTP ngày 5/6/2019 của Hội đồng Thẩm phán Tòa án nhân dân tối cao "
        "hướng dẫn áp dụng án lệ; Quyết định số 77/QĐ-TCT của Tổng cục trưởng Tổng cục Thuế ban hành "
        "quy trình kiểm tra; Quyết định số 15/QĐ-CT ngày 2/3/2024 của Cục trưởng Cục Thuế tỉnh về việc "
        "lập tổ công tác.\n"
    )
    assert (c["03/2019/NQ-HĐTP"]["issuer"], c["03/2019/NQ-HĐTP"]["title"]) == (
        "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
        "hướng dẫn áp dụng án lệ",
    )
    assert (c["77/QĐ-TCT"]["issuer"], c["77/QĐ-TCT"]["title"]) == (
        "Tổng cục trưởng Tổng cục Thuế",
        "ban hành quy trình kiểm tra",
    )
    assert (c["15/QĐ-CT"]["issuer"], c["15/QĐ-CT"]["title"]) == (
        "Cục trưởng Cục Thuế tỉnh",
        "việc lập tổ công tác",
    )


def test_the_general_word_before_the_number_may_carry_its_kind() -> None:
    c = cited(
        "1. Theo Văn bản liên tịch số 7/VBLT-CA-ĐTN ngày 4/4/2022 giữa Công an tỉnh và Tỉnh đoàn về phòng "
        "chống ma túy; Văn bản giải đáp số 02/GĐ-TANDTC ngày 9/9/2022 của Tòa án nhân dân tối cao về án "
        "phí; Quy chế làm việc số 06-QC/HU, ngày 1/10/2020 của Huyện ủy.\n"
    )
    assert c["7/VBLT-CA-ĐTN"]["type"] == "Văn bản liên tịch"
    assert c["02/GĐ-TANDTC"]["type"] == "Văn bản giải đáp"
    assert c["06-QC/HU"]["type"] == "Quy chế làm việc"


def test_after_a_type_and_number_word_a_symbol_may_be_one_code() -> None:
    c = cited(
        "1. Làm theo Quy chế phối hợp số 04/QCPH ngày 2/5/2023 giữa Công an tỉnh và Hội Nông dân tỉnh về "
        "giữ gìn an ninh nông thôn; bảo đảm tỷ lệ 1/KH hộ.\n"
    )
    q = c["04/QCPH"]
    assert (q["type"], q["issuer"], q["title"]) == (
        "Quy chế phối hợp",
        "Công an tỉnh và Hội Nông dân tỉnh",
        "giữ gìn an ninh nông thôn",
    )
    assert "1/KH" not in c


def test_a_central_body_named_by_no_ministry_word_numbers_nationally() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết số 77-NQ/BCS ngày 3/1/2024 của Ban cán sự đảng Viện kiểm sát nhân dân tối "
        "cao về công tác kiểm sát và Chỉ thị số 05-CT/ĐU ngày 9/1/2024 của Đảng ủy Bộ đội Biên phòng về "
        "tuần tra biên giới.\n"
    )
    assert c["77-NQ/BCS"]["jurisdiction"] == "national"
    assert c["05-CT/ĐU"]["jurisdiction"] == "national"


def test_a_footnote_number_stuck_to_the_closing_quote_ending_a_title_is_dropped() -> None:
    assert tidy_title("công nhận danh hiệu “Gia đình văn hóa”2.") == "công nhận danh hiệu “Gia đình văn hóa”"
    c = cited(
        "1. Theo Thông tư số 5/2020/TT-BVHTTDL ngày 2/2/2020 của Bộ Văn hóa, Thể thao và Du lịch về "
        "bình xét danh hiệu “Khu dân cư văn hóa”3.\n"
    )
    assert c["5/2020/TT-BVHTTDL"]["title"] == "bình xét danh hiệu “Khu dân cư văn hóa”"


def test_a_strategys_title_closes_with_its_horizon() -> None:
    c = cited(
        "1. Học tập Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương về phát triển bền "
        "vững kinh tế biển đến năm 2030, tầm nhìn đến năm 2045 gắn với nghề muối của tỉnh.\n"
    )
    assert c["36-NQ/TW"]["title"] == ("phát triển bền vững kinh tế biển đến năm 2030, tầm nhìn đến năm 2045")


def test_a_unit_that_came_into_operation_after_and_opens_the_next_clause() -> None:
    c = cited(
        "1. Từ khi huyện mới được lập theo Nghị quyết số 88/2024/UBTVQH15 ngày 5/5/2024 của Ủy ban Thường vụ "
        "Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện và khu kinh tế cửa khẩu đi vào hoạt động, "
        "thu ngân sách tăng.\n"
    )
    assert c["88/2024/UBTVQH15"]["title"] == "việc sắp xếp đơn vị hành chính cấp huyện"


def test_a_special_zone_is_a_unit_of_a_body_name() -> None:
    assert issuer("Đảng ủy đặc khu Côn Đảo khóa I về du lịch") == "Đảng ủy đặc khu Côn Đảo khóa I"
    assert issuer("Ban Thường vụ Đảng ủy đặc khu ban hành") == "Ban Thường vụ Đảng ủy đặc khu"


def test_where_a_document_is_applied_ends_its_title() -> None:
    c = cited(
        "1. Vận dụng Chỉ thị số 12-CT/TU ngày 4/4/2023 của Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ "
        "trong công tác của các chi bộ thôn; áp dụng Quyết định số 8-QĐ/TU ngày 1/2/2023 của Tỉnh ủy về "
        "khen thưởng đảng viên vào thực tiễn.\n"
    )
    assert c["12-CT/TU"]["title"] == "nâng cao chất lượng sinh hoạt chi bộ"
    assert c["8-QĐ/TU"]["title"] == "khen thưởng đảng viên"


def test_a_bodys_guidance_on_carrying_out_a_numbered_document_is_one_reference() -> None:
    c = cited(
        "1. Căn cứ hướng dẫn của Ban Tuyên giáo Trung ương về triển khai Chỉ thị số 23-CT/TW ngày 9/2/2018 "
        "của Ban Bí thư; theo hướng dẫn của Sở Tài chính và hướng dẫn của Trung ương về công tác tài chính "
        "đảng.\n"
    )
    unnumbered = [v for v in c.values() if not v["key"]]
    assert [(v["type"], v["issuer"], v["title"]) for v in unnumbered] == [
        (
            "Hướng dẫn",
            "Ban Tuyên giáo Trung ương",
            "triển khai Chỉ thị số 23-CT/TW ngày 9/2/2018 của Ban Bí thư",
        )
    ]


def test_what_the_plan_picks_out_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Quán triệt Chỉ thị số 31-CT/TW ngày 1/3/2024 của Ban Bí thư về công tác thanh niên trong tình "
        "hình mới, trong đó có nhiệm vụ phát triển đoàn viên ở nông thôn.\n"
    )
    assert c["31-CT/TW"]["title"] == "công tác thanh niên trong tình hình mới"


def test_no_stop_word_inside_a_quoted_name_ends_a_title() -> None:
    c = cited(
        "1. Thực hiện Kế hoạch số 9/KH-MTTQ-BTT ngày 2/2/2024 của Ban Thường trực Ủy ban Mặt trận Tổ quốc "
        "Việt Nam tỉnh về cuộc vận động “Chung sức để không ai phải thiếu nước sạch” năm 2024.\n"
    )
    assert c["9/KH-MTTQ-BTT"]["title"] == (
        "cuộc vận động “Chung sức để không ai phải thiếu nước sạch” năm 2024"
    )


def test_a_passive_after_a_laws_articles_ends_the_title() -> None:
    c = cited(
        "1. Các hồ sơ theo Nghị định số 31/2021/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật "
        "Đầu tư được tiếp nhận tại bộ phận một cửa; thực hiện Kế hoạch số 3/KH-UBND ngày 1/1/2024 của Ủy ban "
        "nhân dân tỉnh về những việc làm ngay sau khi Luật Đất đai được thông qua.\n"
    )
    assert c["31/2021/NĐ-CP"]["title"] == "quy định chi tiết một số điều của Luật Đầu tư"
    assert c["3/KH-UBND"]["title"] == "những việc làm ngay sau khi Luật Đất đai được thông qua"


def test_a_guidance_of_a_laws_articles_guides_the_decree_after_and() -> None:
    c = cited(
        "1. Căn cứ Thông tư số 40/2021/TT-BTC ngày 1/6/2021 của Bộ Tài chính hướng dẫn thực hiện một số "
        "điều của Luật Kế toán và Nghị định số 174/2016/NĐ-CP;\n"
        "2. Áp dụng Nghị định số 60/2020/NĐ-CP ngày 5/5/2020 của Chính phủ quy định chi tiết một số điều của "
        "Luật Dược và Thông tư số 9/2021/TT-BYT của Bộ Y tế.\n"
    )
    assert c["40/2021/TT-BTC"]["title"] == (
        "hướng dẫn thực hiện một số điều của Luật Kế toán và Nghị định số 174/2016/NĐ-CP"
    )
    assert c["60/2020/NĐ-CP"]["title"] == "quy định chi tiết một số điều của Luật Dược"


def test_a_symbol_typed_with_spaces_around_its_hyphen_is_one_key() -> None:
    c = cited(
        "1. Theo Nghị quyết số 15/NQ - CP ngày 2/2/2024 của Chính phủ về phát triển hợp tác xã; Nghị định "
        "số 88/2023/NĐ - CP ngày 5/5/2023 của Chính phủ quy định về quản lý cảng cá và Quyết định số "
        "7/QĐ - TTg ngày 3/1/2023 của Thủ tướng Chính phủ phê duyệt Đề án nuôi biển.\n"
    )
    assert {"15/NQ-CP", "88/2023/NĐ-CP", "7/QĐ-TTg"} <= set(c)
    assert c["88/2023/NĐ-CP"]["title"] == "quản lý cảng cá"


def test_what_the_plans_work_must_fit_or_stress_after_a_comma_ends_the_title() -> None:
    c = cited(
        "1. Bám sát Quyết định số 14/QĐ-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh về phát triển du lịch "
        "cộng đồng, phù hợp với đặc điểm của từng thôn; Kế hoạch số 5-KH/HU ngày 4/4/2024 của Ban Thường vụ "
        "Huyện ủy về sắp xếp tổ dân phố, nhất là việc bố trí cán bộ không chuyên trách dôi dư.\n"
    )
    assert c["14/QĐ-UBND"]["title"] == "phát triển du lịch cộng đồng"
    assert c["5-KH/HU"]["title"] == "sắp xếp tổ dân phố"


def test_the_associations_of_the_front_are_of_its_system() -> None:
    assert system_of("Ban Thường vụ Hội Nhà báo tỉnh Lào Cai") == "front"
    assert system_of("Ban Chấp hành Hội Luật gia thành phố Cần Thơ") == "front"
    assert system_of("Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh An Giang") == "front"
    assert system_of("Đảng đoàn Hội Nhà báo tỉnh Lào Cai") == "party"


def test_a_union_of_associations_is_named_whole() -> None:
    c = cited(
        "1. Căn cứ Báo cáo số 8/BC-LHH ngày 5/1/2024 của Liên hiệp các Hội Văn học nghệ thuật tỉnh sơ kết "
        "5 năm thực hiện Chỉ thị số 9-CT/TU.\n"
    )
    assert c["8/BC-LHH"]["issuer"] == "Liên hiệp các Hội Văn học nghệ thuật tỉnh"
    assert c["8/BC-LHH"]["title"] == "sơ kết 5 năm thực hiện Chỉ thị số 9-CT/TU"


def test_a_body_of_the_whole_country_keeps_its_lower_case_words() -> None:
    c = cited(
        "1. Gửi kết quả về Ủy ban toàn quốc Liên hiệp các Hội Văn học nghệ thuật Việt Nam để tổng hợp theo "
        "Kế hoạch của Ủy ban toàn quốc Liên hiệp các Hội Văn học nghệ thuật Việt Nam về sáng tác đề tài "
        "biển đảo quê hương.\n"
    )
    a = c["sáng tác đề tài biển đảo quê hương"]
    assert a["issuer"] == "Ủy ban toàn quốc Liên hiệp các Hội Văn học nghệ thuật Việt Nam"


def test_a_special_zone_names_its_place_in_a_header() -> None:
    assert titlecase_body("BAN THƯỜNG VỤ ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO") == "Ban Thường vụ Đảng ủy đặc khu Côn Đảo"
    assert titlecase_body("ỦY BAN NHÂN DÂN ĐẶC KHU VÂN ĐỒN") == "Ủy ban nhân dân đặc khu Vân Đồn"


def test_a_numbered_law_after_a_comma_is_the_next_reference() -> None:
    c = cited(
        "1. Áp dụng Nghị định số 71/2023/NĐ-CP ngày 4/4/2023 của Chính phủ quy định về hóa đơn điện tử, Luật "
        "Kế toán số 88/2015/QH13 và các văn bản hướng dẫn; Nghị định số 9/2024/NĐ-CP của Chính phủ quy định "
        "chi tiết một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15.\n"
    )
    assert c["71/2023/NĐ-CP"]["title"] == "hóa đơn điện tử"
    assert c["9/2024/NĐ-CP"]["title"] == (
        "quy định chi tiết một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15"
    )


def test_a_regional_branch_is_named_with_its_regions_number() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 21/QĐ-BHXHKVIX ngày 3/9/2025 của Giám đốc Bảo hiểm xã hội khu vực IX về "
        "việc giao chỉ tiêu phát triển người tham gia.\n"
    )
    assert c["21/QĐ-BHXHKVIX"]["issuer"] == "Giám đốc Bảo hiểm xã hội khu vực IX"


def test_a_passive_with_another_reference_after_and_ends_the_title() -> None:
    c = cited(
        "1. Phong trào được phát động từ năm 2019 theo Quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch thực hiện phong trào “Làng quê sáng, xanh, sạch” và được mở rộng theo Chỉ thị số "
        "7-CT/TU ngày 1/2/2021 của Ban Thường vụ Tỉnh ủy về bảo vệ môi trường nông thôn.\n"
    )
    assert c["45/QĐ-UBND"]["title"] == ("ban hành Kế hoạch thực hiện phong trào “Làng quê sáng, xanh, sạch”")


def test_the_body_that_reported_in_a_report_is_its_issuer() -> None:
    c = cited(
        "1. Các nội dung đã được Ủy ban nhân dân tỉnh báo cáo tại Báo cáo số 64/BC-UBND ngày 2/5/2024 về "
        "tình hình thu hút đầu tư.\n"
    )
    assert c["64/BC-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh"
    assert c["64/BC-UBND"]["title"] == "tình hình thu hút đầu tư"


def test_a_resolution_ruling_some_points_on_a_subject_is_titled_by_the_subject() -> None:
    c = cited(
        "1. Căn cứ Nghị quyết số 8/2024/NQ-HĐND ngày 9/7/2024 của Hội đồng nhân dân tỉnh quy định một số nội "
        "dung về hỗ trợ đào tạo nghề cho lao động nông thôn;\n"
    )
    assert c["8/2024/NQ-HĐND"]["title"] == "hỗ trợ đào tạo nghề cho lao động nông thôn"


def test_where_a_passive_sends_something_is_no_subject_of_a_detailing_decree() -> None:
    c = cited(
        "1. Hồ sơ lập theo Nghị định số 15/2021/NĐ-CP ngày 3/3/2021 của Chính phủ quy định chi tiết một số "
        "điều của Luật Xây dựng được nộp về Sở Xây dựng để thẩm định.\n"
    )
    assert c["15/2021/NĐ-CP"]["title"] == "quy định chi tiết một số điều của Luật Xây dựng"


def test_a_body_named_by_its_kind_goes_on_with_its_lower_case_words() -> None:
    c = cited(
        "1. Theo Báo cáo số 31/BC-HDN ngày 4/3/2024 của Hội Doanh nhân trẻ khởi nghiệp huyện Kim Sơn về "
        "kết quả kết nối doanh nghiệp; Thông báo số 12/TB-VPĐK ngày 8/3/2024 của Văn phòng Đăng ký đất đai "
        "tỉnh về lịch tiếp nhận hồ sơ; Công văn số 77/QLD-ĐK ngày 9/3/2024 của Cục Quản lý Dược về đăng ký "
        "thuốc; Công văn số 5/XD-TĐ ngày 1/4/2024 của Cục Quản lý Thuốc, mỹ phẩm về hồ sơ công bố.\n"
    )
    assert c["31/BC-HDN"]["issuer"] == "Hội Doanh nhân trẻ khởi nghiệp huyện Kim Sơn"
    assert c["31/BC-HDN"]["title"] == "kết quả kết nối doanh nghiệp"
    assert c["12/TB-VPĐK"]["issuer"] == "Văn phòng Đăng ký đất đai tỉnh"
    assert c["77/QLD-ĐK"]["issuer"] == "Cục Quản lý Dược"
    assert c["5/XD-TĐ"]["issuer"] == "Cục Quản lý Thuốc, mỹ phẩm"
    assert c["5/XD-TĐ"]["title"] == "hồ sơ công bố"


def test_the_span_of_an_anniversary_closing_a_title_is_kept() -> None:
    c = cited(
        "1. Thực hiện Công văn số 61-CV/HU ngày 2/3/2024 của Huyện ủy về việc tổ chức kỷ niệm 60 năm Ngày "
        "thành lập huyện (15/4/1964 - 15/4/2024); tổ chức mít tinh tại trung tâm huyện.\n"
    )
    assert c["61-CV/HU"]["title"] == (
        "việc tổ chức kỷ niệm 60 năm Ngày thành lập huyện (15/4/1964 - 15/4/2024)"
    )


def test_a_done_after_the_people_a_policy_is_for_says_which_of_them() -> None:
    c = cited(
        "1. Rà soát hồ sơ theo Nghị định số 9/2019/NĐ-CP của Chính phủ về trợ cấp đối với dân công hỏa tuyến "
        "đã phục vụ chiến trường; Quyết định số 31/QĐ-UBND của Ủy ban nhân dân tỉnh về hỗ trợ học nghề đã "
        "giúp 200 lao động có việc làm.\n"
    )
    assert c["9/2019/NĐ-CP"]["title"] == "trợ cấp đối với dân công hỏa tuyến đã phục vụ chiến trường"
    assert c["31/QĐ-UBND"]["title"] == "hỗ trợ học nghề"


def test_where_a_document_is_brought_or_made_concrete_is_the_clauses() -> None:
    c = cited(
        "1. Góp phần đưa Chỉ thị số 15-CT/TU ngày 2/5/2023 của Ban Thường vụ Tỉnh ủy về giữ gìn trật tự đô "
        "thị vào nếp sống hằng ngày của Nhân dân.\n"
        "2. Cụ thể hóa Kế hoạch số 20/KH-UBND ngày 4/6/2023 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết "
        "số 5-NQ/TU vào tình hình riêng của huyện, bảo đảm khả thi.\n"
    )
    assert c["15-CT/TU"]["title"] == "giữ gìn trật tự đô thị"
    assert c["20/KH-UBND"]["title"] == "thực hiện Nghị quyết số 5-NQ/TU"


def test_a_year_opening_the_next_clause_and_what_the_plan_reads_from_a_document_end_the_title() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 88/QĐ-UBND của Ủy ban nhân dân tỉnh phê duyệt Đề án chuyển đổi số, năm "
        "2024 các trường học trên địa bàn đã số hóa học bạ. Kết quả Kế hoạch số 12/KH-SGD của Sở Giáo dục và "
        "Đào tạo về kiểm tra nề nếp cho thấy 95% trường đạt yêu cầu.\n"
    )
    assert c["88/QĐ-UBND"]["title"] == "phê duyệt Đề án chuyển đổi số"
    assert c["12/KH-SGD"]["title"] == "kiểm tra nề nếp"


def test_an_ampersand_between_two_capitals_is_part_of_a_symbol() -> None:
    c = cited(
        "1. Thực hiện Thông tư liên tịch số 05/2016/TTLT-BTNMT-BKH&ĐT ngày 3/6/2016 của Bộ Tài nguyên và "
        "Môi trường, Bộ Kế hoạch và Đầu tư về quản lý quỹ đất.\n"
    )
    assert "05/2016/TTLT-BTNMT-BKH&ĐT" in c
    assert c["05/2016/TTLT-BTNMT-BKH&ĐT"]["title"] == "quản lý quỹ đất"


def test_a_law_named_alone_ends_before_what_of_it_the_clause_is_about() -> None:
    c = cited(
        "1. Thực hiện đúng các quy định của Luật Đa dạng sinh học về bảo tồn loài hoang dã, không để xảy ra "
        "săn bắt trái phép.\n"
        "2. Tuyên truyền Luật Lâm nghiệp, các Hạt Kiểm lâm và Đồn Biên phòng phối hợp về tuần tra rừng.\n"
    )
    assert c["Luật Đa dạng sinh học"]["type"] == "Luật"
    assert not [t for t in c if t.startswith("Luật Lâm nghiệp,")]


def test_a_letter_named_by_its_issuer_and_subject_is_cited_unnumbered() -> None:
    c = cited(
        "1. Thực hiện Công văn của Bộ Nội vụ về việc hướng dẫn bình xét thi đua năm 2024, rà soát danh sách "
        "đề nghị khen thưởng; gửi Công văn của Sở trước ngày 5/12.\n"
    )
    letter = c["việc hướng dẫn bình xét thi đua năm 2024"]
    assert (letter["type"], letter["issuer"]) == ("Công văn", "Bộ Nội vụ")
    assert len([t for t in c.values() if t["type"] == "Công văn"]) == 1


def test_the_justice_fields_listed_with_a_semicolon_are_one_title() -> None:
    c = cited(
        "1. Bố trí kinh phí theo Nghị quyết số 15/2021/NQ-HĐND của Hội đồng nhân dân tỉnh về nội dung chi "
        "cho công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở tại các xã. Tổng hợp báo cáo; gửi Sở "
        "Tư pháp.\n"
    )
    assert c["15/2021/NQ-HĐND"]["title"] == (
        "nội dung chi cho công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở tại các xã"
    )


def test_a_body_kind_and_a_name_of_lower_case_words_close_on_the_title_or_the_sentence() -> None:
    c = cited(
        "1. Thực hiện Kế hoạch số 77/KH-CTL ngày 3/3/2024 của Chi cục Thủy lợi về tu bổ đê điều mùa khô; "
        "Công văn số 19/TCQLTT-NV của Tổng cục Quản lý thị trường về rà soát số liệu; Quyết định số "
        "8/QĐ-HĐTĐ của Hội đồng Trọng tài thương mại.\n"
        "2. Báo cáo số 41/BC-BQLKB ngày 2/5/2024 của Ban Quản lý rừng đặc dụng Tà Xùa về kết quả "
        "tuần tra.\n"
    )
    assert c["77/KH-CTL"]["issuer"] == "Chi cục Thủy lợi"
    assert c["19/TCQLTT-NV"]["issuer"] == "Tổng cục Quản lý thị trường"
    assert c["8/QĐ-HĐTĐ"]["issuer"] == "Hội đồng Trọng tài thương mại"
    assert c["41/BC-BQLKB"]["issuer"] == "Ban Quản lý rừng đặc dụng Tà Xùa"
    assert c["41/BC-BQLKB"]["title"] == "kết quả tuần tra"


def test_a_command_committee_is_named_with_its_field_and_unit() -> None:
    c = cited(
        "1. Thực hiện Kế hoạch số 23/KH-BCH ngày 5/4/2024 của Ban Chỉ huy phòng, chống dịch bệnh gia súc và "
        "cứu hộ huyện về ứng phó mùa lũ; Quyết định số 7/QĐ-BCH của Trưởng Ban Chỉ huy quân sự xã; kiểm tra "
        "định kỳ.\n"
    )
    assert c["23/KH-BCH"]["issuer"] == "Ban Chỉ huy phòng, chống dịch bệnh gia súc và cứu hộ huyện"
    assert c["23/KH-BCH"]["title"] == "ứng phó mùa lũ"
    assert c["7/QĐ-BCH"]["issuer"] == "Trưởng Ban Chỉ huy quân sự xã"


def test_a_sector_abbreviated_in_its_second_half_and_an_emulation_cluster_are_issuers() -> None:
    c = cited(
        "1. Thực hiện Công văn số 880/SNN-TT của Sở Nông nghiệp và PTNT về gieo cấy vụ mùa; Quyết định số "
        "04/QĐ-KTĐ3 ngày 9/2/2024 của Khối trưởng; Báo cáo số 11/BC-KTĐ3 ngày 8/1/2024 của Khối thi đua số 3 "
        "về kết quả thi đua năm 2023.\n"
    )
    assert c["880/SNN-TT"]["issuer"] == "Sở Nông nghiệp và PTNT"
    assert c["04/QĐ-KTĐ3"]["issuer"] == "Khối trưởng"
    assert c["11/BC-KTĐ3"]["issuer"] == "Khối thi đua số 3"
    assert c["11/BC-KTĐ3"]["title"] == "kết quả thi đua năm 2023"


def test_a_bar_association_is_of_the_front_as_the_jurists_association_is() -> None:
    assert system_of("Ban Chủ nhiệm Đoàn Luật sư thành phố Hải Phòng") == "front"
    assert system_of("Liên đoàn Luật sư Việt Nam") == "front"
    assert system_of("Chi bộ Đoàn Luật sư tỉnh Hà Tĩnh") == "party"


def test_the_jurisdiction_of_a_sub_department_a_military_region_the_press_and_the_plans_own_series() -> None:
    head = "UBND TỈNH NINH BÌNH\nSỞ Y TẾ\nSố: 120/KH-SYT\nNinh Bình, ngày 2 tháng 5 năm 2024\nKẾ HOẠCH\n"
    c = cited(
        "1. Thực hiện Kế hoạch số 14/KH-CCTS ngày 1/3/2024 của Chi cục Thủy sản về phòng dịch tôm; Hướng dẫn "
        "số 9/HD-CT ngày 2/3/2024 của Phòng Chính trị Quân khu về quân y; Kế hoạch số 7/KH-BTH ngày 3/3/2024 "
        "của Ban Biên tập Báo Thanh Hóa về tuyên truyền.\n"
        "2. Gửi báo cáo theo Công văn số 33/SYT-NVY ngày 4/3/2024 và Quy chế phối hợp số 2/QCPH-SYT-BHXH "
        "ngày 5/3/2024.\n",
        head + "phòng dịch\n",
    )
    assert c["14/KH-CCTS"]["jurisdiction"] == "province:Ninh Bình"
    assert c["9/HD-CT"]["jurisdiction"] == "unknown"
    assert c["7/KH-BTH"]["jurisdiction"] == "province:Thanh Hóa"
    assert c["33/SYT-NVY"]["jurisdiction"] == "province:Ninh Bình"
    assert c["2/QCPH-SYT-BHXH"]["jurisdiction"] == "province:Ninh Bình"


def test_the_body_that_gave_an_award_issued_the_decision_it_was_given_in() -> None:
    c = cited(
        "1. Năm 2023, xã Yên Lạc được Ủy ban nhân dân huyện tặng Giấy khen tại Quyết định số 512/QĐ-UBND "
        "ngày 2/12/2023; được Ủy ban nhân dân tỉnh công nhận đạt chuẩn nông thôn mới tại Quyết định số "
        "90/QĐ-UBND.\n"
    )
    assert c["512/QĐ-UBND"]["issuer"] == "Ủy ban nhân dân huyện"
    assert c["90/QĐ-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh"


def test_a_congress_of_a_body_named_in_lower_case_words_is_cited_by_its_term() -> None:
    c = cited(
        "1. Cụ thể hóa Nghị quyết Đại hội đại biểu Đoàn Luật sư tỉnh Phú Yên nhiệm kỳ 2021 - 2026 trong "
        "công tác trợ giúp pháp lý.\n"
    )
    title = "Nghị quyết Đại hội đại biểu Đoàn Luật sư tỉnh Phú Yên nhiệm kỳ 2021 - 2026"
    assert c[title]["issuer"] == "Đại hội đại biểu Đoàn Luật sư tỉnh Phú Yên nhiệm kỳ 2021 - 2026"


def test_a_body_rules_named_by_their_name_are_cited_unless_a_decision_issues_them() -> None:
    c = cited(
        "1. Chấm điểm theo Quy chế thi đua khen thưởng hội viên của Hội Cựu chiến binh tỉnh; họp định kỳ "
        "theo Quy chế làm việc của Ban Thường vụ Tỉnh ủy ban hành kèm theo Quyết định số 12-QĐ/TU.\n"
    )
    rules = c["Quy chế thi đua khen thưởng hội viên"]
    assert (rules["type"], rules["issuer"]) == ("Quy chế", "Hội Cựu chiến binh tỉnh")
    assert "Quy chế làm việc" not in c


def test_what_a_support_policy_is_for_stays_in_its_title() -> None:
    c = cited(
        "1. Giải ngân theo Nghị quyết số 31/2023/NQ-HĐND ngày 8/7/2023 của Hội đồng nhân dân tỉnh về chính "
        "sách hỗ trợ ngư dân để bám biển, khai thác hải sản.\n"
    )
    assert c["31/2023/NQ-HĐND"]["title"] == "chính sách hỗ trợ ngư dân để bám biển, khai thác hải sản"


def test_an_association_named_with_a_slash_is_an_issuer_and_a_work_programme_its_type() -> None:
    c = cited(
        "Căn cứ Kế hoạch số 31/KH-TWH ngày 2/3/2023 của Ban Thường vụ Trung ương Hội Nạn nhân chất độc "
        "da cam/dioxin Việt Nam về thăm hỏi nạn nhân; Chương trình công tác số 04/CTr-HNN ngày 9/01/2023 "
        "của Hội.\n"
    )
    assert c["31/KH-TWH"]["issuer"] == "Ban Thường vụ Trung ương Hội Nạn nhân chất độc da cam/dioxin Việt Nam"
    assert c["31/KH-TWH"]["title"] == "thăm hỏi nạn nhân"
    assert c["04/CTr-HNN"]["type"] == "Chương trình công tác"
    assert system_of("Liên minh Hợp tác xã tỉnh Gia Lai") == "front"


def test_a_document_named_by_its_body_and_subject_takes_the_key_in_the_bracket_after() -> None:
    c = cited(
        "Căn cứ Nghị quyết của Bộ Chính trị (khóa XII) về xây dựng lực lượng dân quân tự vệ (Nghị quyết số "
        "17-NQ/TW, ngày 3/4/2019), Hướng dẫn của Ban Tuyên giáo Tỉnh ủy về thực hiện Nghị quyết số 17-NQ/TW "
        "(Hướng dẫn số 08-HD/BTGTU, ngày 12/6/2019), Ban Thường vụ Đảng ủy xã ban hành kế hoạch như sau:\n"
    )
    assert c["17-NQ/TW"]["issuer"] == "Bộ Chính trị (khóa XII)"
    assert c["17-NQ/TW"]["title"] == "xây dựng lực lượng dân quân tự vệ"
    assert c["08-HD/BTGTU"]["issuer"] == "Ban Tuyên giáo Tỉnh ủy"
    assert c["08-HD/BTGTU"]["title"] == "thực hiện Nghị quyết số 17-NQ/TW"
    assert all(v["key"] for v in c.values())


def test_a_law_named_before_a_decision_of_another_body_takes_not_its_body() -> None:
    c = cited(
        "1. Tuyên truyền Luật Đất đai số 31/2024/QH15, Nghị định số 102/2024/NĐ-CP của Chính phủ quy định "
        "chi tiết thi hành một số điều của Luật Đất đai.\n"
    )
    assert c["31/2024/QH15"]["issuer"] is None
    assert c["102/2024/NĐ-CP"]["issuer"] == "Chính phủ"


def test_two_references_issuing_two_things_of_one_kind_pair_them_in_order() -> None:
    c = cited(
        "Căn cứ Thông tư số 22/2021/TT-BYT ngày 3/9/2021 và Thông tư số 07/2019/TT-BYT ngày 1/4/2019 của Bộ "
        "trưởng Bộ Y tế ban hành Quy định về thực tập lâm sàng và Quy định về đánh giá người học;\n"
    )
    assert c["22/2021/TT-BYT"]["title"] == "ban hành Quy định về thực tập lâm sàng"
    assert c["07/2019/TT-BYT"]["title"] == "Quy định về đánh giá người học"
    assert c["22/2021/TT-BYT"]["issuer"] == "Bộ trưởng Bộ Y tế"


def test_a_central_title_ends_before_what_the_plan_calls_its_units_own() -> None:
    c = cited(
        "1. Hỗ trợ theo Quyết định số 255/QĐ-TTg, ngày 25/02/2021 của Thủ tướng Chính phủ phê duyệt Kế hoạch "
        "cơ cấu lại ngành nông nghiệp giai đoạn 2021 - 2025 và các cơ chế đặc thù của tỉnh.\n"
    )
    assert c["255/QĐ-TTg"]["title"] == (
        "phê duyệt Kế hoạch cơ cấu lại ngành nông nghiệp giai đoạn 2021 - 2025"
    )


def test_a_document_named_by_its_body_and_what_it_did_takes_the_key_in_the_bracket_after() -> None:
    c = cited(
        "1. Căn cứ Quyết định của Thủ tướng Chính phủ phê duyệt Đề án phát triển nghề muối đến năm 2030 "
        "(Quyết định số 21/QĐ-TTg ngày 4/1/2023); Kế hoạch số 7-KH/TU ngày 2/2/2023 của Ban Thường vụ "
        "Tỉnh ủy.\n"
    )
    d = c["21/QĐ-TTg"]
    assert (d["issuer"], d["title"], d["date"]) == (
        "Thủ tướng Chính phủ",
        "phê duyệt Đề án phát triển nghề muối đến năm 2030",
        "2023-01-04",
    )
    # one document, the numbered one: no unnumbered "Quyết định của Thủ tướng Chính phủ"
    assert all(v["key"] for v in c.values())


def test_a_document_a_numbered_one_issues_as_its_annex_is_cited_through_it() -> None:
    c = cited(
        "1. Thực hiện Chỉ thị số 5-CT/TW và Kế hoạch hành động của Bộ Công Thương ban hành kèm theo "
        "Quyết định số 88/QĐ-BCT của Bộ trưởng Bộ Công Thương; căn cứ tình hình thực tế.\n"
    )
    assert sorted(c) == ["5-CT/TW", "88/QĐ-BCT"]


def test_a_title_ends_before_the_next_document_named_by_its_kind_subject_and_body() -> None:
    c = cited(
        '1. Bám sát Quyết định số 12/QĐ-TTg ngày 5/2/2021 của Thủ tướng Chính phủ phê duyệt "Đề án nghề muối '
        'bền vững" và Kế hoạch phát triển nghề muối năm 2025 của Bộ Nông nghiệp và Phát triển nông thôn.\n'
        "2. Theo Quyết định số 77/QĐ-BTP ngày 2/3/2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ tục hành "
        "chính lĩnh vực hộ tịch và Quyết định công bố thủ tục nội bộ của Bộ trưởng Bộ Tư pháp.\n"
        "3. Theo Nghị quyết số 40/NQ-CP ngày 1/1/2020 của Chính phủ ban hành Kế hoạch tổng thể và Kế hoạch 5 "
        "năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW.\n"
    )
    assert c["12/QĐ-TTg"]["title"] == 'phê duyệt "Đề án nghề muối bền vững"'
    assert c["77/QĐ-BTP"]["title"] == "việc công bố thủ tục hành chính lĩnh vực hộ tịch"
    # the title names that kind before "và": the documents the reference issues, its own
    assert c["40/NQ-CP"]["title"] == (
        "ban hành Kế hoạch tổng thể và Kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW"
    )


def test_a_sector_union_is_named_by_its_level_and_sector() -> None:
    assert issuer("Ban Chấp hành Công đoàn ngành về công tác nữ công") == "Ban Chấp hành Công đoàn ngành"
    assert issuer("Ban Thường vụ Công đoàn cơ sở về") == "Ban Thường vụ Công đoàn cơ sở"
    assert issuer("Công đoàn ngành Y tế Nghệ An nhiệm kỳ") == "Công đoàn ngành Y tế Nghệ An"
    c = cited(
        "1. Góp phần thực hiện Nghị quyết Đại hội Công đoàn ngành Y tế Nghệ An nhiệm kỳ 2023 - 2028 và "
        "Chương trình số 02/CTr-CĐYT, ngày 12/01/2024 của Ban Chấp hành Công đoàn ngành về công tác nữ "
        "công năm 2024.\n"
    )
    own = c["02/CTr-CĐYT"]
    assert (own["issuer"], own["title"]) == ("Ban Chấp hành Công đoàn ngành", "công tác nữ công năm 2024")
    # the sector union's congress: a province's, as the federation it is under
    congress = c["Nghị quyết Đại hội Công đoàn ngành Y tế Nghệ An nhiệm kỳ 2023 - 2028"]
    assert congress["jurisdiction"] == "province:Phú Yên"
    assert level_of("Ban Thường vụ Công đoàn ngành Y tế") == "province"


def test_a_committee_steering_a_campaign_is_named_with_it_and_its_yearly_plan_with_the_year() -> None:
    assert issuer("Ban Chỉ đạo Cuộc vận động tỉnh về bình chọn") == "Ban Chỉ đạo Cuộc vận động tỉnh"
    c = cited(
        "1. Biểu dương theo Kế hoạch của Ban Chỉ đạo Cuộc vận động Trung ương năm 2024 và Kế hoạch số "
        "12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.\n"
    )
    name = "Kế hoạch của Ban Chỉ đạo Cuộc vận động Trung ương năm 2024"
    assert c[name]["issuer"] == "Ban Chỉ đạo Cuộc vận động Trung ương"
    assert c[name]["jurisdiction"] == "national"


def test_the_document_a_carried_out_one_replaces_is_cited_not_carried_out() -> None:
    opening = (
        "Thực hiện Chỉ thị số 8-CT/TW, ngày 4/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp (thay thế "
        "Chỉ thị số 3-CT/TW, ngày 1/6/2024 của Bộ Chính trị); Kế hoạch số 41-KH/TU, ngày 2/6/2025 của Ban "
        "Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    facts = extract_text(HEAD.replace("I. MỤC ĐÍCH\n", opening) + "1. Tuyên truyền.\n", "x.txt")
    assert facts["implements"] == ["8-CT/TW", "41-KH/TU"]
    assert "3-CT/TW" in [c["key"] for c in facts["cited"]]


def test_two_keys_sharing_one_head_of_two_units_take_one_unit_each_in_order() -> None:
    c = cited(
        "1. Căn cứ các Quy định số 5-QĐ/TW, 7-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của trường chính "
        "trị tỉnh, thành phố và của trung tâm chính trị cấp huyện.\n"
    )
    assert c["5-QĐ/TW"]["title"] == "chức năng, nhiệm vụ của trường chính trị tỉnh, thành phố"
    assert c["7-QĐ/TW"]["title"] == "chức năng, nhiệm vụ của trung tâm chính trị cấp huyện"
    assert c["5-QĐ/TW"]["issuer"] == c["7-QĐ/TW"]["issuer"] == "Ban Bí thư"


def test_a_national_academy_is_named_whole_and_is_the_centres() -> None:
    assert issuer("Học viện Hành chính quốc gia về") == "Học viện Hành chính quốc gia"
    c = cited(
        "1. Giảng dạy theo chương trình ban hành kèm theo Quyết định của Giám đốc Học viện Chính trị quốc "
        "gia Hồ Chí Minh về chương trình bồi dưỡng bí thư chi bộ.\n"
    )
    q = c["chương trình bồi dưỡng bí thư chi bộ"]
    assert (q["type"], q["issuer"], q["jurisdiction"]) == (
        "Quyết định",
        "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
        "national",
    )
    assert level_of("Học viện Chính trị quốc gia Hồ Chí Minh") == "central"


def test_a_pair_shares_its_subject_over_the_old_units_mark() -> None:
    c = cited(
        "1. Tiếp tục thực hiện Chương trình hành động số 18-CTr/TU, ngày 2/3/2025 của Ban Thường vụ Tỉnh ủy "
        "Hà Tây (cũ) và Chương trình hành động số 20-CTr/TU, ngày 5/3/2025 của Ban Thường vụ Tỉnh ủy Hòa "
        "Bình về thực hiện Nghị quyết số 57-NQ/TW.\n"
    )
    assert c["18-CTr/TU"]["title"] == c["20-CTr/TU"]["title"] == "thực hiện Nghị quyết số 57-NQ/TW"
    assert c["18-CTr/TU"]["issuer"].startswith("Ban Thường vụ Tỉnh ủy Hà Tây")


def test_a_committee_for_the_national_target_programmes_is_not_the_centres() -> None:
    assert level_of("Ban Chỉ đạo các chương trình mục tiêu quốc gia") == "unknown"
    assert level_of("Ban Chỉ đạo quốc gia về phòng, chống thiên tai") == "central"


def test_a_body_named_by_its_kind_and_lower_case_words_goes_on_to_its_place() -> None:
    assert issuer("Ủy ban bầu cử huyện Gia Lâm về danh sách") == "Ủy ban bầu cử huyện Gia Lâm"
    assert issuer("Hội đồng tư vấn quốc gia.") == "Hội đồng tư vấn quốc gia"
    assert (
        issuer("Đài Quan trắc môi trường tỉnh Nam Định về quan trắc")
        == "Đài Quan trắc môi trường tỉnh Nam Định"
    )
    assert (
        issuer("Ban Chỉ huy Tìm kiếm cứu nạn huyện Mê Linh về")
        == "Ban Chỉ huy Tìm kiếm cứu nạn huyện Mê Linh"
    )
    assert issuer("Hội đồng Tuyển chọn học sinh và sinh viên Quân khu 7 về") == (
        "Hội đồng Tuyển chọn học sinh và sinh viên Quân khu 7"
    )
    assert issuer("Hội đồng nhân dân tỉnh thông qua dự toán xã") == "Hội đồng nhân dân tỉnh"
    c = cited(
        "1. Theo Kế hoạch số 4/KH-UBBC ngày 2/1/2026 của Ủy ban bầu cử tỉnh Phú Yên về tổ chức bầu cử.\n"
    )
    a = c["4/KH-UBBC"]
    assert (a["issuer"], a["jurisdiction"], a["title"]) == (
        "Ủy ban bầu cử tỉnh Phú Yên",
        "province:Phú Yên",
        "tổ chức bầu cử",
    )


def test_a_stations_bulletin_is_typed_as_written() -> None:
    c = cited(
        "1. Theo Bản tin số 12/BT-KTTV ngày 3/2/2025 của Đài Khí tượng Thủy văn tỉnh Bến Tre, nước mặn lên.\n"
    )
    assert (c["12/BT-KTTV"]["type"], c["12/BT-KTTV"]["issuer"]) == (
        "Bản tin",
        "Đài Khí tượng Thủy văn tỉnh Bến Tre",
    )


def test_a_title_ends_before_the_plans_note_on_how_long_the_document_applies() -> None:
    c = cited(
        "1. Theo Quyết định số 77/QĐ-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh Phú Yên về định mức chi hội "
        "nghị, được áp dụng cho đến khi có văn bản thay thế.\n"
    )
    assert c["77/QĐ-UBND"]["title"] == "định mức chi hội nghị"


def test_a_plenum_right_after_the_day_is_the_issuer_whatever_follows() -> None:
    c = cited(
        "1. Quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương "
        "Đảng khóa XIII, Chỉ thị số 7-CT/TU của Tỉnh ủy.\n"
    )
    assert c["19-NQ/TW"]["issuer"] == "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"


def test_a_title_ends_before_a_second_reference_the_plan_ties_its_work_to() -> None:
    c = cited(
        "1. Gắn việc thực hiện Kết luận số 12-KL/TW ngày 1/2/2024 của Ban Bí thư về phát triển thể thao "
        "quần chúng, với Kế hoạch số 9-KH/TU của Tỉnh ủy về thể thao học đường.\n"
    )
    assert c["12-KL/TW"]["title"] == "phát triển thể thao quần chúng"


def test_a_title_ends_before_the_plan_announcing_its_list() -> None:
    c = cited(
        "1. Triển khai Kế hoạch số 31/KH-UBND ngày 5/1/2024 của Ủy ban nhân dân tỉnh về chăm sóc cây xanh "
        "đô thị, tập trung vào:\n- Trồng cây.\n"
    )
    assert c["31/KH-UBND"]["title"] == "chăm sóc cây xanh đô thị"


def test_a_circular_detailing_a_law_and_its_decree_names_both_in_its_title() -> None:
    c = cited(
        "1. Theo Thông tư số 8/2022/TT-BTP của Bộ Tư pháp quy định chi tiết thi hành Luật Hộ tịch và Nghị "
        "định số 12/2021/NĐ-CP; Quyết định số 3/QĐ-UBND của Ủy ban nhân dân tỉnh.\n"
    )
    assert (
        c["8/2022/TT-BTP"]["title"] == "quy định chi tiết thi hành Luật Hộ tịch và Nghị định số 12/2021/NĐ-CP"
    )


def test_a_law_named_after_its_provisions_keeps_its_name_as_title() -> None:
    c = cited(
        "1. Phổ biến các quy định của Luật Đất đai số 31/2024/QH15 về bồi thường, hỗ trợ, tái định cư.\n"
    )
    assert c["31/2024/QH15"]["title"] == "Luật Đất đai"


def test_a_decision_recognising_or_renewing_opens_its_title_after_the_issuer() -> None:
    c = cited(
        "1. Giữ vững kết quả theo Quyết định số 52/QĐ-UBND ngày 3/3/2024 của Chủ tịch UBND tỉnh công nhận "
        "xã đạt chuẩn văn hóa; Quyết định số 9/QĐ-UBND ngày 4/4/2024 của Chủ tịch UBND huyện kiện toàn "
        "Ban Chỉ đạo phong trào.\n"
    )
    assert c["52/QĐ-UBND"]["title"] == "công nhận xã đạt chuẩn văn hóa"
    assert c["9/QĐ-UBND"]["title"] == "kiện toàn Ban Chỉ đạo phong trào"


def test_a_decision_named_by_its_body_and_what_it_issues_is_cited() -> None:
    c = cited(
        "1. Căn cứ Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Thủy sản;\n"
    )
    q = c["ban hành Kế hoạch triển khai thi hành Luật Thủy sản"]
    assert (q["type"], q["issuer"]) == ("Quyết định", "Thủ tướng Chính phủ")


def test_a_steering_committee_named_by_the_rules_it_carries_out_keeps_them_in_its_name() -> None:
    c = cited(
        "1. Theo Kế hoạch số 3-KH/BCĐ ngày 2/1/2024 của Ban Chỉ đạo thực hiện Quy tắc ứng xử nơi công cộng "
        "tỉnh Phú Yên về tuyên truyền nếp sống văn minh năm 2024.\n"
    )
    a = c["3-KH/BCĐ"]
    assert (a["issuer"], a["title"]) == (
        "Ban Chỉ đạo thực hiện Quy tắc ứng xử nơi công cộng tỉnh Phú Yên",
        "tuyên truyền nếp sống văn minh năm 2024",
    )


def test_a_title_ends_at_the_first_next_reference_whatever_the_joining_word() -> None:
    c = cited(
        "1. Hỗ trợ theo Nghị định số 5/2020/NĐ-CP ngày 1/2/2020 của Chính phủ về hỗ trợ nuôi ong, Quyết định "
        "số 61/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 8/2022/NQ-HĐND ngày 3/3/2022 của HĐND tỉnh "
        "quy định mức chi.\n"
    )
    assert c["5/2020/NĐ-CP"]["title"] == "hỗ trợ nuôi ong"


def test_the_young_pioneers_council_is_of_the_front() -> None:
    assert system_of("Hội đồng Đội tỉnh Nghệ An") == "front"
    assert system_of("Hội đồng Đội Trung ương") == "front"


def test_a_title_ends_before_the_next_document_named_by_its_kind_and_bare_number() -> None:
    c = cited(
        "1. Thực hiện Kết luận số 40-KL/TW của Bộ Chính trị về sắp xếp các hội quần chúng năm 2025 và Kết "
        "luận 52; bảo đảm hoạt động thông suốt.\n"
    )
    assert c["40-KL/TW"]["title"] == "sắp xếp các hội quần chúng năm 2025"


def test_a_title_ends_before_a_comma_and_va_joining_the_plans_second_object() -> None:
    c = cited(
        "1. Vận hành Ban Quản lý chợ theo Quyết định số 12/QĐ-UBND ngày 2/7/2025 của Ủy ban nhân dân tỉnh về "
        "việc thành lập Ban Quản lý chợ tỉnh, và các tổ quản lý chợ xã theo quy chế mẫu.\n"
    )
    assert c["12/QĐ-UBND"]["title"] == "việc thành lập Ban Quản lý chợ tỉnh"


def test_a_title_ends_before_the_giao_of_the_clause_opened_by_do() -> None:
    c = cited(
        "1. Làm tốt các nhiệm vụ do Điều lệ Hội và Hướng dẫn số 7-HD/TW, ngày 2/3/2025 của Ban Bí thư về "
        "công tác hội viên giao; bảo đảm chất lượng.\n"
    )
    assert c["7-HD/TW"]["title"] == "công tác hội viên"


def test_decisions_approving_the_schemes_a_lead_in_lists_are_its_bodys() -> None:
    c = cited(
        "1. Giới thiệu các chương trình, đề án của Thủ tướng Chính phủ: Quyết định số 88/QĐ-TTg phê duyệt Đề "
        "án hỗ trợ phụ nữ khởi nghiệp; Quyết định số 99/QĐ-TTg phê duyệt Chương trình dinh dưỡng học đường.\n"
    )
    assert c["88/QĐ-TTg"]["issuer"] == c["99/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_a_decree_detailing_a_law_ends_its_title_before_where_the_plan_carries_it_out() -> None:
    c = cited(
        "1. Triển khai Nghị định số 80/2019/NĐ-CP ngày 1/11/2019 của Chính phủ quy định chi tiết một số điều "
        "của Luật Thể dục, thể thao trong các trường học.\n"
    )
    assert c["80/2019/NĐ-CP"]["title"] == "quy định chi tiết một số điều của Luật Thể dục, thể thao"


def test_a_title_ends_before_the_plans_work_on_another_bodys_document() -> None:
    c = cited(
        "1. Kiểm tra theo Quy định số 15-QĐ/TW của Bộ Chính trị về quản lý tài sản của Đảng và việc chấp "
        "hành Quy chế quản lý tài sản công của Văn phòng Huyện ủy.\n"
    )
    assert c["15-QĐ/TW"]["title"] == "quản lý tài sản của Đảng"


def test_a_law_name_running_into_theo_is_the_plans_clause() -> None:
    c = cited("1. Sơ kết thi hành Luật Thanh tra theo hướng dẫn của Thanh tra tỉnh.\n")
    assert not [k for k in c if "theo hướng dẫn" in k]


def test_a_title_ends_before_another_bodys_materials_named_in_general() -> None:
    c = cited(
        "1. Tập huấn theo Hướng dẫn số 4/HD-UBBC của Ủy ban bầu cử tỉnh về nghiệp vụ kiểm phiếu và tài liệu "
        "của Hội đồng bầu cử quốc gia.\n"
    )
    assert c["4/HD-UBBC"]["title"] == "nghiệp vụ kiểm phiếu"


def test_a_joint_resolution_named_by_its_issuers_is_cited_with_all_of_them() -> None:
    c = cited(
        "1. Căn cứ Nghị quyết liên tịch của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban "
        "Trung ương Mặt trận Tổ quốc Việt Nam về tiếp xúc cử tri; Kế hoạch số 5/KH-MTTQ-BTT của Ban Thường "
        "trực.\n"
    )
    q = c["tiếp xúc cử tri"]
    assert (q["type"], q["issuer"]) == (
        "Nghị quyết liên tịch",
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    )


def test_a_title_ends_before_the_budget_of_each_level_paying_its_share() -> None:
    c = cited(
        "1. Kinh phí từ ngân sách tỉnh đã giao tại Nghị quyết số 90/NQ-HĐND ngày 7/12/2024 của Hội đồng nhân "
        "dân tỉnh về dự toán ngân sách năm 2025 và ngân sách xã theo phân cấp.\n"
    )
    assert c["90/NQ-HĐND"]["title"] == "dự toán ngân sách năm 2025"


def test_an_item_naming_a_plenums_conclusion_is_a_document_passed_not_one_to_draft() -> None:
    c = cited(
        "1. Nghị quyết số 3-NQ/TW, ngày 2/3/2024 của Bộ Chính trị về phát triển văn hóa.\n"
        "2. Kết luận của Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII về tình hình thu chi "
        "ngân sách năm 2024.\n"
    )
    assert c["tình hình thu chi ngân sách năm 2024"]["type"] == "Kết luận"


MILITARY_HEAD = (
    "BỘ CHQS TỈNH THÁI BÌNH\nBAN CHQS HUYỆN SÔNG MÂY\nSố 15/KH-BCH\nKẾ HOẠCH\nhuấn luyện tự vệ\nI. MỤC ĐÍCH\n"
)


def test_the_head_of_a_military_command_issues_under_his_commands_name() -> None:
    c = cited(
        "1. Căn cứ Chỉ thị số 04/CT-BCH ngày 8/1/2025 của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh về diễn tập "
        "khu vực phòng thủ năm 2025.\n",
        MILITARY_HEAD,
    )
    d = c["04/CT-BCH"]
    assert (d["issuer"], d["title"]) == (
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "diễn tập khu vực phòng thủ năm 2025",
    )
    assert d["jurisdiction"] == "province:Thái Bình"  # the province's command, not the plan's district


def test_a_commanders_order_named_by_its_subject_and_year_is_cited_and_ends_the_title_before_it() -> None:
    c = cited(
        "1. Góp phần thực hiện Nghị quyết số 9-NQ/TW ngày 2/3/2023 của Bộ Chính trị về xây dựng khu vực "
        "phòng thủ vững chắc và Mệnh lệnh sẵn sàng chiến đấu năm 2025 của Tư lệnh Quân khu 2.\n",
        MILITARY_HEAD,
    )
    assert c["9-NQ/TW"]["title"] == "xây dựng khu vực phòng thủ vững chắc"
    o = c["Mệnh lệnh sẵn sàng chiến đấu năm 2025"]
    assert (o["type"], o["issuer"], o["jurisdiction"]) == ("Mệnh lệnh", "Tư lệnh Quân khu 2", "unknown")


def test_a_title_ends_before_another_source_named_by_what_it_is() -> None:
    c = cited(
        "1. Kinh phí diễn tập chi theo Kế hoạch số 14/KH-UBND ngày 6/2/2025 của Ủy ban nhân dân huyện về "
        "bảo đảm ngân sách quốc phòng năm 2025 và nguồn ngân sách thị trấn.\n"
    )
    assert c["14/KH-UBND"]["title"] == "bảo đảm ngân sách quốc phòng năm 2025"


def test_a_title_ends_before_what_the_plans_work_must_keep_to() -> None:
    c = cited(
        "1. Thực hiện Kế hoạch số 31/KH-UBND, ngày 4/4/2025 của Ủy ban nhân dân tỉnh về sắp xếp đơn vị hành "
        "chính cấp xã, bảo đảm đúng lộ trình.\n"
    )
    assert c["31/KH-UBND"]["title"] == "sắp xếp đơn vị hành chính cấp xã"


def test_a_title_ends_before_the_predicate_of_a_sentence_whose_subject_is_the_work_it_grounds() -> None:
    c = cited(
        "1. Kết quả năm qua khá tốt. Việc sáp nhập thôn theo Nghị quyết số 27/NQ-HĐND ngày 9/7/2024 của Hội "
        "đồng nhân dân tỉnh về sắp xếp thôn, tổ dân phố được thực hiện nghiêm túc; nhân dân đồng thuận.\n"
    )
    assert c["27/NQ-HĐND"]["title"] == "sắp xếp thôn, tổ dân phố"


def test_a_joint_programme_between_an_association_and_a_banks_office_is_issued_by_both() -> None:
    c = cited(
        "1. Thực hiện Chương trình phối hợp số 05/CTrPH-HPN-NHCSXH, ngày 2/4/2024 giữa Hội Phụ nữ huyện và "
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện về ủy thác cho vay hộ cận nghèo; rà soát "
        "tổ vay vốn.\n"
    )
    p = c["05/CTrPH-HPN-NHCSXH"]
    assert (p["issuer"], p["title"]) == (
        "Hội Phụ nữ huyện và Phòng giao dịch Ngân hàng Chính sách xã hội huyện",
        "ủy thác cho vay hộ cận nghèo",
    )


def test_a_title_ends_before_the_employers_it_is_spread_to() -> None:
    c = cited(
        "1. Tuyên truyền Nghị định số 12/2022/NĐ-CP của Chính phủ quy định xử phạt vi phạm hành chính về lao "
        "động đến người sử dụng lao động trong các khu công nghiệp.\n"
    )
    assert c["12/2022/NĐ-CP"]["title"] == "quy định xử phạt vi phạm hành chính về lao động"


def test_a_clause_closing_the_sentence_on_quoted_terms_after_the_party_centres_title_is_the_titles() -> None:
    c = cited(
        "1. Gắn với thực hiện Kết luận số 7-KL/TW, ngày 3/3/2023 của Bộ Chính trị về giữ gìn kỷ cương; "
        'ngăn chặn các biểu hiện "nói không đi đôi với làm", "né tránh".\n'
        "2. Thực hiện Kế hoạch số 9/KH-UBND ngày 4/4/2024 của Ủy ban nhân dân tỉnh về chợ phiên; không để "
        'xảy ra "chợ cóc".\n'
    )
    assert c["7-KL/TW"]["title"] == (
        'giữ gìn kỷ cương; ngăn chặn các biểu hiện "nói không đi đôi với làm", "né tránh"'
    )
    # a local plan's title: the plan's own clause after it, though it closes on a quoted term
    assert c["9/KH-UBND"]["title"] == "chợ phiên"
    d = cited(
        "1. Thực hiện Quy định số 8-QĐ/TW, ngày 5/5/2020 của Bộ Chính trị về sinh hoạt nơi cư trú; nắm danh "
        'sách đảng viên đi làm ăn xa, không để đảng viên "mất liên lạc".\n'
    )
    assert d["8-QĐ/TW"]["title"] == "sinh hoạt nơi cư trú"  # a clause that a title's stop ends is the plan's


def test_a_title_naming_its_fields_lists_more_of_them_after_semicolons_to_the_sentences_end() -> None:
    c = cited(
        "1. Xử lý vi phạm theo Nghị định số 45/2022/NĐ-CP ngày 7/7/2022 của Chính phủ về xử phạt vi phạm "
        "hành chính trong lĩnh vực bảo vệ môi trường; tài nguyên nước, khoáng sản; khí tượng, thủy văn.\n"
        "2. Thực hiện Kế hoạch số 8/KH-UBND ngày 1/2/2024 của Ủy ban nhân dân tỉnh về thanh tra trong lĩnh "
        "vực đất đai; tổ chức kiểm tra.\n"
    )
    assert c["45/2022/NĐ-CP"]["title"] == (
        "xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường; tài nguyên nước, khoáng sản; khí "
        "tượng, thủy văn"
    )
    assert c["8/KH-UBND"]["title"] == "thanh tra trong lĩnh vực đất đai"  # the plan's clause: no pair


def test_a_comma_and_ve_after_a_key_introduced_by_ve_is_the_next_topic_not_its_subject() -> None:
    c = cited(
        "1. Bổ sung chuyên đề về Chỉ thị số 12-CT/TW, về phòng cháy ở khu dân cư theo Luật Phòng cháy, chữa "
        "cháy và cứu nạn, cứu hộ năm 2024.\n"
    )
    assert c["12-CT/TW"]["title"] is None
    assert "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024" in c


def test_a_clause_after_a_semicolon_opening_on_a_reference_ends_its_title_before_its_predicate() -> None:
    c = cited(
        "1. Công tác dân vận có chuyển biến; Quy định số 5-QĐ/TU, ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy về "
        "tiếp xúc đối thoại với Nhân dân được triển khai đồng bộ.\n"
    )
    assert c["5-QĐ/TU"]["title"] == "tiếp xúc đối thoại với Nhân dân"


def test_the_centres_title_closing_on_quoted_terms_keeps_where_they_are_found() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết số 6-NQ/TW, ngày 1/11/2019 của Ban Chấp hành Trung ương Đảng về giữ kỷ "
        'luật; ngăn chặn những biểu hiện "nể nang", "né tránh" trong sinh hoạt.\n'
    )
    assert c["6-NQ/TW"]["title"] == (
        'giữ kỷ luật; ngăn chặn những biểu hiện "nể nang", "né tránh" trong sinh hoạt'
    )


def test_a_title_ends_before_a_four_word_passive_tied_to_the_next_reference() -> None:
    c = cited(
        "1. Quán triệt quan điểm nêu trong Nghị quyết số 7-NQ/TW, ngày 2/2/2005 của Bộ Chính trị về phát "
        "triển văn hóa đọc và được tiếp tục bổ sung tại Kết luận số 9-KL/TW của Ban Bí thư.\n"
    )
    assert c["7-NQ/TW"]["title"] == "phát triển văn hóa đọc"


def test_a_ground_lines_title_keeps_the_clause_naming_the_law_it_details() -> None:
    c = cited(
        "Căn cứ Nghị định số 30/2024/NĐ-CP ngày 3/3/2024 của Chính phủ quy định về quản lý chợ; hướng dẫn "
        "thi hành một số điều của Luật Thương mại;\n"
    )
    assert c["30/2024/NĐ-CP"]["title"] == ("quản lý chợ; hướng dẫn thi hành một số điều của Luật Thương mại")


def test_an_inspectorate_is_read_whole_as_an_issuer() -> None:
    c = cited(
        "Căn cứ Thông tư số 11/2022/TT-TTCP ngày 5/5/2022 của Thanh tra Chính phủ quy định về tiếp "
        "công dân;\n"
    )
    assert c["11/2022/TT-TTCP"]["issuer"] == "Thanh tra Chính phủ"
    assert c["11/2022/TT-TTCP"]["title"] == "tiếp công dân"


def test_the_body_closing_a_list_of_laws_issued_each_of_them() -> None:
    c = cited(
        "- Rà soát việc thi hành Luật Đất đai số 31/2024/QH15 ngày 18/1/2024, Luật Nhà ở số 27/2023/QH15 "
        "ngày 27/11/2023 và Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014 của Quốc hội tại các xã.\n"
    )
    assert [c[k]["issuer"] for k in ("31/2024/QH15", "27/2023/QH15", "50/2014/QH13")] == ["Quốc hội"] * 3


def test_a_companys_board_is_read_whole_as_an_issuer() -> None:
    c = cited(
        "1. Thực hiện Nghị quyết số 7/NQ-HĐQT ngày 4/4/2023 của Hội đồng quản trị Công ty về tiết "
        "kiệm điện.\n"
    )
    assert c["7/NQ-HĐQT"]["issuer"] == "Hội đồng quản trị Công ty"


def test_the_grassroots_is_no_department() -> None:
    assert system_of("Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Hà Giang") != "state"
    assert system_of("Sở Nội vụ tỉnh Hà Giang") == "state"


def test_a_document_named_before_its_bracketed_key_does_not_share_the_next_ones_subject() -> None:
    c = cited(
        "- Căn cứ Kế hoạch kiểm tra năm 2025 của Ban Thường vụ Huyện ủy (Kế hoạch số 04-KH/HU, ngày "
        "3/1/2025) và Quyết định số 77-QĐ/HU, ngày 9/12/2024 của Ban Thường vụ Huyện ủy về thành lập Tổ "
        "giúp việc,\n"
    )
    # named by its kind and body before the bracket: its subject is that name, not the next one's "về"
    assert (c["04-KH/HU"]["issuer"], c["04-KH/HU"]["title"]) == ("Ban Thường vụ Huyện ủy", None)
    assert c["77-QĐ/HU"]["title"] == "thành lập Tổ giúp việc"


def test_a_short_name_in_brackets_closes_a_title() -> None:
    c = cited(
        "1. Thực hiện Quyết định số 88/QĐ-TTg ngày 2/2/2023 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao "
        "năng lực phòng, chống thiên tai cho cộng đồng (Đề án 88) trên địa bàn phường.\n"
    )
    # the plan's short name for it closes the title; where the plan carries it out is the plan's
    assert c["88/QĐ-TTg"]["title"] == (
        "phê duyệt Đề án nâng cao năng lực phòng, chống thiên tai cho cộng đồng"
    )


def test_a_quoted_title_closed_before_and_the_plans_other_things_ends_the_title() -> None:
    c = cited(
        '- Bài viết bám sát Quyết định số 512/QĐ-TTg ngày 9/5/2022 của Thủ tướng Chính phủ phê duyệt "Chiến '
        'lược phát triển du lịch đến năm 2030" và các số liệu do huyện cung cấp.\n'
    )
    assert c["512/QĐ-TTg"]["title"] == 'phê duyệt "Chiến lược phát triển du lịch đến năm 2030"'


def test_a_documents_being_carried_out_is_the_plans_clause_after_its_title() -> None:
    c = cited(
        "a) Bảo đảm Nghị định số 45/2024/NĐ-CP ngày 2/5/2024 của Chính phủ về quản lý chợ được thực hiện "
        "kịp thời, đồng bộ.\n"
    )
    assert c["45/2024/NĐ-CP"]["title"] == "quản lý chợ"


def test_a_clause_announcing_a_list_after_a_comma_closes_a_title() -> None:
    c = cited(
        "2. Theo Hướng dẫn của Ban Thường vụ Tỉnh đoàn về việc chấm điểm thi đua các chi đoàn², áp dụng "
        "cho năm 2025 như sau:\n"
    )
    assert "việc chấm điểm thi đua các chi đoàn" in c


def test_making_a_document_concrete_in_a_setting_and_spreading_it_to_units_is_the_plans() -> None:
    c = cited(
        "- Cụ thể hóa Chỉ thị số 17-CT/TW ngày 3/3/2021 của Ban Bí thư về công tác thanh niên trong môi "
        "trường học đường của huyện.\n"
        "- Phổ biến Quyết định số 630/QĐ-TTg ngày 6/6/2022 của Thủ tướng Chính phủ phê duyệt Đề án khởi "
        "nghiệp của thanh niên đến chi đoàn cơ sở.\n"
    )
    assert c["17-CT/TW"]["title"] == "công tác thanh niên"
    assert c["630/QĐ-TTg"]["title"] == "phê duyệt Đề án khởi nghiệp của thanh niên"


def test_a_second_from_after_a_title_is_the_plans_clause() -> None:
    c = cited(
        "b) Xử lý hồ sơ tồn đọng từ việc chia tách đơn vị theo Nghị quyết số 12/2023/UBTVQH15 ngày 5/5/2023 "
        "của Ủy ban Thường vụ Quốc hội về điều chỉnh địa giới hành chính và từ việc sáp nhập thôn, tổ dân "
        "phố.\n"
    )
    # "từ A và từ B": the second "từ" is the clause's, not the title's
    assert c["12/2023/UBTVQH15"]["title"] == "điều chỉnh địa giới hành chính"


def test_the_body_that_did_the_work_a_letter_records_is_its_issuer() -> None:
    c = cited(
        "1. Đối tượng: các hộ có tên trong danh sách do Phòng Lao động - Thương binh và Xã hội tổng hợp tại "
        "Công văn số 215/LĐTBXH, ngày 4/4/2024 (tổng số 86 hộ).\n"
    )
    assert c["215/LĐTBXH"]["issuer"] == "Phòng Lao động - Thương binh và Xã hội"


def test_bare_keys_of_one_symbol_listed_past_semicolons_share_the_lists_issuer() -> None:
    c = cited(
        "- Các đề án liên quan, gồm các Quyết định số 120/QĐ-TTg, ngày 5/2/2020; 454/QĐ-TTg, ngày 9/4/2021 "
        "và 88/QĐ-TTg của Thủ tướng Chính phủ; báo cáo kết quả.\n"
    )
    assert [c[k]["issuer"] for k in ("120/QĐ-TTg", "454/QĐ-TTg", "88/QĐ-TTg")] == ["Thủ tướng Chính phủ"] * 3


def test_the_day_opening_the_clause_of_the_issuing_body_is_the_references() -> None:
    c = cited(
        "(1) Ngày 12/4/2022, Ban Bí thư ban hành Quy định số 61-QĐ/TW về công tác dân vận; Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch số 7/KH-UBND về chuyển đổi số.\n"
    )
    assert (c["61-QĐ/TW"]["date"], c["61-QĐ/TW"]["issuer"]) == ("2022-04-12", "Ban Bí thư")
    assert c["7/KH-UBND"]["date"] is None


def test_a_union_of_associations_is_read_whole_as_an_issuer() -> None:
    assert (
        issuer("Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai về")
        == "Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia Lai"
    )
    c = cited(
        "- Bám sát Chương trình của Đoàn Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam về sáng tác "
        "văn học năm 2025.\n"
    )
    assert (
        c["sáng tác văn học năm 2025"]["issuer"]
        == "Đoàn Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam"
    )


def test_a_union_of_associations_congress_resolution_is_cited() -> None:
    c = cited(
        "- Thực hiện Nghị quyết Đại hội đại biểu Liên hiệp các Hội Văn học nghệ thuật tỉnh Gia Lai lần thứ "
        "IV, nhiệm kỳ 2020 - 2025.\n"
    )
    name = (
        "Nghị quyết Đại hội đại biểu Liên hiệp các Hội Văn học nghệ thuật tỉnh Gia Lai lần thứ IV, nhiệm kỳ "
        "2020 - 2025"
    )
    assert c[name]["type"] == "Nghị quyết"


def test_a_document_named_again_as_the_one_above_is_not_another() -> None:
    c = cited(
        "1. Căn cứ Hướng dẫn của Ban Thường vụ Tỉnh đoàn về tổ chức đại hội chi đoàn năm 2025;\n"
        "2. Số lượng đại biểu theo Hướng dẫn của Ban Thường vụ Tỉnh đoàn nêu trên.\n"
    )
    assert list(c) == ["tổ chức đại hội chi đoàn năm 2025"]


def test_a_code_named_by_its_count_of_articles_is_an_unnumbered_reference() -> None:
    c = cited(
        "- Thực hiện nghiêm Quy định 12 điều ứng xử nghề nghiệp luật sư Việt Nam của Liên đoàn Luật sư Việt "
        "Nam.\n"
    )
    name = "Quy định 12 điều ứng xử nghề nghiệp luật sư Việt Nam"
    assert (c[name]["type"], c[name]["issuer"]) == ("Quy định", "Liên đoàn Luật sư Việt Nam")


def test_a_circular_on_a_law_and_its_amending_law_guides_the_decree_after_and() -> None:
    c = cited(
        "- Huấn luyện theo Thông tư số 21/2022/TT-BGTVT ngày 3/3/2022 của Bộ Giao thông vận tải quy định chi "
        "tiết một số điều và biện pháp thi hành Luật Đường sắt và Luật sửa đổi, bổ sung một số điều của Luật "
        "Đường sắt và Nghị định số 65/2018/NĐ-CP.\n"
    )
    assert c["21/2022/TT-BGTVT"]["title"].endswith("của Luật Đường sắt và Nghị định số 65/2018/NĐ-CP")


def test_several_fields_after_semicolons_running_into_the_note_on_an_amendment_are_the_titles() -> None:
    c = cited(
        "1. Kiểm tra theo Thông tư số 12/2019/TT-BYT ngày 4/5/2019 của Bộ Y tế quy định về kiểm dịch y tế; "
        "xét nghiệm, giám sát dịch bệnh; xử lý y tế đối với phương tiện vận tải (được sửa đổi, bổ sung tại "
        "Thông tư số 3/2022/TT-BYT).\n"
    )
    assert c["12/2019/TT-BYT"]["title"] == (
        "kiểm dịch y tế; xét nghiệm, giám sát dịch bệnh; xử lý y tế đối với phương tiện vận tải"
    )


def test_a_kind_in_lower_case_in_a_field_between_references_names_no_document() -> None:
    c = cited(
        "- Căn cứ Thông tư số 5/2020/TT-BNV ngày 2/6/2020 của Bộ Nội vụ hướng dẫn chấm điểm thi đua; lập hồ "
        "sơ khen thưởng và mẫu tờ trình; Thông tư số 6/2021/TT-BNV ngày 1/3/2021 của Bộ Nội vụ.\n"
    )
    assert c["5/2020/TT-BNV"]["title"] == (
        "hướng dẫn chấm điểm thi đua; lập hồ sơ khen thưởng và mẫu tờ trình"
    )


def test_a_reference_with_its_own_body_after_one_named_short_in_a_title_is_the_next_of_the_list() -> None:
    c = cited(
        "- Thực hiện Kết luận số 21-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 7-CT/TW và Quyết "
        "định số 88/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phòng, chống ma túy đến năm 2030.\n"
    )
    assert c["21-KL/TW"]["title"] == "tiếp tục thực hiện Chỉ thị số 7-CT/TW"
    assert c["88/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_the_years_of_carrying_out_another_reference_given_in_full_are_not_the_titles() -> None:
    c = cited(
        "- Tiếp nối kết quả thực hiện Chỉ thị số 9-CT/TU, ngày 2/3/2016 của Tỉnh ủy về phát động phong trào "
        '"Dân vận khéo" và 3 năm thực hiện Kết luận số 4-KL/TU, ngày 5/6/2020 của Tỉnh ủy về dân vận.\n'
    )
    assert c["9-CT/TU"]["title"] == 'phát động phong trào "Dân vận khéo"'


def test_the_plans_second_object_under_another_reference_given_in_full_is_not_the_titles() -> None:
    c = cited(
        "3. Xử lý theo Nghị định số 15/2021/NĐ-CP, ngày 3/2/2021 của Chính phủ về đánh giá viên chức và xem "
        "xét điều chuyển, tạm đình chỉ theo Quy định số 88-QĐ/TW, ngày 4/4/2022 của Bộ Chính trị về tạm "
        "đình chỉ công tác.\n"
    )
    assert c["15/2021/NĐ-CP"]["title"] == "đánh giá viên chức"
    assert c["88-QĐ/TW"]["title"] == "tạm đình chỉ công tác"


def test_the_plans_clause_after_a_comma_picks_out_judges_or_aims() -> None:
    c = cited(
        "1. Học tập Nghị quyết số 12-NQ/TW của Bộ Chính trị về phát triển kinh tế biển, nhất là các nội "
        "dung về nuôi trồng thủy sản.\n"
        "2. Theo Thông báo số 8-TB/HU, ngày 2/3/2024 của Huyện ủy về sơ kết 6 tháng, còn nhiều hạn chế cần "
        "khắc phục.\n"
        "3. Áp dụng Thông tư số 4/2020/TT-BTP của Bộ Tư pháp về công bố văn bản, đạt tỷ lệ trên 90% văn "
        "bản.\n"
        "4. Theo Quyết định số 30/2022/QĐ-TTg của Thủ tướng Chính phủ về phân vùng lũ, xã nằm trong vùng lũ "
        "quét.\n"
        "5. Căn cứ Quyết định số 7/2022/QĐ-UBND của UBND tỉnh về tiêu chí xã, phường đạt chuẩn an toàn, xã "
        "phấn đấu đạt các chỉ tiêu sau:\n"
        "- 100% hộ đạt chuẩn.\n"
    )
    assert c["12-NQ/TW"]["title"] == "phát triển kinh tế biển"
    assert c["8-TB/HU"]["title"] == "sơ kết 6 tháng"
    assert c["4/2020/TT-BTP"]["title"] == "công bố văn bản"
    assert c["30/2022/QĐ-TTg"]["title"] == "phân vùng lũ"
    assert c["7/2022/QĐ-UBND"]["title"] == "tiêu chí xã, phường đạt chuẩn an toàn"


def test_the_head_of_a_board_a_census_committee_and_a_military_staff_are_named_whole() -> None:
    assert issuer("Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân huyện về việc giám sát") == (
        "Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân huyện"
    )
    assert issuer("Trưởng Ban Chỉ đạo Tổng điều tra kinh tế, hành chính năm 2031 tỉnh về việc") == (
        "Trưởng Ban Chỉ đạo Tổng điều tra kinh tế, hành chính năm 2031 tỉnh"
    )
    assert issuer("Bộ Tham mưu Quân khu 7 về huấn luyện") == "Bộ Tham mưu Quân khu 7"


def test_a_commanders_order_and_a_forces_plan_are_typed_as_written() -> None:
    c = cited(
        "- Thực hiện Mệnh lệnh số 31/ML-BTL ngày 4/1/2025 của Tư lệnh Quân khu 5 về huấn luyện; Phương án số "
        "12/PA-CAT-PC06 ngày 2/2/2025 của Công an tỉnh về bảo vệ lễ hội.\n"
    )
    assert (c["31/ML-BTL"]["type"], c["12/PA-CAT-PC06"]["type"]) == ("Mệnh lệnh", "Phương án")


def test_a_document_said_no_longer_to_hold_ends_its_title_there() -> None:
    c = cited("- Quy định số 9-QĐ/HU, ngày 1/2/2016 của Huyện ủy về tiếp công dân hết hiệu lực từ ngày ký.\n")
    assert c["9-QĐ/HU"]["title"] == "tiếp công dân"


def test_the_plans_object_under_a_reference_named_above_is_not_the_titles() -> None:
    c = cited(
        "- Kế thừa Nghị quyết số 8-NQ/TW ngày 2/1/2002 của Bộ Chính trị về công tác tư pháp và yêu cầu đổi "
        "mới theo Kết luận số 3-KL/TW nêu trên.\n"
    )
    assert c["8-NQ/TW"]["title"] == "công tác tư pháp"


def test_the_plans_second_object_assigned_in_another_reference_is_not_the_titles() -> None:
    c = cited(
        "1. Giải ngân vốn theo Quyết định số 77/QĐ-TTg về giao vốn năm 2026 và vốn tỉnh giao tại Nghị quyết "
        "số 4/NQ-HĐND ngày 2/2/2026 về phân bổ vốn.\n"
    )
    assert c["77/QĐ-TTg"]["title"] == "giao vốn năm 2026"


def test_a_document_named_short_by_its_kind_and_bare_number_after_and_is_the_plans() -> None:
    c = cited(
        "- Đối chiếu Quy định số 22-QĐ/TW, ngày 1/3/2021 của Ban Chấp hành Trung ương về những điều cấm và "
        "khoản tương ứng của Quy định 102 (từ Điều 3 đến Điều 9).\n"
    )
    assert c["22-QĐ/TW"]["title"] == "những điều cấm"


def test_a_centre_title_closing_on_quoted_terms_before_the_next_tie_keeps_its_semicolon() -> None:
    c = cited(
        "2. Gắn việc học tập với Nghị quyết số 12-NQ/TW, ngày 1/2/2012 của Hội nghị Trung ương 4 khóa XI về "
        'một số vấn đề cấp bách; ngăn chặn suy thoái, những biểu hiện "lợi ích nhóm", "tham nhũng vặt", với '
        "Chỉ thị số 7-CT/TW, ngày 2/2/2016 của Bộ Chính trị về học tập.\n"
    )
    assert c["12-NQ/TW"]["title"] == (
        'một số vấn đề cấp bách; ngăn chặn suy thoái, những biểu hiện "lợi ích nhóm", "tham nhũng vặt"'
    )


def test_a_title_may_open_on_holding_a_named_event_or_leading_a_field_of_work() -> None:
    c = cited(
        "- Căn cứ Kế hoạch số 51/KH-UBND ngày 2/1/2025 của UBND tỉnh tổ chức Lễ hội Hoa ban năm 2025; Kế "
        "hoạch số 7-KH/ĐU ngày 3/1/2025 của Ban Thường vụ Đảng ủy xã lãnh đạo công tác quốc phòng năm 2025.\n"
        "- Các chi bộ theo Kết luận số 33-KL/TW, ngày 1/1/2023 của Bộ Chính trị tổ chức đại hội sau sáp "
        "nhập.\n"
    )
    assert c["51/KH-UBND"]["title"] == "tổ chức Lễ hội Hoa ban năm 2025"
    assert c["7-KH/ĐU"]["title"] == "lãnh đạo công tác quốc phòng năm 2025"
    assert c["33-KL/TW"]["title"] is None


def test_an_events_organising_board_is_named_with_the_events_year() -> None:
    assert issuer("Ban Tổ chức Lễ hội Hoa Ban - Hội Xuân Điện Biên năm 2025 về phân công") == (
        "Ban Tổ chức Lễ hội Hoa Ban - Hội Xuân Điện Biên năm 2025"
    )
    assert issuer("Ban Tổ chức Tỉnh ủy năm 2025 về") == "Ban Tổ chức Tỉnh ủy"


def test_a_long_bracket_naming_the_issuers_present_name_comes_before_the_title() -> None:
    c = cited(
        "- Tiếp theo Hướng dẫn số 12-HD/BDVTW của Ban Dân vận Trung ương (nay là Ban Tuyên giáo và Dân vận "
        "Trung ương) về công tác dân vận năm 2025.\n"
    )
    assert c["12-HD/BDVTW"]["title"] == "công tác dân vận năm 2025"


def test_an_association_named_by_whom_it_helps_in_many_words_is_named_whole() -> None:
    c = cited(
        "- Thực hiện Chương trình phối hợp số 4/CTrPH-MTTQ-HBT ngày 2/3/2023 giữa Ban Thường trực Ủy ban "
        "MTTQ Việt Nam tỉnh và Hội Bảo trợ người nghèo và trẻ em khó khăn tỉnh về chăm lo người bệnh.\n"
    )
    a = c["4/CTrPH-MTTQ-HBT"]
    assert (a["issuer"], a["title"]) == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hội Bảo trợ người nghèo và trẻ em khó khăn tỉnh",
        "chăm lo người bệnh",
    )


def test_the_work_of_a_team_set_up_under_a_reference_is_not_its_title() -> None:
    c = cited(
        "5. Tổ giám sát thành lập theo Quyết định số 88/QĐ-UBND ngày 2/2/2025 của Chủ tịch UBND huyện thành "
        "lập Tổ giám sát an toàn giao thông dịp Tết kiểm tra các bến đò ít nhất hai lần.\n"
    )
    assert c["88/QĐ-UBND"]["title"] == "thành lập Tổ giám sát an toàn giao thông dịp Tết"


def test_and_the_work_of_after_the_year_closing_a_title_is_the_plans_next_object() -> None:
    c = cited(
        "3. Gắn giám sát với việc thực hiện Nghị quyết số 6-NQ/TU, ngày 1/4/2021 của Tỉnh ủy về phát triển "
        "du lịch đến năm 2030 và việc chuẩn bị tổng kết nhiệm kỳ.\n"
    )
    assert c["6-NQ/TU"]["title"] == "phát triển du lịch đến năm 2030"


def test_what_a_document_issued_is_for_right_after_its_kind_is_the_titles() -> None:
    c = cited(
        "- Giám sát theo Quyết định số 45-QĐ/TW của Ban Bí thư ban hành Quy định khung để các cấp ủy lãnh "
        "đạo Nhân dân giám sát cán bộ.\n"
        "- Rà soát Quyết định số 9/QĐ-UBND của UBND huyện về hỗ trợ học sinh để kịp thời điều chỉnh.\n"
    )
    assert c["45-QĐ/TW"]["title"] == (
        "ban hành Quy định khung để các cấp ủy lãnh đạo Nhân dân giám sát cán bộ"
    )
    assert c["9/QĐ-UBND"]["title"] == "hỗ trợ học sinh"


def test_a_footnote_mark_glued_to_the_issuers_last_word_is_no_part_of_it() -> None:
    assert issuer("Thủ tướng Chính phủ²; tiến độ dự án") == "Thủ tướng Chính phủ"
    assert issuer("Ủy ban nhân dân tỉnh³ về kinh tế") == "Ủy ban nhân dân tỉnh"


def test_the_day_the_plans_account_starts_from_after_a_comma_ends_a_title() -> None:
    c = cited(
        "Thực hiện Nghị quyết số 60/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính, "
        "từ ngày 01/7/2025 tỉnh mới chính thức hoạt động.\n"
    )
    assert c["60/NQ-UBTVQH15"]["title"] == "sắp xếp đơn vị hành chính"


def test_the_plans_own_units_after_the_time_closing_a_title_are_not_the_titles() -> None:
    c = cited(
        "- Thực hiện Công văn số 88/SYT-NVY ngày 2/8/2025 của Sở Y tế về tiêm chủng năm 2025 - 2026 trong "
        "các trạm y tế trực thuộc.\n"
        "- Thực hiện Hướng dẫn số 3-HD/ĐTN của Ban Thường vụ Tỉnh đoàn về thực hiện Điều lệ Đoàn trong các "
        "chi đoàn trực thuộc.\n"
    )
    assert c["88/SYT-NVY"]["title"] == "tiêm chủng năm 2025 - 2026"
    assert c["3-HD/ĐTN"]["title"] == "thực hiện Điều lệ Đoàn trong các chi đoàn trực thuộc"


def test_a_steering_committees_field_before_a_verb_of_carrying_out_is_its_name() -> None:
    c = cited(
        "- Tiếp tục thực hiện Kế hoạch số 3-KH/BCĐ, ngày 2/4/2025 của Ban Chỉ đạo tỉnh về phòng, chống tham "
        "nhũng, tiêu cực triển khai đợt kiểm tra chuyên đề năm 2025.\n"
    )
    a = c["3-KH/BCĐ"]
    assert (a["issuer"], a["title"]) == (
        "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực",
        "triển khai đợt kiểm tra chuyên đề năm 2025",
    )


def test_a_union_of_friendship_organisations_is_named_whole_and_of_the_front() -> None:
    c = cited(
        "1. Căn cứ Chương trình công tác năm 2025 của Liên hiệp các tổ chức hữu nghị Việt Nam và Kế hoạch "
        "số 7-KH/TU ngày 3/3/2025 của Tỉnh ủy về công tác đối ngoại.\n"
    )
    a = c["Chương trình công tác năm 2025 của Liên hiệp các tổ chức hữu nghị Việt Nam"]
    assert a["issuer"] == "Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert a["title"] == "Chương trình công tác năm 2025 của Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert c["7-KH/TU"]["title"] == "công tác đối ngoại"
    assert system_of("Ban Thường trực Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh") == "front"
    assert level_of("Liên hiệp các tổ chức hữu nghị Việt Nam") == "central"
    assert level_of("Hội Nông dân Việt Nam") == "central"


def test_an_aside_between_commas_after_the_verb_is_no_list() -> None:
    c = cited(
        "- Triển khai, tại từng trạm y tế, Kế hoạch của Bộ Y tế về phòng, chống dịch sốt xuất "
        "huyết năm 2025 và Kế hoạch số 8/KH-UBND ngày 2/4/2025 của Ủy ban nhân dân tỉnh về y tế cơ sở.\n"
    )
    a = c["phòng, chống dịch sốt xuất huyết năm 2025"]
    assert (a["type"], a["issuer"]) == ("Kế hoạch", "Bộ Y tế")
    assert c["8/KH-UBND"]["title"] == "y tế cơ sở"


def test_a_company_congress_keeps_the_lower_case_words_of_its_trade_name() -> None:
    c = cited(
        "- Quán triệt Nghị quyết Đại hội Đảng bộ Công ty Cấp nước miền Tây nhiệm kỳ 2020 - 2025 và Kế hoạch "
        "số 4-KH/ĐU ngày 3/6/2021 của Đảng ủy về chuyển đổi số.\n"
    )
    a = c["Nghị quyết Đại hội Đảng bộ Công ty Cấp nước miền Tây nhiệm kỳ 2020 - 2025"]
    assert a["issuer"] == "Đại hội Đảng bộ Công ty Cấp nước miền Tây nhiệm kỳ 2020 - 2025"
    assert c["4-KH/ĐU"]["title"] == "chuyển đổi số"


def test_a_plenum_resolution_named_with_no_subject_is_one_document() -> None:
    c = cited(
        "1. Hiểu đúng những điểm mới của Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa "
        "XII và các kết luận của Hội nghị; Kế hoạch số 9-KH/TU ngày 2/2/2024 của Tỉnh ủy về tuyên truyền.\n"
    )
    a = c["Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII"]
    assert (a["issuer"], a["jurisdiction"]) == (
        "Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XII",
        "national",
    )
    plural = cited("1. Học các Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII.\n")
    assert not plural


def test_a_special_zone_congress_named_again_without_its_name_is_the_same() -> None:
    c = cited(
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ đặc khu Cát Hải lần thứ I, nhiệm kỳ 2025 - 2030 và Kế "
        "hoạch số 9-KH/TU ngày 2/2/2025 của Tỉnh ủy về tuyên truyền.\nI. MỤC ĐÍCH\n- Nắm vững những nội "
        "dung của Nghị quyết Đại hội đại biểu Đảng bộ đặc khu lần thứ I; các chỉ tiêu chủ yếu.\n"
    )
    congresses = [k for k in c if k.startswith("Nghị quyết Đại hội")]
    assert congresses == [
        "Nghị quyết Đại hội đại biểu Đảng bộ đặc khu Cát Hải lần thứ I, nhiệm kỳ 2025 - 2030"
    ]


def test_a_guidance_in_lower_case_listed_among_references_is_a_document() -> None:
    c = cited(
        "Căn cứ Chỉ thị số 7-CT/TW ngày 2/2/2021 của Ban Bí thư về công tác thanh niên; hướng dẫn của Ban "
        "Dân vận Trung ương về việc phát huy vai trò của thanh niên trong xây dựng nông thôn mới, Ban "
        "Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n"
    )
    a = c["việc phát huy vai trò của thanh niên trong xây dựng nông thôn mới"]
    assert (a["type"], a["issuer"]) == ("Hướng dẫn", "Ban Dân vận Trung ương")
    assert len(cited("1. Làm theo hướng dẫn của Ban Dân vận Trung ương về công tác dân vận.\n")) == 0


def test_a_contingency_plan_of_the_year_is_named_by_its_subject() -> None:
    c = cited(
        "1. Rà soát lực lượng tại chỗ; cập nhật Phương án phòng cháy rừng mùa khô năm 2025 của Ủy ban nhân "
        "dân huyện.\n"
    )
    a = c["Phương án phòng cháy rừng mùa khô năm 2025"]
    assert (a["type"], a["issuer"]) == ("Phương án", "Ủy ban nhân dân huyện")


def test_what_a_steering_committee_fights_is_its_name() -> None:
    c = cited(
        "1. Thực hiện Chỉ thị số 7/CT-TTg của Thủ tướng Chính phủ về quản lý thị trường; Kế hoạch của Ban "
        "Chỉ đạo quốc gia phòng, chống tội phạm và ma túy về đợt cao điểm trấn áp tội phạm dịp Tết Ất Tỵ "
        "2025; Kế hoạch số 5/KH-UBND ngày 2/1/2025 của Ủy ban nhân dân tỉnh về an ninh.\n"
    )
    a = c["đợt cao điểm trấn áp tội phạm dịp Tết Ất Tỵ 2025"]
    assert a["issuer"] == "Ban Chỉ đạo quốc gia phòng, chống tội phạm và ma túy"


def test_the_customs_are_named_with_their_lower_case_word() -> None:
    assert issuer("Cục Hải quan tỉnh Lạng Sơn về") == "Cục Hải quan tỉnh Lạng Sơn"
    c = cited(
        "- Tổ chức kiểm tra theo Quyết định của Tổng cục trưởng Tổng cục Hải quan ban hành Quy trình giám "
        "sát hàng hóa; áp dụng quản lý rủi ro.\n"
    )
    assert c["ban hành Quy trình giám sát hàng hóa"]["issuer"] == "Tổng cục trưởng Tổng cục Hải quan"


def test_what_the_work_on_a_reference_is_to_fit_is_no_part_of_its_title() -> None:
    c = cited(
        "- Phối hợp rà soát, bổ sung Nghị quyết số 9/2022/NQ-HĐND, ngày 8/7/2022 của Hội đồng nhân dân tỉnh "
        "quy định mức hỗ trợ trồng quế giai đoạn 2023 - 2026 cho phù hợp điều kiện mới.\n"
    )
    assert c["9/2022/NQ-HĐND"]["title"] == "quy định mức hỗ trợ trồng quế giai đoạn 2023 - 2026"


def test_documents_counted_as_many_after_a_semicolon_end_the_title_before_them() -> None:
    c = cited(
        "- Thực hiện Nghị quyết số 14-NQ/TW, ngày 3/4/2023 của Ban Chấp hành Trung ương về nâng cao "
        "chất lượng sinh hoạt chi bộ; các quy định về trách nhiệm nêu gương của người đứng đầu; "
        "Quy định số 41-QĐ/TW, ngày 5/5/2023 của Bộ Chính trị về kiểm tra đảng viên.\n"
    )
    assert c["14-NQ/TW"]["title"] == "nâng cao chất lượng sinh hoạt chi bộ"
