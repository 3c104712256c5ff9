"""A record named by *according to* is a source (docs/attribution-rules.md: reports, polls,
studies and documents are sources): ``…, according to court records`` attributes the sentence
to the records, though ``records show`` (a verb's subject) is evidence with no speech act, and
*according to* run into its clause (``paid according to their records of service``) means *in
accordance with* and reports nothing. A name's initials compounded on a document own it
however the tagger read them (``according to ICE records``: the agency's).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import quote_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the guards slept through their rounds, according to court records.",
         [("Two of the guards slept through their rounds", "court records", "according to")]),
        ("According to federal prison records, ten of the staffers on the night shift were "
         "working overtime.",
         [("ten of the staffers on the night shift were working overtime",
           "federal prison records", "according to")]),
        # set off inside the sentence, the phrase splits the content in two
        ("One of the guards, according to prison records, had worked six double shifts that "
         "week.",
         [("One of the guards", "prison records", "according to"),
          ("had worked six double shifts that week", "prison records", "according to")]),
    ],
)
def test_a_record_named_by_according_to_is_the_source(nlp, text, expected) -> None:
    assert quote_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # run into its clause, "according to" is "in accordance with"
        "The guards were paid for the extra hours according to their records of service.",
        "The shifts on the ward were assigned according to the records kept by the warden.",
        # records as a verb's subject are evidence, no speech act
        "The records show that ten of the staffers were working overtime that night.",
        "Court documents reveal how the two guards spent most of the night.",
    ],
)
def test_records_report_nothing_outside_according_to_set_off(nlp, text) -> None:
    assert quote_triples(nlp, text) == []


def test_initials_compounded_on_a_record_own_it(nlp) -> None:
    text = ("Immigration and Customs Enforcement deported 40,000 people since March. The flights "
            "kept running after the first cases were found, according to ICE records.")
    assert quote_triples(nlp, text) == [
        ("The flights kept running after the first cases were found",
         "Immigration and Customs Enforcement", "according to")]
