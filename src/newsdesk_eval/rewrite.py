"""Measure rewrite detection on machine-spun copies of real articles.

``spin(text, rng=...)`` makes a rewritten copy the way article spinners and translate-and-back
content farms do: synonym substitution (a small table of common news words, below), clause
reordering ("A, officials said." → "Officials said A."; "When X, Y." → "Y when X."),
translation-like edits (articles dropped or swapped, prepositions changed, "the N of the M"
reordered to "the M's N"), and sentences dropped or merged. No published spinner or
paraphrase data set is available offline, so the spinner is written here; the table is ours.

``labelled_pairs`` builds positives (an article and its spun copy) and hard negatives
(different articles on the same topic and the same day; near-identical wire copies, which are
near duplicates, not rewrites); ``evaluate_pairs`` scores them with ``rewrite.score_rewrite``
and reports precision and recall at a threshold.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsdesk.rewrite import SCORE_THRESHOLD, RewriteMatch, is_rewrite, score_rewrite
from newsdesk.sentences import split_sentences

_SYNONYMS_TEXT = """
said: stated, noted, explained, remarked
says: states, notes, explains
told: informed, advised
announced: declared, revealed, unveiled
president: leader, head of state
government: administration, authorities
officials: authorities, representatives
official: representative, functionary
country: nation, state
countries: nations, states
people: individuals, persons, folks
week: seven days
year: twelve months
years: decades
big: large, huge, major
large: big, sizable, vast
small: little, minor, modest
important: significant, crucial, key
major: significant, main, principal
new: fresh, novel, recent
recent: latest, current
former: previous, ex, past
many: numerous, several, plenty of
help: assist, aid, support
helped: assisted, aided
show: demonstrate, reveal, indicate
shows: demonstrates, reveals, indicates
showed: demonstrated, revealed, indicated
use: employ, utilize
used: employed, utilized
want: wish, desire
wants: wishes, desires
wanted: wished, desired
need: require
needs: requires
needed: required
begin: start, commence
began: started, commenced
start: begin, launch
started: began, launched
end: finish, conclusion
ended: finished, concluded
plan: scheme, proposal, strategy
plans: schemes, proposals, strategies
deal: agreement, pact, accord
agreement: deal, accord, pact
law: legislation, statute
bill: measure, legislation
decision: ruling, choice
said on: stated on
attack: assault, strike
attacks: assaults, strikes
killed: slain, murdered
war: conflict, warfare
fight: battle, struggle
fighting: combat, battling
troops: soldiers, forces
military: armed forces, army
border: frontier, boundary
leader: chief, head
leaders: chiefs, heads
member: participant
members: participants
group: organization, association
company: firm, business, corporation
companies: firms, businesses
money: funds, cash
pay: compensate
increase: rise, growth, boost
increased: rose, grew, climbed
decrease: decline, drop, fall
rise: increase, climb
fell: dropped, declined
problem: issue, difficulty, trouble
problems: issues, difficulties, troubles
issue: matter, problem, concern
issues: matters, concerns
question: query, matter
questions: queries, matters
try: attempt
tried: attempted
trying: attempting
get: obtain, receive
got: obtained, received
give: provide, offer
gave: provided, offered
make: create, produce
made: created, produced
take: seize, grab
took: seized, grabbed
think: believe, consider
thinks: believes, considers
believe: think, feel
called: labeled, termed, dubbed
call: label, term
asked: requested, questioned
ask: request, question
allow: permit, let
allowed: permitted
clear: evident, obvious, plain
likely: probable, expected
quickly: rapidly, swiftly, fast
often: frequently, regularly
also: additionally, as well
however: nevertheless, though, yet
because: since, as
before: prior to, ahead of
after: following, once
about: regarding, concerning, around
against: opposed to, versus
during: throughout, amid
including: such as, among them
nearly: almost, close to
around: roughly, approximately, about
only: just, merely, solely
very: extremely, highly
still: nonetheless, yet
whether: if
while: whereas, as
support: backing, endorsement
supporters: backers, advocates
critics: detractors, opponents
crisis: emergency, turmoil
violence: bloodshed, unrest
election: vote, poll
elections: votes, polls
vote: ballot
voters: electorate
campaign: drive, effort
policy: approach, strategy
policies: approaches, strategies
public: citizens, community
report: account, statement
reported: stated, disclosed
reports: accounts, statements
according: as per
city: town, municipality
state: region, province
house: chamber
court: tribunal
judge: justice, magistrate
police: law enforcement, officers
investigation: inquiry, probe
case: matter, instance
evidence: proof
threat: danger, menace
risk: danger, hazard
concern: worry, unease
concerns: worries, fears
warned: cautioned, alerted
expected: anticipated, projected
expect: anticipate
move: step, action
continue: proceed, carry on
continued: proceeded, went on
important role: key role
economy: economic system
economic: financial, fiscal
region: area, zone
area: region, zone
power: authority, influence
powerful: strong, mighty
strong: powerful, robust
growing: increasing, rising, expanding
across: throughout, all over
difficult: hard, tough, challenging
hard: difficult, tough
easy: simple, straightforward
change: shift, alteration
changes: shifts, alterations
early: initial, first
late: belated
last: previous, past
first: initial, earliest
next: following, upcoming
health: wellbeing
care: attention
women: females
children: kids, youngsters
family: household, relatives
job: position, post
jobs: positions, posts
work: labor, job
workers: employees, staff
statement: declaration, remark
comment: remark, observation
comments: remarks, observations
spokesman: spokesperson, representative
agency: bureau, office
department: division, ministry
senior: high-ranking, top
top: leading, highest
will: shall, is going to
would: could, might
can: is able to, may
could: might, may
should: ought to, must
must: has to, needs to
but: however, yet
and: as well as, plus
is: remains, stands
are: remain, stand
was: became, had been
were: had been, became
has: possesses, holds
have: possess, hold
had: possessed, held
more: additional, extra
most: majority of, bulk of
some: certain, a few
other: different, additional
all: every, the whole
every: each, all
many: numerous, lots of
much: a lot, considerably
now: currently, presently
then: afterward, subsequently
when: once, as soon as
where: wherever, in which
why: the reason, how come
what: that which, which
who: that, which
this: the, that
these: those, such
there: here, in that location
just: simply, merely
even: indeed, actually
since: because, as
so: therefore, thus
than: compared to, versus
well: properly, nicely
way: manner, method
time: period, moment
times: occasions, periods
day: date, morning
days: dates, mornings
month: four weeks
months: weeks
world: globe, planet
life: existence, living
lives: existences
place: location, spot
part: portion, section
number: amount, figure
point: moment, stage
home: house, residence
water: liquid
school: academy, institution
students: pupils, learners
system: framework, structure
program: programme, scheme
percent: per cent
million: mn
billion: bn
news: information, reports
media: press, news outlets
story: account, narrative
white: pale
american: US
americans: US citizens
national: countrywide, nationwide
federal: national, central
local: regional, community
foreign: overseas, international
international: global, worldwide
political: partisan, governmental
democratic: Dem
republican: GOP
democrats: Dems
republicans: GOP members
administration: government, White House team
congress: lawmakers, legislature
lawmakers: legislators, congressmen
senate: upper chamber
secretary: minister, chief
director: head, manager
chief: head, boss
executive: officer, manager
business: commerce, trade
market: marketplace, sector
markets: marketplaces, sectors
price: cost, rate
prices: costs, rates
tax: levy, duty
taxes: levies, duties
cost: price, expense
costs: expenses, prices
budget: spending plan
funding: financing, money
spending: expenditure, outlay
rights: entitlements, freedoms
security: safety, protection
immigration: migration
immigrants: migrants
climate: weather
energy: power
oil: petroleum, crude
gas: fuel
attack: assault, raid
protest: demonstration, rally
protests: demonstrations, rallies
protesters: demonstrators, activists
according to: as stated by
found: discovered, identified
find: discover, identify
know: realize, understand
known: recognized, familiar
see: observe, witness
saw: observed, witnessed
seen: observed, witnessed
look: appear, seem
looking: seeking, appearing
come: arrive, emerge
came: arrived, emerged
go: proceed, head
going: heading, proceeding
went: proceeded, headed
keep: maintain, retain
put: place, set
run: operate, manage
running: operating, managing
set: established, placed
lead: guide, head
led: guided, headed
bring: carry, deliver
brought: carried, delivered
hold: keep, maintain
held: kept, maintained
meet: gather, encounter
met: gathered, encountered
include: contain, involve
includes: contains, involves
included: contained, involved
become: turn into, grow into
became: turned into, grew into
leave: depart, exit
left: departed, exited
lost: misplaced, forfeited
win: triumph, prevail
won: triumphed, prevailed
face: confront, encounter
faces: confronts, encounters
faced: confronted, encountered
receive: get, obtain
received: got, obtained
remain: stay, continue
remains: stays, continues
according: based on
"""

_PREPOSITIONS = {"in": ["at", "within"], "on": ["upon", "about"], "for": ["towards", "regarding"],
                 "at": ["in"], "with": ["alongside"], "into": ["in"], "by": ["through"], "from": ["out of"]}
_MERGE_JOINERS = (", and ", "; ", ", while ", ", as ")
_LEADING_CLAUSE = re.compile(r"^(When|If|Although|After|While|Because|Since|As|Before|Despite)\b([^,]{8,}),\s+(.+?)([.!?])$")
_ATTRIBUTION = re.compile(r"^(.{20,}?),[\"”]?\s+((?:[A-Z][\w.'’-]*\s){0,4}?(?:said|says|told|added|wrote|noted)\b[^,.]{0,60})([.!?])$")
_OF_PHRASE = re.compile(r"\bthe (\w+) of the (\w+)\b")
_QUOTES = "“”\"'‘’"
_WORD_OR_GAP = re.compile(r"([A-Za-z]+)")


def _synonyms() -> dict[str, list[str]]:
    table = {}
    for line in _SYNONYMS_TEXT.strip().splitlines():
        word, _, choices = line.partition(":")
        if " " not in word:
            table[word.strip()] = [choice.strip() for choice in choices.split(",")]
    return table


SYNONYMS = _synonyms()


@dataclass(slots=True, frozen=True)
class SpinSettings:
    """How hard the spinner works: probabilities per word or per sentence."""

    synonym_rate: float = 0.7
    function_word_rate: float = 0.3
    reorder_rate: float = 0.8
    drop_rate: float = 0.1
    merge_rate: float = 0.1


#: A light spin: some words changed; many 5-word runs survive.
LIGHT = SpinSettings(synonym_rate=0.4, function_word_rate=0.15, reorder_rate=0.5, drop_rate=0.05, merge_rate=0.05)
#: A content-farm spin: nearly every word in the table changed, sentences dropped and merged.
HEAVY = SpinSettings(synonym_rate=0.9, function_word_rate=0.5, reorder_rate=1.0, drop_rate=0.15, merge_rate=0.15)


def spin(text: str, *, rng: random.Random, settings: SpinSettings = SpinSettings()) -> str:
    """A machine-spun copy of ``text``: same sentences in order, re-worded one by one."""
    paragraphs = [_spin_paragraph(paragraph, rng, settings) for paragraph in text.split("\n")]
    return "\n".join(paragraph for paragraph in paragraphs if paragraph or not paragraph.strip())


def _spin_paragraph(paragraph: str, rng: random.Random, settings: SpinSettings) -> str:
    sentences = [paragraph[start:end] for start, end in split_sentences(paragraph)]
    kept = [sentence for sentence in sentences if len(sentences) == 1 or rng.random() >= settings.drop_rate]
    merged = _merge_some(kept, rng, settings.merge_rate)
    return " ".join(_spin_sentence(sentence, rng, settings) for sentence in merged)


def _merge_some(sentences: list[str], rng: random.Random, rate: float) -> list[str]:
    merged: list[str] = []
    for sentence in sentences:
        if merged and merged[-1][-1:] == "." and rng.random() < rate:
            joiner = rng.choice(_MERGE_JOINERS)
            merged[-1] = merged[-1][:-1] + joiner + _lower_first(sentence)
        else:
            merged.append(sentence)
    return merged


def _lower_first(sentence: str) -> str:
    first, _, rest = sentence.partition(" ")
    if first in {"The", "A", "An", "It", "This", "That", "They", "He", "She", "We", "But", "And", "In", "On"}:
        return first.lower() + " " + rest
    return sentence


def _spin_sentence(sentence: str, rng: random.Random, settings: SpinSettings) -> str:
    if rng.random() < settings.reorder_rate:
        sentence = _reorder_clauses(sentence)
    if rng.random() < settings.function_word_rate:
        sentence = _OF_PHRASE.sub(lambda match: f"the {match.group(2)}'s {match.group(1)}", sentence, count=1)
    return _WORD_OR_GAP.sub(lambda match: _replace_word(match.group(1), rng, settings), sentence)


def _reorder_clauses(sentence: str) -> str:
    leading = _LEADING_CLAUSE.match(sentence)
    if leading:
        conjunction, clause, main, stop = leading.groups()
        return f"{_upper_first(main)} {conjunction.lower()}{clause}{stop}"
    attribution = _ATTRIBUTION.match(sentence)
    if attribution:
        quote, speaker, stop = attribution.groups()
        return f"{_upper_first(speaker)} that {_lower_first(quote.strip(_QUOTES))}{stop}"
    return sentence


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _replace_word(word: str, rng: random.Random, settings: SpinSettings) -> str:
    lower = word.lower()
    if lower in SYNONYMS and rng.random() < settings.synonym_rate:
        return _same_case(word, rng.choice(SYNONYMS[lower]))
    if lower in _PREPOSITIONS and rng.random() < settings.function_word_rate:
        return _same_case(word, rng.choice(_PREPOSITIONS[lower]))
    if lower == "the" and rng.random() < settings.function_word_rate:
        return _same_case(word, rng.choice(["a", "this", "that"]))
    return word


def _same_case(original: str, replacement: str) -> str:
    return _upper_first(replacement) if original[:1].isupper() else replacement


# ----------------------------------------------------------------------------- labelled pairs

@dataclass(slots=True, frozen=True)
class LabelledPair:
    text_a: str
    text_b: str
    is_rewrite: bool
    kind: str  # "spun", "same_topic_day", "near_duplicate", "seed"


def read_articles(path: Path) -> list[dict]:
    """The articles of a JSONL(.gz) file in the AllSides format (see its FORMAT.md)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def spun_pairs(articles: list[dict], *, count: int, seed: int,
               settings: SpinSettings = SpinSettings()) -> Iterator[LabelledPair]:
    """Positives: ``count`` articles of 5+ sentences (chosen with ``seed``) with a spun copy each."""
    rng = random.Random(seed)
    order = rng.sample(range(len(articles)), len(articles))
    texts = (articles[index]["content_original"] for index in order)
    usable = (text for text in texts if len(split_sentences(text)) >= 5)
    for text in itertools.islice(usable, count):
        yield LabelledPair(text, spin(text, rng=rng, settings=settings), True, "spun")


