"""The common nouns of kinds of place, one lexicon for the entities' place cues
(``kinds``) and the quotes' speaker nouns (``quotes.nouns``), which name no speaker. A word
list, written by hand: WordNet's noun.location holds these among thousands of words for
positions and regions that are no place with a name."""

from __future__ import annotations

#: Units of local government a name modifies as the unit's own name ("Wayne and Oakland
#: counties"), not as a kind ("GOP states", "Rust Belt cities"); lemmas.
UNIT_NOUNS = frozenset({"county", "province", "district", "parish", "borough", "township",
                        "prefecture", "governorate", "municipality"})
#: Lemmas of the common nouns of places with a government: "the city of Hama", "the towns of
#: Daraa and Hama".
GOVERNED_PLACE_NOUNS = UNIT_NOUNS | {"city", "town", "village", "state", "region", "capital",
                                     "port", "suburb", "hamlet"}
#: Every kind of place, governed or not ("neighborhood", "island", "continent").
PLACE_NOUNS = GOVERNED_PLACE_NOUNS | {
    "country", "neighborhood", "neighbourhood", "island", "settlement", "continent", "land",
    "kingdom", "territory", "community"}
#: Words of the names of places of nature, which have no government even where a state follows
#: them ("Lake Tahoe, Calif.", "Death Valley, California").
NATURE_WORDS = frozenset({
    "lake", "lakes", "river", "valley", "mount", "mountain", "mountains", "bay", "beach", "island",
    "islands", "park", "canyon", "forest", "desert", "coast", "sea", "ocean", "gulf",
    "peninsula", "creek", "falls", "basin", "range", "hills", "springs", "sound", "cape",
})
