"""Rebuild the web-input fixtures in this folder from two pages of the Scrapinghub benchmark.

Run from the repository root: ``python tests/data/web/build_fixtures.py``. It needs
``../shared/data/extraction/scrapinghub-article-extraction-benchmark`` (MIT licensed).
"""

from __future__ import annotations

import gzip
import html
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
BENCHMARK = HERE.parents[3] / "shared" / "data" / "extraction" / "scrapinghub-article-extraction-benchmark"
PAGES = {
    "titan": "359fee228518d55b921194561e9ca88e428df81940246f8fac7a75398377daea",
    "europa": "14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f",
}
DATE = "2019-11-20T10:00:00Z"


def page(name: str) -> bytes:
    return gzip.decompress((BENCHMARK / "html" / f"{PAGES[name]}.html.gz").read_bytes())


def gold(name: str) -> dict:
    return json.loads((BENCHMARK / "ground-truth.json").read_text())[PAGES[name]]


def response(writer: WARCWriter, url: str, body: bytes, *, status: str, content_type: str,
             record_id: str, extra: list[tuple[str, str]] = ()) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    headers = {"WARC-Record-ID": f"<urn:uuid:{record_id}>", "WARC-Date": DATE}
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=http, warc_headers_dict=headers))


def build_warc() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("pages.warc.gz", {"software": "newsdesk fixtures"}))
    request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "www.sciencealert.com")], is_http_request=True)
    writer.write_record(writer.create_warc_record(gold("titan")["url"], "request", http_headers=request,
                                                  warc_headers_dict={"WARC-Record-ID": "<urn:uuid:00000000-0000-4000-8000-000000000001>"}))
    response(writer, gold("titan")["url"], page("titan"), status="200 OK",
             content_type="text/html; charset=utf-8", record_id="00000000-0000-4000-8000-000000000002")
    response(writer, "https://www.sciencealert.com/missing", b"<html><body><h1>Not found</h1></body></html>",
             status="404 Not Found", content_type="text/html", record_id="00000000-0000-4000-8000-000000000003")
    response(writer, "https://www.sciencealert.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64),
             status="200 OK", content_type="image/png", record_id="00000000-0000-4000-8000-000000000004")
    response(writer, gold("europa")["url"], gzip.compress(page("europa"), mtime=0), status="200 OK",
             content_type="text/html; charset=utf-8", extra=[("Content-Encoding", "gzip")],
             record_id="00000000-0000-4000-8000-000000000005")
    response(writer, "https://www.sciencealert.com/empty", b"<html><head><title>Menu</title></head><body></body></html>",
             status="200 OK", content_type="text/html", record_id="00000000-0000-4000-8000-000000000006")
    return buffer.getvalue()


def build_arc() -> bytes:
    """An ARC (version 1) file: a file header record, then one record per capture."""
    def record(url: str, content_type: str, block: bytes) -> bytes:
        return f"{url} 104.26.2.33 20191120100000 {content_type} {len(block)}\n".encode() + block + b"\n"

    header_block = b"1 0 newsdesk\nURL IP-address Archive-date Content-type Archive-length\n"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page("titan")
    image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n" + bytes(32)
    return (record("filedesc://pages.arc", "text/plain", header_block)
            + record(gold("titan")["url"], "text/html", http)
            + record("https://www.sciencealert.com/logo.png", "image/png", image))


