"""A light scan of SPARQL text: which endpoints its SERVICE clauses call.

Neither pyoxigraph nor the Oxigraph server can be told not to follow SERVICE, so the front refuses a
query that calls one unless its IRI is allowed. This is a tokenizer, not a parser: it skips comments,
string literals and IRIs (where the word SERVICE means nothing), reads the PREFIX declarations, and
reports for each SERVICE keyword the IRI it calls, or None when that is a variable (never allowed).
The parser (the engine) still rejects anything that is not SPARQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
             |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:
             (?:[\w\-.:%\\\u00b7\u00c0-\uffff]*[\w\-:%\u00b7\u00c0-\uffff])?)
  | (?P<word>[A-Za-z_][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class ServiceCall:
    iri: str | None  # None: the endpoint is a variable, or could not be read
    text: str  # as written, for the error message


def tokens(text: str) -> list[tuple[str, str]]:
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        out.append((kind, m.group()))
    return out


def service_calls(text: str) -> list[ServiceCall]:
    """Every SERVICE clause of the query, with the IRI it calls (prefixed names resolved)."""
    if "service" not in text.lower():  # the common case costs one lower-casing
        return []
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    calls = []
    for i, (kind, value) in enumerate(toks):
        if kind != "word":
            continue
        word = value.upper()
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
        elif word == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = toks[i + 1][1][1:-1]
        elif word == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            if j >= len(toks):
                calls.append(ServiceCall(None, "SERVICE"))
                continue
            tkind, tval = toks[j]
            iri: str | None = None
            if tkind == "iri":
                iri = tval[1:-1]
                if base and ":" not in iri:
                    iri = base + iri
            elif tkind == "pname" and ":" in tval:
                prefix, local = tval.split(":", 1)
                iri = prefixes[prefix] + local if prefix in prefixes else None
            calls.append(ServiceCall(iri, tval))
    return calls


def allowed(call: ServiceCall, allow: list[str]) -> bool:
    """A call is allowed when its IRI starts with one of the allowed prefixes (never for a variable)."""
    return call.iri is not None and any(call.iri.startswith(a) for a in allow if a)
