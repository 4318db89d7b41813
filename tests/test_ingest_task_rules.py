"""Rules of the "Tổ chức thực hiện" tasks, each on a short text written for the test."""

from __future__ import annotations

from ingest import extract_text
from ingest.recipients import clean_recipient
from ingest.tasks import coordinates, split_bodies

HEAD = "HUYỆN ỦY LONG ĐIỀN\nSố 7-KH/HU\nKẾ HOẠCH\nvề trồng cây bóng mát\n"
SECTION = "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức Huyện ủy\n- Lập danh sách cây.\n- Chọn giống cây.\n"


def tasks(body: str) -> list[dict]:
    return extract_text(HEAD + body, "rule.txt")["tasks"]


def last(body: str) -> dict:
    return tasks(SECTION + body)[-1]


def test_closing_paragraph_about_the_plan_is_not_a_duty() -> None:
    t = last("2. Văn phòng Huyện ủy\nTheo dõi việc trồng cây.\nKế hoạch này được gửi đến các chi bộ.\n")
    assert t["actions"] == 1
    assert [d["text"] for d in t["duties"]] == ["Theo dõi việc trồng cây."]
    assert t["source"]["text"].endswith("Huyện ủy\nTheo dõi việc trồng cây.")


def test_closing_paragraph_on_difficulties_is_not_a_duty() -> None:
    t = last(
        "2. Văn phòng Huyện ủy: theo dõi việc trồng cây.\nQuá trình triển khai, nếu có khó khăn thì gửi về.\n"
    )
    assert t["actions"] == 1


def test_closing_request_to_carry_out_the_plan_is_not_a_duty() -> None:
    t = last(
        "2. Các chi bộ\n- Trồng cây.\n- Chăm sóc cây.\n"
        "Ban Thường vụ yêu cầu các chi bộ thực hiện tốt Kế hoạch này.\n"
    )
    assert t["actions"] == 2
    t = last("2. Các chi bộ\nTrồng cây ở khu dân cư.\nĐề nghị các đơn vị làm đúng hạn./.\n")
    assert t["actions"] == 1


def test_own_last_paragraph_ending_the_text_stays_a_duty() -> None:
    t = last("2. Văn phòng Huyện ủy\nTheo dõi việc trồng cây./.\n")
    assert t["actions"] == 1
    t = last("2. Các chi bộ\n- Trồng cây.\n- Báo cáo kết quả về Huyện ủy./.\n")
    assert t["actions"] == 2
    # a line in lower case continues the duty above it (here split after ";"), it does not close the plan
    t = last("2. Các chi bộ\n- Trồng cây;\nbáo cáo kết quả về Huyện ủy./.\n")
    assert t["duties"][-1]["text"] == "báo cáo kết quả về Huyện ủy./."


def test_separator_line_and_footnotes_are_not_duties() -> None:
    t = last(
        "2. Các chi bộ\n- Trồng cây¹.\n- Chăm sóc cây.\n----------\n¹ Theo Quy định số 5-QĐ/HU.\n² Mục 2.\n"
    )
    assert t["actions"] == 2
    assert t["duties"][-1]["text"] == "Chăm sóc cây."
    t = last("2. Văn phòng Huyện ủy\nTheo dõi việc trồng cây.\n_____\n1 Theo Quy định số 5-QĐ/HU.\n")
    assert t["actions"] == 1


def test_footnote_between_tasks_is_skipped() -> None:
    ts = tasks(SECTION + "² Theo Quy định số 5-QĐ/HU.\n2. Văn phòng Huyện ủy\nTheo dõi việc trồng cây.\n")
    assert [t["actions"] for t in ts] == [2, 1]


def test_unbulleted_paragraph_after_the_last_bullets() -> None:
    # addressed to everyone: not a duty of the last body
    t = last("2. Các chi bộ\n- Trồng cây.\n- Chăm sóc cây.\nCác cấp ủy phản ánh kịp thời về Huyện ủy.\n")
    assert t["actions"] == 2
    # naming the last body: its own duty
    t = last("2. Các chi bộ\n- Trồng cây.\n- Chăm sóc cây.\nCác chi bộ báo cáo kết quả về Huyện ủy.\n")
    assert t["actions"] == 3


def test_closing_words_inside_an_earlier_task_stay() -> None:
    ts = tasks(
        SECTION
        + "Trong quá trình thực hiện, nếu có khó khăn thì báo cáo.\n2. Văn phòng Huyện ủy\nTheo dõi.\n"
    )
    assert [t["actions"] for t in ts] == [3, 1]


def test_partner_name_ends_where_the_verb_phrase_begins() -> None:
    # after the place word of a name, a lower-case word outside the vocabulary of names starts the verb
    assert coordinates("Phối hợp với Ủy ban nhân dân xã chọn đất làm vườn ươm.") == ["Ủy ban nhân dân xã"]
    assert coordinates("phối hợp với Trạm Khuyến nông tỉnh in tờ gấp.") == ["Trạm Khuyến nông tỉnh"]
    assert coordinates("phối hợp với Ủy ban nhân dân các xã, thị trấn chọn giống cây, phân bón.") == [
        "Ủy ban nhân dân các xã, thị trấn"
    ]
    assert coordinates("phối hợp với Ủy ban nhân dân huyện Long Điền chọn đất.") == [
        "Ủy ban nhân dân huyện Long Điền"
    ]
    # lower-case words inside a name are kept: "xã hội", "nông thôn", words before the place word
    assert coordinates("phối hợp với Quỹ Bảo trợ xã hội huyện chọn hộ nghèo.") == ["Quỹ Bảo trợ xã hội huyện"]
    assert coordinates("phối hợp với Phòng Phát triển nông thôn mới huyện chọn xã.") == [
        "Phòng Phát triển nông thôn mới huyện"
    ]
    assert coordinates("phối hợp với Hợp tác xã Dịch vụ nông nghiệp xã Tam An chọn giống.") == [
        "Hợp tác xã Dịch vụ nông nghiệp xã Tam An"
    ]
    assert coordinates("phối hợp với các huyện ủy, thị ủy chọn người.") == ["các huyện ủy, thị ủy"]
    assert coordinates("phối hợp với các chi bộ trực thuộc chọn người.") == ["các chi bộ trực thuộc"]
    assert coordinates("phối hợp với các xã, đơn vị có liên quan chọn người.") == [
        "các xã, đơn vị có liên quan"
    ]
    # after "," or "và" the next name of the list begins
    assert coordinates("phối hợp với Ủy ban nhân dân xã và Nhân dân địa phương dọn vệ sinh.") == [
        "Ủy ban nhân dân xã và Nhân dân địa phương"
    ]


def test_partners_of_the_same_level_keep_cung_cap() -> None:
    assert coordinates("Chủ trì, phối hợp với Hội Nông dân cùng cấp chọn hộ.") == ["Hội Nông dân cùng cấp"]
    assert coordinates("phối hợp với các hội, đoàn thể cùng cấp và Công an xã trông cây.") == [
        "các hội, đoàn thể cùng cấp",
        "Công an xã",
    ]
    # "cùng" between two bodies still separates them, and the text's own joining word is kept
    assert coordinates("phối hợp với Sở Nội vụ cùng Sở Tài chính thẩm định.") == ["Sở Nội vụ", "Sở Tài chính"]
    assert coordinates("phối hợp với Sở Xây dựng, nhà thầu và chủ đầu tư thẩm định.") == [
        "Sở Xây dựng, nhà thầu và chủ đầu tư"
    ]


def test_office_of_both_councils_is_one_body() -> None:
    assert coordinates("phối hợp với Văn phòng HĐND và UBND xã, Công an xã thẩm định.") == [
        "Văn phòng HĐND và UBND xã",
        "Công an xã",
    ]
    assert coordinates("phối hợp với Văn phòng Đoàn ĐBQH và HĐND tỉnh thẩm định.") == [
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
    ]
    # an office and a council named apart stay two
    assert coordinates("phối hợp với Văn phòng Huyện ủy và UBND huyện thẩm định.") == [
        "Văn phòng Huyện ủy",
        "UBND huyện",
    ]


def test_heads_and_committees_in_a_list_and_a_place_parenthesis() -> None:
    assert coordinates("Phối hợp với Chi ủy, Trưởng ấp (khu phố) trồng cây dọc đường.") == [
        "Chi ủy",
        "Trưởng ấp (khu phố)",
    ]
    assert coordinates("phối hợp với Thanh tra tỉnh, Sở Tư pháp rà soát.") == ["Thanh tra tỉnh", "Sở Tư pháp"]
    # any other parenthesis ends the list
    assert coordinates("phối hợp với Sở Y tế (cơ quan thường trực) chọn người.") == ["Sở Y tế"]


COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ TAM AN\nSố: 5/KH-UBND\nKẾ HOẠCH\nvề trồng cây bóng mát\nIV. TỔ CHỨC THỰC HIỆN\n"
)


def commune_tasks(body: str) -> list[tuple[str, list[str], int]]:
    got = extract_text(COMMUNE + body, "commune.txt")["tasks"]
    return [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got]


def test_commune_officers_named_by_job_title_are_assignees() -> None:
    got = commune_tasks(
        "1. Công chức Tư pháp - Hộ tịch\n- Soạn quy ước giữ cây.\n- Niêm yết quy ước ở nhà văn hóa.\n"
        "2. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường\nĐo đất trồng cây.\n"
        "3. Chỉ huy trưởng Quân sự xã\nGiữ cây ở thao trường.\n"
        "4. Công an xã\nGiữ trật tự ngày trồng cây.\n"
    )
    assert got == [
        ("Công chức Tư pháp - Hộ tịch", [], 2),
        ("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", [], 1),
        ("Chỉ huy trưởng Quân sự xã", [], 1),
        ("Công an xã", [], 1),
    ]


def test_commune_units_and_staff_are_assignees() -> None:
    got = commune_tasks(
        "1. Bộ phận Tiếp nhận và Trả kết quả\nNhận đơn xin cây giống.\n"
        "2. Trạm Y tế xã\nSơ cứu người trồng cây.\n"
        "3. Cán bộ chuyên trách Ủy ban MTTQ Việt Nam xã\nVận động hộ dân góp cây.\n"
        "4. Phó Chủ tịch UBND xã phụ trách văn hóa\nTheo dõi việc trồng cây.\n"
    )
    assert [a for a, _, _ in got] == [
        "Bộ phận Tiếp nhận và Trả kết quả",
        "Trạm Y tế xã",
        "Cán bộ chuyên trách Ủy ban MTTQ Việt Nam xã",
        "Phó Chủ tịch UBND xã phụ trách văn hóa",
    ]


def test_officer_titles_as_partners() -> None:
    assert coordinates(
        "Chủ trì, phối hợp với công chức Tài chính - Kế toán, công chức Tư pháp - Hộ tịch lập dự toán."
    ) == [
        "công chức Tài chính - Kế toán",
        "công chức Tư pháp - Hộ tịch",
    ]
    # the title is a whole name: the verb after it is not kept, even one outside the list of verbs
    assert coordinates("phối hợp với công chức Địa chính - Xây dựng đo đạc lô đất.") == [
        "công chức Địa chính - Xây dựng"
    ]
    assert coordinates("phối hợp với cán bộ Văn hóa - xã hội xã Tam An chọn giống cây.") == [
        "cán bộ Văn hóa - xã hội xã Tam An"
    ]
    # a title written in lower case holds words that are verbs elsewhere ("thống kê", "xây dựng")
    assert coordinates("phối hợp với công chức văn phòng - thống kê rà soát danh sách hộ.") == [
        "công chức văn phòng - thống kê"
    ]
    got = commune_tasks("1. Công an xã\nPhối hợp với công chức địa chính - xây dựng giữ mốc giới.\n")
    assert got == [("Công an xã", ["công chức địa chính - xây dựng"], 1)]


def test_a_verb_that_is_part_of_a_body_name() -> None:
    assert coordinates("Chủ trì, phối hợp với các ban xây dựng Đảng của Huyện ủy chọn cán bộ đi học.") == [
        "các ban xây dựng Đảng của Huyện ủy"
    ]
    assert coordinates("phối hợp với tổ thẩm định của xã lập hồ sơ.") == ["tổ thẩm định của xã"]
    got = commune_tasks("1. Các tổ chức thành viên tổ chức cho hội viên trồng cây.\n")
    assert got == [("Các tổ chức thành viên", [], 1)]
    got = commune_tasks("1. Các tổ chức thành viên: vận động hội viên trồng cây.\n")
    assert got == [("Các tổ chức thành viên", [], 1)]


def test_a_party_committee_named_by_its_place_ends_a_partner_name() -> None:
    assert coordinates("phối hợp với Văn phòng Huyện ủy giao chỉ tiêu cho chi bộ.") == ["Văn phòng Huyện ủy"]
    assert coordinates("phối hợp với Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy in tờ gấp.") == [
        "Ban Tuyên giáo Tỉnh ủy",
        "Ban Dân vận Tỉnh ủy",
    ]
    # the term of a committee stays in its name
    assert coordinates("phối hợp với Ban Chấp hành Đảng bộ huyện khóa XX chọn người.") == [
        "Ban Chấp hành Đảng bộ huyện khóa XX"
    ]


def test_capitalised_verb_after_the_place_of_the_name_starts_the_duty() -> None:
    # as when a hard-wrapped item runs its name and the first line of its duty together
    t = last("2. Ủy ban nhân dân xã Tam An Xây dựng vườn ươm, chăm sóc cây.\n")
    assert t["assignee"] == "Ủy ban nhân dân xã Tam An"
    assert t["duties"][0]["text"] == "Xây dựng vườn ươm, chăm sóc cây."
    # a capitalised verb that is not after a place belongs to the name
    assert (
        last("2. Phòng Quản lý đô thị huyện: chọn giống cây.\n")["assignee"] == "Phòng Quản lý đô thị huyện"
    )
    assert last("2. Sở Xây dựng tỉnh chủ trì chọn giống cây.\n")["assignee"] == "Sở Xây dựng tỉnh"


