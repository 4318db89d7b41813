"""Bodies in time: when a body existed and which body took over from it, as far as the graph knows.

The changes of 2025 the graph records (and nothing it cannot state):

- on 1 July 2025 the district level was abolished, the 63 provinces became 34 and the communes were
  rearranged (`ontology.units`): the standing bodies of a district, of a commune of 2023 and of a
  merged province ended that day; those of a commune or a merged province were taken over by the same
  body of the unit(s) it became (Tỉnh ủy Sóc Trăng -> Thành ủy Cần Thơ of 2025); a district's have no
  successor;
- in 2025 (the year is all the graph states) the Propaganda and the Mass Mobilisation Commissions of
  the Central Committee and of each provincial committee merged into one "Ban Tuyên giáo và Dân vận".

A date is a `datetime.date`, or an `int` year when only the year is known. A body's end is the first
day it no longer existed. Bodies with a qualifier (departments, socio-political organisations,
steering committees) and a district's advisory boards get no dates of their own: they end with
their place, which the validation reads through `vk:place` (see `vksh:IssuerExistsOnDate`).
"""

from __future__ import annotations

from datetime import date

from ontology.places import Place, dissolved, founded, successors
from ontology.units import CHANGE_DATE

When = date | int  # a day, or a year when only the year is known

MERGED_BOARDS = ("ban-tuyen-giao", "ban-dan-van")
MERGED_INTO = "ban-tuyen-giao-va-dan-van"
BOARD_MERGER: When = 2025

# Standing bodies that end with their place and go over to the place(s) it became.
SUCCEEDING_KINDS = frozenset(
    {
        "ban-chap-hanh",
        "ban-thuong-vu",
        "thuong-truc",
        "ban-to-chuc",
        "ban-noi-chinh",
        "uy-ban-kiem-tra",
        "van-phong",
        "hoi-dong-nhan-dan",
        "uy-ban-nhan-dan",
        "uy-ban-mttq",
        "ban-thuong-truc",
        MERGED_INTO,
    }
)


def _merged_board(place: Place, kind_key: str) -> bool:
    return kind_key in MERGED_BOARDS and place.kind in ("country", "province") and not place.since_2025


def body_interval(
    place: Place, kind_key: str, qualifier: str | None = None
) -> tuple[When | None, When | None]:
    """(founded, ended) of the body of a kind at a place; None where the graph does not know."""
    if qualifier:
        return None, None
    start: When | None = founded(place) if kind_key in SUCCEEDING_KINDS else None
    end: When | None = dissolved(place) if kind_key in SUCCEEDING_KINDS else None
    if kind_key == MERGED_INTO and not place.since_2025:
        start = BOARD_MERGER
    if _merged_board(place, kind_key):
        end = BOARD_MERGER
    return start, end


def body_successors(
    place: Place, kind_key: str, qualifier: str | None = None
) -> list[tuple[Place, str, When]]:
    """(place, kind key, date of the change) of each body that took over from this one."""
    if qualifier:
        return []
    if _merged_board(place, kind_key):
        return [(place, MERGED_INTO, BOARD_MERGER)]
    if kind_key in SUCCEEDING_KINDS:
        return [(s, kind_key, CHANGE_DATE) for s in successors(place)]
    return []


def existed_on(interval: tuple[When | None, When | None], day: date) -> bool | None:
    """True or False when the interval tells whether the body existed on `day`, None when it cannot
    (a year-only bound in that year)."""
    start, end = interval
    if (isinstance(start, date) and day < start) or (isinstance(start, int) and day.year < start):
        return False
    if (isinstance(end, date) and day >= end) or (isinstance(end, int) and day.year > end):
        return False
    if (isinstance(start, int) and day.year == start) or (isinstance(end, int) and day.year == end):
        return None
    return True
