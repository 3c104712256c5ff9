"""The title lexicon: the words news English writes before or around a person's name to say
what the person is ("Sen.", "Mrs.", "Foreign Minister", "spokesman").

Data only; every reader of titles imports it (the mentions layer, the name resolver of
``newsdesk.entities.people``, the quote roles in ``newsdesk.quotes.roles``), so a word added
here is a title everywhere. No library ships such a list for news English: spaCy tags
"President" as a proper noun like any other name, and its lexical attributes say nothing of
titles. Where the words come from:

* courtesy titles and the abbreviated titles before a name are the ones English news style
  writes (the AP Stylebook's "titles" and "military titles" entries: Gov., Sen., Rep., Lt.,
  Gen., Col., Sgt., Capt., Adm., Cmdr., Maj., the Rev.), with and without the full stop and
  with the plural forms used before two names ("Sens.", "Reps.", "Messrs."); the ranks
  among them are offices also written out ("Sergeant", "Captain", "the Reverend"), which
  the quotes read from the same ``SPELLED_OUT``;
* office nouns and the words a title is built of ("Acting Foreign Minister", "spokeswoman",
  "professor") were collected from the seed articles and the development news sets.
"""

from __future__ import annotations

#: Courtesy titles, lower-cased, with and without their full stop. "Miss" and "Dame" are
#: titles only in a name (``NAME_TITLES``): in lower case "miss" is a verb ("Don't miss Fox
#: News"), and a token's lower-cased form is what this set is matched against.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "madam",
    "messrs", "messrs.",
})
#: Honorifics that say how the article addresses a person, not what they do: a professor's
#: title says that (a professor), so it is no courtesy.
COURTESY_TITLES = frozenset(word for word in HONORIFICS if not word.startswith("prof"))
#: Honorifics that say the person is a woman or a man.
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame"})
MALE_TITLES = frozenset({"mr", "mr.", "sir"})

#: The office each abbreviated title stands for ("Sen. Ted Cruz" is a senator).
SPELLED_OUT = {
    "gov": "governor", "sen": "senator", "sens": "senator", "rep": "representative",
    "reps": "representative", "pres": "president", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "capt": "captain", "adm": "admiral",
    "cmdr": "commander", "maj": "major", "rev": "reverend",
}
#: Abbreviated titles written before a name: each with its full stop, the short ones that
#: are no English word without it too (British style writes "Sgt Johnson").
ABBREVIATED = frozenset({f"{short}." for short in SPELLED_OUT}
                        | {"gov", "sen", "rep", "lt", "sgt", "capt", "cmdr", "adm", "maj"})

#: Ranks of the armed forces and the clergy, written out: the offices ``SPELLED_OUT`` gives
#: for the abbreviated military and clerical titles ("Sgt.", "Capt.", "Maj.", "Rev."), so a
#: rank written out ("Sergeant Jane Roe", "the captain") is the title its abbreviation is.
RANKS = frozenset(SPELLED_OUT.values()) - {"governor", "senator", "representative", "president"}
#: A rank that English writes far more often as an adjective ("a major donor"): a title word
#: before a name ("Major Jane Roe"), no office noun that makes a phrase a role.
ADJECTIVE_RANKS = frozenset({"major"})

