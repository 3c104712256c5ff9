"""Members of a group that speaks: ``Pepsi, Coca-Cola, Costco and Winnebago are among
retailers that said they raised prices``, ``Tillis is among four Senate Republicans who have
said they'd vote with Democrats``. The cue's relative clause (or infinitive: ``was among the
first to say``) describes a group, and the copula puts its subject in that group: the subject
said it, so the subject's names speak (every conjunct, as a joint source does), not the
group's description. Read in the parse alone (a copula, *among*, and a clause on its
object), with no list of words beyond the copulas."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.cues import BEING_COPULAS

#: Indefinite pronouns that single out one member of a group named before (``Reporters
#: asked …. One, a star reporter from Politico, even referred to himself as``).
_INDEFINITES = frozenset({"one", "another", "someone", "somebody"})

#: Subjects that stand for the noun a relative clause describes (``Danforth, who was among
#: those who urged``).
_RELATIVES = frozenset({"WP", "WDT"})


def member_speaking(verb: Any, token: Any | None) -> Any | None:
    """The subject of the copula whose *among* phrase holds the group ``token`` that the cue
    ``verb`` describes (``X was among those who said``: X), a relative pronoun there read as
    the noun its clause describes; else ``token`` itself."""
    if token is None or verb.dep_ not in {"relcl", "acl"} or verb.head.i != token.i:
        return token
    group = _partitive_whole(token)
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ not in BEING_COPULAS:
        return token
    copula = among.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in _RELATIVES and copula.dep_ == "relcl":
        subject = copula.head
    return subject if subject is not None and subject.i < copula.i else token


def _partitive_whole(token: Any) -> Any:
    """``the dozens of countries``: the noun *among* governs, climbed from the noun of its
    *of* phrase."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head
    return token


def described_member(token: Any | None) -> Any | None:
    """``One, a star reporter from Politico, even referred to himself as "…"``: an indefinite
    pronoun's apposition says who the one is, so the apposition's noun is the source (the
    pronoun alone names no one); else ``token`` itself."""
    if token is None or token.lower_ not in _INDEFINITES:
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), token)