def test_a_group_of_the_same_level_after_a_body_without_a_place_is_one_partner() -> None:
    # "cùng cấp" is shared by both: the text names the body and the other organisations as one group
    assert coordinates("phối hợp với Hội Cựu chiến binh và các hội quần chúng cùng cấp dọn vệ sinh.") == [
        "Hội Cựu chiến binh và các hội quần chúng cùng cấp"
    ]
    # a first body with its own place, or a named second body, stays apart
    assert coordinates("phối hợp với Đoàn Thanh niên xã và các hội quần chúng cùng cấp dọn vệ sinh.") == [
        "Đoàn Thanh niên xã",
        "các hội quần chúng cùng cấp",
    ]
    assert coordinates("phối hợp với Hội Cựu chiến binh, Hội Nông dân và các chi hội cùng cấp trồng.") == [
        "Hội Cựu chiến binh",
        "Hội Nông dân",
        "các chi hội cùng cấp",
    ]


def test_a_partner_name_ends_before_dua() -> None:
    assert coordinates("Phối hợp với Phòng Quản lý đô thị và môi trường đưa việc trồng cây vào quy chế.") == [
        "Phòng Quản lý đô thị và môi trường"
    ]


def test_bodies_numbered_under_an_item_that_names_none() -> None:
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Thời gian trồng cây\nTừ tháng 3 đến tháng 5.\n"
        "2. Trách nhiệm của các cơ quan\n2.1. Ban Tổ chức Huyện ủy\n- Lập danh sách cây.\n- Chọn giống cây.\n"
        "2.2 Đề nghị Ủy ban nhân dân huyện\nBố trí đất trồng cây.\n"
        "Trong quá trình thực hiện, nếu có khó khăn thì báo cáo về Huyện ủy./.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Ban Tổ chức Huyện ủy", 2),
        ("Ủy ban nhân dân huyện", 1),
    ]


def test_partners_of_a_body_the_task_directs_are_not_its_own() -> None:
    assert coordinates("Chỉ đạo Công an các xã phối hợp với Đoàn Thanh niên giữ trật tự ngày lễ.") == []
    # the assignee's own partnership, after a comma or another verb, is kept
    assert coordinates("Chỉ đạo, phối hợp với Công an xã giữ trật tự.") == ["Công an xã"]
    assert coordinates("Hướng dẫn các xã chọn đất, phối hợp với Hạt Kiểm lâm huyện giao cây.") == [
        "Hạt Kiểm lâm huyện"
    ]
    assert coordinates("Hướng dẫn các xã chọn đất phối hợp với Hạt Kiểm lâm huyện giao cây.") == [
        "Hạt Kiểm lâm huyện"
    ]


def test_an_assignee_or_partner_name_ends_before_sending_securing_or_drawing_up() -> None:
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Tòa án nhân dân huyện cử cán bộ tham gia đoàn kiểm tra.\n"
        "2. Phòng Tài chính - Kế hoạch bảo đảm kinh phí trồng cây.\n"
        "3. Ban Tuyên giáo Huyện ủy phối hợp với Huyện đoàn lập danh sách đoàn viên trồng cây.\n"
        "4. Ủy ban bầu cử huyện theo dõi việc chuẩn bị.\n"
        "5. Phòng Kinh tế phối hợp với Phòng Tài nguyên đẩy nhanh việc giao đất.\n"
    )
    assert [(t["assignee"], t["coordinates_with"]) for t in got] == [
        ("Tòa án nhân dân huyện", []),
        ("Phòng Tài chính - Kế hoạch", []),
        ("Ban Tuyên giáo Huyện ủy", ["Huyện đoàn"]),
        ("Ủy ban bầu cử huyện", []),  # "bầu cử" is a name, not "cử"
        ("Phòng Kinh tế", ["Phòng Tài nguyên"]),
    ]


def test_notes_at_a_page_foot_inside_a_duty_are_not_duties() -> None:
    # a file wrapped at a fixed width (a PDF's text): the notes at a page's foot and its number cut a duty
    lines = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Huyện ủy",
        "- Chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt việc trồng cây xanh trên",
        "các tuyến đường, khu dân cư và trường học của toàn huyện theo kế hoạch đã được phê duyệt.",
        "- Định hướng công tác tuyên truyền trên hệ thống truyền thanh và trang thông tin điện tử",
        "_______________________",
        "1 Quy định số 11-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ,",
        "đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp trong việc trồng và chăm sóc cây xanh.",
        "2 Quy định số 12-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ",
        "nhiệm, giới thiệu cán bộ ứng cử vào các chức danh lãnh đạo của cơ quan, đơn vị ở cấp huyện.",
        "                                          4",
        "của huyện; thường xuyên nắm bắt dư luận của cán bộ, đảng viên và Nhân dân trong quá trình",
        "thực hiện việc trồng cây xanh trên địa bàn các xã, thị trấn thuộc huyện trong năm 2024.",
        "2. Ban Tổ chức Huyện ủy",
        "- Tham mưu Ban Thường vụ Huyện ủy kiểm tra việc trồng cây của các chi bộ trực thuộc trong",
        "năm 2024, báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 15 tháng 12 năm 2024.",
        "- Tổng hợp danh sách đảng viên tham gia trồng cây, báo cáo Ban Thường vụ Huyện ủy theo quy",
        "định của Điều lệ Đảng và hướng dẫn của Ban Tổ chức Trung ương về công tác đảng viên.",
    ]
    got = tasks("\n".join(lines) + "\n")
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Văn phòng Huyện ủy", 2),
        ("Ban Tổ chức Huyện ủy", 2),
    ]


def test_lettered_items_under_arabic_sections_are_tasks() -> None:
    got = tasks(
        "1. MỤC ĐÍCH\nTrồng thêm cây xanh.\n2. TỔ CHỨC THỰC HIỆN\n"
        "a) Ban Tổ chức Huyện ủy\n- Lập danh sách cây.\n- Chọn giống cây.\n"
        "b) Đối với các chi bộ trực thuộc\nTrồng cây ở khu dân cư.\n"
        "đ) Văn phòng Huyện ủy\n- Phối hợp với Huyện đoàn theo dõi việc trồng cây.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Ban Tổ chức Huyện ủy", [], 2),
        ("các chi bộ trực thuộc", [], 1),
        ("Văn phòng Huyện ủy", ["Huyện đoàn"], 1),
    ]
    # lettered duties under a numbered body stay its duties
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức Huyện ủy\na) Lập danh sách cây.\nb) Chọn giống cây.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [("Ban Tổ chức Huyện ủy", 2)]


def test_the_lead_of_a_body_the_task_directs_is_not_its_own() -> None:
    # the body directed "chủ trì, phối hợp": the partnership is that body's
    assert (
        coordinates("Chỉ đạo Phòng Nông nghiệp huyện chủ trì, phối hợp với Hạt Kiểm lâm kiểm tra cây giống.")
        == []
    )
    # a Party committee "lãnh đạo" the body it leads, named by a lower-case kind as well
    assert coordinates("Lãnh đạo Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã giữ trật tự.") == []
    assert (
        coordinates("Lãnh đạo cơ quan Huyện đoàn chủ trì, phối hợp với Hội Nông dân huyện trồng cây.") == []
    )
    # the assignee's own lead is kept
    assert coordinates("Chủ trì, phối hợp với Hạt Kiểm lâm kiểm tra cây giống.") == ["Hạt Kiểm lâm"]
    assert coordinates("Lãnh đạo, chủ trì, phối hợp với Hạt Kiểm lâm kiểm tra cây giống.") == ["Hạt Kiểm lâm"]


def test_a_village_head_in_lower_case_is_a_partner_of_its_own() -> None:
    assert coordinates(
        "Phối hợp với Ban Công tác Mặt trận thôn và trưởng thôn vận động hộ dân trồng cây."
    ) == [
        "Ban Công tác Mặt trận thôn",
        "trưởng thôn",
    ]


def test_a_partner_name_ends_before_hoan_thien() -> None:
    assert coordinates("Chủ trì, phối hợp với Sở Tư pháp hoàn thiện quy chế, danh mục cây trồng.") == [
        "Sở Tư pháp"
    ]


def test_a_partner_name_ends_before_works_on_a_building() -> None:
    assert coordinates("Phối hợp với Phòng Quản trị - Tài vụ cải tạo, nâng cấp nhà kho.") == [
        "Phòng Quản trị - Tài vụ"
    ]
    assert coordinates("phối hợp với Phòng Hành chính - Tổng hợp sửa chữa hội trường.") == [
        "Phòng Hành chính - Tổng hợp"
    ]
    assert coordinates("phối hợp với Phòng Kế hoạch - Tài chính mua sắm bàn ghế.") == [
        "Phòng Kế hoạch - Tài chính"
    ]


def test_a_town_hamlet_is_the_place_that_ends_a_partner_name() -> None:
    # "khối phố" and "khóm", a town's hamlets, end a name as "thôn" and "khu phố" do
    assert coordinates("Phối hợp với Ban Công tác Mặt trận thôn, khối phố ghi tên hộ trồng cây.") == [
        "Ban Công tác Mặt trận thôn, khối phố"
    ]
    assert coordinates("Phối hợp với Chi hội Nông dân khóm ghi tên hộ.") == ["Chi hội Nông dân khóm"]


def test_partners_of_a_directed_body_after_its_own_duty_are_not_the_tasks() -> None:
    # the body directed is named, then given its duty, which runs on to its "phối hợp"
    assert (
        coordinates(
            "Chỉ đạo Hội Cựu chiến binh huyện phát huy vai trò, chủ động phối hợp với Huyện đoàn tổ chức thi."
        )
        == []
    )
    assert coordinates("Hướng dẫn Phòng Kinh tế tổ chức hội thi và phối hợp với Huyện đoàn trao giải.") == []
    # a comma right before "phối hợp" still gives the partnership back to the assignee
    assert coordinates(
        "Chỉ đạo Hội Cựu chiến binh huyện phát huy vai trò, phối hợp với Huyện đoàn tổ chức trồng cây."
    ) == ["Huyện đoàn"]


def test_a_request_to_see_to_something_starts_the_duty() -> None:
    # "Đề nghị X quan tâm …": "quan tâm" (to see to) starts what X is asked to do
    t = last("2. Đề nghị Ủy ban nhân dân huyện quan tâm bố trí đất trồng cây.\n")
    assert (t["assignee"], t["actions"]) == ("Ủy ban nhân dân huyện", 1)
    assert coordinates("Phối hợp với Phòng Kinh tế - Hạ tầng quan tâm giữ.") == ["Phòng Kinh tế - Hạ tầng"]


def test_a_department_of_a_ministry_or_central_board_is_a_body() -> None:
    # "Vụ …", a department of a ministry or of a central Party board, is an assignee and starts a partner
    got = tasks(SECTION + "2. Vụ Kế hoạch - Tài chính\nPhối hợp với Văn phòng Bộ và Vụ Pháp chế lập sổ.\n")
    assert [(t["assignee"], t["coordinates_with"]) for t in got] == [
        ("Ban Tổ chức Huyện ủy", []),
        ("Vụ Kế hoạch - Tài chính", ["Văn phòng Bộ", "Vụ Pháp chế"]),
    ]


def test_a_semicolon_between_partner_names_goes_on_with_the_list() -> None:
    assert coordinates("Phối hợp với Phòng Y tế; Ủy ban nhân dân các xã, thị trấn tổ chức tiêm.") == [
        "Phòng Y tế",
        "Ủy ban nhân dân các xã, thị trấn",
    ]
    # a semicolon before the next duty still ends the partners
    assert coordinates("Chủ trì, phối hợp với Phòng Y tế; tổ chức tiêm cho trẻ em.") == ["Phòng Y tế"]


def test_the_office_of_the_issuing_board_is_named_without_the_verb_after_it() -> None:
    # "Văn phòng Ban" (the issuing Ban's office): the verb after "Ban" is the duty, not a name "Ban theo dõi"
    assert coordinates("Phối hợp với các phòng, Văn phòng Ban theo dõi việc trồng cây.") == [
        "các phòng",
        "Văn phòng Ban",
    ]
    t = last("2. Văn phòng Ban tổng hợp kết quả trồng cây.\n")
    assert t["assignee"] == "Văn phòng Ban"


def test_lettered_items_each_naming_a_body_are_the_tasks_of_a_group_heading() -> None:
    # the heading names the group only; each lettered item names its own member before its duty
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Các phòng thuộc Huyện ủy\n"
        "a) Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy lập sổ cây.\n"
        "b) Ban Tổ chức Huyện ủy theo dõi việc chăm sóc cây.\n"
        "2. Các chi bộ\na) Trồng cây ở khu dân cư.\nb) Báo cáo kết quả về Huyện ủy.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Văn phòng Huyện ủy", ["Ban Tuyên giáo Huyện ủy"], 1),
        ("Ban Tổ chức Huyện ủy", [], 1),
        ("Các chi bộ", [], 2),
    ]


def test_staff_and_party_members_named_by_their_role_are_assignees() -> None:
    got = tasks(
        SECTION + "2. Cán bộ, chuyên viên Văn phòng Huyện ủy\n- Lập sổ theo dõi cây.\n"
        "3. Đối với đảng viên là cán bộ các thôn\n- Trồng cây trước nhà.\n"
    )
    assert [t["assignee"] for t in got] == [
        "Ban Tổ chức Huyện ủy",
        "Cán bộ, chuyên viên Văn phòng Huyện ủy",
        "đảng viên là cán bộ các thôn",
    ]


def test_continuing_education_in_a_name_is_not_a_duty() -> None:
    # "thường xuyên" starts a duty ("thường xuyên kiểm tra …"), but "Giáo dục thường xuyên" is a field's name
    t = last("2. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức lớp trồng cây.\n")
    name = "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"
    assert (t["assignee"], t["actions"]) == (name, 1)
    assert coordinates("Phối hợp với Phòng Giáo dục thường xuyên mở lớp.") == ["Phòng Giáo dục thường xuyên"]


def test_gathering_information_starts_the_partners_duty() -> None:
    assert coordinates("Phối hợp với Sở Xây dựng, Sở Công Thương thu thập số liệu về cây.") == [
        "Sở Xây dựng",
        "Sở Công Thương",
    ]


