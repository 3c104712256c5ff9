"""Script payloads in article data stay text in every brief format; only http(s) URLs become links.

The brief is rendered from a generated article whose title, outlet, speaker, text and URL carry
the usual payloads (script tags, event handlers, javascript:/data: URLs, entity tricks).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newsdesk.brief.model import Brief, Citation, Item, Settings, Source
from newsdesk.brief.render import http_url, render_html, render_markdown

SCRIPT = "<script>document.body.className='pwned'</script>"
IMAGE = "<img src=x onerror=\"document.body.className='pwned'\">"
URLS = ["javascript:document.body.className='pwned'", "JaVaScRiPt:alert(1)",
        " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "\"><script>alert(1)</script>", "https://example.org/a?b=1&c=\"2\""]


def hostile_brief(url: str) -> tuple[Brief, dict[str, str]]:
    sentence = f"The minister said {SCRIPT} prices would rise {IMAGE} next year."
    text = f"Intro line.\n\n{sentence}\n\nMore text follows here."
    start = text.index(sentence)
    citation = Citation(article="a1", start=start, end=start + len(sentence))
    quote = Item(text=sentence, citations=[citation], kind="quote", speaker=f"Ana {SCRIPT}",
                 role=IMAGE, affiliation="<b>Party</b>")
    brief = Brief(title=f"Brief {SCRIPT}", settings=Settings(topic=SCRIPT),
                  sections={"key_developments": [Item(text=sentence, citations=[citation])],
                            "expert_corner": [quote]},
                  sources={"a1": Source(id="a1", title=f"Title {SCRIPT}", outlet=IMAGE,
                                        published="2024-01-02", url=url, path="a1.txt")})
    return brief, {"a1": text}


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/news/1", "https://example.org/news/1"),
    ("HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"),
    *[(url, None) for url in URLS[:-1]],
    ("ftp://example.org/file", None),
    ("//example.org/x", None),
    ("http:///no-host", None),
    ("http://[::1/broken", None),
    (None, None),
])
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert http_url(url) == expected


def anchors(html: str) -> list[str]:
    return re.findall(r"<a\b[^>]*\bhref=\"([^\"]*)\"", html)


@pytest.mark.parametrize("url", URLS)
def test_html_pages_never_link_a_script_url(url: str) -> None:
    brief, texts = hostile_brief(url)
    for name, page in render_html(brief, texts).items():
        assert "<script" not in page and "<img" not in page, name
        for href in anchors(page):
            assert href.startswith(("sources/", "#", "https://", "http://")), (name, href)
    source = render_html(brief, texts)["sources/a1.html"]
    assert (url == URLS[-1]) == ('href="https://example.org/a?b=1&amp;c=&#34;2&#34;"' in source)


def test_markdown_brief_shows_html_as_text() -> None:
    brief, _ = hostile_brief(URLS[0])
    markdown = render_markdown(brief)
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;document.body.className='pwned'&lt;/script&gt;" in markdown
    assert "# Brief &lt;script&gt;" in markdown and "— Ana &lt;script&gt;" in markdown


def test_chromium_runs_no_payload(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    from test_brief import CHROMIUM_FLAGS

    brief, texts = hostile_brief(URLS[0])
    for name, page in render_html(brief, texts).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(page, encoding="utf-8")
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    for name in ("brief.html", "sources/a1.html"):
        dom = subprocess.run([*base, "--dump-dom", (tmp_path / name).as_uri()], check=True,
                             capture_output=True, timeout=60, text=True).stdout
        assert "<body" in dom and "pwned" in dom  # the payload is on the page, as text
        assert 'class="pwned"' not in dom and "javascript:" not in " ".join(anchors(dom))
