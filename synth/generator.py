"""The generator: a world of issuers that write plans in time order, carrying out each other's plans.

Plans are made one at a time, in date order, and streamed. The only state kept is bounded by the
number of administrative units, not by the number of plans: a counter per numbering body and term
(Party) or year (State, Front), and a short pool of recent plans per province and per district, from
which lower levels pick what they carry out (a central conclusion → provincial plans → district plans
→ commune plans).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from synth import variations as V
from synth import wording as W
from synth.bodies import KINDS, Issuer, make_issuer
from synth.documents import NATIONAL_XII, NATIONAL_XIII, Doc, central_catalogue, congress_resolution, roman
from synth.mentions import Style
from synth.places import District, Province, provinces
from synth.plan import PlanSpec, write_plan

START = dt.date(2019, 3, 1)
END = dt.date(2025, 6, 30)
# Congresses that open the 2020–2025 term (numbering of Party committees restarts there).
TERM_START = {
    "grassroots": dt.date(2020, 4, 20),
    "district": dt.date(2020, 6, 25),
    "province": dt.date(2020, 9, 25),
}
XIII_CONGRESS = dt.date(2021, 2, 1)
KIND_WEIGHTS = {
    "prov_party": 10,
    "prov_program": 2,
    "prov_btg": 3,
    "prov_state": 6,
    "prov_front": 4,
    "bloc": 4,
    "dist_party": 36,
    "dist_state": 8,
    "dist_front": 5,
    "commune": 22,
}
GAPS = {
    "prov_party": 5,
    "prov_program": 2,
    "prov_btg": 4,
    "prov_state": 60,
    "prov_front": 15,
    "bloc": 4,
    "dist_party": 4,
    "dist_state": 25,
    "dist_front": 6,
    "commune": 3,
}


@dataclass
class GenerationSummary:
    plans: int = 0
    varied: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_level: Counter = field(default_factory=Counter)
    cited: Counter = field(default_factory=Counter)  # central keys -> number of plans citing them
    chains: int = 0  # plans carrying out a generated plan of the level above
    seconds: float = 0.0
    bytes: int = 0

    def as_dict(self) -> dict:
        return {
            "plans": self.plans,
            "varied": self.varied,
            "by_kind": dict(self.by_kind),
            "by_level": dict(self.by_level),
            "top_cited": self.cited.most_common(10),
            "chains": self.chains,
            "seconds": round(self.seconds, 2),
            "bytes": self.bytes,
        }


def _unit_rng(seed: int, uid: str) -> random.Random:
    return random.Random(f"{seed}:{uid}")


class World:
    def __init__(self, seed: int, n_plans: int, variation_share: float) -> None:
        self.seed = seed
        self.n = max(1, n_plans)
        self.share = variation_share
        self.rng = random.Random(seed)
        self.provs = provinces()
        self.catalogue = central_catalogue()
        self.counters: dict[tuple[str, int], int] = {}
        self.prov_pool: list[deque[Doc]] = [deque(maxlen=16) for _ in self.provs]
        self.dist_pool: dict[tuple[int, int], deque[Doc]] = {}
        self.recent_prov: deque[int] = deque(maxlen=300)
        self.recent_dist: deque[tuple[int, int]] = deque(maxlen=600)
        self.kinds = list(KIND_WEIGHTS)
        self.kind_w = [KIND_WEIGHTS[k] for k in self.kinds]
        self.prov_w = [len(p.districts) for p in self.provs]
        self.signers: dict[str, list[str]] = {}
        self.ordinals: dict[str, int] = {}
        self.summary = GenerationSummary()

    # --- facts of units that stay fixed for a run -------------------------------------------------
    def signer(self, uid: str, date: dt.date) -> str:
        names = self.signers.get(uid)
        if names is None:
            r = _unit_rng(self.seed, "sign:" + uid)
            names = [f"{r.choice(W.SURNAMES)} {r.choice(W.MIDDLE)} {r.choice(W.GIVEN)}" for _ in range(4)]
            self.signers[uid] = names
        term = 1 if date >= dt.date(2020, 10, 1) else 0
        return names[term * 2 + self.rng.randrange(2)]

    def ordinal(self, uid: str, lo: int, hi: int, date: dt.date, level: str) -> str:
        o = self.ordinals.get(uid)
        if o is None:
            o = _unit_rng(self.seed, "ord:" + uid).randint(lo, hi)
            self.ordinals[uid] = o
        return roman(o if date >= self.term_start(uid, level) else o - 1)

    def term_start(self, uid: str, level: str) -> dt.date:
        base = TERM_START.get(level, TERM_START["province"])
        return base + dt.timedelta(days=_unit_rng(self.seed, "term:" + uid).randint(0, 40))

    def next_number(self, iss: Issuer, date: dt.date) -> str:
        if iss.state_style:
            period = date.year
        else:
            period = 1 if date >= self.term_start(iss.uid, iss.level) else 0
        k = (iss.uid, period)
        n = self.counters.get(k, 0) + self.rng.randint(1, GAPS[iss.kind])
        self.counters[k] = n
        return str(n) if iss.state_style else f"{n:02d}"

    # --- choices ----------------------------------------------------------------------------------
    def pick_central(
        self, date: dt.date, k: int, exclude: set[int], state: bool = False, implementable: bool = False
    ) -> list[Doc]:
        cands = [
            d
            for d in self.catalogue
            if d.date
            and d.date <= date - dt.timedelta(days=10)
            and id(d) not in exclude
            and (not implementable or d.implementable or state)
            and (d.state_style == state if implementable else True)
        ]
        out: list[Doc] = []
        while cands and len(out) < k:
            d = self.rng.choices(cands, weights=[c.weight for c in cands])[0]
            out.append(d)
            cands.remove(d)
        return out

    def pick_pool(self, pool: deque[Doc] | None, date: dt.date, systems: tuple[str, ...]) -> Doc | None:
        if not pool:
            return None
        limit = date - dt.timedelta(days=4)
        cands = [d for d in pool if d.date and d.date <= limit and d.extra["system"] in systems and d.key]
        return self.rng.choice(cands) if cands else None

    def place(self, kind: str) -> tuple[Province, District | None]:
        r = self.rng
        if kind.startswith("prov") or kind == "bloc":
            if self.recent_prov and r.random() < 0.5:
                return self.provs[r.choice(self.recent_prov)], None
            return r.choices(self.provs, weights=self.prov_w)[0], None
        if kind == "commune" and self.recent_dist and r.random() < 0.8:
            pi, di = r.choice(self.recent_dist)
            return self.provs[pi], self.provs[pi].districts[di]
        if self.recent_prov and r.random() < 0.75:
            p = self.provs[r.choice(self.recent_prov)]
        else:
            p = r.choices(self.provs, weights=self.prov_w)[0]
        return p, r.choice(p.districts)

    # --- one plan ---------------------------------------------------------------------------------
    def plan(self, i: int) -> tuple[str, str, dict]:
        r = self.rng
        span = (END - START).days
        date = START + dt.timedelta(days=int((i + r.random()) * span / self.n))
        kind = r.choices(self.kinds, weights=self.kind_w)[0]
        p, d = self.place(kind)
        c = None
        if kind == "commune":
            assert d is not None
            if not d.communes:
                kind = "dist_party"
            else:
                c = r.choice(d.communes)
        bloc = None
        if kind == "bloc":
            bloc = r.choice((f"các cơ quan {p.kind}", f"Doanh nghiệp {p.kind}"))
        iss = make_issuer(kind, p, d, c, bloc)
        # What it carries out.
        ppool = self.prov_pool[p.index]
        dpool = self.dist_pool.get((p.index, d.index)) if d else None
        parent: Doc | None = None
        if kind in ("prov_btg", "bloc"):
            parent = self.pick_pool(ppool, date, ("party",))
        elif kind == "prov_state":
            parent = self.pick_pool(ppool, date, ("party",)) if r.random() < 0.6 else None
        elif kind == "prov_front":
            parent = self.pick_pool(ppool, date, ("party", "front")) if r.random() < 0.6 else None
        elif kind == "dist_party":
            parent = self.pick_pool(ppool, date, ("party",)) if r.random() < 0.85 else None
        elif kind == "dist_state":
            parent = self.pick_pool(dpool, date, ("party",)) or self.pick_pool(ppool, date, ("state",))
        elif kind == "dist_front":
            parent = self.pick_pool(dpool, date, ("party",)) or self.pick_pool(ppool, date, ("front",))
        elif kind == "commune":
            parent = self.pick_pool(dpool, date, ("party",)) or self.pick_pool(ppool, date, ("party",))
        implements: list[Doc] = []
        topic = None
        about: Doc | None = None
        used: set[int] = set()
        if parent is not None:
            implements.append(parent)
            if (parent.level, iss.level) in (
                ("province", "district"),
                ("district", "grassroots"),
                ("province", "province"),
            ):
                self.summary.chains += 1
            if parent.topic and r.random() < 0.75:
                topic = parent.topic
            elif parent.about is not None and r.random() < 0.5:
                about = parent.about
            else:
                about = parent
            if parent.about is not None and parent.about.level == "central" and r.random() < 0.15:
                implements.insert(0, parent.about)  # "Căn cứ Kết luận …; Căn cứ Kế hoạch …"
        else:
            cen = self.pick_central(
                date, 1, set(), state=iss.system == "state" and r.random() < 0.4, implementable=True
            )
            if not cen:
                cen = self.pick_central(date, 1, set())
            implements.append(cen[0])
            if r.random() < 0.3 and kind not in ("prov_program",):
                topic = r.choice(W.TOPICS).format(year=date.year)
            else:
                about = cen[0]
        for x in implements:
            used.add(id(x))
        if about is not None:
            used.add(id(about))
        # What else it cites.
        central = self.pick_central(date, r.randint(1, 6), used)
        used.update(id(x) for x in central)
        footnote = self.pick_central(date, r.randint(2, 3), used) if r.random() < 0.2 else []
        local: list[Doc] = []
        for pool_ in (ppool, dpool):
            if pool_ and r.random() < 0.4:
                x = self.pick_pool(pool_, date, ("party", "state", "front"))
                if x is not None and id(x) not in used:
                    local.append(x)
                    used.add(id(x))
        congresses: list[Doc] = []
        if r.random() < 0.55:
            congresses.append(NATIONAL_XIII if date >= XIII_CONGRESS else NATIONAL_XII)
        if r.random() < 0.35:
            congresses.append(
                congress_resolution(
                    self.ordinal(f"P{p.index}", 14, 23, date, "province"), f"Đảng bộ {p.kind}", p.jurisdiction
                )
            )
        if d is not None and iss.level in ("district", "grassroots") and r.random() < 0.3:
            congresses.append(
                congress_resolution(
                    self.ordinal(f"P{p.index}/D{d.index}", 20, 29, date, "district"),
                    f"Đảng bộ {d.kind}",
                    d.jurisdiction,
                )
            )
        number = None if (iss.system == "party" and r.random() < 0.02) else self.next_number(iss, date)
        varied = r.random() < self.share
        picked = V.choose(r) if varied else []
        style = Style(
            so="no_so" not in picked,
            key_spaces="key_spaces" in picked,
            date_forms="date_forms" in picked,
            pad_day=r.random() < 0.6,
            comma_date=r.random() < 0.7,
        )
        spec = PlanSpec(
            i,
            iss,
            date,
            number,
            implements,
            topic,
            about,
            central,
            local,
            congresses,
            footnote,
            self.signer(iss.uid, date),
            style,
            annex=r.random() < 0.25,
        )
        text, facts, header_lines = write_plan(spec, r)
        if picked:
            text = V.apply_surface(text, picked, r, header_lines)
        name = f"{i:06d}_{kind}"
        facts = {"source": f"{name}.txt", **facts, "synth": {"index": i, "kind": kind, "variations": picked}}
        # Remember the plan, for the plans below it.
        if number is not None:
            me = Doc(
                iss.doc_type,
                number,
                iss.symbol,
                date,
                iss.cited_as,
                None,
                iss.jurisdiction,
                state_style=iss.state_style,
                about=about,
                topic=topic,
                level=iss.level,
                extra={"system": iss.system},
            )
            if iss.level == "province" and kind != "bloc":
                ppool.append(me)
                self.recent_prov.append(p.index)
            elif iss.level == "district" and d is not None:
                self.dist_pool.setdefault((p.index, d.index), deque(maxlen=8)).append(me)
                self.recent_dist.append((p.index, d.index))
                self.recent_prov.append(p.index)
        s = self.summary
        s.plans += 1
        s.varied += bool(picked)
        s.by_kind[kind] += 1
        s.by_level[iss.level] += 1
        for e in facts["cited"]:
            if e["jurisdiction"] == "national":
                s.cited[e["key"] or e["title"]] += 1
        return name, text, facts


def iter_plans(
    n_plans: int, seed: int, variation_share: float = 0.2, summary: GenerationSummary | None = None
) -> Iterator[tuple[str, str, dict]]:
    """Yield (name, text, facts) for each of `n_plans` plans, deterministically for `seed`."""
    world = World(seed, n_plans, variation_share)
    if summary is not None:
        world.summary = summary
    for i in range(n_plans):
        yield world.plan(i)


def generate(
    n_plans: int,
    seed: int,
    out_dir: Path,
    variation_share: float = 0.2,
    progress: Callable[[int], None] | None = None,
) -> GenerationSummary:
    """Write `out_dir/<name>.txt` and `out_dir/<name>.json` for each plan; return what was made."""
    import time

    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = GenerationSummary()
    for k, (name, text, facts) in enumerate(iter_plans(n_plans, seed, variation_share, summary), start=1):
        data = text.encode("utf-8")
        (out_dir / f"{name}.txt").write_bytes(data)
        js = json.dumps(facts, ensure_ascii=False, indent=1).encode("utf-8")
        (out_dir / f"{name}.json").write_bytes(js)
        summary.bytes += len(data) + len(js)
        if progress is not None and (k % 1000 == 0 or k == n_plans):
            progress(k)
    summary.seconds = time.perf_counter() - t0
    return summary


__all__ = ["KINDS", "GenerationSummary", "generate", "iter_plans"]
