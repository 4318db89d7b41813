"""Reference data: places, the central bodies and the standing bodies of each province and district.

`body_triples` gives the triples that describe one resolved body (kind, level, system, place, labels,
parent); plan graphs repeat them for the bodies they name, so a district that only one plan mentions
still has its hierarchy in the union graph. `reference_graph` holds the central bodies and the
standing bodies of every province (of 2023), plus any extra places asked for.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ontology.bodies import KINDS, Kind
from ontology.iris import BASE_DEFAULT, body_iri_for, place_iri
from ontology.places import COUNTRY, Place, provinces
from ontology.vocab import LEVEL, ORG, SYSTEM, VK, bind_all

_PLACE_CLASS = {"country": VK.Country, "province": VK.Province, "district": VK.District, "bloc": VK.PartyBloc}

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
    name = place.name if place.kind == "province" else place.province
    hit = provinces().get((name or "").lower())
    return bool(hit and hit[1] == "city")


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
    return f"Đảng ủy {place.name.replace('Đảng bộ ', '')}", f"Party Committee of the {place.name} bloc"


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


def place_triples(g: Graph, place: Place, base: str = BASE_DEFAULT) -> URIRef:
    iri = URIRef(place_iri(place, base))
    g.add((iri, RDF.type, _PLACE_CLASS[place.kind]))
    g.add((iri, RDF.type, VK.Jurisdiction))
    g.add((iri, SKOS.prefLabel, Literal(place.name, lang="vi")))
    g.add((iri, VK.level, LEVEL[place.level]))
    g.add((iri, VK.jurisdictionCode, Literal(place.jurisdiction_string)))
    if place.parent is not None:
        g.add((iri, VK.partOf, URIRef(place_iri(place.parent, base))))
    return iri


def body_triples(
    g: Graph,
    place: Place,
    kind: Kind,
    qualifier: str | None = None,
    base: str = BASE_DEFAULT,
    with_parents: bool = True,
) -> URIRef:
    """Describe one body (and, recursively, the bodies above it) in `g`; return its IRI."""
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
    g.add((iri, VK.place, place_triples(g, place, base)))
    if with_parents:
        parents = []
        p = parent_of(place, kind)
        if p:
            parents.append(p)
        parents += extra_parents(place, kind)
        for pplace, pkey in parents:
            piri = body_triples(g, pplace, KINDS[pkey], None, base)
            g.add((iri, ORG.subOrganizationOf, piri))
    return iri


def reference_graph(base: str = BASE_DEFAULT, places: Iterable[Place] = ()) -> Graph:
    """Central bodies, the standing bodies of every province, and those of any extra `places`."""
    g = Graph()
    bind_all(g)
    for key in CENTRAL_KINDS:
        body_triples(g, COUNTRY, KINDS[key], None, base)
    for name, _kind in sorted(set(provinces().values())):
        for key in STANDING_KINDS:
            body_triples(g, Place("province", name), KINDS[key], None, base)
    for place in places:
        keys = DISTRICT_KINDS if place.kind == "district" else STANDING_KINDS
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
            body_triples(g, place, KINDS[key], None, base)
    return g
