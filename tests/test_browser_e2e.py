"""End to end in a real browser: Debian's chromium driven by Playwright, headless, loopback only.

The test starts the real server (`vankien serve`) on a store of the invented UI corpus, then: opens the
home page, searches without diacritics, opens a plan, follows its "carries out" link, opens the chain of
implementation, and runs an example query in the SPARQL editor until rows show. A screenshot of each
step goes to test-artifacts/browser/<test name>/. Any request to a host other than 127.0.0.1 fails it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import REPO, LiveServer, start_server, stop_server
from pages_helpers import build_ui_store

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
YASGUI = REPO / "node_modules" / "@triply" / "yasgui" / "build" / "yasgui.min.js"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip


def chromium_path() -> str:
    for p in CHROMIUM_CANDIDATES:
        if Path(p).is_file():
            return p
    pytest.fail(
        "chromium is missing: the browser tests need Debian's chromium (and chromium-driver); "
        "run `make setup` or `scripts/install-system-packages chromium`"
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    if not YASGUI.is_file():
        pytest.fail(
            f"the npm assets are missing ({YASGUI}): run `make setup` (npm install of @triply/yasgui)"
        )
    root = build_ui_store(tmp_path_factory.mktemp("browser-store"))
    live = start_server(root)
    yield live
    stop_server(live)


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Path:
    folder = REPO / "test-artifacts" / "browser" / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def page(tmp_path: Path) -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is missing: run `make setup` (pip install -e '.[test]')")
    exe = chromium_path()
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=exe, headless=True, args=ARGS,
            viewport={"width": 1280, "height": 900}, locale="vi-VN",
        )  # fmt: skip
        outside: list[str] = []

        def guard(route) -> None:  # type: ignore[no-untyped-def]
            host = urlparse(route.request.url).hostname
            if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.outside = outside  # type: ignore[attr-defined]
        pg.js_errors = errors  # type: ignore[attr-defined]
        yield pg
        context.close()
    assert not outside, f"the pages asked for something beyond loopback: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def test_browse_search_plan_chain_editor(server: LiveServer, page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.goto(server.url + "/")
    assert pg.locator("h1").inner_text().startswith("Đồ thị tri thức")
    pg.screenshot(path=str(shots / "01-home.png"), full_page=True)

    pg.fill("#home-search input[name=q]", "ket luan 21")
    pg.press("#home-search input[name=q]", "Enter")
    pg.wait_for_selector("#hits li.hit")
    labels = pg.locator("#hits li.hit > a").all_inner_texts()
    assert labels[0] == "Kết luận số 21-KL/TW"
    assert "Kế hoạch số 70-KH/TU" in labels
    pg.screenshot(path=str(shots / "02-search.png"), full_page=True)

    pg.locator("#hits li.hit > a", has_text="Kế hoạch số 70-KH/TU").first.click()
    pg.wait_for_selector("#tasks tr.task")
    assert pg.locator("h1").inner_text() == "Kế hoạch số 70-KH/TU"
    assert pg.locator("#source-text mark.fact").count() > 5
    pg.screenshot(path=str(shots / "03-plan.png"), full_page=True)

    pg.locator("ul.implements a.carries-out").first.click()
    pg.wait_for_selector("#incoming")
    assert pg.locator("h1").inner_text() == "Kết luận số 21-KL/TW"
    pg.screenshot(path=str(shots / "04-carries-out.png"), full_page=True)

    pg.locator("#chain-link").click()
    pg.wait_for_selector("#chain-table")
    steps = pg.locator("#chain-table tr.step td:nth-child(2) > a").all_inner_texts()
    assert set(steps) == {"Kế hoạch số 30-KH/TU", "Kế hoạch số 70-KH/TU", "Kế hoạch số 12-KH/HU"}
    assert pg.locator("#graph-view svg g.node").count() >= 4
    pg.screenshot(path=str(shots / "05-chain.png"), full_page=True)

    pg.goto(server.url + "/editor")
    pg.wait_for_selector(".yasqe .CodeMirror")
    pg.locator("#examples button.example").first.click()
    pg.wait_for_selector(".yasr table tbody tr td", timeout=20000)
    rows = pg.locator(".yasr table tbody tr").count()
    assert rows >= 4, rows  # four plans carry something out
    pg.screenshot(path=str(shots / "06-editor-table.png"), full_page=True)
    pg.locator(".yasr .select_graph").click()
    pg.wait_for_selector(".yasr svg.vk-graph circle")
    pg.screenshot(path=str(shots / "07-editor-graph.png"), full_page=True)


def test_phone_width(server: LiveServer, page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.set_viewport_size({"width": 390, "height": 844})
    pg.goto(server.url + "/doc/soc-trang/70-kh-tu/2023")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"the plan page scrolls sideways on a phone ({width}px)"
    pg.screenshot(path=str(shots / "01-plan-phone.png"), full_page=True)
    pg.goto(server.url + "/documents?lang=en")
    assert pg.locator("h1").inner_text().startswith("Documents")
    pg.screenshot(path=str(shots / "02-documents-phone-en.png"), full_page=True)
