"""The validation report: findings, and their text, dict and SHACL-report (Turtle) renderings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

import pyoxigraph as ox

from ontology.vocab import PREFIXES, SH, VK

SEVERITIES = ("Violation", "Warning", "Info")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@cache  # a report of 200,000 findings names the same dozen terms two million times
def _sh(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(SH) + name)


@cache
def _vk(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(VK) + name)


@dataclass
class Finding:
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str  # IRI of the focus node
    path: str | None = None  # IRI of the property, for property shapes
    value: str | None = None  # the offending value (IRI or literal's text)
    message_en: str = ""
    message_vi: str = ""
    shape: str = ""  # IRI of the shape that reported it
    plan: str | None = None  # named graph IRI of the plan the fact was read from
    source_file: str | None = None
    source_line: int | None = None
    source_text: str | None = None
    value_is_iri: bool = False
    value_n3: str | None = field(default=None, repr=False)  # the value as a SPARQL term, for lookups

    @property
    def message(self) -> str:
        """The English message (the Vietnamese one is `message_vi`)."""
        return self.message_en or self.message_vi

    @property
    def rule(self) -> str:
        return self.shape.rsplit("#", 1)[-1]

    def sort_key(self) -> tuple[Any, ...]:
        return (self.plan or "~", self.focus, SEVERITIES.index(self.severity), self.shape, self.value or "")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("value_n3", None)
        d["message"] = self.message
        d["rule"] = self.rule
        return d


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    engine: str = ""

    @property
    def conforms(self) -> bool:
        """True when there is no Violation (warnings and infos do not break conformance)."""
        return not any(f.severity == "Violation" for f in self.findings)

    def counts(self) -> dict[str, int]:
        c = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            c[f.severity] = c.get(f.severity, 0) + 1
        return c

    def summary(self) -> str:
        c = self.counts()
        state = "conforms" if self.conforms else "does not conform"
        return f"{state}: {c['Violation']} violation(s), {c['Warning']} warning(s), {c['Info']} info(s)" + (
            f" in {self.seconds:.2f} s" if self.seconds else ""
        )

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=Finding.sort_key)

    def to_text(self) -> str:
        """Findings grouped by plan, then by entity (focus node)."""
        lines = [self.summary()]
        by_plan: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for f in self.sorted():
            by_plan[f.plan or "(no plan: reference data or several plans)"][f.focus].append(f)
        for plan, entities in by_plan.items():
            lines.append("")
            lines.append(f"== {plan}")
            for focus, items in entities.items():
                lines.append(f"  {focus}")
                for f in items:
                    where = ""
                    if f.source_file:
                        where = f" [{f.source_file}" + (f":{f.source_line}" if f.source_line else "") + "]"
                    value = f" — value: {f.value}" if f.value is not None else ""
                    lines.append(f"    {f.severity}: {f.message_en}{value}{where}")
                    if f.message_vi:
                        lines.append(f"      ({f.message_vi})")
                    lines.append(f"      shape: {f.rule}" + (f", path: {f.path}" if f.path else ""))
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "summary": self.summary(),
            "counts": self.counts(),
            "seconds": self.seconds,
            "engine": self.engine,
            "findings": [f.to_dict() for f in self.sorted()],
        }

    def triples(self) -> Iterator[ox.Triple]:
        """The standard sh:ValidationReport graph, with vk:plan / vk:sourceFile / vk:firstLine added."""
        report = ox.BlankNode()
        yield ox.Triple(report, _RDF_TYPE, _sh("ValidationReport"))
        yield ox.Triple(report, _sh("conforms"), ox.Literal(self.conforms))
        for f in self.sorted():
            r = ox.BlankNode()
            yield ox.Triple(report, _sh("result"), r)
            yield ox.Triple(r, _RDF_TYPE, _sh("ValidationResult"))
            yield ox.Triple(r, _sh("focusNode"), ox.NamedNode(f.focus))
            yield ox.Triple(r, _sh("resultSeverity"), _sh(f.severity))
            if f.shape:
                yield ox.Triple(r, _sh("sourceShape"), ox.NamedNode(f.shape))
            if f.path:
                yield ox.Triple(r, _sh("resultPath"), ox.NamedNode(f.path))
            if f.value is not None:
                value = ox.NamedNode(f.value) if f.value_is_iri else ox.Literal(f.value)
                yield ox.Triple(r, _sh("value"), value)
            if f.message_vi:
                yield ox.Triple(r, _sh("resultMessage"), ox.Literal(f.message_vi, language="vi"))
            if f.message_en:
                yield ox.Triple(r, _sh("resultMessage"), ox.Literal(f.message_en, language="en"))
            if f.plan:
                yield ox.Triple(r, _vk("plan"), ox.NamedNode(f.plan))
            if f.source_file:
                yield ox.Triple(r, _vk("sourceFile"), ox.Literal(f.source_file))
            if f.source_line:
                yield ox.Triple(r, _vk("firstLine"), ox.Literal(f.source_line))

    def to_turtle(self) -> str:
        """`triples` in Turtle. Written by Oxigraph: a build's report can hold 200,000 findings (two
        million triples), which rdflib took minutes to serialise."""
        prefixes = {p: str(PREFIXES[p]) for p in ("sh", "vk", "rdf", "xsd")}
        return ox.serialize(self.triples(), format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
