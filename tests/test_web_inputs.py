"""WARC/ARC archives, RSS/Atom feeds, sitemaps and URL inputs.

Everything on the network goes to an HTTP server this module starts on 127.0.0.1; it serves
tests/data/web, with the placeholder origin http://newsdesk.test replaced by its own address.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import shutil
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

import pytest
from fastwarc.warc import ArchiveIterator
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.errors import InputError, UsageError
from newsdesk.fetch import Fetcher
from newsdesk.readers import ReadContext, discover, read_input
from newsdesk.readers.feeds import html_fragment_text
from newsdesk.readers.sniff import sniff_format

WEB = Path(__file__).parent / "data" / "web"
PLACEHOLDER = b"http://newsdesk.test"

TITAN_URL = "https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan"
EUROPA_URL = "https://www.sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa"
TITAN_TITLE = "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features"
EUROPA_TITLE = "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa"
TITAN_FIRST = "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn's moon Titan"
TITAN_LAST = "(Reporting by Will Dunham; Editing by Tom Brown)"
EUROPA_SECOND = "And that's a big deal as the tiny space rock is one of the highest priority targets"
EUROPA_LATER = '"While scientists have not yet detected liquid water directly'
EUROPA_FIRST = ("A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, "
                "has confirmed traces of water vapor above the surface of Jupiter's icy moon Europa.")


# -- a local web site ---------------------------------------------------------------------

TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml",
         ".gz": "application/gzip", ".html": "text/html; charset=utf-8"}


class _QuietServer(ThreadingHTTPServer):
    """The timeout test hangs up on a slow answer on purpose; that broken pipe is expected."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class Site(BaseHTTPRequestHandler):
    """Serves tests/data/web; a few paths misbehave on purpose."""

    log: ClassVar[list[tuple[str, float, str]]] = []

    def do_GET(self) -> None:
        Site.log.append((self.path, time.monotonic(), self.headers.get("User-Agent", "")))
        route = {"/slow": self._slow, "/big": self._big, "/moved": self._moved, "/feed": self._feed,
                 "/away": self._away, "/feed-inward": self._feed_inward, "/urls.txt": self._urls}
        (route.get(self.path) or self._file)()

    def _file(self) -> None:
        name = self.path.lstrip("/")
        path = WEB / (name + ".gz" if name.startswith("pages/") else name)
        if ".." in name or not path.is_file():
            self._send(404, b"<html><body>not found</body></html>", "text/html")
            return
        data = path.read_bytes()
        if name.startswith("pages/"):
            data = gzip.decompress(data)
        elif name.endswith(".gz"):
            data = gzip.compress(gzip.decompress(data).replace(PLACEHOLDER, self.origin.encode()))
        else:
            data = data.replace(PLACEHOLDER, self.origin.encode())
        self._send(200, data, TYPES.get(path.suffix if not name.startswith("pages/") else ".html", "text/plain"))

    def _feed(self) -> None:  # a feed at a URL with no suffix, served as text/xml
        self._send(200, (WEB / "feed.atom").read_bytes().replace(PLACEHOLDER, self.origin.encode()), "text/xml")

    def _slow(self) -> None:
        time.sleep(2)
        self._send(200, b"late", "text/plain")

    def _big(self) -> None:
        self._send(200, b"<p>big</p>" * 200_000, "text/html")

    def _moved(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/pages/titan.html")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _away(self) -> None:  # a redirect to another host that is also loopback
        self.send_response(302)
        self.send_header("Location", f"{self.inward}/pages/titan.html")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _feed_inward(self) -> None:  # a feed whose links point into the reader's own network
        body = (WEB / "feed.rss").read_bytes().replace(PLACEHOLDER, self.inward.encode())
        self._send(200, body, "application/rss+xml")

    def _urls(self) -> None:  # a remote list of URLs: found content, not the user's request
        self._send(200, f"{self.inward}/pages/titan.html\n".encode(), "text/plain")

    @property
    def inward(self) -> str:
        """The same server under another name (``localhost``): an internal host, not the one asked."""
        return f"http://localhost:{self.server.server_address[1]}"

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @property
    def origin(self) -> str:
        return f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site():
    server = _QuietServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def context(**options) -> ReadContext:
    options.setdefault("delay", 0.0)
    options.setdefault("timeout", 5.0)
    return ReadContext(**options)


def by_url(articles) -> dict:
    return {article.url: article for article in articles}


# -- WARC and ARC -------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "title", "first", "published", "record"), [
    (TITAN_URL, TITAN_TITLE, TITAN_FIRST, "2019-11-19", "urn:uuid:00000000-0000-4000-8000-000000000002"),
    (EUROPA_URL, EUROPA_TITLE, EUROPA_FIRST, "2019-11-18", "urn:uuid:00000000-0000-4000-8000-000000000005"),
])
def test_warc_html_responses_become_articles(url, title, first, published, record):
    articles = by_url(read_input(str(WEB / "pages.warc.gz"), context()))
    article = articles[url]
    assert (article.title, article.published, article.locator) == (title, published, record)
    assert article.raw_text.startswith(first)
    assert article.metadata["crawled"] == "2019-11-20T10:00:00Z"