def test_local_authorities_where_a_unit_stands_are_a_partner_of_their_own() -> None:
    # "chính quyền …" written in lower case starts a body in a list; "nơi … đóng" is part of its name
    assert coordinates(
        "Phối hợp với Hội Cựu chiến binh và chính quyền địa phương nơi đơn vị đóng quân trong trồng cây."
    ) == [
        "Hội Cựu chiến binh",
        "chính quyền địa phương nơi đơn vị đóng quân",
    ]
    assert coordinates("Phối hợp với chính quyền cơ sở nơi cư trú giúp đỡ người trồng cây.") == [
        "chính quyền cơ sở nơi cư trú"
    ]


def test_a_partner_name_ends_before_posting_or_commending() -> None:
    # "đăng tải" (to post), "công bố", "công khai" (to publish) and "tuyên dương" (to commend) start what the
    # partner does, even after a name whose last words are in lower case
    assert coordinates("Phối hợp với Phòng Kinh tế - Hạ tầng đăng tải danh sách cây.") == [
        "Phòng Kinh tế - Hạ tầng"
    ]
    assert coordinates("Phối hợp với Trung tâm Văn hóa công bố kết quả.") == ["Trung tâm Văn hóa"]
    assert coordinates("Phối hợp với Ban Dân vận Đảng ủy Tổng công ty tuyên dương người trồng cây giỏi.") == [
        "Ban Dân vận Đảng ủy Tổng công ty"
    ]


def test_a_partner_name_ends_before_agreeing_on_its_work() -> None:
    # "thống nhất" (to agree on) starts the work done with the partner
    assert coordinates("Phối hợp với Sở Giao thông vận tải thống nhất lộ trình xe buýt.") == [
        "Sở Giao thông vận tải"
    ]


def test_partners_of_a_force_the_task_directs_are_not_its_own() -> None:
    # "chỉ đạo lực lượng …": the force directed (named by a lower-case "lực lượng") works with the partner
    assert coordinates("Chỉ đạo lực lượng Dân quân thường trực phối hợp với các thôn trồng cây.") == []
    assert coordinates("Chủ trì, phối hợp với lực lượng Dân quân tổ chức trồng cây.") == [
        "lực lượng Dân quân"
    ]


# A hard-wrapped text (a PDF's text layer): the lines of its paragraphs filled to about 64 characters.
WRAPPED = (
    "- Lập danh sách các loại cây bóng mát, loại cây cho bóng mát tốt để\n"
    "trồng dọc các tuyến đường chính của huyện, gửi các chi bộ trước\n"
    "ngày 15 tháng 3 năm 2026; hướng dẫn các chi bộ chọn giống cây phù\n"
    "hợp với đất của từng thôn, theo dõi và báo cáo kết quả hằng tháng.\n"
    "- Phối hợp với Phòng Nông nghiệp và Môi trường huyện kiểm tra các\n"
    "vườn ươm, chọn những giống cây khỏe, ít rụng lá, phù hợp với nơi\n"
    "đông người qua lại; tổng hợp nhu cầu cây giống của các chi bộ.\n"
    "- Theo dõi việc chăm sóc cây sau khi trồng, nhất là trong mùa khô\n"
    "và mùa mưa bão; kịp thời đề xuất trồng lại những cây bị chết.\n"
)


def test_a_wrapped_item_heading_ends_where_a_sentence_below_it_starts() -> None:
    # the item's line is a heading naming the body; the capitalised sentence below it, joined to it as a
    # wrapped line, would have begun on the heading's line had the break been the wrap's
    t = last(
        WRAPPED + "2. Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn cơ sở\n"
        "Dự các buổi trồng cây ở cơ sở được phân công, nắm tình hình cây.\n"
    )
    assert (t["assignee"], t["actions"]) == (
        "Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn cơ sở",
        1,
    )
    t = last(
        WRAPPED + "2. Đề nghị Hội Cựu chiến binh huyện Long Điền\n"
        "- Động viên hội viên trồng cây ở các thôn; chăm sóc cây đã trồng.\n"
        "- Phối hợp với Đoàn Thanh niên huyện nhân rộng mô hình hay.\n"
    )
    assert (t["assignee"], t["actions"]) == ("Hội Cựu chiến binh huyện Long Điền", 2)
    assert t["duties"][0]["text"] == "Động viên hội viên trồng cây ở các thôn; chăm sóc cây đã trồng."


def test_a_wrapped_item_heading_goes_on_where_the_name_was_broken() -> None:
    # a proper name after a place word, or a name after an open word ("và"), is carried to the next line
    t = last(
        WRAPPED + "2. Trung tâm Văn hóa, Thông tin và Thể thao xã thuộc huyện\nLong Điền tổ chức ngày hội.\n"
    )
    assert t["assignee"] == "Trung tâm Văn hóa, Thông tin và Thể thao xã thuộc huyện Long Điền"
    t = last(
        WRAPPED + "2. Trung tâm Phát triển quỹ đất, Phòng Văn hóa, Khoa học và\nThông tin kiểm tra cây.\n"
    )
    assert t["assignee"] == "Trung tâm Phát triển quỹ đất, Phòng Văn hóa, Khoa học và Thông tin"


def test_lettered_headings_each_naming_a_body_are_the_tasks_of_a_group_heading() -> None:
    # the heading names the group only; each lettered item names its member alone, its duties below it
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức Huyện ủy\nLập danh sách cây.\n2. Các đoàn thể huyện\n"
        "a) Đoàn Thanh niên huyện\n- Phối hợp với Phòng Nông nghiệp tổ chức ươm cây giống.\n"
        "- Trồng cây ven đường.\n"
        "b) Hội Cựu chiến binh huyện\nChăm sóc cây ở nghĩa trang.\n"
        "3. Văn phòng Huyện ủy\nTheo dõi việc trồng cây.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Ban Tổ chức Huyện ủy", [], 1),
        ("Đoàn Thanh niên huyện", ["Phòng Nông nghiệp"], 2),
        ("Hội Cựu chiến binh huyện", [], 1),
        ("Văn phòng Huyện ủy", [], 1),
    ]
    # lettered headings that name no body stay the duties of the body above them
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Các đoàn thể huyện\na) Về trồng cây\n- Trồng cây ven đường.\n"
        "b) Về chăm sóc cây\n- Tưới cây mùa khô.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [("Các đoàn thể huyện", 4)]


def test_a_partner_name_ends_before_exchanging_sharing_or_drawing_on() -> None:
    # "trao đổi" (to exchange), "chia sẻ" (to share) and "khai thác" (to draw on) start the partner's work,
    # after a name whose last word is a proper name
    assert coordinates("Phối hợp với Báo Hải Dương trao đổi, khai thác tin, ảnh về cây.") == ["Báo Hải Dương"]
    assert coordinates("Phối hợp với Đài Truyền thanh huyện Gia Lộc chia sẻ tin bài.") == [
        "Đài Truyền thanh huyện Gia Lộc"
    ]
    assert coordinates("Phối hợp với Thư viện Bình Giang khai thác tư liệu.") == ["Thư viện Bình Giang"]


def test_a_publisher_press_academy_or_company_heading_names_a_task_body() -> None:
    # a heading that names a publisher, a review, an academy or a company is a task like any other body's
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Huyện ủy\nIn tài liệu về cây.\n"
        "2. Nhà xuất bản Nông nghiệp\nPhối hợp với Ban Tuyên giáo Huyện ủy in sổ tay trồng cây.\n"
        "3. Tạp chí Làng quê\nĐăng bài về cây bóng mát.\n"
        "4. Học viện Lâm nghiệp\nGửi cán bộ hướng dẫn kỹ thuật trồng cây.\n"
        "5. Công ty Cây xanh huyện\n- Cung cấp cây giống.\n- Tưới cây mùa khô.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Ban Tuyên giáo Huyện ủy", [], 1),
        ("Nhà xuất bản Nông nghiệp", ["Ban Tuyên giáo Huyện ủy"], 1),
        ("Tạp chí Làng quê", [], 1),
        ("Học viện Lâm nghiệp", [], 1),
        ("Công ty Cây xanh huyện", [], 2),
    ]
    # and starts a new body in a list of partners
    assert coordinates("Phối hợp với Sở Công Thương, Công ty Điện lực kiểm tra đường dây.") == [
        "Sở Công Thương",
        "Công ty Điện lực",
    ]


def test_a_team_after_va_is_a_partner_of_its_own_and_listed_once() -> None:
    # "Tổ …" (a team: "Tổ tình nguyện", "Tổ an ninh") after "và" starts a partner of its own; "Tổ chức" (to
    # organise) and "Tổ quốc" (the Fatherland) do not
    assert coordinates("Phối hợp với Chi hội Phụ nữ ấp và Tổ tình nguyện vận động dân trồng cây.") == [
        "Chi hội Phụ nữ ấp",
        "Tổ tình nguyện",
    ]
    # the team named in a row's partner cell and again in a duty is listed once, in its first place
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Phân công\nTT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian\n"
        "1\tTrồng cây ven kênh\tTrưởng các ấp\tTổ tình nguyện\tTháng 3\n"
        "2. Trưởng các ấp\n- Phối hợp với Chi hội Phụ nữ ấp và Tổ tình nguyện tổng hợp số cây chết.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Trưởng các ấp", ["Tổ tình nguyện", "Chi hội Phụ nữ ấp"], 2),
    ]


def test_a_partner_name_ends_before_operating() -> None:
    # "vận hành" (to operate, to run) starts the work done with the partner, after a name whose last word
    # is capitalised, and a place further on ("… của huyện") is not the partner's
    assert coordinates(
        "Phối hợp với Phòng Nội vụ, Trung tâm Dữ liệu và Số hóa vận hành kho hồ sơ cây xanh của huyện."
    ) == ["Phòng Nội vụ", "Trung tâm Dữ liệu và Số hóa"]


def test_the_youth_union_named_by_its_level_is_a_body() -> None:
    # "Huyện đoàn", "Tỉnh đoàn", "Thành Đoàn" (the Youth Union of a district, a province, a city) head a task
    # of their own, after a heading that names several associations
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Hội Nông dân huyện, Hội Người cao tuổi huyện\n"
        "- Vận động hội viên trồng cây.\n"
        "2. Huyện đoàn\n- Ra quân trồng cây dịp đầu xuân.\n- Phối hợp với Hội Nông dân huyện ươm cây giống.\n"
        "3. Văn phòng Huyện ủy\nTheo dõi việc trồng cây.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Hội Nông dân huyện, Hội Người cao tuổi huyện", [], 1),
        ("Huyện đoàn", ["Hội Nông dân huyện"], 2),
        ("Văn phòng Huyện ủy", [], 1),
    ]
    # and starts a partner of its own in a list
    assert coordinates("Phối hợp với Hội Nông dân huyện, Thành Đoàn tổ chức ngày trồng cây.") == [
        "Hội Nông dân huyện",
        "Thành Đoàn",
    ]


def test_a_partner_name_ends_before_keeping_track() -> None:
    # "nắm" (to keep track of: "nắm tình hình", "nắm chắc") starts the work done with the partner, after a
    # name that gives no place to end it
    assert coordinates("Phối hợp với Ban Dân vận Trung ương Hội nắm số hội viên nhận cây giống.") == [
        "Ban Dân vận Trung ương Hội"
    ]


def test_a_construction_project_board_is_named_with_its_kind_of_project() -> None:
    # "xây dựng" after "dự án (đầu tư)" is the kind of project in a board's name, not a verb starting the
    # work: the name goes on to its place, as a partner and as an assignee
    assert coordinates(
        "Phối hợp với Ban Quản lý dự án đầu tư xây dựng thị xã, Phòng Nội vụ rà soát quỹ đất trồng cây."
    ) == ["Ban Quản lý dự án đầu tư xây dựng thị xã", "Phòng Nội vụ"]
    t = last("2. Ban Quản lý dự án xây dựng huyện lập bản đồ các tuyến trồng cây.\n")
    assert (t["assignee"], t["actions"]) == ("Ban Quản lý dự án xây dựng huyện", 1)


def test_a_part_of_the_party_committees_of_two_kinds_of_place_is_one_partner() -> None:
    # "Ban Tuyên giáo Huyện ủy, Quận ủy": the board of each district's committee, rural or urban, is one
    # body; committees named alone, or a committee with a name of its own after the comma, are two
    assert coordinates(
        "Phối hợp với Ban Tuyên giáo Huyện ủy, Quận ủy, Sở Nội vụ rà soát các tuyến phố trồng cây."
    ) == ["Ban Tuyên giáo Huyện ủy, Quận ủy", "Sở Nội vụ"]
    assert coordinates("Phối hợp với Huyện ủy, Quận ủy rà soát các tuyến phố trồng cây.") == [
        "Huyện ủy",
        "Quận ủy",
    ]
    assert coordinates("Phối hợp với Văn phòng Huyện ủy, Đảng ủy Khối cơ quan rà soát các tuyến phố.") == [
        "Văn phòng Huyện ủy",
        "Đảng ủy Khối cơ quan",
    ]


def test_a_team_the_plan_sets_up_heads_a_task_of_its_own() -> None:
    # a team of any kind ("Tổ thẩm định", set up by the plan) is a body: its heading starts a task, and the
    # tasks below it keep their own bodies
    got = tasks(
        "II. THÀNH LẬP TỔ THẨM ĐỊNH\nTổ thẩm định gồm 03 đồng chí do Văn phòng Huyện ủy đề xuất.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Tổ thẩm định\n- Chấm điểm các tuyến cây.\n"
        "- Báo cáo kết quả về Văn phòng Huyện ủy.\n"
        "2. Các chi bộ\n- Phối hợp với Tổ thẩm định lập danh sách cây mẫu.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Tổ thẩm định", [], 2),
        ("Các chi bộ", ["Tổ thẩm định"], 1),
    ]


def test_a_partner_name_ends_before_supplying_after_its_place() -> None:
    # "cấp" (to supply, to allot) after a name's place starts the work done with the partner; "các cấp" and
    # "cùng cấp" (at every level, at the same level) stay in the name
    assert coordinates("Phối hợp với Hội Cựu chiến binh xã cấp bảng tên cho các tuyến cây.") == [
        "Hội Cựu chiến binh xã"
    ]
    assert coordinates("Phối hợp với Hội Nông dân cùng cấp cấp cây giống cho hội viên.") == [
        "Hội Nông dân cùng cấp"
    ]
    assert coordinates("Phối hợp với chính quyền địa phương các cấp cấp đất trồng cây.") == [
        "chính quyền địa phương các cấp"
    ]


