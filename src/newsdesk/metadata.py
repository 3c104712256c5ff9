"""Metadata read from the text of a scraped page: authors, outlet and a partial date.

Signals, strongest first: "Write to <name> at <email>" contact lines, the author card
("<name>" alone on a line, then "<name> is an <outlet> correspondent ..."), "By <name>"
bylines; the e-mail domain, the copyright holder or the author card for the outlet; the
copyright year as a date of precision ``year``. What the text does not say stays null.
Runs after cleaning, on the removed lines as much as on the body.
"""

from __future__ import annotations

import re

from newsdesk.article import Article

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_WRITE_TO = re.compile(rf"^Write to (?P<names>{_NAME}(?:(?:,| and) {_NAME})*)(?: at\b(?P<rest>.*))?$")
_BYLINE = re.compile(rf"^By (?P<names>{_NAME}(?:(?:,| and) {_NAME})*)\s*$")
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<year>(?:19|20)\d{2})\s*(?P<holder>[^.]*?)(?:,? Inc\.?|\.|$)",
                        re.IGNORECASE)
_BIO = re.compile(rf"^(?P<name>{_NAME}) is an? (?P<outlet>[A-Z][\w/&.-]*(?: [A-Z][\w/&.-]*)?) "
                  r"(?:correspondent|reporter|editor|writer|journalist|columnist)")

#: E-mail domains of outlets whose name is not the domain itself.
OUTLET_DOMAINS = {
    "wsj.com": "The Wall Street Journal",
    "nytimes.com": "The New York Times",
    "ft.com": "Financial Times",
    "rferl.org": "RFE/RL",
    "washpost.com": "The Washington Post",
    "reuters.com": "Reuters",
    "ap.org": "Associated Press",
}


def extract_text_metadata(article: Article) -> Article:
    """Pipeline step: fill authors, outlet and date from text signals where they are still unknown."""
    lines = [removed.text for removed in article.removed] + article.text.split("\n\n")
    if not article.authors:
        article.authors = find_authors(lines)
    if not article.outlet:
        article.outlet = find_outlet(lines)
    if not article.published:
        year = find_copyright_year(lines)
        if year:
            article.published, article.published_precision = year, "year"
            article.metadata["published_from"] = "copyright line"
    return article


def find_authors(lines: list[str]) -> list[str]:
    authors: list[str] = []
    for line in lines:
        match = _WRITE_TO.match(line) or _BYLINE.match(line) or _BIO.match(line)
        if match:
            names = match.group("names") if "names" in match.groupdict() else match.group("name")
            for name in re.split(r",\s*| and ", names):
                if name and name not in authors:
                    authors.append(name)
    return authors


def find_outlet(lines: list[str]) -> str | None:
    for line in lines:
        if (match := _WRITE_TO.match(line)) and (email := _EMAIL_DOMAIN.search(match.group("rest") or "")):
            domain = email.group("domain").lower()
            return OUTLET_DOMAINS.get(domain, domain)
    for line in lines:
        if match := _BIO.match(line):
            return match.group("outlet")
    for line in lines:
        if (match := _COPYRIGHT.search(line)) and match.group("holder").strip():
            return match.group("holder").strip(" ,")
    return None


def find_copyright_year(lines: list[str]) -> str | None:
    for line in lines:
        if match := _COPYRIGHT.search(line):
            return match.group("year")
    return None
