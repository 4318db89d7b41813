"""Tables of tasks in "Tổ chức thực hiện" flattened to text, each rule on a short table written for it."""

from __future__ import annotations

from ingest import extract_text
from ingest.read import source_from_text
from ingest.tasks import partners, read_tasks
from ingest.text import Text

HEAD = "SỞ NÔNG NGHIỆP TỈNH LONG AN\nSố: 9/KH-SNN\nKẾ HOẠCH\nvề trồng rừng ven sông\n"
TABS = (
    "IV. TỔ CHỨC THỰC HIỆN\n1. Phân công\nCác đơn vị thực hiện theo bảng sau:\n"
    "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
    "1\tChọn giống cây keo\tChi cục Kiểm lâm\tTrung tâm Khuyến nông, Hạt Kiểm lâm các huyện, thị xã\tQuý I\n"
    "2\tGiao đất trồng rừng\tPhòng Kế hoạch - Tài chính\t\tQuý II\n"
    "3\tNghiệm thu rừng trồng\tChi cục Kiểm lâm\tThanh tra Sở; Phòng Kế hoạch - Tài chính\tQuý IV\n"
    "\n2. Trách nhiệm của các đơn vị\n2.1. Phòng Kế hoạch - Tài chính\n"
    "- Bố trí kinh phí trồng rừng.\n- Phối hợp với Kho bạc tỉnh thanh toán tiền cây giống.\n"
    "2.2. Văn phòng Sở\nTổng hợp báo cáo kết quả trồng rừng.\n"
)


def read(body: str) -> list[tuple[str, list[str], int]]:
    t = Text(source_from_text(HEAD + body, "table.txt"))
    first = next(k for k, b in enumerate(t.blocks) if "TỔ CHỨC THỰC HIỆN" in b.text) + 1
    return [(x.assignee, partners(t, x), len(x.duties)) for x in read_tasks(t, first, len(t.blocks))]


def test_each_row_gives_its_lead_body_one_duty_with_the_partners_of_its_row() -> None:
    got = read(TABS)
    assert got[0] == (
        "Chi cục Kiểm lâm",
        [
            "Trung tâm Khuyến nông",
            "Hạt Kiểm lâm các huyện, thị xã",
            "Thanh tra Sở",
            "Phòng Kế hoạch - Tài chính",
        ],
        2,
    )


def test_a_body_in_the_table_and_in_the_text_is_one_task() -> None:
    got = read(TABS)
    assert got[1:] == [
        ("Phòng Kế hoạch - Tài chính", ["Kho bạc tỉnh"], 3),
        ("Văn phòng Sở", [], 1),
    ]


def test_columns_split_by_runs_of_spaces() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "  TT   Nội dung công việc       Cơ quan chủ trì       Cơ quan phối hợp     Thời gian\n"
        "  1    Chọn giống cây keo       Chi cục Kiểm lâm      Trung tâm Khuyến nông   Quý I\n"
        "  2    Giao đất trồng rừng      Văn phòng Sở          Thanh tra Sở         Quý II\n"
    )
    assert read(body) == [
        ("Chi cục Kiểm lâm", ["Trung tâm Khuyến nông"], 1),
        ("Văn phòng Sở", ["Thanh tra Sở"], 1),
    ]


def test_the_plan_reads_the_table_and_cells_keep_their_source() -> None:
    got = extract_text(HEAD + TABS, "table.txt")["tasks"]
    assert [(x["assignee"], x["actions"]) for x in got] == [
        ("Chi cục Kiểm lâm", 2),
        ("Phòng Kế hoạch - Tài chính", 3),
        ("Văn phòng Sở", 1),
    ]
    assert got[0]["duties"][0]["text"] == "Chọn giống cây keo"
    assert got[1]["duties"][0]["source"]["text"] == "Giao đất trồng rừng"


def test_a_table_without_a_lead_column_gives_no_task() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\nTheo dõi tiến độ theo bảng:\n"
        "STT\tNội dung\tThời gian\tGhi chú\n1\tChọn giống cây keo\tQuý I\tVăn phòng Sở\n"
    )
    assert [(a, n) for a, _, n in read(body)] == [("Văn phòng Sở", 2)]


