"""`vankien link`: aligning the graph's places and bodies with an outside dataset.

The alignment rules are tested on a small store made here (places with GSO codes and dates, bodies);
the command itself on a copy of the seeds' store, with the links then read through the SPARQL endpoint.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from server import create_app
from vankien import cli
from vankien.link import Dataset, Index, LinkError, Record, align, link, place_key, read_dataset
from vankien.store import current_build

BASE = "https://vankien.example.org/"
VK = "https://vankien.example.org/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


# --- a small graph of our own --------------------------------------------------------------------------


def _place(iri: str, cls: str, label: str, code: str | None = None, **dates: str) -> list[ox.Triple]:
    s = ox.NamedNode(BASE + "place/" + iri)
    t = [
        ox.Triple(s, TYPE, ox.NamedNode(VK + "Jurisdiction")),
        ox.Triple(s, TYPE, ox.NamedNode(VK + cls)),
        ox.Triple(s, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(label, language="vi")),
    ]
    if code:
        t.append(ox.Triple(s, ox.NamedNode(VK + "gsoCode"), ox.Literal(code)))
    for name, day in dates.items():
        t.append(ox.Triple(s, ox.NamedNode(SCHEMA + name), ox.Literal(day, datatype=XSD_DATE)))
    return t


def _body(iri: str, label: str, alt: str | None = None) -> list[ox.Triple]:
    s = ox.NamedNode(BASE + "body/" + iri)
    t = [
        ox.Triple(s, TYPE, ox.NamedNode(ORG + "Organization")),
        ox.Triple(s, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(label, language="vi")),
    ]
    if alt:
        t.append(ox.Triple(s, ox.NamedNode(SKOS + "altLabel"), ox.Literal(alt, language="vi")))
    return t


@pytest.fixture(scope="module")
def index() -> Index:
    triples = [
        *_place("soc-trang", "Province", "Sóc Trăng", "94", dissolutionDate="2025-07-01"),
        *_place("thanh-hoa", "Province", "Thanh Hóa", "38"),
        *_place("thanh-hoa/hau-loc", "District", "Hậu Lộc", "400", dissolutionDate="2025-07-01"),
        *_place("thanh-hoa/xa-hau-loc", "Commune", "Hậu Lộc", "16012", foundingDate="2025-07-01"),
        *_place("can-tho", "Province", "Cần Thơ", "92", dissolutionDate="2025-07-01"),
        *_place("can-tho-2025", "Province", "Cần Thơ", "92", foundingDate="2025-07-01"),
        *_place("soc-trang/chau-thanh", "District", "Châu Thành"),
        *_place("tien-giang/chau-thanh", "District", "Châu Thành"),
        *_place("ha-noi", "Province", "Hà Nội", "01"),
        *_place("ha-noi/ba-dinh", "District", "Ba Đình", "001"),
        *_place("thua-thien-hue", "Province", "Thừa Thiên Huế", "46"),
        *_body("soc-trang/party/ban-chap-hanh", "Tỉnh ủy Sóc Trăng", alt="Tỉnh ủy"),
        *_body("soc-trang/party/ban-thuong-vu", "Ban Thường vụ Tỉnh ủy Sóc Trăng", alt="Ban Thường vụ"),
        *_body("thanh-hoa/party/ban-thuong-vu", "Ban Thường vụ Tỉnh ủy Thanh Hóa", alt="Ban Thường vụ"),
    ]
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return Index.from_store(store)


def one(index: Index, name: str | None = None, code: str | None = None, target: str = "http://x.org/1"):
    dataset = Dataset("t", "t.csv", [Record("row 2", target, [name] if name else [], code)])
    return align(dataset, index)[0]


def P(path: str) -> str:
    return BASE + "place/" + path


def test_place_names_lose_their_unit_prefix() -> None:
    assert place_key("Tỉnh Sóc Trăng") == ("sóc trăng", frozenset({"province"}))
    assert place_key("TP. Hồ Chí Minh")[0] == "hồ chí minh"
    assert place_key("thành phố Cần Thơ") == ("cần thơ", frozenset({"province", "district"}))
    assert place_key("Huyện Hậu Lộc") == ("hậu lộc", frozenset({"district"}))
    assert place_key("Xã Hòa Lộc") == ("hòa lộc", frozenset({"commune"}))
    assert place_key("Tỉnh ủy Sóc Trăng")[0] == "ủy sóc trăng"  # not a place name: matches no place


def test_code_alone_matches(index: Index) -> None:
    o = one(index, code="94")
    assert (o.status, o.entity, o.how) == ("matched", P("soc-trang"), "code")


def test_code_and_name_agree(index: Index) -> None:
    o = one(index, "Tỉnh Sóc Trăng", "94")
    assert (o.status, o.entity, o.how) == ("matched", P("soc-trang"), "code and name")


def test_code_without_its_leading_zeros(index: Index) -> None:
    assert one(index, "Ba Đình", "1").entity == P("ha-noi/ba-dinh")  # 1 is 01 and 001: the name decides
    assert one(index, code="46").entity == P("thua-thien-hue")
    # a padded code is compared as written: the commune 00001 is not the province 01
    assert one(index, "Phường Phúc Xá", "00001").status == "unmatched"


def test_code_and_name_disagree_is_ambiguous(index: Index) -> None:
    o = one(index, "Thanh Hóa", "94")
    assert o.status == "ambiguous" and set(o.candidates) == {P("soc-trang"), P("thanh-hoa")}


def test_another_code_rules_a_same_name_out(index: Index) -> None:
    # Sóc Trăng carries 94: a record "Sóc Trăng" with code 95 is another unit, not a guess at ours
    assert one(index, "Sóc Trăng", "95").status == "unmatched"


def test_name_without_diacritics_and_with_old_tone_marks(index: Index) -> None:
    o = one(index, "thanh hoa")
    assert (o.status, o.entity, o.how) == ("matched", P("thanh-hoa"), "name without diacritics")
    o = one(index, "Tỉnh Thanh Hoá")  # old tone-mark placement
    assert (o.status, o.entity, o.how) == ("matched", P("thanh-hoa"), "name")


def test_unit_prefix_restricts_the_kind(index: Index) -> None:
    assert one(index, "Huyện Hậu Lộc").entity == P("thanh-hoa/hau-loc")
    assert one(index, "Xã Hậu Lộc").entity == P("thanh-hoa/xa-hau-loc")
    o = one(index, "Hậu Lộc")  # no prefix: the district and the commune of 2025
    assert o.status == "ambiguous" and set(o.candidates) == {
        P("thanh-hoa/hau-loc"),
        P("thanh-hoa/xa-hau-loc"),
    }
    assert one(index, "Phường Sóc Trăng").status == "unmatched"  # the province is no ward


def test_same_name_in_two_provinces_is_ambiguous(index: Index) -> None:
    o = one(index, "Huyện Châu Thành")
    assert o.status == "ambiguous" and o.entity is None
    assert set(o.candidates) == {P("soc-trang/chau-thanh"), P("tien-giang/chau-thanh")}


def test_shared_code_is_ambiguous_unless_a_date_tells(index: Index) -> None:
    o = one(index, "Thành phố Cần Thơ", "92")
    assert o.status == "ambiguous" and set(o.candidates) == {P("can-tho"), P("can-tho-2025")}
    store_index_2025 = Index(
        [e for e in index.entities.values() if e.exists_at("2025-07-01")],
        [(i, e.label) for i, e in index.entities.items()],
    )
    assert one(store_index_2025, "Thành phố Cần Thơ", "92").entity == P("can-tho-2025")
    assert one(store_index_2025, "Tỉnh Sóc Trăng").status == "unmatched"  # gone by then


def test_bodies_match_their_canonical_names_only(index: Index) -> None:
    o = one(index, "Tỉnh uỷ Sóc Trăng")
    assert (o.status, o.entity) == ("matched", BASE + "body/soc-trang/party/ban-chap-hanh")
    assert one(index, "Ban Thường vụ").status == "unmatched"  # a spelling a plan used, not a name
    assert one(index, "Tỉnh ủy").status == "unmatched"


def test_two_records_for_one_entity_are_both_ambiguous(index: Index) -> None:
    records = [
        Record("row 2", "http://a.org/94", ["Sóc Trăng"], None),
        Record("row 3", "http://b.org/st", ["tỉnh Sóc Trăng"], None),
        Record("row 4", "http://a.org/38", ["Thanh Hóa"], None),
    ]
    out = align(Dataset("t", "t.csv", records), index)
    assert [o.status for o in out] == ["ambiguous", "ambiguous", "matched"]
    assert "http://b.org/st" in out[0].note


# --- reading datasets --------------------------------------------------------------------------------------


def test_csv_with_vietnamese_headers_semicolons_and_bom(tmp_path: Path) -> None:
    f = tmp_path / "dvhc.csv"
    f.write_text("\ufeffTên đơn vị;Mã;Cấp\nTỉnh Sóc Trăng;94;Tỉnh\nHậu Lộc;400;Huyện\n", encoding="utf-8")
    ds = read_dataset(f, prefix="http://gso.example/unit/")
    assert ds.columns == {"name": "Tên đơn vị", "code": "Mã", "iri": None, "level": "Cấp"}
    assert [(r.names, r.code, r.target) for r in ds.records] == [
        (["Tỉnh Sóc Trăng"], "94", "http://gso.example/unit/94"),
        (["Hậu Lộc"], "400", "http://gso.example/unit/400"),
    ]
    assert ds.records[1].kinds == frozenset({"district"})
    assert "name = 'Tên đơn vị'" in ds.columns_line()


def test_csv_without_usable_columns_says_which_it_has(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(LinkError, match="no column holds names or codes; the columns are 'foo', 'bar'"):
        read_dataset(f)
    f.write_text("name,code\nSóc Trăng,94\n", encoding="utf-8")
    with pytest.raises(LinkError, match="no column holds the IRIs"):
        read_dataset(f)
    f.write_text("ten_tinh,ten_huyen,uri\nThanh Hóa,Hậu Lộc,http://x\n", encoding="utf-8")
    with pytest.raises(LinkError, match=r"several columns could hold the name.*--name-column"):
        read_dataset(f)
    ds = read_dataset(f, name_column="ten_huyen")
    assert ds.records[0].names == ["Hậu Lộc"]


def test_csv_wikidata_ids_become_entity_iris(tmp_path: Path) -> None:
    f = tmp_path / "wd.csv"
    f.write_text("label,qid\nSóc Trăng,Q33272\n", encoding="utf-8")
    assert read_dataset(f).records[0].target == "http://www.wikidata.org/entity/Q33272"


def test_turtle_dataset_records_are_its_subjects(tmp_path: Path, index: Index) -> None:
    f = tmp_path / "units.ttl"
    f.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<http://gso.example/unit/38> skos:prefLabel "Tỉnh Thanh Hóa"@vi ; skos:notation "38" .\n'
        '<http://gso.example/unit/400> skos:prefLabel "Huyện Hậu Lộc"@vi .\n'
        "<http://gso.example/unit/none> a skos:Concept .\n",
        encoding="utf-8",
    )
    ds = read_dataset(f)
    assert ds.ignored == 1 and len(ds.records) == 2
    out = {o.record.target: o.entity for o in align(ds, index)}
    assert out == {
        "http://gso.example/unit/38": P("thanh-hoa"),
        "http://gso.example/unit/400": P("thanh-hoa/hau-loc"),
    }


# --- the command on the seeds' store, read back through the endpoint ---------------------------------------

REGISTER = """name,code,iri
Tỉnh Sóc Trăng,94,http://register.example/unit/94
Thanh Hoa,38,http://register.example/unit/38
Tỉnh ủy Sóc Trăng,,http://register.example/org/tinh-uy-soc-trang
Bình Thuận,60,http://register.example/unit/60
Tỉnh Bình Thuận,,http://other.example/binh-thuan
Huyện Không Có Thật,999,http://register.example/unit/999
"""
LINKS = BASE + "graph/links/test-register"


@pytest.fixture(scope="module")
def linked(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict]:
    """A copy of the seeds' store, linked with REGISTER: (store, build linked from, the JSON report)."""
    root = tmp_path_factory.mktemp("link") / "store"
    shutil.copytree(seeds_store, root)
    before = current_build(root).id
    csv_file = root.parent / "register.csv"
    csv_file.write_text(REGISTER, encoding="utf-8")
    args = [
        "link",
        "--store",
        str(root),
        "--with",
        str(csv_file),
        "--name",
        "Test register",
        "--format",
        "json",
    ]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(args)
    assert status == cli.EXIT_FINDINGS  # some records ambiguous or unmatched
    return root, before, json.loads(out.getvalue())


