"""Helpers of the ingest tests: comparing facts modulo spelling, and building .docx and .pdf files."""

from __future__ import annotations

import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

from ingest import normalize


def same(a: object, b: object) -> bool:
    """Equal after normalisation (old tone marks, NFC) and whitespace collapsing; None only equals None."""
    if a is None or b is None:
        return a is b
    return " ".join(normalize(str(a)).split()) == " ".join(normalize(str(b)).split())


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx(
    paragraphs: list[str], footnotes: list[str] | None = None, numbered: set[int] | None = None
) -> bytes:
    """A minimal .docx: one w:p per paragraph; paragraphs whose index is in `numbered` use list numbering;
    a paragraph may hold "{fn1}" where a footnote reference goes."""
    numbered = numbered or set()
    body = []
    for i, text in enumerate(paragraphs):
        ppr = (
            '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            if i in numbered
            else ""
        )
        runs = []
        for k, part in enumerate(text.split("{fn1}")):
            if k:
                runs.append('<w:r><w:footnoteReference w:id="1"/></w:r>')
            runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
        body.append(f"<w:p>{ppr}{''.join(runs)}</w:p>")
    paragraphs_xml = "".join(body)
    document = f'<?xml version="1.0"?><w:document {_W}><w:body>{paragraphs_xml}</w:body></w:document>'
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {_W}><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    notes = "".join(
        f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        "</w:footnote>"
        for i, t in enumerate(footnotes or [])
    )
    footnotes_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>{notes}</w:footnotes>'
    )
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"/>',
        )
        z.writestr("word/document.xml", document)
        z.writestr("word/numbering.xml", numbering)
        z.writestr("word/footnotes.xml", footnotes_xml)
    return buf.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand: its text layer holds `lines`, Vietnamese letters mapped through a
    ToUnicode CMap (codes 0x80.. for the letters beyond ASCII)."""
    extra = sorted({c for line in lines for c in line if ord(c) > 126})
    assert len(extra) <= 127, "too many distinct non-ASCII letters for a one-byte font"
    code = {c: 128 + i for i, c in enumerate(extra)}

    def enc(s: str) -> bytes:
        raw = bytes(code.get(c, ord(c)) for c in s)
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 9 Tf 11 TL 30 810 Td " + b"".join(b"(" + enc(x) + b") Tj T* " for x in lines) + b"ET"
    pairs = [(c, c) for c in range(32, 127)] + [(v, ord(k)) for k, v in code.items()]
    chunks = []
    for i in range(0, len(pairs), 100):
        part = pairs[i : i + 100]
        chunks.append(
            f"{len(part)} beginbfchar\n" + "".join(f"<{a:02X}> <{b:04X}>\n" for a, b in part) + "endbfchar\n"
        )
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /VK def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        + "".join(chunks)
        + "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    widths = " ".join(["500"] * 224)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths ["
        + widths.encode()
        + b"] /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with circumflex, breve or horn precomposed, tones as combining."""
    import unicodedata

    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + "".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")