def test_the_field_of_a_specialised_office_is_part_of_its_name() -> None:
    # "về" names the field of a specialised office ("chuyên môn về …"); elsewhere it starts what the work
    # with the partner is about
    assert coordinates("Phối hợp với cơ quan chuyên môn về y tế cùng cấp rà soát các tuyến cây.") == [
        "cơ quan chuyên môn về y tế cùng cấp"
    ]
    assert coordinates("Phối hợp với Hội Cựu chiến binh xã về chăm sóc cây.") == ["Hội Cựu chiến binh xã"]


def test_a_body_named_by_its_sector_ends_its_name_as_a_place_does() -> None:
    # the sectors of ministries, departments and offices are a closed vocabulary: the name is whole after
    # it, and the next lower-case word (not a place's) starts the work done with the partner
    assert coordinates("Phối hợp với Sở Tài chính cân đối nguồn vốn trồng cây trên các tuyến phố.") == [
        "Sở Tài chính"
    ]
    assert coordinates("Phối hợp với Phòng Tư pháp soát xét quy chế chăm sóc cây.") == ["Phòng Tư pháp"]
    assert coordinates(
        "Phối hợp với Sở Giao thông vận tải các tỉnh và Phòng Kinh tế và Hạ tầng huyện rà soát các tuyến."
    ) == ["Sở Giao thông vận tải các tỉnh", "Phòng Kinh tế và Hạ tầng huyện"]
    assert coordinates("Phối hợp với Phòng Văn hóa - Xã hội phường chăm sóc cây.") == [
        "Phòng Văn hóa - Xã hội phường"
    ]


def test_the_youth_union_named_by_its_level_ends_its_name_as_a_party_committee_does() -> None:
    # "Huyện đoàn" is whole as "Huyện ủy" is: the next lower-case word (not a place's) starts the work
    assert coordinates("Phối hợp với Huyện đoàn dựng vườn ươm cây cho các trường học.") == ["Huyện đoàn"]
    assert coordinates("phối hợp với Tỉnh đoàn Bà Rịa - Vũng Tàu ươm cây giống.") == [
        "Tỉnh đoàn Bà Rịa - Vũng Tàu"
    ]


def test_a_faculty_of_a_school_or_hospital_names_a_member_of_a_group_heading() -> None:
    # "Khoa …" is a unit (a school's or a hospital's faculty), so the lettered faculties under a heading that
    # only groups them are tasks, as lettered offices are; "Khoa học" (science) heads no unit
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Các phòng, khoa thuộc Trung tâm\n"
        "a) Phòng Hành chính\n- Chuẩn bị phòng học.\n- Lo xe đưa đón.\n"
        "b) Khoa Ngoại ngữ chủ trì dạy lớp tiếng Anh; phối hợp với Phòng Hành chính bố trí lịch học.\n"
        "c) Khoa Tin học bảo đảm phòng máy cho học viên.\n"
        "2. Ban Tổ chức Huyện ủy\nLập danh sách học viên.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Phòng Hành chính", [], 2),
        ("Khoa Ngoại ngữ", ["Phòng Hành chính"], 1),
        ("Khoa Tin học", [], 1),
        ("Ban Tổ chức Huyện ủy", [], 1),
    ]
    assert coordinates("Phối hợp với Sở Giáo dục, Khoa học và Công nghệ kiểm tra bài thi.") == [
        "Sở Giáo dục, Khoa học và Công nghệ"
    ]


def test_dash_items_each_naming_a_body_before_a_colon_are_the_tasks_of_a_group_heading() -> None:
    # the heading asks a group for help and has no duty of its own; each dash item names its member
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức Huyện ủy\nLập danh sách cây.\n"
        "2. Văn phòng Huyện ủy\n- Tưới cây: mỗi tuần hai lần.\n- Bón phân: mỗi quý một lần.\n"
        "3. Đề nghị các cơ quan, đoàn thể huyện quan tâm phối hợp một số việc sau:\n"
        "- Phòng Y tế: phối hợp với Ban Tổ chức Huyện ủy khám sức khỏe cho người trồng cây.\n"
        "- Hội Nông dân huyện: vận động hội viên góp cây giống.\n"
        "Trên đây là Kế hoạch trồng cây của Huyện ủy./.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Ban Tổ chức Huyện ủy", [], 1),
        ("Văn phòng Huyện ủy", [], 2),
        ("Phòng Y tế", ["Ban Tổ chức Huyện ủy"], 1),
        ("Hội Nông dân huyện", [], 1),
    ]


def test_a_partner_name_ends_before_a_check_made_on_records() -> None:
    # cross-checking, sorting, verifying: the work done with the partner, after a name that may end in a
    # capitalised field of its own
    assert coordinates("Phối hợp với Phòng Kế toán - Kiểm soát đối chiếu số liệu chi cho cây giống.") == [
        "Phòng Kế toán - Kiểm soát"
    ]
    assert coordinates("Phối hợp với Đội Quản lý thị trường số 3 xác minh nguồn gốc cây giống.") == [
        "Đội Quản lý thị trường số 3"
    ]
    assert coordinates("Phối hợp với Phòng Tài chính - Kế hoạch phân loại các khoản nợ tiền cây.") == [
        "Phòng Tài chính - Kế hoạch"
    ]


def test_the_role_given_to_a_body_after_la_is_not_part_of_its_name() -> None:
    # "là" after a body's name gives its role in the plan; people named by a role keep it in their name
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Huyện ủy là cơ quan thường trực của Ban Chỉ đạo, có trách "
        "nhiệm theo dõi việc trồng cây.\n2. Đảng viên là giáo viên tham gia trồng cây ở trường.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Văn phòng Huyện ủy", 1),
        ("Đảng viên là giáo viên", 1),
    ]


def test_the_role_given_to_a_body_after_a_dash_is_not_part_of_its_name() -> None:
    # a role after a dash is dropped as one in brackets is; a name's own dash between two fields stays
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nông nghiệp huyện - Cơ quan thường trực Ban Chỉ đạo trồng cây\n"
        "- Theo dõi việc trồng cây.\n2. Phòng Văn hóa - Xã hội\n- Vận động nhân dân giữ cây.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Phòng Nông nghiệp huyện", 1),
        ("Phòng Văn hóa - Xã hội", 1),
    ]


def test_a_party_group_leading_its_body_and_a_committee_putting_a_subject_in_start_their_duty() -> None:
    # "lãnh đạo" after a party group and "đưa" after a committee begin the duty, not the name
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Đảng đoàn Hội Nông dân huyện lãnh đạo Hội Nông dân huyện nhân giống "
        "cây.\n2. Ủy ban Kiểm tra Huyện ủy đưa việc trồng cây vào chương trình giám sát năm.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Đảng đoàn Hội Nông dân huyện", 1),
        ("Ủy ban Kiểm tra Huyện ủy", 1),
    ]


def test_holders_of_a_justice_support_title_are_assignees() -> None:
    # lawyers and notaries named by their title are given duties as judicial officers are
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp huyện\n- Hướng dẫn thủ tục giao đất trồng cây.\n"
        "2. Luật sư của Văn phòng luật sư Hòa Bình\nTư vấn miễn phí cho hộ nhận đất trồng rừng.\n"
        "3. Công chứng viên Phòng Công chứng số 2\nChứng thực hợp đồng khoán cây cho các hộ.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Phòng Tư pháp huyện", 1),
        ("Luật sư của Văn phòng luật sư Hòa Bình", 1),
        ("Công chứng viên Phòng Công chứng số 2", 1),
    ]


def test_partners_tying_the_plan_to_their_own_work_end_at_gan() -> None:
    # "gắn" (to tie one thing to another) is what the partners do, not a word of their name
    assert coordinates("Phối hợp với Phòng Hậu cần Sư đoàn gắn việc trồng cây với kiểm tra doanh trại.") == [
        "Phòng Hậu cần Sư đoàn"
    ]


def test_trong_before_a_verb_ends_the_partners() -> None:
    # "trong" before a verb says what the partners help with, as "trong việc" does
    assert coordinates("phối hợp với Trung tâm Giống cây trồng và Vật nuôi trong thẩm định giống cây.") == [
        "Trung tâm Giống cây trồng và Vật nuôi"
    ]


def test_the_words_saying_which_places_go_on_with_a_partner_name() -> None:
    # after the place word, "nơi có …" (up to the verb) and "được chọn" say which places: part of the name
    assert coordinates("phối hợp với Ủy ban nhân dân các xã nơi có rừng phòng hộ kiểm tra đường băng.") == [
        "Ủy ban nhân dân các xã nơi có rừng phòng hộ"
    ]
    assert coordinates("phối hợp với Hội Nông dân các thôn được chọn nhân giống cây.") == [
        "Hội Nông dân các thôn được chọn"
    ]


def test_a_museum_a_library_and_a_party_cell_in_lower_case_start_a_partner_of_their_own() -> None:
    # "và" before a museum, a library or "chi bộ" written in lower case joins two bodies, not one name
    assert coordinates("Phối hợp với Phòng Văn hóa huyện và Thư viện huyện trưng bày ảnh cây cổ thụ.") == [
        "Phòng Văn hóa huyện",
        "Thư viện huyện",
    ]
    assert coordinates("Phối hợp với Phòng Di tích và Bảo tàng huyện kiểm kê cây di sản.") == [
        "Phòng Di tích",
        "Bảo tàng huyện",
    ]
    assert coordinates("Phối hợp với Hội Người cao tuổi và chi bộ các khu phố chăm sóc cây.") == [
        "Hội Người cao tuổi",
        "chi bộ các khu phố",
    ]


def test_a_partner_name_ends_before_a_survey() -> None:
    # "khảo sát" (survey) is the work done with the partner, even after a name with no place word
    assert coordinates("Phối hợp với Ban Quản lý Khu bảo tồn Núi Dinh - Cù Mông khảo sát vùng trồng.") == [
        "Ban Quản lý Khu bảo tồn Núi Dinh - Cù Mông"
    ]


def test_a_village_led_by_its_cell_is_the_one_that_coordinates() -> None:
    # "Lãnh đạo thôn phối hợp với …" under a cell: the village it leads works with the partner, not the cell
    t = last("2. Chi bộ các ấp\nLãnh đạo ấp phối hợp với Chi hội Nông dân ấp chăm sóc cây.\n")
    assert (t["assignee"], t["coordinates_with"]) == ("Chi bộ các ấp", [])


def test_a_partner_name_ends_before_giving_priority() -> None:
    # "ưu tiên" (give priority to) is the work done with the partner, after a name with no place word
    assert coordinates("Phối hợp với Ban Quản lý rừng phòng hộ ưu tiên giao cây cho các trường học.") == [
        "Ban Quản lý rừng phòng hộ"
    ]


def test_bodies_named_on_lines_of_their_own_without_numbers_head_the_bullets_below() -> None:
    # each body stands alone on its line, no number or letter, its duties the bullets below it; the closing
    # paragraph is no duty
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Ban Tuyên giáo Huyện ủy\n"
        "- Chủ trì, phối hợp với Đài Truyền thanh huyện tuyên truyền ý nghĩa của việc trồng cây.\n"
        "- Hướng dẫn các chi bộ chọn chủ đề sinh hoạt.\n"
        "Đảng ủy các xã, thị trấn\n"
        "- Giao chỉ tiêu trồng cây cho từng chi bộ.\n"
        "Trên đây là Kế hoạch trồng cây bóng mát của Huyện ủy.\n"
    )
    assert [(t["assignee"], t["coordinates_with"], t["actions"]) for t in got] == [
        ("Ban Tuyên giáo Huyện ủy", ["Đài Truyền thanh huyện"], 2),
        ("Đảng ủy các xã, thị trấn", [], 1),
    ]


def test_the_inspectorate_of_a_place_written_with_a_capital_heads_a_task() -> None:
    # a city writes its own name with a capital: "Thanh tra Thành phố" is a body like "Thanh tra tỉnh"
    got = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Huyện ủy\n- Theo dõi việc trồng cây.\n"
        "2. Thanh tra Thành phố\nKiểm tra việc sử dụng kinh phí mua cây giống.\n"
        "3. Phòng Quản lý đô thị\n- Chăm sóc cây trên các tuyến phố.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in got] == [
        ("Văn phòng Huyện ủy", 1),
        ("Thanh tra Thành phố", 1),
        ("Phòng Quản lý đô thị", 1),
    ]


def test_the_field_a_unit_is_named_by_goes_on_to_the_partners_verb() -> None:
    # a unit named by the field it handles ("… về ma túy") is followed by the partners' own verb; "về" that
    # starts what the work is about ends the clause or goes on with "việc" or a verb
    assert coordinates("Phối hợp với Đội Cảnh sát điều tra tội phạm về ma túy kiểm tra các khu nhà trọ.") == [
        "Đội Cảnh sát điều tra tội phạm về ma túy"
    ]
    assert coordinates("Phối hợp với Phòng Văn hóa về nội dung tuyên truyền.") == ["Phòng Văn hóa"]
    assert coordinates("Phối hợp với Hội Chữ thập đỏ về việc tổ chức hiến máu.") == ["Hội Chữ thập đỏ"]
    assert coordinates("Phối hợp với Hội Chữ thập đỏ về tổ chức hiến máu nhân đạo.") == ["Hội Chữ thập đỏ"]


def test_a_police_unit_named_by_its_work_and_a_partner_that_leads() -> None:
    # "Cảnh sát quản lý …" names a police unit by its work; "lãnh đạo" starts the partner's own work
    assert coordinates("Phối hợp với Đội Cảnh sát quản lý trật tự đô thị rà soát các điểm họp chợ tạm.") == [
        "Đội Cảnh sát quản lý trật tự đô thị"
    ]
    assert coordinates("Phối hợp với Chi bộ Trường Tiểu học Kim Đồng lãnh đạo việc trồng cây.") == [
        "Chi bộ Trường Tiểu học Kim Đồng"
    ]


