"""Every fact carries its provenance, and the quoted text is really at the stated lines of the file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ingest import extract_plan, read_plan

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PLANS = (
    sorted((SHARED / "seeds").glob("*.txt"))
    + sorted((REPO / "ingest" / "samples").glob("*.txt"))
    + [REPO / "tests" / "fixtures" / "ingest" / "huyen-uy-tuy-an.txt"]
)


def sources(facts: dict) -> list[tuple[str, dict]]:
    """(what, source) for every fact that must carry one."""
    out = [("document", facts["document"]["source"])]
    if facts["document"]["signer"]["name"]:
        out.append(("signer", facts["document"]["signer"]["source"]))
    out += [
        (f"cited {c['key'] or c['title']}", s) for c in facts["cited"] for s in [c["source"], *c["mentions"]]
    ]
    out += [(f"task {t['assignee']}", t["source"]) for t in facts["tasks"]]
    out += [(f"duty of {t['assignee']}", d["source"]) for t in facts["tasks"] for d in t["duties"]]
    out += [(f"section {s['number']}", s["source"]) for s in facts["sections"]]
    for a in facts["annexes"]:
        out.append((f"annex {a['type']}", a["source"]))
        out += [(f"annex section {s['number']}", s["source"]) for s in a["sections"]]
    out += [("implements", s) for s in facts["provenance"]["implements"]]
    out += [("recipient", s) for s in facts["provenance"]["recipients"]]
    return out


def check(path: Path, what: str, src: dict) -> None:
    lines = read_plan(path).lines
    first, last = src["lines"]
    assert src["file"] == path.name, what
    assert 1 <= first <= last <= len(lines), (what, src)
    window = "\n".join(lines[first - 1 : last])
    assert src["text"], (what, src)
    assert src["text"] in window, (what, src)
    assert (
        src["text"].startswith(src["text"].strip()) and lines[first - 1].find(src["text"].split("\n")[0]) >= 0
    )


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_every_fact_has_provenance(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"missing plan {path} (../shared beside the repository?)")
    facts = extract_plan(path)
    assert len(facts["provenance"]["implements"]) == len(facts["implements"])
    assert len(facts["provenance"]["recipients"]) == len(facts["recipients"])
    for t in facts["tasks"]:
        assert len(t["duties"]) == t["actions"]
    all_sources = sources(facts)
    rng = random.Random(path.name)
    for what, src in rng.sample(all_sources, min(40, len(all_sources))):
        check(path, what, src)


def test_recipient_and_citation_quotes_name_what_they_prove() -> None:
    path = REPO / "tests" / "fixtures" / "ingest" / "huyen-uy-tuy-an.txt"
    facts = extract_plan(path)
    for name, src in zip(facts["recipients"], facts["provenance"]["recipients"], strict=True):
        assert name.split()[0] in src["text"]
    for c in facts["cited"]:
        if c["key"]:
            assert c["number"] in c["source"]["text"]
