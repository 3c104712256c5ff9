"""Pronoun sources: the person or group a "he", "she", "they" or "it" stands for.

A "he" or "she" goes to the nearest fitting person the article has made salient (a subject, a
quote's speaker, a person named in another role, the previous paragraph's), "they" to a plural
subject or a group, "it" to an earlier subject. The modules, each importing only those above it:

* ``binding``: the names a subject pronoun's own clause holds, which it cannot stand for
  (Principle C: ``They decided on Obama, she says``);
* ``clauses``: the sentences and subjects the search reads in the parse (main clause first,
  small clauses and the pronoun's own reported content passed over);
* ``furniture``: page furniture (a newsletter box, a photo caption) passed over for the prose
  paragraph before, and a heading that is a person's name alone;
* ``gender``: the gender a "he" or "she" asks of a named speaker or a common noun
  (``GENDERED_NOUNS``);
* ``number``: which subjects stand for several people (plurals, partitives, quantities, a
  family, a plural verb) and which stand for no one;
* ``subjects``: which subject names or describes a person;
* ``search``: ``pronoun``, the search for a "he" or "she", and the speaker of a recent quote;
* ``groups``: the searches for a "they" and an "it".

A subject found is resolved by the ``resolve`` function the caller passes (speaker resolution in
``newsdesk.quotes.speakers``, which in turn sends pronouns here), so the two stay one recursive
resolver without importing each other.
"""
