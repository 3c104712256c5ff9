"""Possessive pronouns that own a nominal source, on sentences written for the tests in news
style: *its* and *their* are resolved as the subject pronouns *it* and *they* are, to an
organisation, a place or a group (``its chief executive`` -> ``Acme Corp.'s chief
executive``), never to a person; *their* after names joined by "and" is every one of them,
and a party named in the plural owns as a group; an owner that resolves to none keeps the
source's own words, and *his* and *her* stay resolved to a person as before. *They* after
joined names is all of them, as a joint source is."""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of

#: (text, the content's first words, its speaker)
CASES = [
    # its: the organisation that is the subject before it
    (
        "Acme Corp. reported a loss of $2 million on Monday.\n\n\"We will recover by the "
        "spring,\" its chief executive said.",
        "We will recover",
        "Acme Corp.'s chief executive",
    ),
    # its: a country that is the subject before it, in reported speech
    (
        "China rejected the report on Tuesday. Its foreign minister warned that the talks "
        "would end.",
        "the talks would end",
        "China's foreign minister",
    ),
    # their: the organisation that is the subject nearby, a singular thing passed over
    (
        "BuzzFeed published the dossier in January.\n\nThe decision was defended at once, "
        "and their CEO said that “the public has a right to see it.”",
        "the public has a right",
        "BuzzFeed's CEO",
    ),
    # their: a plural name that is the subject before it, the apostrophe alone after its "s"
    (
        "The Teamsters rejected the offer on Thursday. Their president said that the strike "
        "would go on.",
        "the strike would go on",
        "Teamsters' president",
    ),
    # their: names joined by "and" are all the owners, not the first
    (
        "Google and Apple announced a joint venture on Monday. Their spokesman said that the "
        "deal would close in May.",
        "the deal would close",
        "Google and Apple's spokesman",
    ),
    # their: a party named in the plural (the tagger's NORP, read as people) owns it
    (
        "The Democrats won the House in November. Their leader said that the party would hold "
        "hearings.",
        "the party would hold",
        "Democrats' leader",
    ),
    # their: people joined by "and" own nothing by "their": the words kept
    (
        "Susan Collins and Lisa Murkowski voted against the bill on Monday. Their spokesman "
        "said that the vote was final.",
        "the vote was final",
        "Their spokesman",
    ),
    # his: a person, as before
    (
        "Senator John Smith voted against the bill.\n\n\"He has no regrets,\" his spokesman "
        "said.",
        "He has no regrets",
        "John Smith's spokesman",
    ),
    # its: the nearest subject is a person, who owns nothing by "its": the words kept
    (
        "John Smith visited the plant on Monday. Its manager said that the line would close "
        "in May.",
        "the line would close",
        "Its manager",
    ),
    # its: a plan is no organisation, and a company named two paragraphs before owns
    # nothing by "its": the words kept
    (
        "Exxon Mobil reported higher profits on Monday.\n\nCritics were not impressed by "
        "the figures.\n\nThe plan has no practical importance. Its authors say that there is no time to waste.",
        "there is no time to waste",
        "Its authors",
    ),
    # its: nothing before it that it may stand for: the words kept
    (
        "The rain kept falling all week.\n\n\"It is unacceptable,\" its foreign minister said.",
        "It is unacceptable",
        "its foreign minister",
    ),
    # their: no group or organisation before it: the words kept
    (
        "\"This is a big step,\" their spokesman said.",
        "This is a big step",
        "their spokesman",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_pronoun_owner(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


def test_they_after_joined_names() -> None:
    text = ("Google and Apple announced a joint venture on Monday. They said that the deal "
            "would close in May.")
    assert speaker_of(text, "the deal would close") == ["Google and Apple"]
