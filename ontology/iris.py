"""The IRI scheme of Vankien's data (see the README, "The graph: IRIs and properties").

Every IRI is `<base><path>` with a configurable base. Paths are readable ASCII, made from the thing's
own identity:

- places       `place/vn`, `place/soc-trang`, `place/thanh-hoa/hau-loc`, a commune
               `place/thanh-hoa/hau-loc/hoa-loc-16075` (its GSO code when a sibling has the same slug),
               `place/quang-nam/bloc/dang-bo-khoi-cac-co-quan-tinh`; units formed on 1 July 2025
               `place/can-tho-2025`, `place/thanh-hoa/xa-hau-loc` (see `ontology.places`)
- bodies       `body/<place>/<system>/<kind>[/<qualifier>]`, e.g. `body/soc-trang/party/ban-thuong-vu`;
               the Party and the Front as wholes `body/vn/party`, `body/vn/front`; the change event
               that formed a body or place `<its IRI>/formation`
- documents    `doc/<jurisdiction>/<number>-<symbol>[/<term or year>]`, e.g. `doc/vn/21-nq-tw/khoa-xiii`,
               `doc/soc-trang/70-kh-tu/2023`; unnumbered: `doc/<jurisdiction>/<type>/<identity>`
- plan graphs  `graph/<the plan's document path>`; the ontology `graph/ontology`, reference data
               `graph/reference`
- sources      `source/<file>` and `source/<file>/<first>-<last>/<hash of the quote>`

Things that only make sense inside one plan (its tasks, sections, citations, the bodies it names
that could not be resolved, documents of a jurisdiction it does not tell) hang under the plan's
document IRI.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ontology.bodies import BodyRef, canonical_body_path
from ontology.documents import (
    doc_type,
    key_slug,
    parse_date,
    period_segment,
    split_symbol,
    unnumbered_identity,
)
from ontology.places import Place, parse_jurisdiction
from ontology.text import short_hash, slug

BASE_DEFAULT = "https://vankien.example.org/"


def _b(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"


def ONTOLOGY_GRAPH(base: str = BASE_DEFAULT) -> str:
    return _b(base) + "graph/ontology"


def REFERENCE_GRAPH(base: str = BASE_DEFAULT) -> str:
    return _b(base) + "graph/reference"


def BODIES_PLACES_GRAPH(base: str = BASE_DEFAULT) -> str:
    """The graph describing the resolved bodies and the places the plans name, each once: what the
    reference data says of them (kind, level, place, the bodies above, what they became). What a plan
    says of them (a name as written, the line it was read from) stays in the plan's graph."""
    return _b(base) + "graph/bodies-places"


def place_iri(place: Place, base: str = BASE_DEFAULT) -> str:
    return f"{_b(base)}place/{place.path}"


def body_iri(ref: BodyRef, local_under: str | None = None, base: str = BASE_DEFAULT) -> str:
    """The shared IRI of a resolved body; an unresolved or group one hangs under `local_under`."""
    path = canonical_body_path(ref)
    if path:
        return f"{_b(base)}body/{path}"
    scope = local_under or f"{_b(base)}body/unresolved"
    return f"{scope}/body/{slug(ref.name)}"


def body_iri_for(
    place: Place, system: str, kind_key: str, qualifier: str | None = None, base: str = BASE_DEFAULT
) -> str:
    path = f"{place.path}/{system}/{kind_key}" + (f"/{qualifier}" if qualifier else "")
    return f"{_b(base)}body/{path}"


def organisation_iri(system: str, base: str = BASE_DEFAULT) -> str:
    """The whole organisation of a system, `body/vn/party` (the Party) or `body/vn/front` (the Front)."""
    return f"{_b(base)}body/vn/{system}"


def person_iri(name: str, place: Place | None, base: str = BASE_DEFAULT) -> str:
    scope = place.path if place else "unknown"
    return f"{_b(base)}person/{scope}/{slug(name)}"


def source_file_iri(file: str, base: str = BASE_DEFAULT) -> str:
    return f"{_b(base)}source/{slug(file, max_len=120)}"


def excerpt_iri(
    file: str, first: int | None, last: int | None, text: str | None, base: str = BASE_DEFAULT
) -> str:
    return f"{source_file_iri(file, base)}/{first or 0}-{last or first or 0}/{short_hash(text, n=6)}"


