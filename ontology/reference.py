"""Reference data: places, the central bodies and the standing bodies of each province and district.

`body_triples` gives the triples that describe one resolved body (kind, level, system, place, labels,
parent, the interval it existed and the bodies that took over from it); `place_triples` those of a
place (class, labels, GSO code, the units it became on 1 July 2025). Plan graphs repeat them for the
bodies and places they name, so a district or commune that only one plan mentions still has its
hierarchy, code and successors in the union graph. `reference_graph` holds the central bodies, the
standing bodies of every province of 2023 and of 2025, the Party and the Front as organisations, the
Wikidata links of `ontology/data/wikidata.csv`, plus any extra places asked for.

Change events: each body or place formed out of others has one `org:ChangeEvent` at
`<its IRI>/formation`, with `dcterms:date` and the bodies (`org:originalOrganization`,
`org:resultingOrganization`) or places (`prov:used`, `prov:generated`) it joined; the direct link is
`dcterms:isReplacedBy`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ontology.bodies import KINDS, Kind
from ontology.iris import BASE_DEFAULT, body_iri_for, organisation_iri, place_iri
from ontology.places import (
    COUNTRY,
    Place,
    dissolved,
    founded,
    now_in,
    place_of_unit,
    provinces,
    successors,
)
from ontology.timeline import When, body_interval, body_successors
from ontology.triples import Triple, TripleAdder, TripleSet
from ontology.units import CHANGE_DATE, units
from ontology.vocab import LEVEL, ORG, SDO, SYSTEM, VK, bind_all
from ontology.wikidata import wikidata_triples

_PLACE_CLASS = {
    "country": VK.Country,
    "province": VK.Province,
    "district": VK.District,
    "commune": VK.Commune,
    "bloc": VK.PartyBloc,
}

# The standing bodies made for every province and district.
STANDING_KINDS = [
    "ban-chap-hanh",
    "ban-thuong-vu",
    "thuong-truc",
    "ban-to-chuc",
    "ban-tuyen-giao",
    "ban-dan-van",
    "ban-noi-chinh",
    "uy-ban-kiem-tra",
    "van-phong",
    "hoi-dong-nhan-dan",
    "uy-ban-nhan-dan",
    "uy-ban-mttq",
    "ban-thuong-truc",
]
DISTRICT_KINDS = [
    "ban-chap-hanh",
    "ban-thuong-vu",
    "thuong-truc",
    "ban-to-chuc",
    "ban-tuyen-giao",
    "ban-dan-van",
    "uy-ban-kiem-tra",
    "van-phong",
    "hoi-dong-nhan-dan",
    "uy-ban-nhan-dan",
    "uy-ban-mttq",
    "ban-thuong-truc",
]
# The standing bodies of a province of 2025: the two commissions are one from 2025 on.
STANDING_KINDS_2025 = [k for k in STANDING_KINDS if k not in ("ban-tuyen-giao", "ban-dan-van")] + [
    "ban-tuyen-giao-va-dan-van"
]
CENTRAL_KINDS = [
    "dai-hoi",
    "ban-chap-hanh",
    "bo-chinh-tri",
    "ban-bi-thu",
    "ban-to-chuc",
    "ban-tuyen-giao",
    "ban-dan-van",
    "ban-noi-chinh",
    "ban-kinh-te",
    "ban-doi-ngoai",
    "uy-ban-kiem-tra",
    "van-phong",
    "quoc-hoi",
    "chinh-phu",
    "thu-tuong",
    "uy-ban-mttq",
    "doan-chu-tich",
    "ban-thuong-truc",
]


def _is_city(place: Place) -> bool:
    """Whether the province of a place is a centrally run city (in its own period)."""
    if place.kind == "province" and place.since_2025:
        unit = place.unit
        return bool(unit and unit.is_city)
    if place.kind == "commune" and place.since_2025:
        parent = place.parent
        return bool(parent and _is_city(parent))
    name = place.name if place.kind == "province" else place.province
    hit = provinces().get((name or "").lower())
    return bool(hit and hit[1] == "city")


def _commune_word(place: Place) -> str:
    """ "xã", "phường", "thị trấn" or "đặc khu" for a commune (from the register; "xã" when unknown)."""
    unit = place.unit
    return unit.type.lower() if unit and unit.type else "xã"


def _commune_name(place: Place) -> str:
    """A commune's name without its type word (the names of 2025 carry it)."""
    unit = place.unit
    return unit.name if unit else place.name


