"""Link sets survive `vankien build`: the store folder records each published link set with a copy of its
file, and every build aligns it afresh against its new graph (`vankien.linksets`).

Each test links a copy of the seeds' store with a small register through the command line, then
rebuilds from the seeds with `vankien build`, as a user would.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from vankien import cli
from vankien.store import current_build

BASE = "https://vankien.example.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
GRAPH = BASE + "graph/links/dang-ky"  # the graph of the link set named "Đăng ký"
# Cần Thơ of 2023 and the Cần Thơ of 2025 share code 92: only `--at` tells which one the row means.
REGISTER = """name,code,iri
Tỉnh Sóc Trăng,94,http://register.example/unit/94
Thanh Hoa,38,http://register.example/unit/38
Thành phố Cần Thơ,92,http://register.example/unit/92
Huyện Không Có Thật,999,http://register.example/unit/999
"""
EXPECTED_LINKS = [
    (BASE + "place/can-tho", "http://register.example/unit/92"),
    (BASE + "place/soc-trang", "http://register.example/unit/94"),
    (BASE + "place/thanh-hoa", "http://register.example/unit/38"),
]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(args))
    return status, out.getvalue(), err.getvalue()


def links_in(store: ox.Store, graph: str | None = GRAPH) -> list[tuple[str, str]]:
    where = f"GRAPH <{graph}> {{ ?s <{SKOS}exactMatch> ?o }}" if graph else f"?s <{SKOS}exactMatch> ?o"
    rows = store.query(
        f"SELECT ?s ?o WHERE {{ {where} FILTER(STRSTARTS(STR(?o), 'http://register.example/')) }} ORDER BY ?s"
    )
    return [(r["s"].value, r["o"].value) for r in rows]


@pytest.fixture
def linked(seeds_store: Path, tmp_path: Path) -> Path:
    """A copy of the seeds' store linked with REGISTER (as of 2024), whose file is then deleted."""
    root = tmp_path / "store"
    shutil.copytree(seeds_store, root)
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    status, _, err = run(
        "link", "--store", str(root), "--with", str(register), "--name", "Đăng ký", "--at", "2024-01-01"
    )
    assert status == cli.EXIT_FINDINGS, err  # one record unmatched
    assert links_in(current_build(root).open()) == EXPECTED_LINKS
    register.unlink()  # the build must use the copy the store folder keeps
    return root


def test_a_rebuild_aligns_the_recorded_link_sets_afresh(linked: Path, seeds_dir: Path) -> None:
    linked_build = current_build(linked).id
    status, out, err = run("build", "--store", str(linked), str(seeds_dir))
    assert status == cli.EXIT_OK, err
    build = current_build(linked)
    assert build.id != linked_build and "derived_from" not in build.summary()  # built from the plans
    store = build.open()
    # the same links, in their graph and in the union; `--at 2024-01-01` still picks the Cần Thơ of 2023
    assert links_in(store) == EXPECTED_LINKS
    assert links_in(store, graph=None) == EXPECTED_LINKS
    assert (
        f"link set Đăng ký ({Path(linked.parent / 'register.csv')}): 3 matched, 0 ambiguous, 1 unmatched"
        in out
    )
    made = build.summary()["links"]
    assert made == [
        {
            "name": "Đăng ký",
            "graph": GRAPH,
            "source": str(linked.parent / "register.csv"),
            "matched": 3,
            "ambiguous": 0,
            "unmatched": 1,
        }
    ]
    assert build.validation()["summary"].startswith("conforms")


def test_the_record_keeps_the_options_and_a_copy_of_the_file(linked: Path) -> None:
    status, out, _ = run("link", "--store", str(linked), "--list", "--format", "json")
    assert status == cli.EXIT_OK
    (linkset,) = json.loads(out)["link_sets"]
    kept = linked / "links" / "dang-ky" / "register.csv"
    assert kept.read_text(encoding="utf-8") == REGISTER
    assert linkset["sha256"] == hashlib.sha256(REGISTER.encode()).hexdigest()
    assert (linkset["name"], linkset["at"], linkset["prop"], linkset["match"]) == (
        "Đăng ký",
        "2024-01-01",
        "exactMatch",
        "all",
    )
    status, out, _ = run("link", "--store", str(linked), "--list")
    assert status == cli.EXIT_OK and out.startswith("Đăng ký: ") and str(kept) in out


def test_a_changed_kept_file_is_reported_and_the_build_goes_on(linked: Path, seeds_dir: Path) -> None:
    kept = linked / "links" / "dang-ky" / "register.csv"
    kept.write_text(REGISTER.replace("94", "95"), encoding="utf-8")
    before = current_build(linked).id
    status, _, err = run("build", "--store", str(linked), str(seeds_dir))
    assert status == cli.EXIT_FINDINGS
    assert f"link set Đăng ký: not made: {kept}: changed since it was linked" in err
    build = current_build(linked)
    assert build.id != before and not build.open().contains_named_graph(ox.NamedNode(GRAPH))


def test_an_unreadable_record_is_reported_and_the_build_goes_on(linked: Path, seeds_dir: Path) -> None:
    record = linked / "links" / "dang-ky" / "linkset.json"
    record.write_text("{not json", encoding="utf-8")
    status, _, err = run("link", "--store", str(linked), "--list")
    assert status == cli.EXIT_FINDINGS and f"{record}: not a link set record" in err
    status, _, err = run("build", "--store", str(linked), str(seeds_dir))
    assert status == cli.EXIT_FINDINGS and f"not made: {record}: not a link set record" in err
    assert not current_build(linked).open().contains_named_graph(ox.NamedNode(GRAPH))


def test_forget_drops_the_set_from_the_served_graph_and_later_builds(linked: Path, seeds_dir: Path) -> None:
    status, out, _ = run("link", "--store", str(linked), "--forget", "Đăng ký")
    assert status == cli.EXIT_OK and "published build" in out
    store = current_build(linked).open()
    assert not store.contains_named_graph(ox.NamedNode(GRAPH))
    assert links_in(store, graph=None) == []  # gone from the union too
    assert not (linked / "links" / "dang-ky").exists()
    status, out, _ = run("build", "--store", str(linked), str(seeds_dir))
    assert status == cli.EXIT_OK and "link set" not in out
    assert current_build(linked).summary()["links"] == []
    status, _, err = run("link", "--store", str(linked), "--forget", "Đăng ký")
    assert status == cli.EXIT_FAILED and "no link set named 'Đăng ký'" in err


def test_a_dry_run_records_nothing(seeds_store: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    shutil.copytree(seeds_store, root)
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    status, _, _ = run("link", "--store", str(root), "--with", str(register), "--dry-run")
    assert status == cli.EXIT_FINDINGS and not (root / "links").exists()
