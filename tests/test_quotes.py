"""Quotes: marks, speakers, roles and reported speech on the seeds; quality floors on the
hand-annotated AllSides set; the cross-outlet corpus step; the CLI."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT, need_shared, quote_triples
from newsdesk.analyse import analyse
from newsdesk.cli import app
from newsdesk.ingest import ingest
from newsdesk.nlp import load_pipeline
from newsdesk.pipeline import INGEST_STEPS, run_steps
from newsdesk.quotes import extract_quotes
from newsdesk.quotes.corpus import FRAGMENT, SAME_WORDING, group_quotes, quote_wording, same_quote
from newsdesk.quotes.cue_places import reporting_clause_after
from newsdesk.quotes.marks import looks_like_speech, marked_spans
from newsdesk.quotes.roles import describe
from newsdesk.readers import ReadContext, read_input
from newsdesk.store import open_store
from newsdesk_eval.quote_set import annotate_quotes, load_gold, score


@pytest.fixture(scope="module")
def seed_quotes() -> dict[str, list[dict]]:
    """Every seed, cleaned as ingest cleans it, through the analysers up to ``quotes``."""
    nlp = load_pipeline()
    found = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        article = run_steps(read_input(str(path), ReadContext()), INGEST_STEPS)[0]
        found[path.name[:3]] = annotate_quotes(nlp(article.text), article)
    return found


def find(quotes: list[dict], beginning: str) -> dict | None:
    return next((q for q in quotes if q["text"].startswith(beginning)), None)


# -- every quote in the seeds: (seed, quote begins, direct, speaker, role, affiliation) ------------

SEED_QUOTES = [
    ("000", "Serbia is quietly financing", False, "Balkan Service", None, None),
    ("000", "they have no information about the Serbian plans", False, "Central Kosovar authorities", None, None),
    ("000", "Kyrgyzstan's State Customs Service chief", False, "Kyrgyz Service", None, None),
    ("000", "Zhang Ming, until recently China's ambassador", False, "South China Morning Post", None, None),
    # a record that "according to" names is a source (the rules' documents)
    ("000", "A predominantly Serb provisional authority", False, "publicly available documents", None, None),
    # a directive's infinitive after its hearer, which "on" brings in ("calling on China to")
    ("000", "to back it in a campaign to gain", False, "Taliban's leaders", "leaders", None),
    (
        "000",
        "This type of crisis obviously makes China nervous",
        True,
        "Haiyun Ma",
        "associate professor",
        "Frostburg State University",
    ),
    ("001", "The crisis in Kazakhstan proved", True, "Jakub Jakobowski", "senior fellow", "Center for Eastern Studies"),
    ("001", "There are many difficult issues", True, "Jakub Jakobowski", "senior fellow", "Center for Eastern Studies"),
    (
        "001",
        "They both share an overarching goal",
        True,
        "Jakub Jakobowski",
        "senior fellow",
        "Center for Eastern Studies",
    ),
    (
        "001",
        "China isn't trying to unseat Russia",
        True,
        "Jakub Jakobowski",
        "senior fellow",
        "Center for Eastern Studies",
    ),
    # a nationality before an office is the country it serves (docs/attribution-rules.md:
    # `foreign minister`, `China`); before an occupation it is no affiliation ("Chinese expert")
    ("001", "China welcomed the CSTO mission", False, "Wang Yi", "Foreign Minister", "China"),
    (
        "001",
        "The fact that the CSTO mission",
        True,
        "Giulia Sciorati",
        "fellow",
        "Italian Institute for International Political Studies",
    ),
    # a nominal source that the article does not name is its own speaker, its head noun its
    # role and the country that owns it its affiliation
    (
        "000",
        "Kazakhstan's unrest is the result",
        False,
        "some of China's most prominent Central Asia watchers",
        "watchers",
        "China",
    ),
    (
        "001",
        "Peacekeeping is the one type",
        True,
        "Giulia Sciorati",
        "fellow",
        "Italian Institute for International Political Studies",
    ),
    ("001", "the violence in Kazakhstan was evidence", False, "Shanghai Cooperation Organization", None, None),
    ("001", "China planned to enhance law enforcement", False, "Zhang Xiao", "ambassador to Kazakhstan", "China"),
    ("001", "China loves to have this kind", True, "Haiyun Ma", "professor", "Frostburg State University"),
    ("001", "This narrative fits both", True, "Haiyun Ma", "professor", "Frostburg State University"),
    ("001", "the unrest in Central Asia made Beijing", False, "Haiyun Ma", "professor", "Frostburg State University"),
    ("001", "the arrest of Masimov", False, "Haiyun Ma", "professor", "Frostburg State University"),
    ("001", "this is unlikely to damage", False, "Haiyun Ma", "professor", "Frostburg State University"),
    (
        "001",
        "China and Russia's positioning",
        False,
        "Ben Godwin",
        "head of analysis",
        "Prism Political Risk Management",
    ),
    ("001", "Russia no longer views", True, "Ben Godwin", "head of analysis", "Prism Political Risk Management"),
    ("001", "Russia doesn't want to occupy", True, "Ben Godwin", "head of analysis", "Prism Political Risk Management"),
    ("001", "And China is perfectly happy", True, "Ben Godwin", "head of analysis", "Prism Political Risk Management"),
    ("002", "undermine Sino-Kazakh friendship", True, "Xi Jinping", None, None),  # "Xi’s message ... it included"
    # "China's Premier Li Peng": a premier is a role, as every title only a person holds
    ("002", "great chaos and collapse", True, "Li Peng", "Premier", "China"),
    ("002", "the intervention of foreign forces.", True, "Li Peng", "Premier", "China"),
    ("002", "To be legitimist and revolutionist", True, "Friedrich Engels", None, None),
    # a reported clause holding a quoted fragment is one mixed attribution (docs/attribution-rules.md)
    ("003", "he “resolutely opposes outside forces", False, "Xi Jinping", "leader", "China"),
    ("003", "Chinese companies account for around 17%", False, "Carnegie Moscow Center", None, None),
    ("003", "In 2020, Kazakhstan’s total trade with China", False, "Carnegie", None, None),  # "figures from"
    ("003", "China supports all efforts", True, "Wang Wenbin", "spokesman", "Chinese Foreign Ministry"),
    (
        "003",
        "China has been completely excluded",
        True,
        "Sergey Radchenko",
        "expert on Russian and Chinese foreign and security policies",
        "Johns Hopkins School of Advanced International Studies",
    ),
    ("003", "Russia’s actions could prove worrying", False, "Niva Yau", "senior researcher", "OSCE Academy"),
    ("003", "The danger for China", True, "Niva Yau", "senior researcher", "OSCE Academy"),
    ("003", "the whole point of the Belt and Road", True, "Niva Yau", "senior researcher", "OSCE Academy"),
    ("003", "the worst-case scenario for Beijing", False, "Niva Yau", "senior researcher", "OSCE Academy"),
    ("003", "Such a measure, which would apply", False, "Niva Yau", "senior researcher", "OSCE Academy"),
    ("003", "Russia and China will not allow", True, "Hu Xijin", "prominent nationalist expert", None),
    (
        "003",
        "To some extent, Beijing recognizes",
        True,
        "Raffaello Pantucci",
        "senior researcher",
        "S. Rajaratnam School of International Studies",
    ),
    (
        "003",
        "The Russians who stabilize the tillers",
        True,
        "Raffaello Pantucci",
        "senior researcher",
        "S. Rajaratnam School of International Studies",
    ),
    # "said Mr. Radchenko of Johns Hopkins": the organisation named in part is the one stated
    # with his role at the first mention, so that mention's role and full name are his here too
    (
        "003",
        "People have been predicting the collapse",
        True,
        "Sergey Radchenko",
        "expert on Russian and Chinese foreign and security policies",
        "Johns Hopkins School of Advanced International Studies",
    ),
    (
        "003",
        "the fact that they gave each other freedom",
        True,
        "Sergey Radchenko",
        "expert on Russian and Chinese foreign and security policies",
        "Johns Hopkins School of Advanced International Studies",
    ),
    (
        "003",
        "It’s a matter of stability for now",
        True,
        "Alessandro Arduino",
        "researcher",
        "National University of Singapore",
    ),
    # content split by "he said" between commas: two attributions (docs/attribution-rules.md)
    ("003", "In this area", False, "Alessandro Arduino", "researcher", "National University of Singapore"),
    ("003", "China has the upper hand", False, "Alessandro Arduino", "researcher",
     "National University of Singapore"),
    ("004", "China lacks the kind of tools", True, "Alexander Gabuev", "Chinese expert", "Carnegie Moscow Center"),
    ("004", "These Russian paratroopers", True, "Alexander Gabuev", "Chinese expert", "Carnegie Moscow Center"),
    ("004", "They protect a secular", True, "Alexander Gabuev", "Chinese expert", "Carnegie Moscow Center"),
    ("004", "this overt deployment of Russian troops", False, "Dean Cheng", "Chinese expert", None),
    ("004", "The Chinese are certainly going", True, "Dean Cheng", "Chinese expert", None),
    ("004", "Before, they had the economic assets", True, "Dean Cheng", "Chinese expert", None),
    ("004", "China is ready to work with Kazakhstan", True, "Wang Wenbin", "spokesman", "Chinese Foreign Ministry"),
    (
        "004",
        "These concerns among public opinion",
        False,
        "George Voloshin",
        "Kazakhstan-born analyst",
        "Aperio Intelligence",
    ),
    (
        "004",
        "China has a controversial image",
        True,
        "George Voloshin",
        "Kazakhstan-born analyst",
        "Aperio Intelligence",
    ),
    (
        "004",
        "People understand what to expect",
        True,
        "George Voloshin",
        "Kazakhstan-born analyst",
        "Aperio Intelligence",
    ),
]


@pytest.mark.parametrize(("seed", "beginning", "direct", "speaker", "role", "affiliation"), SEED_QUOTES)
def test_seed_quote_speaker_role_and_affiliation(
    seed_quotes, seed, beginning, direct, speaker, role, affiliation
) -> None:
    quote = find(seed_quotes[seed], beginning)
    assert quote is not None, f"not found: {beginning!r}"
    assert (quote["direct"], quote["speaker"]) == (direct, speaker)
    assert (quote["role"], quote["affiliation"]) == (role, affiliation)


#: Quoted words that are not speech: scare quotes, coined names, a single quoted word.
NOT_QUOTES = [
    ("000", "Clean Network"),
    ("000", "color revolution"),
    ("000", "terrorists"),
    ("001", "three evils"),
    ("001", "color revolution"),
    ("001", "external interference"),
    ("001", "very nervous"),
    ("002", "security provider"),
    ("004", "Belt and Road"),
]


@pytest.mark.parametrize(("seed", "text"), NOT_QUOTES)
def test_scare_quotes_and_names_are_not_quotes(seed_quotes, seed, text) -> None:
    assert not any(q["text"].strip(" .,") == text for q in seed_quotes[seed])


#: The rest of what the seeds hold: a reader's question, statements by unnamed analysts or
#: officials, and fragments whose speaker the text leaves implicit.
UNNAMED = [
    ("000", "What does China's reaction to the unrest"),
    ("000", "the terms did not do enough to curb Tehr"),
    ("001", "China's and Russia's handling of violent"),
    ("001", "The unprecedented crisis as well as its a"),
    ("002", "over the past two years, Chinese diploma"),
    ("002", "PRC Embassy officials have often prefer"),  # "As my contacts ... indicate, ..."
    ("003", "taking strong action at critical times,"),
    ("003", "an internal affair"),
    ("003", "aims to eradicate religious extremism"),  # "a campaign ... that they say aims to"
    ("003", "Beijing is keenly aware of the potential"),
    ("003", "China and Russia share many of the same "),
]


def test_every_seed_quote_is_listed(seed_quotes) -> None:
    expected = {(seed, beginning) for seed, beginning, *_ in SEED_QUOTES}
    rest = [
        (seed, q["text"])
        for seed, quotes in seed_quotes.items()
        for q in quotes
        if not any(s == seed and q["text"].startswith(b) for s, b in expected)
    ]
    unexpected = [
        (seed, text[:60]) for seed, text in rest if not any(s == seed and text.startswith(b) for s, b in UNNAMED)
    ]
    assert not unexpected and len(rest) == len(UNNAMED)


def test_multi_paragraph_quote_is_one_span(seed_quotes) -> None:
    quote = find(seed_quotes["000"], "This type of crisis")
    assert quote["text"].endswith("lead to the same type of influence.")
    assert '\n\n"If you think about Russia' in quote["text"]


def test_offsets_point_into_the_text(seed_quotes) -> None:
    article = run_steps(read_input(str(next(EXAMPLES.glob("001_*.txt"))), ReadContext()), INGEST_STEPS)[0]
    for quote in seed_quotes["001"]:
        assert article.text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_span"]:
            named = article.text[quote["speaker_span"]["start"] : quote["speaker_span"]["end"]]
            assert named.split()[-1] in quote["speaker"]


def test_a_pronoun_is_never_a_speaker(seed_quotes) -> None:
    speakers = {q["speaker"] for quotes in seed_quotes.values() for q in quotes}
    assert not speakers & {"he", "she", "He", "She", "they", "it"}


# -- quotation marks: (paragraph, spans inside the marks) ---------------------------------------

MARKS = [
    ('"A is B," he said. "C is D."', ["A is B,", "C is D."]),
    ("“Straight,” she said, “and curly.”", ["Straight,", "and curly."]),
    (
        "saying he “opposes forces inciting a “color revolution” in Kazakhstan ”, referring",
        ["opposes forces inciting a “color revolution” in Kazakhstan"],
    ),
    ("“The Russians may not be a bad result. “", ["The Russians may not be a bad result."]),
    ("“Unclosed at the end of the paragraph", ["Unclosed at the end of the paragraph"]),
    ("no marks at all", []),
    ("a stray closing mark” here", []),
    # a block quotation's paragraphs run together after a lead-in (The Two-Way, NPR): each
    # opened with a mark, only the last closed, so the mark after "missed." goes on
    (
        "Here's how Deadspin sets up the vote:\n\n\"Those countries are Austria, Australia and "
        "Wales. There may be more that I missed. \"The astute among you will observe that there "
        "are only 19 countries on that list.\"",
        [
            "Those countries are Austria, Australia and Wales. There may be more that I missed. "
            "\"The astute among you will observe that there are only 19 countries on that list."
        ],
    ),
    # such a block opening on a quotation inside it, the two marks set apart by a space
    (
        "The paper reports:\n\n\" 'This jury selection process is going to be like very few "
        "others,' said Jeremy Sternberg. 'It's going to take a very long time.' \"The scale of "
        "the attack was so vast.\"",
        [
            "'This jury selection process is going to be like very few others,' said Jeremy "
            "Sternberg. 'It's going to take a very long time.' \"The scale of the attack was so "
            "vast."
        ],
    ),
    ("The vote was \" 'close' and fair.", []),
    # a closing mark written as two apostrophes (USA Today): the reporting clause stays
    # outside the quotation
    (
        "\"He was faithful to the end,'' he said. \"He showed how to finish well.''",
        ["He was faithful to the end,", "He showed how to finish well."],
    ),
    ("He called it ''fine'' twice.", []),
    # a mark after a sentence's end inside a quotation after a colon opens a block's next
    # paragraph only where the mark that would close the block follows a sentence's end
    ('He said: "The plan is dead. "Fine" is not the word.', ["The plan is dead."]),
    # a line break in the middle of a sentence (Metro, in a CNN roundup): one quotation
    (
        "“Enough of the disproportionate\n\nscrutiny, blatant misogyny and relentless racism.” "
        "— Natalie Morris, Metro",
        ["Enough of the disproportionate\n\nscrutiny, blatant misogyny and relentless racism."],
    ),
    (
        "“Enough of the disproportionate\n\nScrutiny is what they meant.” — Natalie Morris",
        ["Enough of the disproportionate"],
    ),
    # the lower-case paragraph closes the quotation at the mark that pairs with it: a
    # quotation inside it is paired first, one it leaves open means the marks are another's
    (
        "“We need the\n\nmoney she called “essential” for schools,” Roe said.",
        ["We need the\n\nmoney she called “essential” for schools,"],
    ),
    (
        "The governor called the plan “a total scam\n\nand voters agreed, the poll showed. “It "
        "is not over,” Roe said.",
        ["a total scam", "It is not over,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks_pair_despite_bad_scraping(text, expected) -> None:
    assert [text[s.start : s.end] for s in marked_spans(text)] == expected


def test_closer_shaped_mark_after_a_nested_quote_closes() -> None:
    text = "“China will thwart any attempt to incite “color revolutions,” ”Chinese spokesman Wang said."
    assert [text[s.start : s.end] for s in marked_spans(text)] == [
        "China will thwart any attempt to incite “color revolutions,”"
    ]


@pytest.mark.parametrize(
    ("text", "attributed", "speech"),
    [
        ("Clean Network", False, False),
        ("Belt and Road", True, False),
        ("color revolution", False, False),
        ("terrorists.", False, False),
        ("very nervous", True, True),
        ("very nervous", False, False),
        ("China has been completely excluded from this,", False, True),
        ("I intend to support.", False, True),
    ],
)
def test_speech_or_scare_quote(text, attributed, speech) -> None:
    assert looks_like_speech(text, attributed=attributed) is speech


# -- role and affiliation: (text, name, role, affiliation) ---------------------------------------

ROLES = [
    (
        "Jakub Jakobowski, senior fellow at the Center for Eastern Studies in Warsaw, told RFE/RL.",
        "Jakub Jakobowski",
        "senior fellow",
        "Center for Eastern Studies",
    ),
    ("Zhang Xiao, China's ambassador to Kazakhstan, who told", "Zhang Xiao", "ambassador to Kazakhstan", "China"),
    ("said Mr. Radchenko of Johns Hopkins. But", "Radchenko", None, "Johns Hopkins"),
    ("”Chinese Foreign Ministry spokesman Wang Wenbin said", "Wang Wenbin", "spokesman", "Chinese Foreign Ministry"),
    ("When Chinese leader Xi Jinping first unveiled", "Xi Jinping", "Chinese leader", None),
    ("Hu Xijin, a prominent nationalist expert, wrote on Twitter.", "Hu Xijin", "prominent nationalist expert", None),
    ("According to Ms. Yau, the worst-case scenario for Beijing would be for Moscow", "Yau", None, None),
    ("Jakobowski said. ", "Jakobowski", None, None),
    # AllSides 111tyOPNHvdPkYWK: a role word of the title lexicon
    ("These polls can also have a big impact on fundraising, says Republican strategist "
     "Bruce Haynes.", "Bruce Haynes", "strategist", "Republican Party"),
    # an office of the describing nouns is a role word, before the name and after it
    ("The books are a mess, said Franklin County Auditor Jane Smith.", "Jane Smith", "Auditor",
     "Franklin County"),
    ("The books are a mess, said Jane Smith, the Franklin County auditor.", "Jane Smith",
     "auditor", "Franklin County"),
    # a party's member after a state holds no office of the state: the party, by its name, is
    # the affiliation (docs/attribution-rules.md)
    ("It is over, said Nancy Pelosi, the California Democrat, on Monday.", "Nancy Pelosi",
     "California Democrat", "Democratic Party"),
    ("It is over, said Jane Doe, the Arizona Republican, on Monday.", "Jane Doe",
     "Arizona Republican", "Republican Party"),
    # an office of two role words joined by "of" is one role, not its last word
    ("The talks will go on, said Secretary of State Jane Smith.", "Jane Smith",
     "Secretary of State", None),
    ("The talks will go on, said U.S. Secretary of State Jane Smith.", "Jane Smith",
     "U.S. Secretary of State", None),
    # ... but a title of the person after "of" is that person's, not a part of another role
    ("The talks will go on, said a spokesman of President Jane Smith.", "Jane Smith",
     "President", None),
    ("The talks will go on, said a close adviser of Governor Jane Smith.", "Jane Smith",
     "Governor", None),
    # a party's letter after the name's comma is no apposition: the title before is the role
    ("Sen. Maria Lopez, R-Ariz., said the plan would work.", "Maria Lopez", "Sen.", "Republican Party"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), ROLES)
def test_role_and_affiliation_as_stated(text, name, role, affiliation) -> None:
    start = text.index(name)
    stated = describe(text, start, start + len(name))
    assert (stated.role, stated.affiliation) == (role, affiliation)


# a lower-case noun the parse puts on the name is its title, whatever the title lexicon lists
PARSED_TITLES = [
    ("The Rangers coach Maria Lopez said the team had played hard.", "Maria Lopez", "coach", "Rangers"),
    ("Award-winning novelist Maria Lopez said the book took ten years.", "Maria Lopez", "novelist", None),
    ("The results surprised my colleague Maria Lopez, who studies birds.", "Maria Lopez", "colleague", None),
    ("Yesterday the town's longtime mayor Maria Lopez said the plan would work.", "Maria Lopez",
     "longtime mayor", None),
    # coordinated titles, the first one's adjective opening the sentence
    ("Senior adviser and longtime friend Maria Lopez said the plan would work.", "Maria Lopez",
     "Senior adviser and longtime friend", None),
    # ... but a word the text capitalises inside a sentence is a name there (a team's)
    ("Parise had scored once. Wild defenseman Maria Lopez, who joked about it, said the Wild would win.",
     "Maria Lopez", "defenseman", "Wild"),
    # a company's legal form with its full stop ends no sentence before the title
    ("Harbor Shipping Co. executive Maria Lopez said the demand was high.", "Maria Lopez", "executive",
     "Harbor Shipping Co"),
    # no title: a time, a capitalised word opening a paragraph, a plural, an indefinite noun
    # that a reduced relative clause follows
    ("On Tuesday night Maria Lopez said the plan would work.", "Maria Lopez", None, None),
    ("He learned a lot.\n\nHosting Maria Lopez at the gala was an honor.", "Maria Lopez", None, None),
    ("They asked whether tax cuts Maria Lopez backed would pass.", "Maria Lopez", None, None),
    ("Critics cited a rumor Lopez denied last week.", "Lopez", None, None),
]


# after the name's comma, an apposition is a noun phrase: a clause or an adverbial there is no
# role, and the title before the name is read instead
PARSED_APPOSITIONS = [
    ("“We will pay,” said Space Agency administrator Maria Lopez, noting the cost of the rocket.",
     "Maria Lopez", "administrator", "Space Agency"),
    ("Danish Prime Minister Maria Lopez, however, said she was pleased.", "Maria Lopez",
     "Prime Minister", "Denmark"),
    ("But economist Maria Lopez, in her new book, argues that college pays.", "Maria Lopez", "economist", None),
    ("Governor Maria Lopez, speaking at the same spot in 2010, said the plan would work.", "Maria Lopez",
     "Governor", None),
    ("Maria Lopez, apparently keen to please the crowd, said the plan would work.", "Maria Lopez", None, None),
    # noun phrases stay appositions, an adverb before the noun included
    ("The plan will work, said Maria Lopez, now an immunologist at Stanford University.", "Maria Lopez",
     "now an immunologist", "Stanford University"),
    ("The plan will work, said Maria Lopez, spokeswoman for the Red Cross.", "Maria Lopez",
     "spokeswoman", "Red Cross"),
    # a party's member states the party and no office: the title before the name is the role
    ("Senator Maria Lopez, the Arizona Republican, said the plan would work.", "Maria Lopez",
     "Senator", "Republican Party"),
    ("Sen. Maria Lopez, a Republican from Alaska, said she was disturbed.", "Maria Lopez", "Sen.",
     "Republican Party"),
    ("“It was hot,” said Maria Lopez, founding director of the Center for Clean Air at Rice University.",
     "Maria Lopez", "founding director", "Center for Clean Air"),
    ("Last week, Maria Lopez, the senior fellow at the Manhattan Institute appeared on television.",
     "Maria Lopez", "senior fellow", "Manhattan Institute"),
    # a capitalised office with its own "of" phrase is one title, the organisation after it its place
    ("The market is high, said Maria Lopez, Head of Fundamental Research at Harbor Securities.",
     "Maria Lopez", "Head of Fundamental Research", "Harbor Securities"),
    ("The market is high, said Maria Lopez, President of the Harbor Club.", "Maria Lopez", "President",
     "Harbor Club"),
    # a relative clause whose copula states what the person is or was reads as an apposition
    ("“It is normal,” said Maria Lopez, who is now an immunologist at Stanford University.", "Maria Lopez",
     "immunologist", "Stanford University"),
    ("The remarks were made by Maria Lopez, who was then Britain’s foreign secretary.", "Maria Lopez",
     "foreign secretary", "Britain"),
    ("Maria Lopez, who is expected to run for office, said it.", "Maria Lopez", None, None),
    # a clause states no role, but an organisation it places the person at is the affiliation
    ("Maria Lopez, now at Colorado State University, led the experiments.", "Maria Lopez", None,
     "Colorado State University"),
    ("Prosecutors said Maria Lopez, assigned to the night shift at Metropolitan Correctional Center, slept.",
     "Maria Lopez", None, "Metropolitan Correctional Center"),
]

# a name set off by commas after a description states the description's role and affiliation;
# a title opening with an organisation's name and going on in lower case is that organisation's
# office; a place compounded into the phrase that an organisation's name heads is no affiliation
PARSED_DESCRIPTIONS = [
    (
        "The Republican chairman of the House Budget Committee, Maria Lopez, said the plan would fail.",
        "Maria Lopez",
        "chairman",
        "House Budget Committee",
    ),
    ("“It is fine,” said White House press secretary Maria Lopez.", "Maria Lopez", "press secretary", "White House"),
    (
        "“It is open,” said Maria Lopez, co-founder of the Denver polling firm Harbor Data Inc and a former teacher.",
        "Maria Lopez",
        "co-founder",
        "Harbor Data Inc",
    ),
    ("“It is fine,” said Dr. Maria Lopez.", "Maria Lopez", "Dr.", None),
    # a noun that makes an organisation of its leader's name is the organisation's; a noun of
    # an organisation's kind is the role's
    (
        "In a statement, Lopez campaign spokeswoman Maria Hill said it was used.",
        "Maria Hill",
        "spokeswoman",
        "Lopez campaign",
    ),
    ("Rangers team captain Maria Lopez said so.", "Maria Lopez", "team captain", "Rangers"),
    # a party's letter with a full stop and a comma, as some papers write it
    (
        "“It is fine,” said Sen. Maria Lopez (R., Ariz.), part of the group working on the bill.",
        "Maria Lopez",
        "Sen.",
        "Republican Party",
    ),
]

# the party's letter or the place after the name hides neither the apposition after it nor the
# title before it; the place is the affiliation only where neither names one
PAST_LETTER_OR_PLACE = [
    (
        "“We need it,” said Rep. Maria Lopez (R-Texas), ranking member of the House Science Committee’s "
        "space subcommittee, during a hearing.",
        "Maria Lopez",
        "ranking member",
        "House Science Committee",
    ),
    ("Rep. Maria Lopez (D-N.Y.), chairman of the subcommittee, was skeptical.", "Maria Lopez",
     "chairman of the subcommittee", "Democratic Party"),
    ("“It is bad,” said Democratic Rep. Maria Lopez of New Jersey in a tweet.", "Maria Lopez", "Rep.",
     "Democratic Party"),
    ("Senator Maria Lopez of Ohio said the report was late.", "Maria Lopez", "Senator", "Ohio"),
    # an apposition's organisation that only modifies a common noun names none: the party does
    (
        "“We do not intend it,” said Sen. Maria Lopez (R., Ariz.), a member of the Senate group "
        "working on immigration.",
        "Maria Lopez",
        "member",
        "Republican Party",
    ),
    (
        "Senator Maria Lopez of Ohio, the Republican chairman of the Senate panel, said it was late.",
        "Maria Lopez",
        "Republican chairman",
        "Republican Party",
    ),
    ("Sens. Maria Lopez of Arkansas and Jane Roe of Louisiana wrote a letter.", "Maria Lopez", "Sens.",
     "Arkansas"),
    # an organisation after "of" is no place; a clause or a noun of no person after the letter
    # is no apposition
    ("Maria Lopez of the University of Texas said the data were new.", "Maria Lopez", None,
     "University of Texas"),
    (
        "A man threatened to kill Rep. Maria Lopez (D-Minn.), the U.S. Attorney’s Office for the Western "
        "District of New York announced Monday.",
        "Maria Lopez",
        "Rep.",
        "Democratic Party",
    ),
]

# a nationality or a place that opens a title before the name is whom the office serves: the
# country by the gazetteer (as the article writes it, initials aside), the place as written;
# a party's adjective and an organisation's name that opens with a nationality stay
SERVED_PLACES = [
    ("German Chancellor Maria Lopez said the deal was fair.", "Maria Lopez", "Chancellor", "Germany"),
    ("Iraqi Prime Minister Maria Lopez said the strikes were a violation.", "Maria Lopez", "Prime Minister",
     "Iraq"),
    ("British Foreign Secretary Maria Lopez said Britain would respond.", "Maria Lopez", "Foreign Secretary",
     "Britain"),
    ("U.S. Secretary of State Maria Lopez said the talks were useful.", "Maria Lopez", "Secretary of State",
     "United States"),
    ("Former Missouri Senator Maria Lopez said the race was close.", "Maria Lopez", "Senator", "Missouri"),
    ("former Missouri Senator Maria Lopez said the race was close.", "Maria Lopez", "Senator", "Missouri"),
    ("Democratic Rep. Maria Lopez said the bill would pass.", "Maria Lopez", "Rep.", "Democratic Party"),
    # the party's letter says whom a member stands for
    ("U.S. Sen. Maria Lopez, R-Alaska, said the bill would pass.", "Maria Lopez", "U.S. Sen.", "Republican Party"),
    ("American Airlines CEO Maria Lopez said the fleet was grounded.", "Maria Lopez", "CEO", "American Airlines"),
    # a nationality word by its country's name: the Dominican Republic's name opens with its
    # own (not Dominica's), Turkey's stem before -ish
    ("Dominican President Maria Lopez said the port would reopen.", "Maria Lopez", "President",
     "Dominican Republic"),
    ("Turkish President Maria Lopez said the talks were useful.", "Maria Lopez", "President", "Turkey"),
]

# a person counted among the holders of a role holds it: the plural's noun is the role
ONE_OF = [
    ("Maria Lopez, one of the world’s most respected economists, estimates that the panel erred.", "Maria Lopez",
     "economist", None),
    ("The book was hard to sell, said Maria Lopez, one of his editors.", "Maria Lopez", "editor", None),
    ("Maria Lopez, one of the bill’s co-sponsors, said it would pass.", "Maria Lopez", "co-sponsor", None),
]

# an office with its own "for" or "of" phrase before the name, a hyphenated title word, an
# organisation whose name holds "of" before the office in an apposition, a time after the
# office; an auxiliary opening a question is no organisation
OFFICES_WRITTEN_OUT = [
    ("Former U.S. Attorney for the Northern District of Ohio Maria Lopez said the case was weak.", "Maria Lopez",
     "Former U.S. Attorney", "Northern District of Ohio"),
    ("Harbor Health Organization Director-General Maria Lopez said the risk was high.", "Maria Lopez",
     "Director-General", "Harbor Health Organization"),
    ("“It is weak,” said Maria Lopez, the Harbor Association of Builders chief economist.", "Maria Lopez",
     "chief economist", "Harbor Association of Builders"),
    ("“It is weak,” said Maria Lopez, who has been the Harbor League's chief since 1998.", "Maria Lopez", "chief",
     "Harbor League"),
    ("Does Sen. Maria Lopez have a plan?", "Maria Lopez", "Sen.", None),
    # two offices of one organisation joined by "and"; after "the", the first is another's
    ("Harbor University President and Chancellor Maria Lopez said the budget was short.", "Maria Lopez",
     "President and Chancellor", "Harbor University"),
    ("It was a chat with Harbor Cloud founder and co-CEO Maria Lopez on Tuesday.", "Maria Lopez",
     "founder and co-CEO", "Harbor Cloud"),
    ("The president and Vice President Maria Lopez said it was fine.", "Maria Lopez", "Vice President", None),
    # "of" inside an organisation's name before a title
    ("The loans are safe.\n\nIndependent Harbor Workers of America President and CEO Maria Lopez says the loans are "
     "safe.", "Maria Lopez", "President and CEO", "Independent Harbor Workers of America"),
    ("The Bank of Harbor Governor Maria Lopez said rates would rise.", "Maria Lopez", "Governor", "Bank of Harbor"),
    ("“It is weak,” said Maria Lopez, the vice president of Public and Government Affairs at Harbor Services.", "Maria Lopez",
     "vice president of Public and Government Affairs", "Harbor Services"),
]

# a plural title before coordinated names is each one's; a beat after an organisation's name is
# part of the office; "counsel" is an office
SHARED_TITLES_AND_BEATS = [
    ("Senators Maria Lopez (R-SC), John Roe (R-SC) and Ann Poe (R-NE) have called for a halt.", "John Roe",
     "Senator", "Republican Party"),
    ("Senators Maria Lopez and Ann Poe went after the mayor on Wednesday night.", "Ann Poe", "Senator", None),
    ("It joined forces with Sens. Maria Lopez, D-Va., John Roe, R-Ind., and Ann Poe, R-Utah in a push.",
     "John Roe", "Sen.", "Republican Party"),
    ("The senators Maria Lopez praised were absent.", "Maria Lopez", None, None),
    # a place before the plural title may be only some of the names'
    ("The holdouts were outgoing Tennessee Senators Maria Lopez and John Roe, and Ohio's Ann Poe.", "Ann Poe",
     "Senator", "Ohio"),
    ("It featured NBC Capitol Hill correspondent Maria Lopez, who said it was over.", "Maria Lopez",
     "Capitol Hill correspondent", "NBC"),
    ("Reuters reported the talks. Reuters Moscow bureau chief Maria Lopez said they had stalled.", "Maria Lopez",
     "Moscow bureau chief", "Reuters"),
    ("Harbor Health Organization Director-General Maria Lopez said the risk was high.", "Maria Lopez",
     "Director-General", "Harbor Health Organization"),
    ("Special Counsel Maria Lopez concluded there was no evidence.", "Maria Lopez", "Special Counsel", None),
    # a title word the tagger ran into the name is read with the title before it
    ("Special Counsel Maria Lopez concluded there was no evidence.", "Counsel Maria Lopez", "Special Counsel", None),
]

# the organisation or country a title, an apposition or an "of" phrase names: a nationality
# the gazetteer's stems miss, words of rank between an organisation and its office, an "of"
# phrase that says what kind of organisation the name is, a courtesy title and an "&" inside
# a title, a party's member after a legislator's place; the negatives: no kind of
# organisation, a person's courtesy title alone
NAMED_BODIES = [
    ("In a tweet, French President Maria Lopez called on world leaders to act.", "Maria Lopez", "President",
     "France"),
    ("Spanish Prime Minister Maria Lopez said the talks had failed.", "Maria Lopez", "Prime Minister", "Spain"),
    ("“The talks will go on,” said Maria Lopez, a former Harbor Agency assistant director.", "Maria Lopez",
     "former assistant director", "Harbor Agency"),
    ("“It was striking,” said Maria Lopez of the polling and market research firm Harbor Insights.",
     "Maria Lopez", None, "Harbor Insights"),
    ("Housing & Urban Development Secretary Dr. Maria Lopez told reporters it was safe.", "Maria Lopez",
     "Secretary", "Housing & Urban Development"),
]

# the name after a kind of organisation must be a name: no day, holiday or pronoun, no
# possessive's mark; an office word after the organisation, with or without a rank word; a
# courtesy title with or without its full stop; initials on each side of "&" name two
# organisations; a country the gazetteer writes with "The" is written without it
NAMED_BODIES_MENDED = [
    ("“It was striking,” said Maria Lopez at the hospital Monday.", "Maria Lopez", None, None),
    ("“We are ready,” said Maria Lopez at the company Christmas party.", "Maria Lopez", None, None),
    ("“It was striking,” said Maria Lopez at the office I share with him.", "Maria Lopez", None, None),
    ("“It was striking,” said Maria Lopez from the company Harbor Insights’ stand at the fair.",
     "Maria Lopez", None, "Harbor Insights"),
    ("“We are ready,” said Maria Lopez, a former White House deputy press secretary.", "Maria Lopez",
     "former deputy press secretary", "White House"),
    ("Labor Secretary Dr Maria Lopez said the plan would work.", "Maria Lopez", "Secretary", "Labor"),
    ("Labor Secretary Ms. Maria Lopez said the plan would work.", "Maria Lopez", "Secretary", "Labor"),
    ("“We are ready,” said FBI & NYPD spokeswoman Maria Lopez.", "Maria Lopez", "spokeswoman", "NYPD"),
    ("“We are ready,” said Harbor Bank & Trust President Maria Lopez.", "Maria Lopez", "President",
     "Harbor Bank & Trust"),
    ("“We are ready,” said Dutch Ambassador Maria Lopez, speaking in the Netherlands.", "Maria Lopez",
     "Ambassador", "Netherlands"),
    ("But Senator Maria Lopez of Virginia, the panel’s top Democrat, said in a statement it was bad.",
     "Maria Lopez", "Senator", "Democratic Party"),
]

# a possessive organisation before the name is the affiliation; a person's possessive is none
PARSED_OWNERS = [
    ("Harbor Radio's Maria Lopez said the plan would fail.", "Maria Lopez", None, "Harbor Radio"),
    ("In May, Space Agency’s Administrator Maria Lopez said it was fine.", "Maria Lopez", "Administrator",
     "Space Agency"),
    ("Jane Doe's Maria Lopez said it was fine.", "Maria Lopez", None, None),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"),
                         PARSED_TITLES + PARSED_APPOSITIONS + PARSED_DESCRIPTIONS + PAST_LETTER_OR_PLACE
                         + PARSED_OWNERS + SERVED_PLACES + ONE_OF + OFFICES_WRITTEN_OUT
                         + SHARED_TITLES_AND_BEATS + NAMED_BODIES + NAMED_BODIES_MENDED)
def test_role_and_affiliation_of_a_parsed_title(text, name, role, affiliation) -> None:
    start = text.index(name)
    stated = describe(text, start, start + len(name), doc=load_pipeline()(text))
    assert (stated.role, stated.affiliation) == (role, affiliation)


def test_a_parsed_title_describes_the_speaker_at_later_mentions_too() -> None:
    """The title stated at the first mention is the speaker's at a later quote by surname."""
    text = ("“We played hard tonight,” Rangers coach Maria Lopez said after the game.\n\n"
            "“It was a long season,” Lopez said.")
    quotes = _quotes_of(text)
    assert [(q["speaker"], q["role"], q["affiliation"]) for q in quotes] == [
        ("Maria Lopez", "coach", "Rangers"), ("Maria Lopez", "coach", "Rangers")]