def _committee_name(place: Place) -> tuple[str, str]:
    """(vi, en) of the Party executive committee of a place."""
    if place.kind == "country":
        return "Ban Chấp hành Trung ương Đảng", "Central Committee of the Communist Party of Viet Nam"
    if place.kind == "province":
        word = "Thành ủy" if _is_city(place) else "Tỉnh ủy"
        return (
            f"{word} {place.name}",
            f"{place.name} {'City' if _is_city(place) else 'Provincial'} Party Committee",
        )
    if place.kind == "district":
        return f"Huyện ủy {place.name}", f"{place.name} District Party Committee"
    if place.kind == "commune":
        word, name = _commune_word(place), _commune_name(place)
        return f"Đảng ủy {word} {name}", f"{name} {_COMMUNE_EN.get(word, 'Commune')} Party Committee"
    return f"Đảng ủy {place.name.replace('Đảng bộ ', '')}", f"Party Committee of the {place.name} bloc"


_COMMUNE_EN = {"xã": "Commune", "phường": "Ward", "thị trấn": "Township", "đặc khu": "Special Zone"}


def _state_place(place: Place) -> tuple[str, str]:
    if place.kind == "country":
        return "", ""
    if place.kind == "province":
        return (
            f"thành phố {place.name}"
            if _is_city(place) and not place.name.startswith("Thành phố")
            else place.name
            if _is_city(place)
            else f"tỉnh {place.name}"
        ), place.name
    if place.kind == "commune":
        return f"{_commune_word(place)} {_commune_name(place)}", _commune_name(place)
    return f"huyện {place.name}", place.name


def body_labels(place: Place, kind: Kind, qualifier: str | None = None) -> tuple[str, str]:
    """A canonical (vi, en) name of a body of a kind at a place."""
    committee_vi, committee_en = _committee_name(place)
    sp_vi, sp_en = _state_place(place)
    central = place.kind == "country"
    k = kind.key
    if k == "ban-chap-hanh":
        return committee_vi, committee_en
    if k in ("bo-chinh-tri", "ban-bi-thu", "quoc-hoi", "chinh-phu", "thu-tuong"):
        return kind.vi, kind.en
    if k == "dai-hoi":
        if central:
            return "Đại hội đại biểu toàn quốc của Đảng", "National Party Congress"
        return f"Đại hội Đảng bộ {sp_vi or place.name}", f"Party Congress of {place.name}"
    if k == "uy-ban-mttq":
        if central:
            return (
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "Central Committee of the Viet Nam Fatherland Front",
            )
        return f"Ủy ban Mặt trận Tổ quốc Việt Nam {sp_vi}", f"Fatherland Front Committee of {sp_en}"
    if k in ("ban-thuong-truc", "doan-chu-tich", "van-phong-mttq", "ban-chuyen-mon"):
        front_vi = "Ủy ban Trung ương MTTQ Việt Nam" if central else f"Ủy ban MTTQ Việt Nam {sp_vi}"
        q = f" ({qualifier})" if qualifier else ""
        return (
            f"{kind.vi.split(' của')[0].split(' Ủy ban')[0]}{q} {front_vi}",
            f"{kind.en}{q}, {sp_en or 'central'}",
        )
    if k in ("uy-ban-nhan-dan", "hoi-dong-nhan-dan"):
        return f"{kind.vi} {sp_vi}", f"{kind.en} of {sp_en}"
    if k in ("so-nganh", "doan-the", "co-quan-bao-chi"):
        q = (qualifier or "").replace("-", " ")
        return f"{q} ({sp_vi or 'trung ương'})", f"{kind.en} {q} ({sp_en or 'central'})"
    if k == "ban-chi-dao":
        q = f" {qualifier}" if qualifier else ""
        return f"Ban Chỉ đạo{q} {committee_vi}", f"Steering committee{q} of the {committee_en}"
    if central and k in (
        "ban-to-chuc",
        "ban-tuyen-giao",
        "ban-dan-van",
        "ban-tuyen-giao-va-dan-van",
        "ban-noi-chinh",
        "ban-kinh-te",
        "ban-doi-ngoai",
        "uy-ban-kiem-tra",
        "van-phong",
    ):
        return f"{kind.vi} Trung ương", f"Central {kind.en}"
    base_vi = kind.vi.split(" cấp ủy")[0].replace(" đảng bộ (cấp ủy)", "")
    return f"{base_vi} {committee_vi}", f"{kind.en} of the {committee_en}"