def test_link_report_counts(linked: tuple[Path, str, dict]) -> None:
    _, _, report = linked
    assert report["counts"] == {"matched": 3, "ambiguous": 2, "unmatched": 1}
    assert report["graph"] == LINKS and report["property"] == SKOS + "exactMatch"
    matched = {m["target"]: m["entity"] for m in report["matched"]}
    assert matched == {
        "http://register.example/unit/94": P("soc-trang"),
        "http://register.example/unit/38": P("thanh-hoa"),
        "http://register.example/org/tinh-uy-soc-trang": BASE + "body/soc-trang/party/ban-chap-hanh",
    }
    assert {a["record"] for a in report["ambiguous"]} == {"row 5", "row 6"}
    assert all(a["candidates"] == [P("binh-thuan")] for a in report["ambiguous"])
    assert report["unmatched"][0]["names"] == ["Huyện Không Có Thật"]


def test_link_publishes_a_new_build_and_leaves_the_old_one(linked: tuple[Path, str, dict]) -> None:
    root, before, report = linked
    build = current_build(root)
    assert build.id == report["build"] != before and report["derived_from"] == before
    old = ox.Store.read_only(str(root / "builds" / before / "oxigraph"))
    assert not old.contains_named_graph(ox.NamedNode(LINKS))
    assert build.summary()["derived_from"] == before
    assert build.validation().get("summary", "").startswith("conforms")
    assert (build.root / "facts").is_dir() and (build.root / "search.sqlite").is_file()