def test_warc_skips_other_records_and_reports_a_page_without_text():
    ctx = context()
    articles = read_input(str(WEB / "pages.warc.gz"), ctx)
    assert sorted(article.url for article in articles) == sorted([EUROPA_URL, TITAN_URL])
    assert not any(a.url.endswith(("/missing", "/logo.png")) for a in articles)  # 404 and image skipped
    assert [str(p) for p in ctx.problems] == [
        f"{WEB / 'pages.warc.gz'} record urn:uuid:00000000-0000-4000-8000-000000000006: "
        "https://www.sciencealert.com/empty: no article text found in the HTML"]


def test_warc_records_without_an_id_stay_apart(tmp_path):
    """WARC-Record-ID is mandatory; records that lack it were all read as one article."""
    data = gzip.decompress((WEB / "pages.warc.gz").read_bytes())
    stripped = re.sub(rb"WARC-Record-ID: <[^>]*>\r\n", b"", data)
    assert stripped.count(b"WARC-Record-ID") == 0 < data.count(b"WARC-Record-ID")
    path = tmp_path / "no-ids.warc"
    path.write_bytes(stripped)
    articles = read_input(str(path), context())
    assert sorted(article.url for article in articles) == sorted([EUROPA_URL, TITAN_URL])
    assert len({article.locator for article in articles}) == 2
    assert all(article.locator.startswith("offset:") for article in articles)
    db = str(tmp_path / "store.duckdb")
    assert newsdesk.ingest([str(path)], db=db, workers=1).new == 2
    assert newsdesk.ingest([str(path)], db=db, workers=1).new == 0


def test_arc_response_becomes_article():
    articles = read_input(str(WEB / "pages.arc"), context())
    assert [(a.url, a.title, a.locator) for a in articles] == [(TITAN_URL, TITAN_TITLE, "offset:132")]
    assert TITAN_LAST in articles[0].raw_text


def _cut(name: str, fraction: float, suffix: str, tmp_path: Path) -> str:
    data = (WEB / name).read_bytes()
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(data[: int(len(data) * fraction)])
    return str(path)