def parent_of(place: Place, kind: Kind) -> tuple[Place, str] | None:
    """(place, kind key) of the body that a body belongs to (org:subOrganizationOf)."""
    k = kind.key
    if place.kind == "bloc" and k == "dang-uy-khoi":
        return Place("province", place.province), "ban-chap-hanh"
    if kind.parent:
        parent_key = (
            "dang-uy-khoi" if place.kind == "bloc" and kind.parent == "ban-chap-hanh" else kind.parent
        )
        if place.kind == "country" and parent_key == "hoi-dong-nhan-dan":
            return COUNTRY, "chinh-phu"
        return place, parent_key
    up = place.parent
    if up is None:
        return None
    if k == "ban-chap-hanh":
        return up, "ban-chap-hanh"
    if k == "uy-ban-mttq":
        return up, "uy-ban-mttq"
    if k == "hoi-dong-nhan-dan":
        return None
    return None


def extra_parents(place: Place, kind: Kind) -> list[tuple[Place, str]]:
    """Second lines of hierarchy: a People's Committee also answers to the one above, or the Government."""
    if kind.key == "uy-ban-nhan-dan" and place.kind != "country":
        up = place.parent
        if up is not None:
            return [(up, "chinh-phu" if up.kind == "country" else "uy-ban-nhan-dan")]
    return []


def when_literal(when: When) -> Literal:
    """A day as xsd:date, a year known alone as xsd:gYear."""
    if isinstance(when, date):
        return Literal(when.isoformat(), datatype=XSD.date)
    return Literal(str(when), datatype=XSD.gYear)


CHANGE_DATE_LITERAL = when_literal(CHANGE_DATE)


def place_triples(g: TripleAdder, place: Place, base: str = BASE_DEFAULT, full: bool = False) -> URIRef:
    """Describe a place in `g` (and the places above it and those it became); return its IRI.

    A successor that the reference graph describes (a province of 2025) is only linked to, unless
    `full` (the reference graph itself)."""
    iri, block = _place_block(place, base, full)
    _add_block(g, block)
    return iri


def _add_block(g: TripleAdder, block: tuple[Triple, ...]) -> None:
    if isinstance(g, TripleSet):
        g.add_block(block)
    else:
        for t in block:
            g.add(t)


def _in_reference(place: Place) -> bool:
    """The reference graph describes the country and every province (of 2023 and 2025), their
    standing bodies and what those became."""
    return place.kind in ("country", "province")


# The description of a place or body depends on nothing but its arguments, and every plan graph
# repeats those of the places and bodies it names: each is made once per process and replayed.
# The caches are bounded so that a worker's memory is too (a body's block, with the bodies above it,
# holds about a hundred triples): the bodies of the provinces and the centre, which most plans name,
# stay in; those of one commune are made again when needed.
@lru_cache(maxsize=1 << 13)
def _place_block(place: Place, base: str, full: bool) -> tuple[URIRef, tuple[Triple, ...]]:
    local = TripleSet()
    iri = _describe_place(local, place, base, full)
    return iri, tuple(local)


@lru_cache(maxsize=1 << 13)
def _body_block(
    place: Place, kind: Kind, qualifier: str | None, base: str, with_parents: bool, full: bool
) -> tuple[URIRef, tuple[Triple, ...]]:
    local = TripleSet()
    iri = _describe_body(local, place, kind, qualifier, base, with_parents, full)
    return iri, tuple(local)


