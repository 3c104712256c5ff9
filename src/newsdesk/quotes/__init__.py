"""Quotes: who said what, in what role, as direct or reported speech (layer ``quotes``).

Attributions follow ``docs/attribution-rules.md`` (PARC-style: source, cue, content). The work
is split by concern: ``marks`` reads quotation marks, ``cues`` holds the lexicon of reporting
verbs and nouns and finds cues in spaCy's dependency parse, ``content`` turns cues into content
spans, ``speakers`` resolves each source to the article's fullest name (with the name resolver
shared with the ``mentions`` layer), ``roles`` reads the stated role and affiliation,
``credit_lines`` reads the name on a credit line after a quotation (``“…” — Name, Outlet``).
Linking the same quote across outlets is a corpus step (``corpus``).

Why by hand: textacy's ``direct_quotations`` pairs well-formed marks in one paragraph and knows
nothing of reported speech, roles, or scraped text whose marks are broken; the GenderGapTracker
extractor (the field's reference) runs only on spaCy 2.

Each record: ``text``, ``start``/``end`` (offsets into ``article.text``; a direct quote's span
excludes its marks), ``direct``, ``kind`` (direct, indirect, mixed, partial, according_to,
noun), ``speaker`` (the full name, a nominal source's own text, or ``None`` when the source is
an unresolved pronoun), ``nominal`` (the speaker is a description, not a name),
``source_start``/``source_end`` (the source as it stands in the text),
``entity`` (from the ``mentions`` layer when it ran), ``speaker_span`` (where the resolved name
stands), ``affiliation``, ``role``, ``cue`` and ``cue_start``/``cue_end``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.article import Article
from newsdesk.quotes.attribution import attribute
from newsdesk.quotes.candidates import direct_candidates, inside, reported_candidates
from newsdesk.quotes.content import Context
from newsdesk.quotes.credit_lines import credited
from newsdesk.quotes.index import build_index
from newsdesk.quotes.marks import marked_spans, paragraphs

__all__ = ["QuoteAnalyser", "extract_quotes"]


class QuoteAnalyser:
    """The ``quotes`` analyser for ``newsdesk analyse`` (runs after ``mentions`` when present)."""

    layer = "quotes"
    version = 112  # 112: a paragraph of narration whose last sentence's subject is no
    # person gives a description the person named as that subject's owner ("Mr. Obama's
    # appointments … appeared to break new ground ¶ The president argued": Obama, not the
    # latest speaker); an apposition headed by a person's noun that ends in a name is that
    # person ("Another official, former deputy secretary of state John Doe, told");
    # 111: a passive verb of telling or asking with no agent, in the content
    # of a report before it, is that report's ("Muir reported that Clinton was asked “…”":
    # Muir); a speech verb inside a verb's content clause lends no subject to a verb
    # coordinated with it ("A group of physicians, alarmed that the administration is
    # denying …, is urging"); a finite verb with no subject after a relative clause and a
    # comma shares the relative clause's subject ("the President who has imposed …,
    # repeatedly threatened"); speech under "forgot to" or "neglected to" is left out, none;
    # 110: an organisation a description may stand for is as recent as its
    # latest mention, its own report by a source resolved to it among them ("The Washington
    # Post reports … ¶ …, reports the news agency ¶ …, reports the news agency": the Post,
    # not the Senate named once between); a definite plural is the nominal source of its
    # head that spoke before it however far back, unless people named together are a
    # subject since ("Researchers from Johns Hopkins University … the researchers warned");
    # 109: an adverb the tagger read as the noun a name is compounded on
    # ("Trump coyly stated") is no part of the name; an organisation's name the tagger cut
    # in two ("Committee" + "to Unleash Prosperity", "United Nations" + "General
    # Assembly") is one name;
    # 108: a description of a person takes the subject of a paragraph of
    # narration just before its own, ahead of the latest speaker ("Obama even went so far as
    # to claim … ¶ “…,” the president said"); a noun compounded on a person noun names a
    # person ("the retired neurosurgeon"); a description is not the subject of the clause its
    # own is coordinated with ("Obama considered naming Gupta …, but the neurosurgeon later
    # said": Gupta); an indefinite under a negation introduces no one a later description
    # would stand for ("We are not looking for a president who …");
    # 107: a name set after an animal's noun is an animal's ("Bush's dog,
    # Barney"), no person; a pronoun after a surname two people share casts no gender
    # vote; a pronoun in a clause put before its main clause points forward to the person
    # the main clause names; a definite noun of sex ("the man") is the unnamed person it
    # describes unless a name of its gender comes just before it;
    # 106: a description of an organisation takes a subject the tagger gave
    # no name ("Cards Against Humanity is asking … the company says", not a nearer name
    # compounded on a noun, "the U.S.-Mexico border"); a noun of a kind narrows a noun
    # of any organisation ("the news agency": an outlet); an earlier utterance whose maker is
    # named by a common noun speaks for it ("the US military said in a statement … the
    # statement said");
    # 105: a lead-in ending in a colon promises the words of its speech
    # verb's subject, an organisation too ("the Guardian writes that:"), a relative pronoun's
    # noun and a participle's noun ("Here's NPR explaining:"), of the maker of a noun of words
    # or a document that ends it ("Read the Times story:"), or of an organisation or document
    # that is its subject ("The House Committee gives an overview of the bill:"), a verb of an
    # "as" clause last; a quotation opening a paragraph after a paragraph of narration whose
    # last sentence has a person as subject is that person's, not the speaker's before;
    # 104: a possessor inside a source's phrase names the owner of a noun
    # there, not the source ("Attorneys for X's family"); an abstract object with a
    # "to"-infinitive on it is no speaker, the verb's subject is ("takes pains to assure"); a
    # participle read as a clause before the cue is the subject's reduced relative ("half of
    # the economists interviewed for a study said"); a relative pronoun hung on the main verb
    # stands for the noun before it ("X, who, in 1516, said"), unless the verb is passive; a
    # participle has no inverted subject ("noting the truth that"); "As the piece, by X,
    # details," is a reporting parenthetical whose verb the tagger read as a noun (X speaks);
    # 103: a reporting clause set off by commas inside what it reports is
    # inverted when a name follows its verb ("Political journalists, writes Clinton, …"); a
    # free adjunct after a clause coordinated with a noun's clause is the main verb's subject's;
    # a finite clause the parse hung on the root with no subordinator ("and minutes later X
    # took") is a main clause to a pronoun; "who" hung on a thing in a person's "of" phrase
    # is the person's ("a fan of the team who declared"); a name's adviser or aide ("Trump's
    # national security adviser says") is the person the next report names, named nowhere
    # before; "adviser" and "advisor" are heads of an unnamed person;
    # 102: a plural title before coordinated names is each one's, in the
    # singular ("Senators X (R-SC), Y and Z": Senator); a beat the tagger reads as a name of its
    # own after an organisation's name is part of the office ("NBC Capitol Hill correspondent":
    # NBC); "counsel" and "special" are title words of the quotes; a title word the tagger ran
    # into the name is read with the title before it ("Special [Counsel X]": Special Counsel);
    # 101: a verb right after a quotation ending in a comma, before a named
    # subject, reports it whatever the verb ("“…,” interjected her friend Jane Roe"); a name
    # after an abbreviation's full stop that the tokenizer took for a sentence's end is the
    # subject, not the abbreviation ("said Dem. Senator Jane Roe");
    # 100: a speaker's role and affiliation stated in a predicate whose subject
    # is the name ("X is a vice president with Y", "X has been Y's chief", "X works for the
    # state transport agency"), a title with its own "for"/"of" phrase before the name
    # ("Former U.S. Attorney for the Northern District of Ohio"), a hyphenated title word
    # ("Director-General", "co-chair"), an organisation whose name holds "of" or "for" before
    # the office in an apposition ("the Harbor Association of Builders chief economist"), the
    # "at" organisation after a department's "of" phrase; a time after an office ("since
    # 1998") is no part of the role; an auxiliary opening a question is no organisation;
    # before the name, two offices joined by "and" after an organisation's name are one
    # title ("Harbor University President and Chancellor") and "of" between capitalised
    # words is part of the organisation's name ("Bank of Harbor Governor");
    # 99: a given name alone that begins two of the article's full names is
    # the one written before it, when only one is ("Dale" after "Dale Ford", before "Dale
    # Smith"); a definite "the paper" that no earlier paper's owner explains is the outlet
    # named nearest before it, in its own or the previous paragraph, whose name says it is
    # one ("The Times reported … the paper said");
    # 98: an indefinite description of a person ("an FDA spokesperson told",
    # "one lawyer", "a young man") is an antecedent a "he" or "she" takes, in its own words,
    # before a person named further back, unless it is generic ("A nominee has to be") or
    # its verb, no reporting verb, has a named person as object ("a reporter interviewed
    # X"); a noun a copula equates with a name ("One man … is Tom Reed") names him;
    # 97: a nationality or a place that opens a title before an office is the
    # country (by the gazetteer) or the place it serves, not a part of the role ("Iraqi Prime
    # Minister": Iraq); a party's members and a party's adjective on a nominal source give the
    # party ("several Republicans"), a nationality on a nominal office the country; a
    # document's maker is its affiliation ("A new report by the Harbor Research Service");
    # a party stated at a mention keeps the office stated at another as the role; an
    # apposition counting the person among a role's holders ("one of his editors") gives
    # the plural's noun as the role;
    # 96: a counted description of people ("the two economists", "both
    # officials") is the latest coordination of that many people, in any clause of the last
    # few paragraphs, not an earlier subject of another kind ("China and other countries");
    # a colon's lead-in that reports speech ("As X explains, …:", "a spokesperson stated in
    # May …:") introduces the words of that speech verb's subject, not the person it names last;
    # 95: a definite plural or document that no other step resolves is the
    # phrase the article introduced it by, with the same head and number ("the researchers"
    # after "Researchers from Johns Hopkins University", "the advisory" after "A 16-page
    # advisory prepared by …");
    # 94: a description by an occupation no one was introduced as ("the
    # prosecutor") keeps its own words where the latest person was introduced as another;
    # a plural counted by a number or quantity ("a few polls") is no earlier document's; a
    # gerund opening its sentence as a clause's subject ("Insisting “…” puts us") reports
    # no one; a name hung on the hyphen of a split title ("co-chair X") is the subject;
    # "the girl", "the woman" is a person of that gender the paragraph has as a subject.
    # 93: a "he" or "she" passes over a name inside a noun's prepositional
    # modifier ("the testimony of X") and takes the latest quote's speaker when no other
    # person is named since; an indefinite pronoun's apposition is the source ("One, a
    # reporter from X, said"); a description naming a place ("the Ohio Republican") is no
    # one whose role names another place.
    # 92: verbs of naming ("named them", "referred to X as", "dubbed") and of
    # judging in words ("praised X as") report the quoted name or verdict they give
    # (capitalised too: "calls Cruz “…”"), not one negated or refused ("refusing to refer to
    # it as “…”"); a gerund in the perfect ("boasted of having
    # devoted") is a gerund, and "bragged about" reports its gerund as "boasted of" does;
    # quoted words that a noun of a title introduces with no cue ("CNN's headline: “…”") are
    # that title;
    # 91: speakers on opinion pages: "they" after a singular group noun the
    # article names no further is the group in its own words ("Michael Brown's family issued …
    # They said"); a definite noun outside the speaking lexicons that heads an organisation's
    # name named before is that organisation ("the Intergovernmental Panel on Climate Change …
    # The panel"); "according to" an outlet whose name a record's noun heads ("the New York
    # Post", "the National Post") is the outer level of a report passed on, not the speaker's
    # own record; a quotation with no verb that an owned noun of someone's words introduces
    # ("The New Yorker's description of the issue: “…”", "the Founding Fathers' promise that
    # “…”") is the owner's;
    # 90: the party's letter after a name ("(R-Texas)") or the place the
    # person is from ("of New Jersey", a place the tagger reads) no longer hides the apposition
    # after it ("ranking member of the House Science Committee"; a noun phrase that names
    # people) or the title before the name ("Democratic Rep."), and the place is the
    # affiliation only where neither names one nor the party; a name there that only modifies
    # a common noun ("the Senate group") is no affiliation; an apposition headed by a party's
    # member ("a Republican from Alaska", "the Utah Republican") states the party and no
    # role, so the title before the name is the role;
    # 89: a cue's frame and place read where the parse hangs them elsewhere: a
    # directive's infinitive after its hearer brought in by "on" or "with", parsed as an
    # adverbial clause ("calling on McSally to remember", "pleading with parents to control");
    # content before a reporting clause that the parse hung as a conjunct of the content's
    # verb, with the cue's subject before it or inverted after it ("[…], Graham told The Daily
    # Beast", "[…], cautions the Journal"), split around it where material follows ("[…],
    # argue Simpich and Jaffe, […]"); a fronted clause with its own subject and tense but no
    # conjunction that the parse took for an adverbial clause ("Maliki still hasn't done
    # enough …, several top Senators told The Daily Beast"); a "for" phrase before a directive
    # ("For his part, Holder urged X to …") is no subject of its infinitive.
    # 88: a description resolves past three gaps: a company's industry noun
    # ("the drugmaker", "the planemaker") and a candidacy's ("the presidential hopeful") are
    # nouns of kind; a photo's caption and a dateline's credit ("(AP Photo/...)", "WASHINGTON
    # (AP) -") are no referent of "the company"; a capitalised office with the words that say
    # which ("the former Marine General", "the Prime Minister"), which the tagger takes for a
    # name, is the person a sentence just before has as its subject, a past office of that
    # person where the article gives no one the office; a mass noun with no determiner ("New
    # research suggests") is a document of no earlier speaker;
    # 87: a speaker's role and affiliation read from any of their mentions: a
    # courtesy title ("Dr.") gives way to a role stated at another mention, and a mention
    # that states an affiliation takes the role stated with the same organisation elsewhere
    # ("Harbor's Lopez" after "Maria Lopez, a professor at Harbor
    # University"); an affiliation is the whole organisation name the tagger or the
    # mentions give ("Center for a Stronger Economy", not "Center"; "WHO" -> "World
    # Health Organization", an organisation's initials or one word of its name the article
    # spells out once); a description set off by commas before the name states the role
    # ("The chairman of the House Budget Committee, Maria Lopez, said"); an
    # organisation's name opening a title is its affiliation ("White House press
    # secretary"); a place compounded into a phrase an organisation's name heads is none;
    # "Lopez campaign spokeswoman": the campaign is the affiliation; "(R., Ariz.)" a party;
    # 86: "they" stands for a plural subject the parse heads with a word of
    # quantity, not for the speaker before: a quantifier with no "of" phrase ("Many in the
    # GOP cite ..., they say") or an indefinite noun that counts the people or group of its
    # "of" phrase ("An array of advocacy groups rallied ... They say");
    # 85: a cue's relative clause (or infinitive) on a group that a copula's
    # "among" puts its subject in speaks as that subject ("Pepsi, Coca-Cola, Costco and
    # Winnebago are among retailers that said": the four, jointly; "Tillis is among four
    # Senate Republicans who have said": Tillis), not as the group's description;
    # 84: a joint source reads the names "and" joins past a common noun: those
    # in apposition to the source noun ("Defense lawyers Stephen Sady and Lisa Hay": both) and
    # the name right after a title that the parse makes the conjunct ("Co-host Brian Kilmeade
    # and Fox News contributor Tony Shaffer": both, where the parse hangs Shaffer on Kilmeade);
    # 83: a bare quotation that the next sentence names by a pointing noun
    # of speech takes the person that sentence gives as its maker ("“…” These comments ...
    # were made last month by Boris Johnson", "“…” Those words from a decision by Judge
    # Ketanji Brown Jackson"), before the subject or speaker of an earlier sentence;
    # 82: a joint source names every name the parse coordinates with its
    # first, not only the first two ("Britain, the United States and Canada accused"), and a
    # person's name that closes such a coordination before the verb no longer takes the
    # subject's place alone ("The Braves, Chiefs and Blackhawks said"); a participle right
    # after a person's name that "of" governs is that person's, not the noun further back the
    # parse hung it on ("the fact that ... before playing a soundbite of Clinton telling");
    # 81: an organisation's show or column that its possessive owns speaks as
    # the organisation ("the New York Post's Page Six": New York Post); a company's short name
    # is the name the article writes with its kind's word after it ("GateHouse" -> "GateHouse
    # Media"); a description whose only name-like word is a nationality's adjective and whose
    # head is a noun of a kind of organisation ("The German automaker") stands for the one of
    # that kind the article names, not for its own words;
    # 80: a pronoun subject of a reporting verb passes over the subject of the
    # content that verb reports before it ("The agency's mistakes are no excuse ..., they
    # argue": the critics named before, not "The agency's mistakes");
    # 79: a source phrase ending in a preposition with no object takes the
    # nouns the parse hung on the cue as that object ("As my contacts in Kazakhstan indicate":
    # "my contacts in Kazakhstan", was "my contacts in") or leaves the preposition out;
    # 78: a nominal source reached through a pronoun ("They said": some
    # experts) or an earlier description ("the expert") has the role and affiliation it has as
    # a direct subject, by one reading (sources.nominal_speaker); a party is written by its
    # name ("Republican Party" for "a Republican", "GOP", "R-Neb."), as docs/attribution-rules.md
    # now states.
    # 77: a nominal source's head noun is its role ("some experts": experts),
    # a proper noun that owns it or follows "for", "at", "of", "with" or "from" the
    # affiliation ("analysts at Beacon Policy Advisors"); coordinated titles before a name are
    # its role ("adviser and first daughter Jane Doe"); a party's letter after the name's comma
    # is no apposition ("Sen. Jane Doe, R-Neb.": Sen., Republican); a legal form ends no
    # sentence before a title ("Walt Disney Co. executive"); an affiliation is the fullest name
    # the article's entities give it that spells it out (WHO -> World Health Organization);
    # a capitalised office with its own "of" phrase is one title where an organisation follows
    # ("Head of Research at Kotak Securities"); a relative clause's copula complement after
    # the name reads as its apposition ("Jane Doe, who is now an immunologist at Stanford");
    # 76: a quotation that closes its sentence is no material of a speech verb
    # after it that reports a that-clause of its own ("“…” Martha added that …": the quote
    # stays with the cue before it); a name the tagger stops just after an apostrophe
    # ("Terrence O’") runs on to the rest of the name ("Terrence O’ Shaughnessy");
    # 75: what follows a speaker's name after a comma is its apposition only
    # where the parse reads a noun phrase there (", noting that …", ", however," no role), so
    # a title before the name is read instead ("NASA administrator Jim Bridenstine, noting");
    # a proper noun the parse puts on the name as its possessive owner, no person's name in the
    # text, is the affiliation ("Fox News' Tucker Carlson": Fox News);
    # 74: a possessive pronoun that owns a noun cue with its clause is the
    # cue's source, resolved as the subject pronoun is ("his claim that …" as "he claimed
    # that …", "their" as "they", "its" as "it"); "his promise of help" no report;
    # 73: a lower-case noun the parse attaches to a speaker's name as its title is
    # the role, the capitalised words before it the affiliation ("Wild coach Bruce Boudreau":
    # coach, Wild), whether or not the title lexicon lists it;
    # 72: a record that "according to" names, set off from its clause, is a
    # source ("…, according to court records"; "paid according to their records" no report),
    # and a name's initials compounded on a document own it however tagged ("ICE records");
    # 71: a quoted word the parse makes its speech verb's subject is not its
    # own speaker ("“42,” replied Harriet Vance": Harriet Vance, was the number, no speaker);
    # 70: an indefinite description ("a spokesman", "one of the state's
    # senators") is the person the next sentence names where that person's role is the
    # described one, abbreviated or not ("Sen."), or only a rank ("Maj"); and a
    # person's name set off by commas right before the subject's verb is the subject's
    # wherever the parse hung it ("the head of China's National Health Commission, Ma
    # Xiaowei, laid out"; "Another, Judith, said");
    # 69: one quoted word is attributed where the parse makes it an argument
    # of a speech verb (called it "immaterial", described it as "improper", "Exactly,"
    # replied Caplan), its comma inside the marks left out;
    # 68: a reporting verb's noun in -ing with a possessor speaks for the
    # possessor as a document does ("According to Smith's reporting": Smith);
    # 67: a Roman numeral suffix that ends a sentence ("said Carl Brennan,
    # III.") is the name's, its full stop not, and a suffix is a word the generational
    # lexicon lists (a capitalised "JR" too), not a list of its own;
    # 66: a quotation whose reporting clause hangs on a reporting verb after it
    # with a source of its own ('"…," said X, reports The Washington Examiner') is that
    # source's, at the outer level, and that later clause is no content of the first;
    # excerpts are the speaker's own record ('"…" Holder is to say, according to advance
    # excerpts': Holder);
    # 65: a full name keeps a generational suffix written after a comma
    # ("Jerry Falwell, Jr." is Jerry Falwell Jr., as with no comma), and a surname alone
    # after it (or with the suffix, "Falwell Jr.") is that suffixed name;
    # 64: a "he" or "she" after page furniture (a newsletter box, a photo
    # caption, a list of links) reads the prose paragraph before it as the paragraph before;
    # 63 (61 on its branch): a participle set off by a comma after a
    # clause on the verb's object ("echoed the beliefs … that the NRA has moved …, telling
    # Politico", "defended the decision to …, even going so far as saying") speaks for the
    # main verb's subject; a "he" or "she" after a sentence with no person subject stands for
    # the person who owns its subject ("Trump's remarks shared … Instead, he"), before one
    # further back; a "they" passes over the subject the parse gives a verbless small clause
    # ("By declaring Israeli settlements illegal, they said": the officials before it);
    # 62: a rank written out before a name that modifies a noun after it ("Major Kessler
    # Group suppliers") is the common word, so the name stays an organisation;
    # 61: a name the tagger labelled an organisation or a place after a rank
    # written out ("General Campbell") is a person, as after "Gen.", so a "he" after it may
    # stand for him;
    # 60: a document the tokenizer split at its hyphen ("the op-ed written
    # by X") is read as a document, so it speaks for the author its participle names;
    # a document whose author is stated but not named ("an op-ed by an anonymous
    # official") keeps its words, and a denied authorship ("was not the author of") names
    # nobody;
    # 59: an object and an infinitive under a verb of no object control
    # are a purpose, whose subject is the verb's own ("emailed its customers to inform
    # them that": the sender's, not the customers'; "prompting Flake to post" still Flake's);
    # a quantifier of a pronoun ("Some of them say") is the group before it the pronoun
    # stands for, found as a "their" is, and a "they" after it is that group too;
    # 58: a roundup's credit line with no dash may be the house voice
    # ("The Editors, National Review", the outlet's) and credits a quotation no cue
    # attributes after a lead-in ("Dated but relevant: “…”"); a quotation that a cue
    # before it and one after it could each attribute is the one's whose clause the parse
    # puts its words in ("informed Americans that "…." Biden suggested that", "whom he
    # calls “…” — and she …, saying");
    # 57: the counterfactual perfect contracted is one too ("could've
    # said", "he’d have said" with a curly apostrophe);
    # 56: a date the parse made a subject's head ("states the Jan. 19, 2018,
    # cable": "Jan." with "cable" in apposition) is no source, the noun it dates is; a
    # subject the tagger left out that a "who" clause follows is a person's name
    # ("Esquire's Charles Pierce, who authored ..."), whom a "he" after it may stand for;
    # 55: a speech verb in the counterfactual perfect ("could have said",
    # "would have ... insisted") reports no speech, nor one in an infinitive on a noun of
    # failing, refusing or trying ("The failure of Democrats to point out that ...");
    # 54: a name's head is read as written before its final dot is dropped
    # ("McClatchy Co." is a company, as "Acme Corp." was: the table holds "co." not "co");
    # 53: 51 and 52 together (each was measured alone on its branch);
    # 52: the subject of a passive verb of telling is the hearer, so a quote
    # it introduces has the "by" phrase or no one as speaker ("all Americans are told, '…'");
    # "they" stands for a quantifier of a plural "of" phrase ("Most of the experts");
    # a "he" or "she" for an office written capitalised as a main clause's subject ("The
    # Pope typically protests violence, but he implied");
    # 51: an *as* clause set off inside its sentence reports the clause it
    # stands in however the parse hung it ("One reason—as X have argued—is that ..."), and
    # a directive's *for* that the parse took for a complementiser keeps its infinitive
    # ("begged for the officer to stop"); *indicate* and *project* report a clause ("the
    # department indicated that ...");
    # 50: a noun of any organisation ("the group", "the agency") is the nearest
    # organisation named before it, of one table of kinds with the entity types; "their"
    # and "they" after names joined by "and" are all of them, and a party named in the
    # plural owns as a group ("Their leader" -> "Democrats' leader");
    # 49: a paragraph-opening pronoun reads the previous paragraph's main
    # subjects with the same test as the rest (a described person, a gendered noun);
    # 48: a nominal source owned by "its" or "their" names its owner as
    # "it" and "they" are resolved, never a person ("its CEO" -> "Acme Corp.'s CEO");
    # 47: a description of an organisation ("the network", "the court",
    # "the company") is the nearest organisation named before it whose name may be of that
    # kind, else its own words, not the latest organisation that spoke; a document's owner
    # is the subject the parse hung on a hyphenated adverb ("The company flat-out denied");
    # 46: a name ending in *s* after "the" is a family only when "the" is the
    # phrase's one word before it ("the late John Adams" is one man, a he);
    # 45: both of the two below;
    # 44: a surname is the person the mentions layer now names in full where the tagger
    # took the given name alone ("Attorney General [Sally] Yates … Yates said"),
    # and a source's name is not looked for in its relative clause ("the Affordable Care
    # Act, which says that Secretary Kathleen Sebelius …": not Sebelius);
    # 43: a he/she stands for a subject that a person's name is in apposition
    # to, or that is a proper noun the tagger missed there but reads as a person elsewhere,
    # and never for a family in the plural ("The Clintons"); one that opens its paragraph
    # with no one named before it stands for the main subject of the paragraph before's last
    # sentence before the speaker of a quote earlier there;
    # 42: "the former president" when the article names no former holder
    # keeps its own words, not the latest person given another title nor a current holder;
    # 41: "the former president" among the subjects before it and as the
    # one holder is a former holder, not the current one; an indefinite under an implicative
    # verb's infinitive ("went on to meet a president") introduces someone;
    # 40: of several holders of an office, "the former president" is the
    # former one named most, not the current holder;
    # 39: an office said in the present is no former holder's ("the secretary
    # of state" is not "former Secretary of State Rex Tillerson"); a capitalised office several
    # people are given is the one named most ("the President"); a place is no person speaker;
    # an indefinite under a modal introduces nobody ("can … elect a president who");
    # 38: a person's name starts at its given name when the tagger ran words
    # before it into the name ("National Intelligence James Clapper" is James Clapper);
    # a plural's possessive ending does not end a nominal source ("teachers’ unions");
    # 37: a surname people of both genders share has no gender; every
    # -man/-woman role word of the lexicons is gendered ("the councilwoman");
    # 36: a bare surname two people share is the salient one's (mentions 17);
    # a comma or a lower-case continuation opens no sentence ("Davis, in her op-ed, asked");
    # 35: a compound office ("Secretary of State") is not cut inside a
    # speaker's name and is one role; every describing noun is a role word ("the county auditor");
    # 34: a "he" or "she" is no person whose given name is of the other
    # gender with nomquamgender's confidence, nor a description of the other gender ("the
    # spokeswoman"), and such a description is no person of the other gender;
    # 33: "he" or "she" may stand for a person an indefinite noun of its
    # gender brings in ("a woman"); a subject a "who" clause describes is a person; a quote
    # in a sentence with no subject of its own is the speech verb's set before it ("As X
    # wrote, …, "…"");
    # 32: a description in apposition to a name is the name whatever its
    # head; one person's noun with a party's, organisation's or place's name on it is a
    # description ("the GOP nominee"); a pronoun follows the same pronoun in any clause
    # before it; of the people a paragraph names in no subject, the one nearest the main verb;
    # 31: a description run into a name cut off; a verb's nearest subject; an
    # inverted subject's head; 30: of two full names as long that a speaker's shorter name may
    # stand for, the first the article gives (the string hash chose before);
    # 29: link text is cut from a name only where its surname comes again
    # ("Ahmed Ali Ahmed Hassan" stays whole); "they" after a singular group ("the jury") takes
    # no earlier speaker; a description's office holder is found once for all candidates;
    # 28: a noun cue repeated by a verb of saying again is that verb's
    # subject's report with the verb as cue; a report named again with its own words keeps its
    # author; a study's "found" needs a tensed or that-clause ("found him guilty" is a verdict);
    # "they" stops at a singular group of people ("the jury");
    # 27: a later "the report" takes no author from behind a report set apart
    # by a capitalised word the author does not agree with ("the Republican majority report"
    # is no "report by the Democrats"); "they" passes over a singular thing ("The fact that
    # the Democrats …, yet they said"); an outlet named before "reporter" or "post" is no
    # person ("mentions" 10);
    # 26: a name run into a link card is cut only where a person's first word
    # comes again whole ("Marco Rubio Marco Antonio"), never an organisation's or a place's;
    # 25: a that-clause hung on a preposition's object after the cue is its
    # content; verbs of proposing, demanding, complaining and conjecture and "rule" report a
    # clause; what a poll or study "found" is its statement; "each" is a source; "posted"
    # reports a clause; a noun cue's clause after the copula; "in X's words"; a noun cue
    # that a verb of saying again takes is that verb's report;
    # 24: "The president himself" is a description, a party narrowed by a
    # phrase after it keeps its own words, initials count a hyphenated word's parts, a colon
    # quote is its clause's subject's, a document is not its receiver's, an order to speak is
    # no attribution, a name run into a link's card is the name before the repeat;
    # 23: an aside set off by dashes ("— and this matters —") is no coordination
    # of the source;
    # 22: a nominal source ends before a relative clause whose verb it would
    # leave out and before a time after its noun, and keeps a coordination across a dash;
    # 21: a party or nationality narrowed down ("At least 10 Republicans") is
    # a nominal source; "the president" goes to the most-named holder when the latest person
    # holds another title; a description in apposition to a name is the name; a screen name
    # alone in its marks is a source; "the expert" after "an expert" stays unnamed; "they"
    # after "Her aides" and "whose lawyers" have the owner resolved; "Some GOP strategists"
    # is no name;
    # 20: a "he" or "she" is no plural common noun; "The Republican" is a
    # subject a pronoun stands for; "it" an organisation's description; a person's
    # description is its paragraph's named subject before the latest speaker ("the GOP
    # leader" too, not "the Trump lawyer"); "write X and Y" is joint; "used her time to
    # insist" is the subject's;
    # 19: a cue in a relative clause reports the clause after it ("which he
    # said include ..."); clauses the parse misplaced (a finite open complement, a that-clause
    # on the hearer of "tell", the clause's subject taken for the object of "say": the whole
    # mixed clause, not its quoted words); "relate", "confide", "divulge", "insinuate",
    # "blurt" (VerbNet say-37.7); quoted words another clause carries on are not the material
    # of a speech verb further on;
    # 18: a roundup's credit line with no dash, a name and an outlet alone after
    # the quotation ("“…” ¶ Jane Doe, Washington Post"), names its quote's speaker;
    # 17: "reports suggest" is documents in general, not an earlier report's
    # author; the agent of a participle of getting ("the lawsuit, obtained by Mediaite") is no
    # document's author; "the President" is the one person the article gives that title now;
    # a family name a particle opens is a short form ("Vander Plaats");
    # 16: cue frames that report nothing (the writer's "I would say", an
    # indirect question or purpose clause after a directive, a clause set against "according
    # to X" by "but", a clause past the cue's noun object and a comma, "X, he said, and Y"
    # with nothing before), content ending at a dash and "but", quoted labels ("the “…”
    # firm");
    # 15: a company's name without its legal form is its full name
    # ("McClatchy" -> "McClatchy Co."), a name in apposition to a definite noun of an
    # organisation's kind is that organisation ("The group ..., Big Machine, says"), a noun a
    # cue's relative clause describes as a copula's predicate is its subject ("FedEx became
    # the first sponsor to announce"), a name modifying a document owns it ("the AAP
    # recommendation"); 14: non-finite content (a gerund: "denied being unfair", "accused X of
    # lying"; a directive's or commissive's infinitive: "urged X to", "promised to", "called
    # on X to"), the clause an "as" clause on a cue modifies ("As McConnell noted, ..."),
    # gerund cues on a preposition ("by saying"), cue words tagged as nouns ("some argue"),
    # "it" with a statement verb ("it said") and "However, according to X, S";
    # 13: a nominal source's owner resolved ("his lawyers" -> "Donald Trump's
    # lawyers"), a name after a person's title is a person, "the couple", "it" after a subject
    # of its own sentence, a pronoun after a description of a person's office, a title
    # description given to the one holder of the title; 12: "according to X" set off by
    # commas or dashes inside its sentence splits its content in two ("The conflict,
    # according to Trump, derives from ..."); 11: reported content split by a reporting
    # clause between commas ("The plan, Smith argued, would fail"); 10: a document with its
    # owner for a participle right after it, a plural document no previous speaker's; 9:
    # credit lines ("“…” — Name, Outlet") name their quote's speaker; 8: "according to X"
    # around quoted words or a report of its own; comma
    # participles after reported content speak for the reporting verb's subject; a closed
    # quotation keeps its speaker from the next sentence's verb; "as X reported" and a report
    # inside a later verb's content at the outer level; 7: nested reports at their outer
    # level ("said, according to X"); 6: main-clause subjects first for pronouns, counted
    # joint sources, hearers of "tell"; 5: spelled-out acronyms, named groups, untagged
    # organisations, nominal antecedents, generational suffixes; 4: plural "they", document
    # owners, subject chains; 3: hyphenated and untagged names, genders from pronouns;
    # 2: attribution rules

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]:
        return extract_quotes(doc, article)


def extract_quotes(doc: Any, article: Article) -> list[dict[str, Any]]:
    """Direct and reported quotes of one article, in text order."""
    spans = marked_spans(article.text)
    index = build_index(doc, article.annotations, [(s.open_at, s.outer_end) for s in spans])
    quoted = [(s.open_at, s.outer_end) for s in spans]
    context = Context(doc, article.text, index, paragraphs(article.text), quoted)
    direct = direct_candidates(context, spans)
    reported = reported_candidates(context, direct)
    direct = [c for c in direct if not any(inside(c, r) for r in reported)]
    for candidate in sorted(direct + reported, key=lambda c: c.start):
        context.history.append(credited(context, attribute(context, candidate)))
    return [{k: v for k, v in record.items() if k != "_label"} for record in context.history]