@pytest.fixture(scope="module")
def client(linked: tuple[Path, str, dict]) -> Iterator[FlaskClient]:
    app: Flask = create_app({"STORE": linked[0], "TESTING": True, "ENGINES": 1, "RATE_LIMIT": 0})
    yield app.test_client()
    app.extensions["vankien.engine"].close()


def select(client: FlaskClient, query: str) -> list[dict[str, str]]:
    resp = client.post(
        "/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert resp.status_code == 200, resp.data[:500]
    return [{k: v["value"] for k, v in b.items()} for b in resp.get_json()["results"]["bindings"]]


def test_links_are_queryable_in_their_graph_and_in_the_union(client: FlaskClient) -> None:
    in_graph = select(
        client, f"SELECT ?s ?o WHERE {{ GRAPH <{LINKS}> {{ ?s <{SKOS}exactMatch> ?o }} }} ORDER BY ?o"
    )
    assert [(r["s"], r["o"]) for r in in_graph] == [
        (BASE + "body/soc-trang/party/ban-chap-hanh", "http://register.example/org/tinh-uy-soc-trang"),
        (P("thanh-hoa"), "http://register.example/unit/38"),
        (P("soc-trang"), "http://register.example/unit/94"),
    ]
    union = select(
        client,
        f"SELECT ?label ?code WHERE {{ ?place <{SKOS}exactMatch> <http://register.example/unit/94> ; "
        f"<{SKOS}prefLabel> ?label . <http://register.example/unit/94> <{SKOS}notation> ?code }}",
    )
    assert {(r["label"], r["code"]) for r in union} >= {("Sóc Trăng", "94")}
    resp = client.post(
        "/sparql",
        data={"query": f"ASK {{ <{LINKS}> a <http://rdfs.org/ns/void#Linkset> }}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert resp.get_json()["boolean"] is True


def test_linking_again_replaces_the_link_set(linked: tuple[Path, str, dict], tmp_path: Path) -> None:
    root = linked[0]
    smaller = tmp_path / "register.csv"
    smaller.write_text("name,code,iri\nThanh Hoa,38,http://register.example/unit/38\n", encoding="utf-8")
    assert cli.main(["link", "--store", str(root), "--with", str(smaller), "--name", "Test register"]) == 0
    store = current_build(root).open()
    rows = list(
        store.query(
            f"SELECT ?s ?o WHERE {{ ?s <{SKOS}exactMatch> ?o FILTER(STRSTARTS(STR(?o), 'http://register')) }}"
        )
    )
    assert [(r["s"].value, r["o"].value) for r in rows] == [
        (P("thanh-hoa"), "http://register.example/unit/38")
    ]
    # the default graph lost the old links' triples too, and is still the union of the named graphs
    union = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    default = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert [int(next(iter(store.query(q)))["n"].value) for q in (union, default)] == 2 * [
        int(next(iter(store.query(union)))["n"].value)
    ]
    dry = cli.main(["link", "--store", str(root), "--with", str(smaller), "--name", "other", "--dry-run"])
    assert dry == 0 and not current_build(root).open().contains_named_graph(
        ox.NamedNode(BASE + "graph/links/other")
    )


def test_link_errors_are_reported_not_raised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.csv"
    f.write_text("foo\n1\n", encoding="utf-8")
    assert cli.main(["link", "--store", str(tmp_path / "none"), "--with", str(f)]) == cli.EXIT_FAILED
    assert "no column holds names or codes" in capsys.readouterr().err


def test_seeds_cities_sharing_a_code_need_a_date(linked: tuple[Path, str, dict], tmp_path: Path) -> None:
    """The seeds' graph holds Cần Thơ before 2025 and the merged Cần Thơ of 2025, both coded 92."""
    f = tmp_path / "cities.csv"
    f.write_text("name,code,iri\nThành phố Cần Thơ,92,http://register.example/unit/92\n", encoding="utf-8")
    dataset = read_dataset(f)
    any_time = link(linked[0], dataset, BASE, dry_run=True)
    assert any_time.counts() == {"matched": 0, "ambiguous": 1, "unmatched": 0}
    assert set(any_time.of("ambiguous")[0].candidates) == {P("can-tho"), P("can-tho-2025")}
    after = link(linked[0], dataset, BASE, dry_run=True, at="2025-07-01")
    assert [o.entity for o in after.of("matched")] == [P("can-tho-2025")]
    before = link(linked[0], dataset, BASE, dry_run=True, at="2023-06-01")
    assert [o.entity for o in before.of("matched")] == [P("can-tho")]
