"""What a verb's own words say of its act: the modal auxiliary it is under (possibility or
obligation, the future, a counterfactual perfect), its own negation and the condition that
opens its clause; and the one lexicon of acts not done, the verbs and their nouns side by
side.

Read once on the dependency parse for the two layers that decide by it: the events
(``events/modality.py``: possible, future, conditional, read up the clauses above a
trigger; negated by its own word or under a verb of not doing; ``events/blame.py``: a
copula lays an act on its subject only when neither negated nor under a modal;
``events/source_heads.py`` and ``events/embedded.py``: a speaker demands an act another is
obliged to do, "must" or "should" with no perfect) and the
quotes (``quotes/cues.py``: speech in the counterfactual perfect was never made;
``quotes/content/clauses.py``: nor was speech in the infinitive of a verb or a noun of an
act not done). Each layer keeps its own decision; this module imports neither, so both may
import it. Written by hand: the modals are a closed class of English words, which spaCy
tags (MD) but does not read for their meaning, and the project has no lexicon that derives
a noun from its verb.
"""

from __future__ import annotations

from typing import Any

#: Modals of obligation: the act is owed, not done; said of someone else, the speaker demands
#: it of them ("Russia says Israel must end attacks", the events' demand).
OBLIGATION = frozenset({"must", "should"})
#: Modals of possibility or obligation: the act may, can or must happen, not that it did.
POSSIBLE = frozenset({"could", "may", "might", "can", "would", *OBLIGATION})
#: Modals of the future, written out or contracted ("they’ll free").
FUTURE = frozenset({"will", "’ll", "'ll", "shall"})
#: *would* contracted, which is also *had* contracted ("they'd attacked").
CONTRACTED_WOULD = frozenset({"'d", "’d"})
#: Modals that with a perfect *have* set a past act against what happened (``could have
#: said``, ``should have warned``, ``would have insisted``, ``he’d have said``); *may* and
#: *might* leave it open.
COUNTERFACTUAL = frozenset({"would", "could", "should", *CONTRACTED_WOULD})
#: The perfect's *have*, written out or contracted (``could've said``).
PERFECT_HAVE = frozenset({"have", "'ve", "’ve"})
#: Subordinators that make a clause a condition ("if they attack", "unless it pays").
CONDITIONS = frozenset({"if", "unless"})


def auxiliaries(verb: Any) -> list[Any]:
    """The verb's auxiliaries, active and passive ("could", "have", "been")."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def auxiliary_words(verb: Any) -> set[str]:
    """The verb's auxiliaries in lower case, a contracted *would* written out ("they'd free
    the hostages": "would"; ``_written_out``)."""
    return {_written_out(c, verb) for c in auxiliaries(verb)}


def _written_out(auxiliary: Any, verb: Any) -> str:
    """An auxiliary's word in lower case; a contracted *'d* is *would* unless the word after it
    in the verb's group is tagged a past participle, where it is *had* ("they'd attacked",
    "he'd been freed"), which is left as written: the tagger tags both *'d* MD."""
    word = auxiliary.lower_
    if word not in CONTRACTED_WOULD:
        return word
    after = [t for t in (*auxiliaries(verb), verb) if t.i > auxiliary.i]
    following = min(after, key=lambda t: t.i, default=verb)
    return word if following.tag_ == "VBN" else "would"


def obliged(verb: Any) -> bool:
    """The verb is under a modal of ``OBLIGATION`` with no perfect *have*: "Israel must end
    attacks" owes the act; "must have had help" is a guess about the past, not an obligation."""
    words = {c.lower_ for c in auxiliaries(verb)}
    return bool(words & OBLIGATION) and "have" not in words


def counterfactual_perfect(verb: Any) -> bool:
    """A past participle under a modal of ``COUNTERFACTUAL`` (one tagged a modal: the *'d* of
    ``he'd said`` is *had*) and a perfect *have*: ``The GOP could have said ...``."""
    words = auxiliaries(verb)
    return verb.tag_ == "VBN" and any(
        c.tag_ == "MD" and c.lower_ in COUNTERFACTUAL for c in words
    ) and any(c.lower_ in PERFECT_HAVE for c in words)


def under_modal(verb: Any) -> bool:
    """The verb has a modal auxiliary of its own, as the tagger reads it (MD: "may be",
    "will be", "he'd be"): its act is not asserted as done."""
    return any(c.tag_ == "MD" for c in auxiliaries(verb))


def own_negation(token: Any) -> bool:
    """The token is negated by a word of its own: "not", "never", "n't" on it, or the "no"
    that determines it ("no attack")."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def conditional(verb: Any) -> bool:
    """The verb's clause is opened by *if* or *unless*."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


#: Verbs of not doing: the act they govern is not done ("refrained from any commitment to
#: intervene", "declined to comment", "denied the shelling"), each with its nouns that take
#: that act as an infinitive ("the refusal to say", "the failure of Democrats to point out").
NOT_DOING = {
    "refuse": ("refusal",),
    "decline": (),
    "fail": ("failure",),
    "refrain": (),
    "deny": (),
    "avoid": (),
    "reject": (),
    "stop": (),
    "cease": (),
}
#: Of those, the verbs whose *to*-infinitive is the act not done ("declined to say"): *stop*
#: and *cease* end an act that was done ("stopped to talk" is a purpose), and the others take
#: no infinitive ("refrained from saying").
NOT_DOING_BY_INFINITIVE = frozenset({"refuse", "decline", "fail"})
#: Verbs of an act tried, wanted, planned, needed or held back, not (yet) done ("struggling
#: to assure", "hesitated to say"), each with its nouns that take that act as an infinitive
#: ("his attempt to claim", "a bid to", "the desire to"); a noun of habit ("the tendency of
#: progressives to describe it as ...") is none of them.
NOT_YET_DONE = {
    "try": ("effort", "bid"),
    "attempt": ("attempt",),
    "struggle": ("struggle",),
    "seek": (),
    "want": ("desire",),
    "wish": ("wish",),
    "hope": ("hope",),
    "plan": ("plan",),
    "need": ("need",),
    "intend": ("intention",),
    "expect": ("expectation",),
    "aim": ("aim",),
    "prepare": (),
    "hesitate": ("hesitation",),
    "dare": (),
    "like": (),
    "love": (),
}
#: Nouns of being unable, unwilling or reluctant to act, whose infinitive is not done either
#: ("their inability to explain"); no verb names their act.
_UNABLE = ("inability", "unwillingness", "reluctance")
#: The verbs of not doing, as the events read them: an act under one is negated.
NEGATING_VERBS = frozenset(NOT_DOING)
#: Verbs of an act left out: negative implicatives (Karttunen 1971, "Implicative verbs":
#: "forgot to mention that …" entails that it was not mentioned) that no table above holds;
#: read by the quotes only, so the events' negations stay as they are.
NOT_DONE_BY_OMISSION = frozenset({"forget", "neglect"})
#: Verbs whose *to*-infinitive complement did not happen.
INFINITIVE_NOT_DONE = frozenset(NOT_YET_DONE) | NOT_DOING_BY_INFINITIVE | NOT_DONE_BY_OMISSION
#: Nouns whose *to*-infinitive did not happen: the nouns of both tables and ``_UNABLE``.
NOUNS_NOT_DONE = frozenset(
    (*(n for table in (NOT_DOING, NOT_YET_DONE) for nouns in table.values() for n in nouns),
     *_UNABLE))
