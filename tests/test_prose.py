"""The prose classifier: which sentences may become a brief item or an answer."""

from __future__ import annotations

import json
import re
import re._parser as regex_parser
from pathlib import Path
from typing import Any

import pytest

from newsdesk.brief import Settings, make_brief
from newsdesk.brief.ask import ask
from newsdesk.ingest import ingest
from newsdesk.prose import is_prose, parse_problems, prose_problems, shape_problem

SET = Path(__file__).parent / "data" / "prose" / "sentences.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(AirAsia Flight 8501: What we know so far)", "parenthesised line"),
        ("17.00 We are going to leave our live coverage here.", "live-blog timestamp"),
        ("06.59 More on that body recovered from the sea.", "live-blog timestamp"),
        ("We are going to leave our live coverage here for today.", "live-blog sign-off"),
        (
            "Russia's Vladimir Putin meets with China's Xi Jinping via video link from his "
            "residence outside Moscow last month.",
            "present-tense caption",
        ),
        (
            "Health officials said 160 people have died. Photo: Pavel Mikheyev / Reuters",
            "caption or credit",
        ),
        ("Crisis In Kazakhstan Pushes China, Russia Closer Together", "no terminal punctuation"),
        ("Share on Facebook, share on Twitter or e-mail this story.", "share bar"),
        ("Sign up for our daily newsletter to get the news first.", "promotion or site furniture"),
        ("that you needed a constitutional amendment.", "fragment"),
        ("Follow the story on our site and in the app.", "no finite verb"),
        # negative cases: prose stays prose
        ("Putin met Xi by video link last month, and both leaders praised the deployment.", None),
        ("The crisis in Kazakhstan is reshaping Beijing and Moscow's relationship.", None),
        ("Tokayev says the troops will leave within days.", None),
        ('"They wanted us on our knees," the minister said.', None),
    ],
)
def test_prose_signals(text: str, expected: str | None) -> None:
    assert prose_problems([text]) == [expected]


def test_present_tense_captions_of_a_gallery_and_not_of_its_article() -> None:
    texts = [  # an AllSides gallery's caption, then sentences of article text
        "Trump attends the opening of his new Atlantic City casino, the Taj Mahal, in 1989.",
        "Businessman Donald Trump easily won the Nevada GOP caucuses Tuesday, rolling to his third "
        "straight victory in the 2016 nomination race.",
        "Putin met Xi by video link last month, and both leaders praised the deployment.",
        "The crisis in Kazakhstan is reshaping Beijing and Moscow's relationship.",
    ]
    found = [problem == "present-tense caption" for problem in parse_problems(texts)]
    assert found == [True, False, False, False]


def test_prose_precision_and_recall_floor_on_labelled_real_sentences() -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    predicted = is_prose([row["text"] for row in rows])
    tp = sum(p and row["prose"] for p, row in zip(predicted, rows))
    precision = tp / sum(predicted)
    recall = tp / sum(row["prose"] for row in rows)
    assert len(rows) >= 200
    assert precision >= 0.88 and recall >= 0.90, (precision, recall)


LIVEBLOG = Path(__file__).parent / "data" / "prose" / "liveblog.txt"
_NOT_PROSE = re.compile(r"^\d\d\.\d\d |live coverage|^\(|Photo:|Share on", re.M)


@pytest.fixture(scope="module")
def liveblog_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("liveblog") / "store.duckdb")
    ingest([str(LIVEBLOG)], db=db, workers=1)
    return db


def test_a_live_blog_gives_the_brief_only_prose(liveblog_db: str) -> None:
    brief, _, _ = make_brief(
        db=liveblog_db, settings=Settings(topic="ferry search wreck", length=8)
    )
    texts = [item.text for _, item in brief.items()]
    assert texts and not [t for t in texts if _NOT_PROSE.search(t)]
    assert any("162 people" in t for t in texts)