# a speaker's role and affiliation read from any of their mentions: a courtesy title gives way
# to the role stated elsewhere, an organisation named in part to its whole name, and the whole
# name of an organisation the role patterns cut at a lower-case word is the tagger's
LATER_MENTIONS = [
    (
        "“We need a plan,” said Maria Lopez, an associate professor of history at Harbor University in "
        "Boston.\n\n“It is late,” Dr. Lopez said.\n\nHarbor’s Lopez says the plan will work.",
        [("Maria Lopez", "associate professor of history", "Harbor University")] * 3,
    ),
    (
        "“We need a plan,” says John Carter, a research associate at the Center for a Stronger Economy in "
        "Boston.\n\n“It will pass,” Carter said.",
        [("John Carter", "research associate", "Center for a Stronger Economy")] * 2,
    ),
    # a courtesy title stays the role where the article states no other
    ("“It is fine,” said Dr. Maria Lopez.", [("Maria Lopez", "Dr.", None)]),
    # initials the article spells out once are the organisation's whole name; a word that two
    # of its organisations' names hold stays as written
    (
        "The World Health Organization warned on Monday about the virus.\n\n“We are worried,” WHO "
        "spokeswoman Maria Lopez told reporters.",
        [("Maria Lopez", "spokeswoman", "World Health Organization")],
    ),
    (
        "Shares of Harbor Bank and Harbor Insurance fell on Monday.\n\n“We are worried,” Harbor "
        "spokeswoman Maria Lopez told reporters.",
        [("Maria Lopez", "spokeswoman", "Harbor")],
    ),
]


