"""The desk in a real browser: Debian's Chromium driven by Playwright against a local server.

Walks search → article → entity → brief citation → source span, uploads hostile articles
through the page and checks nothing in them runs. Screenshots go to a temporary folder, or to
the folder named by NEWSDESK_SCREENSHOTS (`NEWSDESK_SCREENSHOTS=docs` refreshes docs/web-*.png).
Skipped when Playwright or /usr/bin/chromium is absent (the browser is never downloaded).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
DOCS = Path(os.environ.get("NEWSDESK_SCREENSHOTS") or tempfile.mkdtemp(prefix="newsdesk-shots-"))
HOSTILE = Path(__file__).parent / "data" / "web_xss" / "hostile.jsonl"

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed at /usr/bin/chromium", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(seed_store: str, tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from newsdesk.web import create_app

    path = tmp_path_factory.mktemp("browser") / "desk.duckdb"
    shutil.copy(seed_store, path)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(path)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    """A page that records every dialog and console error it sees."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs, page.console_errors = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    yield page
    context.close()


def test_search_article_entity_brief_span(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("main input[name=q]", "Tokayev")
    page.press("main input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Tokayev")
    assert page.locator("table.results a").count() > 0
    page.screenshot(path=str(DOCS / "web-search.png"))

    page.locator("table.results a").first.click()
    page.wait_for_url("**/articles/*")
    people = page.locator(".text a.hl-entity[title$='(PERSON)']")
    entity = people.first if people.count() else page.locator(".text a.hl-entity").first
    assert entity.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(DOCS / "web-article.png"))
    page.uncheck("#show-entity")
    assert entity.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.check("#show-entity")

    name = entity.get_attribute("title").rsplit(" (", 1)[0]
    entity.click()
    page.wait_for_url("**/entities/*")
    assert name in page.locator("h1").inner_text()
    page.screenshot(path=str(DOCS / "web-entity.png"), full_page=True)

    page.goto(base_url + "/brief?topic=China+Russia+Kazakhstan")
    citation = page.locator("section.brief-section a.cite").first
    href = citation.get_attribute("href")
    page.screenshot(path=str(DOCS / "web-brief.png"))
    citation.click()
    page.wait_for_url("**/articles/*")
    article_id = href.split("/articles/")[1].split("?")[0]
    start, end = (int(n) for n in href.split("hl=")[1].split("#")[0].split("-"))
    text = page.request.get(f"{base_url}/api/articles/{article_id}").json()["text"]
    assert page.locator(f"mark#span-{start}-{end}").is_visible()
    marked = "".join(page.locator("mark.hl-hl").all_inner_texts())
    assert " ".join(marked.split()) == " ".join(text[start:end].split())
    page.screenshot(path=str(DOCS / "web-source-span.png"))
    assert not page.dialogs and not page.console_errors


def test_hostile_articles_uploaded_through_the_page_run_nothing(page, base_url: str) -> None:
    page.goto(base_url + "/upload")
    page.set_input_files("input[name=files]", str(HOSTILE))
    page.click("form.upload button")
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#job-status.done, #job-status.failed", timeout=300_000)
    assert "done" in page.locator("#job-status").get_attribute("class")
    page.screenshot(path=str(DOCS / "web-upload.png"))

    found = page.request.get(f"{base_url}/api/articles?q=kazakhstan&limit=500").json()["items"]
    hostile = [a for a in found if any(n in (a["outlet"] or "") for n in ("Example", "Evil"))]
    assert len(hostile) == 3
    for path in [f"/articles/{a['id']}" for a in hostile] + ["/search?q=alert", "/sources",
                                                           "/quotes", "/timeline", "/"]:
        page.goto(base_url + path)
        assert page.locator("script:not([src])").count() == 0
        assert page.locator("a[href^='javascript:' i], a[href^='data:' i]").count() == 0
        assert page.locator("img, iframe, svg[onload]").count() == 0
    assert page.dialogs == []
    assert page.console_errors == []
