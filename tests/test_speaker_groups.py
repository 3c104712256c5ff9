"""Speakers of sources that name a group or a title, on short passages written for the tests
in news style: a party, nationality or religion that words before it narrow down is the
described part in its own words (``At least 10 Republicans``, not ``Republicans``), the name
alone stays the group; a title description whose latest person holds another title is the
person the article names most often with that title; a description in apposition to a name is
the name; a definite description that an indefinite one introduced is that unnamed person;
a name alone in its quotation marks (a screen name) is a name, not quoted speech; a plural
pronoun's nominal antecedent has its owner resolved, and so has a nominal that *whose* owns;
a common noun that names carry, with a determiner or an owner, is a description, not a name.
Negative cases: a group's name alone, a party word for one person, a title the latest person
holds, a description with no indefinite one before it, quoted words that are more than a
name."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes


def _speakers_of(text: str, content: str) -> list[str | None]:
    article = Article(path="t.txt", raw_text=text, text=text)
    quotes = annotate_quotes(load_pipeline()(text), article)
    return [q["speaker"] for q in quotes if q["text"].startswith(content)]


#: (text, the content's first words, its speaker)
CASES = [
    (
        "Senator Mitch McConnell spoke on Monday. At least 10 Republicans have said they "
        "oppose the first draft of the bill.",
        "they oppose the first draft",
        "At least 10 Republicans",
    ),
    (
        "China will age before it grows rich. As many Chinese say, they fear that their "
        'country will "become old before we become rich."',
        "they fear that their country",
        "many Chinese",
    ),
    (
        'Congressional Republicans said the plan would fail. "It is a bad plan," they said.',
        "It is a bad plan",
        "Congressional Republicans",
    ),
    (
        "The deal was signed on Monday. Congressional Republicans and Democrats said the deal "
        "was weak.",
        "the deal was weak",
        "Congressional Republicans and Democrats",
    ),
    # one person described by a party is no group
    (
        'Sen. John McCain spoke on Sunday. "I am happy to give him a chance," said the Arizona '
        "Republican.",
        "I am happy",
        "John McCain",
    ),
    # the group's name alone is the group
    (
        "The vote is set for Friday. Republicans said the plan would fail.",
        "the plan would fail",
        "Republicans",
    ),
    # the latest person is a judge; the president is the one the article names most as one
    (
        "President Donald Trump criticised the court on Tuesday. Trump had promised to "
        "appeal a ruling by a judge appointed by President Barack Obama.\n\n"
        "U.S. District Judge Jon S. Tigar in San Francisco issued the injunction.\n\n"
        '"This was a political ruling," the president said of Tigar.',
        "This was a political ruling",
        "Donald Trump",
    ),
    # the latest person holds the title: that person
    (
        "Sen. Ted Cruz spoke first. President Joe Biden answered him, and Cruz replied.\n\n"
        '"We will appeal," the president said.',
        "We will appeal",
        "Joe Biden",
    ),
    # a capitalised title in apposition to a name is that name, not its own words
    (
        "President Donald Trump attacked John McCain again on Monday. McCain lies in state in "
        "the Capitol under a painting of Abraham Lincoln, the President who warned his nation "
        'that "a house divided against itself cannot stand."',
        "a house divided",
        "Abraham Lincoln",
    ),
    # a description an indefinite one introduced is that unnamed person, in its own words
    (
        "Hillary Clinton says her campaign runs smoothly. We spoke to an election expert who "
        'has visited many of her offices.\n\n"There are too many people giving orders," the '
        "expert told us.",
        "There are too many people",
        "the expert",
    ),
    # ... but with no such introduction it is the person its paragraph names
    (
        "Hillary Clinton says her campaign runs smoothly. Jane Doe has visited many of her "
        'offices. "There are too many people giving orders," the expert told us.',
        "There are too many people",
        "Jane Doe",
    ),
    # a plural pronoun's nominal antecedent has its own owner resolved: no pronoun speaks
    (
        'Senator Jane Doe left the hearing early. Her aides said she was ill. "She will be back '
        'on Monday," they said.',
        "She will be back",
        "Jane Doe's aides",
    ),
    # "whose" owns a nominal source for the noun its relative clause describes
    (
        "The case involves John Smith, whose lawyers said the charges were false.",
        "the charges were false",
        "John Smith's lawyers",
    ),
    (
        "The judge ruled against Acme Corp., whose spokesman said the company would appeal.",
        "the company would appeal",
        "Acme Corp.'s spokesman",
    ),
    # a common noun that names carry, with a determiner, is a description in its own words
    (
        "Romney trails in Ohio. Some GOP strategists said the white vote needed to be higher.",
        "the white vote needed",
        "Some GOP strategists",
    ),
    # ... and without one a name ("Working Mother magazine")
    (
        "Working Mother magazine surveyed 1,500 mothers. Working Mother magazine said that "
        "two-thirds valued job security most.",
        "two-thirds valued",
        "Working Mother magazine",
    ),
    # a screen name alone in its quotation marks is a name, not quoted words
    (
        "My tweet drew a flood of replies. “Lulu Fontaine” wrote: “Nothing is gone, and we are "
        "all safe here.” “C. Sabetta” wrote: “It is good to see you checked before sharing.”",
        "It is good to see",
        "C. Sabetta",
    ),
    # ... but quoted words that are more than a name stay quoted words
    (
        "Critics of the plan spoke up. “Stop the Steal Now Before It Is Too Late” wrote no "
        "one, but Jane Smith wrote that the plan was dead.",
        "the plan was dead",
        "Jane Smith",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker_of_a_group_or_title(text: str, content: str, speaker: str) -> None:
    assert _speakers_of(text, content) == [speaker]
