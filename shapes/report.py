"""The validation report: findings, and their text, dict and SHACL-report (Turtle) renderings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ontology.vocab import SH, VK, bind_all

SEVERITIES = ("Violation", "Warning", "Info")


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

    def to_graph(self) -> Graph:
        g = Graph()
        bind_all(g)
        report = BNode()
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        for f in self.sorted():
            r = BNode()
            g.add((report, SH.result, r))
            g.add((r, RDF.type, SH.ValidationResult))
            g.add((r, SH.focusNode, URIRef(f.focus)))
            g.add((r, SH.resultSeverity, SH[f.severity]))
            if f.shape:
                g.add((r, SH.sourceShape, URIRef(f.shape)))
            if f.path:
                g.add((r, SH.resultPath, URIRef(f.path)))
            if f.value is not None:
                g.add((r, SH.value, URIRef(f.value) if f.value_is_iri else Literal(f.value)))
            if f.message_vi:
                g.add((r, SH.resultMessage, Literal(f.message_vi, lang="vi")))
            if f.message_en:
                g.add((r, SH.resultMessage, Literal(f.message_en, lang="en")))
            if f.plan:
                g.add((r, VK.plan, URIRef(f.plan)))
            if f.source_file:
                g.add((r, VK.sourceFile, Literal(f.source_file)))
            if f.source_line:
                g.add((r, VK.firstLine, Literal(f.source_line, datatype=XSD.integer)))
        return g

    def to_turtle(self) -> str:
        """The standard sh:ValidationReport graph (with vk:plan / vk:sourceFile / vk:firstLine added)."""
        return self.to_graph().serialize(format="turtle")
