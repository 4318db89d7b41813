"""Running SPARQL on a store, and writing results in the formats people read."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

import pyoxigraph as ox


class QuerySyntaxError(Exception):
    """The query text is not SPARQL; the message is the parser's, with the position."""


@dataclass(frozen=True)
class Table:
    """Rows of a SELECT (or the single boolean of an ASK, as one row with ?result)."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]]


def run(store: ox.Store, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a query; its default graph is the set union of all graphs, materialised by the build."""
    try:
        return store.query(sparql)
    except SyntaxError as e:
        raise QuerySyntaxError(str(e)) from None


def as_table(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Table:
    if isinstance(result, ox.QueryBoolean):
        return Table(["result"], [[ox.Literal(str(bool(result)).lower())]])
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return Table(names, [[sol[n] for n in names] for sol in result])
    return Table(["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in result])


def term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def to_text_table(table: Table) -> str:
    cells = [[term_text(t) for t in row] for row in table.rows]
    widths = [len(v) for v in table.variables]
    for row in cells:
        widths = [max(w, min(60, len(c))) for w, c in zip(widths, row, strict=True)]

    def line(values: list[str]) -> str:
        return " | ".join(
            (v if len(v) <= 60 else v[:59] + "…").ljust(w) for v, w in zip(values, widths, strict=True)
        )

    out = [line(table.variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def to_csv(table: Table) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.variables)
    for row in table.rows:
        writer.writerow([term_text(t) for t in row])
    return buf.getvalue()


def to_json(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> str:
    """SPARQL 1.1 JSON results for SELECT/ASK; N-Triples lines as JSON strings for graphs."""
    if isinstance(result, ox.QueryTriples):
        return json.dumps([str(t) + " ." for t in result], ensure_ascii=False, indent=1)
    return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
