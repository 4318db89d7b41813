"""Check the ontology with owlready2 and the HermiT reasoner: consistent, no unsatisfiable class.

owlready2 reads RDF/XML or N-Triples, not Turtle, so the ontology is written to a temporary
N-Triples file first. HermiT runs on Java; `java` must be on PATH.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ontology.rdf import ontology_graph


@dataclass
class CheckResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    classes: int = 0
    properties: int = 0
    seconds: float = 0.0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable and self.error is None

    def summary(self) -> str:
        if self.error:
            return f"ontology check failed: {self.error}"
        state = "consistent" if self.consistent else "INCONSISTENT"
        unsat = ", ".join(self.unsatisfiable) if self.unsatisfiable else "none"
        return (
            f"ontology {state}; {self.classes} classes, {self.properties} properties; "
            f"unsatisfiable classes: {unsat}; HermiT took {self.seconds:.1f} s"
        )


def check_ontology(extra_turtle: str = "") -> CheckResult:
    """Load vankien.ttl into owlready2, run HermiT, and report consistency and unsatisfiable classes.

    `extra_turtle` is added to the ontology first (the tests use it to show that a broken axiom is caught).
    """
    import owlready2

    if shutil.which("java") is None:
        return CheckResult(False, error="java is not installed (apt-get install -y default-jre-headless)")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vankien.nt"
        graph = ontology_graph()
        if extra_turtle:
            graph.parse(data=extra_turtle, format="turtle")
        path.write_text(graph.serialize(format="nt"), encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        classes = len(list(onto.classes()))
        properties = len(list(onto.properties()))
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return CheckResult(
                False, classes=classes, properties=properties, seconds=time.perf_counter() - start
            )
        unsat = sorted(str(c.iri) for c in world.inconsistent_classes() if c is not owlready2.Nothing)
        return CheckResult(True, unsat, classes, properties, time.perf_counter() - start)