def test_the_facts_give_each_task_the_partners_of_its_rows_and_its_text() -> None:
    facts = extract_text(HEAD + TABS, "table.txt")
    tasks = {t["assignee"]: t["coordinates_with"] for t in facts["tasks"]}
    assert tasks["Chi cục Kiểm lâm"][:2] == ["Trung tâm Khuyến nông", "Hạt Kiểm lâm các huyện, thị xã"]
    assert tasks["Phòng Kế hoạch - Tài chính"] == ["Kho bạc tỉnh"]


def test_a_number_broken_from_its_so_at_a_line_end_is_not_a_heading() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\n"
        "- Tham mưu sơ kết việc thực hiện Nghị quyết số\n22-NQ/TW.\n- Báo cáo kết quả về Sở.\n"
    )
    facts = extract_text(HEAD + body, "so.txt")
    assert [(t["assignee"], t["actions"]) for t in facts["tasks"]] == [("Văn phòng Sở", 2)]
    assert "22-NQ/TW" in [c["key"] for c in facts["cited"]]


def test_a_duty_broken_by_wide_spaces_is_not_a_table_header() -> None:
    # a file whose words are spaced unevenly: "chủ trì" in a line of three "cells" is still a duty
    body = (
        "IV- TỔ CHỨC  THỰC HIỆN\n1. Văn phòng Sở\n- Theo dõi việc trồng rừng.\n"
        "2. Các hạt kiểm lâm chủ trì, phối hợp với Văn phòng Sở, các phòng   chuyên môn bố trí kinh  phí, "
        "bảo đảm điều kiện cho việc triển khai các nội dung của kế hoạch.\n"
        "3. Chi cục Kiểm lâm và  Bảo tồn \n"
        "- Hướng dẫn, theo  dõi, đôn đốc việc trồng rừng ở cơ sở, trước  ngày 19/7/2024. \n"
        "- Biên soạn tài liệu tuyên   truyền cho tuyên     truyền viên; báo cáo kết quả về Sở.\n"
    )
    got = read(body)
    assert [(name, n) for name, _, n in got] == [
        ("Văn phòng Sở", 1),
        ("Các hạt kiểm lâm", 1),
        ("Chi cục Kiểm lâm và Bảo tồn", 2),
    ]


# A PDF's layout (pdftotext -layout): cells wrap onto the lines below their row, each piece under the
# cell's start; a page break cuts the table, with the page's number, the running header and the header row
# again; numbered items in prose follow the table.
LAYOUT = (
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "     1. Phân công thực hiện\n\n"
    " TT   Nội dung công việc                Chủ trì                 Phối hợp                Thời gian\n"
    " 1    Khảo sát bãi bồi, lập danh mục    Chi cục Kiểm lâm        Phòng Kế hoạch - Tài    Tháng 3/2026\n"
    "      các điểm trồng rừng ven sông                              chính; Ủy ban nhân dân\n"
    "                                                                các huyện\n\n"
    " 2    Ươm cây giống bần, mắm, đước và   Trung tâm Khuyến nông   Chi cục Kiểm lâm        Quý II/2026\n"
    "      cây bản địa khác\n\n"
    "                                          2\n"
    "\fSỞ NÔNG NGHIỆP TỈNH LONG AN                           Kế hoạch số 9/KH-SNN\n\n"
    " TT   Nội dung công việc                Chủ trì                 Phối hợp                Thời gian\n"
    " 3    Nghiệm thu diện tích rừng trồng   Chi cục Kiểm lâm        Thanh tra Sở            Quý IV/2026\n"
    "      mới, đề nghị thanh toán\n\n"
    "     2. Chi cục Kiểm lâm\n"
    "     - Hướng dẫn kỹ thuật trồng và chăm sóc rừng phòng hộ ven sông cho các hộ nhận khoán, theo\n"
    "dõi tỷ lệ cây sống sau từng đợt trồng.\n"
    "     - Phối hợp với Công an tỉnh ngăn chặn việc chặt phá rừng mới trồng ở các bãi bồi.\n"
    "     3. Văn phòng Sở\n"
    "     Tổng hợp kết quả trồng rừng, báo cáo Giám đốc Sở trước ngày 20 hằng tháng.\n\n"
    "                                          3\n"
    "\fSỞ NÔNG NGHIỆP TỈNH LONG AN                           Kế hoạch số 9/KH-SNN\n\n"
    "     Kế hoạch này được gửi đến các phòng, đơn vị thuộc Sở để thực hiện./.\n"
)