def _describe_place(g: TripleAdder, place: Place, base: str, full: bool) -> URIRef:
    iri = URIRef(place_iri(place, base))
    if (iri, VK.jurisdictionCode, Literal(place.jurisdiction_string)) in g:
        return iri
    g.add((iri, RDF.type, _PLACE_CLASS[place.kind]))
    g.add((iri, RDF.type, VK.Jurisdiction))
    g.add((iri, SKOS.prefLabel, Literal(place.name, lang="vi")))
    g.add((iri, VK.level, LEVEL[place.level]))
    g.add((iri, VK.jurisdictionCode, Literal(place.jurisdiction_string)))
    g.add((iri, RDFS.label, Literal(place.name, lang="vi")))
    unit = place.unit
    if unit is not None:
        g.add((iri, VK.gsoCode, Literal(unit.code)))
        full = place.name if place.name.startswith(unit.type) else unit.full_name
        if full != place.name:
            g.add((iri, SKOS.altLabel, Literal(full, lang="vi")))
    if place.parent is not None:
        g.add((iri, VK.partOf, place_triples(g, place.parent, base, full)))
    start, end = founded(place), dissolved(place)
    if start is not None:
        g.add((iri, SDO.foundingDate, when_literal(start)))
    if end is not None:
        g.add((iri, SDO.dissolutionDate, when_literal(end)))
    for new in successors(place):
        if not full and _in_reference(new):
            g.add((iri, DCTERMS.isReplacedBy, URIRef(place_iri(new, base))))
            continue
        new_iri = place_triples(g, new, base, full)
        g.add((iri, DCTERMS.isReplacedBy, new_iri))
        _formation(g, new_iri, new, iri, PROV.used, PROV.generated, CHANGE_DATE_LITERAL)
    if place.kind == "district" and unit is not None:
        for new in now_in(place):
            g.add((iri, VK.territoryNowIn, place_triples(g, new, base, full)))
    return iri


def _formation(
    g: TripleAdder,
    new_iri: URIRef,
    new: Place | None,
    old_iri: URIRef,
    used: URIRef,
    made: URIRef,
    when: Literal,
) -> None:
    ev = URIRef(f"{new_iri}/formation")
    g.add((ev, RDF.type, ORG.ChangeEvent))
    g.add((ev, DCTERMS.date, when))
    g.add((ev, used, old_iri))
    g.add((ev, made, new_iri))
    if new is not None and new.kind == "province":
        full = new.unit.full_name if new.unit else new.name
        g.add((ev, RDFS.label, Literal(f"Hình thành {full} (sắp xếp đơn vị hành chính)", lang="vi")))
        g.add((ev, RDFS.label, Literal(f"Formation of {full} (administrative reorganisation)", lang="en")))


def body_triples(
    g: TripleAdder,
    place: Place,
    kind: Kind,
    qualifier: str | None = None,
    base: str = BASE_DEFAULT,
    with_parents: bool = True,
    full: bool = False,
) -> URIRef:
    """Describe one body (and, recursively, the bodies above it and those that took over from it) in
    `g`; return its IRI. A successor that the reference graph describes (a body of a province) is
    only linked to, unless `full` (the reference graph itself)."""
    iri, block = _body_block(place, kind, qualifier, base, with_parents, full)
    _add_block(g, block)
    return iri