# a party is no employer: the office stated at another mention is the role beside it
LATER_MENTIONS += [
    (
        "“It will pass,” said U.S. Senator Maria Lopez.\n\nLopez, a Republican, told reporters the deal was close.",
        [("Maria Lopez", "Senator", "United States"), ("Maria Lopez", "Senator", "Republican Party")],
    ),
]


# the predicate of a clause whose subject is the name: a copula's office and where it is held,
# "works for" an organisation; a negated predicate, a person noun of no office and no
# organisation, and an organisation's noun with nothing to say which state nothing
LATER_MENTIONS += [
    (
        "Maria Lopez is a vice president with Harbor Ratings, which studied the loans.\n\n“The debt is large,” "
        "Lopez said.",
        [("Maria Lopez", "vice president", "Harbor Ratings")],
    ),
    (
        "Spain's Lopez has been Harbor League's chief since 1998.\n\n“We will change,” Lopez said.",
        [("Lopez", "chief", "Harbor League")],
    ),
    (
        "“It is hard,” says John Carter in Harbor City.\n\nCarter works for the state transport agency. He is "
        "30 years old.",
        [("John Carter", None, "state transport agency")],
    ),
    ("Maria Lopez is not a member of the Harbor Club.\n\n“It is hard,” Lopez said.", [("Maria Lopez", None, None)]),
    ("Maria Lopez is a liar.\n\n“It is hard,” Lopez said.", [("Maria Lopez", None, None)]),
    ("Maria Lopez is a weak mayor.\n\n“It is hard,” Lopez said.", [("Maria Lopez", None, None)]),
    ("John Carter works for a company in Ohio.\n\n“It is hard,” Carter said.", [("John Carter", None, None)]),
]


# the organisation's name as the article writes it in full: initials spelled out by a run of
# capitalised words the tagger read as two names, and of several names that hold a company's
# word the one that ends with it and its legal form; where it is based is no part of a name;
# a capitalised staff function, an "acting", and "Administrator" are words of the office
LATER_MENTIONS += [
    (
        "A Republican National Committee Christmas message compared him to a new king.\n\n“It has nothing "
        "to do with him,” RNC spokeswoman Maria Lopez said.",
        [("Maria Lopez", "spokeswoman", "Republican National Committee")],
    ),
    (
        "The Walt Harbor Co. said on Monday that Harbor Channel would close. Harbor shares fell.\n\n“We had "
        "some issues,” said Maria Lopez, Harbor’s chairman of international.",
        [("Walt Harbor Co.", None, None), ("Maria Lopez", "chairman of international", "Walt Harbor Co.")],
    ),
    (
        "“It was an attempt to mislead voters,” said Maria Lopez, a research analyst at the Delhi-based "
        "Harbor Council on Energy, Environment and Water.",
        [("Maria Lopez", "research analyst", "Harbor Council on Energy, Environment and Water")],
    ),
    (
        "“It is over,” White House Press Secretary Maria Lopez said on Monday.",
        [("Maria Lopez", "Press Secretary", "White House")],
    ),
    (
        "“It is over,” White House Deputy Press Secretary Maria Lopez said on Monday.",
        [("Maria Lopez", "Deputy Press Secretary", "White House")],
    ),
    (
        "The Associated Press asked about the budget.\n\n“The math does not add up,” Press Secretary Maria "
        "Lopez said.",
        [("Maria Lopez", "Press Secretary", None)],
    ),
    (
        "“It is over,” Associated Press correspondent Maria Lopez said.",
        [("Maria Lopez", "correspondent", "Associated Press")],
    ),
    (
        "“They are a violent mob,” Acting Homeland Security Secretary Maria Lopez said on Monday.",
        [("Maria Lopez", "Acting Secretary", "Homeland Security")],
    ),
    ("“It is over,” NASA Administrator Maria Lopez said on Monday.", [("Maria Lopez", "Administrator", "NASA")]),
    # a party's word is the party's name, never initials another run of capitals spells out
    (
        "The Growth and Opportunity Project urged outreach.\n\n“The party must be inclusive,” said Maria "
        "Lopez, a GOP strategist.",
        [("Maria Lopez", "strategist", "Republican Party")],
    ),
    # a possessive's owner: a curly apostrophe the tagger reads as a noun, and a one-word owner
    # it reads as a person only there; a person's two-word name stays no organisation
    ("“Voters want it,” writes The Washington Post’s John Roe.", [("John Roe", None, "Washington Post")]),
    (
        "As Reason's Maria Lopez points out, it is better to begin with the latter.\n\n“It is late,” Lopez "
        "said.",
        [("Maria Lopez", None, "Reason")] * 2,
    ),
    ("“It is late,” Jane Doe's Maria Lopez said.", [("Maria Lopez", None, None)]),
]

# initials are spelled out only by an organisation's whole name: never by a person's name, a
# place and a date, or a part of a longer name; a company's word is extended only by a legal
# form of incorporation; a word of an outlet's name is no staff function unless the tagger
# reads a name before it; staff functions moved to the office stay there, every one
LATER_MENTIONS += [
    (
        "Nancy Ruth Adams spoke at the rally.\n\n“We will fight it,” said Maria Lopez, a spokeswoman for "
        "the NRA.",
        [("Maria Lopez", "spokeswoman", "NRA")],
    ),
    (
        "She spoke in Dallas On Jan. 3 about the case.\n\n“We will fight it,” said Maria Lopez, a "
        "spokeswoman for the DOJ.",
        [("Maria Lopez", "spokeswoman", "DOJ")],
    ),
    (
        "The Centers for Disease Control and Prevention issued new guidance on Monday.\n\n“We will fight "
        "it,” said Maria Lopez, a spokeswoman for the CDC.",
        [("Maria Lopez", "spokeswoman", "CDC")],
    ),
    (
        "Harbor’s chairman spoke first. Harbor Bank and The Harbor Group both lost money.\n\n“We had some "
        "issues,” said Maria Lopez, Harbor’s chairman of international.",
        [("Maria Lopez", "chairman of international", "Harbor")],
    ),
    ("“It is over,” Foreign Policy editor Maria Lopez said.", [("Maria Lopez", "editor", "Foreign Policy")]),
    (
        "“It is over,” White House Communications Policy Director Maria Lopez said.",
        [("Maria Lopez", "Communications Policy Director", "White House")],
    ),
    (
        "“It is over,” White House communications policy director Maria Lopez said.",
        [("Maria Lopez", "communications policy director", "White House")],
    ),
    (
        "“It is over,” Communications Policy Director Maria Lopez said.",
        [("Maria Lopez", "Communications Policy Director", None)],
    ),
    # the other way: a legal form of incorporation extends the word, a function after a name
    # the tagger ends is the office's, and a name with no list after its "on" phrase ends there
    (
        "Harbor Bank and Harbor Inc. both lost money.\n\n“We had some issues,” said Maria Lopez, Harbor’s "
        "chairman of international.",
        [("Maria Lopez", "chairman of international", "Harbor Inc.")],
    ),
    ("“It is over,” White House Policy Director Maria Lopez said.", [("Maria Lopez", "Policy Director", "White House")]),
    (
        "“It was an attempt to mislead voters,” said Maria Lopez, a research analyst at the Harbor Council on "
        "Energy.",
        [("Maria Lopez", "research analyst", "Harbor Council on Energy")],
    ),
]


# quotes 118: a description the quote's source is states what the person is; a mention the
# tagger ran on from a possessive owner is the person's; the next name of a list is no role;
# a person who owns an office is no organisation; the words that say when or at what rank an
# office is held stand before the organisation's name, not in it
LATER_MENTIONS += [
    (
        "Sen. Maria Lopez toured the hospital on Monday.\n\n“The agency is asleep,” the Illinois "
        "Democrat said.",
        [("Maria Lopez", "Sen.", "Democratic Party")],
    ),
    (
        "Maria Lopez spoke to voters in Iowa on Monday.\n\n“I will win,” the former vice president said.",
        [("Maria Lopez", "former vice president", None)],
    ),
    (
        "The panel featured Harbor Political Report’s Maria Lopez and others.\n\n“It is a stretch,” Lopez "
        "said.",
        [("Maria Lopez", None, "Harbor Political Report")],
    ),
    (
        "He was a friend to writers including Neil Roe, Maria Lopez, Ellen Kane and Jack Moss.\n\n“He was "
        "brilliant,” Lopez said.",
        [("Maria Lopez", None, None)],
    ),
    (
        "Alexander Roe testified on Monday.\n\n“I had no concerns,” said Maria Lopez, Roe's chief of staff.",
        [("Maria Lopez", "chief of staff", None)],
    ),
    (
        "Maria Lopez, a former National Security Council official, testified on Tuesday.\n\n“I was not "
        "concerned,” Lopez said.",
        [("Maria Lopez", "former official", "National Security Council")],
    ),
    (
        "Maria Lopez toured the plant on Monday. The former governor went on to insist that the plan "
        "would work.\n\n“I will win,” Lopez said.",
        [("Maria Lopez", "former governor", None)] * 2,
    ),
    # a date is no organisation a clause places the person at, and a day after "on" is no
    # part of the name before it
    (
        "Another diplomat, former envoy Jane Roe, shifted her own account of the July 10 meeting.\n\n“It was "
        "wrong,” Roe said.",
        [("Jane Roe", "former envoy", None)],
    ),
    (
        "The plan was made by Jane Roe of Harbor University on Monday.\n\n“It was wrong,” Roe said.",
        [("Jane Roe", None, "Harbor University")],
    ),
    # a name the source only names keeps what its mentions state; a possessive owner that is
    # an organisation stays one
    ("“The agency is asleep,” Maria Lopez said.", [("Maria Lopez", None, None)]),
    (
        "“I was not concerned,” Maria Lopez, Harbor Bank's chief economist, said.",
        [("Maria Lopez", "chief economist", "Harbor Bank")],
    ),
]

# quotes 122: a description's role is its whole title; its role reaches a person only where
# the article named that person last, or last as a subject, before it, on the source's path
# and the subject's alike;
# an owner the tagger reads as a person is no affiliation; an adverb of time is no word of an
# office, and a party's word before an office is the party's name
LATER_MENTIONS += [
    # a name cut by a prefix's hyphen before a description's title is the whole name, not its
    # last words ("ex-Goldman Sachs": Goldman Sachs, was Sachs or ex-Goldman Sachs)
    (
        "Jane Roe met investors on Monday.\n\n“The market will turn,” the ex-Goldman Sachs "
        "executive said.",
        [("Jane Roe", "executive", "Goldman Sachs")],
    ),
    (
        "Maria Lopez spoke on Monday.\n\n“We will sue,” the attorney general said.",
        [("Maria Lopez", "attorney general", None)],
    ),
    (
        "Maria Lopez spoke on Monday.\n\n“We will sue,” the deputy prime minister said.",
        [("Maria Lopez", "deputy prime minister", None)],
    ),
    (
        "Maria Lopez spoke on Monday.\n\n“We will sue,” the White House press secretary said.",
        [("Maria Lopez", "press secretary", "White House")],
    ),
    (
        "Maria Lopez spoke to voters in Iowa on Monday.\n\n“I will win,” the former governor "
        "said.",
        [("Maria Lopez", "former governor", None)],
    ),
    (
        "Maria Lopez met John Smith on Monday. The senator went on to insist that the plan "
        "would work.\n\n“I will win,” Lopez said.",
        [("Maria Lopez", "senator", None)] * 2,
    ),
    (
        "“It was wrong,” said Maria Lopez, Jane Roe’s lawyer. “We will appeal,” Roe "
        "said.",
        [("Maria Lopez", "lawyer", None), ("Jane Roe", None, None)],
    ),
    (
        "“It was wrong,” said Maria Lopez, the then Harbor Bank chief. “We will appeal,” "
        "Lopez said.",
        [("Maria Lopez", "chief", "Harbor Bank")] * 2,
    ),
    (
        "“It was wrong,” said Maria Lopez, a Democratic official.",
        [("Maria Lopez", "official", "Democratic Party")],
    ),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Council on May Street Reform", "Council on May Street Reform"),
        ("Task Force on June Floods", "Task Force on June Floods"),
        ("Harbor University on Monday", "Harbor University"),
        ("Harbor University on May 5", "Harbor University"),
        ("Harbor University on Sept. 5", "Harbor University"),
    ],
)
def test_a_date_after_on_is_no_part_of_a_name(name, expected) -> None:
    from newsdesk.quotes.description import clean_org

    assert clean_org(name) == expected


@pytest.mark.parametrize(("text", "expected"), LATER_MENTIONS)
def test_role_and_affiliation_from_any_mention(text, expected) -> None:
    quotes = _quotes_of(text)
    assert [(q["speaker"], q["role"], q["affiliation"]) for q in quotes] == expected


# a nominal source has one role and affiliation however the quote reaches it: as the subject,
# through a pronoun, or through a later description of the same source
NOMINAL_PATHS = [
    (
        "Some economists at the Federal Reserve disagree with the plan. They said the rates would rise.",
        [("Some economists at the Federal Reserve", "economists", "Federal Reserve")],
    ),
    (
        "Several analysts at Harbor Securities looked at the figures. They said the market would fall.",
        [("Several analysts at Harbor Securities", "analysts", "Harbor Securities")],
    ),
    (
        "The plan will fail, said one legal expert. The expert warned that the court would reject it.",
        [("one legal expert", "expert", None), ("one legal expert", "expert", None)],
    ),
    # a description the article has not used as a source before keeps its own words
    (
        "A senior official at the ministry spoke to reporters. The official said the talks had stalled.",
        [("The official", "official", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_PATHS)
def test_a_nominal_source_has_its_role_on_every_path(text, expected) -> None:
    quotes = _quotes_of(text)
    assert [(q["speaker"], q["role"], q["affiliation"]) for q in quotes] == expected


# -- reported speech and speakers on short texts --------------------------------------------------


def _quotes_of(text: str) -> list[dict]:
    from newsdesk.article import Article

    article = Article(path="t.txt", raw_text=text, text=text)
    return extract_quotes(load_pipeline()(text), article)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Niva Yau, a researcher, spoke first. “The danger for China is that Russia controls the route,” she said.",
            "The danger for China is that Russia controls the route,",
            "Niva Yau",
            "said",
        ),
        (
            "Humana announced that it would pull out of the exchanges in 2018.",
            "it would pull out of the exchanges in 2018",
            "Humana",
            "announced",
        ),
        (
            "Police mostly retreated from the zone after clashes with protesters, KIRO-TV said.",
            "Police mostly retreated from the zone after clashes with protesters",
            "KIRO-TV",
            "said",
        ),
        # a nested report is annotated at its outer level: the outlet that passes it on is the
        # source, and the content ends before the phrase that names it (Politico via TheBlaze)
        (
            "The lawyers for Concord filed a motion on Friday. In addition, the lawyers complained "
            "that Mueller’s team has refused to provide them with the documents they are entitled "
            "to, according to Politico.",
            "Mueller’s team has refused to provide them with the documents they are entitled to",
            "Politico",
            "according to",
        ),
        # the clause around "according to X" is one attribution even when it holds quoted words
        # that its sentence leaves open, or a report of its own (Forbes, HotAir)
        (
            "As a safeguard, the man also cleaned his dwelling of mold. According to the man, the "
            "steroids “had a transformative effect within 2 days. At the same time, I replaced "
            "them with hypoallergenic bedding.”",
            "the steroids “had a transformative effect within 2 days. At the same time, I "
            "replaced them with hypoallergenic bedding.”",
            "the man",
            "according to",
        ),
        (
            "The conversation was facilitated by US President Barack Obama.\n\nAccording to "
            "Erdogan’s office, he accepted the apology and told Netanyahu that “he valued "
            "centuries-long strong friendship between the Turkish and Jewish nations.”",
            "he accepted the apology and told Netanyahu that “he valued centuries-long strong "
            "friendship between the Turkish and Jewish nations.”",
            "Erdogan’s office",
            "according to",
        ),
        # ... but a document with no owner of its own is the record of the speaker its clause
        # names (The Guardian)
        (
            "According to a police blog, officers responding to the shooting said they “were met "
            "by a violent crowd that prevented officers’ safe access to the victims”.",
            "they “were met by a violent crowd that prevented officers’ safe access to the "
            "victims”",
            "officers",
            "said",
        ),
        ("The documents said that a Serbian government office provided the funding.", None, None, None),
        ("He did not say whether those steps included the invitation for Russian troops.", None, None, None),
    ],
)
def test_reported_speech(text, content, speaker, cue) -> None:
    quotes = _quotes_of(text)
    if content is None:
        assert quotes == []
    else:
        assert [(q["text"], q["speaker"], q["cue"]) for q in quotes] == [(content, speaker, cue)]


#: The cue phrases *in the words of X* and *as X put it* (docs/attribution-rules.md), from
#: Scrapinghub texts a078b3656adc (Forbes) and 851498a2b9f4 (Slate), cut down.
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Here is how bad things got in the words of the patient: “Two months after the "
            "onset of the symptoms, I was unable to stand or walk for more than a few minutes "
            "at a time without feeling like I was going to pass out.”",
            "the patient",
            "in the words of",
        ),
        (
            "No single example illustrates this better than The Dragon Waiting and its "
            "aftermath. As Gaiman put it, “Had he taken The Dragon Waiting and written a "
            "sequence of five books based in that world, with that power, he would’ve been "
            "George R.R. Martin.”",
            "Gaiman",
            "put it",
        ),
    ],
)
def test_cue_phrases_of_the_rules(text, speaker, cue) -> None:
    assert [(q["speaker"], q["cue"]) for q in _quotes_of(text)] == [(speaker, cue)]


