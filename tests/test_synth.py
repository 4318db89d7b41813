"""The synthetic corpus generator: determinism, facts that agree with the text, chains, skew, variations."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import synth
from synth.generator import World

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SYNTH_DIR = Path(__file__).resolve().parents[1] / "synth"

_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD = re.compile(
    r"(?<![qQ])([oO])([\u0300\u0301\u0303\u0309\u0323])?([aeAE])([\u0300\u0301\u0303\u0309\u0323])"
    r"|(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])"
)


def modern(text: str) -> str:
    """NFC, U+00D0 -> Đ, old tone placement (hoá, uỷ) -> modern (hóa, ủy)."""
    t = unicodedata.normalize("NFD", text.replace("\u00d0", "Đ"))

    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + (m.group(2) or m.group(4)) + m.group(3) if not m.group(2) else m.group(0)
        return m.group(5) + m.group(7) + m.group(6)

    t = re.sub(
        r"(?<![qQ])([oO])([aeAE])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])",
        lambda m: m.group(1) + m.group(3) + m.group(2),
        t,
    )
    t = re.sub(
        r"(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])",
        lambda m: m.group(1) + m.group(3) + m.group(2),
        t,
    )
    return unicodedata.normalize("NFC", t)


def squeeze(text: str) -> str:
    """Modern spelling with every whitespace removed: what survives line breaks and inner spaces."""
    lines = [ln for ln in modern(text).split("\n") if not re.fullmatch(r"\s*(- )?\d{1,3}( -)?\s*", ln)]
    return re.sub(r"\s+", "", "\n".join(lines))


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, dict]]:
    return list(synth.iter_plans(300, 11, variation_share=0.5))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    synth.generate(60, 5, a)
    synth.generate(60, 5, b)
    files = sorted(p.name for p in a.iterdir())
    assert len(files) == 120
    assert files == sorted(p.name for p in b.iterdir())
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_different_seed_differs() -> None:
    a = [t for _, t, _ in synth.iter_plans(20, 1)]
    b = [t for _, t, _ in synth.iter_plans(20, 2)]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 18


def test_generate_writes_what_iter_yields(tmp_path: Path) -> None:
    seen: list[int] = []
    summary = synth.generate(25, 3, tmp_path, variation_share=0.4, progress=seen.append)
    assert summary.plans == 25 and seen[-1] == 25
    for name, text, facts in synth.iter_plans(25, 3, variation_share=0.4):
        assert (tmp_path / f"{name}.txt").read_text(encoding="utf-8") == text
        assert json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")) == facts


def test_facts_layout_and_spelling(corpus: list) -> None:
    for name, _, facts in corpus:
        assert set(facts) >= {
            "source",
            "document",
            "implements",
            "cited",
            "tasks",
            "recipients",
            "annexes",
            "sections",
        }
        assert facts["source"] == f"{name}.txt"
        doc = facts["document"]
        assert doc["issuer"]["level"] in {"province", "district", "grassroots"}
        assert doc["issuer"]["system"] in {"party", "state", "front"}
        blob = json.dumps(facts, ensure_ascii=False)
        assert unicodedata.is_normalized("NFC", blob)
        assert "\u00d0" not in blob
        assert modern(blob) == blob, "facts use the modern tone placement"
        for c in facts["cited"]:
            if c["key"]:
                sep = "/" if re.search(r"[-]", c["symbol"]) or "/" not in c["symbol"] else "-"
                assert (
                    c["key"] == f"{c['number']}{sep}{c['symbol']}"
                    or c["key"] == f"{c['number']}/{c['symbol']}"
                )
                assert " " not in c["key"]
            assert c["jurisdiction"] == "national" or re.match(
                r"^(province|district|bloc|commune):", c["jurisdiction"]
            )


def test_facts_agree_with_text(corpus: list) -> None:
    for name, text, facts in corpus:
        flat = squeeze(text)
        doc = facts["document"]
        if doc["key"]:
            assert doc["key"] in flat, name
        keys = {c["key"] for c in facts["cited"] if c["key"]}
        titles = {c["title"] for c in facts["cited"] if not c["key"]}
        for c in facts["cited"]:
            probe = c["key"] or c["title"]
            assert re.sub(r"\s+", "", probe) in flat, (name, probe)
            if c["title"]:
                assert re.sub(r"\s+", "", c["title"]) in flat, (name, c["title"])
            if c["issuer"]:
                assert re.sub(r"\s+", "", c["issuer"]) in flat, (name, c["issuer"])
        assert facts["implements"], name
        for k in facts["implements"]:
            assert k in keys or k in titles, (name, k)
        for c in facts["cited"]:
            if c["key"] in facts["implements"] and c["date"]:
                assert c["date"] <= doc["date"], (name, c["key"])
        assert re.sub(r"\s+", "", doc["title"]) in flat
        for s in facts["sections"]:
            assert re.sub(r"\s+", "", s["title"]) in flat
        for t in facts["tasks"]:
            assert re.sub(r"\s+", "", t["assignee"]) in flat
            assert t["actions"] == len(t["duties"]) >= 1
            for x in t["coordinates_with"]:
                assert re.sub(r"\s+", "", x) in flat
        for r in facts["recipients"]:
            assert re.sub(r"\s+", "", r) in flat
        assert re.sub(r"\s+", "", doc["signer"]["name"]) in flat


def test_lower_plans_implement_their_own_area(corpus: list) -> None:
    checked = 0
    for name, _, facts in corpus:
        doc = facts["document"]
        prov = doc["issuer"]["province"]
        cited = {c["key"]: c for c in facts["cited"] if c["key"]}
        for k in facts["implements"]:
            j = cited[k]["jurisdiction"] if k in cited else "national"
            if j.startswith("province:"):
                assert j == f"province:{prov}", name
                checked += 1
            elif j.startswith("district:"):
                assert j == f"district:{doc['issuer']['district']}, {prov}", name
                assert doc["issuer"]["level"] in ("district", "grassroots")
                checked += 1
    assert checked > 50


def test_chains_across_levels() -> None:
    plans = list(synth.iter_plans(200, 21, variation_share=0.0))
    by_key = {
        (f["document"]["jurisdiction"], f["document"]["key"]): f for _, _, f in plans if f["document"]["key"]
    }

    def parent(f: dict) -> dict | None:
        cited = {c["key"]: c for c in f["cited"] if c["key"]}
        for k in f["implements"]:
            c = cited.get(k)
            if c and (c["jurisdiction"], k) in by_key:
                return by_key[(c["jurisdiction"], k)]
        return None

    chains = Counter()
    for _, _, f in plans:
        levels = [f["document"]["issuer"]["level"]]
        p = parent(f)
        while p is not None:
            levels.append(p["document"]["issuer"]["level"])
            p = parent(p)
        chains[tuple(reversed(levels))] += 1
    assert chains[("province", "district")] + chains[("province", "district", "grassroots")] >= 10
    assert chains[("province", "district", "grassroots")] >= 1
    # and the chain's root is a central document
    roots = Counter()
    for _, _, f in plans:
        p, top = f, f
        while p is not None:
            top, p = p, parent(p)
        if top is not f:
            roots[top["implements"][0]] += 1
    assert roots and any(re.search(r"/TW$", k) for k in roots)


def test_citation_distribution_is_skewed(corpus: list) -> None:
    n = len(corpus)
    counts = Counter()
    for _, _, f in corpus:
        for c in {(c["key"] or c["title"]) for c in f["cited"] if c["jurisdiction"] == "national"}:
            counts[c] += 1
    top = counts.most_common()
    assert top[0][1] / n > 0.5
    assert sum(1 for _, k in top[:3] if k / n > 0.3) == 3
    tail = [k for _, k in top if k / n < 0.1]
    assert len(tail) >= 8, top


def test_variations_at_configured_share() -> None:
    for share in (0.0, 0.25, 1.0):
        plans = list(synth.iter_plans(400, 4, variation_share=share))
        varied = sum(1 for _, _, f in plans if f["synth"]["variations"])
        assert abs(varied / len(plans) - share) < 0.07, (share, varied)
        if share == 0.0:
            for _, text, _ in plans:
                assert unicodedata.is_normalized("NFC", text) and "\u00d0" not in text


def test_variations_show_in_text() -> None:
    seen = Counter()
    split_key = False
    for _, text, f in synth.iter_plans(300, 8, variation_share=1.0):
        v = set(f["synth"]["variations"])
        nfc = unicodedata.normalize("NFC", text)
        if "nfd" in v:
            assert not unicodedata.is_normalized("NFC", text)
            seen["nfd"] += 1
        if "eth" in v:
            assert "\u00d0" in text
            seen["eth"] += 1
        if "old_tones" in v:
            assert re.search(r"uỷ|oá|oà|oạ|oả|oã|oẻ", nfc)
            seen["old_tones"] += 1
        if "no_so" in v and re.search(r"(Nghị quyết|Kết luận|Chỉ thị|Quy định|Kế hoạch) \d", nfc):
            seen["no_so"] += 1
        if (
            "key_spaces" in v
            and re.search(r"\d+ ?[-/] ?[A-ZĐ]", nfc)
            and re.search(r"\d+ [-/]|\d+[-/] [A-ZĐ]", nfc)
        ):
            seen["key_spaces"] += 1
        if "date_forms" in v and re.search(
            r"ngày \d{1,2}-\d{1,2}-\d{4}|ngày \d{1,2} tháng \d{1,2} năm \d{4}", nfc
        ):
            seen["date_forms"] += 1
        if "wrap" in v:
            seen["wrap"] += 1
            split_key |= bool(re.search(r"\d+-\n+[A-ZĐÐ]", nfc))
        if "page_numbers" in v and re.search(r"\n(- )?\d{1,2}( -)?\n", nfc):
            seen["page_numbers"] += 1
        if "spaces" in v and "  " in nfc:
            seen["spaces"] += 1
    for k in (
        "nfd",
        "eth",
        "old_tones",
        "no_so",
        "key_spaces",
        "date_forms",
        "wrap",
        "page_numbers",
        "spaces",
    ):
        assert seen[k] >= 5, (k, seen)
    assert split_key, "a key broken across lines (21-\\nNQ/TW) somewhere"


def test_numbering_restarts_per_term_and_year() -> None:
    twins_party = twins_state = 0
    seen: dict[tuple[str, str], str] = {}
    for _, _, f in synth.iter_plans(3000, 2, variation_share=0.0):
        d = f["document"]
        if not d["key"]:
            continue
        k = (d["jurisdiction"], d["key"], d["issuer"]["name"])
        if k in seen and seen[k] != d["date"]:
            if "/" in d["key"] and "-" in d["key"].split("/")[0]:
                twins_party += 1
            elif re.match(r"^\d+/", d["key"]):
                twins_state += 1
            else:
                twins_party += 1
        seen.setdefault(k, d["date"])
        if d["issuer"]["system"] == "party":
            assert re.match(r"^\d{2,}-[^\s/]+/[^\s/]+$", d["key"]), d["key"]
        else:
            assert re.match(r"^\d+/[A-ZĐ-]+$", d["key"]), d["key"]
    assert twins_party >= 1 and twins_state >= 1, (twins_party, twins_state)


def test_memory_is_bounded_by_units() -> None:
    world = World(9, 2500, 0.2)
    for i in range(2500):
        world.plan(i)
    assert len(world.dist_pool) <= 696
    assert all(len(q) <= 8 for q in world.dist_pool.values())
    assert all(len(q) <= 16 for q in world.prov_pool)
    assert len(world.recent_dist) <= 600 and len(world.recent_prov) <= 300
    assert len(world.counters) <= 3 * 12000


def _seed_lines() -> list[str]:
    out = []
    for p in sorted(SEEDS.glob("*.txt")):
        for ln in p.read_text(encoding="utf-8").splitlines():
            ln = " ".join(modern(ln).split())
            if len(ln) >= 50:
                out.append(ln)
    return out


def test_no_long_seed_line_in_generated_text_or_generator(corpus: list, seeds_dir: Path) -> None:
    assert seeds_dir == SEEDS
    lines = _seed_lines()
    assert lines
    hay = [" ".join(modern(t).split()) for _, t, _ in corpus[:150]]
    hay += [
        " ".join(modern(p.read_text(encoding="utf-8")).split())
        for p in SYNTH_DIR.rglob("*")
        if p.is_file() and p.suffix in {".py", ".tsv", ".md"}
    ]
    for ln in lines:
        for h in hay:
            assert ln not in h, ln[:80]


def test_administrative_units_are_complete() -> None:
    from synth.places import provinces

    provs = provinces()
    assert len(provs) == 63
    assert sum(len(p.districts) for p in provs) == 696
    assert 9900 < sum(len(d.communes) for p in provs for d in p.districts) < 10100
    names = {p.name for p in provs}
    assert {"Thừa Thiên Huế", "Hà Nội", "Sóc Trăng", "Thanh Hóa"} <= names
    assert not any("(" in d.name for p in provs for d in p.districts)
