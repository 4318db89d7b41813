"""A generated HTML page of the ontology's classes, properties and concept schemes."""

from __future__ import annotations

from html import escape

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ontology.rdf import ontology_graph
from ontology.vocab import PREFIXES, VK

_CSS = """
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem} h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
h3{margin:1.4rem 0 .2rem;font-size:1.05rem}
code{background:#f4f4f4;padding:0 .2rem} .vi{color:#333} .en{color:#555} dl{margin:.2rem 0 .8rem 1rem}
dt{font-weight:600;float:left;clear:left;width:9rem} dd{margin-left:9.5rem} nav a{margin-right:.6rem}
"""


def _qname(g: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        s = str(node)
        for p, ns in PREFIXES.items():
            if s.startswith(str(ns)):
                return f"{p}:{s[len(str(ns)) :]}"
        return s
    return "(anonymous)"


def _text(g: Graph, node: URIRef, prop: URIRef, lang: str) -> str:
    for o in g.objects(node, prop):
        if isinstance(o, Literal) and o.language == lang:
            return str(o)
    return ""


def _link(g: Graph, node: object) -> str:
    q = _qname(g, node)
    if isinstance(node, URIRef) and str(node).startswith(str(VK)):
        return f'<a href="#{escape(q)}"><code>{escape(q)}</code></a>'
    return f"<code>{escape(q)}</code>"


def _entry(g: Graph, node: URIRef, rows: list[tuple[str, list[object]]]) -> str:
    q = _qname(g, node)
    out = [
        f'<h3 id="{escape(q)}"><code>{escape(q)}</code> — <span class="vi">'
        f'{escape(_text(g, node, RDFS.label, "vi"))}</span> / <span class="en">'
        f"{escape(_text(g, node, RDFS.label, 'en'))}</span></h3>",
        "<dl>",
    ]
    for lang, name in (("vi", "Định nghĩa"), ("en", "Definition")):
        d = _text(g, node, SKOS.definition, lang)
        if d:
            out.append(f'<dt>{name}</dt><dd class="{lang}">{escape(d)}</dd>')
    for label, values in rows:
        vals = [v for v in values if isinstance(v, URIRef)]
        if vals:
            out.append(f"<dt>{escape(label)}</dt><dd>{', '.join(_link(g, v) for v in sorted(vals))}</dd>")
    abbr = sorted(str(a) for a in g.objects(node, VK.abbreviation))
    if abbr:
        out.append(f"<dt>Ký hiệu / symbols</dt><dd>{escape(', '.join(abbr))}</dd>")
    out.append("</dl>")
    return "\n".join(out)


def ontology_html() -> str:
    """The ontology's documentation as one self-contained HTML page (Vietnamese and English)."""
    g = ontology_graph()
    ours = lambda n: isinstance(n, URIRef) and str(n).startswith(str(VK))  # noqa: E731
    classes = sorted(n for n in set(g.subjects(RDF.type, OWL.Class)) if ours(n))
    obj_props = sorted(n for n in set(g.subjects(RDF.type, OWL.ObjectProperty)) if ours(n))
    data_props = sorted(n for n in set(g.subjects(RDF.type, OWL.DatatypeProperty)) if ours(n))
    schemes = sorted(n for n in set(g.subjects(RDF.type, SKOS.ConceptScheme)) if ours(n))
    onto = URIRef("https://vankien.example.org/ontology")
    parts = [
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>",
        f"<title>Vankien ontology</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(_text(g, onto, RDFS.label, 'vi'))} / {escape(_text(g, onto, RDFS.label, 'en'))}</h1>",
        f"<p class='vi'>{escape(_text(g, onto, SKOS.definition, 'vi'))}</p>",
        f"<p class='en'>{escape(_text(g, onto, SKOS.definition, 'en'))}</p>",
        f"<p>Namespace: <code>{escape(str(VK))}</code></p>",
        "<nav><a href='#classes'>Lớp / Classes</a>"
        "<a href='#object-properties'>Quan hệ / Object properties</a>"
        "<a href='#data-properties'>Thuộc tính / Data properties</a>"
        "<a href='#schemes'>Bộ khái niệm / Schemes</a></nav>",
        f"<h2 id='classes'>Lớp / Classes ({len(classes)})</h2>",
    ]
    for c in classes:
        parts.append(
            _entry(
                g,
                c,
                [
                    ("Lớp cha / subclass of", list(g.objects(c, RDFS.subClassOf))),
                    ("Tương đương / equivalent", list(g.objects(c, OWL.equivalentClass))),
                ],
            )
        )
    for title, anchor, props in (
        ("Quan hệ / Object properties", "object-properties", obj_props),
        ("Thuộc tính / Data properties", "data-properties", data_props),
    ):
        parts.append(f"<h2 id='{anchor}'>{title} ({len(props)})</h2>")
        for p in props:
            parts.append(
                _entry(
                    g,
                    p,
                    [
                        ("Thuộc tính cha / subproperty of", list(g.objects(p, RDFS.subPropertyOf))),
                        ("Miền / domain", list(g.objects(p, RDFS.domain))),
                        ("Miền giá trị / range", list(g.objects(p, RDFS.range))),
                        ("Nghịch đảo / inverse of", list(g.objects(p, OWL.inverseOf))),
                    ],
                )
            )
    parts.append(f"<h2 id='schemes'>Bộ khái niệm / Concept schemes ({len(schemes)})</h2>")
    for s in schemes:
        parts.append(_entry(g, s, []))
        concepts = sorted(c for c in g.subjects(SKOS.inScheme, s))
        items = "".join(
            f"<li><code>{escape(_qname(g, c))}</code> — {escape(_text(g, c, SKOS.prefLabel, 'vi'))} / "
            f"{escape(_text(g, c, SKOS.prefLabel, 'en'))}</li>"
            for c in concepts
        )
        parts.append(f"<ul>{items}</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
