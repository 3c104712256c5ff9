"""The lexicons bylines are read with: news agencies, words of a page's interface and of
organisations' names, companies' legal forms, the newsroom roles written after a name.

They are kept here, short and general, because no library ships them across languages:
stop-word lists hold function words (and a name may be one), and the NER cannot tell a
one-word agency from a surname.
"""

from __future__ import annotations

import re

from newsdesk.entities.people import LEGAL_FORMS

#: The world's main news agencies as bylines write them: a closed set, like a gazetteer, for
#: the one-word credits the NER cannot tell from a surname ("Reuters", "dpa", "Kyodo").
NEWS_AGENCIES = frozenset(
    {
        "ap",
        "afp",
        "reuters",
        "dpa",
        "apa",
        "ansa",
        "efe",
        "kyodo",
        "xinhua",
        "tass",
        "ria",
        "upi",
        "bloomberg",
        "sda",
        "keystone-sda",
        "kna",
        "epd",
        "jiji",
        "yonhap",
        "pti",
        "ians",
        "anp",
        "belga",
        "ctk",
        "pap",
        "mti",
        "bta",
        "hina",
        "tanjug",
        "ntb",
        "tt",
        "stt",
        "ritzau",
        "aap",
        "cna",
        "bernama",
        "antara",
        "wafa",
        "mena",
        "irna",
        "anadolu",
        "interfax",
        "ukrinform",
        "sid",
        "kathpress",
        "idea",
        "ots",
        "lusa",
        "notimex",
        "telam",
        "prensa latina",
        "associated press",
        "the associated press",
        "agence france-presse",
        "ria novosti",
        "kazinform",
    }
)

#: Words of a page's interface that author slots catch beside or instead of a name ("Alle
#: Beiträge", "Gesponserte Inhalte", "Martin Junker Kontakt", "Follow", an account form's
#: "Reset Password" beside the headline), in the languages of
#: the sites read most. No library ships such a list across languages (stop-word lists hold
#: function words, and a name may be one), so it is kept here, short and general.
INTERFACE_WORDS = frozenset(
    {
        "admin", "administrator", "alle", "all", "articles", "artikel", "beiträge", "posts",
        "post", "mehr", "more", "plus", "follow", "folgen", "suivre", "seguir", "share",
        "teilen", "partager", "compartir", "contact", "kontakt", "profile", "profil", "perfil",
        "sponsored", "gesponsert", "gesponserte", "inhalte", "content", "anzeige", "werbung",
        "advertisement", "login", "anmelden", "logged", "account", "konto", "comment",
        "comments", "kommentar", "kommentare", "commentaires", "read", "lesen", "view", "home",
        "startseite", "menu", "newsletter", "subscribe", "abonnieren", "search", "suche",
        "edit", "bearbeiten", "print", "drucken", "email", "e-mail", "tags", "kategorie",
        "category", "archive", "archiv", "weitere", "filter", "filtern", "filtrer", "filtrar",
        "zurück", "back", "next", "weiter", "default", "unknown", "anonymous", "anonym",
        "null", "none", "undefined", "datum", "date", "data", "quelle", "source", "fuente", "related",
        "verwandte", "themen", "topics", "uhr", "min", "minuten", "lesezeit", "website",
        "homepage", "password", "passwort", "contraseña", "reset", "register", "registrieren",
        "logout", "abmelden",
    }
)

#: French and Italian "read", interface text only where they open an interface phrase, a
#: word all in lower case after them ("Lire l'article original", "Leggi anche"): in a title
#: ("Lire Magazine", "Plaisir de Lire", "Leggi d'Italia") each is a word of the name.
INTERFACE_LEADS = frozenset({"lire", "leggi"})