def _describe_body(
    g: TripleAdder,
    place: Place,
    kind: Kind,
    qualifier: str | None,
    base: str,
    with_parents: bool,
    full: bool,
) -> URIRef:
    iri = URIRef(body_iri_for(place, kind.system, kind.key, qualifier, base))
    if (iri, RDF.type, VK[kind.cls]) in g:
        return iri
    vi, en = body_labels(place, kind, qualifier)
    g.add((iri, RDF.type, VK[kind.cls]))
    g.add((iri, RDF.type, ORG.Organization))
    g.add((iri, SKOS.prefLabel, Literal(vi, lang="vi")))
    g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
    g.add((iri, RDFS.label, Literal(vi, lang="vi")))
    g.add((iri, VK.level, LEVEL[place.level]))
    g.add((iri, VK.system, SYSTEM[kind.system]))
    g.add((iri, VK.place, place_triples(g, place, base, full)))
    if kind.system in _ORGANISATIONS and kind.key != "doan-the":
        g.add((iri, ORG.unitOf, URIRef(organisation_iri(kind.system, base))))
    _body_time(g, iri, place, kind, qualifier, base, full)
    if with_parents:
        parents = []
        p = parent_of(place, kind)
        if p:
            parents.append(p)
        parents += extra_parents(place, kind)
        for pplace, pkey in parents:
            piri = body_triples(g, pplace, KINDS[pkey], None, base, full=full)
            g.add((iri, ORG.subOrganizationOf, piri))
    return iri


def _body_time(
    g: TripleAdder, iri: URIRef, place: Place, kind: Kind, qualifier: str | None, base: str, full: bool
) -> None:
    """The interval a body existed and the bodies that took over from it (`ontology.timeline`)."""
    start, end = body_interval(place, kind.key, qualifier)
    if start is not None:
        g.add((iri, SDO.foundingDate, when_literal(start)))
    if end is not None:
        g.add((iri, SDO.dissolutionDate, when_literal(end)))
    for new_place, key, when in body_successors(place, kind.key, qualifier):
        if not full and _in_reference(new_place):
            new_kind = KINDS[key]
            new_iri = URIRef(body_iri_for(new_place, new_kind.system, new_kind.key, None, base))
            g.add((iri, DCTERMS.isReplacedBy, new_iri))
            continue
        new_iri = body_triples(g, new_place, KINDS[key], None, base, full=full)
        g.add((iri, DCTERMS.isReplacedBy, new_iri))
        _formation(
            g, new_iri, None, iri, ORG.originalOrganization, ORG.resultingOrganization, when_literal(when)
        )


# The Party and the Front as organisations: every Party body, and every Front body but the member
# organisations, is `org:unitOf` one of them.
_ORGANISATIONS = {
    "party": ("Đảng Cộng sản Việt Nam", "Communist Party of Viet Nam"),
    "front": ("Mặt trận Tổ quốc Việt Nam", "Viet Nam Fatherland Front"),
}


def organisation_triples(g: TripleAdder, base: str = BASE_DEFAULT) -> None:
    for system, (vi, en) in _ORGANISATIONS.items():
        iri = URIRef(organisation_iri(system, base))
        g.add((iri, RDF.type, VK.PoliticalOrganisation))
        g.add((iri, RDF.type, ORG.FormalOrganization))
        g.add((iri, SKOS.prefLabel, Literal(vi, lang="vi")))
        g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((iri, RDFS.label, Literal(vi, lang="vi")))
        g.add((iri, VK.system, SYSTEM[system]))


def reference_graph(base: str = BASE_DEFAULT, places: Iterable[Place] = ()) -> Graph:
    """Central bodies, the standing bodies of every province, and those of any extra `places`."""
    g = Graph()
    bind_all(g)
    for key in CENTRAL_KINDS:
        body_triples(g, COUNTRY, KINDS[key], None, base, full=True)
    for name, _kind in sorted(set(provinces().values())):
        for key in STANDING_KINDS:
            body_triples(g, Place("province", name), KINDS[key], None, base, full=True)
    for unit in units(2025).values():
        if unit.level == "province":
            for key in STANDING_KINDS_2025:
                body_triples(g, place_of_unit(unit), KINDS[key], None, base, full=True)
    organisation_triples(g, base)
    wikidata_triples(g, base)
    for place in places:
        keys = DISTRICT_KINDS if place.kind in ("district", "commune") else STANDING_KINDS
        if place.kind == "bloc":
            keys = [
                "dang-uy-khoi",
                "ban-thuong-vu",
                "thuong-truc",
                "ban-to-chuc",
                "ban-tuyen-giao",
                "uy-ban-kiem-tra",
                "van-phong",
            ]
        for key in keys:
            body_triples(g, place, KINDS[key], None, base, full=True)
    return g
