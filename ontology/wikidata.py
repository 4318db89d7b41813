"""Links to Wikidata from a curated table, `ontology/data/wikidata.csv` (no lookup at run time).

Each row names a node of the graph by its path under the base (`place/soc-trang`, `body/vn/party`),
the mapping property, the Wikidata item, a label to read the row by, and the source that gives the
item for that thing. Only rows with a source are kept in the table.

The link is `skos:exactMatch` (or `skos:closeMatch`), not `owl:sameAs`: the graph keeps a unit
before and after the reform of 1 July 2025 apart (Cần Thơ of 2023 and the merged Cần Thơ of 2025),
while Wikidata has one item for the city across it. `owl:sameAs` would make the item, and so both
places, one individual with two sets of codes and dates; a SKOS mapping says the item describes the
same thing without merging the statements. The item goes to the unit it describes today
(exactMatch); a unit of the same name before the merger gets closeMatch.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import URIRef
from rdflib.namespace import SKOS

from ontology.iris import BASE_DEFAULT
from ontology.triples import TripleAdder

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
MATCHES = {"exactMatch": SKOS.exactMatch, "closeMatch": SKOS.closeMatch}


@dataclass(frozen=True)
class WikidataRow:
    path: str
    match: str
    item: str  # Q-id
    label: str
    source: str

    def iri(self, base: str = BASE_DEFAULT) -> str:
        return (base if base.endswith(("/", "#")) else base + "/") + self.path

    @property
    def item_iri(self) -> str:
        return WIKIDATA_ENTITY + self.item


class BadRow(ValueError):
    pass


@cache
def wikidata_rows() -> tuple[WikidataRow, ...]:
    text = resources.files("ontology").joinpath("data/wikidata.csv").read_text(encoding="utf-8")
    rows = []
    for n, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        r = WikidataRow(row["path"], row["match"], row["wikidata"], row["label"], row["source"])
        if r.match not in MATCHES or not r.item.startswith("Q") or not r.item[1:].isdigit():
            raise BadRow(
                f"ontology/data/wikidata.csv:{n}: expected exactMatch|closeMatch and a Q-id, got {row}"
            )
        if not r.source.strip():
            raise BadRow(f"ontology/data/wikidata.csv:{n}: every row names its source")
        rows.append(r)
    return tuple(rows)


def wikidata_triples(g: TripleAdder, base: str = BASE_DEFAULT) -> None:
    for r in wikidata_rows():
        g.add((URIRef(r.iri(base)), MATCHES[r.match], URIRef(r.item_iri)))