def test_a_communes_culture_and_society_office_is_named_whole_by_its_sector() -> None:
    # "Văn hóa - Xã hội" (and "Kinh tế, Hạ tầng và Đô thị") name a commune's offices as a ministry's sector
    # names its department: the next lower-case word (not a place's) starts the partner's work
    assert coordinates("Phối hợp với Phòng Văn hóa - Xã hội đối soát danh sách hộ nghèo.") == [
        "Phòng Văn hóa - Xã hội"
    ]
    assert coordinates("phối hợp với Phòng Văn hoá – Xã hội xã Tân An niêm yết danh sách.") == [
        "Phòng Văn hoá – Xã hội xã Tân An"
    ]
    assert coordinates("Phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị cắm mốc hành lang tuyến đường.") == [
        "Phòng Kinh tế, Hạ tầng và Đô thị"
    ]


def test_a_banks_transaction_point_starts_a_partner_and_heads_a_task() -> None:
    # "Điểm giao dịch" (a bank's point in a commune) is a unit as "Phòng giao dịch" is: after "và" it starts a
    # partner of its own, and an item may give it its task
    assert coordinates(
        "Phối hợp với Hội Nông dân phường và Điểm giao dịch Ngân hàng Nông nghiệp phường giải ngân vốn vay."
    ) == ["Hội Nông dân phường", "Điểm giao dịch Ngân hàng Nông nghiệp phường"]
    t = last("2. Điểm giao dịch Quỹ tín dụng nhân dân xã\n- Cho vay vốn mua cây giống.\n")
    assert (t["assignee"], t["actions"]) == ("Điểm giao dịch Quỹ tín dụng nhân dân xã", 1)


def test_a_partner_name_ends_before_giving_notice() -> None:
    # "thông báo" (give notice) is the work done with the partner, after a name with no place word
    assert coordinates(
        "Phối hợp với các đồng chí Ủy viên Ban Chấp hành Hội Cựu chiến binh phụ trách cụm dân cư thông báo "
        "lịch trồng cây đến hội viên."
    ) == ["các đồng chí Ủy viên Ban Chấp hành Hội Cựu chiến binh phụ trách cụm dân cư"]


def test_a_committee_directed_in_lower_case_is_the_one_that_coordinates() -> None:
    # a plan names every committee of a level in lower case ("chỉ đạo đảng ủy cơ sở …", "lãnh đạo ủy ban …"):
    # the partners it is directed to work with are not the assignee's
    t = last(
        "2. Ban Thường vụ Huyện ủy\n"
        "- Chỉ đạo đảng ủy cơ sở phối hợp với Hội Cựu chiến binh xã chăm sóc cây.\n"
        "- Lãnh đạo ủy ban nhân dân các xã phối hợp với Hạt Kiểm lâm huyện giao cây giống.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == ("Ban Thường vụ Huyện ủy", [], 2)


def test_a_youth_union_cell_heads_a_task_and_starts_a_partner() -> None:
    # "Chi đoàn …" (the Youth Union's cell of a village or an office) is a unit as an association's branch
    # ("Chi hội") is: an item naming it alone gives it the bullets below, and after "và" it is a partner of
    # its own
    t = last("2. Chi đoàn các ấp\n- Nhận cây giống tại nhà văn hóa ấp.\n- Báo cáo số cây đã trồng.\n")
    assert (t["assignee"], t["actions"]) == ("Chi đoàn các ấp", 2)
    assert coordinates(
        "Phối hợp với Hội Nông dân xã và Chi đoàn trường học vận động học sinh trồng cây."
    ) == [
        "Hội Nông dân xã",
        "Chi đoàn trường học",
    ]


def test_a_condition_ends_the_partners() -> None:
    # "khi …" / "nếu …" (when, if) states when the partner is called in, as "để …" states what for: the
    # partner's name ends before it, even after a capitalised last word
    assert coordinates("Phối hợp với Hạt Kiểm lâm Vùng Hai khi cần bổ sung cây giống.") == [
        "Hạt Kiểm lâm Vùng Hai"
    ]
    assert coordinates("Phối hợp với Ban Quản lý Rừng Phòng hộ nếu phát sinh tranh chấp đất.") == [
        "Ban Quản lý Rừng Phòng hộ"
    ]


def test_coordination_at_the_same_level_names_no_partner() -> None:
    # "phối hợp cùng cấp" is coordination at the same level ("quy chế phối hợp cùng cấp"), not "phối hợp
    # cùng X" (together with X): no partner is named
    assert coordinates("Thống nhất quy chế phối hợp cùng cấp trong tháng 5/2025.") == []
    assert coordinates("Phối hợp cùng Hội Cựu chiến binh huyện trồng cây.") == ["Hội Cựu chiến binh huyện"]


def test_aid_in_a_centre_name_is_not_the_verb_to_help() -> None:
    # "trợ giúp" (aid, in "Trung tâm Trợ giúp pháp lý", "Quỹ Trợ giúp …") is part of a name, not "giúp" (to
    # help) that starts the partner's work
    assert coordinates(
        "Phối hợp với Phòng Nội vụ, Trung tâm Trợ giúp người khuyết tật vận động hộ nghèo trồng cây."
    ) == ["Phòng Nội vụ", "Trung tâm Trợ giúp người khuyết tật"]


def test_partners_of_an_officer_the_task_directs_are_not_its_own() -> None:
    # a commune's officer named by a job title ("công chức Địa chính - Xây dựng xã", "cán bộ Văn hóa - Xã
    # hội") may be the body directed, as a unit may: the partners it is to work with are not the assignee's
    assert coordinates(
        "Đôn đốc công chức Địa chính - Xây dựng xã phối hợp với Hội Nông dân xã đo đạc bờ kênh; "
        "phối hợp với Hạt Kiểm lâm huyện giao cây."
    ) == ["Hạt Kiểm lâm huyện"]
    assert coordinates("Chỉ đạo cán bộ Văn hóa - Xã hội phối hợp với Chi hội Phụ nữ vận động hội viên.") == []


def test_the_members_of_a_named_body_are_an_assignee() -> None:
    # "Thành viên Đoàn kiểm tra" (the members of a team the plan names) is a task's assignee, as "Các đồng
    # chí thành viên Ban Chỉ đạo" is; the team is named by its work ("kiểm tra" is no duty there)
    t = last("2. Thành viên Đoàn kiểm tra: đi thực địa theo lịch; góp ý báo cáo tổng hợp.\n")
    assert (t["assignee"], t["actions"]) == ("Thành viên Đoàn kiểm tra", 1)


def test_a_body_kind_in_lower_case_after_a_name_and_its_level_starts_the_next_partner() -> None:
    # a guidance to every province names bodies by their kind in lower case ("ban dân vận cùng cấp", "cơ
    # quan quân sự huyện"); once a name has given its level, "và" and such a kind start the next partner
    assert coordinates(
        "Phối hợp với ban dân vận cùng cấp và cơ quan quân sự huyện, thị xã rà soát hồ sơ."
    ) == [
        "ban dân vận cùng cấp",
        "cơ quan quân sự huyện, thị xã",
    ]


def test_the_telecom_and_postal_units_of_a_province_are_partners_each() -> None:
    # the networks are named by their unit in the province ("Viễn thông …" of VNPT, "Viettel …")
    assert coordinates("Phối hợp với Viễn thông Hà Giang, Viettel Hà Giang và Bưu điện tỉnh lắp trạm.") == [
        "Viễn thông Hà Giang",
        "Viettel Hà Giang",
        "Bưu điện tỉnh",
    ]


def test_the_control_the_partners_keep_ends_their_names() -> None:
    # a proper name gives no place word to end it; "kiểm soát" (control) is the work done with the partner
    text = "Chủ trì, phối hợp với Đồn Biên phòng Tịnh Biên kiểm soát người qua lại biên giới."
    assert coordinates(text) == ["Đồn Biên phòng Tịnh Biên"]


def test_the_posts_and_teams_of_the_forces_head_their_tasks() -> None:
    ts = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Hạt Kiểm lâm huyện\n- Tuần tra rừng đầu nguồn.\n"
        "2. Đội Cảnh sát giao thông số 2\n- Kiểm tra xe chở gỗ.\n"
        "3. Đồn Công an Tân Lập, Đồn Công an Hòa Bình\n- Nắm tình hình khu vực giáp ranh.\n"
    )
    assert [t["assignee"] for t in ts] == [
        "Hạt Kiểm lâm huyện",
        "Đội Cảnh sát giao thông số 2",
        "Đồn Công an Tân Lập, Đồn Công an Hòa Bình",
    ]


def test_a_union_cell_directed_in_lower_case_takes_the_partnership() -> None:
    # the union's cells below the assignee are named in lower case; the partner is theirs, not the assignee's
    t = last(
        "2. Công đoàn ngành Giáo dục\n- Chỉ đạo công đoàn cơ sở phối hợp với hiệu trưởng nhà trường chăm lo "
        "Tết cho giáo viên.\n"
    )
    assert (t["assignee"], t["coordinates_with"]) == ("Công đoàn ngành Giáo dục", [])


def test_border_after_a_place_word_says_which_places() -> None:
    text = "Phối hợp với Ủy ban nhân dân các xã biên giới vận động Nhân dân cắm mốc."
    assert coordinates(text) == ["Ủy ban nhân dân các xã biên giới"]


def test_the_city_with_a_capital_or_a_proper_name_gives_a_partner_its_place() -> None:
    # a city names itself with a capital ("Đài Truyền hình Thành phố") and a proper name has every syllable
    # capitalised ("Đà Nẵng"): the next lower-case word starts the work, as after "tỉnh"; a unit's head
    # after the proper name ("Việt Nam | Chi nhánh …") goes on with the name
    assert coordinates("Chủ trì, phối hợp với Đài Truyền hình Thành phố phát sóng phóng sự.") == [
        "Đài Truyền hình Thành phố"
    ]
    assert coordinates(
        "Phối hợp với Công ty Môi trường Đô thị Đà Nẵng, Tổng Công ty Xây dựng Hà Nội thu gom phế thải."
    ) == ["Công ty Môi trường Đô thị Đà Nẵng", "Tổng Công ty Xây dựng Hà Nội"]
    text = "Phối hợp với Ngân hàng Chính sách xã hội Việt Nam Chi nhánh Thành phố Cần Thơ giải ngân vốn vay."
    assert coordinates(text) == ["Ngân hàng Chính sách xã hội Việt Nam Chi nhánh Thành phố Cần Thơ"]
    # an acronym is no syllable of a proper name: "UNESCO Cao nguyên" goes on
    text = "Phối hợp với Ban Quản lý Khu dự trữ sinh quyển UNESCO Cao nguyên đá tỉnh lắp biển."
    assert coordinates(text) == ["Ban Quản lý Khu dự trữ sinh quyển UNESCO Cao nguyên đá tỉnh"]


def test_a_body_with_the_peers_of_its_level_is_one_partner() -> None:
    # "X và các quận, huyện": the body named with its place, and the same body of the other units of its
    # level; a kind of body after "các" ("các sở, ngành") is another partner
    text = "Phối hợp với Ủy ban nhân dân thị xã Phú Mỹ và các phường, xã kiểm kê giếng khoan."
    assert coordinates(text) == ["Ủy ban nhân dân thị xã Phú Mỹ và các phường, xã"]
    text = "Phối hợp với Ủy ban nhân dân huyện và các sở, ngành tỉnh kiểm kê giếng khoan."
    assert coordinates(text) == ["Ủy ban nhân dân huyện", "các sở, ngành tỉnh"]


def test_the_filing_line_keeps_the_unit_in_its_brackets() -> None:
    # "(b/c)" is a note to the recipient and goes; the brackets of "Lưu" name the unit that files the copy
    body = SECTION + "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các chi bộ;\n- Lưu: VP, (TC/Hg).\n"
    assert extract_text(HEAD + body, "rule.txt")["recipients"] == [
        "Ban Thường vụ Tỉnh ủy",
        "Các chi bộ",
        "Lưu: VP, (TC/Hg)",
    ]


def test_a_group_that_assists_a_body_is_named_with_it() -> None:
    # "giúp việc <body>" names the group by the body it assists ("Tổ Thư ký giúp việc Hội đồng …"): the
    # body is part of the partner's name, not the start of the work done with it
    text = "Phối hợp với Tổ Thư ký giúp việc Hội đồng Thi đua huyện chấm điểm vườn cây kiểu mẫu."
    assert coordinates(text) == ["Tổ Thư ký giúp việc Hội đồng Thi đua huyện"]
    text = "Phối hợp với Văn phòng giúp việc Ban Chỉ huy Phòng chống thiên tai và Hạt Kiểm lâm huyện đếm cây."
    assert coordinates(text) == [
        "Văn phòng giúp việc Ban Chỉ huy Phòng chống thiên tai",
        "Hạt Kiểm lâm huyện",
    ]