def test_a_laid_out_table_with_wrapped_cells_across_a_page_break() -> None:
    # a wrapped "phối hợp" cell is read whole; the rows after the page break are read; the item below the
    # table is not a piece of its cells; a body of the table and of the prose is one task
    assert read(LAYOUT) == [
        (
            "Chi cục Kiểm lâm",
            ["Phòng Kế hoạch - Tài chính", "Ủy ban nhân dân các huyện", "Thanh tra Sở", "Công an tỉnh"],
            4,
        ),
        ("Trung tâm Khuyến nông", ["Chi cục Kiểm lâm"], 1),
        ("Văn phòng Sở", [], 1),
    ]


# A PDF's layout whose header titles wrap ("Đơn vị" / "chủ trì"), whose "chủ trì" cells wrap over two or
# three lines (a hyphen at either end of a piece), and whose page break falls inside a row: the page's
# number at the top of the next page, the header row not repeated.
WRAPPED_LEADS = (
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Phân công thực hiện\n"
    " TT   Nội dung công việc                 Đơn vị            Đơn vị phối hợp         Thời hạn\n"
    "                                         chủ trì                                   thực hiện\n\n"
    " 1    Khảo sát bãi bồi, lập danh mục     Phòng Tài nguyên  Hạt Kiểm lâm huyện;     Tháng 3/2026\n"
    "      điểm trồng rừng ven sông           và Môi trường     Ủy ban nhân dân các\n"
    "                                                           xã ven sông\n\n"
    " 2    Ươm cây giống bần, mắm, đước       Phòng Kinh tế -   Trạm Khuyến nông;       Quý II/2026\n"
    "      và cây bản địa khác cho các        Hạ tầng và        Hội Nông dân huyện;\n"
    "      hộ nhận khoán                      Đô thị            Ủy ban nhân dân các\n"
    "\f                                          2\n\n"
    "                                                           xã ven sông\n\n"
    " 3    Nghiệm thu rừng trồng mới          Phòng Tài chính   Phòng Nông nghiệp -     Quý IV/2026\n"
    "                                         - Kế hoạch        Phát triển nông thôn\n\n"
    "2. Phòng Tài chính - Kế hoạch\n"
    "- Bố trí kinh phí cho các hộ nhận khoán.\n"
)


def test_a_laid_out_table_with_wrapped_titles_and_lead_cells_and_a_page_break_inside_a_row() -> None:
    # the header's titles are read with their second line; a lead cell's pieces make its body's name; the
    # row cut by the page break goes on after the page's number; the body of a row and of the prose is one
    want = [
        ("Phòng Tài nguyên và Môi trường", ["Hạt Kiểm lâm huyện", "Ủy ban nhân dân các xã ven sông"], 1),
        (
            "Phòng Kinh tế - Hạ tầng và Đô thị",
            ["Trạm Khuyến nông", "Hội Nông dân huyện", "Ủy ban nhân dân các xã ven sông"],
            1,
        ),
        ("Phòng Tài chính - Kế hoạch", ["Phòng Nông nghiệp - Phát triển nông thôn"], 2),
    ]
    assert read(WRAPPED_LEADS) == want
    facts = extract_text(HEAD + WRAPPED_LEADS, "table.txt")
    assert [(x["assignee"], x["coordinates_with"], x["actions"]) for x in facts["tasks"]] == want