def same_topic_day_pairs(articles: list[dict], *, count: int, seed: int) -> Iterator[LabelledPair]:
    """Hard negatives: two different articles with the same AllSides topic and the same date."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for article in articles:
        if article.get("date") and len(article["content_original"]) > 300:
            groups[(article["topic"], article["date"])].append(article)
    candidates = [(group[i], group[j]) for group in groups.values()
                  for i in range(len(group)) for j in range(i + 1, len(group))]
    rng = random.Random(seed)
    for first, second in rng.sample(candidates, min(count, len(candidates))):
        yield LabelledPair(first["content_original"], second["content_original"], False, "same_topic_day")


def near_duplicate_pairs(pairs: Iterable[dict], articles: list[dict]) -> Iterator[LabelledPair]:
    """Hard negatives: the wire copies of the silver near-duplicate list (same text, other outlet)."""
    by_id = {article["ID"]: article["content_original"] for article in articles}
    for pair in pairs:
        if pair["id_a"] in by_id and pair["id_b"] in by_id:
            yield LabelledPair(by_id[pair["id_a"]], by_id[pair["id_b"]], False, "near_duplicate")


@dataclass(slots=True)
class Evaluation:
    """Counts and rates of one evaluation run; ``errors`` lists (kind, score) of each mistake."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0
    errors: list[tuple[str, float]] | None = None

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