#: Names the tagger took for an organisation that the parse says are people (an apposition
#: headed by a noun for a person, a "who" clause right after the name), so that a later
#: pronoun finds them: AllSides I5Q06nxiSMD1 and Scrapinghub c58aa507c4de, cut down.
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Soil stores about twice as much carbon as the atmosphere does. Francesca Cotrufo, "
            "a soil ecologist at Colorado State, who was not involved in the study, says "
            "climate and carbon-sequestration models increasingly account for the role plant "
            "compounds play in how efficiently microbes store carbon in the soil. Although the "
            "manure study does not account for carbon already stored, she adds, investigating "
            "antibiotics’ effects on more recently fixed carbon is a “novel and interesting "
            "angle” that “definitely should receive attention.”",
            "investigating antibiotics",
            "Francesca Cotrufo",
        ),
        (
            "Guards Tova Noel and Michael Thomas were charged. “It is our hope that we’ll be "
            "able to reach a reasonable agreement in this case,” said Jason Foy, who represents "
            "Noel.\n\nMontell Figgins, who represents Thomas, said his client chose not to "
            "accept a plea agreement offered by prosecutors. He said Thomas is a single father "
            "of three children, and a guilty plea would “ruin his life.”",
            "Thomas is a single father",
            "Montell Figgins",
        ),
    ],
)
def test_a_pronoun_finds_a_person_the_tagger_mislabelled(text, content, speaker) -> None:
    quotes = [q for q in _quotes_of(text) if q["text"].startswith(content)]
    assert [q["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a coordinated report with its own source ends the content of "according to X"
        # (The New Yorker)
        (
            "According to Reuters, Foxconn already missed certain hiring and investment goals, in "
            "2018, that made it ineligible for tax subsidies, and a source told the news wire that "
            "the company “may be prepared to walk away from future incentives.”",
            [("Foxconn already missed", "Reuters", "according to"),
             ("the company “may be prepared", "a source", "told")],
        ),
        # a report its owner passes on is attributed to the owner (CNBC)
        (
            "WHO officials were asked about comments made by a doctor in Italy.\n\nAlberto "
            "Zangrillo told an Italian public broadcasting company that \"swabs that were "
            "performed over the last 10 days showed a viral load that was absolutely "
            "infinitesimal,\" according to a Reuters report.",
            [("Alberto Zangrillo told", "Reuters", "according to")],
        ),
    ],
)
def test_according_to_around_reports(text, found) -> None:
    quotes = _quotes_of(text)
    assert [(q["text"][: len(b)], q["speaker"], q["cue"]) for q, (b, _, _) in zip(quotes, found)] == found
    assert len(quotes) == len(found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a comma participle after reported content speaks for the verb that reports it
        # (Al Bawaba, Slate); the noun of an absolute "with" speaks for its participle (Vox)
        (
            "Pompeo said that after legal consultation Washington had concluded the establishment "
            "of settlements was \"not, per se, inconsistent with international law\", saying he "
            "trusted the Israeli courts to decide.",
            "he trusted the Israeli courts to decide",
            "Pompeo",
        ),
        (
            "Martha Fry and her brother Dale Ford agreed to an interview, but only if they could "
            "do it together. Over the course of that interview, Dale and Martha disputed that "
            "Mike was estranged from them or his parents, saying instead he was “introverted by "
            "nature.”",
            "he was “introverted by nature.”",
            "Dale Ford and Martha Fry",  # both subjects: a joint source
        ),
        (
            "Another cloud of choking smoke and dust is set to descend upon the 20 million "
            "residents of Delhi this week, with forecasters warning that air pollution is likely "
            "to reach “severe” or “emergency” levels on Wednesday.",
            "air pollution is likely to reach “severe” or “emergency” levels on Wednesday",
            "forecasters",
        ),
        # a comma participle after a clause on the verb's object (a noun's content clause, a
        # noun's infinitive) closes the main clause, whose subject speaks
        (
            "Last month former Governor Anne Holt echoed the beliefs of many in the media that "
            "the American Medical Association has only recently moved to the left, telling "
            "Reuters “their position is now far from the center, not at the middle.”",
            "their position is now far from the center, not at the middle.",
            "Anne Holt",
        ),
        (
            "The mayor has defended the plan to close the two libraries on weekends, even going "
            "so far as saying it would “save the city money.”",
            "it would “save the city money.”",
            "The mayor",
        ),
        # a participle right after a person's name that "of" governs is that person's, not
        # the noun further back the parse hung it on (AllSides)
        (
            "The prospect of Cohen telling Mueller that Trump knew in advance about the June 2016 "
            "meeting has hung over the Russia probe since CNN reported last month that Cohen was "
            "willing to share the information.",
            "Trump knew in advance about the June 2016 meeting",
            "Cohen",
        ),
        # ... after another preposition the noun before it is the participle's subject (AllSides)
        (
            "The fact checkers posted an letter to Zuckerberg calling on him to “start an open "
            "conversation on the principles that could underpin a news ecosystem.”",
            "start an open conversation on the principles that could underpin a news ecosystem.",
            "an letter to Zuckerberg",
        ),
        # a clause of the subject is no object's: the subject it modifies speaks
        (
            "The group that sued the city last year, saying the policy was “plainly "
            "unconstitutional,” has now dropped its case.",
            "the policy was “plainly unconstitutional,”",
            "The group that sued the city last year",
        ),
    ],
)
def test_participle_speakers(text, content, speaker) -> None:
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in _quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parse's subject of a verbless small clause ("declaring the fees unlawful") is the
        # verb's object, no antecedent for a "they" after it: the subject before it is
        (
            "Several city officials said the ruling weakened the council's hand in the talks. By "
            "declaring the new parking fees unlawful, they said, the court essentially took away "
            "the one lever the city had to raise money.",
            "the court essentially took away the one lever the city had to raise money",
            "Several city officials",
        ),
        # a subject of a copula is a clause's subject as any other; a "she" still takes a
        # person in a small clause
        (
            "Several city officials were furious about the ruling. “It is a disaster for the "
            "city,” they said.",
            "It is a disaster for the city,",
            "Several city officials",
        ),
        (
            "Reporters who reached the hotel found a tired Mayor Joan Pike angry at the delay. "
            "“We were promised a vote,” she said.",
            "We were promised a vote,",
            "Joan Pike",
        ),
    ],
)
def test_a_small_clause_subject_is_no_antecedent(text, content, speaker) -> None:
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in _quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a quantifier that is the subject on its own stands for several people
        (
            "Mayor Ann Lee said the city could not pay more. Many in the union rejected the "
            "offer on Monday. They said the raise was too small.",
            "the raise was too small",
            "Many in the union",
        ),
        # an indefinite noun that only counts the people of its "of" phrase
        (
            "Governor Tom Reyes said the rules would stand. A handful of lawmakers walked out "
            "of the chamber on Tuesday. They said the new rules would ruin them.",
            "the new rules would ruin them",
            "A handful of lawmakers",
        ),
        # or the people of a group
        (
            "Governor Tom Reyes said the tax would stay. A large share of the public opposed "
            "it. They said prices were already too high.",
            "prices were already too high",
            "A large share of the public",
        ),
        # one that counts things is no one "they" may stand for
        (
            "Local officials said the roads were closed. A series of storms hit the coast on "
            "Monday. They said more rain was expected.",
            "more rain was expected",
            "Local officials",
        ),
    ],
)
def test_they_for_a_subject_headed_by_a_word_of_quantity(text, content, speaker) -> None:
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in _quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a quotation that closes its sentence inside its marks is not attributed by the next
        # sentence's speech verb (Slate, The New York Times, The Hill)
        (
            "Iceberg Passages came to me after the novelist Jo Walton explained them to me. "
            "“You’re only seeing the tenth of the iceberg that’s out of the water in every "
            "novel,” she said. “It makes it dense in a really powerful way, but sometimes it’s "
            "too hard for people because he wouldn’t spell things out.” When his editors would "
            "ask him to explain himself more, he’d respond, “I have a horror of being obvious.”",
            "It makes it dense in a really powerful way, but sometimes it’s too hard for people "
            "because he wouldn’t spell things out.",
            "Jo Walton",
        ),
        (
            "A new ABC News poll shows majority support for impeachment and even removal. "
            "Fifty-one percent say that “President Trump’s actions were wrong and he should be "
            "impeached.” And an overwhelming 70 percent of Americans say that the inciting "
            "offense was wrong.",
            "President Trump’s actions were wrong and he should be impeached.",
            "Fifty-one percent",
        ),
        (
            "One campaign video featured a series of South Dakotans — including both adults and "
            "children — declaring, “I’m on meth.” The video prompted some Twitter users to argue "
            "that the promotional material made it look as if those featured were on the drug.",
            "I’m on meth.",
            "a series of South Dakotans",
        ),
    ],
)
def test_closed_quotation_keeps_its_speaker(text, content, speaker) -> None:
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in _quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # a quotation that a cue before it and one after it could each attribute is the
        # material of the one whose clause the parse puts its words in
        (
            "Susan Rice, the national security adviser, soberly informed Americans that "
            "\"Americans would be wise to brace for war.\" Biden suggested that the deal had "
            "paved the way for war.",
            "Americans would be wise to brace for war", "Susan Rice", "informed",
        ),
        (
            "The mayor, a former teacher, told reporters that \"the budget will be balanced by "
            "spring.\" Her rival argued that the numbers did not add up.",
            "the budget will be balanced by spring", "The mayor", "told",
        ),
        (
            "Senator Jane Hill was worried that Governor Tom Reed was discrediting the press, "
            "whom he calls “enemies of the people,” and she said so.",
            "enemies of the people", "Tom Reed", "calls",
        ),
        # with no cue before it, or a reporting clause after it that takes it as its content,
        # the quotation is the next verb's
        (
            "The mayor spoke for an hour. \"The budget will be balanced by spring.\" Her rival "
            "said on Tuesday.",
            "The budget will be balanced by spring", "Her rival", "said",
        ),
        (
            "Asked about the plan, the mayor shrugged. “The budget will be balanced,” Jane Hill "
            "said, adding that the numbers did not add up.",
            "The budget will be balanced", "Jane Hill", "said",
        ),
        # ... nor when the parse lost the subject of the cue before it (``Herzog`` hung as a
        # clause of its own)
        (
            "Isaac Herzog spoke last. Herzog, meanwhile, told his supporters: \"These results "
            "will bring Labor back into power.\" He called the results a \"big victory for the "
            "party.\"",
            "These results will bring Labor back into power", "Isaac Herzog", "called",
        ),
    ],
)
def test_a_quotation_is_the_cue_s_whose_clause_holds_it(text, content, speaker, cue) -> None:
    quote = next(q for q in _quotes_of(text) if q["text"].startswith(content))
    assert (quote["speaker"], quote["cue"]) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a report whose content holds another report is annotated once, at the outer level
        # (The Berkshire Eagle, International Business Times, Washington Free Beacon), but not
        # the verb of a relative clause the parse made the sentence's root (CBS News)
        (
            "Afterward, Sondland said he had relayed to the Ukrainian that U.S. aid might be freed "
            "if the country would announce the investigations, Morrison testified.",
            [("Afterward, Sondland said he had relayed", "Morrison", "testified")],
        ),
        (
            "\"There is no group of leaders on the face of the planet who have more capacity to "
            "make a difference in this than the Chinese,\" Kerry said in Seoul, as Reuters "
            "reported.",
            [("There is no group of leaders", "Reuters", "reported")],
        ),
        (
            "Now, Arreguin does not want the \"Free Speech Week\" event put on by the campus group "
            "Berkeley Patriot to meet, arguing their events invited the trouble that has affected "
            "the city, the San Francisco Chronicle reports:",
            [("Now, Arreguin does not want", "San Francisco Chronicle", "reports")],
        ),
        (
            "Tim Morrison spoke on Tuesday. Morrison did reference his earlier testimony, in which "
            "he said others had raised concerns about Vindman potentially leaking information, a "
            "prospect Vindman denied earlier in the day.",
            [("others had raised concerns", "Tim Morrison", "said")],
        ),
    ],
)
def test_nested_reports_at_the_outer_level(text, found) -> None:
    quotes = _quotes_of(text)
    assert [(q["text"][: len(b)], q["speaker"], q["cue"]) for q, (b, _, _) in zip(quotes, found)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a quotation's reporting clause hung on a reporting verb after it, with a source of
        # its own, is that source's report of it: the outer level, and the later clause is no
        # content of the first
        (
            "“We must be ready for a surge of arrivals this spring,” said Acting Director Ann "
            "Moss, reports The Daily Ledger.",
            [("We must be ready", "Daily Ledger", "reports")],
        ),
        (
            "“The plan will fail because nobody funds it,” Mayor Tom Hale said, the Associated "
            "Press reported.",
            [("The plan will fail", "Associated Press", "reported")],
        ),
        # ... but not a plain report, nor one the writer or a record passes on, nor a verb
        # after the quotation that is the source's own adjunct
        (
            "“The plan will fail because nobody funds it,” Mayor Tom Hale said on Monday.",
            [("The plan will fail", "Tom Hale", "said")],
        ),
        (
            "Mayor Tom Hale said the plan was wrong and would fail.",
            [("the plan was wrong", "Tom Hale", "said")],
        ),
        (
            "“The plan will fail because nobody funds it,” Mayor Tom Hale said, I reported.",
            [("The plan will fail", "Tom Hale", "said")],
        ),
        (
            "“The plan will fail because nobody funds it,” Mayor Tom Hale said, the statement "
            "read.",
            [("The plan will fail", "Tom Hale", "said")],
        ),
        (
            "“The plan will fail,” Mayor Tom Hale said, adding that the city would appeal.",
            [("The plan will fail", "Tom Hale", "said"), ("the city would appeal", "Tom Hale",
                                                          "adding")],
        ),
    ],
)
def test_a_quotation_passed_on_by_a_later_report(text, found) -> None:
    quotes = _quotes_of(text)
    assert [(q["text"][: len(b)], q["speaker"], q["cue"]) for q, (b, _, _) in zip(quotes, found)] == found
    assert len(quotes) == len(found)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # excerpts of a speech or a book are the speaker's own record at the outer level, as a
        # statement or a transcript is; another source there is the outer level
        (
            "\"We will not back down from this fight,\" Senator Ann Moss will say on Monday, "
            "according to advance excerpts of the speech.",
            "Ann Moss", "say",
        ),
        (
            "\"We will not back down from this fight,\" Senator Ann Moss says in the book, "
            "according to excerpts obtained by the Post.",
            "Ann Moss", "says",
        ),
        (
            "\"We will not back down from this fight,\" Senator Ann Moss said, according to The "
            "Daily Ledger.",
            "Daily Ledger", "according to",
        ),
    ],
)
def test_excerpts_are_the_speaker_s_own_record(text, speaker, cue) -> None:
    quotes = _quotes_of(text)
    assert [(q["speaker"], q["cue"]) for q in quotes] == [(speaker, cue)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # three names: the parse hangs the third on the second, not on the first (AllSides)
        (
            "Moderate Republican Senators Susan Collins, Lisa Murkowski and Shelley Moore Capito "
            "said they opposed McConnell’s plan for a repeal that would take effect in two years.",
            "Susan Collins and Lisa Murkowski and Shelley Moore Capito",
        ),
        (
            "At the time that Section 215 was about to expire, President Obama, Attorney General "
            "Lynch and FBI Director Comey warned that the NSA’s computers would go dark and the "
            "American public would be at the mercy of our enemies.",
            "Obama and Lynch and Comey",
        ),
        # the person's name before the verb closes the organisation's coordination (AllSides)
        (
            "After fiscal brinkmanship over the debt limit led to fears of a default, the White "
            "House and Reid have insisted they will accept only a “clean” increase free of other "
            "provisions.",
            "White House and Reid",
        ),
        # a person's name before the verb with no coordination still speaks
        (
            "Washington (CNN) – Republican Sen. Jeff Flake told CNN that he would not vote.",
            "Jeff Flake",
        ),
    ],
)
def test_a_joint_source_names_every_coordinated_name(text, speaker) -> None:
    assert [q["speaker"] for q in _quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # names in apposition to a common noun: the noun's conjuncts are theirs (AllSides)
        (
            "The Oregonian reported that testimony during his trial revealed that the 22-year-old "
            "kept in touch with another man who traveled outside the U.S. to join the fight "
            'against "coalition troops in Afghanistan."\n\nDefense lawyers Stephen R. Sady and '
            "Lisa Hay of the Federal Public Defender's office had argued that Mohamud was "
            "entrapped by undercover FBI agents who brought him a phony fertilizer bomb to use "
            "in an attack.",
            ["Oregonian", "Stephen R. Sady and Lisa Hay"],
        ),
        # a title as the conjunct, its name hung on the first name by the parse (AllSides)
        (
            "Fox's morning show kept the conspiracy drumbeat alive on September 17 edition of Fox "
            "& Friends, escalating the speculative claims to even greater heights. "
            "Co-host Brian Kilmeade and Fox News contributor Lt. Col. Tony Shaffer speculated "
            "that the allegedly removed documents would prove that the State Department enabled "
            "an Iran-Contra-like scenario.",
            ["Brian Kilmeade and Tony Shaffer"],
        ),
        # a conjunct with no name after it adds no one (AllSides)
        (
            "The changes came after Mr. Sanders and his supporters argued that the party’s "
            "superdelegates helped give Mrs. Clinton an insurmountable delegate lead before the "
            "2016 national convention.",
            ["Sanders"],
        ),
    ],
)
def test_a_joint_source_reads_names_past_a_noun(text, speakers) -> None:
    assert [q["speaker"] for q in _quotes_of(text)] == speakers


# -- speaker resolution on excerpts of the annotated AllSides articles ----------------------------