#: The kinds of article a page writes in its author's slot where no one signs the piece: an
#: editorial, an opinion, an analysis ("Editorial" in ``<meta name=author>`` over a paper's
#: leader). A whole byline that is one of them names a kind, not a writer; "Editorial Board"
#: and "Times Editorial Board" are desks (``DESK_TAIL``), and "Analysis by Chris Cillizza"
#: names the writer after the byline word.
ARTICLE_KINDS = frozenset({
    "editorial", "éditorial", "editoriale", "leitartikel", "opinion", "meinung", "opinión",
    "opinião", "analysis", "analyse", "análisis", "commentary", "gastbeitrag", "kolumne",
    "column", "chronique", "op-ed",
})

#: The words a desk's byline ends in, after the outlet's name ("Jerusalem Post Staff", "HNN
#: Staff Writer", "AP Wire Reports", "Times Editorial Board", "Metro News Desk", "Teufel
#: Editorial Team"): the whole byline names the desk, and the outlet's name before them is
#: no interface text ("Post").
DESK_TAIL = re.compile(
    r"\s(?:staff(?:\s+(?:writers?|reports?))?|(?:news\s+)?desk|wire\s+(?:reports?|services?)"
    r"|editorial\s+(?:board|team)|newsroom)$",
    re.IGNORECASE,
)

#: A clock time as a post's stamp prints it, with the clock word after it ("10:22", "10:30:05",
#: "10:30 am", "10:22 Uhr"), read case-blind: the text of a regular expression, for the
#: patterns that find a time before a byline word, in the byline and on the page.
CLOCK_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?"

#: The newsroom roles a byline writes after a writer's name ("Tom Krisher, AP Auto Writer",
#: "Jane Doe, Senior Correspondent"), in the languages of the sites read most, singular (an
#: English plural in "s" is read too; other languages' plurals are not): a part after a name
#: that ends in one is the writer's title.
NEWSROOM_ROLES = frozenset({
    "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "journalist",
    "photographer", "producer", "critic", "blogger", "intern", "redakteur", "redakteurin",
    "korrespondent", "korrespondentin", "journaliste", "rédacteur", "rédactrice", "periodista",
    "redactor", "redactora", "giornalista", "redattore", "redattrice",
})

#: A newsroom's own noun for its desk, in the languages of the sites read most: alone in an
#: author's slot ("Redaktion" as a JSON-LD ``Person``) it credits the desk, no user.
DESK_NOUNS = frozenset({
    "redaktion", "redaction", "rédaction", "redacción", "redaccion", "redazione", "redação",
    "redacao", "redactie", "redakcja", "redakce", "toimitus", "newsroom", "newsdesk", "editorial",
})

#: The abbreviation of the desk's noun that papers write in lower case in the author's slot
#: ("Autor: red", "(red)", the Polish "red."), or capitalised with its period ("Red."): the
#: desk, no person nor user name. A capital with no period is kept, so the name or nickname
#: "Red" stays one.
DESK_ABBREVIATIONS = frozenset({"red"})

#: Words that qualify a newsroom role in a title ("Senior Contributor", "Chief Political
#: Correspondent", "Contributing Writer"): after a name with no separator, such a title is the
#: writer's, where a surname that is an English word ("Rose", "Winter") is no title word.
ROLE_MODIFIERS = frozenset({
    "senior", "junior", "chief", "deputy", "associate", "assistant", "executive", "managing",
    "contributing", "staff", "special", "political", "foreign", "national", "investigative",
    "business", "sports", "science", "health", "technology", "tech", "digital", "freelance",
    "guest", "lead", "principal", "features", "news", "opinion", "local", "regional",
    "washington", "economics", "entertainment", "culture", "travel", "food",
    "leitender", "leitende", "freier", "freie", "stellvertretender", "stellvertretende",
})
#: Words that qualify a role only together, as one beat ("White House Correspondent"): alone,
#: each is a surname's word ("Mary Ann White Reporter" is Mary Ann White's byline).
ROLE_MODIFIER_PHRASES = frozenset({("white", "house")})

