"""Speaker resolution: who the source of an attribution is, as the article names them.

The source token comes from the cue (its subject, the object of *according to*, the possessor
of a noun cue, the name after an inverted ``said``). It is resolved to the fullest name the
article gives (the shared resolver in ``newsdesk.entities.people``: "Wang" -> "Wang Yi", through
the ``mentions`` layer when it ran): a pronoun to the nearest earlier person of a compatible
gender or number, or to nobody; a definite description ("the minister", "the company") to the
latest named person or organisation of that kind; a document ("the statement said") to its
author. A nominal source that the article never names keeps its own text ("a senior official",
"analysts"). Quotes no cue introduces are in ``bare``; the record is built in ``attribution``.

The modules, each importing only those above it:

* ``history``: what the article said before a source (the latest speaker or name of a kind,
  the latest joint speaker, an earlier nominal source, how far back a follow-up reaches);
* ``subjects``: which token of the parse stands for the source (the subject outside quotation
  marks, a person's name the parse hung elsewhere, the other side of a copula);
* ``members``: the subject a copula's *among* puts in a group whose relative clause is the
  cue, who speaks in the group's place (``X is among those who said``: X);
* ``titles``: titles, offices and roles, and the one person the article gives a title or role;
* ``description_phrases``: a definite description's phrase in the parse (whether a token
  heads one, a restrictive modifier, a name it carries);
* ``descriptions``: whom a definite description means, and an indefinite one named next;
* ``description_roles``: the role and affiliation a description states of the named person
  it stands for, read once every speaker is decided;
* ``documents``: the owner a document or statement speaks for, in the parse;
* ``owners``: the owner of a document a source names, resolved by the resolver passed in;
* ``joint``: subjects that stand for several people or a whole (names joined by "and", ``the
  two``, ``police``, a part), each name resolved by the resolver passed in;
* ``nominal``: a nominal source's speaker text, its owner resolved by the resolver passed in;
* ``resolve``: ``resolve_speaker``, the resolution of a source token through the one name
  resolver (with a document's author and a joint subject, which are resolved in turn).
"""