@pytest.mark.parametrize(
    "question",
    [
        "What more was recovered from the sea near the wreck site?",
        "When will the live coverage of the ferry search end?",
    ],
)
def test_ask_never_answers_with_a_timestamp_or_sign_off(
    liveblog_db: str, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_EMBEDDINGS", "0")
    answer = ask(question, db=liveblog_db)
    assert not [item.text for item in answer.items if _NOT_PROSE.search(item.text)]


def test_ask_answers_from_the_prose_of_a_live_blog(
    liveblog_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_EMBEDDINGS", "0")
    answer = ask("How many people were on board the ferry from Surabaya?", db=liveblog_db)
    assert answer.items and "162 people" in answer.items[0].text


def test_an_unspaced_sentence_is_no_fragment_and_a_menu_word_is() -> None:
    """Chinese words are counted by characters (``newsdesk.word_count``), not by spaces."""
    sentence = "新华社阿斯塔纳1月10日电 哈萨克斯坦总统托卡耶夫10日表示，哈萨克斯坦局势已趋于稳定。"
    assert shape_problem(sentence) != "fragment"
    assert shape_problem("联系我们") == "fragment"



#: Texts a match without case reads otherwise than their lower case: letters that case folds
#: onto ASCII ones, beside real captions, share bars and links.
FOLDED = [
    "PHOTO\u017f: Reuters",
    "\u0130mage: AP",
    "Follow the \u212aazakh news in the app, p\u0131ctured: the square.",
    "Health officials said 160 people have died. Photo: Pavel Mikheyev / Reuters",
    "Share on Facebook, share on Twitter or e-mail this story.",
    "Visit www.example.com for the terms of use.",
]


def test_a_pattern_skipped_for_a_text_without_its_strings_finds_what_it_would() -> None:
    """``shape_problem`` and ``names_credit`` search their slowest patterns only in a text that
    holds one of the strings every match of the pattern holds; on the labelled sentences and
    the seeds' (curly quotes and dashes among them) and on letters that case folds onto
    ASCII, each finds what the pattern alone finds."""
    from newsdesk import prose
    from newsdesk.sentences import split_sentences

    texts = [json.loads(line)["text"] for line in SET.read_text(encoding="utf-8").splitlines()]
    for path in sorted((Path(__file__).parents[1] / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [text[start:end] for start, end in split_sentences(text)]
    assert len(texts) > 300 and any(not text.isascii() for text in texts)
    for text in [*texts, *FOLDED]:
        stripped = text.strip()
        for pattern in prose._NEEDED:
            found = prose._found(pattern, stripped, prose._lowered(stripped))
            assert found == pattern.findall(stripped), (pattern.pattern[:30], text)
        assert prose.names_credit(text) is bool(prose._CAPTION.search(text)), text
    assert [prose.names_credit(text) for text in FOLDED] == [True, True, True, True, False, False]


def _alternatives(items: Any) -> list[list[str]]:
    """Each way through a parsed pattern (``re._parser``) as the runs of literal characters
    that a match taking that way holds, in order, each run whole; the last run is still open
    to the literals that follow. A zero-width item (``\\b``, ``^``, a lookaround) keeps a run
    open; any other item that is no literal ends it."""
    ways = [[""]]
    for op, value in items:
        if op is regex_parser.LITERAL:
            ways = [[*way[:-1], way[-1] + chr(value)] for way in ways]
        elif op in {regex_parser.AT, regex_parser.ASSERT, regex_parser.ASSERT_NOT}:
            continue
        elif op is regex_parser.SUBPATTERN:
            ways = _joined(ways, _alternatives(value[-1]))
        elif op is regex_parser.BRANCH:
            ways = _joined(ways, [way for branch in value[1] for way in _alternatives(branch)])
        elif op in {regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT} and value[0] >= 1:
            # the first time through adjoins what came before; what follows a repeat is open
            ways = [[*way, ""] for way in _joined(ways, _alternatives(value[2]))]
        else:
            ways = [[*way, ""] for way in ways]
    return ways


def _joined(before: list[list[str]], after: list[list[str]]) -> list[list[str]]:
    """The ways through two parts written one after the other: the open run of the first
    meets the first run of the second."""
    return [[*one[:-1], one[-1] + two[0], *two[1:]] for one in before for two in after]


def _every_match_holds_a_key(pattern: re.Pattern[str], keys: tuple[str, ...]) -> bool:
    """Every way through ``pattern`` holds a run of literal characters whose lower case holds
    one of ``keys``: a text whose lower case holds none of them has no match."""
    ways = _alternatives(regex_parser.parse(pattern.pattern, pattern.flags))
    return all(any(key in run.lower() for run in way for key in keys) for way in ways)


@pytest.mark.parametrize(
    ("pattern", "keys", "expected"),
    [
        (r"\b(?:sign up|subscribe)\b", ("sign up", "subscri"), True),
        (r"\blog(?:ged)? in\b", ("log",), True),
        (r"\b(?:photo(?:graph)?s?|image)\s*:", ("photo", "image"), True),
        # negative cases: a way through the pattern that holds no key
        (r"\b(?:sign up|subscribe)\b", ("sign up",), False),
        (r"\be-?mail\b", ("email",), False),  # "e-mail" holds no "email"
        (r"\blog(?:ged)? in\b", ("logged",), False),
        (r"\b(?:photo|image)\s*:", ("photo:",), False),  # "photo :" has a space before the colon
        (r"\d+ shares?", ("shares",), False),
    ],
)
def test_a_key_held_by_every_match_is_read_from_the_pattern(
    pattern: str, keys: tuple[str, ...], expected: bool
) -> None:
    assert _every_match_holds_a_key(re.compile(pattern, re.IGNORECASE), keys) is expected


def test_every_match_of_a_prefiltered_pattern_holds_one_of_its_needed_strings() -> None:
    """``prose._NEEDED`` is written beside the patterns it spares: for each pattern, every
    way a match can take holds one of its strings, so skipping a text that holds none of them
    loses no match, whatever the text (a pattern changed without its strings fails here)."""
    from newsdesk import prose

    for pattern, keys in prose._NEEDED.items():
        assert pattern.flags & re.IGNORECASE and all(key == key.lower() for key in keys)
        assert _every_match_holds_a_key(pattern, keys), pattern.pattern
