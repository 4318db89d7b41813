"""Link sets on a build whose triples are on a SPARQL server (`--store-url`): `vankien link` writes the
link graph to the server, a rebuild makes the recorded sets again there, `--forget` takes them out.

A real Oxigraph server started by the test; the store folder keeps the builds' files and the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_link_sets import EXPECTED_LINKS, GRAPH, REGISTER, links_in, run
from test_remote_store import OxigraphServer, default_and_union, start_oxigraph

from vankien import cli, linksets
from vankien.build import build
from vankien.remote import RemoteStore
from vankien.store import current_build


@pytest.fixture
def server() -> Iterator[OxigraphServer]:
    s = start_oxigraph()
    yield s
    s.stop()


def test_link_sets_live_on_the_server_through_link_rebuild_and_forget(
    seeds_dir: Path, server: OxigraphServer, tmp_path: Path
) -> None:
    root = tmp_path / "store"
    built = build([seeds_dir], root, progress=False, jobs=1, remote=server.endpoints)
    assert not built.skipped and not built.links
    remote = RemoteStore(server.endpoints)
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")

    # link: the links go to the server, in their graph and in the default graph (the union)
    status, out, err = run(
        "link", "--store", str(root), "--with", str(register), "--name", "Đăng ký", "--at", "2024-01-01"
    )
    assert status == cli.EXIT_FINDINGS, err  # one record unmatched
    assert links_in(remote) == EXPECTED_LINKS
    assert links_in(remote, graph=None) == EXPECTED_LINKS
    linked = current_build(root)
    assert linked.summary()["derived_from"] == built.build_id  # published as a build derived from it
    assert linked.remote == server.endpoints  # its folder records the same server
    assert [s.name for s in linksets.recorded(root)[0]] == ["Đăng ký"]
    assert "matched" in out

    # a rebuild (its file gone: the store folder keeps a copy) makes the set again on the server
    register.unlink()
    rebuilt = build([seeds_dir], root, progress=False, jobs=1, remote=server.endpoints)
    assert [made.get("error") for made in rebuilt.links] == [None]
    assert rebuilt.links[0]["graph"] == GRAPH
    assert links_in(remote) == EXPECTED_LINKS
    default, union = default_and_union(server.dump())
    assert default == union  # the loader's last step kept the default graph the union, links included

    # forget: the graph leaves the server and the union, and the record
    status, out, err = run("link", "--store", str(root), "--forget", "Đăng ký")
    assert status == cli.EXIT_OK, err
    assert links_in(remote) == [] and links_in(remote, graph=None) == []
    assert linksets.recorded(root) == ([], [])
    default, union = default_and_union(server.dump())
    assert default == union
