"""Events, time expressions, the merged timeline and the footprint ledger on the seed articles."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import need_shared
from newsdesk.analyse import analyse
from newsdesk.article import Article
from newsdesk.cli import app
from newsdesk.events import extract_events, extract_rule_events, plover_of
from newsdesk.events.actors import actor_spans
from newsdesk.events.cameo import verb_code
from newsdesk.events.rules import verb_event_code
from newsdesk.footprint import dimension_of, footprint
from newsdesk.ingest import ingest
from newsdesk.nlp import load_pipeline
from newsdesk.store import open_store
from newsdesk.timeline import (
    attach_undated,
    build_timeline,
    dated_events,
    from_caption,
    merge_events,
    reference_dates,
)
from newsdesk.timex import extract_times, resolve_absolute, with_year

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"
GSR = SHARED / "data" / "events" / "petrarch2-gsr-validation" / "gsr_validation.jsonl"


def _paragraph(prefix: str, needle: str) -> str:
    text = next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if needle in line)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("events") / "seeds.duckdb")
    ingest([str(EXAMPLES)], db=path, workers=1)
    analyse(db=path, workers=1)
    return path


@pytest.fixture(scope="module")
def timeline(db):
    with open_store(db, read_only=True) as store:
        return build_timeline(store)


# -- time expressions -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, precision", [
    ("Saturday, Jan. 15, 2022", "2022-01-15", "day"),
    ("December 8, 1991", "1991-12-08", "day"),
    ("August 1991", "1991-08", "month"),
    ("in 2013", "2013", "year"),
    ("January 5", "--01-05", "day"),
    ("recent years", None, None),
    ("the 19th century", None, None),
])
def test_absolute_dates_keep_their_precision(text, value, precision):
    resolved = resolve_absolute(text)
    assert (resolved["value"], resolved["precision"]) == (value, precision) if value else resolved is None


@pytest.mark.parametrize("value, reference, expected", [
    ("--01-13", "2022-01-15", "2022-01-13"),
    ("--12-30", "2022-01-15", "2021-12-30"),
    ("--01-05", "2022", "2022-01-05"),
])
def test_year_is_inferred_from_the_reference_date(value, reference, expected):
    assert with_year(value, reference) == expected


def test_relative_expressions_resolve_against_the_inferred_reference(nlp):
    text = next(EXAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")
    records = extract_times(nlp(text), Article(path="002", raw_text=text, text=text))
    reference = records[0]
    assert (reference["kind"], reference["value"], reference["inferred"]) == ("reference", "2022-01-15", True)
    this_month = next(r for r in records if r["text"] == "this month")
    assert (this_month["value"], this_month["precision"]) == ("2022-01", "month")


def test_copyright_year_is_the_reference_when_nothing_finer_exists(nlp):
    text = next(EXAMPLES.glob("004_*.txt")).read_text(encoding="utf-8")
    records = extract_times(nlp(text), Article(path="004", raw_text=text, text=text))
    assert (records[0]["value"], records[0]["precision"], records[0]["inferred"]) == ("2022", "year", True)
    monday = next(r for r in records if r["text"] == "Monday")
    assert monday["value"] is None  # a weekday cannot be placed in a year-precision reference


# -- per-sentence events: (seed, paragraph holding, trigger, cameo root, actor, target, negated, modality)

EVENTS = [
    ("003", "Xi praised Tokayev", "praised", "05", "Xi", "Tokayev", False, "asserted"),
    ("004", "Russia sent thousands of troops", "sent", "06", "Russia", "Kazakhstan", False, "asserted"),
    ("004", "Russia sent thousands of troops", "request", "02", "Kassym-Jomart Tokayev", None, False, "asserted"),
    ("001", "January 10 phone call", "call", "04", "Wang Yi", None, False, "asserted"),
    ("001", "January 10 phone call", "welcomed", "05", "China", None, False, "asserted"),
    ("001", "Russia doesn't want to occupy Kazakhstan", "occupy", "19", "Russia", "Kazakhstan", True, "intended"),
    ("000", "Chinese firms could face secondary sanctions", "sanctions", "16", None, None, False, "possible"),
    ("003", "will not allow the United States", "allow", "08", "Russia", None, True, "future"),
]


@pytest.mark.parametrize("seed, needle, trigger, root, actor, target, negated, modality", EVENTS)
def test_event_actors_code_negation_and_modality(nlp, seed, needle, trigger, root, actor, target, negated, modality):
    paragraph = _paragraph(seed, needle)
    events = extract_rule_events(nlp(paragraph))
    event = next(e for e in events if e["trigger"] == trigger and e["trigger_start"] >= paragraph.index(needle))
    assert event["cameo"][:2] == root and event["plover"] == plover_of(event["cameo"])
    assert actor is None or actor in event["actors"]
    assert target is None or target in event["targets"]
    assert (event["negated"], event["modality"]) == (negated, modality)


@pytest.mark.parametrize("seed, needle", [
    ("001", "the two countries' sometimes competing interests"),  # no actor does anything
    ("000", "Welcome back to the China In Eurasia briefing"),  # a greeting, not a welcome
    ("004", "Beijing’s security assistance to Kazakhstan and other Central Asian countries will likely"),
])
def test_sentences_without_an_asserted_event(nlp, seed, needle):
    events = extract_rule_events(nlp(_paragraph(seed, needle)))
    asserted = [e for e in events if not e["negated"] and e["modality"] == "asserted" and e["plover"]]
    assert asserted == []


def test_refraining_from_a_commitment_to_intervene_is_not_an_intervention(nlp):
    events = extract_rule_events(nlp(_paragraph("003", "refraining from any commitment to intervene")))
    assert [e for e in events if e["action"] == "support"]  # what was said is still coded
    assert not [e for e in events if e["action"] == "intervene" and not e["negated"]]


def test_phone_call_between_two_people_names_both(nlp):
    events = extract_rule_events(nlp(_paragraph("001", "January 10 phone call")))
    call = next(e for e in events if e["action"] == "phone call")
    assert call["actors"] == ["Wang Yi", "Sergei Lavrov"] and call["cameo"] == "041"


# Act nouns of the CAMEO codebook's category names (sentences written for the test).
CODEBOOK_NOUNS = [
    ("Israel's assassination of the commander angered Iran.", "assassination", "186", ["Israel"]),
    (
        "Government troops began a heavy bombardment of the city on Monday.",
        "bombardment", "194", ["troop"],
    ),
    ("Norway launched a mediation effort in Sudan.", "mediation", "045", ["Norway"]),
]


@pytest.mark.parametrize("text, trigger, cameo, actors", CODEBOOK_NOUNS)
def test_act_nouns_of_the_codebook_are_events(nlp, text, trigger, cameo, actors):
    events = extract_rule_events(nlp(text))
    event = next(e for e in events if e["trigger"] == trigger)
    assert (event["cameo"], event["actors"]) == (cameo, actors)


# A hyphenated act noun, split by the tokeniser, is read whole (sentences written for the test).
HYPHENATED_NOUNS = [
    ("Israel's cease-fire with Hamas began on Monday.", "cease-fire", "0871", ["Israel"]),
    ("The cease-fires of Israel and Hamas held.", "cease-fire", "0871", ["Israel", "Hamas"]),
    ("Greenpeace held a sit-in.", "sit-in", "141", ["Greenpeace"]),
    ("Greenpeace's sit-in at the ministry lasted a week.", "sit-in", "141", ["Greenpeace"]),
]


@pytest.mark.parametrize("text, action, cameo, actors", HYPHENATED_NOUNS)
def test_a_hyphenated_act_noun_is_read_whole(nlp, text, action, cameo, actors):
    event = next(e for e in extract_rule_events(nlp(text)) if e["action"] == action)
    assert (event["cameo"], event["actors"]) == (cameo, actors)


def test_a_hyphenated_word_the_lexicon_lacks_is_no_act_noun(nlp):
    # "fire" alone is no trigger, nor is "in"; only the whole words are
    assert not extract_rule_events(nlp("Israel's fire on the village began on Monday."))
    assert not extract_rule_events(nlp("Greenpeace's break-in at the ministry lasted a week."))


def test_an_act_noun_with_no_actor_and_no_date_is_no_event(nlp):
    assert not extract_rule_events(nlp("The bombardment of the city was heavy."))


# An act noun that a verb of ending or easing acts on names the act ended, not one done.
ENDED_ACTS = [
    ("The United States lifted the sanctions on Iran.", "sanctions", False),
    ("The sanctions on Iran were lifted on Monday.", "sanctions", False),
    ("Norway ended its mediation effort in Sudan.", "mediation", False),
    ("The United States imposed sanctions on Iran.", "sanctions", True),
    ("Norway began a mediation effort in Sudan.", "mediation", True),
    # the act noun the subject of an intransitive verb of ending
    ("Russia's blockade of the port ended on Monday.", "blockade", False),
    ("Russia's blockade of the port was over by Monday.", "blockade", False),
    ("Israel's offensive in Gaza ceased.", "offensive", False),
    ("The Israeli offensive in Gaza stopped.", "offensive", False),
    ("Russia's blockade of the port began on Monday.", "blockade", True),
    ("Russia's blockade of the port continued.", "blockade", True),
    ("Russia's blockade of the port has not ended.", "blockade", True),
    ("Israel's offensive ended the dispute.", "offensive", True),
    # verbs of ending of several words: an act taken to an end, or an end put to it
    ("Russia's blockade of the port came to an end on Monday.", "blockade", False),
    ("Israel's offensive in Gaza came to a halt.", "offensive", False),
    ("Israel's offensive in Gaza drew to a close.", "offensive", False),
    ("The ceasefire brought Russia's blockade of the port to an end.", "blockade", False),
    ("The deal put an end to Russia's blockade of the port.", "blockade", False),
    ("The UN demanded an end to Russia's blockade of the port.", "blockade", True),
    ("Israel's offensive reached the end of the valley.", "offensive", True),
]


@pytest.mark.parametrize("text, trigger, coded", ENDED_ACTS)
def test_an_act_ended_or_eased_is_not_done(nlp, text, trigger, coded):
    events = extract_rule_events(nlp(text))
    assert any(e["trigger"] == trigger for e in events) is coded


#: What an actor agrees to do is not done yet: it is intended, as what it plans or seeks to do
#: (sentences written for the test). (text, trigger, its modality)
AGREED_ACTS = [
    ("The rebels agreed to release the hostages.", "release", "intended"),
    ("India and Pakistan agreed to withdraw their troops from the border.", "withdraw", "intended"),
    ("The rebels released the hostages.", "released", "asserted"),
    ("The rebels agreed on Monday and released the hostages.", "released", "asserted"),
]


@pytest.mark.parametrize("text, trigger, expected", AGREED_ACTS)
def test_an_act_agreed_to_is_intended(nlp, text, trigger, expected):
    events = extract_rule_events(nlp(text))
    assert next(e["modality"] for e in events if e["trigger"] == trigger) == expected


def test_a_verb_that_takes_an_act_to_an_end_is_no_act_of_its_own(nlp):
    assert not extract_rule_events(nlp("Russia's blockade of the port came to an end."))
    assert _code_of(nlp, "The Russian delegation came to Paris.", "came") == "040"
    eased = extract_rule_events(nlp("The European Union brought its sanctions on Iran to an end."))
    assert [e["cameo"] for e in eased] == ["085"]  # the codebook's "ease economic sanctions"


# An act noun that a verb of judging, inquiring or remarking has as its object is reported: the
# verb's subject is not its doer (sentences written for the test).
REPORTED_ACTS = [
    ("France condemned the attack.", "attack", "France", True),
    ("The ministry denied the shelling.", "shelling", "ministry", True),
    ("Police investigated the bombing.", "bombing", "police", True),
    ("The UN welcomed the ceasefire.", "ceasefire", "UN", True),
    ("Russia ratified the agreement.", "agreement", "Russia", False),
    ("The rebels launched an attack.", "attack", "rebel", False),
    ("Hamas claimed the attack.", "attack", "Hamas", False),  # a claim of responsibility, 015
    ("Nigeria announced the deployment of troops to Liberia.", "deployment", "Nigeria", False),
    # a verb of praise by its own code judges an act of its own type (SUPPORT) as well
    ("Egypt praised the agreement.", "agreement", "Egypt", True),
    ("France endorsed the treaty.", "treaty", "France", True),
    ("Iran backed the deal.", "deal", "Iran", False),  # support (050), the deal's party
    ("Iran signed the agreement.", "agreement", "Iran", False),
    # a verb of neutral speech with no code of its own relays the act (the ANNOUNCE block's 190)
    ("Reuters reported the attack on the embassy.", "attack", "Reuters", True),
    ("Police confirmed the arrest of two men.", "arrest", "police", True),
    ("Hamas announced an attack on Israel.", "attack", "Hamas", False),
]


@pytest.mark.parametrize("text, trigger, subject, reported", REPORTED_ACTS)
def test_a_reported_act_is_not_the_reporters(nlp, text, trigger, subject, reported):
    doc = nlp(text)
    events = extract_rule_events(doc)
    own = [e for e in events if e["trigger"] == trigger and subject in e["actors"]]
    sources, _ = actor_spans(next(t for t in doc if t.text == trigger))
    assert (not own, not sources) == (reported, reported)


def test_a_reported_acts_own_actors_are_the_reporting_verbs_targets(nlp):
    events = extract_rule_events(nlp("France condemned the attack by Hamas."))
    by_trigger = {e["trigger"]: e for e in events}
    assert by_trigger["condemned"]["actors"] == ["France"]
    assert by_trigger["condemned"]["targets"] == ["Hamas"]
    assert by_trigger["attack"]["actors"] == ["Hamas"]
    praised = extract_rule_events(nlp("Egypt praised the agreement between Israel and Hamas."))
    by_trigger = {e["trigger"]: e for e in praised}
    assert by_trigger["praised"]["actors"] == ["Egypt"]
    assert by_trigger["praised"]["targets"] == ["Israel", "Hamas"]
    assert by_trigger["agreement"]["actors"] == ["Israel", "Hamas"]
    [blame] = extract_events(nlp("Iran blamed the sanctions by the United States."))
    assert (blame["plover"], blame["actors"], blame["targets"]) == ("ACCUSE", ["Iran"], ["United States"])


# An act of protest that a verb of coercion or force acts on is not the verb subject's; its
# own actors are the verb's targets (sentences written for the test).
REPRESSED_ACTS = [
    ("Police broke up Friday's demonstration.", "demonstration", "police", True),
    ("Kenyan police dispersed the demonstration.", "demonstration", "Kenyan", True),
    ("The government banned the rally.", "rally", "government", True),
    ("Kenyan police crushed the protest.", "protest", "Kenyan", True),
    ("The Taliban pulled off attacks in Kabul.", "attacks", "Taliban", False),  # force on force
    ("The opposition held a rally in the capital.", "rally", "opposition", False),
]


@pytest.mark.parametrize("text, trigger, subject, repressed", REPRESSED_ACTS)
def test_a_repressed_protest_is_not_the_repressors(nlp, text, trigger, subject, repressed):
    doc = nlp(text)
    own = [e for e in extract_rule_events(doc) if e["trigger"] == trigger and subject in e["actors"]]
    sources, _ = actor_spans(next(t for t in doc if t.text == trigger))
    assert (not own, not sources) == (repressed, repressed)


def test_a_repressed_protests_own_actors_are_the_verbs_targets(nlp):
    events = extract_rule_events(nlp("Police broke up the demonstration by Greenpeace."))
    by_trigger = {e["trigger"]: e for e in events}
    assert (by_trigger["broke"]["actors"], by_trigger["broke"]["targets"]) == (["police"], ["Greenpeace"])
    assert by_trigger["demonstration"]["actors"] == ["Greenpeace"]


# A verb of neutral speech that relays an act is not its doer, nor is its subject; a verb of
# its block with a code of its own ("announced") does the act (sentences written for the test).
RELAYED_ACTS = [
    ("Reuters reported the attack on the embassy.", []),
    ("Reuters reported the attack by Hamas.", [("ASSAULT", ["Hamas"])]),
    ("Police confirmed the arrest of two men.", []),
    ("Hamas announced an attack on Israel.", [("ASSAULT", ["Hamas"])]),
    ("Reuters reported that Hamas attacked the embassy.", [("ASSAULT", ["Hamas"])]),
]


@pytest.mark.parametrize("text, expected", RELAYED_ACTS)
def test_a_relayed_act_is_not_the_relayers(nlp, text, expected):
    events = extract_events(nlp(text))
    assert [(e["plover"], e["actors"]) for e in events] == expected


# The CAMEO codebook's codes where the dictionary codes a phrase otherwise (sentences written
# for the test): (text, trigger, code, or None when the verb is no event).
CODEBOOK_CODES = [
    ("The United States lifted sanctions on Iran.", "lifted", "085"),  # the LIFT block gave 0351
    ("The European Union removed sanctions on Belarus.", "removed", "085"),  # REMOVE gave 174
    ("The government lifted the state of emergency in the capital.", "lifted", "0814"),
    ("Turkey ended its blockade of the port.", "ended", "0872"),
    ("The European Union removed the diplomats from the country.", "removed", "161"),  # its own
    ("The United States imposed sanctions on Iran.", "imposed", "163"),
    ("Bolivia declared a state of siege in La Paz.", "declared", "1724"),  # DECREE gave 1044
    ("Thailand declared a state of emergency in Bangkok.", "declared", "1724"),  # and here 012
    ("Kosovo declared independence from Serbia.", "declared", "1044"),
    ("The opposition declared a boycott of the election.", "declared", "010"),  # no embargo
    ("Italy returned antiquities to Greece.", "returned", "084"),  # RETURN codes no default
    ("The rebels returned two prisoners to Colombia.", "returned", "0841"),
    ("Nigeria returned fire on the militants.", "returned", "190"),
    ("The ambassador returned to Moscow on Monday.", "returned", None),
    ("The minister returned the call on Monday.", "returned", None),
    ("The minister did not return messages seeking comment.", "return", None),
    ("Norway launched a mediation effort in Sudan.", "launched", "045"),  # LAUNCH + EFFORT 020
    ("Russia launched a bombing campaign in Syria.", "launched", "183"),
    ("Norway launched an effort to end the war.", "launched", "020"),
    # condemning an attack is a condemnation, not a comment of sympathy (the ACCUSE block's 018)
    ("The UN condemned the terrorist attack on the church.", "condemned", "111"),
    ("Japan condemned the attack.", "condemned", "111"),
    ("Putin expressed condolences over the terrorist attack.", "expressed", "018"),
    ("Putin extended condolences to the families.", "extended", "018"),
    # expelling or withdrawing a foreign presence is 166x by what it is (EXPEL gave 174, 0873)
    ("Iraq expelled the weapons inspectors.", "expelled", "1662"),
    ("Eritrea expelled the UN peacekeeping force.", "expelled", "1661"),
    ("Sudan expelled thirteen aid agencies.", "expelled", "1663"),
    ("Egypt deported three humanitarian workers and a priest.", "deported", "1663"),
    ("The UN withdrew its observers and inspectors from Syria.", "withdrew", "1662"),
    ("Eritrea has expelled some of the UN peacekeepers.", "expelled", "1661"),
    ("Russia expelled the American ambassador.", "expelled", "174"),
    ("Russia expelled the head of the observer mission.", "expelled", "174"),
    ("Egypt deported three workers.", "deported", "174"),
    ("Russia withdrew its troops from Georgia.", "withdrew", "0874"),
    ("Japan withdrew its offer of aid.", "withdrew", "162"),
    # persons the actor dictionary names are deported as persons (EXPEL's *bomber* gave 0873)
    ("The United States deported a convicted bomber.", "deported", "174"),
    ("Syria expelled two fighters.", "expelled", "174"),
    ("Russia expelled the diplomats.", "expelled", "161"),
    # peacekeepers sent or arriving provide peacekeeping, 074 (SEND gave 0334, ARRIVE 040)
    ("Kenya sent peacekeepers to Somalia.", "sent", "074"),
    ("Kenyan peacekeepers arrived in Mogadishu.", "arrived", "074"),
    ("Kenya pulled its peacekeepers out of Somalia.", "pulled", "1661"),
    ("Kenya shipped its peacekeepers out of Somalia.", "shipped", "1661"),
    ("Kenya sent troops to Somalia.", "sent", "062"),
    ("The Kenyan delegation arrived in Mogadishu for talks.", "arrived", "046"),
    # a lessening of aid announced is done, 162, threatened 1311 (ANNOUNCE gave 0331 and 010)
    ("Denmark announced a suspension of aid to Egypt.", "announced", "162"),
    ("Japan announced a cut in aid to Burma.", "announced", "162"),
    ("Japan threatened a suspension of aid to Burma.", "threatened", "1311"),
    ("Japan announced new aid to Burma.", "announced", "033"),  # no kind named (was 0331)
    ("Japan announced a cut in its embassy staff.", "announced", "010"),
    # refugees let in are granted asylum, 075 (ACCEPT gave 0333, OPEN 050, TAKE 171)
    ("Colorado accepted Syrian refugees.", "accepted", "075"),
    ("Lithuania opened its borders to refugees.", "opened", "075"),
    ("Canada took in thousands of refugees.", "took", "075"),
    ("Russia accepted the proposal.", "accepted", "032"),
    ("Germany opened its borders to trade.", "opened", "080"),  # a yield (REOPEN's 050)
    ("Sudan opened fire on the refugees.", "opened", "193"),
    # aid let through is 0863, allow humanitarian access (ALLOW gave 0333 and its default 080)
    ("Syria allowed humanitarian relief into Aleppo.", "allowed", "0863"),
    ("Egypt allowed aid convoys to enter Gaza.", "allowed", "0863"),
    ("Syria allowed the United Nations to deliver aid to Aleppo.", "allowed", "0863"),
    ("Jordan allowed humanitarian access to the camp.", "allowed", "0863"),
    ("Egypt allowed journalists to enter Gaza.", "allowed", "080"),
]


@pytest.mark.parametrize("text, trigger, cameo", CODEBOOK_CODES)
def test_the_codebooks_code_where_the_dictionary_differs(nlp, text, trigger, cameo):
    codes = [e["cameo"] for e in extract_rule_events(nlp(text)) if e["trigger"] == trigger]
    assert codes == ([cameo] if cameo else [])


# Support that gives things is the codebook's aid (CAMEO 07), what is given read from the
# dictionary's own words for it (sentences written for the test): (text, trigger, code).
MATERIAL_SUPPORT = [
    ("The United States provided military support to Ukraine.", "provided", "072"),  # was 051
    ("The EU provides €45m support for farmers in Nigeria.", "provides", "071"),  # a sum
    ("The EU extended economic support to Greece.", "extended", "071"),
    ("Britain provided support in weapons and ammunition to the rebels.", "provided", "072"),
    ("Japanese aid supported two thousand schools in Kenya.", "supported", "070"),
    ("Germany provided 10 million euros to support schools in Jordan.", "support", "071"),
    # support that gives nothing stays an endorsement
    ("Japan voiced support for the plan.", "voiced", "051"),
    ("France gave its support to the plan.", "gave", "051"),
    ("Germany gave strong support to the candidate.", "gave", "051"),
    ("Japanese voters supported the plan.", "supported", "051"),  # endorse (BACK's 050)
    ("Germany held a rally to support the plan.", "support", "051"),  # a rally gives nothing
]


@pytest.mark.parametrize("text, trigger, cameo", MATERIAL_SUPPORT)
def test_support_that_gives_things_is_aid(nlp, text, trigger, cameo):
    codes = [e["cameo"] for e in extract_rule_events(nlp(text)) if e["trigger"] == trigger]
    assert codes == [cameo]


# Aid a statement or an approval names, as its object or its object's "in" or "of", is aid
# given (CAMEO 07), the kind read from the giving block's words (sentences written for the
# test): (text, trigger, code, or None when the coder gives the verb no event).
AID_ANNOUNCED = [
    ("Japan announced $5 million in humanitarian assistance to Syria.", "announced", "073"),
    ("Canada announced an increase in funding for Haiti.", "announced", "070"),
    ("The Senate approved $2 billion in military aid to Ukraine.", "approved", "072"),
    # the dictionary's own line decides where it matches: *ANNOUNCE + AID* is the intent, 033
    ("Japan announced humanitarian aid for Syria.", "announced", "033"),
    # a lessening of aid is no aid given
    ("The government announced a cut in aid to Liberia.", "announced", "162"),
    ("Congress approved a cut in aid to Egypt.", "approved", "080"),
    # no aid named, or a verb of perceiving: a statement, no event
    ("The minister announced a new budget for schools.", "announced", None),
    ("The senator cited a lack of funding for the embassy.", "cited", None),  # no sum of aid
    ("The report said aid was needed.", "said", None),
    ("Aid workers said the camp was full.", "said", None),
]


@pytest.mark.parametrize("text, trigger, cameo", AID_ANNOUNCED)
def test_aid_a_statement_or_an_approval_names_is_aid_given(nlp, text, trigger, cameo):
    codes = [e["cameo"] for e in extract_rule_events(nlp(text)) if e["trigger"] == trigger]
    assert codes == ([cameo] if cameo else [])


def test_aid_announced_is_the_announcers_act_done_to_whom_it_is_for(nlp):
    (event,) = extract_events(nlp("Japan announced $5 million in humanitarian assistance for Syria."))
    assert (event["plover"], event["cameo"]) == ("AID", "073")
    assert (event["actors"], event["targets"]) == (["Japan"], ["Syria"])
    for text in ("The report said aid was needed.", "Aid workers said the camp was full."):
        assert extract_events(nlp(text)) == []


def test_the_aid_nouns_are_nouns_the_dictionary_codes_as_aid():
    from newsdesk.events.cameo import cameo_dictionary
    from newsdesk.events.codebook import AID_NOUNS

    coded = {p[1] for block in cameo_dictionary()["patterns"] for p in block if p[2] == "070"}
    assert AID_NOUNS.issubset(coded)


def test_the_granted_aid_nouns_are_those_the_giving_block_codes_070_by_themselves():
    from newsdesk.events.cameo import cameo_dictionary
    from newsdesk.events.codebook import AID_NOUNS
    from newsdesk.events.material import GRANTED_AID_NOUNS

    dictionary = cameo_dictionary()
    block = dictionary["patterns"][dictionary["forms"]["provide"][1]["block"]]
    assert {p[1] for p in block if p[2] == "070" and not p[3]} == GRANTED_AID_NOUNS
    assert GRANTED_AID_NOUNS < AID_NOUNS


def test_a_sum_of_aid_a_perceiving_verb_names_is_no_aid_given(nlp):
    (verb,) = [t for t in nlp("Observers noted $5 million in aid to the region.") if t.lower_ == "noted"]
    assert verb_event_code(verb) == ("note", "010")


# The dictionary's patterns with a prepositional phrase after the object (sentences written for
# the test): the phrase's code when the phrase is there, the block's own reading when it is not.
# (text, trigger, the dictionary's code, or None when it codes nothing)
PHRASES_AFTER_THE_OBJECT = [
    ("The army imposed a state of emergency.", "imposed", "1724"),  # IMPOSE + STATE (OF EMERGENCY)
    ("The army imposed a new state.", "imposed", "170"),  # the IMPOSE block's default
    ("The minister promised action against the rebels.", "promised", "130"),  # ACTION (AGAINST)
    ("The minister promised action.", "promised", "030"),
    ("Canada introduced an embargo on arms to Syria.", "introduced", "163"),  # EMBARGO (ON ARMS)
    ("Canada introduced an embargo on oil.", "introduced", "040"),
    ("Russia moved troops into Ukraine.", "moved", "192"),  # &MILITARY (INTO +)
    ("Russia moved troops to the border.", "moved", None),
    ("Norway launched a mediation between the government and the rebels.", "launched", "045"),
    ("Norway launched a mediation in Sudan.", "launched", None),  # &MEDIATION BETWEEN
    ("The rebels planned a coup against the president.", "planned", "138"),  # COUP AGAINST
    ("The rebels planned a coup.", "planned", "030"),
]


@pytest.mark.parametrize("text, trigger, cameo", PHRASES_AFTER_THE_OBJECT)
def test_a_pattern_may_want_a_phrase_after_its_object(nlp, text, trigger, cameo):
    assert _code_of(nlp, text, trigger) == cameo


def _code_of(nlp, text: str, trigger: str) -> str | None:
    """The CAMEO code the dictionary gives the verb ``trigger`` of ``text``, or None."""
    coded = verb_code(next(t for t in nlp(text) if t.text == trigger))
    return coded[1] if coded else None


#: A dictionary noun of two words ("AIR_STRIKE": ``_`` joins words side by side) is the
#: object's modifier and head; the head alone, or another modifier, is not that noun.
NOUNS_OF_TWO_WORDS = [
    ("The army averted an air strike on the village.", "averted", "013"),  # AVOID + {AIR_STRIKE}
    ("The army averted a strike by dockworkers.", "averted", None),
    ("The ministers discussed air strikes.", "discussed", "014"),  # DISCUSS + AIR_STRIKE
    ("The ministers discussed a missile strike.", "discussed", "040"),
    ("The group called for suicide attacks against the army.", "called", "1383"),
    ("The group called for attacks against the army.", "called", "020"),
    ("Russia warned against air strikes on Syria.", "warned", "1384"),
    ("Russia warned against strikes by teachers.", "warned", "138"),
    ("Greece invoked a special clause of the treaty.", "invoked", "106"),  # INVOKE + SPECIAL_CLAUSE
    ("Greece invoked a clause of the treaty.", "invoked", "062"),
]


@pytest.mark.parametrize("text, trigger, cameo", NOUNS_OF_TWO_WORDS)
def test_a_pattern_noun_of_two_words_is_the_objects_modifier_and_head(nlp, text, trigger, cameo):
    assert _code_of(nlp, text, trigger) == cameo


#: A synonym set's member of more than one word is that phrase, not its last word: "cease
#: fire" (&CEASEFIRE) is not *fire*, "safe house" (&ASYLUM) not *house*, "tear gas" (&WEAPON)
#: not *gas*; written with a hyphen, the word read whole. Each pair: the member's sentence
#: codes as the set's one-word member does, its last word alone does not.
SYNONYM_PHRASES = [
    ("The rebels agreed to a cease fire on Monday.", "The rebels agreed to a ceasefire on Monday.",
     "Protesters set fire to the building.", "agreed", "set"),
    ("India and Pakistan agreed to a cease-fire.", "India and Pakistan agreed to a truce.",
     "India and Pakistan agreed to the fire.", "agreed", "agreed"),
    ("The general ordered a cease fire.", "The general ordered a truce.",
     "The general ordered fire on the crowd.", "ordered", "ordered"),
    ("Sweden granted him a safe house.", "Sweden granted him asylum.",
     "Sweden granted him a house.", "granted", "granted"),
]


@pytest.mark.parametrize("member, one_word, last_word, trigger, other", SYNONYM_PHRASES)
def test_a_synonym_of_several_words_is_the_phrase_not_its_last_word(
    nlp, member, one_word, last_word, trigger, other
):
    code = _code_of(nlp, one_word, trigger)
    assert code is not None
    assert _code_of(nlp, member, trigger) == code
    assert _code_of(nlp, last_word, other) != code


#: The dictionary's particles, before or after the object or as a phrase of their own
#: ("WROTE * OFF DEBT", "PULL * EMBASSY OUT", "HOLD * UP TALKS", "PULL * (OUT) (OF
#: COALITION)"): the pattern holds when the verb carries its particle, and is preferred to one
#: that names the object alone; without the particle the block reads the verb as before.
PARTICLES = [
    ("The bank wrote off the debt.", "wrote", "071"),
    ("The bank wrote about the debt.", "wrote", None),
    ("Russia held up the talks.", "held", "164"),  # HOLD + UP TALKS, not HOLD + TALKS
    ("Russia held the talks.", "held", "046"),
    ("France pulled its embassy out of the country.", "pulled", "161"),
    ("France pulled its embassy from the country.", "pulled", "171"),
    ("Britain pulled out of the coalition.", "pulled", "160"),  # "of" under the particle
    ("The police broke up the demonstrations.", "broke", "175"),
    ("The police broke the demonstrations.", "broke", "190"),
    ("The government stepped up pressure on the rebels.", "stepped", "100"),
    ("The rebels set off explosives in the market.", "set", "183"),
    ("The rebels set explosives in the market.", "set", None),
    ("The army kept up the offensive.", "kept", "190"),
    ("The army kept the offensive secret.", "kept", None),
]


@pytest.mark.parametrize("text, trigger, cameo", PARTICLES)
def test_a_pattern_may_want_a_particle(nlp, text, trigger, cameo):
    assert _code_of(nlp, text, trigger) == cameo


#: A phrase after a leading prepositional phrase is wanted too ("ARRIVE * (IN ^) (FOR
#: CONSULTATION)" 046): without it the block's default.
PHRASES_AFTER_A_PHRASE = [
    ("The ministers arrived in Beijing for consultations.", "arrived", "046"),
    ("The ministers arrived in Beijing.", "arrived", "040"),
]


@pytest.mark.parametrize("text, trigger, cameo", PHRASES_AFTER_A_PHRASE)
def test_a_phrase_after_a_leading_phrase_is_wanted(nlp, text, trigger, cameo):
    assert _code_of(nlp, text, trigger) == cameo


def test_the_builder_reads_phrases_after_the_object_and_ships_what_it_builds():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    source = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    raw = source.read_text("latin-1").splitlines()
    lines = builder.prepared_lines(raw)
    synsets = builder.read_synsets(lines)
    verbs, blocks = builder.read_blocks(lines, synsets)
    shipped = json.loads((Path(builder.TARGET)).read_text("utf-8"))
    assert (verbs, blocks) == (shipped["verbs"], shipped["patterns"])
    # whatever is increased, served or benefited is no material cooperation (060)
    assert [verbs[v]["code"] for v in ("increase", "expand", "serve", "benefit")] == [None] * 4
    boosted = {(p[1], p[2]) for p in blocks[verbs["increase"]["block"]]}
    assert {("relations", "060"), ("aid", "073")} <= boosted  # its patterns stay
    assert verbs["hand over"]["block"] == verbs["give"]["block"]  # a verb of giving, added
    assert verbs["reinforce"]["code"] is None  # no coercion of its own, unlike *force*
    assert verbs["force"]["code"] == "170"
    assert verbs["pressure"]["code"] == "100"  # a demand in words
    state = [p for p in blocks[verbs["decree"]["block"]] if p[1] == "state"]
    assert [None, "state", "1724", [], [["of", ["emergency"]]], None] in [p[:6] for p in state]
    assert builder._phrases_after("BETWEEN", synsets) == [["between", []]]
    assert builder._phrases_after("(INTO +)", synsets) == [["into", []]]
    assert builder._phrases_after("DEBT", synsets) is None  # a noun after the object is none
    nouns = {pattern[1] for block in blocks for pattern in block}
    assert {"air strike", "suicide attack", "special clause"} <= nouns
    assert not nouns & {"idea of", "to withdraw", "tanks and"}  # a word joined to "of", "to", "and"
    fights = [p for block in blocks for p in block if p[:3] == ["in", "debate", "111"]]
    assert fights  # (IN &FIGHT_OF_WORDS): a synonym set's name, whose "_" joins no noun


def test_a_member_given_its_own_code_reads_only_the_patterns_written_for_it():
    """*reinforce* and *pressure* leave the block of impel for blocks of their own: the block's
    patterns written for *force* and *enforce* ("* DECISION [100]", "* &CEASEFIRE [1056]") code
    neither; *reinforce* keeps its own ("* &MILITARY [154] # REINFORCE"), and so does the
    block, for its other members. A member written with its forms in braces is found."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    source = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    raw = source.read_text("latin-1").splitlines()
    lines = builder.with_member_codes(raw)
    verbs, blocks = builder.read_blocks(lines, builder.read_synsets(lines))
    own = {verbs[m]["block"] for m in ("reinforce", "pressure")}
    assert verbs["force"]["block"] not in own and len(own) == 2
    reinforced = {(p[1], p[2]) for p in blocks[verbs["reinforce"]["block"]]}
    assert ("army", "154") in reinforced and not {"decision", "ceasefire"} & {n for n, _ in reinforced}
    assert blocks[verbs["pressure"]["block"]] == []
    assert ("army", "154") in {(p[1], p[2]) for p in blocks[verbs["force"]["block"]]}
    start, end = builder._block_span(raw, "IMPEL")
    assert raw[builder._member_row(raw, start, end, "IMPEL")].startswith("IMPEL {IMPELS")
    with pytest.raises(ValueError, match="no member"):
        builder._member_row(raw, start, end, "COERCE")


