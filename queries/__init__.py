"""The query library: analyst queries as `queries/NAME.rq`, each with a header comment.

Header lines at the top of each file::

    # title: one line
    # description: what it answers
    # parameters: the IRIs to change (a VALUES line in the query), or "none"

Beside each query, ``NAME.expected.json`` holds its result on the five sample plans; regenerate them
all with ``python -m queries.regenerate`` after the extraction changes (see that module).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
HEADER = re.compile(r"^#\s*(title|description|parameters)\s*:\s*(.*)$")


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    title: str
    description: str
    parameters: str
    text: str
    path: Path

    @property
    def ordered(self) -> bool:
        """Whether the result order is part of the answer (the query has ORDER BY)."""
        return re.search(r"\bORDER\s+BY\b", self.text, re.IGNORECASE) is not None

    @property
    def expected_path(self) -> Path:
        return self.path.with_name(self.name + ".expected.json")


def parse(path: Path) -> LibraryQuery:
    text = path.read_text(encoding="utf-8")
    fields = {"title": "", "description": "", "parameters": ""}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = HEADER.match(line)
        if m:
            fields[m.group(1)] = m.group(2).strip()
    name = path.name.removesuffix(".rq")
    return LibraryQuery(
        name, fields["title"] or name, fields["description"], fields["parameters"], text, path
    )


LONG_CELL = 60


def expected_cell(value: str | None) -> str | None:
    """A result cell as the expected-results files keep it: long texts (quoted from the plans) as their
    start and a digest, so that the files hold no sentences of the plans yet still pin the exact value."""
    if value is None or len(value) <= LONG_CELL:
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]
    return f"{value[:40]}…sha256:{digest}"


def library() -> list[LibraryQuery]:
    """Every query of the library, by name."""
    return [parse(p) for p in sorted(FOLDER.glob("*.rq"))]


def get(name: str) -> LibraryQuery:
    for q in library():
        if q.name == name:
            return q
    raise KeyError(name)