def _is_national_party(place: Place | None, symbol: str | None) -> bool:
    style, _abbr, tail = split_symbol(symbol)
    return bool(
        place and place.kind == "country" and style == "party" and (tail or "").upper().endswith("TW")
    )


def document_path(entry: dict[str, Any], place: Place | None) -> str | None:
    """Path of a document that has a numbering identity, or None when it has none."""
    number, symbol, key = entry.get("number"), entry.get("symbol"), entry.get("key")
    ks = key_slug(number, symbol, key)
    if place is None:
        return None
    if ks:
        period = period_segment(
            national_party=_is_national_party(place, symbol),
            when=parse_date(entry.get("date")),
            issuer=_issuer_name(entry),
        )
        return f"{place.path}/{ks}" + (f"/{period}" if period else "")
    t = doc_type(entry.get("type"), symbol)
    ident = unnumbered_identity(t, entry.get("title"), _issuer_name(entry))
    if ident:
        return f"{place.path}/{slug(t.vi if t else entry.get('type') or 'van-ban')}/{ident}"
    return None


def document_place(entry: dict[str, Any], on: date | None = None) -> Place | None:
    """The jurisdiction of a document entry (the plan's `document`, or a `cited` entry), read on the
    document's own date: from 1 July 2025 `province:Cần Thơ` is the Cần Thơ formed that day. An
    undated entry is read on `on`, the date of the plan that cites it: the plan names the units of
    its day ("Kế hoạch số 05-KH/TU của Thành ủy", undated, in a plan of 2026 is the new Cần Thơ's)."""
    return parse_jurisdiction(entry.get("jurisdiction"), parse_date(entry.get("date")) or on)


def plan_day(facts: dict[str, Any]) -> date | None:
    """The plan's own date, on which the undated documents it cites are read (`document_place`)."""
    return parse_date((facts.get("document") or {}).get("date"))


def _issuer_name(entry: dict[str, Any]) -> str | None:
    issuer = entry.get("issuer")
    if isinstance(issuer, dict):
        return issuer.get("name")
    return issuer


def plan_document_iri(facts: dict[str, Any], base: str = BASE_DEFAULT) -> str:
    """IRI of the plan itself, the same as when another plan cites it by its key."""
    doc = facts.get("document") or {}
    place = document_place(doc)
    path = document_path(doc, place)
    if path:
        return f"{_b(base)}doc/{path}"
    t = doc_type(doc.get("type"), doc.get("symbol"))
    type_slug = slug(t.vi if t else doc.get("type") or "van-ban")
    title = doc.get("title") or ""
    source = facts.get("source") or ""
    if isinstance(source, dict):
        source = source.get("file") or ""
    h = short_hash(_issuer_name(doc), title, source, n=8)
    scope = place.path if place else "unknown"
    return f"{_b(base)}doc/{scope}/{type_slug}/{slug(title, max_len=48)}-{h}"


def plan_graph_iri(facts: dict[str, Any], base: str = BASE_DEFAULT) -> str:
    """Named graph of one plan: `graph/` + the path of the plan's document IRI."""
    doc_iri = plan_document_iri(facts, base)
    return _b(base) + "graph/" + doc_iri[len(_b(base) + "doc/") :]


def cited_document_iri(
    entry: dict[str, Any], plan_doc_iri: str, base: str = BASE_DEFAULT, on: date | None = None
) -> str:
    """IRI of a cited document: shared when its jurisdiction and identity are known, else plan-local.
    `on`: the citing plan's date, on which an undated entry is read (`document_place`)."""
    place = document_place(entry, on)
    path = document_path(entry, place)
    if path:
        return f"{_b(base)}doc/{path}"
    ks = key_slug(entry.get("number"), entry.get("symbol"), entry.get("key"))
    if ks:
        period = period_segment(
            national_party=False, when=parse_date(entry.get("date")), issuer=_issuer_name(entry)
        )
        return f"{plan_doc_iri}/ref/{ks}" + (f"/{period}" if period else "")
    t = doc_type(entry.get("type"), entry.get("symbol"))
    title = entry.get("title") or ""
    ident = f"{slug(title, max_len=40)}-{short_hash(entry.get('type'), title, _issuer_name(entry), n=6)}"
    type_slug = slug(t.vi if t else entry.get("type") or "van-ban")
    if place is not None:
        return f"{_b(base)}doc/{place.path}/{type_slug}/{ident}"
    return f"{plan_doc_iri}/ref/{type_slug}/{ident}"