def paragraphs(name: str, count: int | None = None) -> str:
    parts = [p for p in gold(name)["articleBody"].split("\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in parts[:count])


def build_rss() -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>ScienceAlert (test feed)</title>
<link>http://newsdesk.test/</link>
<description>Two ScienceAlert articles, for tests.</description>
<item>
<title>The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features</title>
<link>http://newsdesk.test/pages/titan.html</link>
<guid isPermaLink="false">titan-map-2019</guid>
<dc:creator>Reuters</dc:creator>
<pubDate>Tue, 19 Nov 2019 09:30:00 +0000</pubDate>
<description>{html.escape(paragraphs("titan", 1))}</description>
<content:encoded><![CDATA[{paragraphs("titan")}]]></content:encoded>
</item>
<item>
<title>NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa</title>
<link>http://newsdesk.test/pages/europa.html</link>
<dc:creator>Victor Tangermann and Futurism</dc:creator>
<dc:date>2019-11</dc:date>
<description>{html.escape(paragraphs("europa", 2))}</description>
</item>
<item>
<title>A teaser with no text</title>
<link>http://newsdesk.test/pages/missing.html</link>
</item>
</channel>
</rss>
"""


def build_atom() -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>ScienceAlert (test feed)</title>
<id>tag:newsdesk.test,2019:feed</id>
<updated>2019-11-20T10:00:00Z</updated>
<link href="http://newsdesk.test/"/>
<entry>
<title>The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features</title>
<id>tag:newsdesk.test,2019:titan</id>
<link rel="alternate" href="http://newsdesk.test/pages/titan.html"/>
<author><name>Reuters</name></author>
<published>2019-11-19T09:30:00Z</published>
<updated>2019-11-19T12:00:00Z</updated>
<content type="html">{html.escape(paragraphs("titan"))}</content>
</entry>
<entry>
<title>NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa</title>
<id>tag:newsdesk.test,2019:europa</id>
<link rel="alternate" href="http://newsdesk.test/pages/europa.html"/>
<author><name>Victor Tangermann</name></author>
<updated>2019-11-18T16:00:00Z</updated>
<summary type="html">{html.escape(paragraphs("europa", 2))}</summary>
</entry>
</feed>
"""


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url>
  <loc>http://newsdesk.test/pages/titan.html</loc>
  <lastmod>2019-11-19</lastmod>
  <news:news>
    <news:publication><news:name>ScienceAlert</news:name><news:language>en</news:language></news:publication>
    <news:publication_date>2019-11-19T09:30:00Z</news:publication_date>
    <news:title>The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features</news:title>
  </news:news>
</url>
<url><loc>http://newsdesk.test/pages/europa.html</loc></url>
<url><loc>http://newsdesk.test/pages/missing.html</loc></url>
<url><loc>http://newsdesk.test/pages/private.html</loc></url>
</urlset>
"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://newsdesk.test/sitemap-europa.xml.gz</loc><lastmod>2019-11-18</lastmod></sitemap>
</sitemapindex>
"""

SITEMAP_EUROPA = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://newsdesk.test/pages/europa.html</loc></url>
</urlset>
"""

BAD_RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Broken & feed</title>
<description>cut here"""

ROBOTS = """User-agent: newsdesk
Disallow: /pages/private.html

User-agent: *
Disallow:
"""

NOT_A_FEED = """<?xml version="1.0"?>
<catalog><book id="1"><title>XML that is neither a feed nor a sitemap</title></book></catalog>
"""


def main() -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    for name in PAGES:
        (HERE / "pages" / f"{name}.html.gz").write_bytes(gzip.compress(page(name), mtime=0))
    warc = build_warc()
    (HERE / "pages.warc.gz").write_bytes(warc)
    plain = gzip.decompress(warc)
    cut = plain.index(b"Scientists on Monday unveiled")  # inside the first page's payload
    (HERE / "truncated.warc").write_bytes(plain[:cut])
    (HERE / "pages.arc").write_bytes(build_arc())
    (HERE / "feed.rss").write_text(build_rss(), encoding="utf-8")
    (HERE / "feed.atom").write_text(build_atom(), encoding="utf-8")
    (HERE / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    (HERE / "sitemap_index.xml").write_text(SITEMAP_INDEX, encoding="utf-8")
    (HERE / "sitemap-europa.xml.gz").write_bytes(gzip.compress(SITEMAP_EUROPA.encode(), mtime=0))
    (HERE / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    (HERE / "bad.rss").write_text(BAD_RSS, encoding="utf-8")
    (HERE / "not_a_feed.xml").write_text(NOT_A_FEED, encoding="utf-8")


if __name__ == "__main__":
    main()
