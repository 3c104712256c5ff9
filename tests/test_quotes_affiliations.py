"""The organisation a speaker's description names, on passages written for the tests in news
style (role and affiliation as docs/attribution-rules.md gives them): the name after a word
of its kind past the words that describe it, an organisation's name before an occupation,
a name joined by an ampersand, and the British parties by their members' words. Each rule
has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes
from newsdesk.quotes.description import party_in_words
from newsdesk.quotes.roles import describe

#: (text, name, role, affiliation)
STATED = [
    # the name after its kind's word, past the words that describe it
    ("“It misled voters,” said Jane Doe, chief executive of the London-based fact-checking "
     "website Harbor Fact.", "Jane Doe", "chief executive", "Harbor Fact"),
    ("“They need more games,” said Jane Doe, research director of gaming at tech market "
     "research firm Harbor Data.", "Jane Doe", "research director of gaming", "Harbor Data"),
    ("“It is fine,” said Jane Doe, an analyst at the investment bank Harbor Securities.",
     "Jane Doe", "analyst", "Harbor Securities"),
    # ... right after the name, a kind of organisation's word after an article, no day after it
    ("“It is fine,” said Jane Doe at the hospital Monday.", "Jane Doe", None, None),
    # ... a name that opens with a month's or a day's word is a name where the parse reads
    # no date
    ("“It is fine,” said Jane Doe of the venture firm August Capital.", "Jane Doe", None,
     "August Capital"),
    ("“It is fine,” said Jane Doe of the newspaper Sunday Times.", "Jane Doe", None,
     "Sunday Times"),
    ("“It is fine,” said Jane Doe, an editor at the newspaper Sunday Times.", "Jane Doe",
     "editor", "Sunday Times"),
    # ... none where no kind's word before a name follows the preposition (a later sentence's
    # or paragraph's names are no part of the phrase)
    ("“It is a shame,” said Jane Doe of the closure. The company Harbor Mills said it had no "
     "choice.", "Jane Doe", None, None),
    ("“It was a shock,” said Jane Doe at 3 p.m. The company Harbor Insights said nothing.",
     "Jane Doe", None, None),
    ("“We lost,” said Jane Doe for the second time this year. The company Harbor Insights "
     "declined to comment.", "Jane Doe", None, None),
    ("“We are thrilled,” said Jane Doe with a laugh.\n\nThe group Harbor Watch disagreed.",
     "Jane Doe", None, None),
    ("“I loved it,” said Jane Doe for years until she sold her company Harbor Insights.",
     "Jane Doe", None, None),
    # ... nor with no article before the kind's word, or a possessive's
    ("“They cheated,” said Jane Doe of rival firm Harbor Insights.", "Jane Doe", None, None),
    ("“It is fine,” said Jane Doe with partner firm Harbor Capital.", "Jane Doe", None, None),
    ("“It is fine,” said Jane Doe at rival company Harbor's headquarters.", "Jane Doe", None,
     None),
    ("“I loved it,” said Jane Doe of her old company Harbor Insights.", "Jane Doe", None, None),
    ("“It is fine,” said Jane Doe with Tom Smith’s firm Harbor Capital.", "Jane Doe", None,
     None),
    # ... in a role phrase, past initials that describe it
    ("“It is fine,” said Jane Doe, a fellow at the U.S. think tank Harbor Institute.",
     "Jane Doe", "fellow", "Harbor Institute"),
    # ... a capitalised word after the preposition is the name as before
    ("“It is fine,” said Jane Doe, a senior fellow at the Harbor Institute.", "Jane Doe",
     "senior fellow", "Harbor Institute"),
    # an organisation's name that ends with its kind's word before an occupation
    ("“It would hurt growth,” said Jane Doe, a Harbor State University political scientist.",
     "Jane Doe", "political scientist", "Harbor State University"),
    # ... a kind's word alone is no name, nor a place before an occupation
    ("“It is bad,” said Jane Doe, a retired Army colonel and commentator.", "Jane Doe",
     "retired Army colonel and commentator", None),
    ("“It is fine,” said Jane Doe, a New York lawyer.", "Jane Doe", "New York lawyer", None),
    # a relative clause whose verb says the person leads an organisation named after it
    ("“Tariffs have helped,” said Jane Doe, who heads the Alliance for Harbor Manufacturing, "
     "a group that backs them.", "Jane Doe", None, "Alliance for Harbor Manufacturing"),
    # ... not a name that goes on in lower case, nor what is no name
    ("“We are losing,” said Jane Doe, who runs the Harbor institute.", "Jane Doe", None, None),
    ("“We are winning,” said Jane Doe, who leads the fight against the plan.", "Jane Doe", None, None),
    # ... only where nothing else names the person's organisation
    ("“It hurts,” said Harbor Bank Chief Executive Jane Doe, who chairs the Business Roundtable, "
     "in a memo.", "Jane Doe", "Chief Executive", "Harbor Bank"),
    # an apposition headed by an office with a relative clause after it, a verb in the clause
    ("Senator Jane Doe of Ohio, the Republican chairman of the panel that will act on the bill, "
     "said it was late.", "Jane Doe", "Republican chairman of the panel", "Republican Party"),
    # a country's initials by the gazetteer's name, with or without their full stops
    ("“It is illegal,” said US Secretary of State Jane Doe.", "Jane Doe", "Secretary of State",
     "United States"),
    ("“It is illegal,” said Jane Doe, the U.S. ambassador to the European Union.", "Jane Doe",
     "ambassador to the European Union", "United States"),
    # ... an organisation's initials as written
    ("“It is illegal,” said FBI Director Jane Doe.", "Jane Doe", "Director", "FBI"),
    # an organisation's name set off by a comma after a role that names none
    ("“We see growth coming back,” said Jane Doe, Director, Harbor Securities.", "Jane Doe",
     "Director", "Harbor Securities"),
    # ... a place there is none
    ("“We see growth coming back,” said Jane Doe, a teacher, Texas.", "Jane Doe", "teacher", None),
    # an adverb of time hyphened onto a title is no word of the office or the organisation
    ("“We will ban it,” said then-Harbor City Mayor Jane Doe.", "Jane Doe", "Mayor", "Harbor City"),
    ("“It was careless,” then-FBI Director Jane Doe said.", "Jane Doe", "Director", "FBI"),
    ("“It was careless,” said then-Secretary of State Jane Doe.", "Jane Doe", "Secretary of State", None),
    # the British parties by their members' words, a two-word name before its second word's
    ("“We will fight,” said Liberal Democrat leader Jane Doe.", "Jane Doe", "leader", "Liberal Democrats"),
    ("“We will fight,” said Jane Doe, the Liberal Democrat leader.", "Jane Doe", "leader",
     "Liberal Democrats"),
    ("“We will fight,” said Tory leader Jane Doe.", "Jane Doe", "leader", "Conservative Party"),
    ("“We will fight,” said Labour leader Jane Doe.", "Jane Doe", "leader", "Labour Party"),
    # ... the American parties' words as before
    ("“We will fight,” said Democratic leader Jane Doe.", "Jane Doe", "leader", "Democratic Party"),
    # ... a party's word only capitalised, and not inside a longer name or another nation's
    ("“We need more,” said labour union leader John Brown.", "John Brown",
     "labour union leader", None),
    ("“We will win,” said Jane Smith, a labour lawyer.", "Jane Smith", "labour lawyer", None),
    ("“We will win,” said India's labour minister Bhupender Yadav.", "Bhupender Yadav",
     "labour minister", "India"),
    ("“We will win,” said Labour Department spokeswoman Jane Smith.", "Jane Smith",
     "spokeswoman", "Labour Department"),
    ("“We will win,” said Labour Day organiser Jane Smith.", "Jane Smith", "organiser", "Labour Day"),
    ("“We will fight,” said Democratic Ohio Rep. Jane Doe.", "Jane Doe", "Ohio Rep.",
     "Democratic Party"),
    ("“We lost,” said Canadian Tory leader Erin O'Toole.", "Erin O'Toole", "leader", "Canadian Tory"),
    # ... a given name that ends as a nation's adjective does is no nation
    ("“We will fight,” said Dean Labour leader Jane Doe.", "Jane Doe", "Dean leader",
     "Labour Party"),
    ("“It's a shame,” said Liberal Democratic Party lawmaker Taro Kono.", "Taro Kono",
     "lawmaker", "Liberal Democratic Party"),
    # ... a relative clause's leader of a person, a place or an event names no organisation
    ("“He is ahead,” said John Roe, who leads Trump in the polls.", "John Roe", None, None),
    ("“He is ahead,” said Nikki Haley, who leads Biden in Iowa.", "Nikki Haley", None, None),
    ("“We lost,” said John Roe, who oversees China and Russia.", "John Roe", None, None),
    ("“It helps,” said John Roe, who runs the Boston Marathon in April.", "John Roe", None, None),
    ("“We lost,” said John Roe, who leads Democrats in the Senate.", "John Roe", None, None),
    # ... a name set off mid-list is no organisation set off after a role
    ("“It was rigged,” said Jane Doe, Director, Research, Harbor Securities.", "Jane Doe",
     "Director", None),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), STATED)
def test_role_and_affiliation_of_a_description(text, name, role, affiliation) -> None:
    start = text.index(name)
    stated = describe(text, start, start + len(name), doc=load_pipeline()(text))
    assert (stated.role, stated.affiliation) == (role, affiliation)


#: (text, the nominal source's affiliation): an organisation's name joined by "&" is whole
AMPERSANDS = [
    ("“We are sorry,” said lawyers for Johnson & Johnson.", "Johnson & Johnson"),
    ("“It is fine,” said analysts at Standard & Poor's.", "Standard & Poor"),
    ("“We are sorry,” said lawyers for Harbor Bank.", "Harbor Bank"),
    # a party's word before a nominal source's noun is the party, as in a title
    ("“We lost,” said a Labour spokesman.", "Labour Party"),
]


@pytest.mark.parametrize(("text", "affiliation"), AMPERSANDS)
def test_a_nominal_source_is_placed_at_the_whole_name(text, affiliation) -> None:
    article = Article(path="t.txt", raw_text=text, text=text)
    quotes = extract_quotes(load_pipeline()(text), article)
    assert [q["affiliation"] for q in quotes] == [affiliation]


@pytest.mark.parametrize(
    ("words", "party"),
    [
        (["Sean", "Labour", "MP"], "Labour Party"),
        (["Ian", "Labour", "MP"], "Labour Party"),
        (["MacLean", "Labour", "MP"], "Labour Party"),
        (["Canadian", "Tory", "MP"], None),
        (["Israeli", "Labour", "MP"], None),
    ],
)
def test_a_british_partys_word_after_a_nations_adjective(words, party) -> None:
    named = party_in_words(words)
    assert (named[0] if named else None) == party
