"""A possessive pronoun that owns a noun cue with its content clause is the cue's source
(docs/attribution-rules.md: ``his claim that ...`` as ``he claimed that ...``): the speaker is
the pronoun resolved as a subject pronoun is, or null where the text names no one, never the
pronoun itself; the content is the noun's clause. A noun cue in another sense, with no
content clause (``his promise of help``, ``their statement shoes``), reports nothing.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import quote_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Maria Lopez spoke in Denver on Monday. Critics mocked her claim that the "
         "budget office had hidden the cost of the program.",
         [("the budget office had hidden the cost of the program", "Maria Lopez", "claim")]),
        ("Governor Tom Reed visited the plant on Monday. Despite his vow that no worker would "
         "lose a job, 200 workers were laid off.",
         [("no worker would lose a job", "Tom Reed", "vow")]),
        # the clause after the copula the noun is the subject of
        ("Governor Tom Reed visited the plant on Monday. His argument is that the merger will "
         "save the company.",
         [("the merger will save the company", "Tom Reed", "argument")]),
        # "their" as "they": every one of the names joined by "and"
        ("Google and Apple met with regulators last week. Their claim that the new rules "
         "would slow their work was rejected by the court.",
         [("the new rules would slow their work", "Google and Apple", "claim")]),
        # people too, as "they" may stand for them (the owner of "their CEO" is never a person)
        ("Maria Lopez and Tom Reed met with the mayor on Monday. Their claim that the city "
         "owed the workers back pay was rejected by the court.",
         [("the city owed the workers back pay", "Maria Lopez and Tom Reed", "claim")]),
        # "its" as "it": the organisation
        ("Acme Corp. reported its results on Monday. Regulators questioned its claim that "
         "sales had doubled in the spring.",
         [("sales had doubled in the spring", "Acme Corp.", "claim")]),
        # no one named: the attribution stands with no speaker, not the pronoun
        ("Her claim that the new tax would cover the cost of the program was rejected by the "
         "court.",
         [("the new tax would cover the cost of the program", None, "claim")]),
    ],
)
def test_a_possessive_pronoun_owning_a_noun_cue_is_its_source(nlp, text, expected) -> None:
    assert quote_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun in another sense, or with no content clause
        "Governor Tom Reed visited the plant on Monday. He kept his promise of help for the "
        "workers who lost their jobs.",
        "The strikers marched to the plant on Monday. Their statement shoes were bright red.",
        "Governor Tom Reed visited the plant on Monday. His statement was short and he left "
        "early.",
        "Governor Tom Reed visited the plant on Monday. Reporters asked about his remark on the "
        "merger at the meeting.",
    ],
)
def test_a_possessive_pronoun_owning_a_noun_with_no_clause_reports_nothing(nlp, text) -> None:
    assert quote_triples(nlp, text) == []
