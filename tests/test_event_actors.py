"""Source and target actor spans from the parse (``newsdesk.events.actors``), on real sentences.

Sentences are quoted from the PETRARCH-2 validation set
(../shared/data/events/petrarch2-gsr-validation, MIT, record ids beside them), from articles
of the AllSides corpus (../shared/data/corpus/allsides-article-bias, Apache-2.0 repository,
article ids beside them), from the synthetic PLOVER stories of NGEC
(../shared/data/events/ngec-synthetic-plover, MIT, generated text) and from the seed articles
in ``examples/``. Each row names the
trigger word the event sits on, the source phrases and the target phrases expected, and
phrases that must not be given (negative cases).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdesk.events.actors import actor_spans
from newsdesk.events.phrases import names_actor, phrase_span
from newsdesk.events.source_heads import source_token
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _spans(nlp, text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    sources, targets = actor_spans(token)
    return [text[s:e] for s, e in sources], [text[s:e] for s, e in targets]


def _event_on(nlp, text: str, trigger: str) -> dict:
    """The event the coder gives the sentence on its trigger word."""
    from newsdesk.events import extract_events

    return next(e for e in extract_events(nlp(text)) if e["trigger"] == trigger)


# (sentence, trigger, sources, targets, phrases that are neither source nor target)
ACTORS = [
    # GOLD_0: the act named by a noun is aimed at its "against" object
    (
        "The United States launched an air strike against an Islamic State target southwest "
        "of Baghdad, the U.S. Central Command said on Monday night.",
        "launched",
        ["The United States"],
        ["an Islamic State target southwest of Baghdad"],
        ["an air strike", "the U.S. Central Command"],
    ),
    # VERB_8 / PASSIVE_1: the thing handed over is not a target beside the one it goes to
    ("The United States will supply arms to Israel", "supply", ["The United States"], ["Israel"], ["arms"]),
    ("The US presented evidence against Russia.", "presented", ["The US"], ["Russia"], ["evidence"]),
    # AFP0808020905_1: "held talks with X" is X; an apposition stays with its head
    (
        "The US commander in Iraq, General David Petraeus, held talks with President Michel "
        "Suleiman during a surprise visit to Beirut on Wednesday, offering further military "
        "support to Lebanon.",
        "held",
        ["The US commander"],
        ["President Michel Suleiman"],
        ["talks", "Wednesday", "a surprise visit to Beirut"],
    ),
    # AFP0808020675_1: conjoined names in a joint act are source and target (CAMEO's dyads)
    (
        "Brazil and the United States are seeking to deepen a partnership in energy, "
        "especially by promoting biofuels and other alternatives to oil, US Deputy Secretary "
        "of Energy Jeffrey Kupfer said here Wednesday.",
        "deepen",
        ["Brazil"],
        ["the United States"],
        ["Brazil and the United States", "a partnership in energy"],
    ),
    # AFP0808020937_1: conjoined modifiers of one group are one source
    (
        "US and British activists staged a dramatic protest in Beijing on Wednesday, scaling a "
        "pole and unfurling giant`` Free Tibet'' banners close to the stadium where the "
        "Olympics will open in two days.",
        "staged",
        ["US and British activists"],
        ["Beijing"],
        ["Wednesday", "a dramatic protest"],
    ),
    # GOLD_5: a date and the event's own noun are never targets
    (
        "Syrian rebels engaged Filipino peacekeepers in a firefight in Golan Heights on "
        "Saturday, defense and military officials said.",
        "engaged",
        ["Syrian rebels"],
        ["Filipino peacekeepers"],
        ["Saturday", "a firefight in Golan Heights"],
    ),
    # GOLD_8: where a force withdraws to
    (
        "Hundreds of UN troops withdrew from the Syrian to the Israeli-occupied sector of the "
        "Golan on Monday, an AFP correspondent said, two weeks after Al-Qaeda-linked rebels "
        "kidnapped dozens of peacekeepers.",
        "withdrew",
        ["Hundreds of UN troops"],
        ["the Israeli-occupied sector of the Golan"],
        ["Monday", "an AFP correspondent"],
    ),
    # AllSides lOc3zyHqEaPtJFkx: an act the speaker demands of someone is the speaker's
    (
        "Lindsey Graham said that Sessions should recuse himself from the FBI's investigation.",
        "recuse",
        ["Lindsey Graham"],
        ["Sessions"],
        [],
    ),
    # AllSides pUG4yphf8uJMbQca
    (
        "The Justice Department said Congress should quickly amend the INA to ensure a wider "
        "range of criminal convictions qualify for deportation.",
        "amend",
        ["The Justice Department"],
        ["Congress"],
        [],
    ),
    # AllSides e0ZQhBqDJePqOAV4: "must have had" is a guess, not a demand: not the speaker's
    (
        "Andrew Cuomo said inmates Matt and Sweat must have had help in carrying out the intricate plot.",
        "had",
        [],
        [],
        ["Andrew Cuomo"],
    ),
    # AllSides MyuGNHYewnyjEnJ3: a pronoun is never a source
    (
        "He warned that Floridians should not get a false sense of security.",
        "get",
        [],
        ["Floridians"],
        ["He"],
    ),
    # NGEC synthetic story: a thing acted on gives way to whom a participle hung on it aims it
    # at
    (
        "The Czech Republic, which is also a NATO member, joined sanctions placed on Russia "
        "after its military moved into Ukraine in 2014.",
        "joined",
        ["The Czech Republic"],
        ["Russia"],
        ["sanctions placed on Russia", "Ukraine"],
    ),
    # NGEC synthetic story: a speaker's refusal is aimed at the one its clause acts on
    (
        "Britain has said it will not negotiate with Argentina over the sovereignty of the islands.",
        "said",
        ["Britain"],
        ["Argentina"],
        ["it", "the sovereignty of the islands"],
    ),
    # NGEC synthetic story: "hope that X would ...": the subject of what is hoped
    (
        "Minister Ahmed expressed hope that Botswana would also be appreciated and supported by "
        "Jordan in the areas of democracy and civil society.",
        "expressed",
        ["Minister Ahmed"],
        ["Botswana"],
        ["hope"],
    ),
    # AllSides 5XRmdWziDzRD7dY3: a thing given to help someone goes to them
    (
        "Authors of the law provided the financial assistance to help Americans comply with the "
        "“individual mandate” requiring almost everyone in the country to obtain some form of "
        "insurance.",
        "provided",
        ["Authors of the law"],
        ["Americans"],
        ["the financial assistance"],
    ),
    # AllSides yjwla1CEIHlhaQ0l: an invitation is aimed at where it invites to
    (
        "Trump also spoke with Israeli Prime Minister Benjamin Netanyahu, who accepted an "
        "invitation to visit the White House in early February.",
        "accepted",
        [],
        ["the White House"],
        ["an invitation", "who"],
    ),
    # AllSides GF9FTMN6mnegZTrS: an act named by a noun is done by the group its modifier names
    (
        "Trump’s initial response to the Saudi attacks on Qatar was to endorse them enthusiastically.",
        "attacks",
        ["Saudi"],
        ["Qatar"],
        ["Trump’s initial response"],
    ),
    # NGEC synthetic story: restrictions lifted on a group are lifted for the group
    (
        "The country's government and several African Union member countries lifted "
        "restrictions on black people in 2005, with Senegal voting unanimously for the law's "
        "repeal this June.",
        "lifted",
        ["The country's government and several African Union member countries"],
        ["black people"],
        ["restrictions on black people"],
    ),
    # NGEC synthetic story: a thing given goes to whom a phrase inside it names
    (
        "The new constitution also gives a strong presumption of innocence to all citizens.",
        "gives",
        ["The new constitution"],
        ["all citizens"],
        ["a strong presumption of innocence to all citizens"],
    ),
    # NGEC synthetic stories: a target actor's phrase leaves out what is said beside it ...
    (
        "Venezuela has expelled more than half a dozen other diplomats over allegations of "
        "involvement in an attempted overthrow of the government there.",
        "expelled",
        ["Venezuela"],
        ["more than half a dozen other diplomats"],
        [
            "more than half a dozen other diplomats over allegations of involvement in an "
            "attempted overthrow of the government there"
        ],
    ),
    (
        "Minister in the cabinet, Alex Wilson, on Wednesday asked San Marino's ambassador for a "
        "meeting to seek guidance on the issue.",
        "asked",
        [],
        ["San Marino's ambassador"],
        ["San Marino's ambassador for a meeting"],
    ),
    # ... but keeps a place that says who
    (
        "At least 50 people have died in violent clashes with security forces in the central "
        "country of Tajikistan, a day after clashes erupted across Afghanistan.",
        "clashes",
        [],
        ["security forces in the central country of Tajikistan"],
        ["security forces"],
    ),
    # NGEC synthetic stories: conjoined names acting on another are each a source ...
    (
        "The UK, the United States and France have accused both Syrian government forces and "
        "rebels of using chemical weapons.",
        "accused",
        ["The UK", "the United States", "France"],
        [],
        ["The UK, the United States and France"],
    ),
    # ... but one name is one source
    (
        "Bosnia and Herzegovina said Thursday it commended Gambia for taking steps to improve "
        "its human rights reputation.",
        "commended",
        ["Bosnia and Herzegovina"],
        ["Gambia"],
        ["Bosnia", "Herzegovina"],
    ),
    # NGEC synthetic story: conjoined names acted on are each a target
    (
        "The Embassy of the Republic of Uruguay commends Rwanda and Uganda for taking "
        "important steps in addressing human rights concerns.",
        "commends",
        ["The Embassy of the Republic of Uruguay"],
        ["Rwanda", "Uganda"],
        ["Rwanda and Uganda"],
    ),
    # NGEC synthetic stories: "called for X to do": X is asked
    (
        "Demonstrators called for Jordan to stop its diplomatic ties with Israel and for all "
        "Palestinian Arab citizens of Israel to be deported.",
        "called",
        ["Demonstrators"],
        ["Jordan"],
        ["Israel"],
    ),
    (
        "The European Union and African Union have both called for Jammeh to step down.",
        "called",
        ["The European Union", "African Union"],
        ["Jammeh"],
        [],
    ),
    # NGEC synthetic stories: a thing is never a target, however it is acted on
    (
        "Some union leaders have threatened more protests if their demands are not met.",
        "threatened",
        ["Some union leaders"],
        [],
        ["more protests", "their demands"],
    ),
    (
        "Teachers in tiny Micronesia launched a wildcat general strike Tuesday demanding an end "
        "to teacher layoffs and a boost in their wages.",
        "launched",
        ["Teachers in tiny Micronesia"],
        [],
        ["a wildcat general strike Tuesday", "a wildcat general strike"],
    ),
    # a person acted on is a target though the agent lexicon names no role for the noun
    ("The army freed the hostages on Sunday.", "freed", ["The army"], ["the hostages"], []),
    ("The police arrested his wife on Tuesday.", "arrested", ["The police"], ["his wife"], []),
    (
        "The court sentenced his brother to death.",
        "sentenced",
        ["The court"],
        ["his brother"],
        ["death", "to death"],
    ),
    # an act aimed at several actors by several prepositions is aimed at each of them
    (
        "The government launched air strikes against the rebels and against Turkish troops.",
        "launched",
        ["The government"],
        ["the rebels", "Turkish troops"],
        ["air strikes"],
    ),
    # negative: a place in a phrase inside the thing acted on says where, not whom
    (
        "The ministry announced the release of the report in Paris.",
        "announced",
        ["The ministry"],
        [],
        ["Paris", "the report in Paris"],
    ),
    # a thing whose aim phrase names an actor or place only further down is aimed at it
    (
        "The government provided $340 million for assistance in northern Iraq.",
        "provided",
        ["The government"],
        ["northern Iraq"],
        ["$340 million for assistance in northern Iraq"],
    ),
    (
        "The UN imposed a blackout on the movement of heavy weapons around Sarajevo.",
        "imposed",
        ["The UN"],
        ["Sarajevo"],
        ["a blackout on the movement of heavy weapons around Sarajevo"],
    ),
    (
        "The Taliban spurned repeated offers for peace talks by the Kabul government.",
        "spurned",
        ["The Taliban"],
        ["the Kabul government"],
        ["repeated offers for peace talks by the Kabul government"],
    ),
    # negative: a person a noun names stays the target, the thing or any noun on the way
    (
        "The army expelled the head of the mission in Kabul.",
        "expelled",
        ["The army"],
        ["the head of the mission in Kabul"],
        ["Kabul"],
    ),
    (
        "The court issued a warrant for the arrest of the head of the bank in Cyprus.",
        "issued",
        ["The court"],
        ["a warrant for the arrest of the head of the bank in Cyprus"],
        ["Cyprus"],
    ),
    (
        "The government provided protection for the head of the mission in Kabul.",
        "provided",
        ["The government"],
        ["protection for the head of the mission in Kabul"],
        ["Kabul"],
    ),
    (
        "The protesters renewed calls for the release of the leader of the opposition party.",
        "renewed",
        ["The protesters"],
        ["calls for the release of the leader of the opposition party"],
        ["the opposition party"],
    ),
    (
        "Activists launched a campaign for the release of the editor of a newspaper in Istanbul.",
        "launched",
        ["Activists"],
        ["a campaign for the release of the editor of a newspaper in Istanbul"],
        ["a newspaper in Istanbul"],
    ),
    (
        "The senator demanded an investigation into the killing of the head of the mission in Kabul.",
        "demanded",
        ["The senator"],
        ["an investigation into the killing of the head of the mission in Kabul"],
        ["Kabul"],
    ),
    (
        "Protesters renewed calls for the release of the wife of the opposition leader.",
        "renewed",
        ["Protesters"],
        ["calls for the release of the wife of the opposition leader"],
        ["the opposition leader"],
    ),
    # negative: a helper ("with"), or who ordered it, is not whom a thing concerns
    (
        "The prime minister announced a crackdown on corruption with the help of the army.",
        "announced",
        ["The prime minister"],
        ["a crackdown on corruption with the help of the army"],
        ["the army"],
    ),
    (
        "Police carried out raids on the orders of the governor.",
        "carried",
        ["Police"],
        ["raids on the orders of the governor"],
        ["the governor"],
    ),
    (
        "Security forces carried out raids on the orders of the interior minister.",
        "carried",
        ["Security forces"],
        ["raids on the orders of the interior minister"],
        ["the interior minister"],
    ),
    # negative: an organisation a locative phrase names says where, not whom
    (
        "Lawmakers scheduled a vote on the bill in the Senate.",
        "scheduled",
        ["Lawmakers"],
        ["a vote on the bill in the Senate"],
        ["the Senate"],
    ),
    (
        "Police arrested the leader of a protest in the capital of Belarus.",
        "arrested",
        ["Police"],
        ["the leader of a protest in the capital of Belarus"],
        ["the capital of Belarus"],
    ),
    # negative: a supporter in a clause hung on the thing is no target
    (
        "The United States rejected a Russian proposal supported by China.",
        "rejected",
        ["The United States"],
        ["a Russian proposal"],
        ["China"],
    ),
    # negative: a phrase of time or cause is not followed ("after the downing of a jet")
    (
        "The government imposed sanctions after the downing of a passenger jet in eastern Ukraine.",
        "imposed",
        ["The government"],
        [],
        ["eastern Ukraine", "a passenger jet in eastern Ukraine"],
    ),
    # the parse's particle "up" before "to" and a count bounds the count: its object is acted on
    (
        "Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.",
        "kidnapped",
        ["Afghan rebels"],
        ["16 Russian civilian advisers"],
        [],
    ),
    # seed 000 (Xi, Xinhua): "according to X" is never a source; the counterpart, not the support
    (
        "Xi offered verbal support to his counterpart, Kazakh President Kassym-Jomart Tokayev, "
        "according to China’s state-run Xinhua News Agency on Friday.",
        "offered",
        ["Xi"],
        ["his counterpart, Kazakh President Kassym-Jomart Tokayev"],
        ["verbal support", "China’s state-run Xinhua News Agency", "Friday"],
    ),
    # NGEC story: an act or arrangement named by a noun is aimed at the place it is done in
    (
        "A group of five foreign ministers from Grenada attended the summit in Morocco to "
        "discuss the future of their relationship.",
        "attended",
        ["A group of five foreign ministers from Grenada"],
        ["Morocco"],
        ["the summit in Morocco"],
    ),
    (
        "The army imposed a curfew in parts of Mandalay on Friday.",
        "imposed",
        ["The army"],
        ["parts of Mandalay"],
        ["a curfew in parts of Mandalay"],
    ),
    # negative: a thing an agent noun qualifies is that actor's and stays the target; "at"
    # already says where
    (
        "Rebels attacked a military base in northern Mali on Sunday.",
        "attacked",
        ["Rebels"],
        ["a military base in northern Mali"],
        ["northern Mali"],
    ),
    ("Artillery fired at targets in Donetsk overnight.", "fired", ["Artillery"], ["targets in Donetsk"], ["Donetsk"]),
    # NGEC story: an appeal for a thing is aimed at whom that thing is aimed at
    (
        "Lebanon's main government bloc, the Saad Hariri bloc, on Thursday agreed to back a draft "
        "law, approved by parliament, that would provide for the automatic release of former "
        "prime minister Saad al-Hariri after he called for dialogue with Saudi Arabia.",
        "called",
        [],
        ["Saudi Arabia"],
        ["dialogue with Saudi Arabia"],
    ),
    (
        "The foreign minister on Monday called for sanctions against Belarus.",
        "called",
        ["The foreign minister"],
        ["Belarus"],
        ["sanctions against Belarus"],
    ),
    # a target named by a name leaves out the description after it; a source keeps it
    (
        "Ban Ki-moon, the United Nations Secretary-General, sent food aid to Tripoli, the capital of Libya, on Monday.",
        "sent",
        ["Ban Ki-moon, the United Nations Secretary-General"],
        ["Tripoli"],
        ["Tripoli, the capital of Libya"],
    ),
    # the source's own people are not acted on; where they are sent or kept may be
    (
        "The army strengthened its forces in Kosovo after the clashes.",
        "strengthened",
        ["The army"],
        ["Kosovo"],
        ["its forces", "its forces in Kosovo"],
    ),
    ("The army withdrew its troops from the border zone.", "withdrew", ["The army"], [], ["its troops"]),
    # a thing between two actors is aimed at both
    (
        "Qatar launched a mediation effort between Ethiopia and Eritrea on Saturday.",
        "launched",
        ["Qatar"],
        ["Ethiopia", "Eritrea"],
        ["a mediation effort between Ethiopia and Eritrea"],
    ),
    # negative: a list the parser reads as an apposition is not cut
    (
        "The army shelled Mosul, Nineveh, and Kirkuk overnight.",
        "shelled",
        ["The army"],
        ["Mosul", "Nineveh", "Kirkuk"],
        [],
    ),
    # AllSides 1WKxDnfSCcxh9KX2: an answer to a request is aimed at whoever made it
    (
        "A week before the March 5 “deadline,” the Supreme Court rejected a request from the "
        "Trump administration to review the California order directly.",
        "rejected",
        ["the Supreme Court"],
        ["the Trump administration"],
        ["the California order", "a request from the Trump administration"],
    ),
    (
        "The ministry rejected demands from the striking teachers.",
        "rejected",
        ["The ministry"],
        ["the striking teachers"],
        [],
    ),
    # negative: a demand's "of" phrase that names no one is no author, and the thing no target
    ("The court rejected the appeal of the verdict.", "rejected", ["The court"], [], ["the verdict"]),
    # a force or mission troops are sent to stands for the place it serves
    (
        "Japan is sending 300 troops to the UN peacekeeping mission in South Sudan.",
        "sending",
        ["Japan"],
        ["South Sudan"],
        ["the UN peacekeeping mission in South Sudan", "300 troops"],
    ),
    ("Canada will contribute two helicopters to the NATO force in Kosovo.", "contribute", ["Canada"], ["Kosovo"], []),
    # negative: people sent to keep their own phrase
    (
        "The government sent food to the soldiers in Idlib.",
        "sent",
        ["The government"],
        ["the soldiers in Idlib"],
        ["Idlib"],
    ),
    # NGEC synthetic story (CENSOR): people acted on stay a target beside the place
    ("On Sunday, police arrested 22 people in Santa Cruz.", "arrested", ["police"], ["22 people", "Santa Cruz"], []),
    ("Police detained dozens of protesters in Yerevan.", "detained", ["Police"], ["dozens of protesters"], []),
    # an agent noun in a sense that names a thing is a thing, which gives way to its place
    (
        "The government declared a state of siege in Cusco.",
        "declared",
        ["The government"],
        ["Cusco"],
        ["a state of siege in Cusco"],
    ),
    # negative: the source's own force gives way to the place it leaves
    ("Rwanda withdrew peacekeepers from Sudan.", "withdrew", ["Rwanda"], ["Sudan"], ["peacekeepers"]),
    # negative: beside an actor asked, what is asked for is not aimed at a second target
    (
        "The embassy asked the government for consular access to the detained journalist.",
        "asked",
        ["The embassy"],
        ["the government"],
        ["the detained journalist"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets, neither", ACTORS)
def test_source_and_target_phrases(nlp, text, trigger, sources, targets, neither):
    found_sources, found_targets = _spans(nlp, text, trigger)
    assert set(sources) <= set(found_sources) and set(targets) <= set(found_targets), (
        found_sources,
        found_targets,
    )
    assert not sources or len(found_sources) == len(sources), found_sources
    assert not set(neither) & set(found_sources + found_targets)


def test_source_phrases_say_who_not_where_or_when(nlp):
    # the CSTO seed: an acronym in brackets closes with its bracket; the apposition stays
    text = (
        "The China-led Shanghai Cooperation Organization (SCO), a regional security and "
        "economic bloc, said the violence in Kazakhstan was evidence that more needs to be done."
    )
    sources, _ = _spans(nlp, text, "said")
    assert sources == ["The China-led Shanghai Cooperation Organization (SCO), a regional security and economic bloc"]


# (phrase head in a sentence, names an actor)
NAMING = [
    ("Chinese companies account for around 17% of the oil", "companies", True),
    ("The US presented evidence against Russia.", "evidence", False),
    ("Hundreds of UN troops withdrew", "Hundreds", True),  # a part of a named group
    (
        "The United Nations launched an appeal for $234 million in aid for Zimbabwe.",
        "appeal",
        False,
    ),  # a name deep in its clauses does not make a thing an actor
]


@pytest.mark.parametrize("text, head, expected", NAMING)
def test_a_phrase_names_an_actor_by_its_head_and_modifiers(nlp, text, head, expected):
    token = next(t for t in nlp(text) if t.text == head)
    assert names_actor(token) is expected


def test_the_doer_of_a_demanded_act_is_asked_not_the_source(nlp):
    doc = nlp("John McCain said Sunday that Congress should give President Obama more authority.")
    give = next(t for t in doc if t.text == "give")
    assert source_token(give).text == "McCain"
    assert "Congress" in _spans(nlp, doc.text, "give")[1]


@pytest.mark.parametrize(
    "text, sources, targets",
    [
        # being asked to be ready to act is a demand too
        (
            "The president said Japan must be ready to mediate between the two Koreas.",
            ["The president"],
            ["Japan"],
        ),
        # negative: a reported readiness is the doer's own
        (
            "The president said Japan is ready to mediate between the two Koreas.",
            ["Japan"],
            [],
        ),
    ],
)
def test_a_demanded_readiness_is_the_speakers_demand(nlp, text, sources, targets):
    assert _spans(nlp, text, "mediate") == (sources, targets)


@pytest.mark.parametrize(
    "text, trigger, sources, targets",
    [
        # a speaker reporting what a named actor will do: the plan is that actor's
        (
            "The minister said Japan would send Vietnam two patrol boats.",
            "said",
            ["Japan"],
            ["Vietnam"],
        ),
        (
            "Chancellor Olaf Scholz will meet President Emmanuel Macron next week, his office said.",
            "said",
            ["Chancellor Olaf Scholz"],
            ["President Emmanuel Macron"],
        ),
        # the future as the shared modal reading reads it ("shall", not only "will")
        (
            "The minister said Japan shall send Vietnam two patrol boats.",
            "said",
            ["Japan"],
            ["Vietnam"],
        ),
        # negative: a warning is the speaker's own act; so is a plan named by a pronoun
        (
            "The minister warned that Japan would send warships to the strait.",
            "warned",
            ["The minister"],
            ["Japan"],
        ),
        (
            "The minister said it would send two patrol boats to Vietnam.",
            "said",
            ["The minister"],
            ["Vietnam"],
        ),
    ],
)
def test_a_reported_plan_is_the_planners(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


def test_the_train_splits_actor_spans_line_up_with_its_sentences():
    """The train split's NER blocks are matched to the sentences that hold their words (an
    error-analysis set only, never training data): each gold token is a word of the sentence,
    and only sentences with a block are read."""
    from conftest import need_shared
    from newsdesk_eval.events import read_conflibert_spans

    folder = need_shared("data/events/conflibert-cameo")
    sentences = read_conflibert_spans(folder, split="train")
    assert 900 <= len(sentences) < 1349
    roles = [role for s in sentences for _, _, role in s["tokens"]]
    assert roles.count("S") > 2000 and roles.count("T") > 2000
    blocks = (folder / "cameo_ner_train.txt").read_text(encoding="utf-8").split("\n\n")
    words = {line.rsplit(" ", 1)[0] for block in blocks for line in block.strip().splitlines()}
    assert all(s["text"][a:b] in words for s in sentences for a, b, _ in s["tokens"])


# Sentences whose coded events had a name outside their spans before the names were read
# from the phrases (sources as above)
AGREEING = [
    "Britain has said it will not negotiate with Argentina over the sovereignty of the islands.",
    "Trump’s initial response to the Saudi attacks on Qatar was to endorse them enthusiastically.",
    "Authors of the law provided the financial assistance to help Americans comply with the "
    "“individual mandate” requiring almost everyone in the country to obtain some form of "
    "insurance.",
    # a source named through a compound act noun or a passive's means (written for the rule)
    "Saudi Arabia announced a ceasefire initiative on Monday.",
    "Three villagers were killed in Israeli air strikes on Friday.",
]


@pytest.mark.parametrize("text", AGREEING)
def test_an_events_actor_names_are_in_its_spans(nlp, text):
    from newsdesk.events import extract_events
    from newsdesk.events.slots import ActorNames

    doc = nlp(text)
    names = ActorNames(doc, [])
    events = extract_events(doc)
    assert events
    for event in events:
        for field, spans in (("actors", "source_spans"), ("targets", "target_spans")):
            assert event[spans] or not event[field], event
            inside = [doc.char_span(a, b, alignment_mode="expand") for a, b in event[spans]]
            known = {n for span in inside for t in span for n in names.names(t, subject=True)}
            known |= {span.text for span in inside}
            assert set(event[field]) <= known, (event[field], [s.text for s in inside])


# (sentence, trigger, source phrases, phrases that are not the source); written for the rules
SOURCE_EXTENT = [
    # a participle whose "by" object is a thing ("the publication of ...") names no actor
    (
        "Students angered by the publication of the cartoons attacked the embassy.",
        "attacked",
        ["Students"],
        ["Students angered by the publication of the cartoons"],
    ),
    # a participle set off by commas that says when, not whose: left out
    (
        "Recent American air strikes, occurring almost every week, have killed dozens of militants.",
        "killed",
        ["Recent American air strikes"],
        ["Recent American air strikes, occurring almost every week"],
    ),
    # a participle naming an actor says whose the source is: kept
    (
        "The Saudi-led coalition fighting Houthi rebels bombed the port on Sunday.",
        "bombed",
        ["The Saudi-led coalition fighting Houthi rebels"],
        ["The Saudi-led coalition"],
    ),
    ("Syrian warplanes supported by Russia bombed the town.", "bombed", ["Syrian warplanes supported by Russia"], []),
    # a reported subject owned by a pronoun is the speaker's: the speaker is the source
    (
        "Bosnia said on Tuesday their forces had completed the withdrawal from the town.",
        "completed",
        ["Bosnia"],
        ["their forces"],
    ),
    # ... not when the speaker is a pronoun too, nor when the subject is named
    ("He said their forces had attacked an army post.", "attacked", ["their forces"], ["He"]),
    ("Israel said Hamas fighters had attacked an army post.", "attacked", ["Hamas fighters"], ["Israel"]),
]


@pytest.mark.parametrize("text, trigger, sources, wrong", SOURCE_EXTENT)
def test_source_phrase_extent_and_speaker(nlp, text, trigger, sources, wrong):
    found, _ = _spans(nlp, text, trigger)
    assert found == sources and not set(wrong) & set(found), found


def test_a_dependent_written_apart_from_its_head_is_left_out(nlp):
    # a parse that hangs the apposition after the verb's place on the subject (as spaCy
    # does for some such sentences): the subject's span is the subject alone
    words = ["Serbia", "eased", "measures", "in", "Kosovo", ",", "the", "scene", "of", "riots", "."]
    heads = [1, 1, 1, 1, 3, 1, 7, 0, 7, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "appos", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    start, end = phrase_span(doc[0], source=True)
    assert doc.text[start:end] == "Serbia"


# (sentence, act noun, its doer's phrase, the day that owns it in the grammar only)
DAY_OWNED = [
    ("Yesterday's attack by Hamas killed three soldiers.", "attack", "Hamas", "Yesterday"),
    ("Monday's air strikes by Israel hit Gaza.", "strikes", "Israel", "Monday"),
]


@pytest.mark.parametrize("text, trigger, source, day", DAY_OWNED)
def test_a_day_that_owns_an_act_says_when_not_who(nlp, text, trigger, source, day):
    sources, _ = _spans(nlp, text, trigger)
    assert sources == [source]
    event = _event_on(nlp, text, trigger)
    assert event["actors"] == [source] and not any(day in name for name in event["actors"])


def test_a_country_that_owns_an_act_is_still_its_doer(nlp):
    sources, targets = _spans(nlp, "Iran's attack on Israel came on Saturday.", "attack")
    assert sources == ["Iran's"] and targets == ["Israel"]


# (sentence, trigger, target phrases, phrases that are no target); written for the rules
RESTRICTED = [
    # a restriction's "of" object is whom it is put on
    ("Egypt lifted its blockade of Gaza on Sunday.", "lifted", ["Gaza"], ["its blockade of Gaza"]),
    (
        "The union ended its boycott of Israeli products.",
        "ended",
        ["Israeli products"],
        ["its boycott of Israeli products"],
    ),
    # ... an "of" object that is no actor is no target
    ("Egypt lifted its blockade of the port on Sunday.", "lifted", [], ["the port"]),
    # ... and another act's "of" object stays inside its phrase
    (
        "The court lifted the suspension of the Iraqi newspaper.",
        "lifted",
        ["the suspension of the Iraqi newspaper"],
        ["the Iraqi newspaper"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets, wrong", RESTRICTED)
def test_a_restriction_is_put_on_its_of_object(nlp, text, trigger, targets, wrong):
    _, found = _spans(nlp, text, trigger)
    assert found == targets and not set(wrong) & set(found), found


# (sentence, trigger, target phrases); written for the rules
TARGET_PARTICIPLES = [
    # people keep the participle that says where or whose they are
    (
        "The army shelled Kurdish fighters based in northern Syria.",
        "shelled",
        ["Kurdish fighters based in northern Syria"],
    ),
    ("Germany accepted 500 refugees living in Greek camps.", "accepted", ["500 refugees living in Greek camps"]),
    # a thing does not: the participle's actor is not whom the act is done to
    ("Russia vetoed a draft resolution presented by France.", "vetoed", []),
    ("The army shelled a bridge leading to the Syrian border.", "shelled", ["the Syrian border"]),
]


@pytest.mark.parametrize("text, trigger, targets", TARGET_PARTICIPLES)
def test_a_target_of_people_keeps_its_participle(nlp, text, trigger, targets):
    _, found = _spans(nlp, text, trigger)
    assert found == targets, found


# (sentence, trigger, source phrase, its name); written for the rules
SPLIT_SUBJECTS = [
    # the parse makes each part of the name a subject of the verb: the phrase is one
    ("Omar al-Bashir of Sudan expelled the aid workers.", "expelled", "Omar al-Bashir of Sudan", "Omar al-Bashir"),
    (
        "The rebel Free Syrian Army on Monday attacked the base.",
        "attacked",
        "The rebel Free Syrian Army",
        "Free Syrian Army",
    ),
    # a subject parsed whole stays as it was
    (
        "Sudanese President Omar al-Bashir expelled the aid workers.",
        "expelled",
        "Sudanese President Omar al-Bashir",
        "Omar al-Bashir",
    ),
]


@pytest.mark.parametrize("text, trigger, source, name", SPLIT_SUBJECTS)
def test_a_subject_split_by_the_parse_is_one_phrase(nlp, text, trigger, source, name):
    sources, _ = _spans(nlp, text, trigger)
    assert sources == [source]
    event = _event_on(nlp, text, trigger)
    assert name in event["actors"], event["actors"]


def test_separate_subjects_are_not_joined(nlp):
    # conjoined names are each their own phrase, not one split subject
    sources, targets = _spans(nlp, "Egypt and Jordan rejected the plan on Monday.", "rejected")
    assert sources == ["Egypt"] and targets == ["Jordan"]


def test_subjects_set_off_by_punctuation_are_not_one_phrase(nlp):
    # a dateline parsed as a second subject before the name: not one split subject (a parse
    # as spaCy gives for such datelines, written out)
    words = ["Rome", ",", "Italy", "-", "Marco", "Rossi", "rejected", "the", "offer", "."]
    spaces = [False, True, True, True, True, True, True, True, False, False]
    heads = [6, 0, 0, 0, 5, 6, 6, 8, 6, 6]
    deps = ["nsubj", "punct", "appos", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    source = source_token(doc[6])
    start, end = phrase_span(source, source=True)
    assert source.text == "Rome" and "Marco" not in doc.text[start:end]
    # the same words written as one name are one subject
    words = ["Marco", "Di", "-", "Rossi", "rejected", "the", "offer", "."]
    spaces = [True, False, False, True, True, True, False, False]
    heads = [1, 4, 4, 4, 4, 6, 4, 4]
    deps = ["compound", "nsubj", "nsubj", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    source = source_token(doc[4])
    start, end = phrase_span(source, source=True)
    assert source.text == "Rossi" and doc.text[start:end] == "Marco Di-Rossi"


# (sentence, trigger, source phrases, phrases that are not the source); written for the rules
UNNAMED_DOERS = [
    # an act noun that is a compound of the verb's object is done by the verb's subject, as
    # an act noun that is the object itself is ("issued warrants")
    ("Saudi Arabia announced a ceasefire initiative on Monday.", "ceasefire", ["Saudi Arabia"], []),
    ("The court issued arrest warrants for two generals.", "arrest", ["The court"], []),
    # ... not when the verb judges the act: France condemns, it does not violate
    ("France condemned the ceasefire violations.", "ceasefire", [], ["France"]),
    # an agentless passive done with a means a name modifies: the means is the source
    (
        "Three villagers were killed in Israeli air strikes on Friday.",
        "killed",
        ["Israeli air strikes"],
        ["Three villagers"],
    ),
    # ... a means that names no one, or a place, is no source
    ("Three villagers were killed in air strikes on Friday.", "killed", [], ["air strikes"]),
    ("Two soldiers were wounded in Kabul on Sunday.", "wounded", [], ["Kabul"]),
    ("Three people were killed in Kiryat Malachi on Thursday.", "killed", [], ["Kiryat Malachi"]),
    # ... and "from" says whence, not with what: the custody is no doer
    ("Five prisoners were freed from Turkish custody on Tuesday.", "freed", [], ["Turkish custody"]),
]


@pytest.mark.parametrize("text, trigger, sources, wrong", UNNAMED_DOERS)
def test_a_doer_read_through_the_act_it_does(nlp, text, trigger, sources, wrong):
    found, _ = _spans(nlp, text, trigger)
    assert found == sources and not set(wrong) & set(found), found


# (sentence, trigger, source phrases, target phrases); written for the rule: a gerund of force
# the parse reads as a verb after the noun compounded on it is the act's noun, in the doer's
# phrase, as "Israeli air strikes" is; people doing it, a gerund with an object, any gerund
# after the "by" of a passive (events 109) and a supporter named beside the act stay as they
# were before events 106
MISREAD_GERUNDS = [
    (
        "Syrian government shelling killed one Turkish soldier and wounded another.",
        "killed",
        ["Syrian government shelling"],
        ["one Turkish soldier"],
    ),
    (
        "Four children were killed in Israeli tank shelling in the east of the Gaza Strip.",
        "killed",
        ["Israeli tank shelling"],
        ["Four children"],
    ),
    # parsed as above, but people doing it: a plural noun, a gerund with an object; and after
    # the "by" of a passive the rule does not fire, the group doing it and the act parsed alike
    (
        "Government troops shelling killed one soldier and wounded another.",
        "killed",
        ["Government troops"],
        ["one soldier"],
    ),
    (
        "Four children were killed in Israeli tank shelling the camp in the east of the Gaza Strip.",
        "killed",
        ["Israeli tank"],
        ["Four children"],
    ),
    ("Two journalists were kidnapped by ISIS fighting in Syria.", "kidnapped", ["ISIS"], ["Two journalists"]),
    ("A soldier was killed by Hamas fighting in Gaza.", "killed", ["Hamas"], ["A soldier"]),
    ("Three soldiers were wounded by Hamas shelling near the border.", "wounded", ["Hamas"], ["Three soldiers"]),
    ("Two civilians were killed by Syrian government shelling.", "killed", ["Syrian government"], ["Two civilians"]),
    ("Three soldiers were wounded by Hamas shelling, the army said.", "wounded", ["Hamas"], ["Three soldiers"]),
    (
        "Two civilians were killed by Syrian government shelling on Tuesday.",
        "killed",
        ["Syrian government"],
        ["Two civilians"],
    ),
    # a participle with a phrase or object of its own after a subject, and a supporter named
    # beside the act, stay as they were
    ("The army fighting in the north killed three rebels.", "killed", ["The army"], ["three rebels"]),
    ("Police raiding the house arrested two men.", "arrested", ["Police"], ["two men"]),
    (
        "A Russian proposal supported by China was rejected by the United States.",
        "rejected",
        ["the United States"],
        ["A Russian proposal"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets", MISREAD_GERUNDS)
def test_a_gerund_of_force_read_as_a_verb_is_the_doers_act(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


# (sentence, trigger, source phrase); written for the rule: an "in" phrase after a source says
# where, but an institution one is in is no place: it says who
MEMBERSHIP = [
    ("Democrats in Congress rejected the budget on Monday.", "rejected", "Democrats in Congress"),
    ("Officials in the ministry rejected the report.", "rejected", "Officials in the ministry"),
    ("The top Republican in the House criticized the plan.", "criticized", "The top Republican in the House"),
    # an organisation the tagger names stays one when a place says whose it is
    (
        "Democrats in the U.S. House of Representatives criticized the plan.",
        "criticized",
        "Democrats in the U.S. House of Representatives",
    ),
    (
        "A majority of Democrats in the U.S. House of Representatives rejected the plan.",
        "rejected",
        "A majority of Democrats in the U.S. House of Representatives",
    ),
    # a place after a named source says where, as before
    ("Sri Lankan officials in Colombo rejected the report.", "rejected", "Sri Lankan officials"),
    ("Republicans in Ohio criticized the plan.", "criticized", "Republicans"),
]


@pytest.mark.parametrize("text, trigger, source", MEMBERSHIP)
def test_an_institution_a_source_is_in_says_who(nlp, text, trigger, source):
    found, _ = _spans(nlp, text, trigger)
    assert found == [source], found


# (sentence, trigger, source phrase); written for the rule: a place after a named actor says
# where, also when the actor is named by the "of" phrase of the source's head or is the
# object of a participle kept in the source's phrase; a head that names nobody keeps its place
# (it says who), and so does a participle that names only a place (it says whose)
NESTED_PLACES = [
    ("A group of Syrian refugees in Lebanon protested the decision.", "protested", "A group of Syrian refugees"),
    (
        "The militia fighting Kurdish forces in Syria declared a ceasefire.",
        "declared",
        "The militia fighting Kurdish forces",
    ),
    (
        "A bomb attack on a convoy belonging to the Turkish army in Syria killed two soldiers.",
        "killed",
        "A bomb attack on a convoy belonging to the Turkish army",
    ),
    # negative cases: the place stays
    ("A group of protesters in Hong Kong rejected the plan.", "rejected", "A group of protesters in Hong Kong"),
    ("A militia based in Libya attacked the convoy.", "attacked", "A militia based in Libya"),
    ("The coalition fighting in Yemen declared a ceasefire.", "declared", "The coalition fighting in Yemen"),
]


@pytest.mark.parametrize("text, trigger, source", NESTED_PLACES)
def test_a_place_after_an_actor_inside_the_source_says_where(nlp, text, trigger, source):
    found, _ = _spans(nlp, text, trigger)
    assert found == [source], found


# The doer of an agentless passive is the subject of an "after" clause under it that names a
# material act of the same kind, by CAMEO's root or PLOVER's type (``events/caused.py``);
# sentences of our own. (sentence, trigger, sources)
CAUSED_PASSIVES = [
    ("The activist was freed on Monday after the president pardoned her.", "freed", ["the president"]),
    ("Two soldiers were killed after Houthi rebels shelled their post.", "killed", ["Houthi rebels"]),
    # the parse hangs the shared clause on the last conjoined verb
    (
        "Twelve people were killed and dozens wounded after rebel fighters shelled the market.",
        "killed",
        ["rebel fighters"],
    ),
]
# No doer: another kind of act (an arrest, 173, after a storming, 190), a verbal act, a
# subject that names nobody, a negated act, a pronoun, a "when" clause, a passive with an agent.
UNCAUSED_PASSIVES = [
    ("The opposition leader was arrested after protesters stormed the parliament building.", "arrested", []),
    ("The journalist was released after the ministry announced an inquiry.", "released", []),
    ("Five villagers were killed after the storm hit the coast.", "killed", []),
    ("The prisoner was released after the court did not pardon him.", "released", []),
    ("Ten people were wounded after he attacked the market.", "wounded", []),
    ("Two soldiers were killed when Houthi rebels shelled their post.", "killed", []),
    ("Two soldiers were killed by a sniper after Houthi rebels shelled their post.", "killed", ["a sniper"]),
]


@pytest.mark.parametrize("text, trigger, sources", CAUSED_PASSIVES + UNCAUSED_PASSIVES)
def test_an_agentless_passive_is_done_by_the_doer_of_the_act_after_which_it_came(nlp, text, trigger, sources):
    assert _spans(nlp, text, trigger)[0] == sources


# (sentence, trigger, targets): an act that names no actor of its own is aimed at whom the
# source asks, presses or forces to do it, the object of the verb the act is the complement
# of; an act with its own actor target, an act agreed to and a pronoun asked keep theirs.
ASKED_TO_ACT = [
    ("The foreign minister urged Japan to lift the sanctions.", "lift", ["Japan"]),
    ("The senator urged Congress to renew the sanctions.", "sanctions", ["Congress"]),
    ("The army forced the rebels to surrender their weapons.", "surrender", ["the rebels"]),
    ("The minister urged Britain to lift sanctions on Iran.", "lift", ["Iran"]),
    ("The government agreed to lift the sanctions.", "lift", []),
    ("The minister urged them to lift the sanctions.", "lift", []),
]


@pytest.mark.parametrize("text, trigger, targets", ASKED_TO_ACT)
def test_an_act_asked_of_someone_is_aimed_at_whom_it_is_asked_of(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# (sentence, trigger, sources, targets): "both" / "either" / "neither" pairs with the
# coordination's "and" / "or" / "nor", so a target named apart from the names conjoined with it
# leaves it out; a phrase kept whole keeps it, and a determiner of one noun stays.
CORRELATIVES = [
    (
        "Japan lifted sanctions against both India and Pakistan.",
        "lifted",
        ["Japan"],
        ["India", "Pakistan"],
    ),
    (
        "Both Russia and the Syrian government attacked the town.",
        "attacked",
        ["Both Russia and the Syrian government"],
        ["the town"],
    ),
    ("The army attacked both towns.", "attacked", ["The army"], ["both towns"]),
]


@pytest.mark.parametrize("text, trigger, sources, targets", CORRELATIVES)
def test_a_correlative_belongs_to_the_coordination(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


# (sentence, trigger, targets): a target headed by an actor leaves out the description after its
# comma, as one headed by a name does; an apposition that is a name stays (the actor's name).
DESCRIBED_TARGETS = [
    (
        "The army released the mayor of the town, a member of the opposition party.",
        "released",
        ["the mayor of the town"],
    ),
    ("The government deported the journalist, a critic of the ruling party.", "deported", ["the journalist"]),
    ("The president called his counterpart, Michel Aoun, on Tuesday.", "called", ["his counterpart, Michel Aoun"]),
    ("The ministry expelled the UN refugee agency, UNHCR, last year.", "expelled", ["the UN refugee agency, UNHCR"]),
]


@pytest.mark.parametrize("text, trigger, targets", DESCRIBED_TARGETS)
def test_a_target_of_people_leaves_out_its_description(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# (sentence, trigger, sources): an act that an appeal verb asks for with "for" is the
# asker's appeal, as CAMEO codes it and as a demanded act is the speaker's; the one asked
# in "for X to ..." is not its source. A verb that asks for nothing keeps the clause's
# subject, and a pronoun asker gives no phrase.
ASKED_FOR = [
    ("The two leaders called for the withdrawal of foreign troops from the region.", "withdrawal", ["The two leaders"]),
    ("The senators asked for the release of the detained journalists.", "release", ["The senators"]),
    ("The unions called for workers to join the strike.", "join", ["The unions"]),
    ("The opposition appealed for supporters to boycott the election.", "boycott", ["The opposition"]),
    ("The rebels called for the president to resign.", "resign", ["The rebels"]),
    ("The government waited for the rebels to leave the city.", "leave", ["the rebels"]),
    ("The army announced the withdrawal of its troops.", "withdrawal", ["The army"]),
    ("They called for the withdrawal of the troops.", "withdrawal", []),
]


@pytest.mark.parametrize("text, trigger, sources", ASKED_FOR)
def test_an_act_asked_for_is_the_askers_appeal(nlp, text, trigger, sources):
    assert _spans(nlp, text, trigger)[0] == sources


# (sentence, trigger, sources): conjoined subjects that each name an actor, not all of them
# names, are each a source, as the annotators of real newswire mark them; a conjunct that
# names no one of its own is the named one's side, and "both" makes them one.
CONJOINED_SOURCES = [
    (
        "The Kenyan president and senior Ugandan officials rejected the demand of the Somali government.",
        "rejected",
        ["The Kenyan president", "senior Ugandan officials"],
    ),
    ("Turkish police and Syrian rebels attacked the Kurdish militia.", "attacked", ["Turkish police", "Syrian rebels"]),
    (
        "The Yemeni army and allied forces attacked the Houthi rebels.",
        "attacked",
        ["The Yemeni army and allied forces"],
    ),
    (
        "A Taliban leader and his associates attacked the Afghan army.",
        "attacked",
        ["A Taliban leader and his associates"],
    ),
    (
        "Both Russia and the Syrian government attacked the rebels.",
        "attacked",
        ["Both Russia and the Syrian government"],
    ),
    # not all names: each is its own actor even in a joint act; names keep CAMEO's dyad
    (
        "The African Union and the Ecowas bloc of West African states agreed on a plan.",
        "agreed",
        ["The African Union", "the Ecowas bloc of West African states"],
    ),
    ("Mexico and the United Kingdom signed an agreement.", "signed", ["Mexico"]),
]


@pytest.mark.parametrize("text, trigger, sources", CONJOINED_SOURCES)
def test_conjoined_subjects_that_each_name_an_actor_are_each_a_source(nlp, text, trigger, sources):
    assert _spans(nlp, text, trigger)[0] == sources


# (sentence, trigger, sources, source names, None where the coder gives the trigger no event);
# written for the rule: a group whose "of" phrase lists several named bodies is one group of
# each, each a source, as conjoined subjects are
LISTED_OWNERS = [
    (
        "The foreign ministers of France and Germany condemned the missile test.",
        "condemned",
        ["The foreign ministers of France", "Germany"],
        ["France", "Germany"],
    ),
    (
        "The armed wings of Hamas and Islamic Jihad fired rockets at Israel.",
        "fired",
        ["The armed wings of Hamas", "Islamic Jihad"],
        ["Hamas", "Islamic Jihad"],
    ),
    (
        "The navies of Japan and India sent ships to the strait.",
        "sent",
        ["The navies of Japan", "India"],
        ["Japan", "India"],
    ),
    # negative: one name, a conjunct that names no body, a group of one actor, persons, an
    # act done to those it names
    (
        "The people of Bosnia and Herzegovina rejected the plan.",
        "rejected",
        ["The people of Bosnia and Herzegovina"],
        ["Bosnia and Herzegovina"],
    ),
    (
        "The leaders of Iraq and its neighbours condemned the attack.",
        "condemned",
        ["The leaders of Iraq and its neighbours"],
        ["Iraq"],
    ),
    ("The government of Ethiopia condemned the attack.", "condemned", ["The government of Ethiopia"], ["Ethiopia"]),
    (
        "The families of John Smith and Maria Garcia sued the city.",
        "sued",
        ["The families of John Smith and Maria Garcia"],
        None,
    ),
    (
        "The bombing of Gaza and Lebanon angered the Arab League.",
        "angered",
        ["The bombing of Gaza and Lebanon"],
        None,
    ),
]


@pytest.mark.parametrize("text, trigger, sources, names", LISTED_OWNERS)
def test_a_group_of_several_named_actors_is_a_source_for_each(nlp, text, trigger, sources, names):
    assert _spans(nlp, text, trigger)[0] == sources
    if names is not None:  # a sentence the coder gives an event on the trigger
        event = _event_on(nlp, text, trigger)
        assert event["actors"] == names


# (sentence, trigger, sources): a group that names no one is who the actors it lists with
# "including" are, one side; a group that names itself is who, its examples left out.
LISTED_MEMBERS = [
    (
        "Several student groups including the Tamil Students Union and the Law Students Union "
        "held a protest at the university.",
        "held",
        ["the Tamil Students Union and the Law Students Union"],
    ),
    (
        "Syrian rebel groups, including the powerful Islamist Ahrar al-Sham, threatened to shell the army bases.",
        "threatened",
        ["Syrian rebel groups"],
    ),
    ("Several groups, including students, held a protest.", "held", ["Several groups"]),
]


@pytest.mark.parametrize("text, trigger, sources", LISTED_MEMBERS)
def test_a_group_that_names_no_one_is_the_actors_it_lists(nlp, text, trigger, sources):
    assert _spans(nlp, text, trigger)[0] == sources


def test_a_phrase_never_ends_in_its_coordinator(nlp):
    # the parse reads the second name as a verb: the phrase stops before the "and"
    text = "Several aid agencies, including Oxfam and Save the Children, sent food to Yemen."
    sources, _ = _spans(nlp, text, "sent")
    assert sources and not any(s.endswith(("and", ",")) for s in sources), sources


def test_a_coordinator_the_parse_hangs_inside_the_first_conjunct_joins_the_second(nlp):
    # the parse hangs "and" on "Media" and the second description on "director"
    text = (
        "John Smith, current director of the U.S. Agency for Global Media and the former State "
        "Department official who led the talks, criticized the plan."
    )
    expected = (
        "John Smith, current director of the U.S. Agency for Global Media and the former State Department official"
    )
    assert _spans(nlp, text, "criticized")[0] == [expected]


# (sentence, trigger, targets): an act named by a noun is done to the actor its "of" names
# and to the actor of an aim phrase the parse hangs on the verb whose object the noun is; an
# armed force that names no one is the doer's own, a thing on that verb is what it is done
# with, a verb that reports the act lends it none of its phrases, the "of" of a request names
# its author and a pronoun on the verb is no one acted on.
ACT_NOUN_TARGETS = [
    ("Israel today began its invasion of southern Lebanon.", "invasion", ["southern Lebanon"]),
    (
        "The army intensified its bombardment of the besieged Palestinian camp.",
        "bombardment",
        ["the besieged Palestinian camp"],
    ),
    (
        "The two presidents called for the withdrawal of Syrian forces from Lebanon.",
        "withdrawal",
        ["Lebanon", "Syrian forces"],
    ),
    (
        "Angry activists staged rallies in the capital against the prime minister.",
        "rallies",
        ["the prime minister"],
    ),
    ("The army announced the deployment of 300 troops.", "deployment", []),
    ("The rebels staged attacks on Monday with the help of the villagers.", "attacks", []),
    ("France condemned the attacks in a call with Germany.", "attacks", []),
    ("The picture was taken at the request of the governor.", "request", []),
    ("On this at least, Democrats and Republicans found agreement.", "agreement", ["Republicans"]),
]


@pytest.mark.parametrize("text, trigger, targets", ACT_NOUN_TARGETS)
def test_an_act_noun_is_done_to_the_actor_its_phrase_names(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# (sentence, trigger, source names, target names); written for the rule: a named person or
# organisation is also named by the state or people its title or description names
AFFILIATED = [
    (
        "Chilean President Gabriel Boric visited the flooded towns on Sunday.",
        "visited",
        ["Gabriel Boric", "Chilean"],
        [],
    ),
    (
        "Norway's Foreign Ministry summoned the Russian ambassador.",
        "summoned",
        ["Foreign Ministry", "Norway"],
        ["Russia"],
    ),
    (
        "Viktor Orban, the Hungarian prime minister, vetoed the aid package.",
        "vetoed",
        ["Viktor Orban", "Hungarian"],
        [],
    ),
    ("President Yoweri Museveni of Uganda pardoned the soldiers.", "pardoned", ["Yoweri Museveni", "Uganda"], []),
    (
        "Police arrested Peruvian opposition leader Keiko Fujimori on Tuesday.",
        "arrested",
        ["police"],
        ["Keiko Fujimori", "Peruvian"],
    ),
    ("Lena Ortiz, Colombia's ambassador to Spain, signed the agreement.", "signed", ["Lena Ortiz", "Colombia"], []),
    # negative: a title with no state, a place where it happens, a name that holds its state,
    # a field a description names, a common noun (named by its modifier alone)
    ("Mark Brennan, a China analyst, criticised the ruling.", "criticised", ["Mark Brennan"], []),
    ("Olaf Scholz met Donald Tusk in Warsaw.", "met", ["Olaf Scholz"], ["Donald Tusk", "Warsaw"]),
    ("The Brazilian Senate approved sanctions against the company.", "sanctions", ["The Brazilian Senate"], []),
    ("Indonesian troops shelled the village.", "shelled", ["Indonesian"], []),
]


@pytest.mark.parametrize("text, trigger, sources, targets", AFFILIATED)
def test_a_named_actor_is_also_named_by_the_state_its_title_names(nlp, text, trigger, sources, targets):
    event = _event_on(nlp, text, trigger)
    assert (event["actors"], event["targets"]) == (sources, targets)


# (sentence, trigger, source phrases); AllSides sentences (article ids beside them) but the
# negatives; written for the rule: a list of three or more names that acts on no one else is
# each a source, not a joint act of the first with the others (a pair stays one: "Brazil and
# the United States are seeking ..."), and a list of states the parse hangs on the first as
# an apposition is that list
LISTED = [
    # YvVO0DxkBabw82em
    (
        "China, Japan and the European Union condemned Thursday the Trump administration's "
        "decision to launch an investigation into whether tariffs are needed on imports of "
        "vehicles and automotive parts into the United States.",
        "condemned",
        ["China", "Japan", "the European Union"],
    ),
    # KcraidT8qGg5BCQm
    (
        "Britain, France and Germany had called on Trump on Thursday to uphold the pact.",
        "called",
        ["Britain", "France", "Germany"],
    ),
    # F2BYsVBUYZCSjDFl
    (
        "It is hard to remember a time when Israel, Saudi Arabia, and the United Arab Emirates "
        "have publicly expressed their dissatisfaction with American leadership in the Middle "
        "East.",
        "expressed",
        ["Israel", "Saudi Arabia", "the United Arab Emirates"],
    ),
    # negative: one state named twice, a city and its state
    (
        "The United Arab Emirates (UAE) lifted its ban on imports from Qatar.",
        "lifted",
        ["The United Arab Emirates (UAE)"],
    ),
    (
        "Officials in Kabul, Afghanistan, condemned the attack.",
        "condemned",
        ["Officials in Kabul, Afghanistan"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources", LISTED)
def test_a_list_of_names_is_each_a_source(nlp, text, trigger, sources):
    assert _spans(nlp, text, trigger)[0] == sources


# (sentence, trigger, source names); AllSides sentences (article ids beside them) but the
# last two; written for the rule: a place compound before an office of a state's organ in
# apposition names the state served, and the "of" of the body an office's "of" names the
# body it is part of
TITLE_PLACES = [
    # nWzAygdUIsn4iz4N
    (
        "Samantha Power, the U.S. ambassador to the United Nations, accused Russia of lying.",
        "accused",
        ["Samantha Power", "United States"],
    ),
    # b25WoYT3ki8A12Mn
    (
        "Sir Alan Duncan, a Foreign Office minister, attacked Johnson’s role in the affair.",
        "attacked",
        ["Alan Duncan", "Foreign Office"],
    ),
    # Z21BEGomNnsfBbbW
    (
        "Collins was charged by Geoffrey Berman, the U.S. attorney in Manhattan.",
        "charged",
        ["Geoffrey Berman", "United States"],
    ),
    (
        "Mario Rossi, a member of the foreign affairs committee of the Italian parliament, "
        "condemned the attacks.",
        "condemned",
        ["Mario Rossi", "Italian"],
    ),
    # negative: a place compound before a noun of no state office names a field
    ("Victor Cha, a North Korea expert, condemned the attacks.", "condemned", ["Victor Cha"]),
    # written for the rule: only the compound right before the office, a place or body, not
    # a person, names what is served; an envoy's place is where the envoy is sent
    ("Mike DeWine, the Ohio governor, condemned the attack.", "condemned", ["Mike DeWine", "Ohio"]),
    ("John Smith, a former Iraq war soldier, condemned the attack.", "condemned", ["John Smith"]),
    ("Mark Brown, a former Afghanistan war veteran, criticized the deal.", "criticized", ["Mark Brown"]),
    ("John Smith, the Russia envoy, condemned the attack.", "condemned", ["John Smith"]),
    ("John Smith, a Trump campaign official, condemned the attack.", "condemned", ["John Smith"]),
    ("John Smith, a Biden administration official, condemned the attack.", "condemned", ["John Smith"]),
    ("Tom Hill, a Clinton administration official, criticized the deal.", "criticized", ["Tom Hill"]),
    (
        "John Bolton, the U.S. ambassador to the United Nations, criticized the deal.",
        "criticized",
        ["John Bolton", "United States"],
    ),
    # pvNizHTMoAK3yFGb
    (
        "Joseph Yun, the US envoy for North Korea, and Pak Song-Il, a senior North Korean "
        "diplomat at the UN, are said to be leading the talks.",
        "talks",
        ["Joseph Yun", "United States"],
    ),
    # written for the rule: an "of" is followed no further past a kinship noun or a bare field
    (
        "Jane Doe, a member of the family of an Israeli hostage, condemned the attack.",
        "condemned",
        ["Jane Doe"],
    ),
    (
        "John Smith, a friend of the family of a Saudi prince, condemned the attack.",
        "condemned",
        ["John Smith"],
    ),
    (
        "Sarah Jones, a cousin of the wife of a Saudi prince, criticized the deal.",
        "criticized",
        ["Sarah Jones"],
    ),
    (
        "John Smith, a professor of history of the Ottoman Empire, condemned the attack.",
        "condemned",
        ["John Smith"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources", TITLE_PLACES)
def test_a_place_before_an_office_of_a_state_names_the_state(nlp, text, trigger, sources):
    assert _event_on(nlp, text, trigger)["actors"] == sources


# (sentence, trigger, source names, target names), AllSides sentences (article ids beside them);
# written for the rule: a person's title also names the organisation the person serves or
# leads, a common noun that is the title of a person in apposition and an "of" object's
# modifiers name the state, a people is also named by its state, and a government named by
# its leader is named as the government
TITLED_BODIES = [
    # gFrujh6mAO7BRnY2: the organisation in a target's title
    (
        "On Tuesday, Trump will meet with Palestinian Authority President Mahmoud Abbas.",
        "meet",
        ["Trump"],
        ["Mahmoud Abbas", "Palestinian Authority"],
    ),
    # Q6OBWCoFg6fW8EBG: a common noun, the title of the person in apposition, and its "of"
    (
        "On Sunday the head of the Cairo-based Arab League, Nabil Elaraby, announced that a "
        "conference bringing together representatives of the Assad government and the Syrian "
        "opposition would take place Nov. 23 in Geneva.",
        "announced",
        ["Nabil Elaraby", "Arab League"],
        [],
    ),
    # DymCqvsUMV9cbMVg: a people named by its state
    (
        "Top Georgia Republicans continue to use the power of the state to investigate political "
        "rivals, executing a strategy that voting rights activists say is designed to intimidate "
        "voting rights organizations and activists serving minority communities.",
        "investigate",
        ["Republicans", "Georgia"],
        [],
    ),
    # negative, ImWEuzpBPGc8956D: a title's own field, which the tagger calls an organisation
    (
        'Defense Secretary Ashton Carter called the Russian campaign of airstrikes in Syria a '
        '"fundamental mistake."',
        "called",
        ["Ashton Carter"],
        ["Russia", "Syria"],
    ),
    # JiS25jPOEXz3gqcM: a government named by the person who leads it is no person
    (
        "The Obama administration last week accused Moscow of contributing to the Syrian "
        "government’s slaying of pro-democracy protesters by selling military helicopters to the "
        "regime of Syrian President Bashar al-Assad.",
        "accused",
        ["Obama administration"],
        ["Russia"],
    ),
    # negative, k4t7D2awPWv2ku0J: a kinship noun's "of" names a relative, not whom one serves
    (
        "Rubio, the son of Cuban immigrants, also sought to draw a contrast with Trump on the "
        "restoration of relations between the United States and Cuba.",
        "sought",
        ["Rubio"],
        ["Trump", "United States", "Cuba"],
    ),
    # negative: a spouse is a relative as a son is (the one KIN_NOUNS of person_nouns)
    (
        "Jane Roe, the spouse of the Egyptian ambassador, accused the Israeli police of abuse.",
        "accused",
        ["Jane Roe"],
        ["Israeli"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets", TITLED_BODIES)
def test_a_title_names_the_body_a_person_serves_and_its_state(nlp, text, trigger, sources, targets):
    event = _event_on(nlp, text, trigger)
    assert (event["actors"], event["targets"]) == (sources, targets)


# (sentence, trigger, source names); written for the rule: agents named by their role, and a
# source naming no one, are named by the body their phrase says they belong to, are led by or
# are made by
BODIES = [
    ("KFOR soldiers arrested two men at the checkpoint.", "arrested", ["KFOR"]),
    ("Gunmen with the Arakan Army ambushed a police convoy near the border.", "ambushed", ["Arakan Army"]),
    ("Militants with Hamas fired rockets at the town.", "fired", ["Hamas"]),
    ("Ukrainian-led forces recaptured the village.", "recaptured", ["Ukraine"]),
    # a participle kept in the phrase: where a group is based, whom people are affiliated
    # with, who fired a thing
    ("A militia based in Tripoli shelled the airport.", "shelled", ["Tripoli"]),
    (
        "Teachers affiliated with the National Education Union blocked the road.",
        "blocked",
        ["National Education Union"],
    ),
    ("Shells fired by the Turkish navy struck the fishing village.", "struck", ["Turkey"]),
    # negative: a government led by a people is still the government, a "with" that names no
    # organisation says what they have, a backer is not whose they are
    ("The Shiite-led government arrested the protest leaders.", "arrested", ["government"]),
    ("Soldiers with rifles stormed the building.", "stormed", ["soldier"]),
    ("Police with dogs searched the station.", "searched", ["police"]),
    ("Opposition-backed protesters blocked the road.", "blocked", ["protester"]),
    # negative: where a thing was released says where, whom a participle acts on is no owner
    ("A report released in Geneva accused the army of torture.", "accused", ["A report"]),
    ("A coalition fighting the rebels bombed the bridge.", "bombed", ["A coalition"]),
]


@pytest.mark.parametrize("text, trigger, sources", BODIES)
def test_a_source_is_named_by_the_body_its_phrase_says_it_belongs_to(nlp, text, trigger, sources):
    event = _event_on(nlp, text, trigger)
    assert event["actors"] == sources


# (sentence, trigger, sources, targets); written for the rule: an act of force done to someone
# held in custody, with no doer named, is the custodian's, and the one held its target
CUSTODY = [
    (
        "An opposition journalist died in Egyptian police custody on Sunday.",
        "died",
        ["Egyptian police custody"],
        ["An opposition journalist"],
    ),
    (
        "The activist was tortured in a military prison in Syria.",
        "tortured",
        ["a military prison in Syria"],
        ["The activist"],
    ),
    ("A student died in jail in Tehran after a beating.", "died", ["jail in Tehran"], ["A student"]),
    # a custody that names its holder: the place says where, not whose
    ("Two migrants died in Border Patrol custody in Texas.", "died", ["Border Patrol custody"], ["Two migrants"]),
    # negative: a place or a means says where or how, not who; custody one is freed from says
    # whence; a custody inside the subject is the subject's past; a doer named stays the doer
    ("Two soldiers were killed in an ambush near the border.", "killed", [], ["Two soldiers"]),
    ("The farmer died in hospital in Lagos after the attack.", "died", [], ["The farmer", "Lagos"]),
    ("The rebel commander was freed from Turkish custody.", "freed", [], ["The rebel commander"]),
    ("A journalist who spent six years in prison died in a car crash.", "died", [], ["A journalist"]),
    ("The prisoner was beaten by guards in a jail near Tehran.", "beaten", ["guards"], ["The prisoner"]),
]


@pytest.mark.parametrize("text, trigger, sources, targets", CUSTODY)
def test_an_act_of_force_on_someone_in_custody_is_the_custodians(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


# (sentence, trigger, sources, targets); written for the rule: who dies is acted on, never the
# doer; a death's doer is the name of its means or the subject of the act of force after which
# it came, else no one (AllSides and newswire sentences)
DEATHS = [
    ("Two protesters died after police opened fire in Cairo.", "died", ["police"], ["Two protesters"]),
    (
        "Three soldiers died in an Israeli air strike.",
        "died",
        ["an Israeli air strike"],
        ["Three soldiers"],
    ),
    # mxw0jiUYsmLEg1Wh, aZ9A3Fhp7ExnVAPK (its "SDF fighters" clause shortened)
    ("Two Americans died and many more received wounds.", "died", [], ["Two Americans"]),
    (
        "At least 11,000 SDF fighters have died in the four-year military campaign against the "
        "group in Syria.",
        "died",
        [],
        ["At least 11,000 SDF fighters"],
    ),
    # negative: an act of another kind after it is not what brought the death about
    ("The senator died after the committee announced an inquiry.", "died", [], ["The senator"]),
    # written for the rule: a death's means is a doer only as an act or instrument of force;
    # a natural event, a place or an institution is none
    ("Thousands of people died in a Turkish earthquake.", "died", [], ["Thousands of people"]),
    ("The dissident died in a Chinese hospital.", "died", [], ["The dissident"]),
    ("The reform died in a Senate committee after Republicans blocked it.", "died", [], []),
    (
        "A journalist died in a Syrian government air strike on Sunday.",
        "died",
        ["a Syrian government air strike"],
        ["A journalist"],
    ),
    # written for the rule: other verbs of dying code the death on the dead too
    (
        "Hundreds of civilians perished in the Russian bombardment of Mariupol.",
        "perished",
        ["the Russian bombardment of Mariupol"],
        ["Hundreds of civilians"],
    ),
    ("Dozens of migrants drowned off the coast of Libya.", "drowned", [], ["Dozens of migrants"]),
    # negative: a verb of causing a death with an object is its doer's
    ("Police drowned the protester in the river.", "drowned", ["Police"], ["the protester"]),
]


@pytest.mark.parametrize("text, trigger, sources, targets", DEATHS)
def test_who_dies_is_acted_on_not_the_doer(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


@pytest.mark.parametrize(
    "text",
    [
        "The protests died down after police withdrew.",
        "The violence died down after the ceasefire took hold.",
    ],
)
def test_a_verb_of_dying_with_a_particle_of_fading_is_no_death(nlp, text):
    from newsdesk.events import extract_events

    assert not [e for e in extract_events(nlp(text)) if e["trigger"] == "died"]


def test_the_dead_name_no_source(nlp):
    event = _event_on(nlp, "Two Americans died and many more received wounds.", "died")
    assert (event["actors"], event["targets"]) == ([], ["United States"])


@pytest.mark.parametrize(
    "text, trigger, names",
    [
        ("An opposition journalist died in Egyptian police custody on Sunday.", "died", ["Egyptian"]),
        ("The activist was tortured in a military prison in Syria.", "tortured", ["Syria"]),
    ],
)
def test_a_custody_is_named_by_whose_or_where_it_is(nlp, text, trigger, names):
    event = _event_on(nlp, text, trigger)
    assert event["actors"] == names


# (sentence, trigger, target phrases, phrases that are no target); written for the rule: a
# target of people or a thing whose phrase names them leaves out where they are, while people
# named by no name keep it (the place says who they are), and so does a place
TARGET_PLACES = [
    (
        "Poland summoned the Russian ambassador in Warsaw on Monday.",
        "summoned",
        ["the Russian ambassador"],
        ["the Russian ambassador in Warsaw"],
    ),
    (
        "The charity delivered blankets to families in Aleppo.",
        "delivered",
        ["families in Aleppo"],
        ["families"],
    ),
    # a thing named by whose it is leaves out where it is, as people named so do
    (
        "Insurgents attacked an Afghan army base in southern Kandahar province overnight.",
        "attacked",
        ["an Afghan army base"],
        ["an Afghan army base in southern Kandahar province"],
    ),
    (
        "The secretary of state defended US strategy in Afghanistan on Monday.",
        "defended",
        ["US strategy"],
        ["US strategy in Afghanistan"],
    ),
    # negative: a place keeps where it lies, which says which place it is
    (
        "Government forces launched air strikes against the rebel-held enclave of Eastern "
        "Ghouta near the capital Damascus.",
        "launched",
        ["the rebel-held enclave of Eastern Ghouta near the capital Damascus"],
        ["the rebel-held enclave of Eastern Ghouta"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets, not_targets", TARGET_PLACES)
def test_a_named_target_leaves_out_where_it_is(nlp, text, trigger, targets, not_targets):
    found = _spans(nlp, text, trigger)[1]
    assert found == targets
    assert not set(found) & set(not_targets)


# (sentence, trigger, target phrases); written for the rule: a thing acted on that comes from
# an actor gives way to that actor, not to a place it comes from
GIVERS = [
    ("The mayor requested assistance from the national guard.", "requested", ["the national guard"]),
    ("The ministry requested help from the Red Cross.", "requested", ["the Red Cross"]),
    # negative: a place it comes from says where, and so does a thing a place names
    ("The council welcomed the return of refugees from Turkey.", "welcomed", ["the return of refugees from Turkey"]),
    ("The senator took a break from his Vermont holiday to brief reporters.", "took", ["reporters"]),
]


@pytest.mark.parametrize("text, trigger, targets", GIVERS)
def test_a_thing_from_an_actor_is_aimed_at_that_actor(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# (sentence, trigger, target phrases); written for the rule: conjoined targets that each have a
# name in their own head or modifiers are each a target (AllSides Q1VGVrFGtdzYu2Fd for the
# first); one named only by its "of" phrase, or owned by a pronoun, stays with the phrase
CONJOINED_TARGETS = [
    (
        "According to a memo in mid-February, Priebus requested that Comey and other senior "
        "FBI officials “publicly knock down media reports.”",
        "requested",
        ["Comey", "other senior FBI officials"],
    ),
    (
        "The prime minister launched an effort to end the rift between Qatar and other Gulf states.",
        "launched",
        ["Qatar", "other Gulf states"],
    ),
    (
        "The air force carried out attacks on the Syrian army and its ally Hezbollah.",
        "attacks",
        ["the Syrian army and its ally Hezbollah"],
    ),
    (
        "Gunmen carried out an attack on Iran's parliament and the tomb of Ayatollah Khomeini.",
        "attack",
        ["Iran's parliament and the tomb of Ayatollah Khomeini"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets", CONJOINED_TARGETS)
def test_conjoined_targets_that_each_name_an_actor_are_each_a_target(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


def test_an_inmate_acted_on_is_a_person_not_a_thing_that_gives_way_to_its_place(nlp):
    text = "Prison guards tortured an inmate to death in northern Iran on Monday."
    assert _spans(nlp, text, "tortured")[1] == ["an inmate"]


# (sentence, trigger, source phrases, target phrases); written for the rule: an agentless
# passive whose subject names its doer: an armed force moved, whose own the name says (AllSides
# CzTQLeyxPPgzOQmm for the first), whoever put a restriction in place, an actor that takes
# part in an act; a force acted on by another and a restriction that names no one name none
OWN_SUBJECTS = [
    (
        "The Pentagon has said US troops are being deployed to Saudi Arabia to defend "
        "American interests.",
        "deployed",
        ["US troops"],
        ["Saudi Arabia"],
    ),
    ("US sanctions on Iran were eased last year.", "eased", ["US"], ["Iran"]),
    (
        "Serbian Armed Forces were engaged in ethnic cleansing in Kosovo.",
        "engaged",
        ["Serbian Armed Forces"],
        [],
    ),
    ("Russian troops were killed in an ambush.", "killed", [], ["Russian troops"]),
    ("The sanctions were lifted in January.", "lifted", [], []),
]


@pytest.mark.parametrize("text, trigger, sources, targets", OWN_SUBJECTS)
def test_an_agentless_passive_whose_subject_names_its_doer(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


# (sentence, trigger, target phrases); written for the rule: an act that those sent somewhere
# are sent to do is aimed at where they are sent (AllSides 1NgNNjJyfeT1pq9o for the first);
# none when no "to" says where
SENT_TO = [
    (
        "The United States has sent military advisers to Iraq to help that country combat ISIS.",
        "help",
        ["Iraq"],
    ),
    (
        "The United States has sent officials to Qatar to investigate a report that Doha funds "
        "Hezbollah.",
        "investigate",
        ["Qatar"],
    ),
    (
        "The agency sent a team to investigate the crash of a Chinese airliner.",
        "investigate",
        ["the crash of a Chinese airliner"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets", SENT_TO)
def test_an_act_those_sent_are_sent_to_do_is_aimed_at_where_they_are_sent(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# (sentence, trigger, source names, target names), AllSides sentences (article ids beside them);
# written for the rule: the United Kingdom and the European Union are each named by one name,
# whatever words the writer uses ("the UK", "British", "the EU"), as the other states of
# ``names.canonical_country`` are
STATE_NAMES = [
    # ArBiRL7s2tysp0PF
    ("The UK has expelled Russian diplomats.", "expelled", ["United Kingdom"], ["Russia"]),
    # 2aKcM4vPgwlCgxCC
    (
        "“The EU calls on Israel to end all settlement activity, in line with its obligations as "
        "an occupying power.”",
        "calls",
        ["European Union"],
        ["Israel"],
    ),
    # flocwk9A6kbPnrrb
    (
        "On Thursday, British police bundled Julian Assange out of the Ecuadorian embassy in "
        "London, his refuge of almost seven years.",
        "bundled",
        ["United Kingdom"],
        ["Julian Assange"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets", STATE_NAMES)
def test_the_united_kingdom_and_the_european_union_have_one_name(nlp, text, trigger, sources, targets):
    event = _event_on(nlp, text, trigger)
    assert (event["actors"], event["targets"]) == (sources, targets)


# (sentence, head word, name), AllSides sentences (article ids beside them): a name the tagger
# cut short before its "of" or "for" object is read with that object; a capitalised
# "Government of X" is named by its state, as "the government of X" is
CUT_NAMES = [
    # iIvhoSTy9r8p3d9I: "Concerned Women for" and "America"
    (
        "“It’s going to be more difficult for him to make the argument that he’s the "
        "front-runner,” said Penny Nance, the head of Concerned Women for America, a "
        "conservative group.",
        "Women",
        "Concerned Women for America",
    ),
    # ftKTq8zhyzP8MQ7M: an agency's name keeps its own words
    (
        "The Civil Aviation Administration of China said the order is to take effect by 6 p.m.",
        "Administration",
        "Civil Aviation Administration of China",
    ),
    # tn4cowxffgZTntRf
    (
        '"We are not going to get into details of our diplomatic discussions but the Government '
        'of Iraq has made clear that they welcome our support in their effort to confront '
        '[ISIS]," spokeswoman Bernadette Meehan said.',
        "Government",
        "Iraq",
    ),
    # PNBSeNvh4lNPJZIK
    (
        "The President and Secretary agreed that all parties in Turkey should support the "
        "democratically-elected Government of Turkey, show restraint, and avoid any violence or "
        "bloodshed.",
        "Government",
        "Turkey",
    ),
]


@pytest.mark.parametrize("text, word, name", CUT_NAMES)
def test_a_name_cut_short_before_its_of_object_is_read_with_it(nlp, text, word, name):
    from newsdesk.events.slots import ActorNames

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert ActorNames(doc, []).name(token, subject=True) == name


# (sentence, trigger, source names, target names), AllSides sentences (article ids beside them);
# written for the rule: an arrest or an expulsion with no doer named, done in or from a named
# state or city, is that state's authorities' act (``custody.arresting_state``)
ARRESTED_IN = [
    # VAGfnjvxL3YXJA99
    (
        "In addition to the targeted sanctions, 35 Russian operatives were expelled from the U.S.",
        "expelled",
        ["United States"],
        ["Russia"],
    ),
    # K4VjVvf69SHfFbYM
    (
        "In November, Jeffrey Clark, an alleged neo-Nazi, was arrested in DC for stockpiling "
        "weapons and making threats after the Pittsburgh synagogue mass shooting.",
        "arrested",
        ["DC"],
        ["Jeffrey Clark"],
    ),
    # negative, I3fSYEu3DDGGl26J: no place
    (
        "No one has been arrested in connection with the massacre, but authorities say arrests "
        "are possible.",
        "arrested",
        [],
        [],
    ),
    # negative, R5orCm8qMR9acIb0: a chamber, no state
    (
        "And Lloyd Russell-Moyle, the Labour MP for Brighton Kemptown, was expelled from the "
        "Commons after grabbing the ceremonial mace and trying to take it out of the chamber.",
        "expelled",
        [],
        ["Lloyd Russell-Moyle"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets", ARRESTED_IN)
def test_an_arrest_in_a_state_with_no_doer_is_its_authorities(nlp, text, trigger, sources, targets):
    event = _event_on(nlp, text, trigger)
    assert (event["actors"], event["targets"]) == (sources, targets)


# (sentence, trigger, source names), AllSides sentences (article ids beside them); written for
# the rule: the field a ministry covers, named in a title, is the title's own field and no body
# the person serves ("Education Secretary": no "Education"), as "Defense" of "Defense Minister"
# is; a body named in a title stays ("NATO Secretary General": NATO, above)
PORTFOLIO_TITLES = [
    # Y8WSjk1UyTDTYgil
    (
        "Education Secretary Betsy DeVos visited Stoneman Douglas on the first full day of "
        "classes since the shooting, while the accused gunman, Nikolas Cruz, was indicted on 17 "
        "counts of murder.",
        "visited",
        ["Betsy DeVos"],
    ),
    # EgoGDiQIvwg8vs0K
    (
        'Health and Human Services Secretary Kathleen Sebelius apologized Wednesday to Americans '
        'for the "miserably frustrating experience" caused by problems with the Obamacare website.',
        "apologized",
        ["Kathleen Sebelius"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources", PORTFOLIO_TITLES)
def test_a_ministrys_field_in_a_title_names_no_body(nlp, text, trigger, sources):
    event = _event_on(nlp, text, trigger)
    assert event["actors"] == sources


# (sentence, trigger, sources, targets), AllSides sentences (article ids beside them); written
# for the rule: "X and other Ys" names two actors, the named one and the others of its kind,
# each its own source or target, as the annotators of real newswire mark them
OTHERS_OF_KIND = [
    # FwpkA1ngPLW7JQYY
    (
        "Democrats and other critics blasted Trump's plan to reduce the scope of the task force "
        "on Tuesday, especially given the threat that death tolls would rise as states reopen "
        "businesses and other parts of their economies.",
        "blasted",
        ["Democrats", "other critics"],
        ["Trump's plan"],
    ),
    # elGcglr5RsxS5wm2
    (
        "During his recent visit to the United States in September, Pope Francis met with "
        "Hispanics and other immigrants where he publicly thanked those who have sought to serve "
        "God “by defending the cause of the poor and the immigrant.”",
        "met",
        ["Pope Francis"],
        ["Hispanics", "other immigrants"],
    ),
    # CcThPocGXsXh2xus
    (
        "In 2015, the bank was fined $258 million for violating sanctions on Iran and other "
        "blacklisted nations.",
        "violating",
        [],
        ["Iran", "other blacklisted nations"],
    ),
]


@pytest.mark.parametrize("text, trigger, sources, targets", OTHERS_OF_KIND)
def test_a_named_actor_and_others_of_its_kind_are_two_actors(nlp, text, trigger, sources, targets):
    assert _spans(nlp, text, trigger) == (sources, targets)


def test_a_name_and_its_own_side_stay_one_phrase(nlp):
    """No "other": a group owned by the named one is its side, one phrase (AllSides,
    mnacePz3rPqnrDsi)."""
    text = (
        "Edwards and his supporters attacked Vitter's character at every turn with harsh "
        "language, calling him a liar and a stain on Louisiana."
    )
    assert _spans(nlp, text, "attacked")[0] == ["Edwards and his supporters"]


# (sentence, trigger, targets, target names), AllSides sentences; written for the rule: a thing
# an agent noun says whose it is stays the target beside the place the verb names after it,
# which names it ("attacked an army camp in western Kabul"); a place that opens the sentence
# sets the scene of the whole act and is not where the thing is
ACTORS_THINGS = [
    # wUb0ZRe4jqaCknJ9
    (
        "That same year Abdulhakim Muhammad allegedly attacked a military recruiting station in "
        "Little Rock, Arkansas, shooting one to death and wounding another.",
        "attacked",
        ["a military recruiting station"],
        ["Little Rock"],
    ),
    # mE63gR3Ma4LsMpgw
    (
        "In Pennsylvania, Democratic lawmakers have fused a police reform and racial justice "
        "agenda with a pandemic recovery platform under the banner of a “just recovery.”",
        "fused",
        ["Pennsylvania"],
        ["Pennsylvania"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets, names", ACTORS_THINGS)
def test_an_actors_thing_is_the_target_beside_its_place(nlp, text, trigger, targets, names):
    assert _spans(nlp, text, trigger)[1] == targets
    assert _event_on(nlp, text, trigger)["targets"] == names


def test_a_phrase_ends_before_a_paragraph_break(nlp):
    """A space the tokeniser keeps as a word neither opens nor ends a phrase (bsC4CJr0SG433Qb9)."""
    text = (
        "Democrats lost in Massachusetts, Maryland and Illinois\n\nThe lone bright spot for "
        "Democrats was in Pennsylvania\n\n"
    )
    assert _spans(nlp, text, "lost")[1] == ["Massachusetts", "Maryland", "Illinois"]


def test_a_preposition_of_reference_names_whom_the_act_concerns(nlp):
    """"in reference to X" is one preposition, which the parse splits: X is the target, not a
    place's phrase (AllSides, HdNt2Y057J8qdiDM)."""
    text = (
        "Vincent Sheheen got some unwanted attention for accidentally using an offensive word "
        "in reference to Nikki Haley, the GOP incumbent who is the state's first female "
        "governor."
    )
    assert _spans(nlp, text, "using")[1] == ["Nikki Haley"]