def test_a_body_directed_where_there_is_one_is_the_one_that_coordinates() -> None:
    # "(nơi có)", "(nếu có)" after a directed body's name says where it exists; the list of names goes on
    # past it, and the partners it is directed to work with are not the assignee's
    t = last(
        "2. Ủy ban nhân dân huyện\n"
        "- Chỉ đạo Ban Quản lý rừng (nơi có) và tổ bảo vệ rừng phối hợp với Đồn Biên phòng canh rừng.\n"
        "- Hướng dẫn Đội sản xuất các thôn (nếu có) phối hợp với Hội Nông dân xã ươm cây giống.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == ("Ủy ban nhân dân huyện", [], 2)


def test_the_head_of_an_agency_led_or_directed_is_the_one_that_coordinates() -> None:
    # a Party cell leads the head of its agency ("lãnh đạo thủ trưởng đơn vị …"), a committee directs the
    # heads of its units ("chỉ đạo người đứng đầu …"): the partners they are to work with are not the task's
    t = last(
        "2. Chi bộ Trường Tiểu học\n"
        "- Lãnh đạo thủ trưởng đơn vị phối hợp với Ban đại diện cha mẹ học sinh trồng cây quanh sân.\n"
        "- Chỉ đạo người đứng đầu các tổ chuyên môn phối hợp với Chi đoàn giáo viên tưới cây.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == ("Chi bộ Trường Tiểu học", [], 2)


def test_the_sub_points_of_a_word_bullet_are_part_of_the_duty_above() -> None:
    # an old .doc export marks a duty "•" and the points under it "o", the next level of the Word list: the
    # points say what the duty holds, they are not duties of their own
    t = last(
        "2. Hội Cựu chiến binh huyện\n"
        "•\tVận động hội viên góp cây giống cho các trường:\n"
        "o\tmỗi chi hội ít nhất 20 cây;\n"
        "o\tưu tiên cây bản địa.\n"
        "•\tPhối hợp với Đoàn Thanh niên huyện chăm sóc cây sau khi trồng.\n"
    )
    assert (t["coordinates_with"], t["actions"]) == (["Đoàn Thanh niên huyện"], 2)
    assert t["duties"][0]["text"] == "Vận động hội viên góp cây giống cho các trường:"


def test_the_heads_of_the_kinds_of_village_listed_with_a_comma_are_one_partner() -> None:
    # the village head has a title for each kind of village ("Trưởng xóm", "Trưởng bản", "Tổ trưởng tổ dân
    # phố"): listed with commas they are the one office, wherever the work is; "và" sets two apart
    text = (
        "Phối hợp với Chi đoàn xóm, bản và Trưởng xóm, Trưởng bản, Tổ trưởng tổ dân phố vận động dọn đường."
    )
    assert coordinates(text) == ["Chi đoàn xóm, bản", "Trưởng xóm, Trưởng bản, Tổ trưởng tổ dân phố"]
    text = "Phối hợp với Trưởng xóm và Trưởng bản vận động dọn đường."
    assert coordinates(text) == ["Trưởng xóm", "Trưởng bản"]
    # a cell and a head are two bodies, comma or not
    assert coordinates("Phối hợp với Chi bộ xóm, Trưởng xóm vận động dọn đường.") == [
        "Chi bộ xóm",
        "Trưởng xóm",
    ]


def test_the_agencies_that_advise_a_committee_are_named_by_that_work() -> None:
    # "cơ quan tham mưu (, giúp việc)" is the kind of the agencies that advise and assist a committee, not
    # the verb to advise starting the partners' work
    text = "Phối hợp với các cơ quan tham mưu, giúp việc của Đảng ủy xã và Hội Nông dân xã kiểm đếm cây."
    assert coordinates(text) == ["các cơ quan tham mưu, giúp việc của Đảng ủy xã", "Hội Nông dân xã"]
    text = "Phối hợp với cơ quan tham mưu giúp việc Huyện ủy kiểm đếm cây."
    assert coordinates(text) == ["cơ quan tham mưu giúp việc Huyện ủy"]


def test_the_partners_go_on_past_a_bracket_saying_where_a_body_exists() -> None:
    # "(nơi có)", "(nếu có …)" after a partner says where it exists: no part of its name, and the list of
    # names goes on after it
    text = "Phối hợp với Tổ tự quản (nơi có), Chi hội Người cao tuổi và Đoàn xã trồng cây ven kênh."
    assert coordinates(text) == ["Tổ tự quản", "Chi hội Người cao tuổi", "Đoàn xã"]
    text = "Phối hợp với Hợp tác xã (nếu có tổ chức dịch vụ) và Hội Nông dân xã trồng cây ven kênh."
    assert coordinates(text) == ["Hợp tác xã", "Hội Nông dân xã"]


def test_a_police_department_named_by_its_field_up_to_the_fatherland_is_one_partner() -> None:
    # a department named by a sector and then the lower-case words of its field up to "Tổ quốc" is one name,
    # not the sector's body and the partners' work
    text = "Phối hợp với Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, Đoàn xã dọn vệ sinh đường làng."
    assert coordinates(text) == ["Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Đoàn xã"]
    # a sector's body followed by its work still ends there
    assert coordinates("Phối hợp với Sở Xây dựng sửa lại cầu treo.") == ["Sở Xây dựng"]


def test_the_units_of_the_forces_at_sea_head_their_tasks_and_are_partners() -> None:
    ts = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Hải đoàn 41\n"
        "Phối hợp với Đồn Biên phòng Cồn Cỏ, Hải đội Biên phòng 5 vận động bà con.\n"
        "2. Hải đội Biên phòng 5\n- Đưa tàu trực tại cửa sông.\n"
    )
    assert [t["assignee"] for t in ts] == ["Hải đoàn 41", "Hải đội Biên phòng 5"]
    assert ts[0]["coordinates_with"] == ["Đồn Biên phòng Cồn Cỏ", "Hải đội Biên phòng 5"]


def test_settling_accounts_and_enrolling_end_the_names_of_a_schools_partners() -> None:
    # a school's office named by its capitalised fields goes on in lower case only with its work
    text = "Phối hợp với Phòng Đào tạo và Bồi dưỡng cán bộ quyết toán tiền thuê xe cho lớp học."
    assert coordinates(text) == ["Phòng Đào tạo và Bồi dưỡng cán bộ"]
    text = "Phối hợp với Khoa Lý luận cơ sở chiêu sinh lớp trung cấp."
    assert coordinates(text) == ["Khoa Lý luận cơ sở"]
    text = "Phối hợp với Phòng Kế hoạch và Hợp tác quốc tế thanh quyết toán tiền ăn."
    assert coordinates(text) == ["Phòng Kế hoạch và Hợp tác quốc tế"]


def test_a_level_after_a_proper_name_is_part_of_the_partners_name() -> None:
    # "cấp" + a level after a name that gave its place names the body of each place of that level; "cấp"
    # + anything else is the verb to supply
    text = "Phối hợp với Hội Chữ thập đỏ Việt Nam cấp xã, Đoàn Thanh niên cấp huyện tặng quà cho học sinh."
    assert coordinates(text) == ["Hội Chữ thập đỏ Việt Nam cấp xã", "Đoàn Thanh niên cấp huyện"]
    assert coordinates("Phối hợp với Hội Chữ thập đỏ Việt Nam cấp sách vở cho học sinh.") == [
        "Hội Chữ thập đỏ Việt Nam"
    ]


def test_a_department_named_by_dashed_fields_ends_with_its_last_field_after_va() -> None:
    # "Phòng A - B và Thanh tra" is one office; "Thanh tra" with its place is a body of its own
    text = "Phối hợp với Phòng Kế hoạch - Tài vụ và Thanh tra rà soát hồ sơ mua sắm."
    assert coordinates(text) == ["Phòng Kế hoạch - Tài vụ và Thanh tra"]
    text = "Phối hợp với Phòng Kế hoạch - Tài vụ và Thanh tra huyện rà soát hồ sơ mua sắm."
    assert coordinates(text) == ["Phòng Kế hoạch - Tài vụ", "Thanh tra huyện"]
    assert coordinates("Phối hợp với Phòng Y tế và Thanh tra rà soát hồ sơ mua sắm.") == [
        "Phòng Y tế",
        "Thanh tra",
    ]


def test_the_providers_of_a_service_are_named_by_that_service() -> None:
    # "cung cấp dịch vụ" after a kind of body names the providers, not the partners' work
    text = "Phối hợp với các doanh nghiệp cung cấp dịch vụ chữ ký số hướng dẫn người dân cài đặt."
    assert coordinates(text) == ["các doanh nghiệp cung cấp dịch vụ chữ ký số"]
    # supplying anything else is still the work
    text = "Phối hợp với Bưu điện huyện cung cấp tờ rơi cho người dân."
    assert coordinates(text) == ["Bưu điện huyện"]


def test_the_central_bodies_of_mass_organisations_head_their_tasks() -> None:
    # "Trung ương Hội …", "Trung ương Đoàn …" and "Tổng Liên đoàn …" name a body as "Hội …" does
    ts = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Dân vận\n- Gửi tài liệu về các tỉnh.\n"
        "2. Trung ương Hội Chữ thập đỏ Việt Nam\nPhát động đợt hiến máu mùa hè.\n"
        "3. Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh\n- Lập đội hình tình nguyện.\n"
        "4. Tổng Liên đoàn Lao động Việt Nam\n- Thăm hỏi công nhân khó khăn.\n"
    )
    assert [t["assignee"] for t in ts] == [
        "Ban Dân vận",
        "Trung ương Hội Chữ thập đỏ Việt Nam",
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Tổng Liên đoàn Lao động Việt Nam",
    ]
    assert [t["actions"] for t in ts] == [1, 1, 1, 1]


def test_meeting_the_people_and_piloting_end_the_partners_and_people_of_standing_are_one() -> None:
    # "họp" (to meet) and "thí điểm" (to pilot) are the partners' work; "người có uy tín" and "già làng",
    # the people of standing in a village, are a partner of their own after "và"
    text = "Phối hợp với Chi hội Nông dân thôn, xóm và già làng họp bà con bàn việc làm đường."
    assert coordinates(text) == ["Chi hội Nông dân thôn, xóm", "già làng"]
    text = "Phối hợp với Đoàn Thanh niên xã và người có uy tín họp các hộ chăn nuôi."
    assert coordinates(text) == ["Đoàn Thanh niên xã", "người có uy tín"]
    assert coordinates("Phối hợp với Trung tâm Khuyến nông thí điểm giống lúa mới.") == [
        "Trung tâm Khuyến nông"
    ]


def test_general_services_in_a_partners_name_are_not_the_verb_to_compile() -> None:
    # "Dịch vụ tổng hợp" names a unit of general services; "tổng hợp" elsewhere is still the partners' work
    text = "Phối hợp với Trung tâm Văn hóa và Dịch vụ tổng hợp bố trí âm thanh cho buổi lễ."
    assert coordinates(text) == ["Trung tâm Văn hóa và Dịch vụ tổng hợp"]
    assert coordinates("Phối hợp với Trung tâm Văn hóa tổng hợp danh sách diễn viên.") == [
        "Trung tâm Văn hóa"
    ]


def test_closing_paragraph_on_difficulties_that_arise_is_not_a_duty() -> None:
    # "nếu phát sinh …" (if … arise) closes the plan as "nếu có …" does
    t = last(
        "2. Đề nghị Ủy ban nhân dân các xã Phước Hưng, Phước Tỉnh\nGiao đất trồng cây cho các chi bộ.\n"
        "Trong quá trình triển khai, nếu phát sinh khó khăn, các đơn vị gửi ý kiến về Văn phòng Huyện ủy.\n"
    )
    assert t["actions"] == 1


def test_a_region_after_the_place_of_a_partner_is_part_of_its_name() -> None:
    # "phía …", "miền … và …", "vùng …" and "khu vực" after a place say which places: the name goes on
    text = "Phối hợp với Hội Nông dân các tỉnh phía Đông chuyển giao giống lúa chịu mặn."
    assert coordinates(text) == ["Hội Nông dân các tỉnh phía Đông"]
    text = "Chủ trì, phối hợp với Đài Phát thanh các tỉnh miền Tây và Đông Nam Bộ đưa tin về mùa khô."
    assert coordinates(text) == ["Đài Phát thanh các tỉnh miền Tây và Đông Nam Bộ"]
    text = "Phối hợp với Đồn Công an các thị trấn thuộc khu vực và Trạm Kiểm lâm huyện tuần tra rừng."
    assert coordinates(text) == ["Đồn Công an các thị trấn thuộc khu vực", "Trạm Kiểm lâm huyện"]


def test_an_agency_named_after_cơ_quan_starts_a_partner_of_its_own() -> None:
    # "Cơ quan" before a capitalised name is an agency ("Cơ quan Thi hành án dân sự …"), a new name after "và"
    text = "Phối hợp với Công an các phường và Cơ quan Thi hành án dân sự thành phố rà soát hồ sơ."
    assert coordinates(text) == ["Công an các phường", "Cơ quan Thi hành án dân sự thành phố"]


def test_a_paragraph_leading_into_the_bullets_is_not_a_duty() -> None:
    # "…:" above the bullets introduces them: the bullets are the duties, its partners the task's
    t = last(
        "2. Trạm Y tế các xã ven biển\nLà nơi gần dân nhất, phối hợp với Hội Chữ thập đỏ xã thực hiện:\n"
        "- Khám sức khỏe cho ngư dân.\n- Phát thuốc cho trẻ em.\n"
    )
    assert t["assignee"] == "Trạm Y tế các xã ven biển"
    assert t["actions"] == 2
    assert t["coordinates_with"] == ["Hội Chữ thập đỏ xã"]


def test_the_holders_of_a_judicial_title_head_a_task() -> None:
    # "Thẩm phán", "Kiểm sát viên", "Chấp hành viên" … given duties by name, as a unit is
    t = last(
        "2. Thẩm phán được phân công giải quyết án hành chính\n- Nghiên cứu hồ sơ.\n"
        "- Mở phiên họp đối thoại.\n"
    )
    assert t["assignee"] == "Thẩm phán được phân công giải quyết án hành chính"
    assert t["actions"] == 2


def test_a_bracket_naming_the_receiving_unit_stays_with_the_recipient() -> None:
    # "(Cục …)", "(Vụ …)" name the unit that receives the copy; "(b/c)"-style notes are still dropped
    assert clean_recipient("- Bộ Xây dựng (Cục HTKT);") == "Bộ Xây dựng (Cục HTKT)"
    assert clean_recipient("- Sở Nội vụ (để b/c);") == "Sở Nội vụ"


def test_a_police_units_field_after_ve_is_part_of_its_name() -> None:
    # "Cảnh sát … về <field>" names the unit, whatever follows the field ("và" and the next partner)
    text = "Phối hợp với Phòng Cảnh sát điều tra tội phạm về ma túy và Trạm Y tế các phường kiểm tra nhà trọ."
    assert coordinates(text) == ["Phòng Cảnh sát điều tra tội phạm về ma túy", "Trạm Y tế các phường"]


def test_a_partners_dashed_name_broken_by_the_wrap_before_its_dash_is_no_bullet() -> None:
    # "… Phòng Tài chính" / "- Kế hoạch huyện …": the filled line above ends in the name, the dash goes on
    # with it (one partner, one duty), as a wrap breaks a line, not a bullet
    t = last(
        WRAPPED + "2. Đề nghị Hội Liên hiệp Phụ nữ huyện\n"
        "Vận động hội viên giữ sạch các tuyến đường, phối hợp với Phòng Tài chính\n"
        "- Kế hoạch huyện lo cây giống cho các thôn vùng biển.\n"
    )
    assert (t["actions"], t["coordinates_with"]) == (1, ["Phòng Tài chính - Kế hoạch huyện"])


