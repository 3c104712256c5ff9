"""A speaker named by a given name alone, on real text: a passage cut down from an article
of the AllSides corpus (``../shared/data/corpus/allsides-article-bias``, Baly et al., EMNLP
2020, Apache-2.0 collection; copyright with the outlets; quotes-dev9), for testing only, with
the speaker ``docs/attribution-rules.md`` gives its attribution (the fullest name the article
gives). Of two full names the given name begins, it is the one written before it; a passage
written for the tests shows where the reading must not apply (both written before it).
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # after one of the two full names that begin with it and before the other (Salon)
    (
        "Bill Lawrence of Texas recently posted on his Facebook page that he sold his business "
        "because of Obamacare.\n\n"
        "With 290 employees, his business would be subject to the Affordable Care Act’s "
        "employer mandate. Bill says it would have run him in the neighborhood of $400,000 "
        "annually.\n\n"
        "I spoke with Bill Bertovich, who runs a car wash in Ohio, about the same mandate.",
        "it would have run him",
        "Bill Lawrence",
    ),
    # both full names written before the given name: which one it is, is not said
    (
        "Bill Lawrence sold his company last year. Bill Bertovich kept his.\n\n"
        "Bill says the mandate would have cost him $400,000 a year.",
        "the mandate would have cost",
        "Bill",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker_named_by_a_given_name(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