# An act of force against or on a thing an agent noun says whose it is is aimed at that thing,
# as "attacked a military base" is, also through the name in apposition to the act; an act
# noun whose agent modifier is its doer is aimed at where it was done; a thing an agent noun
# owns stays whole when the verb names its place. One AllSides sentence (KRYZHgw6JOJMVTZ9:
# the sanctions' phrase whole before), the others written for the rule: (text, trigger,
# target phrases).
AIMED_AT_THINGS = [
    (
        "Months later in March the administration slapped sanctions on Russian government "
        "hackers and spy agencies, including people named in FBI Robert Mueller's indictment.",
        "slapped",
        ["Russian government hackers and spy agencies"],
    ),
    (
        "Houthi rebels launched a missile attack against a military base in the Jizan region.",
        "launched",
        ["a military base in the Jizan region"],
    ),
    ("The minister condemned terrorist attacks in Kabul.", "condemned", ["Kabul"]),
    ("Rebels attacked an army camp in western Kabul.", "attacked", ["an army camp"]),
    (
        "The rebels launched an attack on the city's water supply.",
        "launched",
        ["the city's water supply"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets", AIMED_AT_THINGS)
def test_an_act_of_force_on_an_actors_thing_is_aimed_at_it(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


def test_aid_or_a_release_asked_for_someone_is_aimed_at_them(nlp):
    """CAMEO 023 and 0253: the one aid or a release is asked for is the appeal's target."""
    text = "The family is seeking release for the jailed activist."
    event = _event_on(nlp, text, "seeking")
    assert (event["plover"], [text[s:e] for s, e in event["target_spans"]]) == (
        "REQUEST",
        ["the jailed activist"],
    )
    from newsdesk.events import extract_events

    text = "The senators called for a closed-door briefing for the entire Senate."
    assert not any(e["trigger"] == "called" for e in extract_events(nlp(text)))


# A noun of one person by what they do that the agent lexicon lacks names people acted on, a
# target, never a thing; a body one has ("a more diverse staff") is none. Two AllSides
# sentences (ids beside them; no target before), the others written for the rule: (text,
# trigger, target phrases).
PERSONS_ACTED_ON = [
    # jeN5DuKRBB8TqqZU
    (
        "Authorities said he had threatened officers with a knife and implored them to kill him.",
        "threatened",
        ["officers"],
    ),
    # Tf8o89OwthVZO7C9
    (
        "After promising “fire and fury” toward North Korea in 2017, Trump in 2018 was meeting "
        "with that country's leader.",
        "meeting",
        ["that country's leader"],
    ),
    ("The government released the detained leaders.", "released", ["the detained leaders"]),
    # written for the rule: every noun of kinship (``person_nouns.KIN_NOUNS``) names a person
    ("Police arrested his stepson.", "arrested", ["his stepson"]),
    ("Authorities detained her fiancé at the airport.", "detained", ["her fiancé"]),
    ("She said the newspaper needed a more diverse staff.", "needed", []),
]


@pytest.mark.parametrize("text, trigger, targets", PERSONS_ACTED_ON)
def test_a_person_named_by_what_they_do_is_a_target(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# A verb of two words of the dictionary (*let free*, *set free*) whose second word the parse
# hangs on the noun after it, or makes a clause with that noun as its object: the persons
# freed are the target, without the word "free"; an adjective after another verb stays
# ("met German Chancellor ..."). Sentences written for the rule: (text, trigger, targets).
FREED_BY_TWO_WORDS = [
    ("The rebels set free six aid workers held since May.", "set", ["six aid workers"]),
    (
        "The government let free some 40 opposition members and journalists.",
        "let",
        ["some 40 opposition members and journalists"],
    ),
    (
        "The prime minister met German Chancellor Angela Merkel in Brussels.",
        "met",
        ["German Chancellor Angela Merkel"],
    ),
]


@pytest.mark.parametrize("text, trigger, targets", FREED_BY_TWO_WORDS)
def test_those_let_or_set_free_are_the_target_without_free(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# A verb of leaving an office whose "as" phrase names the office and the body it serves: the
# body is the target. One AllSides sentence (its id beside it; no target before), the others
# written for the rule: (text, trigger, targets).
OFFICES_LEFT = [
    # EcyTGcTBc2utVkZr
    (
        "Abdelaziz Bouteflika resigned as president of Algeria earlier this year as well in the "
        "face of sustained demonstrations against his decision to run for a fifth consecutive "
        "term.",
        "resigned",
        ["Algeria"],
    ),
    ("The general resigned as chief of the Pakistani army.", "resigned", ["the Pakistani army"]),
    ("She spoke as president of the club.", "spoke", []),
    # "step" leaves an office only with its particle down or aside; in or up it takes one
    ("The general stepped down as chief of the Pakistani army.", "stepped", ["the Pakistani army"]),
    ("Jones stepped in as president of the Football Association after the scandal.", "stepped", []),
    ("Smith stepped up as leader of the Labour Party.", "stepped", []),
]


@pytest.mark.parametrize("text, trigger, targets", OFFICES_LEFT)
def test_an_office_left_names_the_body_it_serves(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets


# Members of an armed group named by their role (the agent lexicon's armed-group nouns:
# "gunmen", "fighters", "militiamen") are an event's source as militants and insurgents
# are, named by their phrase, which may hold the group's name ("Isis fighters"). One AllSides sentence (its id beside it; no event before) and one written for the
# rule: (text, trigger, actors).
ARMED_GROUP_MEMBERS = [
    # c35zhipWkILwXmrG
    (
        "The mass shooting and another months earlier at a suburban Denver movie theatre in "
        "which 12 people were also killed by a gunman with mental problems sparked calls for "
        "more spending on mental health and a renewed call for tighter gun control, including "
        "tougher background checks to keep weapons out of the hands of dangerous people.",
        "killed",
        ["a gunman with mental problems"],
    ),
    ("Masked fighters seized the town's police station overnight.", "seized", ["Masked fighters"]),
]


@pytest.mark.parametrize("text, trigger, actors", ARMED_GROUP_MEMBERS)
def test_an_armed_groups_members_by_role_are_a_source(nlp, text, trigger, actors):
    assert _event_on(nlp, text, trigger)["actors"] == actors


# A state's adjective in the title written before a named person, which the tagger ran into
# another name or left outside its places and peoples, names the person's state as a
# labelled one does; a capitalised adjective that names no state adds nothing, nor does one
# after a hyphen. Sentences written for the rule: (text, trigger, actors).
STATE_ADJECTIVES = [
    (
        "Veteran Pakistani opposition leader Imran Khan accused the army of rigging the vote.",
        "accused",
        ["Imran Khan", "Pakistan"],
    ),
    (
        "Presidential hopefuls Elizabeth Warren and Bernie Sanders criticized the plan.",
        "criticized",
        ["Elizabeth Warren"],
    ),
    ("Special counsel Robert Mueller charged three Russian companies.", "charged", ["Robert Mueller"]),
    # an adjective that is a word of another state's name too names no one state (it named
    # Dominica)
    (
        "Veteran Dominican opposition leader Juan Perez accused the army of rigging the vote.",
        "accused",
        ["Juan Perez"],
    ),
]


@pytest.mark.parametrize("text, trigger, actors", STATE_ADJECTIVES)
def test_a_states_adjective_in_a_title_names_the_persons_state(nlp, text, trigger, actors):
    assert _event_on(nlp, text, trigger)["actors"] == actors


# A pronoun of quantity whose "of" names the whole is no bare pronoun: the part of the whole
# acts or is acted on, named by the whole; a pronoun whole ("some of them") names no one.
# Sentences written for the rule: (text, trigger, sources, targets, source names).
PARTITIVES = [
    (
        "Some of the rebels attacked Israeli troops.",
        "attacked",
        ["Some of the rebels"],
        ["Israeli troops"],
        ["rebel"],
    ),
    (
        "Eritrea has expelled some of the U.N. peacekeepers.",
        "expelled",
        ["Eritrea"],
        ["some of the U.N. peacekeepers"],
        ["Eritrea"],
    ),
    (
        "Each of the Gulf states condemned the attack.",
        "condemned",
        ["Each of the Gulf states"],
        [],
        ["Gulf"],
    ),
    # a thing's part is that thing: no target of its own, its aim or the actor beside it
    (
        "Russia gave to Armenia some of the military equipment.",
        "gave",
        ["Russia"],
        ["Armenia"],
        ["Russia"],
    ),
    (
        "Russia has begun withdrawing some of its troops from Syria.",
        "withdrawing",
        ["Russia"],
        ["Syria"],
        ["Russia"],
    ),
    # negative: a pronoun whole names no one
    ("Israeli troops arrested all of them.", "arrested", ["Israeli troops"], [], ["Israeli"]),
]


@pytest.mark.parametrize("text, trigger, sources, targets, names", PARTITIVES)
def test_a_pronoun_of_quantity_is_the_part_of_the_whole_it_names(nlp, text, trigger, sources, targets, names):
    assert _spans(nlp, text, trigger) == (sources, targets)
    assert _event_on(nlp, text, trigger)["actors"] == names


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Some of them attacked an army base in Kandahar.", "attacked"),
        ("Some of the anti-Christian attacks have taken place in Egypt.", "taken"),  # acts
        ("Neither of the militias attacked the convoy.", "attacked"),  # names none of them
        ("None of the soldiers fired on the crowd.", "fired"),
    ],
)
def test_a_bare_pronoun_of_quantity_is_no_source(nlp, text, trigger):
    assert _spans(nlp, text, trigger)[0] == []


# A reported clause whose subject names none of its whole says no one did the act: it is not
# the reporter's own act (no source; an event, if any, negated), while a pronoun that refers
# back gives the act to the reporter. Sentences written for the rule: (text, trigger, names).
NO_ONE_REPORTED = [
    ("Russia said none of its soldiers had attacked Ukrainian villages.", "attacked", []),
    ("Israel said no one from its army had fired on the protesters.", "fired", []),
    ("Hamas said neither of its commanders met Egyptian officials.", "met", []),
    ("The rebels said none of their fighters attacked the convoy.", "attacked", []),
    ("Israel said they had fired on the protesters.", "fired", ["Israel"]),
]


@pytest.mark.parametrize("text, trigger, names", NO_ONE_REPORTED)
def test_no_one_reported_acting_is_not_the_reporter(nlp, text, trigger, names):
    from newsdesk.events import extract_events

    events = [e for e in extract_events(nlp(text)) if e["trigger"] == trigger]
    assert [e["actors"] for e in events if not e["negated"]] in ([], [names])
    assert all(e["actors"] == [] for e in events if e["negated"])
    if not names:
        assert _spans(nlp, text, trigger)[0] == []


# A negative quantifier followed by an exception names who did act: the act is asserted and
# the exception is its source ("nobody but the army"). Sentences written for the rule.
EXCEPTED = [
    ("Nobody but the army attacked the village.", "attacked", ["army"], "190"),
    ("None other than the president met the delegation in Cairo.", "met", ["the president"], "040"),
]


@pytest.mark.parametrize("text, trigger, names, cameo", EXCEPTED)
def test_an_exception_after_no_one_names_who_acted(nlp, text, trigger, names, cameo):
    from newsdesk.events import extract_events

    events = [e for e in extract_events(nlp(text)) if e["trigger"] == trigger]
    assert [(e["actors"], e["negated"], e["cameo"]) for e in events] == [(names, False, cameo)]


# The act a clause says is threatened, agreed or planned is done to a thing whose "of" names
# the actor it belongs to, as the act named by a verb of its own is; a thing that names no
# one is no target. Sentences written for the rule: (text, trigger, targets).
CLAUSE_THINGS = [
    (
        "Rebels threatened to shell the bases of government forces.",
        "threatened",
        ["the bases of government forces"],
    ),
    ("Rebels threatened to shell the bases of the army.", "threatened", ["the bases of the army"]),
    # negative: a thing that names no actor, an actor's own (its place kept, as elsewhere)
    ("The two armies agreed to undertake joint military exercises.", "agreed", []),
    ("NATO agreed to extend its peacekeeping mission.", "agreed", []),
    ("Turkey agreed to increase the number of its troops in Qatar.", "agreed", ["Qatar"]),
]


@pytest.mark.parametrize("text, trigger, targets", CLAUSE_THINGS)
def test_a_clause_acts_on_a_thing_whose_of_names_an_actor(nlp, text, trigger, targets):
    assert _spans(nlp, text, trigger)[1] == targets