def test_the_builder_keeps_the_verbs_of_two_words_and_whom_a_pattern_was_written_for():
    """A block's members that "+" opens are its verbs of two words ("+CALL_OFF [160]"); a
    pattern whose comment names only members with a code of their own is theirs ("* REPORT
    [016] # DISMISS" in the block of despatch, which *put out* shares)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    source = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    lines = source.read_text("latin-1").splitlines()
    verbs, blocks = builder.read_blocks(lines, builder.read_synsets(lines))
    assert verbs["call off"]["code"] == "160"
    assert verbs["call off"]["block"] == verbs["discontinue"]["block"]  # the block of cancel
    assert verbs["step up"]["forms"] == ["steps up", "stepped up", "stepping up"]
    assert verbs["is determined"]["forms"] == ["was determined", "be determined", "are determined"]
    despatch = blocks[verbs["put out"]["block"]]
    assert [p[6] for p in despatch if p[1] == "report"] == [["dismiss"]]
    assert [p[6] for p in despatch if p[1] == "weapon"] == [[]]  # EXPORT: the block's sense
    members = {"dismiss": ("dismiss", True), "export": ("export", False)}
    assert builder.written_for("- * CLAIM [016]  # DISMISS", members) == ["dismiss"]
    assert builder.written_for("- * (TO) [061]  # EXPORT", members) == []
    assert builder.written_for("- * CASE [081]", members) == []


def test_the_builder_reads_particles_two_part_codes_and_synonym_sets():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    lines = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt").read_text("latin-1").splitlines()
    synsets = builder.read_synsets(lines)
    assert {"money", "dollar", "euro"} <= set(synsets["CURRENCY"])  # a comment under its name
    assert builder._objects("OFF DEBT", synsets) == [(None, "debt", [], [], "off")]
    assert builder._objects("EMBASSY OUT", synsets) == [(None, "embassy", [], [], "out")]
    assert builder._objects("(OUT) (OF COALITION)", synsets) == [
        ("of", "coalition", [], [], "out")
    ]
    assert builder._objects("UP OFF DEBT", synsets) == []  # two particles
    assert builder._objects("BORDER CLOSED", synsets) == []  # an adjective: what it is, not read
    assert builder._objects("IN &FIGHT", synsets) == []  # a bare preposition: not read as one
    assert builder._objects("(IN ^) (FOR SUMMIT)", synsets) == [
        ("in", None, [], [["for", ["summit"]]], None)
    ]
    assert builder._code("042:043") == "042"  # the act the subject does: a visit made
    assert builder._code(":190") is None  # only done to the subject ("came under attack")
    assert builder._code("---") is None


def test_the_builder_adds_forces_to_the_military_and_strengthened_forces_to_its_block():
    """&MILITARY writes "armed forces", "ground forces", "special forces", whose head the parse
    also takes from "its forces"; the block of strengthen gets the pattern the dictionary
    writes for *increase* and *reinforce* on forces (154), after its own lines."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    source = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    raw = source.read_text("latin-1").splitlines()
    lines = builder.with_added_lines(raw)
    assert len(lines) == len(raw) + len(builder.ADDED_LINES)
    synsets = builder.read_synsets(lines)
    assert {"forces", "armed forces", "troops"} <= set(synsets["MILITARY"])
    verbs, blocks = builder.read_blocks(lines, synsets)
    strengthen = blocks[verbs["strengthen"]["block"]]
    assert [p[2] for p in strengthen if p[1] in {"forces", "troops"}] == ["154", "154"]
    assert strengthen[-1][:3] == [None, "forces", "154"]  # the added line, after its own
    added = lines.index(builder.ADDED_LINES[0][1])
    assert lines[added - 1].startswith("- * RESTRICTIONS")  # the block's last line before it


