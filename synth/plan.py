"""Writing one plan: its text, line by line, and its facts, from what was written.

`write_plan` takes the issuer, date, number and what the plan carries out, and returns the clean
text (NFC, modern spelling; lexical variations already in) with the facts dict of SCHEMA.md.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from synth import wording as W
from synth.bodies import Issuer
from synth.documents import Doc, roman
from synth.mentions import Mentions, Style, date_text


@dataclass
class PlanSpec:
    index: int
    issuer: Issuer
    date: dt.date
    number: str | None  # None: "Số    -KH/HU" (not numbered yet)
    implements: list[Doc]
    topic: str | None
    about: Doc | None
    central: list[Doc]  # central documents cited in the body (head-heavy sample)
    local: list[Doc]  # other plans of the area cited in the body
    congresses: list[Doc]  # unnumbered congress resolutions cited
    footnote: list[Doc]
    signer: str
    style: Style
    annex: bool
    extra: dict = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _deadline(d: dt.date, rng: random.Random, style: Style) -> tuple[str, dt.date]:
    due = d + dt.timedelta(days=rng.randint(20, 300))
    form = rng.randrange(4)
    if form == 0:
        return f"trước ngày {date_text(due, style, rng)}", due
    if form == 1:
        q = (due.month - 1) // 3
        return f"trong Quý {W.QUARTERS[q]}/{due.year}", due
    if form == 2:
        return f"trong tháng {due.month}/{due.year}", due
    return f"hoàn thành trong năm {due.year}", due


class _Lines:
    def __init__(self, blank: bool) -> None:
        self.lines: list[str] = []
        self.blank = blank

    def add(self, s: str) -> None:
        self.lines.append(s)
        if self.blank:
            self.lines.append("")

    def raw(self, s: str) -> None:
        self.lines.append(s)


def write_plan(spec: PlanSpec, rng: random.Random) -> tuple[str, dict, int]:
    """The plan's text, its facts, and how many lines its header takes."""
    iss = spec.issuer
    style = spec.style
    m = Mentions(rng, style)
    out = _Lines(blank=rng.random() < 0.6)
    key = None
    if spec.number is not None:
        key = f"{spec.number}/{iss.symbol}" if iss.state_style else f"{spec.number}-{iss.symbol}"
    # --- header -------------------------------------------------------------------------------
    num_line = ("Số: " if iss.state_style else "Số ") + (
        key if key else ("    /" if iss.state_style else "     -") + iss.symbol
    )
    place_line = f"{iss.place}, ngày {spec.date.day:02d} tháng {spec.date.month} năm {spec.date.year}"
    if iss.system == "party":
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    else:
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    left = list(iss.header_left)
    if iss.system == "party":
        left.append("*")
    left.append(num_line)
    header: list[str]
    if rng.random() < 0.6:  # two columns, as a text layer of a laid-out page gives them
        width = max(len(x) for x in left) + rng.randint(6, 20)
        rows = max(len(left), len(right) + 1)
        right_col = [*right, *([""] * (rows - len(right) - 1)), place_line]
        left_col = left + [""] * (rows - len(left))
        header = [(a.ljust(width) + b).rstrip() for a, b in zip(left_col, right_col, strict=True)]
    else:
        header = [*left, *right, place_line]
    for h in header:
        out.raw(h)
    out.raw("")
    header_lines = len(out.lines)
    # --- title ------------------------------------------------------------------------------------
    out.add(iss.doc_type.upper())
    if spec.topic is not None:
        title = spec.topic
    else:
        assert spec.about is not None
        title = "thực hiện " + m.mention(
            spec.about, date=rng.random() < 0.4, issuer=True, title=True, depth=1
        )
    if rng.random() < 0.3:
        title = _cap(title)
    cut = title.find(", ", 30)
    if 0 < cut < len(title) - 20 and rng.random() < 0.4:
        out.add(title[: cut + 1])
        out.add(title[cut + 2 :])
    else:
        out.add(title)
    if rng.random() < 0.4:
        out.add(rng.choice(("-----", "------", "*")))
    # --- opening ----------------------------------------------------------------------------------
    impl = [
        m.mention(d, date=d.key is not None and rng.random() < 0.85, issuer=True, title=True)
        for d in spec.implements
    ]
    verb = {
        "Kế hoạch": "ban hành Kế hoạch triển khai thực hiện",
        "Chương trình hành động": "ban hành Chương trình hành động thực hiện",
        "Hướng dẫn": "hướng dẫn công tác tuyên truyền",
    }[iss.doc_type]
    where = {
        "province": f"trên địa bàn {iss.province.kind}",
        "district": f"trên địa bàn {iss.district.kind}" if iss.district else "",
        "grassroots": "ở cơ sở",
    }.get(iss.level, "")
    if iss.kind == "bloc":
        where = "trong Đảng bộ Khối"
    elif iss.kind in ("dist_state", "dist_front", "commune") and iss.district is not None:
        # Their headers do not name the province: the opening does, so a reader can tell.
        unit = f"{iss.extra['commune']}, " if iss.kind == "commune" else ""
        where = (
            f"trên địa bàn {unit}{iss.district.kind} {iss.district.name}, "
            f"{iss.province.kind} {iss.province.name}"
        )
    if len(impl) > 1 and rng.random() < 0.5:
        opening = "; ".join(f"Căn cứ {x}" for x in impl) + f", {iss.self_name} {verb} {where} như sau:"
    else:
        opening = f"Thực hiện {' và '.join(impl)}, {iss.self_name} {verb} {where} như sau:"
    out.add(opening.replace("  ", " "))
    sections: list[dict] = []
    sep = ". " if rng.random() < 0.8 else "- "

    def section(title_: str) -> None:
        n = roman(len(sections) + 1)
        sections.append({"number": n, "title": title_})
        out.add(f"{n}{sep}{title_}")

    short_impl = m.mention(spec.implements[0]) if spec.implements else "Kế hoạch này"
    # --- I ----------------------------------------------------------------------------------------
    section("MỤC TIÊU, YÊU CẦU" if iss.doc_type == "Chương trình hành động" else "MỤC ĐÍCH, YÊU CẦU")
    out.add(
        f"1. {rng.choice(W.VERB_LEAD)} nội dung {short_impl} {rng.choice(W.AUDIENCE)}; {rng.choice(W.GOAL)}."
    )
    cong = [m.mention(c) for c in spec.congresses]
    if cong:
        out.add(f"2. Góp phần thực hiện thắng lợi {', '.join(cong)}; {rng.choice(W.GOAL)}.")
    reqs = rng.sample(W.REQUIREMENT, rng.randint(1, 3))
    n0 = 3 if cong else 2
    for j, r in enumerate(reqs):
        out.add(f"{n0 + j}. {r}.")
    # --- II ---------------------------------------------------------------------------------------
    section(
        rng.choice(("NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ TRỌNG TÂM", "NỘI DUNG TRỌNG TÂM"))
        if iss.doc_type != "Hướng dẫn"
        else "NỘI DUNG TUYÊN TRUYỀN"
    )
    areas = rng.sample(W.TASK_AREA, rng.randint(3, 5))
    central = list(spec.central)
    local = list(spec.local)
    foot_done = not spec.footnote
    for j, area in enumerate(areas, start=1):
        out.add(f"{j}. {area}")
        d1, d2 = rng.sample(W.TASK_DETAIL, 2)
        text = f"{_cap(d1)}; {d2}"
        refs = []
        for _ in range(rng.randint(1, 2)):
            if central:
                refs.append(
                    m.mention(
                        central.pop(0),
                        date=rng.random() < 0.75,
                        issuer=rng.random() < 0.85,
                        title=rng.random() < 0.8,
                    )
                )
        if local and rng.random() < 0.6:
            refs.append(m.mention(local.pop(0), date=True, issuer=True, title=rng.random() < 0.7))
        if refs:
            text += f", gắn với thực hiện {'; '.join(refs)}"
        if not foot_done and rng.random() < 0.5:
            text += " và các quy định có liên quan của Trung ương¹"
            out.add(text + ".")
            out.add(
                "¹ "
                + "; ".join(
                    m.mention(d, date=True, issuer=rng.random() < 0.7, title=True) for d in spec.footnote
                )
                + "."
            )
            foot_done = True
        else:
            out.add(text + ".")
        if rng.random() < 0.4:
            for d in rng.sample(W.TASK_DETAIL, 2):
                out.add(f"- {_cap(d)};")
    rest = central + local
    if rest:
        refs = [m.mention(d, date=rng.random() < 0.7, issuer=True, title=rng.random() < 0.7) for d in rest]
        out.add(f"{len(areas) + 1}. Tiếp tục quán triệt và thực hiện nghiêm {'; '.join(refs)}.")
    if not foot_done:
        out.add(f"{len(areas) + (2 if rest else 1)}. Thực hiện các quy định có liên quan của Trung ương¹.")
        out.add(
            "¹ "
            + "; ".join(m.mention(d, date=True, issuer=rng.random() < 0.7, title=True) for d in spec.footnote)
            + "."
        )
    # --- III (optional) ---------------------------------------------------------------------------
    if rng.random() < 0.5:
        section(rng.choice(("HÌNH THỨC TUYÊN TRUYỀN", "HÌNH THỨC THỰC HIỆN")))
        for f in rng.sample(W.FORMS, rng.randint(2, 4)):
            out.add(f"- {f}.")
    elif rng.random() < 0.4:
        section("KINH PHÍ THỰC HIỆN")
        out.add(
            "Kinh phí thực hiện kế hoạch được bố trí từ nguồn ngân sách theo phân cấp hiện hành và các "
            "nguồn huy động hợp pháp khác."
        )
    # --- tasks ------------------------------------------------------------------------------------
    section("TỔ CHỨC THỰC HIỆN")
    tasks: list[dict] = []
    pool = list(iss.assignees)
    rng.shuffle(pool)
    n_tasks = min(len(pool), rng.randint(3, 6))
    for t, body in enumerate(pool[:n_tasks], start=1):
        partners = [x for x in iss.partners if x.lower() != body.lower()]
        coord = rng.sample(partners, rng.randint(1, 2)) if rng.random() < 0.45 else []
        coord_text = " và ".join(coord) if len(coord) == 2 and rng.random() < 0.6 else ", ".join(coord)
        duties: list[dict] = []

        def duty(first: bool, body: str = body, coord_text: str = coord_text) -> dict:
            d = rng.choice(W.DUTY)
            dl = None
            reports: list[str] = []
            text = d
            if first and coord_text:
                text = f"chủ trì, phối hợp với {coord_text} {d}"
            r = rng.random()
            if r < 0.25:
                dl, _ = _deadline(spec.date, rng, style)
                text += f", {dl}"
            elif r < 0.45:
                to = rng.choice(iss.report_to)
                reports.append(to)
                dl, _ = _deadline(spec.date, rng, style)
                text += f"; tổng hợp, báo cáo kết quả về {to} {dl}"
            return {"text": _cap(text) + ".", "deadline": dl, "reports_to": reports}

        form = rng.random()
        if form < 0.45:  # heading line, then bullets
            k = rng.randint(2, 3)
            out.add(f"{t}. {body}")
            for j in range(k):
                dd = duty(j == 0)
                duties.append(dd)
                out.add(f"- {dd['text']}")
        elif form < 0.7:  # heading line, then one paragraph
            out.add(f"{t}. {body}")
            dd = duty(True)
            duties.append(dd)
            out.add(dd["text"])
        else:  # one paragraph beginning with the body
            dd = duty(True)
            duties.append(dd)
            lead = (
                "Đề nghị "
                if iss.system == "party"
                and any(w in body for w in ("Mặt trận", "Ủy ban nhân dân", "UBND", "Sở ", "Báo "))
                else ""
            )
            txt = dd["text"]
            if txt.startswith("Chủ trì"):
                out.add(f"{t}. {lead}{body} {txt[0].lower()}{txt[1:]}")
            else:
                out.add(f"{t}. {lead}{body}: {txt[0].lower()}{txt[1:]}")
        tasks.append(
            {
                "assignee": body,
                "coordinates_with": coord,
                "actions": len(duties),
                "duties": duties,
                "deadline": next((d["deadline"] for d in duties if d["deadline"]), None),
                "reports_to": [r for d in duties for r in d["reports_to"]],
            }
        )
    out.add(
        f"Trên đây là {iss.doc_type} {rng.choice(('triển khai thực hiện', 'thực hiện'))} "
        f"của {iss.self_name}; "
        f"đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
    )
    # --- recipients and signature -----------------------------------------------------------------
    recips = [r for r in iss.recipients if rng.random() < 0.85 or r[0].startswith("Lưu")]
    rec_lines = ["Nơi nhận:"]
    for j, (name, note) in enumerate(recips):
        end = "." if j == len(recips) - 1 else rng.choice((",", ";"))
        rec_lines.append(f"- {name}{' ' + note if note else ''}{end}")
    pos_print, pos_fact = rng.choice(iss.positions)
    sig = []
    on_behalf = iss.on_behalf_of
    if iss.sign_for:
        if iss.system == "state" and pos_fact != "Chủ tịch":
            sig += [iss.sign_for, "KT. CHỦ TỊCH"]
        else:
            sig.append(iss.sign_for)
    elif pos_fact.startswith("Phó"):
        sig.append("KT. TRƯỞNG BAN")
    sig += [pos_print, "", spec.signer]
    out.raw("")
    if rng.random() < 0.7:
        for x in [*rec_lines, "", *sig]:
            out.raw(x)
    else:
        for x in [*sig, "", *rec_lines]:
            out.raw(x)
    # --- annex ------------------------------------------------------------------------------------
    annexes = []
    if spec.annex:
        kind = rng.choice(("Đề cương", "Phụ lục"))
        out.raw("")
        out.raw("")
        out.add(kind.upper())
        atitle = ("TUYÊN TRUYỀN " if kind == "Đề cương" else "NỘI DUNG TRIỂN KHAI ") + (
            spec.topic.upper() if spec.topic else "CÁC NHIỆM VỤ CỦA KẾ HOẠCH"
        )
        out.add(atitle)
        ann_ref = (f"{iss.doc_type} số {key}" if key else f"{iss.doc_type}") + (
            f", ngày {date_text(spec.date, style, rng)}" if rng.random() < 0.7 else ""
        )
        out.add(f"(Kèm theo {ann_ref} của {iss.self_name})")
        asecs = []
        for j, top in enumerate(rng.sample(W.ANNEX_TOPICS, rng.randint(2, 5)), start=1):
            asecs.append({"number": str(j), "title": top})
            out.add(f"{j}. {top}")
            if rng.random() < 0.5:
                for s, pt in enumerate(rng.sample(W.ANNEX_POINTS, rng.randint(2, 3)), start=1):
                    asecs.append({"number": f"{j}.{s}", "title": pt})
                    out.add(f"{j}.{s}. {pt}")
                    out.add(f"- {_cap(rng.choice(W.TASK_DETAIL))}.")
            else:
                for pt in rng.sample(W.ANNEX_POINTS, 2):
                    out.add(f"- {pt}.")
        annexes.append({"type": kind, "title": atitle, "sections": asecs})
    # --- facts ------------------------------------------------------------------------------------
    doc_facts = {
        "type": iss.doc_type,
        "key": key,
        "number": spec.number,
        "symbol": iss.symbol,
        "date": spec.date.isoformat(),
        "place": iss.place,
        "title": title,
        "issuer": {
            "name": iss.name,
            "level": iss.level,
            "province": iss.province.name,
            "system": iss.system,
            "district": iss.district.name if iss.district else None,
        },
        "jurisdiction": iss.jurisdiction,
        "signer": {"name": spec.signer, "position": pos_fact, "on_behalf_of": on_behalf},
    }
    facts = {
        "document": doc_facts,
        "implements": [d.key or d.name for d in spec.implements],
        "cited": m.cited(),
        "tasks": tasks,
        "recipients": [name for name, _ in recips],
        "annexes": annexes,
        "sections": sections,
    }
    while out.lines and out.lines[-1] == "":
        out.lines.pop()
    return "\n".join(out.lines) + "\n", facts, header_lines
