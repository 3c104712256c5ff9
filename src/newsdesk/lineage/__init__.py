"""Copy lineage: exact duplicates, near duplicates, reused passages and rewrites; then stories.

``update.update_lineage(store)`` is a corpus step (``newsdesk analyse`` runs it). It is
incremental: each article is fingerprinted once per version and its fingerprints are kept in the
store, so a run compares only the articles that are new since the last run, and compares them
only with articles that share a fingerprint (no all-pairs comparison).

* **exact**: the same normalised text (NFKC, case-folded, quotes and dashes unified,
  whitespace collapsed). The copy links to the source (``source_order``) and is not indexed
  again, so it never counts twice as separate evidence. When a new article outranks the
  processed holder of its text, the holder and its copies are processed again as its copies.
* **near**: MinHash (datasketch, 126 permutations) over word 5-shingles, banded into
  42 bands of 3 rows whose keys live in the store (a pair at Jaccard 0.5 shares a band with
  probability 0.996). Candidates are checked with the exact Jaccard of their shingle sets:
  a near duplicate has Jaccard >= 0.5, or one article holds >= 90% of the other's shingles
  (a trimmed copy).
* **passage**: sampled word 8-gram fingerprints (hashes that are 0 mod 4) over the text and
  the captions that cleaning removed find candidate pairs (at least 2 shared). The shared word
  runs of a pair are found from word 5-gram hits, extended to maximal runs and joined across
  edits of up to 6 words. A passage has at least 20 matching words, and at least one of its
  fingerprints is held by no more than 5 articles (else it is site boilerplate or wire text).
* **rewrite**: sentence alignment from ``newsdesk.rewrite`` on candidates from a second
  MinHash band index over content-word stems (42 bands of 4 rows; the stem sets must have
  Jaccard >= 0.4 before sentences are aligned). The sentences are the stored ``sentences``
  layer (the parse's), read in one query for the candidates; an article without it is split
  by the regex fallback. Each article's stems are computed once, when it is fingerprinted,
  and kept in the store (``lineage_stems``): a later run checks a stored candidate against
  them without reading its text, and reads texts and sentences only for the pairs that pass.

A pair gets one link, the first kind that holds in the order exact, near, rewrite, passage.
The link goes from the copy to the source, chosen whatever order the articles arrived in
(``source_order``): the earlier published day, then the earlier time of day where known, then
a wire agency's article, then the store's order of ties (``newsdesk.store.ordering``: the
hash of what was read, then the file name, path and locator), which does not depend on where
the files lie, and the article id only between inputs that tie on all of these.

The modules, one concern each:

* ``fingerprints``: what is kept of one article to find its copies (the normalised text and
  its hash, MinHash band keys over shingles and content stems, passage marks, the segments
  searched for passages);
* ``pairs``: comparing two articles (``PairComparer``: shingle overlap, shared passages from
  word runs, the rewrite check; ``compare``, ``shared_passages``);
* ``links``: the ``Link`` record, the kinds that make an article a copy (``COPY_KINDS``) and
  reading stored links (``links_of``, ``as_seen_from``, ``duplicates_by_article``,
  ``span_text``);
* ``update``: the corpus step (``update_lineage``): fingerprint pending articles, find
  candidate pairs in the store, compare them, save the links;
* ``stories``: stories from clusters joined by copy links (``update_stories``,
  ``update_stories_near``) and which article ranks as a source (``source_order``); the
  clustering itself is ``newsdesk.stories``.

Written here because no maintained package does it over an embedded store: the band-key
index (datasketch's ``MinHashLSH`` keeps its index in memory, Redis or Cassandra), the
fingerprint sampling and the passage extension. MinHash itself is datasketch's.
"""

#: Word 5-gram Jaccard from which two texts are near duplicates (the near-duplicate definition;
#: defined here, in the package's import-free entry, so that ``newsdesk.rewrite`` reads it
#: without importing the modules that call it).
NEAR_JACCARD = 0.5
