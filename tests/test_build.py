"""The build: seeds to a published store; bad plans skipped; a killed build leaves the served store intact."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import start_server, stop_server

from vankien.build import build
from vankien.store import current_build

VK = "https://vankien.example.org/ontology#"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count_quads(store: ox.Store) -> int:
    return int(next(iter(store.query(COUNT_ALL)))["n"].value)


def test_seeds_build_into_one_named_graph_per_plan(seeds_store: Path, seeds_dir: Path) -> None:
    build_ = current_build(seeds_store)
    summary = build_.summary()
    assert len(summary["plans"]) == len(list(seeds_dir.glob("*.txt"))) == 5
    assert summary["skipped"] == []
    store = build_.open()
    assert count_quads(store) == summary["triples"] > 1000
    graphs = {g.value for g in store.named_graphs()}
    plan_graphs = {json.loads(p.read_text())["source"] for p in build_.facts_dir.glob("*.json")}
    assert len(plan_graphs) == 5
    # one graph per plan, plus the ontology and the reference data
    assert len(graphs) >= 5 + 2
    assert (build_.root / "validation.json").is_file() and (build_.root / "validation.ttl").is_file()
    assert "summary" in build_.validation()


def test_bodies_and_places_are_described_once_in_their_graph_not_in_each_plan_graph(
    seeds_store: Path,
) -> None:
    store = current_build(seeds_store).open()
    shared = ox.NamedNode("https://vankien.example.org/graph/bodies-places")
    level = ox.NamedNode(VK + "level")
    issuers = {
        q.object
        for q in store.quads_for_pattern(
            None, ox.NamedNode("http://data.europa.eu/eli/ontology#passed_by"), None, None
        )
        if isinstance(q.graph_name, ox.NamedNode) and "/graph/" in q.graph_name.value
    }
    described = {q.subject for q in store.quads_for_pattern(None, level, None, shared)}
    # plan-local bodies hang under the plan (<plan IRI>/body/...): only resolved ones are shared
    resolved = {b for b in issuers if b.value.startswith("https://vankien.example.org/body/")}
    assert resolved and resolved <= described
    for body in resolved:
        graphs = {q.graph_name for q in store.quads_for_pattern(body, level, None, None)}
        # stated in the shared graph (and the reference data, for a province's standing bodies), in
        # no plan graph, and seen by queries through the default graph (the union)
        reference = ox.NamedNode("https://vankien.example.org/graph/reference")
        assert {shared, ox.DefaultGraph()} <= graphs <= {shared, reference, ox.DefaultGraph()}, body
        # what a plan says of it stays in the plan's graph: how it wrote the name
        alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
        assert any(
            q.graph_name not in (shared, ox.DefaultGraph())
            for q in store.quads_for_pattern(body, alt, None, None)
        )


def test_the_facts_index_names_the_facts_file_of_every_analysed_plan(seeds_store: Path) -> None:
    build_ = current_build(seeds_store)
    index = json.loads(build_.facts_index.read_text(encoding="utf-8"))
    plans = {r["s"].value for r in build_.open().query("SELECT ?s WHERE { ?s a <" + VK + "AnalysedPlan> }")}
    assert set(index) == plans and len(plans) == 5
    assert sorted(index.values()) == sorted(p.stem for p in build_.facts_dir.glob("*.json"))


def test_pages_of_a_build_without_a_facts_index_read_the_facts_files(
    seeds_store: Path, tmp_path: Path
) -> None:
    """Builds made before the index existed are still served: the pages read every facts file instead."""
    from server import create_app

    old = tmp_path / "store"
    shutil.copytree(seeds_store, old)
    index = json.loads(current_build(old).facts_index.read_text(encoding="utf-8"))
    current_build(old).facts_index.unlink()
    client = create_app({"STORE": old, "TESTING": True}).test_client()
    listed = client.get("/documents?format=json").get_json()["documents"]
    names = {d["iri"]: d.get("name") for d in listed if d["iri"] in index}
    assert names == index


def test_bad_files_are_skipped_with_their_path_and_reason(seeds_dir: Path, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(next(iter(sorted(seeds_dir.glob("*.txt")))), plans / "good.txt")
    (plans / "empty.txt").write_bytes(b"")
    (plans / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (plans / "notaplan.txt").write_text("Shopping list: rice, fish sauce, limes.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "vankien", "build", str(plans), "--store", str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr  # 1: built, but something was skipped
    for name in ("empty.txt", "binary.txt", "notaplan.txt"):
        lines = [line for line in proc.stderr.splitlines() if line.startswith("skipped") and name in line]
        assert lines, f"{name} not reported as skipped:\n{proc.stderr}"
        assert str(plans / name) in lines[0]
    assert "built 1 plans, 3 skipped" in proc.stdout
    summary = current_build(tmp_path / "store").summary()
    assert [Path(p).name for p in summary["plans"]] == ["good.txt"]
    assert sorted(Path(s["path"]).name for s in summary["skipped"]) == [
        "binary.txt",
        "empty.txt",
        "notaplan.txt",
    ]


def test_a_killed_build_leaves_the_previous_store_serving(seeds_dir: Path, tmp_path: Path) -> None:
    root = tmp_path / "store"
    build([seeds_dir], root, progress=False)
    served_before = (root / "CURRENT").read_text()
    server = start_server(root)
    try:
        before = requests.post(
            server.sparql,
            data={"query": COUNT_ALL},
            headers={"Accept": "application/sparql-results+json"},
            timeout=10,
        ).json()
        # A build of many plans, killed once it has written part of its new store.
        many = tmp_path / "many"
        many.mkdir()
        for i in range(60):
            for seed in seeds_dir.glob("*.txt"):
                shutil.copy(seed, many / f"{i:03d}-{seed.name}")
        proc = subprocess.Popen(
            [sys.executable, "-m", "vankien", "build", str(many), "--store", str(root)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            new = [b for b in (root / "builds").iterdir() if b.name not in served_before]
            if new and len(list((new[0] / "facts").glob("*.json"))) >= 10:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the build never got half-way")
        assert proc.poll() is None, "the build finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert (root / "CURRENT").read_text() == served_before
        after = requests.post(
            server.sparql,
            data={"query": COUNT_ALL},
            headers={"Accept": "application/sparql-results+json"},
            timeout=10,
        ).json()
        assert after == before
        # and a later build still succeeds next to the abandoned folder
        build([seeds_dir], root, progress=False)
        assert (root / "CURRENT").read_text() != served_before
    finally:
        stop_server(server)


def test_a_bug_converting_one_plan_skips_that_plan_not_the_build(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # stands for a bug of ours that one plan's facts trigger in the RDF writer
    import vankien.build as build_module

    seeds = sorted(seeds_dir.glob("*.txt"))[:2]
    real = build_module.rdf.plan_to_ntriples

    def flaky(facts: dict, base: str) -> tuple[str, bytes]:
        source = facts.get("source")
        if (source.get("file") if isinstance(source, dict) else source) == seeds[0].name:
            raise KeyError("an unexpected kind")
        return real(facts, base)

    monkeypatch.setattr(build_module.rdf, "plan_to_ntriples", flaky)
    result = build(seeds, tmp_path / "store", jobs=1, progress=False)
    assert [Path(p).name for p in result.plans] == [seeds[1].name]
    assert len(result.skipped) == 1 and result.skipped[0].path == str(seeds[0])
    assert "internal error while converting to RDF (KeyError" in result.skipped[0].reason
    assert "Traceback" in capsys.readouterr().err


class _Watched(list):  # type: ignore[type-arg]
    """A list of plan paths that records how many of them have been handed out for extraction."""

    handed_out = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            type(self).handed_out += 1
            yield item


def test_plans_in_flight_are_bounded_when_loading_is_slow(tmp_path: Path) -> None:
    """The pool is fed only as outcomes are taken: a slow loader does not pile up results in memory."""
    import synth
    from vankien import build as build_module

    synth.generate(120, 11, tmp_path)
    plans = _Watched(sorted(tmp_path.glob("*.txt")))
    jobs = 2
    limit = jobs * build_module.WINDOW_PER_JOB
    taken, most_in_flight = 0, 0
    for _outcome in build_module._outcomes(plans, "https://vankien.example.org/", jobs):
        taken += 1
        time.sleep(0.03)  # a slow loader: the workers are far faster than this
        most_in_flight = max(most_in_flight, _Watched.handed_out - taken)
    assert taken == 120
    assert limit < 120
    assert most_in_flight <= limit