Scored = list[tuple[LabelledPair, RewriteMatch | None]]


def score_pairs(pairs: Iterable[LabelledPair]) -> Scored:
    """Each labelled pair with its sentence alignment (``None`` when a text has no sentence)."""
    return [(pair, score_rewrite(pair.text_a, pair.text_b)) for pair in pairs]


def evaluate_scored(scored: Scored, *, threshold: float = SCORE_THRESHOLD) -> Evaluation:
    """Precision and recall of the ``rewrite_match`` decision at ``threshold`` over scored pairs."""
    result = Evaluation(errors=[])
    for pair, match in scored:
        predicted = match is not None and is_rewrite(match, threshold=threshold)
        _count(result, pair, predicted=predicted, score=match.score if match else 0.0)
    return result


def evaluate_pairs(pairs: Iterable[LabelledPair], *, threshold: float = SCORE_THRESHOLD) -> Evaluation:
    """Precision and recall of the ``rewrite_match`` decision over labelled pairs."""
    return evaluate_scored(score_pairs(pairs), threshold=threshold)


def _count(result: Evaluation, pair: LabelledPair, *, predicted: bool, score: float) -> None:
    if predicted and pair.is_rewrite:
        result.true_positives += 1
    elif predicted:
        result.false_positives += 1
        result.errors.append((pair.kind, score))
    elif pair.is_rewrite:
        result.false_negatives += 1
        result.errors.append((pair.kind, score))
    else:
        result.true_negatives += 1
