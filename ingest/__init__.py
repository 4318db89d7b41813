"""Extraction of the facts of a Vietnamese plan document, each traced to the lines it came from.

read_plan(path) -> SourceText            decoded lines of a .txt (UTF-8/UTF-16/cp1258), .docx or .pdf
extract_plan(path) -> dict               the facts dict of docs/facts.md; InputError for unusable input
extract_text(text, name) -> dict         the same from a string
extract_source(source) -> dict           the same from a SourceText already read
normalize(s) -> str                      NFC, U+00D0 -> Đ, modern tone marks; idempotent
"""

from ingest.errors import InputError
from ingest.extract import extract_plan, extract_source, extract_text
from ingest.normalize import normalize
from ingest.read import SourceText, read_plan

__all__ = [
    "InputError",
    "SourceText",
    "extract_plan",
    "extract_source",
    "extract_text",
    "normalize",
    "read_plan",
]
