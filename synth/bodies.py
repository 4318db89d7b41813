"""Issuers of plans at each level and in each system, with the bodies their plans give tasks to.

An `Issuer` holds everything a plan needs about who wrote it: its header lines, number symbol, how
other plans name it, who signs, which bodies get tasks and who is on the "Nơi nhận" list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from synth.places import Commune, District, Province

KINDS = (
    "prov_party",
    "prov_program",
    "prov_btg",
    "prov_state",
    "prov_front",
    "bloc",
    "dist_party",
    "dist_state",
    "dist_front",
    "commune",
)


@dataclass
class Issuer:
    kind: str
    uid: str  # the numbering body: counters and pools are kept per uid
    name: str  # as the facts give it: "Ban Thường vụ Huyện ủy Hậu Lộc"
    level: str
    system: str
    province: Province
    district: District | None
    jurisdiction: str
    doc_type: str
    symbol: str
    state_style: bool
    header_left: list[str]
    place: str
    cited_as: tuple[str, ...]  # how plans of the same area name it after "của"
    self_name: str  # how its own opening sentence names it
    sign_for: str | None  # "T/M BAN THƯỜNG VỤ" …
    on_behalf_of: str | None
    positions: tuple[tuple[str, str], ...]  # (as printed, as the facts give it)
    assignees: list[str]
    partners: list[str]  # bodies safe to name in "phối hợp với" (no comma, no "và")
    report_to: list[str]
    recipients: list[tuple[str, str]]  # (name, note) — note "" or "(b/c)" …
    term_start: dt.date | None = None
    extra: dict = field(default_factory=dict)


def _up(s: str) -> str:
    return s.upper()


_PARTY_POS = (
    ("BÍ THƯ", "Bí thư"),
    ("PHÓ BÍ THƯ", "Phó Bí thư"),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC", "Phó Bí thư Thường trực"),
)
_STATE_POS = (("CHỦ TỊCH", "Chủ tịch"), ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"))
_FRONT_POS = (
    ("CHỦ TỊCH", "Chủ tịch"),
    ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
    ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Phó Chủ tịch Thường trực"),
)


def _units(p: Province) -> str:
    return "quận, huyện, thị xã" if p.is_city else "huyện, thị xã, thành phố"


def make_issuer(
    kind: str, p: Province, d: District | None = None, c: Commune | None = None, bloc: str | None = None
) -> Issuer:
    tu = p.committee  # Tỉnh ủy / Thành ủy
    pk = p.kind  # tỉnh / thành phố
    if kind in ("prov_party", "prov_program"):
        prog = kind == "prov_program"
        return Issuer(
            kind,
            f"P{p.index}",
            f"Ban Chấp hành Đảng bộ {pk} {p.name}" if prog else f"Ban Thường vụ {tu} {p.name}",
            "province",
            "party",
            p,
            None,
            p.jurisdiction,
            "Chương trình hành động" if prog else "Kế hoạch",
            "CTr/TU" if prog else "KH/TU",
            False,
            [_up(f"{tu} {p.name}")],
            p.name,
            (f"Ban Chấp hành Đảng bộ {pk}",) if prog else ("Ban Thường vụ " + tu, f"{tu} {p.name}"),
            f"Ban Chấp hành Đảng bộ {pk}" if prog else f"Ban Thường vụ {tu}",
            f"T/M {_up(tu)}" if prog else "T/M BAN THƯỜNG VỤ",
            tu if prog else "Ban Thường vụ",
            _PARTY_POS,
            [
                f"Ban Tuyên giáo {tu}",
                f"Ban Tổ chức {tu}",
                f"Ủy ban Kiểm tra {tu}",
                f"Ban Dân vận {tu}",
                f"Văn phòng {tu}",
                f"Ban cán sự đảng Ủy ban nhân dân {pk}",
                f"Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội {pk}",
                f"Các {'quận ủy, huyện ủy' if p.is_city else 'huyện ủy'}, thị ủy, thành ủy, "
                f"đảng ủy trực thuộc {tu}",
            ],
            [
                f"Ban Tổ chức {tu}",
                f"Ban Tuyên giáo {tu}",
                f"Văn phòng {tu}",
                f"Ủy ban Kiểm tra {tu}",
                f"Ban Dân vận {tu}",
                "các cơ quan liên quan",
            ],
            [f"Ban Thường vụ {tu}", f"Thường trực {tu}"],
            [
                ("Ban Bí thư Trung ương Đảng", "(b/c)"),
                ("Ban Tuyên giáo Trung ương", "(b/c)"),
                (f"Các đồng chí {tu} viên", ""),
                (f"Các ban đảng, Văn phòng {tu}", ""),
                (f"Các đảng đoàn, ban cán sự đảng {pk}", ""),
                (f"Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc {tu}", ""),
                (f"Lưu Văn phòng {tu}", ""),
            ],
        )
    if kind == "prov_btg":
        return Issuer(
            kind,
            f"P{p.index}/BTG",
            f"Ban Tuyên giáo {tu} {p.name}",
            "province",
            "party",
            p,
            None,
            p.jurisdiction,
            "Hướng dẫn",
            "HD/BTGTU",
            False,
            [_up(f"{tu} {p.name}"), "BAN TUYÊN GIÁO"],
            p.name,
            (f"Ban Tuyên giáo {tu}",),
            f"Ban Tuyên giáo {tu}",
            None,
            None,
            (("TRƯỞNG BAN", "Trưởng ban"), ("PHÓ TRƯỞNG BAN", "Phó Trưởng ban")),
            [
                f"Ban tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc {tu}",
                f"Mặt trận Tổ quốc và các tổ chức chính trị - xã hội {pk}",
                "Sở Thông tin và Truyền thông",
                f"Các cơ quan báo chí của {pk}",
                f"Báo {p.name}",
            ],
            ["các cơ quan báo chí", "Sở Nội vụ", f"Văn phòng {tu}", "các cơ quan liên quan"],
            [f"Ban Tuyên giáo {tu}"],
            [
                (f"Thường trực {tu}", "(b/c)"),
                ("Ban Tuyên giáo Trung ương", "(b/c)"),
                (f"Các ban đảng, đảng đoàn, ban cán sự đảng {pk}", ""),
                (f"Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc {tu}", ""),
                ("Lãnh đạo Ban", ""),
                (f"Lưu Ban Tuyên giáo {tu}", ""),
            ],
        )
    if kind == "prov_state":
        return Issuer(
            kind,
            f"P{p.index}/UB",
            f"Ủy ban nhân dân {pk} {p.name}",
            "province",
            "state",
            p,
            None,
            p.jurisdiction,
            "Kế hoạch",
            "KH-UBND",
            True,
            ["ỦY BAN NHÂN DÂN", _up(f"{pk} {p.name}")],
            p.name,
            (f"Ủy ban nhân dân {pk}", f"UBND {pk}"),
            f"Ủy ban nhân dân {pk}",
            "TM. ỦY BAN NHÂN DÂN",
            "Ủy ban nhân dân",
            _STATE_POS,
            [
                "Sở Nội vụ",
                "Sở Thông tin và Truyền thông",
                "Sở Tài chính",
                "Sở Kế hoạch và Đầu tư",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Giáo dục và Đào tạo",
                "Sở Tư pháp",
                f"Công an {pk}",
                f"Ủy ban nhân dân các {_units(p)}",
                f"Các sở, ban, ngành {pk}",
            ],
            [
                "Sở Nội vụ",
                "Sở Tài chính",
                "Sở Tư pháp",
                f"Công an {pk}",
                "các sở, ngành liên quan",
                "các cơ quan, đơn vị liên quan",
            ],
            [f"Ủy ban nhân dân {pk}", "Sở Nội vụ"],
            [
                (f"Thường trực {tu}", "(b/c)"),
                (f"Thường trực Hội đồng nhân dân {pk}", "(b/c)"),
                ("Chủ tịch, các Phó Chủ tịch UBND " + pk, ""),
                (f"Các sở, ban, ngành {pk}", ""),
                (f"UBND các {_units(p)}", ""),
                ("Lưu: VT", ""),
            ],
        )
    if kind == "prov_front":
        mt = f"Ủy ban MTTQ Việt Nam {pk}"
        return Issuer(
            kind,
            f"P{p.index}/MT",
            f"Ban Thường trực {mt} {p.name}",
            "province",
            "front",
            p,
            None,
            p.jurisdiction,
            "Kế hoạch",
            "KH-MTTQ-BTT",
            True,
            ["ỦY BAN MTTQ VIỆT NAM", _up(f"{pk} {p.name}"), "BAN THƯỜNG TRỰC"],
            p.name,
            (f"Ban Thường trực {mt}",),
            f"Ban Thường trực {mt}",
            "TM. BAN THƯỜNG TRỰC",
            "Ban Thường trực",
            _FRONT_POS,
            [
                f"Ban Tuyên giáo {mt}",
                f"Ban Dân chủ - Pháp luật {mt}",
                f"Văn phòng {mt}",
                "Ban Thường trực Ủy ban MTTQ Việt Nam cấp huyện",
                "Các tổ chức thành viên",
            ],
            [f"Văn phòng {mt}", "các ban chuyên môn", "các tổ chức thành viên"],
            [f"Ban Thường trực {mt}"],
            [
                ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "(b/c)"),
                (f"Thường trực {tu}", "(b/c)"),
                (f"Ban Dân vận {tu}", ""),
                ("Các tổ chức thành viên", ""),
                (f"BTT Ủy ban MTTQ Việt Nam các {_units(p)}", ""),
                ("Lưu VP", ""),
            ],
        )
    if kind == "bloc":
        assert bloc is not None
        k = f"Đảng ủy Khối {bloc}"
        return Issuer(
            kind,
            f"P{p.index}/K{bloc}",
            f"Ban Thường vụ Đảng ủy Khối {bloc} {p.name}",
            "province",
            "party",
            p,
            None,
            f"bloc:Đảng bộ Khối {bloc}, {p.name}",
            "Kế hoạch",
            "KH/ĐUK",
            False,
            [_up(f"Đảng bộ {pk} {p.name}"), _up(f"Đảng ủy Khối {bloc}")],
            p.name,
            ("Ban Thường vụ Đảng ủy Khối",),
            "Ban Thường vụ Đảng ủy Khối",
            "T/M BAN THƯỜNG VỤ",
            "Ban Thường vụ",
            _PARTY_POS,
            [
                f"Ban Tuyên giáo {k}",
                f"Ban Tổ chức {k}",
                f"Ủy ban Kiểm tra {k}",
                f"Văn phòng {k}",
                "Các cấp ủy cơ sở trực thuộc",
                f"Đoàn Thanh niên Khối {bloc}",
            ],
            [f"Ban Tuyên giáo {k}", f"Ban Tổ chức {k}", f"Văn phòng {k}", "các cơ quan, đơn vị liên quan"],
            ["Ban Thường vụ Đảng ủy Khối"],
            [
                (f"Ban Thường vụ {tu}", "(b/c)"),
                (f"Ban Tuyên giáo {tu}", "(b/c)"),
                ("Các ban, Văn phòng Đảng ủy Khối", ""),
                ("Các cấp ủy cơ sở", ""),
                ("Lưu VP", ""),
            ],
        )
    assert d is not None
    hu = d.committee
    dk = d.kind
    dn = d.name
    cu = "phường" if dk == "quận" else "xã, thị trấn"
    if kind == "dist_party":
        return Issuer(
            kind,
            f"P{p.index}/D{d.index}",
            f"Ban Thường vụ {hu} {dn}",
            "district",
            "party",
            p,
            d,
            d.jurisdiction,
            "Kế hoạch",
            f"KH/{d.symbol_suffix}",
            False,
            [_up(f"Đảng bộ {pk} {p.name}"), _up(f"{hu} {dn}")],
            dn,
            (f"Ban Thường vụ {hu}", f"{hu} {dn}"),
            f"Ban Thường vụ {hu}",
            "T/M BAN THƯỜNG VỤ",
            "Ban Thường vụ",
            _PARTY_POS,
            [
                f"Ban Tuyên giáo {hu}",
                f"Ban Tổ chức {hu}",
                f"Ủy ban Kiểm tra {hu}",
                f"Ban Dân vận {hu}",
                f"Văn phòng {hu}",
                f"Trung tâm Chính trị {dk}",
                f"UBND {dk}",
                f"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {dk}",
                "Các chi, đảng bộ trực thuộc",
            ],
            [
                f"Ban Tuyên giáo {hu}",
                f"Ban Tổ chức {hu}",
                f"Văn phòng {hu}",
                f"Ủy ban Kiểm tra {hu}",
                f"Trung tâm Chính trị {dk}",
                "các cơ quan liên quan",
                "các đơn vị liên quan",
            ],
            [f"Ban Thường vụ {hu}", f"Thường trực {hu}"],
            [
                (f"Ban Thường vụ {p.committee}", "(b/c)"),
                (f"Ban Tuyên giáo {p.committee}", "(b/c)"),
                (f"Thường trực {hu}", ""),
                (f"Các đồng chí {hu} viên", ""),
                (f"Các ban xây dựng Đảng, Văn phòng {hu}", ""),
                ("Các chi, đảng bộ trực thuộc", ""),
                ("Lưu VT", ""),
            ],
        )
    if kind == "dist_state":
        return Issuer(
            kind,
            f"P{p.index}/D{d.index}/UB",
            f"Ủy ban nhân dân {dk} {dn}",
            "district",
            "state",
            p,
            d,
            d.jurisdiction,
            "Kế hoạch",
            "KH-UBND",
            True,
            ["ỦY BAN NHÂN DÂN", _up(f"{dk} {dn}")],
            dn,
            (f"Ủy ban nhân dân {dk}", f"UBND {dk}"),
            f"Ủy ban nhân dân {dk}",
            "TM. ỦY BAN NHÂN DÂN",
            "Ủy ban nhân dân",
            _STATE_POS,
            [
                "Phòng Nội vụ",
                "Phòng Văn hóa và Thông tin",
                "Phòng Tài chính - Kế hoạch",
                "Phòng Tư pháp",
                "Phòng Giáo dục và Đào tạo",
                f"Công an {dk}",
                f"Ủy ban nhân dân các {cu}",
            ],
            ["Phòng Nội vụ", "Phòng Tư pháp", f"Công an {dk}", "các cơ quan, đơn vị liên quan"],
            [f"Ủy ban nhân dân {dk}", "Phòng Nội vụ"],
            [
                (f"Ủy ban nhân dân {pk}", "(b/c)"),
                (f"Thường trực {hu}", "(b/c)"),
                (f"Chủ tịch, các Phó Chủ tịch UBND {dk}", ""),
                (f"Các cơ quan, đơn vị thuộc UBND {dk}", ""),
                (f"UBND các {cu}", ""),
                ("Lưu: VT", ""),
            ],
        )
    if kind == "dist_front":
        mt = f"Ủy ban MTTQ Việt Nam {dk}"
        return Issuer(
            kind,
            f"P{p.index}/D{d.index}/MT",
            f"Ban Thường trực {mt} {dn}",
            "district",
            "front",
            p,
            d,
            d.jurisdiction,
            "Kế hoạch",
            "KH-MTTQ-BTT",
            True,
            ["ỦY BAN MTTQ VIỆT NAM", _up(f"{dk} {dn}"), "BAN THƯỜNG TRỰC"],
            dn,
            (f"Ban Thường trực {mt}",),
            f"Ban Thường trực {mt}",
            "TM. BAN THƯỜNG TRỰC",
            "Ban Thường trực",
            _FRONT_POS,
            [
                f"Cán bộ chuyên trách {mt}",
                f"Các đoàn thể chính trị - xã hội {dk}",
                f"Ban Thường trực Ủy ban MTTQ Việt Nam các {cu}",
            ],
            [f"Văn phòng {hu}", "các tổ chức thành viên", "các cơ quan liên quan"],
            [f"Ban Thường trực {mt}"],
            [
                (f"Ban Thường trực Ủy ban MTTQ Việt Nam {pk}", "(b/c)"),
                (f"Thường trực {hu}", "(b/c)"),
                ("Các tổ chức thành viên", ""),
                (f"BTT Ủy ban MTTQ Việt Nam các {cu}", ""),
                ("Lưu VP", ""),
            ],
        )
    assert kind == "commune" and c is not None
    cn = f"{c.kind} {c.name}"
    return Issuer(
        kind,
        f"P{p.index}/D{d.index}/C{d.communes.index(c)}",
        f"Ban Thường vụ Đảng ủy {cn}",
        "grassroots",
        "party",
        p,
        d,
        f"{'ward' if c.kind == 'phường' else 'commune'}:{c.name}, {dn}, {p.name}",
        "Kế hoạch",
        "KH/ĐU",
        False,
        [_up(f"Đảng bộ {dk} {dn}"), _up(f"Đảng ủy {cn}")],
        c.name,
        (f"Ban Thường vụ Đảng ủy {c.kind}",),
        f"Ban Thường vụ Đảng ủy {c.kind}",
        "T/M BAN THƯỜNG VỤ",
        "Ban Thường vụ",
        _PARTY_POS,
        [
            f"Ủy ban nhân dân {c.kind}",
            f"Ủy ban MTTQ Việt Nam {c.kind}",
            "Văn phòng Đảng ủy",
            "Các chi bộ trực thuộc",
            f"Đoàn Thanh niên Cộng sản Hồ Chí Minh {c.kind}",
            f"Hội Liên hiệp Phụ nữ {c.kind}",
            f"Công an {c.kind}",
        ],
        ["Văn phòng Đảng ủy", f"Công an {c.kind}", "các đoàn thể", "các chi bộ liên quan"],
        [f"Ban Thường vụ Đảng ủy {c.kind}", "Thường trực Đảng ủy"],
        [
            (f"Ban Thường vụ {hu}", "(b/c)"),
            (f"Ban Tổ chức {hu}", "(b/c)"),
            ("Các đồng chí Đảng ủy viên", ""),
            ("Các chi bộ trực thuộc", ""),
            ("Lưu Văn phòng Đảng ủy", ""),
        ],
        extra={"commune": cn},
    )


BLOCS = ("các cơ quan tỉnh", "Doanh nghiệp tỉnh")