SPEAKERS = [
    # "according to X," right before a quotation introduces it, and a person's name set off by
    # commas after X is who X is (a Scrapinghub benchmark page, cut down)
    (
        (
            "John Milo Ford was born the first child of two pharmacists in East Chicago, Indiana, "
            "in 1957. Everyone called him Mike. According to his aunt, Jane Starner, “He was "
            "brilliant from the start—reading at an adult level when he was in kindergarten.”"
        ),
        ["Jane Starner"],
    ),
    # a nested report: the outlet that passes on the quote speaks (the rules' outer level),
    # but a document there is the speaker's own record and the speaker stays (Fox News, The
    # New York Times, The Washington Post)
    (
        (
            "Russell Travers, the acting director of the National Counterterrorism Center, spoke on "
            "Wednesday.\n\n“If there were attacks in the planning, that planning will continue. It "
            "won’t have that much effect,” Travers said, according to The Associated Press."
        ),
        ["Associated Press"],
    ),
    (
        (
            "Ms. Newbold spoke to the committee in March.\n\n“I feel that right now, this is my last "
            "hope,” she said, according to a summary of her interview with the committee’s staff."
        ),
        ["Newbold"],
    ),
    (
        (
            "Wisconsin Elections Commission members Ann Jacobs and Mark Thomsen sent a letter on "
            "Friday.\n\n“The failure to address these profound issues is unconscionable,” Jacobs and "
            "Thomsen wrote, according to the letter."
        ),
        ["Ann Jacobs and Mark Thomsen"],
    ),
    # a joint statement, then the statement going on: the first of the two people
    (
        (
            "Senate Majority Leader Mitch McConnell (R-KY) and House Minority Leader Kevin McCarthy (R-CA) slammed "
            "Democrats in a statement on Wednesday.\n\n“The Paycheck Protection Program will exhaust its funding in a "
            "matter of hours,” the two said in a statement.\n\n“This did not have to happen,” the statement continued."
        ),
        ["Mitch McConnell", "Mitch McConnell"],
    ),
    # a document speaks for whoever issued it
    (
        (
            "The lawmaker, state Rep. Darren Bailey, filed a motion late last week. The motion alleged that Pritzker's "
            "stay-at-home order is in excess of the authority granted him."
        ),
        ["Darren Bailey"],
    ),
    # a description that carries a name is a name; "they" is the organisation that was the subject
    ("The US-led coalition says it tried to minimise risks to civilians.", ["US-led coalition"]),
    (
        (
            "The Syrian Democratic Forces (SDF), a US-backed alliance of Kurdish and Arab fighters, took Raqqa last "
            "week.\n\nThe SDF declared victory in Raqqa last week.\n\nThey say they have since taken the al-Omar "
            "oilfield, Syria's largest."
        ),
        ["Syrian Democratic Forces"],
    ),
    # a place the parser took as the subject of a dateline sentence
    (
        (
            "Washington (CNN) – Republican Sen. Jeff Flake told CNN he is willing to reverse his opposition to "
            "expanding background checks for guns."
        ),
        ["Jeff Flake"],
    ),
    # a quoted fragment inside a sentence belongs to the sentence's subject
    (
        (
            "Rep. John Lewis, a Georgia Democrat, is boycotting the inauguration.\n\nLewis also skipped the "
            "inauguration of George W. Bush in 2001 because he didn't believe Bush was “the true elected president.”"
        ),
        ["John Lewis"],
    ),
    # a name broken by an apostrophe
    (
        (
            "“North Korea’s actions are a threat to our allies, partners and homeland,” said Gen. Terrence "
            "O’ Shaughnessy, Pacific Air Forces commander."
        ),
        ["Terrence O’ Shaughnessy"],
    ),
    # a quotation after "Dale wrote." is Dale's, not that of a verb with a that-clause of its
    # own in the next sentence (a Scrapinghub benchmark page, cut down)
    (
        (
            "Martha Fry and her brother Dale Ford agreed to an interview, but only if it were done "
            "over email. “I once visited Mike with our parents in Minneapolis at his apartment,” "
            "Dale wrote. “We went to an old school downtown steakhouse, where our father treated us "
            "to dinner.” Martha added that shortly before their father’s death, he and Mike had "
            "corresponded."
        ),
        ["Dale Ford", "Dale Ford", "Martha Fry"],
    ),
    # the subject of "to post" is the object of "prompting"; "the statement saying" is the apologiser's
    (
        (
            "A Democratic polling firm's survey showed Flake as the most unpopular senator in the country, prompting "
            'Flake to post on his Facebook page that puts him somewhere "below pond scum"'
        ),
        ["Flake"],
    ),
    (
        (
            "Claudia Lodesani, Italy’s MSF president, later apologised for the statement saying that she and the "
            "Italian branch “fully support and stand with the BLM movement”."
        ),
        ["Claudia Lodesani"],
    ),
    # a pronoun that repeats an earlier one in its sentence refers to the same person
    (
        (
            "That is why President Trump was right to fire Acting Attorney General Sally Yates.\n\n"
            "Like most Democrats, Yates objects to the president’s executive order.\n\nInstead, she chose "
            "insubordination: Knowing she would be out the moment Senator Sessions is confirmed, she announced on "
            "Monday night that the Justice Department would not enforce the president’s order."
        ),
        ["Sally Yates"],
    ),
    # unnamed people and groups are nominal sources: their own text is the speaker
    # (docs/attribution-rules.md); a video (the parse's subject of "saying") is never a source
    (
        "An NSA spokesperson said in a statement the suggestion in the Post article is not true.",
        ["An NSA spokesperson"],
    ),
    (
        "The lawyers also complained that Mueller's team has refused to provide them with the documents.",
        ["The lawyers"],
    ),
    (
        (
            "Video released by police appeared to show officers arriving at the protest zone saying they wanted to "
            "get to the victim."
        ),
        # the participle after the object of "show" is the officers' (quotes 114), never the video's
        ["officers arriving at the protest zone"],
    ),  # a second speech verb that the parse hung from another verb shares the first one's subject ...
    (
        (
            "The exchange came a day after South Korea’s Foreign Minister Kang Kyung-wha said the standoff over "
            "North Korea’s nuclear program must be resolved diplomatically, and added that she was certain "
            "Washington would consult her government first if a military option were to be considered."
        ),
        ["Kang Kyung-wha", "Kang Kyung-wha"],
    ),
    # ... unless it has a subject of its own
    (
        (
            "The exchange came a day after Foreign Minister Kang Kyung-wha said the standoff must be resolved "
            "diplomatically, and Secretary of State Mike Pompeo added that Washington would consult Seoul first."
        ),
        ["Kang Kyung-wha", "Mike Pompeo"],
    ),
    # a Korean given name is hyphenated; the family name, written first, is the short form
    (
        (
            "On Saturday Mr Kim and South Korean President Moon Jae-in held an unannounced meeting. Mr Moon said "
            "the North's leader had committed to a complete denuclearisation of the Korean peninsula."
        ),
        ["Moon Jae-in"],
    ),
    # a surname the tagger missed (or read as a common noun) is still the person it stands for ...
    (
        (
            "President Donald Trump spoke with Turkish President Recep Tayyip Erdogan on Wednesday.\n\nTrump later "
            "defended his administration's decision to withdraw troops from northern Syria.\n\nHe said it was "
            "too costly to keep supporting U.S.-allied Kurdish-led forces in the region."
        ),
        ["Donald Trump"],
    ),
    # ... but not inside a longer name
    (
        "Former President Donald Trump spoke in Ohio. Trump Tower security said the lobby was closed.",
        ["Trump Tower security"],
    ),
    # the article's own pronouns give a person's gender ("he retired" makes Moreno a man) ...
    (
        (
            "Robin Fisher founded the charity in 2004. Alex Moreno joined the board after he retired from the "
            'army. "We need more volunteers," she said.'
        ),
        ["Robin Fisher"],
    ),
    # ... and when nothing does (`Taylor` is a given name of either gender), the nearest
    # person speaks
    (
        (
            "Robin Fisher founded the charity in 2004. Taylor Moreno joined the board last year. "
            '"We need more volunteers," she said.'
        ),
        ["Taylor Moreno"],
    ),
    # "they" is the nearest earlier subject that stands for several people, named or not ...
    (
        (
            "The lawyers representing Concord filed their answer on Monday.\n\nThey took Mueller to task for "
            'his actions so far in the case. They claimed Mueller is trying "to usurp the scheduling authority of the court" '
            "by waiting until Friday afternoon."
        ),
        ["The lawyers representing Concord"],
    ),
    # ... and never one person
    ("Senator Susan Collins met the families. They said the bill would not pass.", [None]),
    # the excerpts below are from the Scrapinghub article-extraction benchmark's texts (MIT)
    # a document speaks for the owner it names, or for whoever published it ...
    (
        (
            '"The market and the quality part of the market are largely factoring in a reasonable recovery in '
            'the economy and earnings," said a report from Kotak Institutional Equities.'
        ),
        ["Kotak Institutional Equities"],
    ),
    (
        (
            "Amazon is now letting you listen to music free on smartphones and TV. The company published a blog "
            "post that said customers without a Prime membership could now access ad-supported music for free."
        ),
        ["Amazon"],
    ),
    (
        (
            "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the campaign "
            "on Monday.\n\nThe report says the Minneapolis ad agency Broadhead Co. came up with the campaign."
        ),
        ["Argus Leader", "Argus Leader"],
    ),
    # a possessive owner the parse hung elsewhere, and without the words the tagger ran on into
    (
        (
            "According to The Verge’s Stadia review, the streaming platform does not run its showcase launch "
            "title Destiny 2 in native 4K."
        ),
        ["Verge"],
    ),
    (
        (
            "Doug Cooke testified first. Stafford then referred to Cooke’s earlier testimony that concluded "
            "there was only a 50 percent chance of mission success."
        ),
        ["Doug Cooke"],
    ),
    # a document the tokenizer split at its hyphen ("op-ed") is a document all the same: it
    # speaks for the author its participle names, and keeps its words where none is named
    (
        (
            "The county paper printed a column on schools. “Parents deserve a bigger say in the budget,” reads "
            "the op-ed written by Maria Delgado, a teacher in Fresno."
        ),
        ["Maria Delgado"],
    ),
    (
        "Readers were angry. “Parents deserve a bigger say in the budget,” reads an unsigned op-ed in Sunday's paper.",
        ["an unsigned op-ed"],
    ),
    # ... an author the article states but does not name (a "by" phrase in lower case, even
    # where the parse hung it elsewhere) leaves the document its own words, and a denied
    # authorship ("was not the author of") names nobody; an avowed one names its author
    (
        (
            "An op-ed by an anonymous senior official appeared on Wednesday. Vice President Mike Pence offered to "
            "prove he was not the author of the op-ed. “People should read it,” Carl Bernstein said on Sunday, "
            "calling his new book an account that mirrors the op-ed's claims that a group of aides is working to "
            "save the country."
        ),
        ["Carl Bernstein", "the op-ed"],
    ),
    (
        (
            "The Times ran an op-ed on Wednesday. Vice President Mike Pence said he was the author of the op-ed. "
            "“People should read it,” Carl Bernstein said on Sunday, calling his new book an account that mirrors "
            "the op-ed's claims that a group of aides is working to save the country."
        ),
        ["Mike Pence", "Carl Bernstein", "Mike Pence"],
    ),
    # ... a hyphenated word that is no document ("follow-up") is not made one
    (
        "Karen Bass spoke on Monday. In a follow-up, the mayor's aide said the budget would be cut.",
        ["the mayor's aide"],
    ),
    # ... and a document whose author is not named keeps its own words
    (
        (
            'An NSA spokesperson said in a statement the suggestion in the Post article is not true.\n\n"The '
            "assertion that we collect vast quantities of U.S. persons' data from this type of collection is "
            'also not true," the statement said.'
        ),
        ["An NSA spokesperson", "the statement"],
    ),
    # a new document ("a study") or one the writer owns ("My account") is not an earlier one's;
    # "his statement" is his
    (
        (
            "Researchers at Yale published a study of mice last year. In fact, a preliminary study in rats "
            "hints that the receptors' immune functions may have evolved first."
        ),
        ["a preliminary study in rats"],
    ),
    (
        (
            "Instagram business accounts show who visited a profile. My business account informed me that "
            "someone sent it to another person via direct message."
        ),
        ["My business account"],
    ),
    ("Senator John Smith spoke to reporters on Monday. His statement said the bill was deeply flawed.", ["John Smith"]),
    # a dateline is not the subject of the sentence it opens
    (
        (
            "BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau "
            "expressed confidence in the veteran winger, saying he always finds a way to start scoring."
        ),
        ["Bruce Boudreau"],
    ),
    # a description by occupation or by kind of organisation is the one named before
    (
        (
            '"We remain sceptical of a quick recovery in the Indian economy," said Kotak Institutional '
            "Equities.\n\nAn extended slowdown could result in the market losing hope of a revival, the "
            "brokerage said."
        ),
        ["Kotak Institutional Equities", "Kotak Institutional Equities"],
    ),
    # a quote opening its paragraph, then "he said": the subject of the previous paragraph's end
    (
        (
            "“That’s perfect,” Boudreau said.\n\nBarely a week ago, Parise, 35, had scored just once in a "
            "10-game stretch. Wild defenseman Ryan Suter, who joked about Parise’s penchant for changing "
            "sticks, could see the frustration on his friend’s face.\n\n“He’s used to scoring goals, getting "
            "points,” he said."
        ),
        ["Boudreau", "Ryan Suter"],
    ),
    # a pronoun with no person in reach goes to the latest person named in full, not to a lone
    # word the tagger took for a person ("Moon")
    (
        (
            "Rep. Brian Babin chaired the hearing. NASA wants lunar landers to land humans on the Moon. Those "
            "landers would be launched on commercial vehicles, as NASA originally envisioned.\n\n“While I "
            "share the frustration and delays to the SLS program, switching horses midstream is not a wise "
            "move at this point,” he continued."
        ),
        ["Brian Babin"],
    ),
    # a bare quote after a sentence about someone is theirs; after "X said." it is X's again
    (
        (
            "Rep. Robert Aderholt questioned Jim Bridenstine, the head of NASA.\n\n“Adding an additional SLS "
            "into the mix could—I’m not confident that could happen,” Bridenstine said.\n\nAderholt returned to the issue later in the hearing. “What commercial launch vehicles "
            "exist today that can launch the HLS?”"
        ),
        ["Jim Bridenstine", "Robert Aderholt"],
    ),
    (
        "“It’s a totally different muscle,” York said. “You have to take yourself out of it a little bit.”",
        ["York", "York"],
    ),
    # a quote introduced by a colon belongs to the subject of the sentence the colon ends
    (
        (
            "Mary Steenburgen wrote the songs with Caitlyn Smith and Kate York.\n\nSteenburgen has only found "
            "one drawback to collaborating with Smith and York: “They’re such good singers that people are "
            "going to get intimidated by their demos.”"
        ),
        ["Mary Steenburgen"],
    ),
    # a sentence's first word capitalised by position owns no surname; a surname that is also a
    # common word, after an inverted "says", is the person (CRN, The Hollywood Reporter)
    (
        (
            "Salesforce CEO Marc Benioff interviewed Apple CEO Tim Cook.\n\nHosting Cook at Dreamforce "
            '"is our dream," Benioff said.\n\nCook said the admiration is mutual.'
        ),
        ["Marc Benioff", "Tim Cook"],
    ),
    (
        (
            'Chris Early, senior vice president at Ubisoft, joined the panel.\n\n"Streaming is '
            'somewhat binary," says Early. "You are either in a place with adequate bandwidth or '
            "you're not.\""
        ),
        ["Chris Early", "Chris Early"],
    ),
    # an acronym stands for the capitalised words it abbreviates, though the tagger cut them (NBC)
    (
        (
            "Customs and Border Protection, part of the Homeland Security Department, did not respond."
            "\n\nIn August, CBP announced that it would not be vaccinating migrant families in its "
            "holding centers."
        ),
        ["Customs and Border Protection"],
    ),
    # a plural description is the group named by a name that holds its noun (NBC); without
    # such a name it stays the nominal source it is
    (
        (
            "Doctors for Camp Closure asked to hold a vaccine clinic.\n\nThe doctors warned that "
            "migrants are not the only people at risk of illness."
        ),
        ["Doctors for Camp Closure"],
    ),
    (
        (
            "Doctors asked to hold a vaccine clinic at the border.\n\nThe doctors warned that migrants "
            "are not the only people at risk of illness."
        ),
        ["The doctors"],
    ),
    # an untagged organisation's name runs over its capitalised words (The Daily Caller)
    (
        (
            "Calling Trump supporters “horrible people,” Cards Against Humanity is asking for $15 from "
            "visitors in a holiday promotion claiming that in return they’ll receive “six surprises.”"
        ),
        ["Cards Against Humanity", "Cards Against Humanity"],
    ),
    # a name that only modifies a proper-noun head is not the source's name (Newsmax)
    (
        (
            "That's because House Republicans have voted to ban transfer of prisoners, charging that "
            "the Obama administration violated the law."
        ),
        ["House Republicans"],
    ),
    # "the expert" after a nominal source with that noun is that source (Sputnik)
    (
        (
            "“He is vulnerable to extradition,” said one legal expert, as reported by the Independent."
            "\n\nPrince Andrew denied it.\n\n“His friendship with Epstein is under investigation,” the "
            "expert warned."
        ),
        ["one legal expert", "one legal expert"],
    ),
    (
        (
            "Prince Andrew gave an interview.\n\n“His friendship with Epstein is under investigation,” "
            "the expert warned."
        ),
        ["Andrew"],
    ),
    # an organisation the tagger found once is that organisation where it missed it (Business
    # Insider), by the fullest name the article gives it; with nothing tagged, the description
    # stays the nominal source
    (
        (
            "The New York state attorney general is investigating WeWork amid layoffs. The company "
            "confirmed that it had been contacted by the office.\n\nShares of WeWork Inc. fell, and "
            "WeWork has cut 2,400 jobs."
        ),
        ["WeWork Inc."],
    ),
    (
        (
            "The New York state attorney general is investigating layoffs. The company confirmed that "
            "it had been contacted by the office."
        ),
        ["The company"],
    ),
    # a pronoun whose paragraph names no one goes to a person described by a "who" clause
    # just before it, not to a man named paragraphs earlier (WIRED)
    (
        (
            "“Five swiped away,” said Will Tjernlund, a consultant for Amazon sellers.\n\nInstagram "
            "lets you see who views your stories.\n\nWIRED spoke to one mother, who knew her teenage "
            "daughter was posing as a Tax Preparation Service on Instagram. “I am so ahead of every "
            "other parent of teens I know,” she said."
        ),
        ["Will Tjernlund", "one mother"],
    ),
    (
        (
            "“Five swiped away,” said Will Tjernlund, a consultant for Amazon sellers.\n\nInstagram "
            "lets you see who views your stories.\n\nWIRED spoke to Kym Lino, who knew her teenage "
            "daughter was posing as a Tax Preparation Service on Instagram. “I am so ahead of every "
            "other parent of teens I know,” she said."
        ),
        ["Will Tjernlund", "Kym Lino"],
    ),
    # a generational suffix belongs to the name: "King III" is the subject the parser finds (CBN)
    (
        (
            "Trump met with King's son, Martin Luther King III, at Trump Tower to discuss voting "
            "rights. Afterward, King III was asked about Trump's fallout with Rep. John Lewis.\n\n"
            '"First of all, I think in the heat of emotion, a lot of things get said on both '
            'sides," he replied.'
        ),
        ["Martin Luther King III"],
    ),
    # a generational suffix after a comma is part of a full name (the son is not his father),
    # and a surname alone, or with the suffix, after it is the suffixed name ...
    (
        (
            "Thomas Whitfield, Jr., a lawyer in Atlanta, filed the appeal on Monday. "
            '"The ruling ignores the record," Whitfield said.'
        ),
        ["Thomas Whitfield Jr."],
    ),
    (
        (
            'Carl Brennan, Jr. chairs the county board. "We will vote on Tuesday," he said. '
            '"Nothing is settled," Brennan Jr. added.'
        ),
        ["Carl Brennan Jr.", "Carl Brennan Jr."],
    ),
    # ... until the father's name is written out in full; a name with no suffix keeps its words
    (
        (
            "Thomas Whitfield, Jr., a lawyer in Atlanta, filed the appeal. "
            '"The ruling ignores the record," Whitfield said. His father, Thomas Whitfield, a '
            'retired judge, disagreed. "The court was right," Whitfield said.'
        ),
        ["Thomas Whitfield Jr.", "Thomas Whitfield"],
    ),
    (
        (
            "Thomas Whitfield, a lawyer in Atlanta, filed the appeal on Monday. "
            '"The ruling ignores the record," Whitfield said.'
        ),
        ["Thomas Whitfield"],
    ),
    # a suffix's own full stop is the name's ("Jr."), one that ends the sentence is not
    # ("III."); a capitalised word after the comma that is no suffix is not the name's
    ('"We will vote on Tuesday," said Carl Brennan, III.', ["Carl Brennan III"]),
    ('"We will vote on Tuesday," said Carl Brennan, Jr.', ["Carl Brennan Jr."]),
    ('"We will vote on Tuesday," said Carl Brennan, Democrat of Ohio.', ["Carl Brennan"]),
    # a pronoun goes to the subject of the sentence's main clause before one of a clause inside
    # it (Fox News), and a main-clause subject that is the same pronoun is the same person
    # (The Atlantic)
    (
        (
            "Former Rep. Joe Walsh is running. Earlier in August, Walsh published an op-ed about the "
            "need for President Donald Trump to face a primary challenge. He said the positive "
            "response to the piece inspired his decision to run."
        ),
        ["Joe Walsh"],
    ),
    (
        (
            "In a press conference after the summit, President Donald Trump offered contradictory "
            "messages about what exactly he had just achieved. He modestly defined success as "
            "developing “a relationship” with Kim, and stated that Kim had taken only “the first bold "
            "step toward a bright new future for his people.” At the same time, he described the joint "
            "statement as “very comprehensive” and argued that “I don’t think you can be any more "
            "plain” in terms of the language on denuclearization."
        ),
        ["Donald Trump"] * 4,
    ),
    # where no subject of the sentence before is a person, the person who owns its subject is
    # the one a "he" after it stands for, not a subject further back; not one of the other
    # gender, nor the owner of a subject that is itself a person (a spokesman)
    (
        (
            "George Lane described the loss as “a disaster for the party.” Senator Tom Hale's "
            "statement was brief. Later, he said the result was “a warning to all of us.”"
        ),
        ["George Lane", "Tom Hale"],
    ),
    (
        (
            "George Lane described the loss as “a disaster for the party.” Senator Mary Hale's "
            "statement was brief. Later, he said the result was “a warning to all of us.”"
        ),
        ["George Lane", "George Lane"],
    ),
    (
        (
            "George Lane described the loss as “a disaster for the party.” Senator Tom Hale's "
            "spokesman spoke to reporters. Later, he said the result was “a warning to all of us.”"
        ),
        ["George Lane", "Senator Tom Hale's spokesman"],
    ),
    # an object pronoun casts no vote on the gender of its clause's subject, nor does a pronoun
    # that an earlier one of its gender stands for: "she" can still be Warren (BuzzFeed News)
    (
        (
            "Bloomberg said he had released three women from their agreements.\n\nBut Warren wasn't "
            "satisfied by the billionaire's response and called on him to release his former "
            "employees from their NDAs.\n\n\"I hope you heard his defense: 'I've been nice to some "
            "women.' That just doesn't cut it,\" she said."
        ),
        ["Bloomberg", "Warren", "Warren"],  # "called on him to release ...": Warren's demand
    ),
    # a plural description counted as two is the pair coordinated before it (Washington Post)
    (
        (
            "Ann Jacobs and Mark Thomsen, two of the six commissioners, wrote to the governor on "
            "Friday.\n\n“Rather than having the Guard work to prepare for the surge of COVID-19 cases, "
            "we are instead sending them around the state to be poll workers,” the two commissioners "
            "wrote."
        ),
        ["Ann Jacobs"],
    ),
    # a counted description of people is a coordination of that many people, wherever it
    # stands before (Christian Science Monitor; BBC News), not an earlier subject of another kind
    (
        (
            "China and other Asian countries have led the way in forging development policies.\n\n"
            "Milanovic’s findings are reinforced by new research from Tomáš Hellebrandt and Paolo "
            "Mauro of the Peterson Institute for International Economics.\n\n“The ability to "
            "participate in and benefit from economic growth has immediate and tangible impacts on "
            "the lives of the bulk of the world’s population,” the two economists conclude."
        ),
        ["Tomáš Hellebrandt"],
    ),
    (
        (
            "Also on Friday, transcripts of testimony from White House National Security Council "
            "(NSC) experts Fiona Hill and Lt Col Alexander Vindman revealed new claims about acting "
            "White House Chief of Staff Mick Mulvaney.\n\nThe closed-door depositions last month "
            "showed that both officials said Mr Mulvaney had played a key role in co-ordinating a "
            "reported exchange of favours."
        ),
        ["Fiona Hill"],
    ),
    # ... but an indefinite count introduces people not named before (CNN)
    (
        (
            "But it wasn't Pelosi or Dershowitz who convinced Trump to give clemency to Rubashkin.\n\n"
            "In fact, according to two former White House officials, no one from the Pardon "
            "Attorney's office had raised the case with the White House."
        ),
        ["two former White House officials"],
    ),
    # a colon's lead-in whose subject is no person but that reports speech itself introduces
    # the words of that verb's subject, a person or a description of one (Christian Science
    # Monitor; Reuters; Daily Beast, where the parse hangs the verb on the noun before it)
    (
        (
            "As The Monitor’s Peter Grier explains, party allegiance is a central difference "
            "between Clinton and Sanders supporters:\n\n“Clinton’s supporters are far more likely "
            "to be registered Democrats.”"
        ),
        ["Peter Grier", "Peter Grier"],
    ),
    (
        (
            "“The Democrats clearly don’t want the truth to come out anymore,” White House "
            "spokesman Hogan Gidley said in response to the Times story.\n\nAn Australian "
            "government spokesperson said in an email:\n\n“The Australian Government has always "
            "been ready to assist and cooperate with efforts that help shed further light on the "
            "matters under investigation.”"
        ),
        ["Hogan Gidley", "An Australian government spokesperson"],
    ),
    (
        (
            "He added: “In essence, the entire internet is now run by the most lawless evil war "
            "criminals imaginable.” Facebook did not respond to a request for comment from the "
            "Daily Beast but a spokesperson stated in May following the mass banning of prominent "
            "conservative figures: “We’ve always banned individuals or organizations that promote "
            "or engage in violence and hate, regardless of ideology.”"
        ),
        [None, "a spokesperson"],
    ),
    # "they" looks at a sentence's main-clause subject first: "the statement" is one thing, so
    # not the protesters of the participle clause but the statement's joint speakers (Axios)
    (
        (
            "House Speaker Nancy Pelosi and Rep. Earl Blumenauer said in a statement that the federal "
            "agents must leave Portland.\n\n“Yet time and time again, the Trump Administration shows "
            "its lack of respect for the rights of all Americans,” the statement continued, pointing to "
            "peaceful protesters being forcibly cleared in Washington last month.\n\n“Now, videos show "
            "them kidnapping protesters in unmarked cars in Portland,” they added."
        ),
        ["Nancy Pelosi and Earl Blumenauer", "Nancy Pelosi", "Nancy Pelosi"],
    ),
    # the object of "told" is the hearer, never an inverted speaker; the name right after the
    # quote is the speaker when the parse hung it inside the quote (Business Insider)
    (
        (
            "Rep. Jason Chaffetz, the House oversight committee chair, questioned the motives behind "
            "the appointment of a special prosecutor on Wednesday.\n\n\"I think they're feeling the "
            "political heat,\" Chaffetz, a Utah Republican, told Fox News' Tucker Carlson on Wednesday "
            "evening."
        ),
        ["Jason Chaffetz"],
    ),
    # a pronoun whose paragraph names a person only as an object or a possessor: that person,
    # before the speaker of a quote in the paragraph before (The New Yorker, NewsBusters)
    (
        (
            "As Dan Kaufman wrote for The New Yorker last year, the deal was a gamble.\n\nThe "
            "manufacturing facility that President Trump, at a groundbreaking ceremony last year, "
            "called “the eighth wonder of the world” seems unlikely to even qualify as the eighth "
            "wonder of southeast Wisconsin.\n\nI spoke to Kaufman on Wednesday about the latest news. "
            "“It’s not a surprise,” he said. “But it’s still shocking.”"
        ),
        # "As Dan Kaufman wrote ..., the deal was a gamble": the clause his "as" clause reports
        ["Dan Kaufman", "Trump", "Dan Kaufman", "Dan Kaufman"],
    ),
    (
        (
            "NBC political director Chuck Todd led a panel discussion, featuring NBC Capitol Hill "
            "correspondent Kasie Hunt. Meanwhile, Todd and the rest of the liberal media were "
            "apoplectic that an FBI investigation into the bogus claims against Justice Brett "
            "Kavanaugh didn’t drag on for months and months.\n\nFor Hunt’s part, she complained that "
            "“Republicans are focusing on how Brett Kavanaugh was handled and how the media handled "
            "Brett Kavanaugh.”"
        ),
        ["Kasie Hunt"],
    ),
    # the parse hung the speaker on a dateline, or split a title at its hyphen into a subject of
    # its own (Time, Fox News)
    (
        (
            "(ANCHORAGE, Alaska) — U.S. Sen. Lisa Murkowski, a Republican from Alaska, said she was "
            "disturbed to hear Senate Majority Leader Mitch McConnell say there would be “total "
            "coordination” between the White House and the Senate over the upcoming presidential "
            "impeachment trial."
        ),
        ["Lisa Murkowski"],
    ),
    (
        'BET co-founder Robert L. Johnson said Biden should apologize to "every black person he meets."',
        ["Robert L. Johnson"],
    ),
    # "whose" stands for the person its clause describes, a hyphenated word whole (Vanity Fair)
    (
        (
            "Curiel, a U.S. District Judge, presides over a pair of cases in which plaintiffs accuse "
            "Trump University of duping them. (According to one former employee of the now-defunct "
            "for-profit school, whose testimony was revealed on Tuesday, “Trump University was a "
            "fraudulent scheme” that “preyed upon the elderly and uneducated.”)"
        ),
        ["one former employee of the now-defunct for-profit school"] * 2,
    ),
    # a document speaks for the subject of the relative clause it is the object of, a named one
    # for its possessor, a part for the whole; an acronym spelled out only later is that name
    # (The Epoch Times, The Boston Globe)
    (
        (
            "Likely the most shared image of the “devastation” was a NASA satellite image across most "
            "of the Amazon showing smoke from fires in many areas. What was not shared was the caption "
            "NASA provided, which states, in part, “As of August 16, 2019, an analysis of NASA "
            "satellite data indicated that total fire activity across the Amazon basin this year has "
            "been close to the average in comparison to the past 15 years.”\n\nAccording to NASA’s "
            "Global Fire Emissions Database, activity is above average in the states of Amazonas and "
            "Rondonia, but so far is below average in Mato Grosso and Pará."
        ),
        ["NASA", "NASA"],
    ),
    (
        (
            "Part of the RNC holiday message, which was released on Christmas by co-chairs Reince "
            'Priebus and Sharon Day, reads as follows: "Over two millennia ago, a new hope was born '
            'into the world, a Savior who would offer the promise of salvation to all mankind."\n\n'
            "After some criticized a Republican National Committee Christmas message that appeared to "
            "compare Donald Trump to Jesus, the group's spokesman struck back."
        ),
        ["Republican National Committee"],
    ),
    # a definite common noun that names carry describes someone named before, unless its head is
    # a kind the lexicons know (Fox News, Vice)
    (
        (
            "Former Rep. Joe Walsh is running for president.\n\nAt the same time, Walsh recognized that "
            'he himself is guilty of the same behavior as the president.\n\n"I helped create Trump," '
            "the Tea Party favorite told ABC News' George Stephanopoulos in an interview that aired "
            'Sunday morning. "I feel responsible for that."'
        ),
        ["Joe Walsh", "Joe Walsh"],
    ),
    (
        (
            "According to Secretary of State Mike Pompeo, the administration is “looking at” the "
            "possibility of banning a range of Chinese apps.\n\nTikTok has long been a source of "
            "national security concern for U.S. politicians, and now the Trump administration says "
            "it’s seriously considering banning the app."
        ),
        ["Mike Pompeo", "the Trump administration"],
    ),
    # an indefinite description of a person is the person the next sentence first names as its
    # subject; one named before stays the description (CNBC)
    (
        (
            "WHO officials were asked about comments made by a doctor in Italy who said the coronavirus "
            "is losing potency and has become less lethal.\n\nAlberto Zangrillo told an Italian public "
            "broadcasting company that swabs showed a tiny viral load."
        ),
        ["Alberto Zangrillo", "Alberto Zangrillo"],
    ),
    (
        (
            "Alberto Zangrillo runs an intensive care unit in Milan. WHO officials were asked about "
            "comments made by a doctor in Italy who said the coronavirus is losing potency and has "
            "become less lethal.\n\nAlberto Zangrillo told an Italian public broadcasting company that "
            "swabs showed a tiny viral load."
        ),
        ["a doctor in Italy", "Alberto Zangrillo"],
    ),
    # a definite description of an unnamed-person role is the one person the article gives that
    # role; with two such people it stays the description (The Boston Globe)
    (
        (
            "After some criticized a Republican National Committee Christmas message that appeared to "
            "compare Donald Trump to Jesus, the group's spokesman struck back, saying the message had "
            "nothing to do with the president-elect.\n\nHowever, RNC spokesman Sean Spicer, who last "
            "week was tapped by Trump to serve as press secretary, told CNN that the message had "
            "nothing to do with the incoming president."
        ),
        ["Sean Spicer", "Sean Spicer"],
    ),
    (
        (
            "After some criticized a Republican National Committee Christmas message that appeared to "
            "compare Donald Trump to Jesus, the group's spokesman struck back, saying the message had "
            "nothing to do with the president-elect.\n\nHowever, RNC spokesman Sean Spicer, who last "
            "week was tapped by Trump to serve as press secretary, told CNN that the message had "
            "nothing to do with the incoming president. Trump spokesman Jason Miller did not comment."
        ),
        ["the group's spokesman", "Sean Spicer"],
    ),
    # "they" with no nearer group is the joint speaker a few paragraphs before (Washington Post)
    (
        (
            "Ann Jacobs and Mark Thomsen, two of the six commissioners, wrote to the governor on "
            "Friday.\n\n“The failure to address these profound issues is unconscionable,” Jacobs and "
            "Thomsen wrote, according to the letter.\n\nAD\n\nAD\n\n“In the face of a deepening and "
            "escalating COVID-19 crisis, forcing an in-person election on Tuesday threatens the "
            "voters,” they added."
        ),
        ["Ann Jacobs and Mark Thomsen"] * 2,
    ),
    # a name the tagger missed that an indefinite apposition describes is a person's, so the
    # pronoun after it finds it (The Marshall Project)
    (
        (
            "Admild was held in Louisiana.\n\nWe tracked over 750 domestic ICE flights since March, "
            "carrying thousands of detainees to different centers, including some who said they were "
            "sick. Kanate, a refugee from Kyrgyzstan, was moved from the Pike County Correctional "
            "Facility in Pennsylvania to the Prairieland Detention Facility in Texas despite showing "
            "Covid-19 symptoms. He was confirmed to have the virus just a few days later.\n\n“I was "
            "panicking,” he said. “I thought that I will die here in this prison.”"
        ),
        ["Kanate"] * 2,
    ),
    # negative: a name that an indefinite apposition calls a place is no person, so "he" does
    # not find it (the same text, with a town for the refugee)
    (
        (
            "Admild was held in Louisiana.\n\nWe tracked over 750 domestic ICE flights since March, "
            "carrying thousands of detainees to different centers, including some who said they were "
            "sick. Nome, a city in Alaska, was the first stop for the Pike County Correctional "
            "Facility in Pennsylvania to the Prairieland Detention Facility in Texas.\n\n“I was "
            "panicking,” he said."
        ),
        ["Admild"],
    ),
    # a participle after a passive clause speaks for its agent (Sputnik)
    (
        "Prince Andrew gave a long interview to the BBC. A photo of the meeting was denied by Andrew, "
        "hinting that it was a fake.",
        ["Andrew"],
    ),
    # a pronoun that opens its paragraph looks at every sentence of the paragraph before, the
    # last first, for a person subject or the same pronoun (Sputnik)
    (
        (
            "Prince Andrew said he went to New York to end the friendship with Jeffrey Epstein.\n\n"
            "During the visit, he was photographed having long and serious chats with Epstein while "
            "strolling around Central Park. Was this to find out how vulnerable the royal was from "
            "potential scandal fall-out?\n\nHe instead told the BBC interviewer: “I took the judgement "
            "call that because this was serious, I had to go and see him and talk to him.”"
        ),
        ["Andrew", "Andrew"],
    ),
    # a bare quote after a sentence with a parenthetical speech verb is that verb's speaker, and
    # the sentence's content on each side of "Herbert said" is his too (Quanta Magazine)
    (
        (
            "De’Broski Herbert, an immunologist at the University of Pennsylvania, studies tuft cells. "
            "“They are sentinels of the gut,” said Andrew Vaughan, a biologist.\n\nThe tuft cell, "
            "Herbert said, is constantly sensing the metabolic products present in microenvironments "
            "within the body. “Once some of those metabolic products go out of whack … bam! Tuft cells "
            "can recognize it and make a response if something is wrong.”"
        ),
        ["Andrew Vaughan", "De’Broski Herbert", "De’Broski Herbert", "De’Broski Herbert"],
    ),
    # a speech verb right before a colon introduces the quote after it (IndieWire)
    (
        (
            "Both accomplished songwriters, Steenburgen’s co-writers Caitlyn Smith and Kate York came to "
            "the project with a similar appreciation for the challenge of writing character-driven "
            "chords. “It’s a totally different muscle,” York said. “You have to take yourself out of it "
            "a little bit — it’s kind of like acting, I guess.” Smith agreed: “It’s a different job "
            "altogether. If you’re just writing a song for someone else, it’s wide open.”"
        ),
        ["Kate York", "Kate York", "Caitlyn Smith"],
    ),
    # a surname goes to the fullest way the article writes its person: a tweet's signature
    # "Josh Apte" is the "Joshua Apte" introduced before it (Vox)
    (
        (
            "Joshua Apte, a professor of environmental engineering at the University of Texas Austin, "
            "explained that air quality is a function of pollution and dilution.\n\n— Josh Apte "
            "(@joshapte) November 3, 2019\n\nAdded together, it has become a recipe for choking, dirty "
            "air for millions of residents. “It’s like you’re pouring a whole lot of stuff off into a "
            "sink that’s plugged up,” Apte said."
        ),
        ["Joshua Apte", "Joshua Apte"],
    ),
    # a lone given name is the one full name the article gives that begins with it (Slate)
    (
        (
            "Martha Fry and her brother Dale Ford agreed to an interview, but only if they could do it "
            "together. “I once visited Mike with our parents in Minneapolis at his apartment,” Dale "
            "wrote."
        ),
        ["Dale Ford"],
    ),
    # a common noun's proper name in apposition is who it describes (BBC News)
    (
        (
            "The group that owns most of her music, Big Machine, says she will be allowed to play her "
            "old tracks at the American Music Awards on Sunday."
        ),
        ["Big Machine"],
    ),
    # "they" after a name whose verb agrees in the plural (British usage for an organisation)
    # is that organisation (BBC News)
    (
        (
            "Big Machine have twice denied doing anything wrong.\n\n“At no point did we say Taylor "
            "could not perform on the AMAs or block her Netflix special,” they said in a statement on "
            "their website last Friday."
        ),
        ["Big Machine"],
    ),
    # the parse hangs the apposition on the relative clause's last noun; the comma and the
    # verb after it make it the subject's (BBC News)
    (
        (
            "The company that runs the AMAs, Dick Clark Productions, denies that anything has been "
            "definitely sorted, though."
        ),
        ["Dick Clark Productions"],
    ),
    # a speech participle right after a document object, with no comma, is the document's
    # (a reduced relative clause), whose owner speaks, not the sentence's subject (Boston Globe)
    (
        (
            "Sean Spicer replied, “I hope you are kidding.” A screenshot showed a purported "
            "message from Spicer to Mack stating, “To ask this on Christmas is frankly offensive.”"
        ),
        ["Sean Spicer", "Sean Spicer"],
    ),
    # the owner speaks also where the document is no source of its own (an email): the
    # reported clause stays an attribution (Washington Examiner)
    (
        (
            "Whenever a health insurance plan quits Obamacare, I usually receive an email from the "
            "Health and Human Services press office arguing that this is all the more reason "
            "Congress needs to repeal Obamacare."
        ),
        ["Health and Human Services press office"],
    ),
    # a possessive pronoun on the document leaves the speaker to the verb's subject (ABC News)
    (
        (
            "Cooper and Kind wrote their own letter to Boehner Monday calling the government "
            "shutdown a “real tragedy for America.”"
        ),
        ["Cooper and Kind"],
    ),
    # a plural document with no owner stated is documents in general, not the previous
    # speaker's record: it keeps its own words (The Hill)
    (
        (
            "The remarks from Omar in particular have divided House Democrats, with some "
            "criticizing the freshman after she suggested in a tweet that political support for "
            "Israel was “all about the Benjamins.”\n\nRepublicans and the White House have used "
            "the remarks to cast Democrats as an enemy of Israel and American Jews, who in "
            "presidential elections have largely voted for Democratic candidates, according to "
            "exit polls."
        ),
        ["Omar", "exit polls"],
    ),
    # after a comma the participle is the subject's
    (
        "The ministry released a statement on Monday, saying “the talks will go on.”",
        ["The ministry"],
    ),
    # a date written before its noun, which the parse makes the head with the noun in
    # apposition, is no source: the noun it dates is, the date's commas inside its phrase ...
    (
        (
            "The embassy sent two cables to Washington. \"The lab lacks trained technicians,\" "
            "states the Jan. 19, 2018, cable."
        ),
        ["the Jan. 19, 2018, cable"],
    ),
    (
        (
            "The embassy sent two memos to Washington. \"The lab lacks trained technicians,\" "
            "reads the March 3, 2019, memo."
        ),
        ["the March 3, 2019, memo"],
    ),
    # ... but a date's own apposition (with its determiner) names no noun it dates
    (
        'The mayor spoke at length. "We made progress," she said on Friday, the last day of the talks.',
        ["The mayor"],
    ),
    # a subject the tagger left out that "who" describes is a person, whom "he" may stand for ...
    (
        (
            "Senator Tom Udall of New Mexico spoke first.\n\nEsquire’s Charles Pierce, who wrote "
            "“Idiot America,” disagreed. “The bill is dead,” he told the audience."
        ),
        ["Charles Pierce"],
    ),
    # ... and one that "which" describes is not
    (
        (
            "Senator Tom Udall of New Mexico spoke first.\n\nEsquire’s Wonkblog, which covers the "
            "Senate, disagreed. “The bill is dead,” he told the audience."
        ),
        ["Tom Udall"],
    ),
    # a rank written out before a name the tagger labels an organisation ("General Campbell",
    # "Campbell" an ORG) makes it a person, as "Gen." does, whom "he" may stand for ...
    (
        (
            "Seth Jones, an analyst at the RAND Corporation, spoke first.\n\nGeneral Campbell "
            "told lawmakers that the Haqqani network remains a threat. The two groups, he said, "
            "share a goal of “expelling coalition forces.”"
        ),
        ["Campbell", "Campbell", "Campbell"],
    ),
    (
        (
            "Senator Jack Reed asked about the camps.\n\nGeneral Campbell told lawmakers that "
            "the Haqqani network remains an important “facilitator” for Al Qaeda in Afghanistan. "
            "The two groups, he said, share a goal of “expelling coalition forces.”"
        ),
        ["Campbell", "Campbell", "Campbell"],
    ),
    # ... but a rank word that begins an organisation's name is no title
    (
        (
            "Seth Jones, an analyst at the RAND Corporation, spoke first.\n\nGeneral Dynamics "
            "told investors that the Navy contract remains on track. “We are ready to deliver,” "
            "he said."
        ),
        ["General Dynamics", "Seth Jones"],
    ),
    # ... nor a rank word before a name that modifies a noun after it ("Major ... suppliers"
    # are large ones), so the organisation is no "he"
    (
        (
            "Seth Jones, an analyst at the RAND Corporation, spoke first.\n\nMajor Kessler Group "
            "suppliers cut jobs last month. Kessler Group told investors that demand remains "
            "weak. The cuts, he said, “will go on.”"
        ),
        ["Seth Jones"],
    ),
]


