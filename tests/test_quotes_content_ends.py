"""Where a content starts and ends (docs/attribution-rules.md, Spans): a lead-in before a
quotation, a participle after the reported clause, a verb joined to an infinitive content and
a contrast after a dash. Sentences from news texts of the AllSides and Scrapinghub sets."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes


def _contents(text: str) -> list[str]:
    article = Article(path="t.txt", raw_text=text, text=text)
    return [quote["text"] for quote in extract_quotes(load_pipeline()(text), article)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a colon or a dash before a quotation that runs to the reporting clause ends the
        # writer's lead-in: the content is the quotation
        (
            "Yet Sondland has already amended his testimony once — “I now do recall,” he said, "
            "talking to Ukraine about investigations.",
            ["I now do recall,"],
        ),
        (
            'Instead, Blatter tried to distance himself from the alleged corruption: "I cannot '
            'monitor everyone all of the time," he said.',
            ["I cannot monitor everyone all of the time,"],
        ),
        # no quotation after the colon: the clause after it, as before
        (
            "The reason was simple: the plan would cost far too much money, the mayor said.",
            ["the plan would cost far too much money"],
        ),
        # a participle the parse hangs on the content's verb goes on with the content
        (
            "A separate rear-mounted electric motor powers the rear wheels when needed. Toyota "
            "says the battery is mounted under the floor, giving the SUV a lower center of "
            "gravity and improving its handling.",
            ["the battery is mounted under the floor, giving the SUV a lower center of gravity "
             "and improving its handling"],
        ),
        (
            "Trump has complained that only a handful of NATO countries are making the necessary "
            "investments in their own defense, forcing the U.S. to spend more.",
            ["only a handful of NATO countries are making the necessary investments in their own "
             "defense, forcing the U.S. to spend more"],
        ),
        # ... but a participle of speech is the source's next report, or tells how it spoke
        (
            "The mayor said the city would appeal the ruling, adding that the numbers did not "
            "add up.",
            ["the city would appeal the ruling", "the numbers did not add up"],
        ),
        (
            "Police said such an arrest had been made, citing law enforcement sources.",
            ["such an arrest had been made"],
        ),
        (
            "Secretary of State Mike Pompeo said the U.S. is doing everything in its power to "
            "rescue a 26-year-old woman held by the Islamic State, speaking in a wide-ranging "
            "interview also covering football and the economy.",
            ["the U.S. is doing everything in its power to rescue a 26-year-old woman held by "
             "the Islamic State"],
        ),
        # ... and so does any participle after a quotation's closing mark
        (
            "Wang Wenbin, spokesman for the Chinese Foreign Ministry, said Friday that “China "
            "supports all efforts which will help the Kazakh authorities to restore calm as soon "
            "as possible”, refraining from any commitment to intervene.",
            ["China supports all efforts which will help the Kazakh authorities to restore calm "
             "as soon as possible"],
        ),
        # the subordinator of an adverbial clause that opens the content is part of it; only
        # *that* is left out
        (
            "The president said if Clinton wins North Carolina, she'll win the election.",
            ["if Clinton wins North Carolina, she'll win the election"],
        ),
        (
            "Bush told CNN's State of the Union in a recent interview that while he has not seen "
            "the report, he defends the CIA's actions.",
            ["while he has not seen the report, he defends the CIA's actions"],
        ),
        (
            "She said she would resign if the board approved the plan.",
            ["she would resign if the board approved the plan"],
        ),
        # a verb joined to an infinitive content goes on with it, in any form: the tagger
        # reads a bare form as another verb's past (*lay* as *lie*'s), so no form tells the
        # source's next act from the infinitive's own second verb
        (
            "The step was a setback for the President who has imposed steel and aluminum tariffs "
            "on US allies in Europe, repeatedly threatened to slap a 25% tariff on European cars "
            "imports and blasted the European Union in public.",
            ["to slap a 25% tariff on European cars imports and blasted the European Union in "
             "public"],
        ),
        (
            "The company threatened to close the plant and lay off 500 workers.",
            ["to close the plant and lay off 500 workers"],
        ),
        (
            "The pope urged leaders to end the fighting and lay down their arms.",
            ["to end the fighting and lay down their arms"],
        ),
        (
            "The company vowed to cut costs and lay off 500 workers by March.",
            ["to cut costs and lay off 500 workers by March"],
        ),
        (
            "Senator Jones promised to protect the program and expand it to every county in the "
            "state.",
            ["to protect the program and expand it to every county in the state"],
        ),
        (
            "Trump maintained that while he had indeed consented to a meeting, he didn’t view "
            "this as a concession and thought it was as beneficial to the United States as it "
            "was for North Korea.",
            ["while he had indeed consented to a meeting, he didn’t view this as a concession "
             "and thought it was as beneficial to the United States as it was for North Korea"],
        ),
        (
            "The party leaders threatened to quit the coalition and shut down the government "
            "next week.",
            ["to quit the coalition and shut down the government next week"],
        ),
        (
            "Officials threatened to close the border and hit Mexico with tariffs on all goods.",
            ["to close the border and hit Mexico with tariffs on all goods"],
        ),
        (
            "The coach promised to play the young players and put them in the starting lineup.",
            ["to play the young players and put them in the starting lineup"],
        ),
        (
            "The party threatened to walk out of the talks and cut off all contact with the "
            "government.",
            ["to walk out of the talks and cut off all contact with the government"],
        ),
        (
            "The mayor vowed to fight corruption and set up a new agency to police contracts.",
            ["to fight corruption and set up a new agency to police contracts"],
        ),
        (
            "The minister threatened to resign and blasted the prime minister in public.",
            ["to resign and blasted the prime minister in public"],
        ),
        (
            "Trump was accused of asking China to investigate Biden, and egging on Giuliani in "
            "his search for dirt.",
            ["to investigate Biden, and egging on Giuliani in his search for dirt"],
        ),
        # a lead-in that holds a quotation is the source's too; a spaced hyphen is a dash
        (
            '"Our plan is simple" — "cut taxes and grow the economy," the governor said.',
            ['"Our plan is simple" — "cut taxes and grow the economy,"'],
        ),
        (
            '"It\'s a simple choice": "jobs or no jobs," the senator said.',
            ['"It\'s a simple choice": "jobs or no jobs,"'],
        ),
        (
            'The team has a new motto - "never give up on the season," the coach said.',
            ["never give up on the season,"],
        ),
        # a possessive's apostrophe or a word in single marks opens no quotation in the lead-in
        (
            'The workers\' leader was blunt: "We will not pay a cent to these people," he said.',
            ["We will not pay a cent to these people,"],
        ),
        (
            'The workers’ leader was blunt: "We will not pay a cent to these people," he said.',
            ["We will not pay a cent to these people,"],
        ),
        (
            'Smith was blunt about the \'deal\': "We will not pay a cent to these people," he '
            "said.",
            ["We will not pay a cent to these people,"],
        ),
        (
            "Smith was blunt about the ‘deal’: “We will not pay a cent to these people,” he said.",
            ["We will not pay a cent to these people,"],
        ),
        # a participle after a comma and a closing mark, in either order and after ’ too
        (
            "Wang said Friday that ‘China supports all efforts to restore calm as soon as "
            "possible’, refraining from any commitment to intervene.",
            ["China supports all efforts to restore calm as soon as possible"],
        ),
        (
            "Wang said Friday that “China supports all efforts to restore calm as soon as "
            "possible,” refraining from any commitment to intervene.",
            ["China supports all efforts to restore calm as soon as possible,"],
        ),
        (
            'Wang said Friday that "China supports all efforts to restore calm as soon as '
            'possible," refraining from any commitment to intervene.',
            ["China supports all efforts to restore calm as soon as possible,"],
        ),
        # ... whatever the participle's own words hold (a possessive, a word quoted from others)
        (
            "Wang said Friday that “China supports all efforts to restore calm as soon as "
            "possible,” refraining from any commitment to the islands' defense.",
            ["China supports all efforts to restore calm as soon as possible,"],
        ),
        (
            "Wang said Friday that “China supports all efforts to restore calm as soon as "
            "possible,” refraining from what the papers called “intervention.”",
            ["China supports all efforts to restore calm as soon as possible,", "intervention"],
        ),
        # a closing single mark at the cut stays with its opening one
        (
            "The president said the economy was ‘very strong’, sending shares higher on Wall "
            "Street.",
            ["the economy was ‘very strong’"],
        ),
        # a straight mark after the comma that opens a quotation closes none, as “ does not;
        # nor does a mark inside a parenthesis before the comma
        (
            'The president said the economy was strong, "sending a clear signal to investors '
            'around the world."',
            ['the economy was strong, "sending a clear signal to investors around the world."'],
        ),
        (
            "The president said the economy was strong, “sending a clear signal to investors "
            "around the world.”",
            ["the economy was strong, “sending a clear signal to investors around the world.”"],
        ),
        (
            "The mayor said the city would close the park (“for now”), forcing drivers to take "
            "long detours.",
            ["the city would close the park (“for now”), forcing drivers to take long detours"],
        ),
        # a participle of result the parse hangs on the content's verb is part of it, as the
        # development sets' gold reads it (``…, making Sinema the senior Senator``)
        (
            "Apple said revenue fell 10 percent in the quarter, sending its shares down 5 "
            "percent in late trading.",
            ["revenue fell 10 percent in the quarter, sending its shares down 5 percent in late "
             "trading"],
        ),
        (
            "Police said three more people died overnight, bringing the death toll to 15.",
            ["three more people died overnight, bringing the death toll to 15"],
        ),
        (
            "The governor said the state would reopen schools next month, making it the first "
            "state in the region to do so.",
            ["the state would reopen schools next month, making it the first state in the region "
             "to do so"],
        ),
        (
            "The minister said the economy grew 3 percent last year, echoing remarks by the "
            "central bank governor.",
            ["the economy grew 3 percent last year, echoing remarks by the central bank governor"],
        ),
        (
            "The firm said profits rose sharply in the quarter, beating analysts' expectations "
            "by a wide margin.",
            ["profits rose sharply in the quarter, beating analysts' expectations by a wide "
             "margin"],
        ),
        (
            "The governor said the state would reopen schools next month, reversing a decision "
            "he made in March.",
            ["the state would reopen schools next month, reversing a decision he made in March"],
        ),
        # *but* after a dash, a spaced hyphen too, turns to the writer's own clause
        (
            "Most voters said the plan was fair - but the court disagreed with them on every "
            "point.",
            ["the plan was fair"],
        ),
        # the subordinator that opens a noun cue's content stays in it too
        (
            "Trump's claim that if Clinton wins North Carolina she will win the election was "
            "false.",
            ["if Clinton wins North Carolina she will win the election"],
        ),
    ],
)
def test_content_ends(text: str, contents: list[str]) -> None:
    assert _contents(text) == contents