# A Word table saved as text, one cell a line: the header's titles too, no column of row numbers, one
# column naming the lead body and its partners ("X chủ trì, phối hợp với Y"); numbered prose items follow.
STACKED = (
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Phân công cụ thể\n"
    "Nội dung\n"
    "Cơ quan thực hiện\n"
    "Thời hạn\n"
    "Đo đạc, cắm mốc ranh giới các bãi bồi ven sông\n"
    "Chi cục Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các huyện\n"
    "Quý I/2026\n"
    "Cấp phát cây giống cho các hộ nhận khoán\n"
    "Trung tâm Khuyến nông\n"
    "Quý II/2026\n"
    "Nghiệm thu, thanh toán tiền công trồng rừng\n"
    "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Thanh tra Sở, Chi cục Kiểm lâm\n"
    "Tháng 12/2026\n"
    "2. Trung tâm Khuyến nông phối hợp với Hội Nông dân tỉnh ưu tiên giao cây cho hộ nghèo.\n"
    "3. Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở.\n"
)


def test_a_table_of_one_cell_a_line_is_read_in_rows_of_its_header_s_columns() -> None:
    # the header's lines give the columns; each row's lead cell "X chủ trì, phối hợp với Y" names X and its
    # partner Y; a body of a row and of the prose is one task
    want = [
        ("Chi cục Kiểm lâm", ["Ủy ban nhân dân các huyện"], 1),
        ("Trung tâm Khuyến nông", ["Hội Nông dân tỉnh"], 2),
        ("Phòng Kế hoạch - Tài chính", ["Thanh tra Sở", "Chi cục Kiểm lâm"], 1),
        ("Văn phòng Sở", [], 1),
    ]
    assert read(STACKED) == want
    facts = extract_text(HEAD + STACKED, "table.txt")
    assert [(x["assignee"], x["coordinates_with"], x["actions"]) for x in facts["tasks"]] == want
    assert facts["tasks"][0]["duties"][0]["text"] == "Đo đạc, cắm mốc ranh giới các bãi bồi ven sông"


def test_a_table_of_one_cell_a_line_with_row_numbers_skips_the_headings_of_groups() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Phân công thực hiện\n"
        "STT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
        "I\nCHUẨN BỊ\n"
        "1\nĐo đạc các bãi bồi\nChi cục Kiểm lâm\nỦy ban nhân dân các huyện\nQuý I\n"
        "II\nTRỒNG RỪNG\n"
        "2\nCấp phát cây giống\nTrung tâm Khuyến nông\nHội Nông dân tỉnh\nQuý II\n"
        "3\nTrồng dặm cây chết\nChi cục Kiểm lâm\nHạt Kiểm lâm các huyện\nQuý III\n"
    )
    assert read(body) == [
        ("Chi cục Kiểm lâm", ["Ủy ban nhân dân các huyện", "Hạt Kiểm lâm các huyện"], 2),
        ("Trung tâm Khuyến nông", ["Hội Nông dân tỉnh"], 1),
    ]


def test_a_markdown_table_with_pipes_and_a_rule_under_its_header() -> None:
    # a pandoc export: cells between pipes, a "|---|" rule under the header row; an empty cell stays one
    got = read(
        "IV. TỔ CHỨC THỰC HIỆN\n1. Phân công\n\n"
        "| STT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
        "| 1 | Ươm cây giống | Trung tâm Khuyến nông | Hạt Kiểm lâm; Phòng Kinh tế | Quý I |\n"
        "| 2 | Giao đất | Phòng Kinh tế |  | Quý II |\n"
        "| 3 | Nghiệm thu rừng | Trung tâm Khuyến nông | Thanh tra Sở | Quý IV |\n\n"
        "2. Chế độ báo cáo\nCác đơn vị gửi báo cáo hằng quý.\n"
    )
    assert got == [
        ("Trung tâm Khuyến nông", ["Hạt Kiểm lâm", "Phòng Kinh tế", "Thanh tra Sở"], 2),
        ("Phòng Kinh tế", [], 1),
    ]