def test_visiting_and_giving_gifts_end_the_partners_names() -> None:
    # "thăm hỏi", "tặng quà": what the partners do for the people the plan honours, not part of a name
    text = "Phối hợp với Hội Cựu chiến binh xã, Trạm Kiểm lâm đóng trên địa bàn thăm hỏi gia đình chính sách."
    assert coordinates(text) == ["Hội Cựu chiến binh xã", "Trạm Kiểm lâm đóng trên địa bàn"]
    text = "Phối hợp với Hạt Kiểm lâm đóng tại xã tặng quà các hộ nhận khoán bảo vệ rừng."
    assert coordinates(text) == ["Hạt Kiểm lâm đóng tại xã"]


def test_a_fund_named_with_a_capital_heads_its_task() -> None:
    # "Quỹ Bảo vệ và Phát triển rừng huyện": a fund is a body given work, as a bank is
    t = last("2. Quỹ Bảo vệ và Phát triển rừng huyện\n- Cấp vốn trồng cây.\n- Kiểm tra số cây sống.\n")
    assert (t["assignee"], t["actions"]) == ("Quỹ Bảo vệ và Phát triển rừng huyện", 2)


def test_a_unit_below_named_in_lower_case_by_its_level_or_role_is_the_one_directed() -> None:
    # "chỉ đạo hội cơ sở phối hợp …", "chỉ đạo phòng chuyên môn phối hợp …": the unit directed coordinates
    assert coordinates("Chỉ đạo hội cơ sở phối hợp với Trạm Y tế xã khám bệnh cho hội viên.") == []
    assert coordinates("Chỉ đạo phòng chuyên môn phối hợp với Hạt Kiểm lâm kiểm tra rừng.") == []


def test_which_of_the_places_of_a_level_goes_on_with_the_partners_name() -> None:
    # "Công an các huyện có biển": "có" and what those places have say which of them, up to the verb
    text = "Phối hợp với Đồn Biên phòng, Công an các huyện có biển kiểm tra tàu cá ra khơi."
    assert coordinates(text) == ["Đồn Biên phòng", "Công an các huyện có biển"]
    # but for a single place, where "có" starts what the body does
    assert coordinates("Phối hợp với Ủy ban nhân dân xã có văn bản gửi Hạt Kiểm lâm.") == [
        "Ủy ban nhân dân xã"
    ]


def test_a_firm_named_by_what_it_exploits_keeps_its_verb() -> None:
    # "các doanh nghiệp khai thác cát": "khai thác" names the firms' business, the duty starts after it
    text = "Phối hợp với Phòng Kinh tế và các doanh nghiệp khai thác cát sông kiểm tra bến bãi."
    assert coordinates(text) == ["Phòng Kinh tế", "các doanh nghiệp khai thác cát sông"]


def test_sub_committees_officers_and_members_head_their_tasks() -> None:
    # "Tiểu ban Lễ tân", "Khuyến nông viên xã", "Thủ trưởng các phòng …", "Cán bộ Văn phòng …",
    # "Đảng viên trong …": each is given duties by name, as a body is
    ts = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Tiểu ban Lễ tân\n- Đón khách.\n- Xếp chỗ ngồi.\n"
        "2. Khuyến nông viên xã\n- Hướng dẫn ủ phân.\n3. Thủ trưởng các phòng, ban thuộc huyện\n"
        "Căn cứ chức năng, gửi báo cáo.\n4. Cán bộ Văn phòng phụ trách lưu trữ\n- Sắp xếp hồ sơ.\n"
        "5. Đảng viên trong Đảng bộ\n- Gương mẫu trồng cây.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in ts] == [
        ("Tiểu ban Lễ tân", 2),
        ("Khuyến nông viên xã", 1),
        ("Thủ trưởng các phòng, ban thuộc huyện", 1),
        ("Cán bộ Văn phòng phụ trách lưu trữ", 1),
        ("Đảng viên trong Đảng bộ", 1),
    ]


def test_fields_that_hold_a_verb_stay_in_the_partners_names() -> None:
    # "Kế hoạch tổng hợp", "trật tự xây dựng", "Xây dựng chính quyền": fields a unit is named by
    text = "Phối hợp với Phòng Kế hoạch tổng hợp, Khoa Dược kiểm tra kho thuốc."
    assert coordinates(text) == ["Phòng Kế hoạch tổng hợp", "Khoa Dược"]
    text = "Phối hợp với Đội Thanh tra trật tự xây dựng huyện kiểm tra công trình."
    assert coordinates(text) == ["Đội Thanh tra trật tự xây dựng huyện"]
    text = "Phối hợp với Phòng Xây dựng chính quyền và Công tác thanh niên rà soát hồ sơ."
    assert coordinates(text) == ["Phòng Xây dựng chính quyền và Công tác thanh niên"]


def test_a_portal_an_association_and_a_newsroom_desk_producing() -> None:
    # "Cổng Thông tin …" and "Hiệp hội …" start a body of their own after a comma; "sản xuất" is what a
    # desk does, not part of its name
    text = "Phối hợp với Báo Nghệ An, Cổng Thông tin điện tử huyện, Hiệp hội Du lịch tỉnh đưa tin."
    assert coordinates(text) == ["Báo Nghệ An", "Cổng Thông tin điện tử huyện", "Hiệp hội Du lịch tỉnh"]
    assert coordinates("Phối hợp với Phòng Biên tập sản xuất phim ngắn, bản tin.") == ["Phòng Biên tập"]


def test_a_recipient_wrapped_over_three_lines_of_a_table_cell() -> None:
    # a narrow cell wraps one recipient over three lines; the list goes on with the dash line after them
    text = (
        HEAD + SECTION + "Nơi nhận:                          T/M ĐẢNG ỦY\n"
        "  - Ban Tổ chức Huyện ủy,\n  - Hội Liên hiệp Phụ nữ và các   \n  hội quần chúng của   \n"
        "  thị trấn,                     \n  - Lưu Văn phòng.             Lê Văn Bình\n"
    )
    assert extract_text(text, "rule.txt")["recipients"] == [
        "Ban Tổ chức Huyện ủy",
        "Hội Liên hiệp Phụ nữ và các hội quần chúng của thị trấn",
        "Lưu Văn phòng",
    ]


def test_recipients_merged_with_the_signature_by_a_single_space() -> None:
    # "Nơi nhận: T/M …": the signature's capitals and the signer's name end the recipients' lines
    text = (
        HEAD + SECTION + "Nơi nhận: T/M BAN CHẤP HÀNH\n- Ban Dân vận Tỉnh ủy (b/c), PHÓ BÍ THƯ\n"
        "- Các chi bộ,\n- Lưu Văn phòng. Hà Thị Lan\n"
    )
    assert extract_text(text, "rule.txt")["recipients"] == [
        "Ban Dân vận Tỉnh ủy",
        "Các chi bộ",
        "Lưu Văn phòng",
    ]


def test_a_heading_with_a_colon_ends_its_name_before_the_lead() -> None:
    # "Ban X chủ trì, phối hợp với Ban Y:": the name ends at the verb, the partner is the task's
    t = last(
        "2. Phòng Nội vụ huyện chủ trì, phối hợp với Thanh tra huyện:\n- Rà soát hồ sơ.\n- Lập báo cáo.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Phòng Nội vụ huyện",
        ["Thanh tra huyện"],
        2,
    )


def test_the_kind_of_the_mass_organisations_ends_a_name_before_a_capitalised_verb() -> None:
    # as after a place ("… huyện Tuyên truyền"): a hard-wrapped item ran the name and its duty together
    t = last("2. Hội Nông dân huyện và các tổ chức chính trị - xã hội Vận động hội viên trồng cây.\n")
    assert (t["assignee"], t["actions"]) == ("Hội Nông dân huyện và các tổ chức chính trị - xã hội", 1)


def test_the_inspectorates_of_a_group_of_places_name_a_body() -> None:
    # "Thanh tra các huyện, thị xã": the inspectorates of the places below, one body as "Thanh tra huyện"
    t = last("2. Thanh tra các huyện, thị xã\n- Lập kế hoạch năm.\n- Phối hợp với Thanh tra tỉnh khi cần.\n")
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Thanh tra các huyện, thị xã",
        ["Thanh tra tỉnh"],
        2,
    )
    t = last("2. Thanh tra các sở, ngành\n- Tự kiểm tra nội bộ.\n- Báo cáo kết quả.\n")
    assert (t["assignee"], t["actions"]) == ("Thanh tra các sở, ngành", 2)


def test_units_of_one_kind_sharing_their_owner_are_one_partner() -> None:
    # "Ban A, Ban B của X": X's units listed before its name, one partner; units of other kinds stay apart
    text = "Phối hợp với Ban Tuyên giáo, Ban Dân vận của Đảng ủy Khối rà soát tài liệu."
    assert coordinates(text) == ["Ban Tuyên giáo, Ban Dân vận của Đảng ủy Khối"]
    text = "Phối hợp với Tổ hòa giải, Ban Công tác Mặt trận của Khu dân cư số 3 vận động."
    assert coordinates(text) == ["Tổ hòa giải", "Ban Công tác Mặt trận của Khu dân cư số 3"]


def test_the_youth_union_by_its_centre_or_level_then_a_check_verb() -> None:
    # "Trung ương Đoàn | giám sát …": the Union checks; "Đoàn giám sát" alone is the team sent to check
    text = "Phối hợp với Trung ương Đoàn giám sát việc tổ chức hội trại ở các trường."
    assert coordinates(text) == ["Trung ương Đoàn"]
    text = "Phối hợp với Huyện Đoàn kiểm tra các chi đoàn thôn."
    assert coordinates(text) == ["Huyện Đoàn"]
    assert coordinates("Phối hợp với Đoàn giám sát số 2 lập biên bản.") == ["Đoàn giám sát số 2"]


def test_the_law_dissemination_council_is_named_by_its_work() -> None:
    # "Hội đồng phối hợp phổ biến, giáo dục pháp luật": the council of each level, one name with its verbs
    text = "Phối hợp với Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện, Hội Luật gia huyện in tờ gấp."
    assert coordinates(text) == ["Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện", "Hội Luật gia huyện"]


def test_where_a_body_is_stationed_is_part_of_its_name() -> None:
    # "nơi … đóng chân" (is stationed), as "nơi … đóng quân"
    text = "Phối hợp với Công an xã, phường nơi đơn vị đóng chân kiểm tra khu trọ."
    assert coordinates(text) == ["Công an xã, phường nơi đơn vị đóng chân"]


def test_a_company_named_by_its_trade_of_building() -> None:
    # "công ty (đầu tư) xây dựng …": the trade is part of the name, not the partners' duty
    text = "Phối hợp với Sở Xây dựng và các công ty đầu tư xây dựng hạ tầng cụm công nghiệp tổ chức diễn tập."
    assert coordinates(text) == ["Sở Xây dựng", "các công ty đầu tư xây dựng hạ tầng cụm công nghiệp"]


def test_a_working_team_named_with_a_capital_by_its_work() -> None:
    # "Tổ công tác rà soát …": a team the plan names by its job; "các tổ công tác" are teams at large
    text = "Phối hợp với Tổ công tác rà soát đất công bỏ trống (lập theo Quyết định số 3), báo cáo Ủy ban."
    assert coordinates(text) == ["Tổ công tác rà soát đất công bỏ trống"]
    text = "Phối hợp với các tổ công tác tham mưu Chủ tịch xã lập danh sách."
    assert coordinates(text) == ["các tổ công tác"]


def test_cleaning_the_data_is_the_partners_work() -> None:
    # "làm sạch dữ liệu": a verb after the partners' names
    text = "Phối hợp với Đội thanh niên tình nguyện làm sạch dữ liệu hộ nghèo."
    assert coordinates(text) == ["Đội thanh niên tình nguyện"]


def test_the_partners_of_a_lead_in_kept_when_a_table_names_the_body_first() -> None:
    # the body named in a table row and then under a heading is one task; its lead-in's partners stay its own
    t = tasks(
        "III. TỔ CHỨC THỰC HIỆN\n1. Phân công\nTT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n"
        "1\tLập danh sách cây\tPhòng Kinh tế\tTrưởng các thôn\tTháng 3\n"
        "2\tChọn giống cây\tPhòng Kinh tế\t\tTháng 4\n"
        "2. Trách nhiệm\n2.1. Phòng Kinh tế\nChủ trì, phối hợp với các ban, ngành liên quan:\n"
        "- Theo dõi việc trồng cây.\n- Tổng hợp kết quả.\n"
        "2.2. Văn phòng Huyện ủy\nTheo dõi chung.\n"
    )
    t = next(x for x in t if x["assignee"] == "Phòng Kinh tế")
    assert sorted(t["coordinates_with"]) == ["Trưởng các thôn", "các ban, ngành liên quan"]


def test_an_associations_clubs_and_federated_branches_head_a_task() -> None:
    # "Câu lạc bộ …" (an association's club) and "Liên chi hội …" (branches of a school's faculty) are units
    t = tasks(
        SECTION + "2. Câu lạc bộ cựu giáo chức huyện, Câu lạc bộ thơ huyện\n- Sáng tác thơ về cây.\n"
        "3. Liên chi đoàn, chi đoàn khoa Nông học\n- Trồng cây ở sân trường.\n- Tưới cây.\n"
        "4. Văn phòng Huyện ủy\nTheo dõi chung.\n"
    )
    assert [(x["assignee"], x["actions"]) for x in t[1:]] == [
        ("Câu lạc bộ cựu giáo chức huyện, Câu lạc bộ thơ huyện", 1),
        ("Liên chi đoàn, chi đoàn khoa Nông học", 2),
        ("Văn phòng Huyện ủy", 1),
    ]


def test_a_request_leading_into_lettered_items_is_no_duty() -> None:
    # "Đề nghị …:" then "a) …", "b) …": the lettered items are the duties, the line only leads into them
    t = last(
        "2. Các xã, thị trấn\nĐề nghị các xã, thị trấn:\na) Chọn đất trồng cây.\n"
        "b) Phối hợp với Hạt Kiểm lâm huyện chăm sóc cây.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Các xã, thị trấn",
        ["Hạt Kiểm lâm huyện"],
        2,
    )