def _analysed_quotes(text: str) -> list[dict]:
    """Quotes as ``newsdesk analyse`` finds them: after entity recognition (``mentions``)."""
    from newsdesk.article import Article

    article = Article(path="t.txt", raw_text=text, text=text)
    return annotate_quotes(load_pipeline()(text), article)


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_speaker_resolution(text, speakers) -> None:
    assert [q["speaker"] for q in _analysed_quotes(text)] == speakers


def test_name_the_tagger_ran_on_past_its_apostrophe() -> None:
    """The tagger stops ``Terrence O’ Shaughnessy`` just after the mark (``Terrence O’``), and
    the speaker is still the whole name (USA Today, the AllSides set)."""
    quotes = _quotes_of(
        "Two B-1B Lancer bombers from Guam's Anderson Air Base flew over the Peninsula for "
        "precision-strike training, the U.S. Pacific Air Forces said in a statement. The training "
        "session, a 10-hour bilateral mission with Japanese and South Korean fighter jets, comes "
        "days after North Korea test-launched its first intercontinental ballistic missile."
        "\n\n“North Korea’s actions are a threat to our allies, partners and homeland,” said Gen. "
        "Terrence O’ Shaughnessy, Pacific Air Forces commander. “Let me be clear, if called upon "
        "we are trained, equipped and ready to unleash the full lethal capability of our allied "
        "air forces.”"
    )
    assert [q["speaker"] for q in quotes][-2:] == ["Terrence O’ Shaughnessy"] * 2