@pytest.mark.parametrize(("make", "reason"), [
    (lambda tmp: str(WEB / "truncated.warc"), "truncated WARC: record urn:uuid:00000000-0000-4000-8000-000000000002"),
    (lambda tmp: _cut("pages.warc.gz", 0.5, ".warc.gz", tmp), "truncated WARC"),
    (lambda tmp: _cut("pages.warc.gz", 0.001, ".warc.gz", tmp), "no WARC records"),
    (lambda tmp: _cut("pages.arc", 0.5, ".arc", tmp), "truncated ARC: record at offset:132"),
    (lambda tmp: shutil.copy(WEB / "feed.rss", tmp / "feed.warc"), "corrupt WARC after 0 records"),
    (lambda tmp: shutil.copy(WEB / "feed.rss", tmp / "feed.arc"), "corrupt ARC after 0 records"),
])
def test_bad_archives_are_input_errors(make, reason, tmp_path):
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_input(str(path), context())
    assert caught.value.path == str(path)
    assert caught.value.reason.startswith(reason)


def test_every_cut_of_a_gzipped_warc_inside_a_record_is_an_input_error(tmp_path):
    data = (WEB / "pages.warc.gz").read_bytes()
    boundaries = {record.stream_pos for record in ArchiveIterator(io.BytesIO(data))}
    path = tmp_path / "cut.warc.gz"
    for cut in range(100, len(data), 331):
        path.write_bytes(data[:cut])
        if cut in boundaries:
            continue
        with pytest.raises(InputError):
            read_input(str(path), context())


# -- feeds --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "locator", "expected"), [
    # the agency as creator gives way to the reporter the text names ("Reporting by ...")
    ("feed.rss", "titan-map-2019", dict(title=TITAN_TITLE, published="2019-11-19", published_precision="day",
                                        authors=["Will Dunham"], url="http://newsdesk.test/pages/titan.html")),
    # "Victor Tangermann and Futurism": the publication beside the writer is no author
    ("feed.rss", "http://newsdesk.test/pages/europa.html",
     dict(title=EUROPA_TITLE, published="2019-11", published_precision="month",
          authors=["Victor Tangermann"], url="http://newsdesk.test/pages/europa.html")),
    ("feed.atom", "tag:newsdesk.test,2019:titan",
     dict(title=TITAN_TITLE, published="2019-11-19", published_precision="day", authors=["Will Dunham"])),
    ("feed.atom", "tag:newsdesk.test,2019:europa",  # Atom <updated> is not a publication date
     dict(title=EUROPA_TITLE, published=None, published_precision=None, authors=["Victor Tangermann"])),
])
def test_feed_items_become_articles(name, locator, expected):
    articles = {a.locator: a for a in read_input(str(WEB / name), context())}
    article = articles[locator]
    assert {key: getattr(article, key) for key in expected} == expected
    assert article.format == "feed" and article.outlet == "ScienceAlert (test feed)"


def test_feed_item_authors_match_the_page_of_the_same_story():
    """The feed's items name the authors the archived pages of the same stories name."""
    items = {a.title: a.authors for a in read_input(str(WEB / "feed.rss"), context())}
    pages = {a.title: a.authors for a in read_input(str(WEB / "pages.warc.gz"), context())}
    assert items[TITAN_TITLE] == pages[TITAN_TITLE] == ["Will Dunham"]
    assert items[EUROPA_TITLE] == pages[EUROPA_TITLE] == ["Victor Tangermann"]


REPORTING = "<p>(Reporting by Will Dunham; Editing by Tom Brown)</p>"


@pytest.mark.parametrize(("creator", "cut", "authors"), [
    ("Reuters", REPORTING, ["Reuters"]),  # no reporter named: the agency stays
    ("Reuters", "", ["Will Dunham"]),
    ("Victor Tangermann and ScienceAlert", "", ["Victor Tangermann"]),  # the feed's own publication
    ("ScienceAlert", REPORTING, []),  # only the publication, no reporter
    ("Will Dunham and Tom Brown", "", ["Will Dunham", "Tom Brown"]),
])
def test_feed_item_authors_are_people_not_the_publication(creator, cut, authors, tmp_path):
    feed = (WEB / "feed.rss").read_text(encoding="utf-8")
    feed = feed.replace("<dc:creator>Reuters</dc:creator>", f"<dc:creator>{creator}</dc:creator>")
    feed = feed.replace("<title>ScienceAlert (test feed)</title>", "<title>ScienceAlert</title>")
    if cut:
        feed = feed.replace(cut, "")
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    articles = {a.locator: a for a in read_input(str(tmp_path / "feed.rss"), context())}
    assert articles["titan-map-2019"].authors == authors


