"""Helpers of the page tests: a store of the invented UI corpus, and HTML parsed for CSS selectors."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ui"))
import ui_plans

BASE = "https://vankien.example.org/"
KL21 = BASE + "doc/vn/21-kl-tw/khoa-xiii"
KH70 = BASE + "doc/soc-trang/70-kh-tu/2023"
KH12 = BASE + "doc/soc-trang/my-tu/12-kh-hu/2023"
KH30 = BASE + "doc/bac-lieu/30-kh-tu/2022"


def build_ui_store(root: Path) -> Path:
    return ui_plans.build_store(root)


def html(resp) -> lxml.html.HtmlElement:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, (resp.status_code, resp.data[:500])
    assert resp.mimetype == "text/html"
    return lxml.html.fromstring(resp.get_data(as_text=True))


def texts(doc: lxml.html.HtmlElement, selector: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in doc.cssselect(selector)]