#: Academic and professional credentials that bylines write after a name, as they are written
#: there (dots left out: "Ph.D." is "PhD"; case kept, so "Ms" or "Ma" stays a word): degrees
#: ("MS", "PhD", "MBA"), licences and registrations of the health, legal and financial trades
#: ("RD", "RN", "CFA", "Esq"). After a name they are suffixes to cut ("Rachael Link, MS, RD"),
#: never a second name nor an organisation. nameparser keeps a list of such suffixes for the one
#: name it is given but is no dependency here; this one is short and kept to the forms news,
#: health and finance sites print.
CREDENTIALS = frozenset({
    "PhD", "MD", "DO", "DDS", "DMD", "DVM", "PharmD", "PsyD", "EdD", "DNP", "DPT", "JD", "LLM",
    "MBBS", "MBChB", "MA", "MS", "MSc", "MSW", "MPH", "MBA", "MFA", "MEd", "BA", "BS", "BSc",
    "BSN", "MSN", "RN", "NP", "APRN", "FNP", "PA-C", "RD", "RDN", "LD", "LDN", "CDE", "CDCES",
    "CNM", "IBCLC", "LCSW", "LMFT", "LPC", "CPT", "CSCS", "FACP", "FACS", "FAAP", "FRCP", "FRCS",
    "CFA", "CFP", "CPA", "ChFC", "CLU", "CAIA", "Esq",
})

#: The nouns a newspaper's or news site's title ends in ("Charlotte Observer", "Victoria
#: Advocate", "Austin American-Statesman", "City Herald"): before desk words they name the
#: outlet, where a person's name before them is the writer's ("Jane Doe Staff Writer").
PRESS_TITLE_NOUNS = frozenset({
    "post", "times", "news", "journal", "press", "gazette", "herald", "tribune", "daily",
    "weekly", "magazine", "observer", "advocate", "statesman", "chronicle", "standard",
    "courier", "examiner", "telegraph", "register", "sentinel", "star", "globe", "mirror",
    "inquirer", "dispatch", "bulletin", "record", "review", "reporter", "independent",
    "guardian", "express", "mail", "monitor", "banner", "beacon", "ledger", "enquirer",
    "democrat", "republican", "citizen", "leader", "argus", "clarion", "eagle",
    "wire", "online", "today", "sun", "voice", "week", "world", "report",
})

#: The legal forms of companies and associations on the European sites read most, written
#: without dots ("e.V." is "ev").
_EUROPEAN_LEGAL_FORMS = frozenset({
    "gmbh", "ag", "kg", "ohg", "ev", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ug",
    "mbh", "gbr", "limited",
})
#: Words that make a name an organisation's: legal forms and the nouns institutions are
#: named with, in the languages of the sites read most ("IZ Medien GmbH", "Bundesministerium
#: der Justiz" read as people by the English NER).
ORGANISATION_WORDS = _EUROPEAN_LEGAL_FORMS | frozenset(
    {
        "se", "inc", "ltd", "llc", "plc", "corp", "e.v", "ab",
        "company", "group", "gruppe", "verlag", "media", "medien", "entertainment",
        "redaktion", "editorial", "news", "zeitung", "magazin", "magazine", "online",
        "verband", "ministerium", "bundesministerium", "amt", "institut", "institute",
        "university", "universität", "université", "universidad", "stiftung", "foundation",
        "association", "verein", "agentur", "agency", "presse", "press", "forum",
    }
)

#: German compounds end in the institution's noun ("Landesanstalt", "Bundesverband",
#: "Verbraucherzentrale"); the nouns are long enough that no surname ends in one.
ORGANISATION_COMPOUND = re.compile(
    r"\w{3}(?:anstalt|ministerium|verband|institut|stiftung|verein|agentur|verlag"
    r"|gesellschaft|zentrale|behörde|kammer|akademie|redaktion|gruppe)$"
)

#: A company's legal form, written without its dots ("d.o.o." is "doo"): English ones from
#: the entity tagger's list, and those of the European sites read most.
LEGAL_FORM_WORDS = frozenset(form.replace(".", "") for form in LEGAL_FORMS) | _EUROPEAN_LEGAL_FORMS | {
    "doo", "dd", "sro", "ltda", "pty", "gmbhcokg", "kgaa",
}