@pytest.mark.parametrize(("name", "locator", "first", "last"), [
    ("feed.rss", "titan-map-2019", TITAN_FIRST, "© Reuters"),  # full content:encoded, not the summary
    ("feed.atom", "tag:newsdesk.test,2019:titan", TITAN_FIRST, "© Reuters"),
    ("feed.atom", "tag:newsdesk.test,2019:europa", EUROPA_FIRST, EUROPA_SECOND),  # the summary only
])
def test_feed_text_comes_from_content_html_one_line_per_paragraph(name, locator, first, last):
    article = {a.locator: a for a in read_input(str(WEB / name), context())}[locator]
    lines = article.raw_text.splitlines()
    assert lines[0].startswith(first)
    assert lines[-1].startswith(last)
    assert "<p>" not in article.raw_text and "&#x27;" not in article.raw_text


def test_feed_item_without_text_is_reported_not_stored():
    ctx = context()
    articles = read_input(str(WEB / "feed.rss"), ctx)
    assert len(articles) == 2
    assert [str(p) for p in ctx.problems] == [
        f"{WEB / 'feed.rss'} item 3: item has no text "
        "(add the follow_links setting to fetch the page)"]


def test_a_repeated_feed_item_is_read_once(tmp_path):
    atom = (WEB / "feed.atom").read_text()
    entry = atom[atom.index("<entry>"):atom.index("</entry>") + len("</entry>")]
    path = tmp_path / "repeated.atom"
    path.write_text(atom.replace(entry, entry + entry))
    assert [a.title for a in read_input(str(path), context())] == [TITAN_TITLE, EUROPA_TITLE]


def test_a_feed_item_repeating_an_id_with_other_text_is_reported(tmp_path):
    atom = (WEB / "feed.atom").read_text()
    entry = atom[atom.index("<entry>"):atom.index("</entry>") + len("</entry>")]
    other = entry.replace(TITAN_TITLE, TITAN_TITLE + " (corrected)")
    assert other != entry
    path = tmp_path / "repeated.atom"
    path.write_text(atom.replace(entry, entry + other))
    ctx = context()
    assert [a.title for a in read_input(str(path), ctx)] == [TITAN_TITLE, EUROPA_TITLE]
    assert [problem.path for problem in ctx.problems] == [f"{path} item 2"]
    assert ctx.problems[0].reason.endswith("again, with other text; item 1 kept")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.rss", None, "malformed feed (line 2, column 43: not well-formed"),
    ("not_a_feed.xml", None, "XML that is neither an RSS/Atom feed nor a sitemap"),
    ("page.rss", b"<html><body><p>A web page, not a feed.</p></body></html>", "not an RSS or Atom feed"),
    ("empty.atom", b"", "empty file"),
])
def test_bad_feeds_are_input_errors(name, content, reason, tmp_path):
    path = WEB / name
    if content is not None:
        path = tmp_path / name
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_input(str(path), context())
    assert caught.value.reason.startswith(reason)


@pytest.mark.parametrize(("fragment", "text"), [
    ("<p>One <b>bold</b> line.</p><p>Two &amp; three.</p>", "One bold line.\nTwo & three."),
    ("<ul><li>first</li><li>second</li></ul>", "first\nsecond"),
    ("Plain text,   no tags.", "Plain text, no tags."),
    ("line one<br>line two", "line one\nline two"),
    ("", ""),
])
def test_html_fragment_text(fragment, text):
    assert html_fragment_text(fragment) == text


# -- format sniffing and discovery --------------------------------------------------------


