"""Whose words a participle and a quoted fragment are (quotes 114), on sentences of the
development sets, the GGT set and the judged draws, with their negative cases: an *-ing*
participle right after the object of a verb of perception, finding or leaving predicates of
that object; a free adjunct after a small clause of perception is the small clause's subject's;
a finite verb the parse gave no subject has the name hung just before it; a gerund after *be*
whose subject is an owned act is the owner's; a quoted fragment in a clause of speech, of
regarding or a relative clause is that clause's subject's; a bare quotation after a paragraph
of narration that is someone's account (*as X details*) goes on with that account; an *-ing*
participle right after the object of a preposition that takes a clause with a subject (an
absolute *with* set off from its clause, *despite*, *following*, a noun's *of*) is the object's
(quotes 131). Short passages written for the tests, in news style, give the negative cases: an
object that cannot speak (a meeting, a place), a person the narration only names (in a time
clause, a relative clause, as an object), a verb of regarding out of its frame of regarding
(``cast "…"``).
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: quotes-dev7 (a news report), the GGT set (a news report), a judged column each.
_LEFT = (
    "Benjamin’s ouster left fans of the Intellectual Dark Web urging other personalities like "
    "Rubin and Peterson to quit Patreon, too. But their options are limited."
)
_SHOW = (
    "Video released by police appeared to show officers arriving at the protest zone saying "
    "they wanted to get to the victim and entering as people yelled that the victim was already "
    "gone."
)
_COMPARED = (
    "In addition to alleging that Democrats support “the wanton extermination of children "
    "already born” -- a false talking point that has been circulating among right-wing media, "
    "anti-abortion groups, and other conservative figures -- Laura Ingraham also compared Planned "
    "Parenthood to Nazi Germany, claiming that “Hitler, just like Planned Parenthood, practiced "
    "and defended mass extermination.”"
)
_HEARD = (
    "During their spotlight moment, we heard Rep. Ayanna Pressley refuse to acknowledge the "
    "Trump presidency, calling him merely “the occupant of the White House.” Rep. Omar recoiled."
)
_WHOSE = (
    "Libby and others in the Bush administration put Plame’s life at risk in a move calculated to "
    "get revenge on Plame’s husband, Joe Wilson, whose crime was revealing that “one of the big "
    "claims used to justify the war in Iraq” was absolute bullshit."
)
#: quotes-dev2 (a news report), a judged news report and a judged column.
_VIEWS = (
    "Among those values is privacy, which Apple views as \"a fundamental human right\" and "
    "embeds into its products."
)
_WHO_SAID = (
    "The former governor took what appeared to be a light-hearted dig at first lady Michelle "
    "Obama, who said while being heckled at a fundraiser this month, \"One of the things I don't "
    "do well is this.\""
)
#: quotes-dev9 (a column): a paragraph of narration whose last sentence is an account "as X
#: details" before a bare quotation opening the next paragraph.
_AS_DETAILS = (
    "Standards are not a new idea. Until now.\n\nAs the piece, by Lyndsey Layton, details, "
    "Gates’ money helped unite disparate interests behind a single policy in an incredibly short "
    "amount of time.\n\n\"The Gates Foundation spread money across the political spectrum, to "
    "entities including the big teachers unions.\"\n\nWhat has seemed most troubling is the "
    "close association."
)

#: Written for the tests: a paragraph of narration, then a bare quotation opening the next.
_AFTER = (
    "The results are in.\n\n{}\n\n\"This is the worst quarter in a decade. Nobody saw it "
    "coming.\""
)
_WORST = "This is the worst quarter"

#: A judged news report: a parenthetical whose object *it* stands for what its sentence tells
#: makes the narration Clinton's account, after a quotation of her critics.
_TELL_IT = (
    "In any event, a review of her years traveling the globe as secretary of state during "
    "President Obama's first term gives her the chance to define her accomplishments even as her "
    "Republican critics ask, \"What achievements?\"\n\nHere are some interview highlights:\n\n"
    "Her accomplishments: To hear Clinton tell it, she helped rebuild the U.S. image in the world "
    "after the George W. Bush administration badly mangled it.\n\n\"The most important thing I "
    "did was to help restore America's leadership in the world.\""
)

#: (text, the content's first words, its speaker)
CASES = [
    (_LEFT, "to quit Patreon", "fans of the Intellectual Dark Web"),
    (_SHOW, "they wanted to get", "officers"),
    (_COMPARED, "Hitler, just like", "Laura Ingraham"),
    (_HEARD, "the occupant of the White House", "Pressley"),
    (_WHOSE, "one of the big claims", "Joe Wilson"),
    (_VIEWS, "a fundamental human right", "Apple"),
    (_WHO_SAID, "One of the things", "Michelle Obama"),
    (_AS_DETAILS, "The Gates Foundation", "Lyndsey Layton"),

    # set off by a comma, the participle after an object is the subject's free adjunct
    ("Police arrested a man outside the stadium, saying he had threatened the players.",
     "he had threatened", "Police"),
    ("Jane Roe left the room, saying she \"would be back.\"", "she", "Jane Roe"),
    # an owned noun that can speak keeps its words
    ("The mayor, whose spokesman was saying that the plan “would fail,” stayed home.",
     "the plan", "spokesman"),
    # a copula's subject is what the fragment describes: the sentence's subject holds it
    (
        "Jane Roe also skipped the inauguration because she didn't believe John Doe was \"the "
        "true elected president.\"",
        "the true elected president",
        "Jane Roe",
    ),

    # written for the tests, in news style: a participle after an object that cannot speak (a
    # meeting, a place) stays the verb's subject's
    ("Senator John Smith left the meeting saying that the talks had failed and that he would "
     "not return.", "the talks had failed", "John Smith"),
    ("Senator John Smith left Moscow saying that the talks had failed.", "the talks had failed",
     "John Smith"),
    # a verb of regarding with the fragment in its "as" phrase: its subject's view
    ("The markets rallied because Jane Roe treated the crisis as \"the greatest threat of our "
     "time\" in her speech.", "the greatest threat of our time", "Jane Roe"),
    # a narration whose main clause reports a clause is an account: the quotation after it goes on
    (_AFTER.format("At current rates, analyst John Smith said, the company will lose money."),
     _WORST, "John Smith"),
    (_TELL_IT, "The most important thing", "Clinton"),

    # AllSides reports and columns: an -ing participle right after the object of a preposition
    # that takes a clause with a subject (an absolute, a gerund with its subject, an "of"
    # phrase) is that object's, however the parse hung it
    ("But both GOP leaders have pushed back against inviting Russian President Vladimir Putin "
     "to the Capitol, following President Donald Trump saying he planned to invite the Russian "
     "to Washington.", "he planned to invite", "Donald Trump"),
    ("Paul has been one of the few voices from either party urging the United States to engage "
     "Russia despite the intelligence community concluding that Russians hacked Democratic "
     "officials.", "Russians hacked", "the intelligence community"),
    ("Neither correspondent shared a soundbite of Baier explaining how “this audience has a lot "
     "of Democrats in it.”", "this audience has", "Baier"),
    ("President Donald Trump did not attend. Although his resignation was not accepted, the "
     "wedge between Trump and his attorney general has only widened, with the president last "
     "summer publicly rebuking his attorney general as \"beleaguered\" and \"weak.\"",
     "beleaguered", "Donald Trump"),
    # a judged article: "with" that a noun takes (a meeting with someone) opens no absolute
    ("In the summer of 2016, Paul Manafort — who had just been hired to the Trump campaign — was "
     "caught on tape at a meeting with Republican National Committee members saying of Mr. "
     "Trump, “the part he’s been playing is evolving.”", "the part he", "Paul Manafort"),
    # written for the tests: after such a preposition a noun that cannot speak (a meeting)
    # leaves the participle to the clause's subject, and a participle set off by a comma
    # closes the clause and is its subject's
    ("Senator John Smith returned from Moscow after the meeting saying that the talks had "
     "failed.", "the talks had failed", "John Smith"),
    ("Senator John Smith met with the ambassador, saying that the talks had failed.",
     "the talks had failed", "John Smith"),
    # written for the tests: "before" of a place (in front of) is no clause's opener, the
    # participle stays the verb's subject's; a thing that cannot speak leaves the clause's
    # subject
    ("The chief executive testified before the Senate Judiciary Committee saying that the "
     "company had done nothing wrong.", "the company had done nothing wrong",
     "The chief executive"),
    ("Protesters gathered amid signs saying that the war must end.", "the war must end",
     "Protesters"),
]


#: (text, the content's first words): no speaker, the words of no one the text names.
NO_SPEAKER = [
    # a person the narration only names is giving no account: in a time clause with a speech
    # verb that reports nothing, in a relative clause, as an object
    (_AFTER.format("Shares fell after analyst John Smith warned of weak demand."), _WORST),
    (_AFTER.format("Prices rose in the month that analyst John Smith announced his retirement."),
     _WORST),
    (_AFTER.format("The company hired analyst John Smith last year to review its books."), _WORST),
    (_AFTER.format("Shares fell after analyst John Smith told it to reporters."), _WORST),
    # a verb of regarding out of its frame of regarding ("cast a vote", "saw a light") holds no
    # view: the fragment is no one's the text says
    ("The markets rallied because Jane Roe cast \"a vote for the future of our children\" in the "
     "Senate.", "a vote for the future"),
    ("The markets rallied because Jane Roe saw \"a light at the end of the tunnel for all of "
     "us\" in the report.", "a light at the end"),
    # written for the tests: the "of" of a compound preposition is no noun's ("in front of",
    # "on behalf of"), its object no participle's subject
    ("He stood in front of Trump saying that the election was rigged.",
     "the election was rigged"),
    ("She spoke on behalf of the company saying that the plant would close.",
     "the plant would close"),
]

#: (text, the content's first words, a word of the text that is not its speaker, the speakers
#: found for the content): a noun that names no person nor organisation, plural or not, leaves
#: the clause's subject (as ``amid signs saying`` above); the one an action's "of" names is
#: no speaker, and the participle then reports no one's words.
NOT_SPEAKER = [
    ("Stocks fell amid fears saying that the bank would fail.", "the bank would fail", "fears",
     ["Stocks"]),
    ("Stocks fell amid rumors saying that the bank would fail.", "the bank would fail",
     "rumors", ["Stocks"]),
    ("Police arrived after the shooting of a man saying that he had been robbed.",
     "he had been robbed", "a man", []),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    found = speaker_of(text, content)
    assert found, f"no attribution opens with {content!r}"
    assert all(s is not None and speaker in s for s in found), found


@pytest.mark.parametrize(("text", "content"), NO_SPEAKER)
def test_no_speaker(text: str, content: str) -> None:
    found = speaker_of(text, content)
    assert found, f"no attribution opens with {content!r}"
    assert found == [None] * len(found), found


@pytest.mark.parametrize(("text", "content", "word", "speakers"), NOT_SPEAKER)
def test_not_speaker(text: str, content: str, word: str, speakers: list[str]) -> None:
    found = speaker_of(text, content)
    assert found == speakers, found
    assert all(s is None or word not in s for s in found)
