"""The store folder: publish is atomic, readers see only complete builds, old builds are pruned."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from vankien import cli
from vankien.build import build
from vankien.store import KEEP_BUILDS, StoreError, current_build, new_build_dir, publish


def _tiny_build(root: Path, value: str) -> Path:
    d = new_build_dir(root)
    store = ox.Store(str(d / "oxigraph"))
    store.add(
        ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal(value), ox.NamedNode("urn:x:g"))
    )
    store.flush()
    del store
    (d / "build.json").write_text("{}")
    return d


def test_nothing_is_served_until_published(tmp_path: Path) -> None:
    d = _tiny_build(tmp_path, "one")
    with pytest.raises(StoreError, match="vankien build"):
        current_build(tmp_path)
    publish(tmp_path, d)
    assert current_build(tmp_path).id == d.name
    rows = list(current_build(tmp_path).open().query("SELECT ?o { GRAPH ?g { ?s ?p ?o } }"))
    assert rows[0]["o"].value == "one"


def test_old_builds_are_pruned_but_the_served_one_is_kept(tmp_path: Path) -> None:
    made = [_tiny_build(tmp_path, str(i)) for i in range(KEEP_BUILDS + 3)]
    for d in made:
        publish(tmp_path, d)
    left = sorted(p.name for p in (tmp_path / "builds").iterdir())
    assert len(left) == KEEP_BUILDS
    assert made[-1].name in left
    assert current_build(tmp_path).id == made[-1].name


def test_a_pointer_to_a_missing_build_is_reported(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("gone\n")
    with pytest.raises(StoreError, match="missing"):
        current_build(tmp_path)


def test_the_shipped_samples_build_without_the_shared_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "SHARED_SEEDS", tmp_path / "no-such-folder")
    inputs = cli.default_plans()
    assert inputs == [cli.SHIPPED_SAMPLES]
    result = build(inputs, tmp_path / "store", progress=False)
    assert result.skipped == []
    assert len(result.plans) == len(list(cli.SHIPPED_SAMPLES.glob("*.txt"))) == 3
    assert result.triples > 0
