"""Cleaning of text scraped from pages, on the five seed articles (real scraped text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from newsdesk.article import Article
from newsdesk.clean import clean_article
from newsdesk.metadata import extract_text_metadata


def cleaned(name: str) -> Article:
    path = next(EXAMPLES.glob(f"{name}_*.txt"))
    return extract_text_metadata(clean_article(Article(path=str(path), raw_text=path.read_text())))


def reasons(article: Article, fragment: str) -> set[str]:
    return {removed.reason for removed in article.removed if fragment in removed.text}


# (seed, a boilerplate fragment, the reason it must be removed with)
BOILERPLATE = [
    ("000", "Accessibility links", "navigation"),
    ("000", "Breaking News", "navigation"),
    ("003", "Skip to content", "navigation"),
    ("002", "Features | Diplomacy | Central Asia", "section-crumb"),
    ("002", "Recent Features", "section-crumb"),
    ("003", "| Latest News Headlines | Today Headlines", "section-crumb"),
    ("003", "Beijing watches civil unrest in Kazakhstan cautiously", "repeated-headline"),
    ("002", "After Kazakhstan Crisis, China Will Reassess", "repeated-headline"),
    ("001", "Karim Masimov, inspects an honor guard", "caption"),
    ("001", "Russian soldiers fold their national flag", "caption"),
    ("003", "Oil pumps from the Uzen oil and gas field", "caption"),
    ("004", "Russian military vehicles bound for Kazakhstan", "caption"),
    ("002", "In this photo taken from video provided by", "caption"),
    ("004", "RU-RTR Russian television / Associated press", "photo-credit"),
    ("002", "Credit: Russian Defense Ministry Press Service via AP", "photo-credit"),
    ("003", "Photo: Pavel Mikheyev / Reuters", "caption"),
    ("000", "Reid Standish is an RFE/RL correspondent in Prague", "author-bio"),
    ("001", "Reid Standish is an RFE/RL correspondent in Prague", "author-bio"),
    ("000", "If you enjoyed this briefing", "subscribe"),
    ("001", "Subscribe to this biweekly dispatch", "subscribe"),
    ("000", "To find out more, click here.", "call-to-action"),
    ("000", "you could face fines or imprisonment", "legal"),
    ("000", 'declared an "undesirable organization"', "legal"),
    ("003", "Copyright © 2022 Dow Jones", "copyright"),
    ("004", "Comments are closed.", "comments"),
    ("003", "Not all news on the site expresses the point of view", "disclaimer"),
    ("004", "What is happening in Kazakhstan?", "related-link"),
    ("003", "What is happening in Kazakhstan?", "related-link"),
    ("004", "Write to Yaroslav Trofimov at", "contact"),
    ("000", "The crisis in Kazakhstan is reshaping Beijing and Moscow's relationship", "standfirst"),
]


@pytest.mark.parametrize(("seed", "fragment", "reason"), BOILERPLATE)
def test_boilerplate_is_removed_with_its_reason(seed: str, fragment: str, reason: str) -> None:
    article = cleaned(seed)
    assert fragment not in article.text
    assert reason in reasons(article, fragment)


# (seed, first real paragraph, last real paragraph): both kept verbatim, in place.
FIRST_LAST = [
    (
        "000",
        "Welcome back to the China In Eurasia briefing, an RFE/RL newsletter tracking China's "
        "resurgent influence from Eastern Europe to Central Asia.",
        "That's all from me for now. Don't forget to send me any questions, comments, or tips that you might have.",
    ),
    (
        "001",
        "As China and Russia have grown closer in recent years through a deepening political partnership,",
        "\"Russia doesn't want to occupy Kazakhstan. The purpose of the intervention was to demonstrate that "
        'Russia is the guarantor of authoritarian regimes around the world," Godwin said. "And China is '
        'perfectly happy for Russia to play that role."',
    ),
    (
        "002",
        "The standard logic of the division of labor between Moscow and Beijing in Central Asia",
        "In any case, it is clear that in an era of global transformation, the Sino-Russian division of labor",
    ),
    (
        "003",
        "TAIPEI — China has a lot to lose if the violence in Kazakhstan continues or turns into a civil war.",
        "“It’s a matter of stability for now, but once that is achieved, the two powers can rekindle the "
        "competition for influence economically,” said Alessandro Arduino, a researcher at the National "
        "University of Singapore. In this area, he said, China has the upper hand.",
    ),
    (
        "004",
        "For years, Russia and China have had an unspoken division of labor in the Central Asian region",
        "“China has a controversial image in Kazakhstan. With Russia there is a difficult past",
    ),
]


@pytest.mark.parametrize(("seed", "first", "last"), FIRST_LAST)
def test_real_paragraphs_are_kept_verbatim(seed: str, first: str, last: str) -> None:
    paragraphs = cleaned(seed).text.split("\n\n")
    raw = next(EXAMPLES.glob(f"{seed}_*.txt")).read_text()
    assert any(p.startswith(first) for p in paragraphs[:2]), paragraphs[:2]
    assert paragraphs[-1].startswith(last)
    assert all(paragraph in raw for paragraph in paragraphs)


def test_body_sentences_stay_in_order() -> None:
    article = cleaned("001")
    raw = next(EXAMPLES.glob("001_*.txt")).read_text()
    positions = [raw.index(paragraph) for paragraph in article.text.split("\n\n")]
    assert positions == sorted(positions)


def test_nothing_is_lost() -> None:
    """Every non-blank input line is either in the text or in removed."""
    for path in sorted(EXAMPLES.glob("*.txt")):
        article = cleaned(path.name[:3])
        kept = set(article.text.split("\n\n")) | {removed.text for removed in article.removed}
        for line in path.read_text().splitlines():
            if line.strip():
                assert " ".join(line.split()) in kept


# (seed, title, authors, outlet, published, precision)
METADATA = [
    (
        "000",
        "China In Eurasia Briefing: Beijing, Moscow, And A New Central Asia",
        ["Reid Standish"],
        "RFE/RL",
        None,
        None,
    ),
    ("001", "Crisis In Kazakhstan Pushes China, Russia Closer Together", ["Reid Standish"], "RFE/RL", None, None),
    ("002", "After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia", [], None, None, None),
    (
        "003",
        "Beijing watches civil unrest in Kazakhstan cautiously",
        ["Chao Deng"],
        "Dow Jones & Company",
        "2022",
        "year",
    ),
    (
        "004",
        "Kazakhstan crisis shows Russia still trumps Chinese power in Central Asia",
        ["Yaroslav Trofimov"],
        "The Wall Street Journal",
        "2022",
        "year",
    ),
]


@pytest.mark.parametrize(("seed", "title", "authors", "outlet", "published", "precision"), METADATA)
def test_metadata_from_text(
    seed: str, title: str, authors: list[str], outlet: str | None, published: str | None, precision: str | None
) -> None:
    article = cleaned(seed)
    assert (article.title, article.authors, article.outlet) == (title, authors, outlet)
    assert (article.published, article.published_precision) == (published, precision)


def test_headline_is_not_in_text() -> None:
    for seed in ("000", "001", "002", "003", "004"):
        article = cleaned(seed)
        assert not article.text.startswith(article.title)


# Lines that look like boilerplate on one signal but are article text (negative cases).
KEPT = [
    ("001", "Finding Common Ground"),  # an in-body section heading
    ("000", "● Nursultan Nazarbaev, Kazakhstan's influential former president"),
    ("000", "Readers asked: \"What does China's reaction to the unrest in Kazakhstan tell us"),
    ("003", "“China has been completely excluded from this,” he said."),
    ("004", "“People understand what to expect from Russia."),
]


@pytest.mark.parametrize(("seed", "fragment"), KEPT)
def test_article_lines_that_resemble_boilerplate_are_kept(seed: str, fragment: str) -> None:
    assert fragment in cleaned(seed).text


def test_cleaning_does_not_touch_prose_without_boilerplate(tmp_path: Path) -> None:
    text = (
        "The council met on Monday to discuss the budget and the new school.\n\n"
        "Members agreed that the plan would be put to a vote next month, officials said."
    )
    article = clean_article(Article(path="x.txt", raw_text=text, title="Council meets"))
    assert article.text == text
    assert article.removed == []


#: A report with a photo gallery left in its text, in the two shapes pages print one: a whole
#: gallery on one line, its captions between the "Hide Caption n of N" buttons, and one
#: caption a line between the button and the "Previous Next" arrows with its credit.
GALLERY_TEXT = (
    "The harbour board voted on Tuesday to close the old ferry pier for repairs this winter.\n\n"
    "Photos: The old pier Photos: The old pier Fishermen unload their catch at the pier in "
    "1974. Hide Caption 1 of 3 Photos: The old pier Children jump from the pier into the bay "
    "in 1988. Hide Caption 2 of 3 Photos: The old pier A storm floods the pier in 2011. Hide "
    "Caption 3 of 3\n\n"
    "Hide caption Workers inspect the pier's pilings on Monday. Previous Next Ana Ruiz/Harbour "
    "Times\n\n"
    "Repairs will cost about two million dollars, and the pier should open again in May, the "
    "board's chair said."
)


def test_a_photo_gallery_line_is_a_caption_not_text() -> None:
    """A gallery's caption controls ("Hide Caption 2 of 3", "Previous Next") mark its line as
    a caption; the line of prose around it stays."""
    article = clean_article(Article(path="x.txt", raw_text=GALLERY_TEXT, title="Pier to close"))
    paragraphs = GALLERY_TEXT.split("\n\n")
    assert article.text.split("\n\n") == [paragraphs[0], paragraphs[3]]
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        (paragraphs[1], "caption"),
        (paragraphs[2], "caption"),
    ]


def test_a_real_article_is_never_emptied() -> None:
    """The known headline printed under the body (a page footer repeating it) once made every
    paragraph above it "navigation"; the text is kept whole and the reason recorded."""
    seed = cleaned("000")
    paragraphs = seed.text.split("\n\n")[:8]
    raw = "\n\n".join([*paragraphs, seed.title])
    article = clean_article(Article(path="x.txt", raw_text=raw, title=seed.title))
    assert article.text == "\n\n".join(paragraphs)
    assert "cleaning_kept_all" in article.metadata
    assert [removed.reason for removed in article.removed] == ["title"]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_ordinary_cleaning_keeps_its_removals(seed: str) -> None:
    article = cleaned(seed)
    assert "cleaning_kept_all" not in article.metadata
    assert article.removed


def test_a_page_of_menus_is_still_emptied() -> None:
    menu = "\n\n".join(
        [
            "Home",
            "World | Politics | Business",
            "Sign up for our newsletter",
            "Advertisement",
            "Privacy Policy | Terms of Use",
        ]
    )
    article = clean_article(Article(path="x.txt", raw_text=menu))
    assert article.text == ""
    assert "cleaning_kept_all" not in article.metadata


UNSPACED = Path(__file__).parent / "data" / "languages" / "unspaced"


def unspaced(name: str) -> tuple[list[str], Article]:
    """The non-blank lines of a Chinese or Japanese fixture and the article cleaned from it."""
    raw = (UNSPACED / name).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line], clean_article(Article(path=name, raw_text=raw))


def test_a_chinese_headline_and_text_keep_their_title_and_text() -> None:
    """Words counted by spaces made the unspaced headline one word (a label) and the report's
    sentence, at four space-separated runs, the headline."""
    [menu, headline, sentence, menu_word], article = unspaced("zh_headline_and_lead.txt")
    assert article.title == headline
    assert article.text == sentence
    assert {(removed.text, removed.reason) for removed in article.removed} == {
        (menu, "section-crumb"),
        (headline, "title"),
        (menu_word, "label"),
    }


def test_a_japanese_headline_and_text_keep_their_title_and_text() -> None:
    [headline, sentence], article = unspaced("ja_headline_and_lead.txt")
    assert (article.title, article.text) == (headline, sentence)


def test_a_chinese_navigation_line_inside_the_text_is_still_boilerplate() -> None:
    [menu, headline, sentence, _], _article = unspaced("zh_headline_and_lead.txt")
    raw = "\n\n".join([headline, sentence, menu, sentence.replace("10日", "11日")])
    article = clean_article(Article(path="x.txt", raw_text=raw))
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        (headline, "title"),
        (menu, "section-crumb"),
    ]


def test_a_chinese_sentence_alone_is_text_not_a_headline() -> None:
    """Counted by characters, a short sentence has a headline's length; its full stop "。" says
    it is a sentence, as "." does in English."""
    sentence = "哈萨克斯坦总统托卡耶夫10日表示，哈萨克斯坦局势已趋于稳定。"
    article = clean_article(Article(path="x.txt", raw_text=sentence + "\n"))
    assert (article.title, article.text, article.removed) == (None, sentence, [])
