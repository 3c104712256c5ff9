"""The act a sentence reports with a past participle and no finite verb of its own: an
existential ("There were 10 soldiers killed in Ukraine") or a headline ("Ten soldiers killed
in Ukraine") says what "10 soldiers were killed in Ukraine" says.

English puts the passive's subject after "there be" and keeps its participle as a reduced
relative clause, which the parse hangs on that noun (``acl``) or, where the noun is a
quantity or an agent counted by its "of" phrase, on the noun of that phrase ("There were
hundreds of people killed"); headlines drop the auxiliary of a passive, so the parse makes
the noun the root and the participle its clause. In both the participle is the clause's
verb and the noun its passive subject. A noun that holds what its "of" phrase names,
neither a quantity nor an agent (a container, "The list of people arrested"; a report or an
attitude, "There were reports of civilians killed", "fears of soldiers killed"), is no one
acted on, and what it holds is not reported as done. A headline written in headline case
("Americans Confused Over ...", "Bush 41 Led by Example") is not read so: the tagger takes
its capitalised verbs for names and participles alike. An existential is read only for a
report of what was done (the copula past or perfect: "There were", "There have been"), not
for a state ("There are 300 troops stationed in Poland") nor a plan ("There will be"), and
not where nothing was done ("There were no people killed", "There weren't any"); a reduced
relative has no auxiliary and no subject of its own ("there was evidence that she had handled
it" is a clause of the noun).
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import agent_role, person_noun
from newsdesk.modality import under_modal
from newsdesk.prose import sentence_in_headline_case

#: Determiners and pronouns that say no one was acted on ("There were no people killed").
_NONE_WORDS = {"no", "none", "nobody", "neither", "nothing"}
#: The tags of a copula that reports a past act: "were" and "was", "been" of "have been".
_PAST_TAGS = {"VBD", "VBN"}
#: The dependents of a clause that has a verb of its own: a reduced relative has none.
_CLAUSE_DEPS = {"aux", "auxpass", "nsubj", "nsubjpass", "mark", "expl"}
#: A headline's noun root: a noun or a name.
_NOUN_TAGS = {"NOUN", "PROPN"}
#: Nouns of quantity that count what their "of" phrase names ("a number of journalists",
#: "scores of civilians"); number words ("hundreds", "dozens") are read as numbers.
_QUANTITY_NOUNS = frozenset({"number", "dozen", "score", "handful", "couple", "lot", "host"})


def reduced_passive(verb: Any) -> Any | None:
    """The past participle a clause with no finite verb of its own reports as its act: of
    an existential "there be" (``verb``: "There were 10 soldiers killed": killed) or of a
    headline whose root is a noun ("Ten soldiers killed in Ukraine": killed); None for any
    other clause and for an existential of a state, a plan or no one."""
    if verb.dep_ == "ROOT" and verb.pos_ in _NOUN_TAGS:
        if sentence_in_headline_case(verb, counting_token=True):
            return None  # "Bush 41 Led by Example": the tagger misreads capitalised words
        return _participle_of(verb)
    noun = _existential_noun(verb)
    return None if noun is None else _participle_of(noun)


def reduced_subject(verb: Any) -> Any | None:
    """The noun a reduced passive's participle (``reduced_passive``) is said of, its passive
    subject ("There were 10 soldiers killed", "Ten soldiers killed": soldiers); None for any
    other verb."""
    if not reduced_participle(verb):
        return None
    noun = verb.head
    phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    clause = phrase if phrase.dep_ == "ROOT" else phrase.head if phrase.dep_ == "attr" else None
    participle = reduced_passive(clause) if clause is not None else None
    return noun if participle is not None and participle.i == verb.i else None


def _participle_of(noun: Any) -> Any | None:
    """The reduced relative's participle said of ``noun`` or of the noun of its "of" phrase
    where ``noun`` counts it (``_counting``); None where the "of" phrase is what ``noun``
    holds ("the list of people arrested", "reports of civilians killed")."""
    parts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    if parts and not _counting(noun):
        return None
    return next((c for n in (noun, *parts) for c in n.children if reduced_participle(c)), None)


def _counting(noun: Any) -> bool:
    """True for a noun that counts the people or things of its "of" phrase: a number or a
    quantity ("hundreds of", "a number of", "scores of") or an agent noun ("members of the
    opposition"), whose "of" phrase is the one acted on."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NUM" or noun.ent_type_ == "CARDINAL" or noun.vocab[lemma].like_num:
        return True
    return lemma in _QUANTITY_NOUNS or agent_role(noun) is not None or person_noun(noun)


def _existential_noun(verb: Any) -> Any | None:
    """The noun an existential "there be" of a past act introduces, or None."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in _PAST_TAGS:
        return None
    deps = {c.dep_ for c in verb.children}
    if "expl" not in deps or "neg" in deps or (verb.tag_ == "VBN" and not _perfect(verb)):
        return None
    if under_modal(verb):  # "there would have been"
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr"), None)
    return None if noun is None or _no_one(noun) else noun


def reduced_participle(token: Any) -> bool:
    """True for a reduced relative's past participle: no auxiliary, no subject ("civilians
    killed in the strike"; not "that the army had taken the city")."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.pos_ == "VERB"
        and not any(c.dep_ in _CLAUSE_DEPS for c in token.children)
    )


def _perfect(verb: Any) -> bool:
    """True for "been" under "have" or "has" ("There have been 12 journalists arrested")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _no_one(noun: Any) -> bool:
    return noun.lower_ in _NONE_WORDS or any(
        c.dep_ == "det" and c.lower_ in _NONE_WORDS for c in noun.children
    )