def test_recipients_in_two_columns_merged_on_the_same_lines() -> None:
    # the list laid out in two columns: the left one is read first, then the right one
    text = (
        HEAD + SECTION + "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);          - Các chi bộ trực thuộc;\n"
        "- Ban Tổ chức Tỉnh ủy;               - Lưu VP.\n- Các xã, thị trấn;\n\n"
        "                                        T/M BAN THƯỜNG VỤ\n"
    )
    assert extract_text(text, "rule.txt")["recipients"] == [
        "Thường trực Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy",
        "Các xã, thị trấn",
        "Các chi bộ trực thuộc",
        "Lưu VP",
    ]


def test_a_partner_named_with_about_is_whole_when_the_plan_gives_it_a_task() -> None:
    # "về" may start what the work is about, but the text goes on with a body a heading names in full
    t = last(
        "2. Hội đồng Tư vấn về cảnh quan đô thị\n- Góp ý thiết kế vườn hoa.\n"
        "3. Phòng Kinh tế\n- Phối hợp với Hội đồng Tư vấn về cảnh quan đô thị, các xã chọn giống cây.\n"
    )
    assert t["coordinates_with"] == ["Hội đồng Tư vấn về cảnh quan đô thị", "các xã"]
    assert coordinates("Phối hợp với Hội đồng Tư vấn về cảnh quan đô thị, các xã chọn giống cây.") == [
        "Hội đồng Tư vấn"
    ]


def test_an_emulation_cluster_heads_a_task() -> None:
    # "Cụm thi đua số 3 (…)" and "Khối thi đua …" group units for the emulation work: each is given duties
    t = tasks(
        SECTION + "2. Cụm thi đua số 3 (các trường học; Cụm trưởng: Trường Tiểu học Phú Lộc)\n"
        "- Trồng cây ở sân trường.\n- Chấm điểm các trường.\n"
        "3. Khối thi đua các cơ quan Đảng\nPhối hợp với Cụm thi đua số 3 kiểm tra việc tưới cây.\n"
    )
    assert [(x["assignee"], x["coordinates_with"], x["actions"]) for x in t[1:]] == [
        ("Cụm thi đua số 3", [], 2),
        ("Khối thi đua các cơ quan Đảng", ["Cụm thi đua số 3"], 1),
    ]


def test_lecturers_and_speakers_head_a_task() -> None:
    # the people a course or a campaign assigns, named by their role, are given duties as a body is
    t = last("2. Giảng viên, báo cáo viên của lớp\nSoạn bài về cách chăm sóc cây.\n")
    assert (t["assignee"], t["actions"]) == ("Giảng viên, báo cáo viên của lớp", 1)
    t = last("2. Tuyên truyền viên các thôn\n- Nói chuyện với người dân về cây.\n- Phát tờ rơi.\n")
    assert (t["assignee"], t["actions"]) == ("Tuyên truyền viên các thôn", 2)


def test_a_heading_naming_its_places_after_a_colon_is_whole() -> None:
    # "…các xã: A, B và C" names which communes; the bullets below are the duties
    t = last(
        "2. Ủy ban nhân dân các xã: Phước Hưng, An Ngãi và Long Tân\n- Chọn đất trồng cây.\n"
        "- Phối hợp với Đoàn Thanh niên xã trồng cây.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Ủy ban nhân dân các xã: Phước Hưng, An Ngãi và Long Tân",
        ["Đoàn Thanh niên xã"],
        2,
    )


def test_a_citys_name_inside_a_proper_name_goes_on() -> None:
    # "Thành phố" inside a proper name of capitalised syllables is one of them, not where the name ends
    assert coordinates(
        "Phối hợp với Bệnh viện Mắt Thành phố Đà Nẵng, Bệnh viện Phổi Tây Bắc tổ chức khám bệnh."
    ) == ["Bệnh viện Mắt Thành phố Đà Nẵng", "Bệnh viện Phổi Tây Bắc"]


def test_more_verbs_end_the_partners_names() -> None:
    # handing targets down, covering an area with a network, visiting, drawing lessons: the partners' work
    assert coordinates("Phối hợp với Công đoàn Nhà máy phân giao định mức cho từng tổ.") == [
        "Công đoàn Nhà máy"
    ]
    assert coordinates("Phối hợp với các nhà mạng di động phủ sóng vùng núi.") == ["các nhà mạng di động"]
    assert coordinates("Phối hợp với Hội Người cao tuổi thăm, tặng hoa các cụ.") == ["Hội Người cao tuổi"]
    assert coordinates("Phối hợp với Ban Dân vận Huyện ủy rút kinh nghiệm sau đợt.") == [
        "Ban Dân vận Huyện ủy"
    ]


def test_the_places_a_work_passes_through_name_the_partner() -> None:
    # "các xã có tuyến đê chạy qua": the words after "có" say which communes, up to the verb
    assert coordinates("Phối hợp với Ủy ban nhân dân các xã có tuyến đê chạy qua kiểm tra đê.") == [
        "Ủy ban nhân dân các xã có tuyến đê chạy qua"
    ]
    # up to three words, and "qua" closing them: the verb after it is the partners' work
    assert coordinates("Phối hợp với Ủy ban nhân dân các xã có cáp đi qua dọn dẹp hành lang.") == [
        "Ủy ban nhân dân các xã có cáp đi qua"
    ]


def test_which_places_of_several_levels_name_the_partner() -> None:
    # "các xã, thị trấn có …": the "có" says which of the places of both levels, as after "các xã"
    assert coordinates("Phối hợp với Công an các xã, thị trấn có chợ đầu mối kiểm tra hàng hóa.") == [
        "Công an các xã, thị trấn có chợ đầu mối"
    ]


def test_a_party_group_named_in_lower_case_is_a_body_directed() -> None:
    # "chỉ đạo ban cán sự đảng ủy ban nhân dân huyện chủ trì, phối hợp với …": the group's partners
    t = last(
        "2. Các huyện ủy\n- Chỉ đạo ban cán sự đảng ủy ban nhân dân huyện chủ trì, phối hợp với "
        "Hội Cựu chiến binh huyện trồng cây.\n"
        "- Lãnh đạo đảng đoàn Hội Nông dân huyện phối hợp với Huyện đoàn chọn giống.\n"
    )
    assert t["coordinates_with"] == []


def test_a_documents_number_wrapped_to_the_next_line_goes_on_with_the_duty() -> None:
    # "… theo Kế hoạch" / "45-KH/HU.": the number goes on with the duty, it is no duty of its own
    t = last("2. Văn phòng Huyện ủy\n- Trồng cây theo Kế hoạch\n45-KH/HU.\n- Tổng hợp kết quả.\n")
    assert t["actions"] == 2


def test_a_member_named_by_the_field_in_his_charge_heads_a_task() -> None:
    # "Thành viên phụ trách …" (a board's member in charge of a field) is given duties by name
    t = tasks(
        SECTION + "2. Thành viên phụ trách cây xanh, vườn hoa (bà Lê Thị Hoa)\nChọn giống cây hoa.\n"
        "3. Văn phòng Huyện ủy\nTheo dõi chung.\n"
    )
    assert [(x["assignee"], x["actions"]) for x in t[1:]] == [
        ("Thành viên phụ trách cây xanh, vườn hoa", 1),
        ("Văn phòng Huyện ủy", 1),
    ]


def test_an_association_of_firms_heads_a_task() -> None:
    # "Hiệp hội …" (an association of firms) is asked to do its part as a body is
    t = last(
        "2. Đề nghị Hiệp hội Cây cảnh Long Điền\n- Vận động hội viên tặng cây.\n"
        "- Phối hợp với Hiệp hội Doanh nghiệp huyện chia sẻ giống cây.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Hiệp hội Cây cảnh Long Điền",
        ["Hiệp hội Doanh nghiệp huyện"],
        2,
    )


def test_a_bracket_giving_the_receiving_units_code_stays_with_the_recipient() -> None:
    # "(A05)", a department's code, names the unit that receives the copy as "(Cục …)" does
    assert clean_recipient("- Bộ Quốc phòng (A05) (để b/c);") == "Bộ Quốc phòng (A05)"
    assert clean_recipient("- Sở Tài chính (đ/b);") == "Sở Tài chính"


def test_a_partner_named_by_the_code_the_plan_gave_it_is_read_by_its_name() -> None:
    # "Phòng Kỹ thuật hình sự (PC09)" once in full, then "PC09" alone: the partner is the unit so named
    t = tasks(
        "II. NỘI DUNG\nPhòng Hậu cần (PH10) và Phòng Kỹ thuật hình sự, pháp y (PC09) bảo đảm xe, kho.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Hậu cần (PH10)\n- Phối hợp với PC09, Bộ Chỉ huy Quân sự tỉnh "
        "(A12) kiểm kê kho.\n2. Phòng Kỹ thuật hình sự, pháp y (PC09)\n"
        "- Chủ trì, phối hợp với PH10, A12 bốc xếp hàng.\n"
    )
    assert [(x["assignee"], x["coordinates_with"]) for x in t] == [
        ("Phòng Hậu cần", ["Phòng Kỹ thuật hình sự, pháp y", "Bộ Chỉ huy Quân sự tỉnh"]),
        ("Phòng Kỹ thuật hình sự, pháp y", ["Phòng Hậu cần", "Bộ Chỉ huy Quân sự tỉnh"]),
    ]


def test_a_partner_named_right_after_phoi_hop_without_voi() -> None:
    # "Phối hợp Hạt Kiểm lâm …": "với" left out before a body's capitalised name; a duty's verb is no partner
    assert coordinates("Phối hợp Hạt Kiểm lâm huyện kiểm tra rừng trồng.") == ["Hạt Kiểm lâm huyện"]
    assert coordinates("Chủ trì, phối hợp Trồng cây ven đường.") == []


def test_an_agency_named_in_lower_case_after_a_comma_is_the_next_partner() -> None:
    # "…, cơ quan đăng kiểm …": the next body of the list; "…, cơ quan thường trực …" is a role
    assert coordinates("Phối hợp với Công an huyện, cơ quan đăng kiểm xe cơ giới kiểm tra xe.") == [
        "Công an huyện",
        "cơ quan đăng kiểm xe cơ giới",
    ]
    assert split_bodies("Phòng Nội vụ, cơ quan thường trực Hội đồng") == [
        "Phòng Nội vụ, cơ quan thường trực Hội đồng"
    ]


def test_a_heading_giving_the_lead_with_no_colon_ends_its_name_before_the_lead() -> None:
    # "Ban X chủ trì, phối hợp với Ban Y, Ban Z" as the whole heading line, its duties in the bullets below
    t = last(
        "2. Phòng Nội vụ huyện chủ trì, phối hợp với Thanh tra huyện, Phòng Tư pháp huyện\n- Rà soát hồ sơ.\n"
    )
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Phòng Nội vụ huyện",
        ["Thanh tra huyện", "Phòng Tư pháp huyện"],
        1,
    )
    t = last("2. Đài Truyền thanh huyện phối hợp với Phòng Văn hóa huyện\n- Đưa tin.\n- Làm phóng sự.\n")
    assert (t["assignee"], t["coordinates_with"], t["actions"]) == (
        "Đài Truyền thanh huyện",
        ["Phòng Văn hóa huyện"],
        2,
    )


def test_a_schools_staff_and_its_pioneer_brigade_are_given_tasks_by_name() -> None:
    # a school's plan gives work to its deputy head, its teachers, its staff and its pioneers' brigade
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Phó Hiệu trưởng\n- Lập lịch trực hè.\n- Báo cáo kết quả.\n"
        "2. Giáo viên bộ môn Tin học\n- Soạn bài giảng.\n3. Liên đội\n- Tổ chức trò chơi.\n"
        "4. Nhân viên thư viện nhà trường\n- Mở cửa thư viện.\n"
    )
    assert [(t["assignee"], t["actions"]) for t in tasks(body)] == [
        ("Phó Hiệu trưởng", 2),
        ("Giáo viên bộ môn Tin học", 1),
        ("Liên đội", 1),
        ("Nhân viên thư viện nhà trường", 1),
    ]


def test_the_area_of_the_places_of_a_level_is_part_of_the_partners_name() -> None:
    # "các xã vùng cao": which of the places, by the area they are in, up to the partners' verb
    assert coordinates("phối hợp với Ủy ban nhân dân các xã vùng chè xây dựng mô hình.") == [
        "Ủy ban nhân dân các xã vùng chè"
    ]
    assert coordinates("phối hợp với Công an các huyện vùng biên giới và Sở Y tế rà soát.") == [
        "Công an các huyện vùng biên giới",
        "Sở Y tế",
    ]


def test_a_press_title_named_by_fields_goes_on_after_va_with_its_last_field() -> None:
    # "Tạp chí Nông thôn và Hội": the title's last field, a bare kind with no place or name of its own
    assert coordinates("phối hợp với Báo Tin tức, Tạp chí Nông thôn và Hội đưa tin.") == [
        "Báo Tin tức",
        "Tạp chí Nông thôn và Hội",
    ]
    assert coordinates("phối hợp với Tạp chí Nông thôn và Hội Nông dân tỉnh đưa tin.") == [
        "Tạp chí Nông thôn",
        "Hội Nông dân tỉnh",
    ]
    assert coordinates("phối hợp với Báo Tin tức và Đài huyện đưa tin.") == ["Báo Tin tức", "Đài huyện"]


def test_a_research_bodys_fields_after_nghien_cuu_are_part_of_its_name() -> None:
    # "Viện Nghiên cứu, sản xuất giống chè Phú Hộ": the fields listed after "Nghiên cứu," (a verb among them)
    # up to the proper name
    assert coordinates("phối hợp với Viện Nghiên cứu, sản xuất giống và chế biến chè Phú Hộ khảo sát.") == [
        "Viện Nghiên cứu, sản xuất giống và chế biến chè Phú Hộ"
    ]
    # a duty verb after the comma is the partners' duty
    assert coordinates("phối hợp với Viện Nghiên cứu, tổ chức hội thảo tại Sơn La.") == ["Viện Nghiên cứu"]