@pytest.mark.parametrize(("data", "content_type", "kind"), [
    ((WEB / "feed.rss").read_bytes(), None, "rss"),
    ((WEB / "feed.atom").read_bytes(), "text/xml", "atom"),
    ((WEB / "sitemap.xml").read_bytes(), None, "sitemap"),
    ((WEB / "sitemap_index.xml").read_bytes(), None, "sitemap"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", None, "warc"),
    (b"<!DOCTYPE html>\n<html><body>x</body></html>", None, "html"),
    (b'{"text": "x"}\n', "application/x-ndjson", "jsonl"),
    (b"Plain words of an article.", None, "txt"),
    ((WEB / "not_a_feed.xml").read_bytes(), "application/xml", None),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", None),
])
def test_sniff_format(data, content_type, kind):
    assert sniff_format(data, content_type) == kind


def test_discover_passes_urls_through_unchanged():
    urls = ["https://example.org/feed?format=rss&page=[1]", "http://example.org/sitemap.xml"]
    assert list(discover([*urls, urls[0]])) == urls


# -- the network, on 127.0.0.1 only -------------------------------------------------------


def test_feed_url_is_fetched_and_read(site):
    articles = {a.locator: a for a in read_input(f"{site}/feed.rss", context())}
    assert articles["titan-map-2019"].url == f"{site}/pages/titan.html"
    assert articles["titan-map-2019"].raw_text.startswith(TITAN_FIRST)


def test_feed_url_without_suffix_is_recognised_by_content(site):
    articles = read_input(f"{site}/feed", context())
    assert [a.title for a in articles] == [TITAN_TITLE, EUROPA_TITLE]


def test_follow_links_extracts_pages_politely(site):
    Site.log.clear()
    ctx = context(follow_links=True, delay=0.2)
    articles = {a.locator: a for a in read_input(f"{site}/feed.rss", ctx)}
    europa = articles[f"{site}/pages/europa.html"]
    assert europa.format == "html" and europa.raw_text.startswith(EUROPA_FIRST)
    assert EUROPA_LATER in europa.raw_text  # beyond the two paragraphs of the feed summary
    assert europa.published == "2019-11-18" and europa.published_precision == "day"  # the page's date wins
    assert [str(p) for p in ctx.problems] == [f"{site}/feed.rss item 3: {site}/pages/missing.html: HTTP 404 Not Found"]
    paths = [path for path, _, _ in Site.log]
    assert paths == ["/feed.rss", "/robots.txt", "/pages/titan.html", "/pages/europa.html", "/pages/missing.html"]
    times = [moment for _, moment, _ in Site.log]
    assert min(b - a for a, b in pairwise(times)) >= 0.19
    assert all(agent.startswith("newsdesk/") for _, _, agent in Site.log)


def test_without_follow_links_no_page_is_fetched(site):
    Site.log.clear()
    read_input(f"{site}/feed.atom", context())
    assert [path for path, _, _ in Site.log] == ["/feed.atom"]


def test_sitemap_url_fetches_every_page(site):
    ctx = context()
    articles = by_url(read_input(f"{site}/sitemap.xml", ctx))
    assert set(articles) == {TITAN_URL, EUROPA_URL}  # trafilatura reads the pages' canonical URLs
    titan = articles[TITAN_URL]
    assert (titan.title, titan.locator, titan.metadata["lastmod"]) == (TITAN_TITLE, f"{site}/pages/titan.html", "2019-11-19")
    assert titan.raw_text.startswith(TITAN_FIRST)
    assert [str(p) for p in ctx.problems] == [
        f"{site}/sitemap.xml page {site}/pages/missing.html: HTTP 404 Not Found",
        f"{site}/sitemap.xml page {site}/pages/private.html: disallowed by the site's robots.txt"]


def test_robots_txt_disallowed_pages_are_never_requested(site):
    Site.log.clear()
    read_input(f"{site}/sitemap.xml", context())
    paths = [path for path, _, _ in Site.log]
    assert "/robots.txt" in paths and "/pages/titan.html" in paths
    assert "/pages/private.html" not in paths


@pytest.mark.parametrize("name", ["sitemap_index.xml", "sitemap-europa.xml.gz"])
def test_sitemap_index_and_gzipped_sitemap(site, name):
    articles = read_input(f"{site}/{name}", context())
    assert [(a.url, a.locator) for a in articles] == [(EUROPA_URL, f"{site}/pages/europa.html")]


def test_sitemap_file_fetches_its_pages(site, tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_bytes((WEB / "sitemap.xml").read_bytes().replace(PLACEHOLDER, site.encode()))
    ctx = context(allow_private=True)  # the pages are on 127.0.0.1
    assert set(by_url(read_input(str(path), ctx))) == {TITAN_URL, EUROPA_URL}
    assert len(ctx.problems) == 2


def test_page_and_archive_urls(site):
    assert [a.title for a in read_input(f"{site}/pages/titan.html", context())] == [TITAN_TITLE]
    assert sorted(a.url for a in read_input(f"{site}/pages.warc.gz", context())) == sorted([EUROPA_URL, TITAN_URL])


@pytest.mark.parametrize(("path", "options", "reason"), [
    ("/slow", dict(timeout=0.5), "timed out after 0.5 s"),
    ("/big", dict(max_bytes=1_000_000), "too large (2,000,000 bytes; limit 1,000,000"),
    ("/nothing.rss", {}, "HTTP 404 Not Found"),
])
def test_fetch_failures_are_input_errors(site, path, options, reason):
    with Fetcher(delay=0, **options) as fetcher, pytest.raises(InputError) as caught:
        fetcher.get(site + path)
    assert caught.value.path == site + path
    assert caught.value.reason.startswith(reason)


@pytest.mark.parametrize(("url", "reason"), [
    ("http://", "malformed URL (no host)"),
    ("http://[::1/feed", "malformed URL"),
    ("ftp://example.org/feed.rss", "not an http(s) URL"),
    ("http://127.0.0.1:9/feed.rss", "cannot fetch"),  # nothing listens on the discard port
])
def test_bad_urls_are_input_errors(url, reason):
    with Fetcher(delay=0, timeout=2) as fetcher, pytest.raises(InputError) as caught:
        fetcher.get(url)
    assert caught.value.reason.startswith(reason)


def test_fetch_follows_redirects(site):
    with Fetcher(delay=0) as fetcher:
        fetched = fetcher.get(f"{site}/moved")
    assert fetched.final_url == f"{site}/pages/titan.html" and fetched.content.startswith(b"<")


def test_ingest_url_then_rerun_is_unchanged(site, db):
    first = newsdesk.ingest([f"{site}/feed.atom"], db=db, workers=1, delay=0, timeout=5)
    second = newsdesk.ingest([f"{site}/feed.atom"], db=db, workers=1, delay=0, timeout=5)
    assert (first.new, first.ok, second.new, second.skipped) == (2, True, 0, 1)
    with newsdesk.open_store(db) as store:
        titles = sorted(a.title for a in store.iter_articles())
    assert titles == sorted([TITAN_TITLE, EUROPA_TITLE])


def test_cli_ingests_a_feed_url_following_links(site, db):
    result = CliRunner().invoke(app, ["ingest", f"{site}/feed.rss", "--db", db, "--workers", "1",
                                      "--follow-links", "--delay", "0", "--timeout", "5"])
    assert result.exit_code == 1  # the third item's page is a 404
    assert "pages/missing.html: HTTP 404 Not Found" in result.output
    exported = CliRunner().invoke(app, ["export", "--db", db, "--format", "jsonl"])
    records = [json.loads(line) for line in exported.output.splitlines() if line.startswith("{")]
    assert sorted(r["title"] for r in records) == sorted([TITAN_TITLE, EUROPA_TITLE])
    assert all(TITAN_FIRST[:40] in r["text"] or EUROPA_FIRST[:40] in r["text"] for r in records)


def test_cli_reports_an_unreachable_url(db):
    result = CliRunner().invoke(app, ["ingest", "http://127.0.0.1:9/feed.rss", "--db", db, "--timeout", "2"])
    assert result.exit_code == 1
    assert "http://127.0.0.1:9/feed.rss: cannot fetch" in result.output


# -- server-side request forgery: found URLs to private addresses -------------------------


def test_sitemap_locs_to_private_addresses_are_refused(site, tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_bytes((WEB / "sitemap.xml").read_bytes().replace(PLACEHOLDER, site.encode()))
    ctx = context()
    assert read_input(str(path), ctx) == []
    reasons = [p.reason for p in ctx.problems]
    assert len(reasons) == 4 and all("loopback, private or link-local" in r for r in reasons)


def test_followed_feed_links_to_another_internal_host_are_refused(site):
    Site.log.clear()
    ctx = context(follow_links=True)
    articles = read_input(f"{site}/feed-inward", ctx)
    assert [a.format for a in articles] == ["feed", "feed"]  # the feed's own text is kept
    assert all("see the allow_private setting" in a.metadata["follow_error"] for a in articles)
    assert [path for path, _, _ in Site.log] == ["/feed-inward"]


def test_allow_private_fetches_followed_links(site):
    ctx = context(follow_links=True, allow_private=True)
    articles = read_input(f"{site}/feed-inward", ctx)
    assert sorted(a.format for a in articles) == ["html", "html"]


@pytest.mark.parametrize(("options", "reason"), [
    ({}, "refused: the host resolves to a loopback"),
    ({"allow_private": True}, None),
])
def test_a_redirect_to_another_internal_host_is_refused(site, options, reason):
    with Fetcher(delay=0, timeout=5, **options) as fetcher:
        if reason is None:
            assert fetcher.get(f"{site}/away").final_url.endswith("/pages/titan.html")
            return
        with pytest.raises(InputError) as caught:
            fetcher.get(f"{site}/away")
    assert caught.value.reason.startswith(reason)


def test_a_text_file_of_urls_is_read_as_a_url_list(site, tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text(f"{site}/pages/titan.html\n\n{site}/pages/missing.html\r\n{site}/pages/europa.html\n")
    ctx = context()
    articles = read_input(str(path), ctx)
    assert sorted(a.title for a in articles) == sorted([TITAN_TITLE, EUROPA_TITLE])
    assert [str(p) for p in ctx.problems] == [
        f"{path}:3: {site}/pages/missing.html: HTTP 404 Not Found"]


def test_a_fetched_text_of_urls_is_not_followed(site, tmp_path):
    Site.log.clear()
    articles = read_input(f"{site}/urls.txt", context())
    assert [a.format for a in articles] == ["text"]
    assert [path for path, _, _ in Site.log] == ["/urls.txt"]


def test_a_text_mentioning_urls_is_one_article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Read more at https://example.org/a\nand https://example.org/b today.\n")
    assert [a.format for a in read_input(str(path), context())] == ["text"]


@pytest.mark.parametrize(("url", "problem"), [
    ("https://example.org/hook", None),
    ("HTTP://example.org", None),
    ("file:///etc/passwd", "not an http(s) URL"),
    ("javascript:alert(1)", "not an http(s) URL"),
    ("http://", "malformed URL (no host)"),
    ("http://[::1/hook", "malformed URL (Invalid IPv6 URL)"),
])
def test_one_url_check_serves_the_fetcher_and_the_webhook(url, problem):
    from newsdesk.alerts import Deliveries, check_deliveries
    from newsdesk.fetch import url_problem

    assert url_problem(url) == problem
    if problem is None:
        check_deliveries(Deliveries(webhook=url))
    else:
        with pytest.raises(UsageError, match=re.escape(problem)):
            check_deliveries(Deliveries(webhook=url))
