"""Speakers that a description, an owner or a title stands for, on real text: each case is a
passage cut down from an article of the AllSides corpus (``../shared/data/corpus/
allsides-article-bias``, Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the
outlets) or of the Scrapinghub article-extraction benchmark, for testing only, with the
speaker ``docs/attribution-rules.md`` gives its attribution. Negative cases keep a nominal
source as written where the article does not say who it is. ``WRITTEN_CASES`` are short
passages written for the tests, in news style: a "he" or "she" is one person, "it" an
organisation, a description the person its paragraph names as a subject, a name compounded
on a person noun says which person, a verb of using leaves its subject the speaker, and names
joined after an inverted cue speak jointly; each rule with a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes


def speaker_of(text: str, content: str) -> list[str | None]:
    article = Article(path="t.txt", raw_text=text, text=text)
    quotes = annotate_quotes(load_pipeline()(text), article)
    return [q["speaker"] for q in quotes if q["text"].startswith(content)]


#: (text, the content's first words, its speaker)
CASES = [
    # a company's noun of its industry ("the planemaker") is the company named before it, and a
    # mass noun with no determiner ("New research") is no earlier speaker's document (USA Today)
    (
        "National companies were also beginning to stir – Boeing was set to begin ramping up "
        "production in Washington state, where approximately 27,000 people could return to work "
        "this week, the planemaker said.\n\nMore of us may have had COVID-19 and didn't know it"
        "\n\nNew research suggests that many people have had the coronavirus without symptoms, "
        "fueling hope that it will turn out to be much less lethal than feared.",
        "National companies",
        "Boeing",
    ),
    (
        "National companies were also beginning to stir – Boeing was set to begin ramping up "
        "production in Washington state, where approximately 27,000 people could return to work "
        "this week, the planemaker said.\n\nMore of us may have had COVID-19 and didn't know it"
        "\n\nNew research suggests that many people have had the coronavirus without symptoms, "
        "fueling hope that it will turn out to be much less lethal than feared.",
        "many people have had",
        "New research",
    ),
    # a candidacy's noun ("the presidential hopeful") is a person's description (Breitbart News)
    (
        "“Government redlining meant that too often, toxic waste dumps were located right next "
        "to black communities,” Elizabeth Warren said.\n\nThe presidential hopeful argued that "
        "each of her plans has an element that will address what she considers racial injustice.",
        "each of her plans",
        "Elizabeth Warren",
    ),
    # a photo's caption and a dateline's credit are page furniture, never what "the company"
    # stands for (AP Fact Check, quotes-dev7)
    (
        "President Donald Trump looks at his phone during a roundtable with governors on the "
        "reopening of America's small businesses, in the State Dining Room of the White House, "
        "Thursday, June 18, 2020, in Washington. (AP Photo/Alex Brandon)\n\nWASHINGTON (AP) — "
        "Facebook has removed campaign ads by President Donald Trump and Vice President Mike "
        "Pence that featured an upside-down red triangle.\n\nThe company said in a statement "
        "Thursday that the ads violated “our policy against organized hate.”",
        "the ads violated",
        "Facebook",
    ),
    # an office written capitalised with the words that say which ("the former New York
    # Mayor", "the Prime Minister"), which the tagger may take for a name, is the person a
    # sentence just before has as its subject (CNN, Breitbart News) ...
    (
        "After returning from a recent trip to Ukraine, Rudy Giuliani deployed an interesting "
        "tactic for the president’s personal lawyer: Confessing to the conduct for which Trump "
        "is being impeached.\n\nIn public statements over the past week, the former New York "
        "Mayor flatly admitted that he had pushed Trump to fire former US Ambassador to Ukraine "
        "Marie Yovanovitch because he thought she would complicate his effort.",
        "he had pushed Trump",
        "Rudy Giuliani",
    ),
    (
        "British Prime Minister Boris Johnson has now reacted, speaking to the BBC on a balcony "
        "of the United Nations building in New York, insisting that despite the court ruling "
        "against him this morning Brexit would still be going ahead at the end of October as "
        "planned.\n\nIn remarks that have already angered remainers, the Prime Minister said he "
        "regretted the decision of the court.",
        "he regretted the decision",
        "Boris Johnson",
    ),
    # ... and, with no subject before it, keeps its own words (Vox: Robert Mueller's statement,
    # whose Acting Attorney General the passage does not name)
    (
        "Read Mueller’s full opening statement below:\n\nGood morning Chairman Nadler, Ranking "
        "Member Collins, and members of the Committee.\n\nAs you know, in May 2017, the Acting "
        "Attorney General asked me to serve as Special Counsel. I undertook that role because I "
        "believed that it was of paramount interest to the nation.",
        "to serve as Special Counsel",
        "the Acting Attorney General",
    ),
    # a nominal source's owner is resolved: a pronoun is never a speaker (Newsmax)
    (
        "I don't blame President Donald Trump for his angst and bitterness over his "
        "impeachment.\n\nWhen the House Select Committee on Intelligence sought the emails, "
        "Trump thumbed his nose at the House. Instead of complying with House subpoenas or "
        "challenging them in court, Trump's folks threw them in a drawer.\n\nEarlier this week, his lawyers argued that those actions "
        "were lawful and that they imposed a burden on the House to seek the aid of the courts.",
        "those actions were lawful",
        "Donald Trump's lawyers",  # the article's own apostrophe
    ),
    # ... and a title description is the person the article gives that title (Yahoo News)
    (
        "After months without any in-person events, President Trump intended to get his "
        "reelection campaign back up and running with a raucous rally in Tulsa, Okla., on "
        "Saturday.\n\nA number of explanations have been offered for the lackluster attendance. "
        "The president’s campaign said protesters had blocked his supporters from entering the "
        "arena, though reporters on the ground have refuted that claim.",
        "protesters had blocked",
        "Trump’s campaign",
    ),
    # a description the latest person is given no such title for stays as written (NBC News:
    # the latest person named is a congresswoman, not the prosecutor)
    (
        "Patrick Carlineo Jr. pleaded guilty, the U.S. Attorney’s Office for the Western "
        "District of New York said in a statement.\n\nHe was arrested in April for the March 21 "
        "call to the offices of Omar.\n\nDuring the call, he asked about the Muslim Brotherhood "
        "and called Omar a “terrorist,” the prosecutor’s office said.",
        "During the call",
        "the prosecutor’s office",
    ),
    # a name written after a person's title is a person, whatever the tagger says, so the
    # pronoun after it finds them (Yahoo News)
    (
        "President Trump on Monday announced via Twitter that he would be signing an executive "
        "order to temporarily suspend immigration.\n\nThe initial 60-day freeze on new green "
        "cards could be extended indefinitely depending on economic conditions, Trump said. He "
        "also said the administration was considering a “secondary order” that could further "
        "limit immigration down the road.",
        "the administration was considering",
        "Trump",
    ),
    # ... but a description a name modifies is someone named elsewhere, not its own words
    # (BBC News: the Pentagon chief is Jim Mattis)
    (
        "His latest post came hours after his Defence Secretary Jim Mattis attempted to cool "
        "tensions by emphasising a peaceful resolution to the crisis.\n\nSpeaking in California "
        "late on Thursday, the Pentagon chief said it was his job to be ready for conflict.\n\n"
        "But he said the effort by Secretary of State Rex Tillerson and UN Ambassador Nikki "
        "Haley \"has diplomatic traction, it is gaining diplomatic results\".",
        "the effort by Secretary of State",
        "Jim Mattis",
    ),
    # a title description is the one person given that title, when the latest person is given
    # another role (BBC News: "The president" is Donald Trump, not Jeff Sessions)
    (
        "US President Donald Trump has said he does not \"have an attorney general\" in his "
        "fiercest attack yet on Jeff Sessions.\n\nMr Sessions has pushed back against previous "
        "criticism by Mr Trump. \"While I am attorney general, the actions of the Department of "
        "Justice will not be improperly influenced by political considerations,\" he said in "
        "August.\n\nThe president insists there was no collusion between his campaign and the "
        "Russian government, and denies he has attempted to obstruct justice.\n\nDonald Trump no "
        "longer likes Jeff Sessions, one of his earliest, most prominent supporters.",
        "there was no collusion",
        "Donald Trump",
    ),
    # "the couple" are the two people coordinated before it (Yahoo News)
    (
        "Prince Harry and Meghan Markle, officially the Duke and Duchess of Sussex, announced "
        "their intention to “step back” from their roles as senior members of the British "
        "royal family on Wednesday.\n\nThe couple, commonly referred to by their first names, "
        "said they intend to split their time between the U.K. and North America.",
        "they intend to split",
        "Harry",
    ),
    # "it" is a subject before it in its own sentence (The Week)
    (
        "While Media Matters has traced what it calls Carlson's \"descent into white "
        "supremacy\" all the way back to 2007, the catalog of Carlson's offenses has grown "
        "especially robust since 2016.",
        "descent into white supremacy",
        "Media Matters",
    ),
    # a pronoun after a definite description of a person's office is that person (Yahoo News)
    (
        "The WHO’s director-general defended the agency in response to Trump’s criticism. "
        "“This is a time for all of us to be united,” he said.",
        "This is a time",
        "The WHO’s director-general",
    ),
    # a name carried by a common noun of an organisation's kind is the organisation, not the
    # latest name (Newsmax)
    (
        "The Washington NFL franchise announced Monday it is dropping the “Redskins” name and "
        "Indian head logo, bowing to pressure from sponsors.",
        "it is dropping",
        "The Washington NFL franchise",
    ),
    # a company's name without its legal form is the company's full name (Los Angeles Times)
    (
        "But public companies such as Gannett, GateHouse and also McClatchy Co. can’t escape "
        "the industry’s economic challenges.\n\nBut the company also reported long-term debt "
        "of more than $700 million. McClatchy said its finances were so impaired that it "
        "wouldn’t have the cash to make a required contribution to its pension fund.",
        "its finances were so impaired",
        "McClatchy Co.",
    ),
    (
        "The private equity firm Alden Capital, which owns the Orange County Register and "
        "Denver Post, has attracted much of the publicly expressed ire.\n\n(Alden on Tuesday "
        "announced that it had become the largest shareholder of Tribune, by acquiring the "
        "entire stake held by Tribune’s former chairman, Michael Ferro.)",
        "it had become the largest shareholder",
        "Alden Capital",
    ),
    # a noun that a cue's infinitive relative describes, the predicate of a copula, is the
    # copula's subject (Newsmax)
    (
        "FedEx earlier this month became the first sponsor to announce it had asked the "
        "organization to change the name, particularly important because CEO Frederick Smith "
        "owns part of the team.",
        "it had asked the organization",
        "FedEx",
    ),
    # ... and a description there is no name: it keeps its own words (The Space Review)
    (
        "The only other entity to confirm it has bid on HLS is the “national team” led by Blue "
        "Origin that includes Draper, Lockheed Martin, and Northrop Grumman.",
        "it has bid on HLS",
        "The only other entity",  # the infinitive relative's verb is the cue: none of it
    ),
    # a recommendation is a document; the name before it is its owner, without the bracket
    # the tagger left open (Newsmax)
    (
        "As a father of two adolescent children, I wholeheartedly applaud and agree with the "
        "American Academy of Pediatrics (AAP) recommendation which strongly states \"the coming "
        "school year should start with the goal of students physically present in school.\"",
        "the coming school year",
        "American Academy of Pediatrics",
    ),
    # ... but a date that modifies it says when, not whose: the report is the phrase that
    # introduced it (quotes 95), not an owner named "February 2013" (New York Times)
    (
        "The inspector general's office published a February 2013 final report whose key "
        "findings are, largely, the same as stated in the December 2012 draft.\n\nThe "
        "division's current management structure, the report says, does not \"foster "
        "independence from career pressures.\"",
        "does not",
        "a February 2013 final report",
    ),
    # a name in apposition to a definite noun of an organisation's kind is an organisation,
    # which "the company" refers to later (BBC News)
    (
        "The group that owns most of her music, Big Machine, says she will be allowed to play "
        "her old tracks at the American Music Awards on Sunday.\n\nSwift got high profile "
        "support last week, after accusing them of trying to stop her performing her back "
        "catalogue.\n\nBut the company says she didn't need their permission in the first "
        "place.",
        "she didn't need their permission",
        "Big Machine",
    ),
    # ... with the capitalised words of its name that the parse hung on the noun (CNN)
    (
        "Ayotte was one of the 41 Republicans who voted against the background check measure.\n\n"
        "Lafferty was sent to Ayotte's event by the organization "
        "Mayors Against Illegal Guns, one of several gun control groups using this week's "
        "Congressional recess to bring the gun control message to the states.\n\nThat group "
        "said Friday they would air an ad in the Houston market during the convention.",
        "they would air an ad",
        "Mayors Against Illegal Guns",
    ),
    # a bare plural stands for documents in general, not an earlier report's author (Salon)
    (
        "On May 2, acting Health and Human Services Inspector General Christi Grimm was removed "
        "after Trump learned about a report she wrote that found severe shortages of testing "
        "supplies.\n\nPompeo is a different case. His scandal has to do with his wife Susan, to "
        "whom he is exceedingly devoted. Indeed, reports suggest she is constantly by his side.",
        "she is constantly by his side",
        "reports",
    ),
    # the agent of a participle of getting is no author: the lawsuit is its plaintiff's
    # (Townhall quoting USA Today)
    (
        "CNN’s Don Lemon is denying accusations from a former Hamptons bartender. Dustin Hice "
        "sued Lemon Sunday for a \"demeaning, unprovoked and offensive assault\" that allegedly "
        "took place at a tavern in Sag Harbor in July 2018. In the lawsuit, Hice said he "
        "encountered Lemon at the tavern. \"(Lemon) put his hand down the front of his own "
        "shorts,\" reads the lawsuit, obtained by Mediaite.",
        "(Lemon) put his hand",
        "Dustin Hice",
    ),
    # an office of the title lexicon written capitalised is the one person the article gives
    # that title now, not a former holder (CNN)
    (
        "(CNN) President Donald Trump is carving new divides on immigration ahead of his State "
        "of the Union address.\n\nDays after his 2017 speech, he accused former President "
        "Barack Obama of wiretapping him in Trump Tower during the election.\n\n\"I don't want "
        "to say. But you'll hear the State of the Union and then you'll see what happens,\" the "
        "President said on Friday.",
        "I don't want to say",
        "Donald Trump",
    ),
    # ... and keeps its own words when no one named holds it (CNN, cut down: the latest person
    # named is a North Korean leader)
    (
        "Trump has already trawled a possible announcement on a second summit with North Korean "
        "leader Kim Jong Un. Yet top intelligence chiefs last week all but repudiated Trump's "
        "optimism that a deal is possible with the isolated state.\n\nTrump last week said he "
        "regarded talks between Democrats and Republicans as a \"waste of time.\"\n\n\"I don't "
        "want to say. But you'll hear the State of the Union and then you'll see what happens,\" "
        "the President said on Friday.",
        "I don't want to say",
        "the President",
    ),
    # a family name a particle opens is a short form of the full name (NPR)
    (
        "\"He governed for over a decade,\" said Iowa conservative activist Bob Vander Plaats, "
        "who chaired Huckabee's winning 2008 campaign in the first caucus state.\n\nHe won the "
        "caucuses, as Vander Plaats once recalled their team had to do.",
        "their team had to do",
        "Bob Vander Plaats",
    ),
]


#: Passages written for these tests (no article's text): agreement and salience decide the
#: speaker (text, the content's first words, its speaker).
WRITTEN_CASES = [
    # "her" is one person: not the plural source quoted just before it
    (
        "Critics of Senator Jane Holt say the claim is false. Holt defenders argue that it is "
        "just a family story. Her family told her she was Cherokee, and she believed it.",
        "she was Cherokee",
        "Jane Holt's family",
    ),
    # ... a surname the tagger takes for a plural noun is still one person
    (
        "Tom Figgins, who represents Thomas, said his client would fight the charges.\n\n"
        "Figgins declined to say whether Thomas slept on the night Jeffrey Epstein died. "
        '"When all the evidence is in," he said, "you will see it differently."',
        "When all the evidence is in",
        "Tom Figgins",
    ),
    # ... and one of two people joined by "and" is a "she"
    (
        'Jane Holt and Tom Lane met on Monday. "It went well," she said.',
        "It went well",
        "Jane Holt",
    ),
    # a party's member written capitalised is the subject a pronoun stands for, not the
    # person its sentence names as an owner
    (
        'Mr. Baker talked about the economy. "It is crushing," he said.\n\n'
        "The Republican focused on the impact of Mr. Reyes's policies. "
        '"It hurts small firms," he said.',
        "It hurts small firms",
        "Baker",
    ),
    # a person noun that a party's name is compounded on is the person named before
    (
        'Party chairman Tom Welles spoke on Tuesday.\n\n"We will pass a budget," Welles said.'
        "\n\nThe GOP leader argued that the pressure on the governor will grow.",
        "the pressure on the governor",
        "Tom Welles",
    ),
    # ... a person's name compounded on it says whose, so it keeps its own words
    (
        'Donald Trump spoke on Tuesday. "We will win," Trump said.\n\n'
        "The Trump lawyer argued that the case was weak.",
        "the case was weak",
        "The Trump lawyer",
    ),
    # "it" after an organisation that the article names only by a description
    (
        "The Baker campaign planned to send the governor to Ohio but dropped the trip because "
        "it said the storm would stretch police. The GOP called that an excuse.",
        "the storm would stretch police",
        "The Baker campaign",
    ),
    # the object of a verb of using is a means, not a speaker ...
    (
        "Even the Ohio senator Mary Keane used her time to insist she would be a better "
        "president.",
        "she would be a better president",
        "Mary Keane",
    ),
    # ... the object of a verb of prompting is who speaks
    (
        "The report by Governor Tom Lane prompted Senator Mary Keane to say the agency had "
        "failed.",
        "the agency had failed",
        "Mary Keane",
    ),
    # the object of a verb that only reaches a hearer is no speaker of the purpose after it
    # (the parse labels the infinitive xcomp): the subject above informs ...
    (
        "Acme Corp. wrote its customers to inform them that the service would resume on Monday.",
        "the service would resume",
        "Acme Corp.",
    ),
    (
        "The charity Food First emailed its donors to assure them that every dollar was spent "
        "on food.",
        "every dollar was spent",
        "Food First",
    ),
    # ... the object of a verb of hiring is who writes
    (
        "The campaign hired Ann Ward to write that the dam was safe.",
        "the dam was safe",
        "Ann Ward",
    ),
    # names joined after an inverted cue all speak
    (
        '"Nobody knows what to expect from the new government. Its plans are vague," write '
        "Maria Lopez and Ian Hardy, two trade experts at the Brookings Institution.",
        "Nobody knows what to expect",
        "Maria Lopez and Ian Hardy",
    ),
    # a description of a person is the person its paragraph names as a subject before it,
    # ahead of the latest speaker
    (
        'Mr. Lane spoke first. "Taxes kill jobs," Mr. Lane said.\n\n'
        "Mr. Reyes cited Abraham Lincoln and his railroad. It was such investments that made "
        "the country strong, the senator argued.",
        "It was such investments",
        "Reyes",
    ),
    # ... the main clause's subject before a person a relative clause names
    (
        'Mr. Reyes spoke first. "We came in peace," Mr. Reyes said.\n\n'
        "The students were later condemned, but Tom Lane, who was shown standing in front of "
        "Mr. Reyes, says he was only trying to help. The teen explained that he was trying to "
        "calm things down.",
        "he was trying to calm things down",
        "Tom Lane",
    ),
    # an indefinite description is the person the next sentence names, where the role the
    # text gives that person is the described one (``Sen.`` of a senator) or only a rank
    (
        "The talks ended on Friday. A defence ministry spokesman said the convoy had turned "
        'back.\n\n"There will be no second attempt," Col. Ivan Petrov said.',
        "the convoy had turned back",
        "Ivan Petrov",
    ),
    (
        "The floods reached the town on Monday. One of the state's senators said the levees had "
        'failed.\n\n"We warned them for years," Sen. Maria Lopez said.',
        "the levees had failed",
        "Maria Lopez",
    ),
    # ... but a person given another role is someone else: the description keeps its words
    (
        "The council met on Monday. A spokesman said the plan would be delayed by a year.\n\n"
        '"We are not happy about it," Mr Lee, a farmer, said.',
        "the plan would be delayed",
        "A spokesman",
    ),
    (
        "The floods reached the town on Monday. One of the state's senators said the levees had "
        'failed.\n\n"We warned them for years," Gov. Maria Lopez said.',
        "the levees had failed",
        "One of the state's senators",
    ),
    # a person's name set off by commas right before the subject's verb is the subject's,
    # wherever the parse hung it: on the object of the subject's "of" phrase ...
    (
        "On March 3, the head of Peru’s National Water Authority, Maria Fernandez, laid out a "
        "grim picture of the drought in a closed meeting with regional officials. According to "
        "notes of the meeting, she said the reserves were “close to empty.”",
        "the reserves were",
        "Maria Fernandez",
    ),
    # ... or on "Another" as a loose modifier
    (
        "Two mothers wrote to the paper. Another, Judith, said that she wants to “sing from the "
        "hilltops” that help is there.",
        "sing from the hilltops",
        "Judith",
    ),
    # ... but not where the word it hangs on may be the person it names
    (
        "The wife of the senator, John Smith, said the house had been sold.",
        "the house had been sold",
        "The wife of the senator",
    ),
]


#: Sources that name a group or a title, written for the tests: a party or nationality that
#: words before it narrow down is the described part in its own words, the name alone the
#: group; a title whose latest person holds another goes to its most-named holder; a
#: description in apposition to a name is the name; a definite description that an indefinite
#: one introduced is that unnamed person; an owner "whose" or a plural pronoun's nominal
#: antecedent is resolved; a common noun with a determiner is no name; a screen name alone in
#: its quotation marks is a source. Negative cases: a group's name alone, a party word for one
#: person, a title the latest person holds, no indefinite before, more than a name in marks.
GROUP_CASES = [
    (
        "Senator Mitch McConnell spoke on Monday. At least 10 Republicans have said they "
        "oppose the first draft of the bill.",
        "they oppose the first draft",
        "At least 10 Republicans",
    ),
    (
        "China will age before it grows rich. As many Chinese say, they fear that their "
        'country will "become old before we become rich."',
        "they fear that their country",
        "many Chinese",
    ),
    (
        'Congressional Republicans said the plan would fail. "It is a bad plan," they said.',
        "It is a bad plan",
        "Congressional Republicans",
    ),
    (
        "The deal was signed on Monday. Congressional Republicans and Democrats said the deal "
        "was weak.",
        "the deal was weak",
        "Congressional Republicans and Democrats",
    ),
    # one person described by a party is no group
    (
        'Sen. John McCain spoke on Sunday. "I am happy to give him a chance," said the Arizona '
        "Republican.",
        "I am happy",
        "John McCain",
    ),
    # the group's name alone is the group
    (
        "The vote is set for Friday. Republicans said the plan would fail.",
        "the plan would fail",
        "Republicans",
    ),
    # the latest person is a judge; the president is the one the article names most as one
    (
        "President Donald Trump criticised the court on Tuesday. Trump had promised to "
        "appeal a ruling by a judge appointed by President Barack Obama.\n\n"
        "U.S. District Judge Jon S. Tigar in San Francisco issued the injunction.\n\n"
        '"This was a political ruling," the president said of Tigar.',
        "This was a political ruling",
        "Donald Trump",
    ),
    # the latest person holds the title: that person
    (
        "Sen. Ted Cruz spoke first. President Joe Biden answered him, and Cruz replied.\n\n"
        '"We will appeal," the president said.',
        "We will appeal",
        "Joe Biden",
    ),
    # a capitalised title in apposition to a name is that name, not its own words
    (
        "President Donald Trump attacked John McCain again on Monday. McCain lies in state in "
        "the Capitol under a painting of Abraham Lincoln, the President who warned his nation "
        'that "a house divided against itself cannot stand."',
        "a house divided",
        "Abraham Lincoln",
    ),
    # a description an indefinite one introduced is that unnamed person, in its own words
    (
        "Hillary Clinton says her campaign runs smoothly. We spoke to an election expert who "
        'has visited many of her offices.\n\n"There are too many people giving orders," the '
        "expert told us.",
        "There are too many people",
        "the expert",
    ),
    # ... but with no such introduction it is the person its paragraph names
    (
        "Hillary Clinton says her campaign runs smoothly. Jane Doe has visited many of her "
        'offices. "There are too many people giving orders," the expert told us.',
        "There are too many people",
        "Jane Doe",
    ),
    # a plural pronoun's nominal antecedent has its own owner resolved: no pronoun speaks
    (
        'Senator Jane Doe left the hearing early. Her aides said she was ill. "She will be back '
        'on Monday," they said.',
        "She will be back",
        "Jane Doe's aides",
    ),
    # "whose" owns a nominal source for the noun its relative clause describes
    (
        "The case involves John Smith, whose lawyers said the charges were false.",
        "the charges were false",
        "John Smith's lawyers",
    ),
    (
        "The judge ruled against Acme Corp., whose spokesman said the company would appeal.",
        "the company would appeal",
        "Acme Corp.'s spokesman",
    ),
    # a common noun that names carry, with a determiner, is a description in its own words
    (
        "Romney trails in Ohio. Some GOP strategists said the white vote needed to be higher.",
        "the white vote needed",
        "Some GOP strategists",
    ),
    # ... and without one a name ("Working Mother magazine")
    (
        "Working Mother magazine surveyed 1,500 mothers. Working Mother magazine said that "
        "two-thirds valued job security most.",
        "two-thirds valued",
        "Working Mother magazine",
    ),
    # a screen name alone in its quotation marks is a name, not quoted words
    (
        "My tweet drew a flood of replies. “Lulu Fontaine” wrote: “Nothing is gone, and we "
        "are all safe here.” “C. Sabetta” wrote: “It is good to see you checked before "
        "sharing.”",
        "It is good to see",
        "C. Sabetta",
    ),
    # ... but quoted words that are more than a name stay quoted words
    (
        "Critics of the plan spoke up. “Stop the Steal Now Before It Is Too Late” wrote no "
        "one, but Jane Smith wrote that the plan was dead.",
        "the plan was dead",
        "Jane Smith",
    ),
]

#: Where a nominal source ends (passages written for the tests): a relative clause whole or
#: not at all, no time after the noun, a coordination kept across a dash.
EXTENT_CASES = [
    # the cue inside a relative clause: none of the clause, not its auxiliary
    (
        "The vote split the party. Several moderate Republicans who have argued that the bill "
        "is too costly are holding out.",
        "the bill is too costly",
        "Several moderate Republicans",
    ),
    # ... a relative clause before the cue is kept whole
    (
        "The plan stalled. Officials who spoke on condition of anonymity said the talks had "
        "collapsed.",
        "the talks had collapsed",
        "Officials who spoke on condition of anonymity",
    ),
    # a time after the noun is no part of it
    (
        "The campaign spent heavily in Ohio. A television ad and a radio spot this past week "
        "claimed that the senator had missed key votes.",
        "the senator had missed",
        "A television ad and a radio spot",
    ),
    # a coordination set off by dashes is one source
    (
        "The measure drew fire. Senate Republicans — and a handful of Democrats — said the "
        "measure went too far.",
        "the measure went too far",
        "Senate Republicans — and a handful of Democrats",
    ),
    # ... but an aside set off by dashes is no part of the source
    (
        "The talks ended early. The senator — and this matters — said the deal was off.",
        "the deal was off",
        "The senator",
    ),
    (
        "The talks ended early. Smith and Jones — and this matters — said the deal was off.",
        "the deal was off",
        "Smith and Jones",
    ),
    # ... and a prepositional phrase that restricts the noun stays
    (
        "The vote split the party. A spokesman for the governor said the plan would be revised.",
        "the plan would be revised",
        "A spokesman for the governor",
    ),
]


#: A description of a person the article names before it (quotes 108): a noun compounded on
#: a person noun names a person (AllSides); the subject of a clause coordinated before the
#: description's is someone else (AllSides); a paragraph of narration before the description
#: gives it its subject (AllSides); an indefinite under a negation introduces no one
#: (written); each with a case where it must not apply.
NAMED_BEFORE_CASES = [
    (
        "Republican candidates Donald Trump and Ben Carson have been asked about religion all "
        "week.\n\nDr. Carson is under fire because he doesn’t believe a Muslim should be "
        "president.\n\n“I would not advocate that we put a Muslim in charge of this nation,” "
        "Carson told NBC’s “Meet the Press.”\n\n“I do not believe Sharia is consistent with the "
        "Constitution of this country,” the retired neurosurgeon declared.",
        "I do not believe Sharia",
        "Ben Carson",
    ),
    (
        "Trump has little interest in cheerleading. So Democrats have grabbed the pom-poms.\n\n"
        "Obama even went so far as to claim Reagan’s perspective as the current Democratic one "
        "— and to use it to shame Trump.\n\n“Ronald Reagan called America a shining city on a "
        "hill,” the president said. “Donald Trump calls it a divided crime scene that only he "
        "can fix.”",
        "Ronald Reagan called America",
        "Obama",
    ),
    (  # a description is not the subject of the clause its own is coordinated with
        "A day earlier, Earnest said he had not seen a column and documentary written by CNN "
        "Chief Medical Correspondent Dr. Sanjay Gupta, which detailed Gupta's own shift on the "
        "issue.\n\nObama considered naming Gupta as surgeon general in 2009, but the "
        "neurosurgeon later said he withdrew his name so he could maintain his surgical career.",
        "he withdrew his name",
        "Sanjay Gupta",
    ),
    (  # the narration names another by the description's noun, in apposition: that one
        "In a similar interview last week, CNN's Wolf Blitzer brought on New York's mayor, Bill "
        "de Blasio, to explain how he has banned large gatherings in his city.\n\nThe mayor "
        "said staying at home is best, \"but we understand that this moment in history, people "
        "are talking about the need for historic changes.\"",
        "staying at home is best",
        "Bill de Blasio",
    ),
    (  # the narration's subject holds no office the article gives another: the holder speaks
        "“We will pass the bill this week,” President Joe Biden said on Monday.\n\nSen. Jane "
        "Roe listened from the front row.\n\n“The votes are there,” the president said.",
        "The votes are there",
        "Joe Biden",
    ),
    (
        "Gov. Jane Roe toured the flooded towns on Monday.\n\nThe region has not seen a "
        "governor who stayed this long in years.\n\n“We will rebuild every road,” the "
        "governor said.",
        "We will rebuild every road",
        "Jane Roe",
    ),
    (  # a governor the residents recall is someone: "the governor" may be that one
        "Gov. Jane Roe toured the flooded towns on Monday.\n\nResidents recalled a governor "
        "who once stayed for a week.\n\n“We will rebuild every road,” the governor said.",
        "We will rebuild every road",
        "the governor",
    ),
]


#: A description of a person and the people named around it (quotes 112): the owner of the
#: subject of the narration before gives the description its person where that subject is
#: no person (AllSides), not where the owner is no person either (written); a title written
#: before a name inside an apposition names that person though the parse hangs the name on
#: the title's preposition (written), not where the apposition ends in a place (written).
NAMED_AROUND_CASES = [
    (
        "President Obama will elevate the controversy over his recess appointment powers to the "
        "highest level.\n\n“The government’s decision to seek Supreme Court review is an "
        "important step toward resolving the tremendous uncertainty created by the controversial "
        "recess appointments,” said chamber President Thomas J. Donohue.\n\nAt stake are weighty "
        "constitutional questions.\n\nMr. Obama’s appointments in January 2012, though, appeared "
        "to break new ground, because the Senate was meeting in pro forma session every three "
        "days specifically to prevent him from making appointments.\n\nThe president argued "
        "that since most members were at home, Congress wasn’t really open for business.",
        "since most members were at home",
        "Obama",
    ),
    (  # the subject's owner is no person: the latest speaker stays
        "“We will pass the bill this week,” President Joe Biden said on Monday.\n\nSen. Jane "
        "Roe listened from the front row.\n\nThe committee's vote came late on Tuesday.\n\n"
        "“The votes are there,” the president said.",
        "The votes are there",
        "Joe Biden",
    ),
    (
        "The hearing ran late into the night.\n\nAnother diplomat, former special envoy to "
        "Sudan Jane Roe, told the committee that the aid had been withheld for weeks.",
        "the aid had been withheld",
        "Jane Roe",
    ),
    (  # the apposition ends in a place: no one named
        "The hearing ran late into the night.\n\nAnother official, a former envoy to South "
        "Korea, told the committee that the aid had been withheld for weeks.",
        "the aid had been withheld",
        "Another official",
    ),
]


def test_a_couple_of_people_are_no_couple() -> None:
    """``a couple of`` counts people; it stands for no two named before (AllSides)."""
    text = (
        "Prince Harry and Meghan Markle announced their intention to step back on Wednesday.\n\n"
        "A couple of royal commentators said the plan was unclear."
    )
    assert speaker_of(text, "the plan was unclear") == ["A couple of royal commentators"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    CASES + WRITTEN_CASES + GROUP_CASES + EXTENT_CASES + NAMED_BEFORE_CASES + NAMED_AROUND_CASES,
)
def test_speaker_of_a_description(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


def test_an_infinitive_after_nothing_is_no_purpose() -> None:
    # "nothing to suggest" is nothing that suggests, not the finders' purpose: no one said it
    text = "As reporters, we uncovered nothing to suggest that the senator had lied."
    assert speaker_of(text, "the senator had lied") == []