#: Vanity Fair: a reporting clause after a quotation that ends in a comma speaks whatever its
#: verb; a verb of thinking does not, so the quote is a bare one that follows Trump's.
_KELLY = (
    "Donald Trump told the Journal that his plan to close off the U.S. border with Mexico "
    "makes the fact that Curiel’s parents are Mexican immigrants relevant. “I’m building a "
    "wall. It’s an inherent conflict of interest,” he said.\n\n“The man is not Mexican. His "
    "parents are Mexican. He was born in Indiana. He has no conflict of interest,” Megyn "
    "Kelly {verb} to the camera."
)


@pytest.mark.parametrize(
    ("verb", "speaker", "cue"),
    [
        ("deadpanned", "Megyn Kelly", "deadpanned"),
        ("lashed out", "Megyn Kelly", "lashed out"),
        ("thought", "Donald Trump", None),
    ],
)
def test_a_reporting_clause_after_a_quote_needs_no_lexicon_verb(verb, speaker, cue) -> None:
    quote = find(_analysed_quotes(_KELLY.format(verb=verb)), "The man is not Mexican")
    assert quote is not None and (quote["speaker"], quote["cue"]) == (speaker, cue)


#: NewsBusters: the subject of a reporting clause after a quotation may be a longer phrase
#: than a name (an outlet's possessive, a title), the verb still no verb of the lexicon.
_CULPABILITY = (
    "“What is President Trump’s level of culpability?” former NBC Nightly News anchor Brian "
    "Williams impugned back on March 31. “There is death after death after death that is on "
    "the President’s watch,” MSNBC’s Mika Brzezinski slammed on her April 6 morning show. "
    "“How many people have to die?” CNN’s Don Lemon {verb} that night. And on, and on, it goes."
)


@pytest.mark.parametrize(
    ("verb", "opening", "speaker"),
    [
        ("blasted", "What is President Trump", "Brian Williams"),
        ("blasted", "There is death after death", "Mika Brzezinski"),
        ("blasted", "How many people have to die", "Don Lemon"),
        ("thought", "How many people have to die", "Mika Brzezinski"),
    ],
)
def test_a_reporting_clause_s_subject_may_be_a_title_and_a_name(verb, opening, speaker) -> None:
    quote = find(_analysed_quotes(_CULPABILITY.format(verb=verb)), opening)
    assert quote is not None and quote["speaker"] == speaker


def test_a_reporting_clause_s_verb_has_no_object_of_its_own() -> None:
    """Salon: after a title in marks that ends in a comma, a clause whose verb has an object
    ("used their hold on Congress") is the sentence going on, no reporting clause."""
    text = (
        "As historian Ira Katznelson detailed in “Fear Itself: The New Deal and the Origins of "
        "Our Time,” Southern Democrats during the New Deal era used their hold on Congress to "
        "keep black workers out of the programs."
    )
    assert all(q["speaker"] != "Southern Democrats" for q in _analysed_quotes(text))


@pytest.mark.parametrize(
    ("text", "opening", "cue"),
    [
        # a person the verb has as object is the hearer (Salon)
        (
            "In fairness, some were worried that the strategy would backfire. \"Right now I am "
            "petrified that Hillary is almost totally dependent on Republicans nominating Trump,\" "
            "Brent Budowsky emailed John Podesta.",
            "Right now I am petrified",
            "emailed",
        ),
        # a pronoun object is the thing a verb of naming names (Salon)
        (
            "In Bobby Jindal's view that makes eliminating the payouts a spending cut. “Corporate "
            "welfare,” he labeled it in his opening address to the Legislature.",
            "Corporate welfare",
            "labeled",
        ),
    ],
)
def test_a_reporting_clause_s_object_may_be_its_hearer_or_what_it_names(text, opening, cue) -> None:
    quote = find(_analysed_quotes(text), opening)
    assert quote is not None and quote["cue"] == cue


def test_according_to_before_a_colon_introduces_the_source_s_words() -> None:
    """The Two-Way (NPR): a lead-in that is "According to X:" promises X's words, a report
    inside them ("state news agency KCNA said") at the outer level."""
    text = (
        "The Associated Press reports from Pyongyang: \"North Koreans danced in the streets of "
        "their capital Wednesday.\"\n\nAccording to the BBC:\n\n\"The three-stage rocket was "
        "launched from a site on North Korea's west coast. \" 'The launch of the second version "
        "of our satellite was successful,' state news agency KCNA said. 'The satellite has "
        "entered the orbit as planned.' \""
    )
    quotes = [q for q in _analysed_quotes(text) if q["start"] > text.index("BBC:")]
    assert [(q["text"][:22], q["speaker"], q["cue"]) for q in quotes] == [
        ("The three-stage rocket", "BBC", "according to")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # any source: a description too, with "according to" as the cue
        (
            "The ministry issued a statement on Monday. According to the ministry:\n\n\"The "
            "three-stage rocket was launched from a site on the west coast and entered orbit.\"",
            "the ministry",
            "according to",
        ),
        # no "according to" phrase, no such cue
        (
            "The ministry issued a statement on Monday. It read:\n\n\"The three-stage rocket was "
            "launched from a site on the west coast and entered orbit.\"",
            None,
            None,
        ),
    ],
)
def test_according_to_before_a_colon_takes_any_source(text, speaker, cue) -> None:
    quote = find(_analysed_quotes(text), "The three-stage rocket")
    assert quote is not None and (quote["speaker"], quote["cue"]) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a scare quote in a phrase that opened before it is no reporting clause's material
        ("Despite “strong sales,” the firm's longtime chief executive Jane Roe stepped down on "
         "Monday.", None),
        ("Despite “record profits,” the firm's longtime chief executive Jane Roe resigned on "
         "Monday.", None),
        ("Despite “strong sales,” Roe stepped down on Monday.", None),
        # a verb of speech reports it all the same (Newsbusters, a judged page)
        ('Asked to clarify whether he considered the joke "strong sales," Matthews angrily '
         'said: "Yeah, there is no doubt."', "Matthews"),
        # the same words opening their sentence are the clause's, whatever its verb
        ("“Strong sales,” the firm's longtime chief executive Jane Roe beamed on Monday.",
         "Jane Roe"),
    ],
)
def test_a_reporting_clause_s_material_is_no_phrase_before_it(text, speaker) -> None:
    quotes = [q for q in _analysed_quotes(text) if q["text"].lower().startswith(("strong", "record"))]
    assert [q["speaker"] for q in quotes if q["speaker"]] == ([speaker] if speaker else [])


def test_a_block_after_a_lead_in_on_its_line_ends_with_a_sentence() -> None:
    """A pull quote (a roundup on AllSides): a block quotation run into its lead-in's line
    goes on past a mark after a sentence's end, up to its credit line."""
    text = (
        "Dated but relevant: “Another big change limits the department. That’s great news for "
        "lawyers and terrible news for students… “Consider the case of Jane Doe. The school’s "
        "sole response was weak.” Dana Bolger, New York Times"
    )
    assert [text[s.start : s.end][-9:] for s in marked_spans(text)] == ["was weak."]


def test_a_quotation_cut_by_a_line_break_pairs_its_marks() -> None:
    """A quotation open at a paragraph's end goes on into a lower-case paragraph only up to
    the closing mark that pairs with it: a quotation the paragraph opens is not its end."""
    text = (
        "The governor called the plan “a total scam\n\nand voters agreed, the poll showed. “It "
        "is not over,” Roe said."
    )
    quote = find(_analysed_quotes(text), "It is not over")
    assert quote is not None and quote["speaker"] == "Roe"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # past a name's words, a person as object is the hearer
        ("“We will not back down,” the state's longtime senior senator Jane Roe lectured "
         "reporters on Monday.", "lectured"),
        # and a pronoun the thing a name is given
        ("“Corporate welfare,” Louisiana Gov. Bobby Jindal labeled it in his opening address.",
         "labeled"),
        # an object that is a thing: the sentence goes on, no reporting clause
        ("“We will not back down,” the state's longtime senior senator Jane Roe lectured the "
         "committee on Monday.", None),
        ("“Corporate welfare,” Louisiana Gov. Bobby Jindal labeled the tax break in his opening "
         "address.", None),
    ],
)
def test_a_long_reporting_clause_s_object_may_be_a_person_or_a_pronoun(text, verb) -> None:
    clause = reporting_clause_after(load_pipeline()(text), marked_spans(text)[0], len(text))
    assert (clause.verb.text if clause else None) == verb


def test_a_report_inside_a_block_quotation_is_the_lead_in_s() -> None:
    """The Two-Way (NPR): a block quotation after "The paper reports:" holds a report of its
    own ("Mr. Platini told reporters"); nested reports are annotated once, at the outer level,
    so the whole block is one quotation of the paper's."""
    text = (
        "Like Deadspin, The New York Times says that trying to figure out votes is "
        "complicated, but Blatter is expected to win. The paper reports:\n\n\"Michel Platini, "
        "the president of European soccer's governing body, called for Mr. Blatter to step down "
        "during an emergency meeting of top officials convened early Thursday and then "
        "enthusiastically endorsed Prince Ali. \" 'After what happened recently, I think enough "
        "is enough, and a number of people think likewise,' Mr. Platini told reporters. 'There "
        "is a radical change in the mind-set of a number of heads of associations.' \"Mr. "
        "Platini predicted Prince Ali would receive '45 or 46' of the 53 European votes.\""
    )
    quotes = [q for q in _analysed_quotes(text) if q["start"] > text.index("reports:")]
    assert [(q["text"][:14], q["text"][-14:], q["speaker"]) for q in quotes] == [
        ("Michel Platini", "uropean votes.", "New York Times")
    ]


def test_unnamed_speaker_keeps_role_and_affiliation() -> None:
    (quote,) = _analysed_quotes(
        "An NSA spokesperson said in a statement the suggestion in the Post article is not true."
    )
    assert (quote["speaker"], quote["role"], quote["affiliation"]) == ("An NSA spokesperson", "spokesperson", "NSA")


# a nominal source states its own role, its head noun, and the organisation it is placed at
NOMINAL_ROLES = [
    ("“The plan will fail,” some economists said.", "economists", None),
    ("“The plan will fail,” most of the experts said.", "experts", None),
    ("“The rate will rise,” analysts at Harbor Capital said.", "analysts", "Harbor Capital"),
    # an organisation, a document or a place states no role
    ("“The plan will fail,” the company said.", None, None),
    ("“The plan will fail,” the report said.", None, None),
]


# a party's members state their party, a nationality's or a party's adjective the country or
# the party, a document its maker; a document with no maker named states none
NOMINAL_AFFILIATIONS = [
    ("“The plan will fail,” several Republicans said.", None, "Republican Party"),
    ("Democrats argue that the vote is irrelevant to the case.", None, "Democratic Party"),
    ("“The plan will fail,” Democratic mayors and governors said.", "mayors", "Democratic Party"),
    ("“The talks have failed,” the Russian foreign minister said.", "minister", "Russia"),
    ("“The virus is contained,” Chinese officials said.", "officials", "China"),
    # AllSides H4fQ9XDeliiD6wEZ: "Turkish" is Turkey's word by its stem, as "Chinese" China's
    ("Ibrahim El Bakraoui was deported by Turkey to the Netherlands last year, a senior Turkish official "
     "told CNN.", "official", "Turkey"),
    ("A new report by the Harbor Research Service says the agency cannot do that.", None,
     "Harbor Research Service"),
    ("A Harbor Statistics Bureau study says incomes rose last year.", None, "Harbor Statistics Bureau"),
    # an organisation's name compounded on the noun (dev7: "an FDA spokesperson")
    ("Responding to the study, an FDA spokesperson told reporters that the issue was a top priority.",
     "spokesperson", "FDA"),
    ("“The launch will wait,” NASA officials said.", "officials", "NASA"),
    # a compass word makes another place's adjective, no country's (Northern Ireland): read
    # whole; a country the gazetteer writes with "The" is written without it
    ("“The border stays open,” Northern Irish officials said.", "officials", "Northern Irish"),
    ("“The border stays open,” Dutch officials said.", "officials", "Netherlands"),
]


@pytest.mark.parametrize(("text", "role", "affiliation"), NOMINAL_ROLES + NOMINAL_AFFILIATIONS)
def test_a_nominal_source_states_its_role(text, role, affiliation) -> None:
    (quote,) = _analysed_quotes(text)
    assert (quote["role"], quote["affiliation"]) == (role, affiliation)


def test_apposition_names_the_organisation_before_the_role() -> None:
    (quote,) = _analysed_quotes(
        "“North Korea’s actions are a threat to our allies, partners and homeland,” "
        "said Gen. Terrence O’ Shaughnessy, Pacific Air Forces commander."
    )
    assert (quote["role"], quote["affiliation"]) == ("commander", "Pacific Air Forces")


# -- quality floors on the hand-annotated AllSides set -------------------------------------------

ANNOTATIONS = ROOT / "tests" / "data" / "quotes" / "annotations.jsonl"
#: Measured with GenderGapTracker's overlap (benchmarks/eval_quotes.py, docs/quotes.md), minus a
#: margin of about 0.02. Speaker accuracy follows docs/attribution-rules.md (a nominal source is
#: its own speaker), measured 0.915 at >0.3 and 0.930 at >0.8 when the set took that convention,
#: 0.932 and 0.949 after the third round on speakers. The set writes a party as its members'
#: adjective ("Republican"), the rules as its name ("Republican Party", quotes 78): affiliation
#: measured 0.191 at >0.3 and 0.197 at >0.8 since then (0.531 and 0.541 before).
FLOORS = {
    0.3: {"f1": 0.90, "precision": 0.94, "recall": 0.86, "speaker_accuracy": 0.93, "affiliation_accuracy": 0.17},
    0.8: {"f1": 0.87, "precision": 0.91, "recall": 0.83, "speaker_accuracy": 0.94, "affiliation_accuracy": 0.17},
}


@pytest.fixture(scope="module")
def annotated_scores() -> dict:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    gold_articles = load_gold(ANNOTATIONS, corpus)
    nlp = load_pipeline()
    predicted = [annotate_quotes(nlp(g.article.text), g.article) for g in gold_articles]
    return score(gold_articles, predicted)


@pytest.mark.parametrize("threshold", [0.3, 0.8])
def test_quality_floor_on_annotated_set(annotated_scores, threshold) -> None:
    measured = annotated_scores["by_threshold"][threshold]
    below = {k: round(measured[k], 3) for k, floor in FLOORS[threshold].items() if measured[k] < floor}
    assert not below, f"below the floor at >{threshold}: {below}"


# -- the same quote across outlets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("China has been completely excluded from this,", "China has been completely excluded from this.", True),
        ("China has been completely excluded from this", "China was completely excluded from this", True),
        ("China has been completely excluded from this", "Russia sent troops to Kazakhstan on Thursday", False),
    ],
)
def test_same_quote(a, b, same) -> None:
    assert same_quote(a, b) is same


def test_same_quote_skips_only_alignments_that_cannot_reach_a_fragment() -> None:
    """The subsequence bound that spares the partial ratio never changes the answer: real
    quotes against their fragments, trimmed and reworded copies and other quotes give what
    the two scores themselves give, fragments that only the partial ratio links included."""
    from rapidfuzz import fuzz

    rows = [json.loads(line) for line in (ROOT / "tests/data/quotes/annotations.jsonl").open(encoding="utf-8")]
    pool = [q["text"] for row in rows for q in row["quotes"] if q["direct"] and len(q["text"].split()) >= 10][:80]
    pairs = []
    for number, text in enumerate(pool):
        tokens = text.split()
        fragment = " ".join(tokens[number % 3 : number % 3 + len(tokens) // 2])
        misspelt = "".join("q" if i % 25 == 24 and c.isalpha() else c for i, c in enumerate(fragment))
        pairs += [
            (text, fragment),
            (misspelt, text),  # a fragment, one letter in 25 changed: near the bound
            (" ".join(tokens[1:]) + " he said", text),  # trimmed, with words of its own
            (text, " ".join(w if i % 4 else "that" for i, w in enumerate(tokens))),  # reworded
            (text, pool[(number * 7 + 1) % len(pool)]),  # another quote
        ]
    expected = []
    for a, b in pairs:
        left, right = quote_wording(a), quote_wording(b)
        expected.append(fuzz.ratio(left, right) >= SAME_WORDING or fuzz.partial_ratio(left, right) >= FRAGMENT)
    fragments_only = [
        same for (a, b), same in zip(pairs, expected)
        if same and fuzz.ratio(quote_wording(a), quote_wording(b)) < SAME_WORDING
    ]
    assert fragments_only and not all(expected)
    assert [same_quote(a, b) for a, b in pairs] == expected


def test_groups_need_two_articles_and_flag_speaker_and_wording() -> None:
    quotes = [
        {"article_id": "a", "text": "China has been completely excluded from this", "speaker": "Sergey Radchenko"},
        {"article_id": "b", "text": "China has been completely excluded from this.", "speaker": "Radchenko"},
        {"article_id": "a", "text": "China has been completely excluded from this", "speaker": None},
        {"article_id": "c", "text": "Nothing in common with the other quotes at all", "speaker": "X"},
    ]
    assert group_quotes(quotes) == [[0, 1, 2]]


def test_syndicated_copies_are_linked_in_the_store(tmp_path: Path) -> None:
    """Two outlets' copies of one wire story (the corpus's near-duplicate pairs) share quotes."""
    source = need_shared("data/corpus/allsides-article-bias/neardup_articles.jsonl.gz")
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    pair = [row for row in rows if "State of the Union" in row["title"]][:2]
    assert len(pair) == 2
    path = tmp_path / "pair.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in pair), encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    ingest([str(path)], db=db, workers=1)
    analyse(db=db, workers=1)
    with open_store(db, read_only=True) as store:
        groups = store.quote_groups()
        outlet = groups[0]["outlet"]
        one_outlet = store.quote_groups(outlet=outlet.upper())
        nobody = store.quote_groups(speaker="no such speaker")
    assert len({row["article_id"] for row in groups}) == 2
    assert all(row["similarity"] >= 0.8 for row in groups)
    assert 0 < len(one_outlet) < len(groups) and {r["outlet"] for r in one_outlet} == {outlet}
    assert nobody == []


# -- CLI ----------------------------------------------------------------------------------------


def test_cli_quotes_and_sources(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("001_*.txt")))], db=db, workers=1)
    analyse(db=db, workers=1)
    runner = CliRunner()
    listed = runner.invoke(app, ["quotes", "--db", db, "--speaker", "godwin"])
    assert listed.exit_code == 0, listed.output
    assert "Ben Godwin" in listed.output and "Jakobowski" not in listed.output
    sources = runner.invoke(app, ["sources", "--db", db])
    assert sources.exit_code == 0 and "Prism Political Risk" in sources.output
    missing = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1