def test_the_shipped_dictionary_holds_no_pattern_on_a_cut_synonym():
    """No block codes the last word of a synonym set's member of several words ("fire" of
    "cease fire") unless a line of the block, or a set it names, writes that word itself."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    raw = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt").read_text("latin-1").splitlines()
    lines = builder.prepared_lines(raw)  # as the builder reads it
    synsets = builder.read_synsets(lines)
    cut = {m.split()[-1] for members in synsets.values() for m in members if " " in m}
    written: list[set[str]] = []
    for _, _, line in builder.block_lines(lines):
        if line is None:
            written.append(set())
        elif builder._PATTERN.match(line):
            for word in re.findall(r"[&\w-]+", line.split("[")[0]):
                own = synsets.get(word[1:].rstrip("_"), []) if word.startswith("&") else [word]
                written[-1] |= {builder._words(w) for w in own if " " not in builder._words(w)}
    shipped = json.loads(Path(builder.TARGET).read_text("utf-8"))["patterns"]
    assert len(shipped) == len(written)
    found = [(n, p[1]) for n, block in enumerate(shipped) for p in block
             if p[1] in cut - written[n]]
    assert not found, found[:5]
    agree = builder._objects("&CEASEFIRE", synsets)
    assert {p[1] for p in agree} == {"truce", "armistice", "cease-fire", "ceasefire", "cease fire"}


#: A synonym set's member as a pattern's object: (member, (noun, words before it, phrases
#: after it)): the dictionary's members, of one to four words, and an empty one; the last
#: four are no noun.
MEMBER_NOUNS = [
    ("truce", ("truce", [], [])),
    ("cease-fire", ("cease-fire", [], [])),
    ("cease fire", ("cease fire", [], [])),
    ("rocket propelled grenade", ("propelled grenade", [["rocket"]], [])),
    ("armor piercing roadside bomb", ("roadside bomb", [["armor"], ["piercing"]], [])),
    ("difference of opinion", ("difference", [], [["of", ["opinion"]]])),
    ("weapon of mass destruction", ("weapon", [], [["of", ["mass destruction"]]])),
    ("bow and arrow", (None, [], [])),
    ("is to", (None, [], [])),
    ("against", (None, [], [])),
    ("", (None, [], [])),
]


@pytest.mark.parametrize("member, expected", MEMBER_NOUNS)
def test_a_synonym_member_as_a_pattern_object(member, expected):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    assert builder.member_noun(member) == expected


def test_the_shipped_dictionary_writes_each_pattern_once_per_block():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_cameo_verbs import pattern_key

    shipped = json.loads(Path(__file__).resolve().parents[1].joinpath(
        "src/newsdesk/data/cameo_verbs.json").read_text("utf-8"))
    for block in shipped["patterns"]:
        keys = [pattern_key(p) for p in block]
        assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1][:3]


def test_each_deciding_line_decides_a_pattern_the_dictionary_writes_with_two_codes():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import build_cameo_verbs as builder
    from cameo_duplicates import duplicates

    source = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    lines = source.read_text("latin-1").splitlines()
    _, blocks = builder.read_blocks(lines, builder.read_synsets(lines))
    used = set()
    for (block, key), group in duplicates(lines).items():
        deciding = [g for g in group if builder.deciding_line(
            g["header"].split()[0], g["text"], g["raw_code"])]
        kept = next(p for p in blocks[block] if builder.pattern_key(p) == key)
        assert kept[2] == (deciding or group)[0]["code"]  # else the first line's, as before
        used |= {builder.deciding_key(g["header"].split()[0], g["text"], g["raw_code"])
                 for g in deciding}
    assert used == builder.DECIDING_LINES  # no line decides a pattern written once


#: A pattern the dictionary writes twice in one block takes the codebook's code for the act,
#: not the first line's: a border opened is a yield (080; REOPEN's line gave 050), a trade
#: agreement signed is done (061; not the intent 0311), talks ended are halted (164).
PATTERNS_WRITTEN_TWICE = [
    ("Jordan opened its border with Syria on Monday.", "opened", "080"),
    ("Jordan reopened its border with Syria on Monday.", "reopened", "080"),
    ("The two countries signed a trade agreement in Beijing.", "signed", "061"),
    ("The government ended the talks with the rebels.", "ended", "164"),
    ("The rebels rejected the peace agreement.", "rejected", "127"),
    ("Syria reopened its embassy in Amman.", "reopened", "054"),  # written once: unchanged
]


@pytest.mark.parametrize("text, trigger, cameo", PATTERNS_WRITTEN_TWICE)
def test_a_pattern_written_twice_takes_the_codebooks_code(nlp, text, trigger, cameo):
    assert _code_of(nlp, text, trigger) == cameo


def test_a_restriction_eased_or_imposed_keeps_its_type():
    # easing economic sanctions (085), a curfew (0813) or a state of emergency (0814) is
    # RETREAT, mode "ease", in PLOVER's CAMEO table; easing other restrictions (081) CONCEDE
    assert [plover_of(code) for code in ("085", "0814", "0872", "1724", "084", "081")] == [
        "RETREAT", "RETREAT", "RETREAT", "COERCE", "RETREAT", "CONCEDE",
    ]


# -- the corpus timeline ------------------------------------------------------------------------

@pytest.mark.parametrize("date, plover, who", [
    ("2022-01-02", "PROTEST", None),
    ("2022-01-05", "COOPERATE", "Russia"),  # sent troops (CAMEO 062), at Tokayev's request
    ("2022-01-10", "SUPPORT", "China"),  # welcomed the mission, during a phone call
])
def test_seed_events_are_on_the_right_dates(timeline, date, plover, who):
    on_day = [e for e in timeline if e["date"] == date and e["plover"] == plover]
    assert on_day, f"no {plover} event on {date}"
    assert who is None or any(who in name for e in on_day for name in e["actors"])


def test_public_statements_are_not_plover_events(timeline):
    # "Xi announced the initiative in 2013" is a statement (CAMEO 01), none of the 16 types
    assert all(e["plover"] for e in timeline)


def test_wrong_dates_are_absent(timeline):
    assert not [e for e in timeline if e["plover"] == "RETREAT" and e["date"] == "2022-01-05"]
    assert not [e for e in timeline if e["date"].startswith("2019-01")]  # 001's latest bare year is not its date


def test_undated_article_borrows_the_nearest_dated_reference(db):
    with open_store(db, read_only=True) as store:
        references = reference_dates(store)
        paths = {article.id: Path(article.path).name[:3] for article in store.iter_articles()}
    by_seed = {paths[article_id]: reference for article_id, reference in references.items()}
    assert by_seed["001"]["value"].startswith("2022") and by_seed["001"]["borrowed_from"]
    assert by_seed["002"]["value"] == "2022-01-15" and "borrowed_from" not in by_seed["002"]


def test_every_timeline_source_points_at_its_evidence(db, timeline):
    with open_store(db, read_only=True) as store:
        articles = {article.id: article for article in store.iter_articles()}
    for event in timeline:
        for source in event["sources"]:
            article = articles[source["article_id"]]
            assert article.text[source["start"]:source["end"]].strip() == source["text"] or \
                any(source["text"] in removed.text for removed in article.removed)


def test_reports_of_one_event_merge_and_keep_their_disagreements(db):
    with open_store(db, read_only=True) as store:
        events = dated_events(store)
    sent = next(e for e in events if e["action"] == "send" and e["date"] == "2022-01-05")
    call = next(e for e in events if e["action"] == "welcome")
    other_outlet = {**sent, "article_id": "other", "date": "2022-01-06", "actors": ["Russia", "CSTO"]}
    merged = merge_events([sent, other_outlet, call])
    send = next(m for m in merged if m["action"] == "send")
    assert len(merged) == 2 and len(send["sources"]) == 2
    assert send["disagreements"]["dates"] == ["2022-01-05", "2022-01-06"]
    assert send["disagreements"]["actors"] == [["CSTO", "Russia"], ["Russia"]]
    far_later = {**sent, "article_id": "other", "date": "2022-02-20"}
    assert len(merge_events([sent, far_later])) == 2  # same actors, weeks apart: two events


def test_a_report_finds_its_group_past_groups_of_other_roots(db):
    # the merge compares a report only with the groups of its own CAMEO root: a group of
    # another root made between them changes nothing, and a month's report still joins
    with open_store(db, read_only=True) as store:
        events = dated_events(store)
    sent = next(e for e in events if e["action"] == "send" and e["date"] == "2022-01-05")
    call = next(e for e in events if e["action"] == "welcome")
    other_outlet = {**sent, "article_id": "other", "date": "2022-01-06"}
    in_month = {**sent, "article_id": "third", "date": "2022-01"}
    apart = merge_events([sent, other_outlet, in_month, call])
    between = merge_events([sent, call, in_month, other_outlet])
    assert between == apart and len(apart) == 2
    send = next(m for m in apart if m["action"] == "send")
    assert [s["article_id"] for s in send["sources"]] == [sent["article_id"], "other", "third"]


def test_a_captions_event_is_no_entry_alone_but_stands_beside_a_text_report(db, timeline):
    # seed 001's photo caption, "Russian soldiers fold their national flag during a ceremony
    # marking the beginning of the withdrawal of CSTO peacekeeping troops ... on January 13"
    with open_store(db, read_only=True) as store:
        events = dated_events(store)
    caption = next(e for e in events if e.get("caption") is not None and e["date"] == "2022-01-13")
    assert caption["plover"] == "RETREAT"
    assert not [e for e in timeline if e["date"] == "2022-01-13"]
    assert merge_events([caption]) == []
    printed = {**caption, "article_id": "other", "caption": None}  # another outlet's text
    merged = merge_events([caption, printed])
    assert len(merged) == 1 and [s["from_caption"] for s in merged[0]["sources"]] == [False, True]
    assert merged[0]["sources"][0]["article_id"] == "other"
    # the caption's source keeps the index of its removed line, so a link can point into it
    assert [s["caption"] for s in merged[0]["sources"]] == [None, caption["caption"]]


ALLSIDES = "data/corpus/allsides-article-bias/articles.jsonl.gz"
REPORTS = {  # AllSides articles of the 2016 campaign, and words of the sentences read from each
    # the Republican debates of 14 January and 6 February
    "iSzI8fJLCuANbVSh": ("Christie unleashed withering attacks against Rubio",),
    "t7chV2PFv6LjItqF": ("In response to Christie’s attacks at the ABC debate",),
    "qAJsWCI5P3WgiIzv": ("his stinging rebuttal of Marco Rubio",),
    # Trump accusing Clinton at a rally on 1 June (an article of 2 June), and on other occasions
    # (an article of 19 October)
    "hwcx6K0OkM8yKsTM": ("Trump accused Clinton of lying about his foreign policy plans",),
    "TXCA14IqjgtItU1w": ("Since then, Trump has also accused Hillary Clinton of being on drugs",),
    # the New Hampshire primary's week: two candidates, each against Trump
    "KMgxVz555CQZJC0b": ("Bernie Sanders and Donald Trump each crushed",
                         "almost overtaking Donald Trump"),
}


@pytest.fixture(scope="module")
def campaign_sentences(nlp) -> dict[str, tuple[str, str]]:
    """``{words: (article id, the sentence that holds them)}`` for each of ``REPORTS``."""
    import gzip

    found = {}
    with gzip.open(need_shared(ALLSIDES), "rt", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if row["ID"] in REPORTS:
                sentences = [s.text for s in nlp(row["content_original"]).sents]
                for words in REPORTS[row["ID"]]:
                    found[words] = (row["ID"], next(s for s in sentences if words in s))
    return found


#: The candidates as the entity registry of a store of these articles names them.
CANDIDATES = {"Christie": "Chris Christie", "Rubio": "Marco Rubio", "Trump": "Donald Trump",
              "Clinton": "Hillary Clinton"}


def _report(nlp, campaign_sentences, opening: str, date: str | None, root: str = "19") -> dict:
    """The event of ``root`` read from the sentence of ``REPORTS`` whose words open so."""
    article_id, sentence = next(v for k, v in campaign_sentences.items() if k.startswith(opening))
    event = next(e for e in extract_events(nlp(sentence)) if e["cameo"].startswith(root))
    names = {role: [CANDIDATES.get(n, n) for n in event[role]] for role in ("actors", "targets")}
    return {**event, **names, "article_id": article_id, "date": date}


def test_a_report_dated_only_by_its_year_joins_no_day_by_date_alone(nlp, campaign_sentences):
    debate = _report(nlp, campaign_sentences, "Christie unleashed", "2016-02-06")  # at Rubio
    january = _report(nlp, campaign_sentences, "his stinging rebuttal", "2016")  # 14 January
    merged = merge_events([debate, january])  # one root, one year, Rubio named by both
    assert [m["date"] for m in merged] == ["2016", "2016-02-06"]
    again = _report(nlp, campaign_sentences, "In response to Christie’s", "2016")  # the same
    assert len(merge_events([january, again])) == 2  # two reports dated by their year alone
    merged = merge_events([debate, again])  # the same attack, the same actor and target
    assert len(merged) == 1 and merged[0]["date"] == "2016-02-06"
    assert len(merged[0]["sources"]) == 2 and "dates" not in merged[0]["disagreements"]


def test_reports_of_one_day_join_by_their_actor_not_by_a_name_in_another_role(
    nlp, campaign_sentences
):
    crushed = _report(nlp, campaign_sentences, "Bernie Sanders and Donald Trump each", "2016-02-02")
    overtaking = _report(nlp, campaign_sentences, "almost overtaking", "2016-02-02")
    assert "Donald Trump" in crushed["targets"] and "Donald Trump" in overtaking["targets"]
    assert len(merge_events([crushed, overtaking])) == 2  # Sanders' win and Rubio's run
    debate = _report(nlp, campaign_sentences, "Christie unleashed", "2016-02-06")
    again = _report(nlp, campaign_sentences, "In response to Christie’s", "2016-02-06")
    assert len(merge_events([debate, again])) == 1  # Christie at Rubio, reported twice


def test_an_undated_report_joins_only_an_event_of_its_articles_days(nlp, campaign_sentences):
    rally = _report(nlp, campaign_sentences, "Trump accused Clinton of lying", "2016-06-01", "11")
    since = _report(nlp, campaign_sentences, "Since then, Trump", None, "11")  # no date of its own
    later = {**since, "reference_date": "2016-10-19"}  # its article's date, months after the rally
    merged = merge_events([rally])
    attach_undated(merged, [later])  # same code, actor and target: not enough months later
    assert len(merged[0]["sources"]) == 1
    attach_undated(merged, [{**since, "reference_date": "2016-06-02"}])  # an article of those days
    assert len(merged[0]["sources"]) == 2


def _dated_meeting(nlp, text: str, article_id: str, day: str) -> dict:
    event = next(e for e in extract_events(nlp(text)) if e["plover"] == "CONSULT")
    return {**event, "article_id": article_id, "date": day}


def test_two_officials_of_one_state_are_not_one_event_by_their_state(nlp):
    president = _dated_meeting(nlp, "US President Donald Trump met Japanese Prime Minister Shinzo Abe.",
                               "a", "2017-02-10")
    secretary = _dated_meeting(nlp, "US Secretary of State Rex Tillerson met Chinese Foreign Minister "
                               "Wang Yi.", "b", "2017-02-11")
    for event in (president, secretary):  # the state stays an actor, marked as the title's
        assert "United States" in event["actors"] and "United States" in event["title_states"]
    assert len(merge_events([president, secretary])) == 2
    again = _dated_meeting(nlp, "President Donald Trump met Shinzo Abe.", "c", "2017-02-10")
    merged = merge_events([president, again])  # one meeting of one president, two reports
    assert len(merged) == 1 and len(merged[0]["sources"]) == 2
    envoys = [_dated_meeting(nlp, text, article_id, "2017-02-10") for text, article_id in (
        ("The United States met Japan.", "d"), ("The United States met Japan in Tokyo.", "e"))]
    assert len(merge_events(envoys)) == 1  # a state that is a report's own actor still joins them
    envoys[1] = _dated_meeting(nlp, "The United States met China.", "e", "2017-02-10")
    assert len(merge_events(envoys)) == 2  # one actor meeting two others: two meetings

def test_timeline_cli_filters_by_entity_and_date(db):
    result = CliRunner().invoke(app, ["timeline", "--db", db, "--entity", "China", "--from", "2022-01",
                                      "--to", "2022-01-31"])
    assert result.exit_code == 0
    entries = result.output.strip().splitlines()[0::2]  # each entry: sentence, then sources
    assert entries and all(re.match(r"\d{1,2} January 2022: ", entry) for entry in entries)
    assert any("welcomed" in entry for entry in entries)
    assert "Russian soldiers fold their national flag" not in result.output  # no China in that one


def test_export_has_events_with_completed_dates(db, tmp_path):
    out = tmp_path / "export.jsonl"
    assert CliRunner().invoke(app, ["export", "--db", db, "--out", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    seed_001 = next(r for r in records if r["path"].endswith(next(EXAMPLES.glob("001_*.txt")).name))
    assert {"date", "text", "actors", "action", "targets", "place", "plover", "cameo", "start", "end"} <= \
        set(seed_001["events"][0])
    assert any(e["date"] == "2022-01-10" and e["action"] == "welcome" for e in seed_001["events"])
    assert any(f["text"] == "a few thousand" for f in seed_001["figures"])


# -- footprint ------------------------------------------------------------------------------------

@pytest.mark.parametrize("cameo, dimension", [("062", "security"), ("0874", "security"), ("061", "economic"),
                                              ("041", "political"), ("010", "information"), ("163", "economic")])
def test_dimension_of_cameo_codes(cameo, dimension):
    assert dimension_of(cameo) == dimension


def test_footprint_points_carry_evidence(db):
    with open_store(db, read_only=True) as store:
        china = footprint(store, "China", "Kazakhstan")
        russia = footprint(store, "Russian", "Kazakh")
    assert {p["dimension"] for p in china} >= {"economic"}
    assert any(p["kind"] == "figure" and "17%" in p["label"] for p in china)
    assert any(p["dimension"] == "security" and p["date"] == "2022-01-05" for p in russia)
    assert not [p for p in china if p["dimension"] == "security"]  # no Chinese security action in the seeds
    assert all(p["article_id"] and p["text"] for p in china + russia)


def test_footprint_cli_prints_and_writes_a_png(db, tmp_path):
    pytest.importorskip("matplotlib", reason="the chart needs the charts extra")
    chart = tmp_path / "china.png"
    result = CliRunner().invoke(app, ["footprint", "China", "Kazakhstan", "--db", db, "--chart", str(chart)])
    assert result.exit_code == 0 and "economic" in result.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the dictionary coder on PETRARCH-2 validation sentences --------------------------------------

def _gsr_text(record_id: str) -> str:
    records = (json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines() if line.strip())
    return next(r["text"] for r in records if r["id"] == record_id)


# (validation sentence id, CAMEO code prefix, a source actor, a target actor)
GSR_EVENTS = [
    ("APPEALS_0", "02", "Obama", "Putin"),  # "Obama wants Putin to attack Switzerland": an appeal to Putin
    ("PASSIVE_5", "023", "Congress", "Obama"),  # "asking Obama to help Iran": an appeal for aid
    ("NEST_8", "112", "United States", "Iraq"),  # "The US said that Iraq had attacked": an accusation of Iraq
    ("NEST_0", "015", "United States", "Iraq"),  # "The US claimed that they had attacked Iraq": a claim
    ("TEST_4", "19", "Israeli", None),  # agentless passive: "killed in Israeli tank shelling"
    ("PASSIVE_0", "1124", "United States", "Russia"),  # the passive subject meets the verb pattern
    ("SYRIA_0", "19", "insurgent", "Syria"),  # a role noun as the actor
    ("GOLD_8", "08", "UN", None),  # "Hundreds of UN troops withdrew"
    ("NEG_0", "12", "Obama", "Israel"),  # "said he would not provide support to Israel"
    ("AFP0808020857_2", "035", "Israel", None),  # "announced it would free ... prisoners"
]


@pytest.mark.skipif(not GSR.exists(), reason="needs ../shared/data/events")
@pytest.mark.parametrize("record_id, code, actor, target", GSR_EVENTS)
def test_gsr_sentences_are_coded_with_their_actors(nlp, record_id, code, actor, target):
    events = [e for e in extract_rule_events(nlp(_gsr_text(record_id))) if not e["negated"] and e["modality"] == "asserted"]
    matching = [e for e in events if e["cameo"].startswith(code)]
    assert matching, f"{record_id}: no {code} event in {[e['cameo'] for e in events]}"
    assert any(actor in e["actors"] for e in matching)
    assert target is None or any(target in e["targets"] for e in matching)


@pytest.mark.skipif(not GSR.exists(), reason="needs ../shared/data/events")
@pytest.mark.parametrize("record_id", [
    "TEST_10",  # "the chemical attacks": no actor, no time
    "AFP0808020955_1",  # a minister "said she hoped": reporting only
    "EXIST_1",  # "killed in Ukraine": a place is not the killer
    "AFP0808020742_2",  # "unaware of such agreement"
])
def test_gsr_sentences_without_an_event(nlp, record_id):
    events = extract_rule_events(nlp(_gsr_text(record_id)))
    assert not [e for e in events if not e["negated"] and e["modality"] == "asserted"]


@pytest.mark.skipif(not GSR.exists(), reason="needs ../shared/data/events")
def test_what_is_asked_for_is_not_done(nlp):
    events = extract_rule_events(nlp(_gsr_text("PASSIVE_5")))  # "Congress is asking Obama to help Iran."
    helped = next(e for e in events if e["action"] == "help")
    assert (helped["actors"], helped["modality"]) == (["Obama"], "intended")


def test_a_present_tense_caption_of_a_past_year_is_marked_from_the_analysis_parse(tmp_path):
    # a gallery's line (present tense, a past year) and the article's own report of a meeting
    (tmp_path / "gallery.txt").write_text(
        "Leaders in pictures\n\n"
        "Trump meets Chinese President Xi Jinping at Mar-a-Lago in 2017.\n\n"
        "Trump met Xi Jinping at Mar-a-Lago on April 6, 2017, and the two leaders discussed "
        "trade.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "gallery.duckdb")
    ingest([str(tmp_path / "gallery.txt")], db=db, workers=1)
    analyse(db=db, workers=1)
    with open_store(db, read_only=True) as store:
        (events,) = store.layer("events").values()
    marked = {event["text"][:20]: bool(event.get("present_caption")) for event in events}
    assert marked == {"Trump meets Chinese ": True, "Trump met Xi Jinping": False}
    assert [from_caption(event) for event in events] == [True, False]