#: Office nouns: a phrase naming a role must contain one. The ranks are offices too, but for
#: the adjectives ("general", an office here before the ranks were, stays one).
OFFICES = RANKS - ADJECTIVE_RANKS | frozenset({
    "president", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "secretary-general", "chairman", "chairwoman", "chair", "premier", "chancellor", "king",
    "queen", "prince", "senator", "governor", "mayor", "leader", "chief", "head", "director",
    "envoy", "prime", "counterpart", "professor", "fellow", "researcher", "analyst", "expert",
    "correspondent", "editor", "official", "diplomat", "sinologist", "ceo", "founder", "lawmaker",
    "judge", "speaker", "ministry", "emperor", "pope", "sheikh",
})
#: Words that may sit inside a title before a name ("Acting Foreign Minister").
TITLE_WORDS = OFFICES | ADJECTIVE_RANKS | {
    "foreign", "deputy", "acting", "vice", "former", "then", "defense", "defence", "interior",
    "finance", "economy", "trade", "state", "first", "senior", "supreme", "general", "executive",
}
#: Titles that only a person holds ("President X" is a person whatever the tagger says); a
#: name written just before one modifies it ("Kazakh President").
PERSON_TITLES = frozenset({
    "president", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "premier",
    "chancellor", "king", "queen", "prince", "senator", "governor", "mayor", "leader", "envoy",
    "secretary-general", "sinologist", "professor", "counterpart", "speaker", "congressman",
    "congresswoman", "representative",
})
#: Offices written after the organisation or place a person serves in them, which is an
#: actor of its own ("Treasury Secretary", "IRS Commissioner", "Franklin County Auditor").
SERVING_OFFICES = frozenset({
    "secretary", "chairman", "chairwoman", "treasurer", "comptroller", "auditor", "sheriff",
    "commissioner", "councilman", "councilwoman",
})
#: Titles cut off the start of a person's name the tagger ran them into ("State Treasurer
#: Josh Mandel" is Josh Mandel).
PERSON_OFFICES = PERSON_TITLES | SERVING_OFFICES
#: A monarch's titles, which news style keeps with the name ("Queen Elizabeth II").
MONARCHS = frozenset({"king", "queen", "prince"})
#: The nouns for one member of a party ("The Republican", "the Arizona Democrat"), with the
#: party each names: a person, where the party's own name ("the GOP") is an organisation.
MEMBER_PARTIES = {"republican": "Republican Party", "democrat": "Democratic Party"}
PARTY_MEMBERS = frozenset(MEMBER_PARTIES)
#: Nouns of what a person is that the tagger runs into the name written after them ("St. Paul
#: Democrat Michael Paymar", "State Treasurer Josh Mandel"): a party's member and the titles
#: only a person holds and the offices, but a monarch's title, which stays with the name.
DESCRIBING_NOUNS = PARTY_MEMBERS | PERSON_OFFICES - MONARCHS
#: Titles that are no part of the name they stand before ("Sen. Jeff Flake" is Jeff Flake).
NAME_TITLES = HONORIFICS | ABBREVIATED | {
    "miss", "dame", "president", "senator", "governor", "mayor", "representative",
}
#: Titles of a judge or a legislator that also begin the names of organisations ("Justice
#: Department"): taken off a person's name ("Justices Ruth Bader Ginsburg"), left on others.
OFFICE_TITLES = frozenset({"justice", "justices", "congressman", "congresswoman", "speaker"})
#: Words of the role that a title before a quoted speaker's name states ("House Majority Whip",
#: "U.S. Attorney", "GOP strategist", "the county auditor"): the describing nouns, other
#: offices and occupations, with the chamber, party and country words such titles are written
#: with.
ROLE_WORDS = ABBREVIATED | {"dr.", "prof."} | DESCRIBING_NOUNS | {
    "adviser", "advisor", "analyst", "attorney", "candidate", "ceo", "chair", "chief", "commander",
    "defense", "democratic", "deputy", "director", "economist", "executive", "expert", "foreign",
    "former", "founder", "general", "head", "house", "judge", "justice", "lawmaker", "majority",
    "minority", "nominee", "officer", "official", "pastor", "prime", "researcher", "senate",
    "state", "strategist", "u.s", "u.s.", "vice", "whip", "white",
}
#: Words of a role a quoted speaker's title states that the other readers of ``ROLE_WORDS``
#: do not take: "counsel", the lawyer's office a government or a body appoints ("White House
#: counsel", "general counsel"), and "special", which qualifies it as it does an envoy or an
#: agent ("Special Counsel", "special envoy"; the AP Stylebook's "special counsel" entry).
#: "administrator", the head a government appoints to an agency ("NASA Administrator", "EPA
#: Administrator"; the AP Stylebook's "administrator" entry: capitalised before a name).
#: They are kept apart because the entities layer reads ``ROLE_WORDS`` as words that begin no
#: name, a reading these words were never checked for.
APPOINTED_OFFICES = frozenset({"counsel", "special", "administrator"})