def test_sources_list_named_speakers_and_quotes_keep_nominal_ones(tmp_path: Path) -> None:
    from newsdesk.service import list_quotes, list_sources
    from newsdesk.store import open_store

    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    analyse(db=db, workers=1)
    nominal = "some of China's most prominent Central Asia watchers"
    with open_store(db, read_only=True) as store:  # what `newsdesk quotes` and the API list
        quoted = {(row["speaker"], row["kind"]) for row in list_quotes(store, limit=None).items}
        sources = {row["speaker"] for row in list_sources(store, limit=None).items}
    assert (nominal, "indirect") in quoted
    assert nominal not in sources


def test_an_article_whose_parse_root_is_not_a_verb_finishes(tmp_path) -> None:
    """AllSides 0DNyPRFErQc9IoB9 once sent speaker resolution into an endless climb up the parse
    (spaCy makes a new Token object per access, so ``head is not token`` never ended at the root)."""
    import subprocess
    import sys

    from conftest import need_shared

    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    script = (
        "import gzip, json, sys\n"
        "from newsdesk.article import Article\n"
        "from newsdesk.analyse import AnalyseStep, analysers\n"
        "from newsdesk.pipeline import INGEST_STEPS, run_steps\n"
        f"records = (json.loads(line) for line in gzip.open({str(corpus)!r}, 'rt'))\n"
        "record = next(r for r in records if r['ID'] == '0DNyPRFErQc9IoB9')\n"
        "article = run_steps([Article(path='x', raw_text=record['content_original'])], INGEST_STEPS)[0]\n"
        "article = next(iter(AnalyseStep(analysers())([article])))\n"
        "print(len(article.annotations['quotes']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 0


def test_a_source_phrase_keeps_the_object_of_its_preposition(nlp) -> None:
    """examples/002: the parse hangs "Kazakhstan" on the cue as a compound, which left the
    nominal source "my contacts in"; the object runs on to the cue (a preposition with no
    such object is left out, which no sentence of ours shows the parse making)."""
    text = (EXAMPLES / "002_1c9fd02a65801d55.txt").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if line.startswith("As my contacts in"))
    sentence = sentence[: sentence.index(". ") + 1]
    speakers = [speaker for _, speaker, cue in quote_triples(nlp, sentence) if cue == "indicate"]
    assert speakers == ["my contacts in Kazakhstan"]


#: A pronoun subject of a reporting verb passes over the subject of the content that verb
#: reports before it; cut down from AllSides 771d5059dcb6 (development set dev5) and
#: 2zbpBBnelbB5ZLUm (a verb of no speech).
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Trump’s critics say he’s using the WHO as a scapegoat for his administration’s own "
            "mismanagement of the crisis. The agency’s mistakes are in no way an excuse for the "
            "government’s inability to properly prepare for the virus’s inevitable emergence in "
            "the U.S., they argue.",
            "The agency’s mistakes",
            "Trump’s critics",
        ),
        (
            "Breyer noted that most voters simply ignore the warning notices. The number who "
            "don't vote or return notices far exceeds the number who actually have moved, he said.",
            "The number who",
            "Breyer",
        ),
        # ... but a verb of no speech keeps the subject of the clause before it
        (
            "“They're trying to pick people up for minor traffic violations,” says Nina Rabin, "
            "an immigration law professor.\n\nImmigration hard-liners not only disagree with "
            "that contention, they want even more aggressive enforcement. They say the current "
            "detention system is too lax.",
            "the current detention system",
            "Immigration hard-liners",
        ),
    ],
)
def test_a_pronoun_passes_over_the_subject_of_its_own_content(text, content, speaker) -> None:
    quotes = [q for q in _quotes_of(text) if q["text"].startswith(content)]
    assert [q["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("record_id", "opening", "speaker"),
    [
        ("SB836oyAe5edL3m2", "I am increasingly admiring", "Boris Johnson"),
        ("F31PVPcq5FkoaNYP", "Presidents are not kings", "Ketanji Brown Jackson"),
    ],
)
def test_a_bare_quotation_takes_the_maker_the_next_sentence_names(record_id: str, opening: str, speaker: str) -> None:
    """AllSides articles: "“…” These comments … were made last month by Boris Johnson" and
    "“…” Those words from a 120-page decision by US District Court Judge Ketanji Brown
    Jackson": the sentence after a bare quotation names it by a pointing noun of speech and
    gives its maker, who is its speaker (was nobody, and the speaker of an earlier cue)."""
    text = _allsides_text(record_id)
    paragraph = next(p for p in text.split("\n") if opening in p)
    found = find(_quotes_of(paragraph), opening)
    assert found is not None and found["speaker"] == speaker


def _allsides_text(record_id: str) -> str:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt") as lines:
        return next(r for r in map(json.loads, lines) if r["ID"] == record_id)["content_original"]


@pytest.mark.parametrize(
    ("record_id", "first", "opening", "speaker"),
    [
        # "they" after a group noun that the article names no further: the group in its words
        ("IUGqiSenOMsTEmSM", "Michael Brown’s family issued", "they are “profoundly", "Michael Brown’s family"),
        # a definite noun that heads an organisation's name named before it
        (
            "UqaHyDiAMH3mgzxX",
            "So the Intergovernmental",
            "the planet was at the edge",
            "Intergovernmental Panel on Climate Change",
        ),
        ("XcFylhrQIJnegjw9", "The Mayo Clinic, which", "it had informed Pence", "Mayo Clinic"),
        # ... but not one named many paragraphs before (another park, in a photo's caption)
        ("d5TNckTlVMv3Qo2i", "FILE - This Sept. 15", "it included information", "the park"),
        # "according to" an outlet whose name a record's noun heads: the outer level
        ("4iUOnf9RzUVyCOBH", "On Tuesday, the president-elect", "We're in a room", "New York Post"),
        ("iPhRW1uOWyDpZQ4W", "President Obama remarked", "I instituted higher", "National Post"),
        # a quotation that an owned noun of someone's words introduces, with no verb
        ("79z2NgcwSGayVkHx", "Here’s The New Yorker’s", "Boies personally signed", "New Yorker"),
        ("IUGqiSenOMsTEmSM", "Leaders, including", "All men are created equal", "Founding Fathers"),
    ],
)
def test_speakers_of_opinion_pages(record_id: str, first: str, opening: str, speaker: str) -> None:
    """AllSides opinion and news pages, from the sentence that names the speaker to the end of
    the paragraph that quotes them: who speaks in a group's "they", a re-mention by a name's
    head, a report an outlet passes on, and a quotation that a noun of speech introduces."""
    text = _allsides_text(record_id)
    start = text.index(first)
    end = text.find("\n", text.index(opening))
    found = find(_analysed_quotes(text[start : end if end >= 0 else len(text)]), opening)
    assert found is not None and found["speaker"] == speaker


#: Salon (quotes-dev9): a verb right after a quotation, before its named subject, reports the
#: quotation whatever the verb (quotative inversion); the parse read the subject as an object.
_INTERJECTED = (
    "\"We thought we wouldn't have a problem if we went to New York. We could just be "
    'ourselves," said Renata Hill.\n\n"That\'s not true," interjected her friend Terrain '
    'Dandridge. "That\'s where it happened to us."'
)


#: AllSides (outside the sets): a word the tagger took for a verb there, that the parse makes
#: the content of a speech verb after the name, gives that verb as the cue.
_RETIRED = (
    '"I thought I was watching a scene from something in Turkey, and not in the United '
    'States," retired Lt. Gen. Russel Honore, who commanded National Guard troops in New '
    "Orleans after Hurricane Katrina, told CNN's Anderson Cooper."
)


@pytest.mark.parametrize(
    ("text", "beginning", "speaker", "cue"),
    [
        (_INTERJECTED, "That's not true", "Terrain Dandridge", "interjected"),
        (_RETIRED, "I thought I was watching", "Russel Honore", "told"),
    ],
)
def test_an_inverted_reporting_clause_needs_no_lexicon_verb(text, beginning, speaker, cue) -> None:
    quote = find(_analysed_quotes(text), beginning)
    assert quote is not None and (quote["speaker"], quote["cue"]) == (speaker, cue)


#: Salon (quotes-dev9): "Dem." is an abbreviation whose full stop the tokenizer took for a
#: sentence's end; the name after it, no argument of a verb, is the speaker. A name that is
#: the subject of its own sentence after a full stop is not.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Every interview returns to a common theme. “If there was ever a national election,” "
            "said Dem. Senator Chuck Schumer, “This is it.” Trump's campaign is a dumpster fire.",
            "Chuck Schumer",
        ),
        (
            "Every interview returns to a common theme. “If there was ever a national election,” "
            "said Chuck Schumer. Senator Ted Cruz disagreed with him on Tuesday.",
            "Chuck Schumer",
        ),
    ],
)
def test_a_name_after_an_abbreviation_s_full_stop_speaks(text, speaker) -> None:
    quote = find(_analysed_quotes(text), "If there was ever")
    assert quote is not None and quote["speaker"] == speaker


#: quotes-dev9 (Salon, a news report, an NPR report): the cue's own subject where the parse
#: gives it the subject of another clause, and a description the next sentence names.
_ASIDE = (
    "And she blames the media. Political journalists, writes Clinton, \"can't bear to face "
    'their own role in helping elect Trump." Now, hearing a Democrat argue'
)
_WHILE = (
    "In the imposing state capitol that Huey Long built, the Senate Finance Committee was "
    "wrestling with a complicated cost-cutting scheme to repeal an inventory tax that "
    "businesses pay to local governments and that the state rebates to the businesses, all "
    "while promising to somehow make stressed-out local leaders whole."
)
_LATER = (
    "Hussein withdrew from the race and minutes later Blatter took to the stage to great "
    "applause. He got down to business, saying he wanted to expand beach soccer and leave the "
    "World Cup as it is."
)
_ADVISER = (
    'While the phrase "America First" was used in the 1940s by isolationists and '
    "anti-Semites, Trump's national security adviser says it shouldn't have that connotation "
    'today.\n\n"President Trump understands that \'America First\' does not mean America '
    'alone," H.R. McMaster told reporters last week.'
)


@pytest.mark.parametrize(
    ("text", "beginning", "speaker"),
    [
        # a reporting clause set off by commas inside what it reports: the name after it
        (_ASIDE, "can't bear to face", "Clinton"),
        # a free adjunct after a clause coordinated with a noun's clause: the main verb's subject
        (_WHILE, "to somehow make", "Senate Finance Committee"),
        # "and minutes later X took": a main clause the parse hung on the root, nearest first
        (_LATER, "he wanted to expand", "Blatter"),
        # a name's adviser whom the next sentence names as its subject
        (_ADVISER, "it shouldn't have", "H.R. McMaster"),
        # quotes-dev5 (a news report): "who" hung on a thing in a person's "of" phrase
        (
            "The move came less than two weeks after owner Dan Snyder, a boyhood fan of the "
            "team who once declared he would never get rid of the name, launched a review.",
            "he would never get rid",
            "Dan Snyder",
        ),
    ],
)
def test_the_cue_s_own_clause_gives_the_speaker(text, beginning, speaker) -> None:
    quote = find(_analysed_quotes(text), beginning)
    assert quote is not None and quote["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "beginning", "speaker"),
    [
        # a subject before its verb, no aside: the subject speaks, the name after it is heard
        ("Political journalists, he writes, can't bear to face their own role.", "Political", None),
        ("The plan, Jane Roe said, would fail.", "The plan", "Jane Roe"),
        # "who" after a person in the "of" phrase: that person
        (
            "Tom Reed, a friend of Jane Roe who once declared she would never leave, was there.",
            "she would never leave",
            "Jane Roe",
        ),
        # a description the article named before is not the next sentence's subject
        (
            "John Bolton, Trump's national security adviser, spoke on Monday. Trump's national "
            "security adviser says it shouldn't have that connotation today.\n\nH.R. McMaster "
            "told reporters last week that it does.",
            "it shouldn't have",
            "John Bolton",
        ),
    ],
)
def test_the_cue_s_own_clause_keeps_its_subject(text, beginning, speaker) -> None:
    quote = find(_analysed_quotes(text), beginning)
    assert quote is not None and quote["speaker"] == speaker


#: Who the subject phrase of a cue names, where the parse offers a word that is no speaker
#: (quotes 104; sentences after quotes-dev8 and quotes-dev9): a possessor inside the phrase
#: (the attorneys speak, not the family's member), an abstract object that an infinitive
#: hangs on (whoever takes pains assures), a participle the tagger read as a past tense (the
#: subject is the whole phrase), a relative pronoun hung on the main verb, the object of a
#: participle taken for an inverted subject, the author a "by" phrase names in "As the piece,
#: by X, details" (the tagger read the verb as a plural noun); with the readings that stay: a
#: name the title carries, a person the infinitive hangs on, "as" of time.
@pytest.mark.parametrize(
    ("text", "beginning", "speaker"),
    [
        (
            "Attorneys for Maria Lopez's family said Tuesday that the video showed the officer "
            "\"firing first.\"",
            "the video showed",
            "Attorneys for Maria Lopez's family",
        ),
        (
            "Director of National Intelligence James Clapper said the threat was \"real and "
            "growing.\"",
            "the threat was",
            "James Clapper",
        ),
        (
            "In an interview with the paper, Mayor Jane Roe takes pains to assure residents that "
            "the water is \"perfectly safe to drink.\"",
            "the water is",
            "Jane Roe",
        ),
        (
            "He hired a lawyer to argue that \"the contract was void from the start.\"",
            "the contract was void",
            "a lawyer",
        ),
        (
            "In 2014 almost half of the economists and other experts interviewed for a research "
            "study said that they \"expect robots to displace many workers.\"",
            "they",
            "almost half of the economists and other experts",
        ),
        (
            "Do we start with St. Thomas More, who, in 1516, said that \"provid[ing] everyone "
            "with some means of livelihood\" would cut down on crime? Or do we take a cue from "
            "Yang?",
            "\"provid[ing]",  # the mixed clause the quotation opens, with its opening mark
            "St. Thomas More",
        ),
        (
            "BET news host Jeff Johnson went on CNN’s “Larry King Live” noting the truth that "
            "such elections tend “to be a referendum against the ruling party.” That fact was "
            "certainly downplayed this week.",
            "to be a referendum",
            "Jeff Johnson",
        ),
        (
            "As the piece, by Jane Roe, details, “The foundation spread money across the "
            "political spectrum, to unions and business groups alike.”",
            "The foundation spread money",
            "Jane Roe",
        ),
        (
            "As the fight continues, “we will not give up,” the mayor said.",
            "As the fight continues",
            "the mayor",
        ),
    ],
)
def test_the_subject_phrase_names_the_speaker(text, beginning, speaker) -> None:
    quote = find(_quotes_of(text), beginning)
    assert quote is not None and quote["speaker"] == speaker


# -- block quotations with no marks and the follow-up's turn (quotes 117) -------------------------

BOYCOTT = (
    "Charles Cunningham Boycott was the land agent of an absentee landlord in County Mayo. "
    "Common people were pressured not to even speak to him. He complained bitterly in a "
    "letter to newspapers in Great Britain:\n\nMy herd has been frightened by them into giving "
    "up his employment, though he has refused to give up the house he held from me as part of "
    "his emolument. My blacksmith has received a letter threatening him with murder if he does "
    "any more work for me.\n\nProtestant farmers were brought in from Ulster by the government "
    "to break the power of this social strike against Boycott."
)


def test_a_reporting_clause_s_colon_introduces_a_block_with_no_marks() -> None:
    """Reason: a lead-in whose speech verb reports nothing of its own introduces the
    paragraph after it, the block quotation a page indents, not the narration after that."""
    quotes = _analysed_quotes(BOYCOTT)
    block = find(quotes, "My herd has been frightened")
    assert block is not None
    assert (block["speaker"], block["cue"], block["direct"]) == ("Charles Cunningham Boycott", "complained", True)
    assert block["text"].endswith("any more work for me")  # the paragraph, not its full stop
    assert find(quotes, "Protestant farmers") is None


@pytest.mark.parametrize(
    "text",
    [
        # no speech verb: a list after a lead-in
        "If we want 2020 to be better, here are some lessons everyone should heed:\n\n1. We have "
        "no idea where full employment is.",
        # page furniture
        "The state faces a budget hole of $1.6 billion.\n\nAdvertisement:\n\nIt's not just the "
        "Democrats who are bristling. It's many a Republican.",
        # a speech verb with a content of its own: the paragraph after is no report of it
        "The chairman noted that the committee was not satisfied with the answers:\n\nThe "
        "committee meets again on Monday to hear the remaining witnesses.",
    ],
)
def test_a_paragraph_after_a_colon_is_no_block_without_a_reporting_clause(text) -> None:
    lead_end = text.rindex(":\n\n") + 3
    assert [q for q in _analysed_quotes(text) if q["start"] >= lead_end] == []


def test_a_bare_quotation_after_another_actor_s_narration_is_no_follow_up() -> None:
    """A bare quotation goes on with the speaker before only while the narration between
    them has no other person or organisation acting; one about a thing keeps the turn."""
    other = (
        "“We will fight this,” Senator Jane Roe said on Tuesday.\n\nThe Department of Justice "
        "has been holding people far longer as arrivals spiked last year.\n\n“We write with "
        "urgency.”"
    )
    same = other.replace("The Department of Justice has been holding people far longer as "
                         "arrivals spiked last year.", "The bill passed the Senate in May.")
    assert find(_quotes_of(other), "We write with urgency")["speaker"] is None
    assert find(_quotes_of(same), "We write with urgency")["speaker"] == "Jane Roe"


def test_a_fragment_in_a_clause_of_a_named_actor_is_the_actor_s() -> None:
    """NewsBusters: the sentence's subject names no one, the clause holding the fragment names
    its actor; the fragment is not the previous speaker's by turn."""
    text = (
        "“Every single American will be watching,” NBC correspondent Kasie Hunt said on "
        "Sunday.\n\nThe media deserved all the criticism they got over their hypocrisy and "
        "that’s why Chuck Todd bemoaned how “every social media debate devolves into "
        "whataboutism.”"
    )
    assert find(_quotes_of(text), "every social media debate")["speaker"] == "Chuck Todd"
