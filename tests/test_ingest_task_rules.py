"""Rules of the "Tổ chức thực hiện" tasks, each on a short text written for the test."""

from __future__ import annotations

from ingest import extract_text

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
