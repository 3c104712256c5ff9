"""Nationality words a country's name does not make with an adjective's ending.

The gazetteer reads most nationality words from the country names themselves
(``gazetteer.country_of_word``: "Iraqi", "Chinese", "Kazakh", "Norwegian"); the words below
are those its stem rules miss because English does not form them from the name ("French",
"Dutch", "Swiss", "Greek", "Polish", "Filipino", "Emirati"), each with the gazetteer's id of
the state it names. The list covers the sovereign states whose adjective or people's word
the stem rules miss, checked state by state against ``country_of_word``. Left out: words of
a people that is no one state's (Welsh, Kurdish, Khmer; "Persian" of the Persian Gulf;
"Congolese" of two states), words of several words ("New Zealander"), and short or rare
words that are names or other words too ("Lao", a surname; "Dane", "Finn", given names;
"Vincentian", a religious order). A word is read only capitalised ("Polish", not "polish";
``gazetteer.irregular_nationality``), and its plural with it ("Greeks", "Filipinos").
"""

from __future__ import annotations

#: Lower-cased nationality word -> the gazetteer's id of the state it names.
IRREGULAR_NATIONALITIES: dict[str, str] = {
    "argentine": "ARG", "azeri": "AZE", "basotho": "LSO", "burkinabe": "BFA", "burkinabè": "BFA",
    "burmese": "MMR", "croat": "HRV", "cypriot": "CYP", "danish": "DNK", "dutch": "NLD",
    "dutchman": "NLD", "dutchmen": "NLD", "emirati": "ARE", "filipino": "PHL", "finnish": "FIN",
    "french": "FRA", "frenchman": "FRA", "frenchmen": "FRA", "greek": "GRC", "hellenic": "GRC",
    "irish": "IRL", "irishman": "IRL", "irishmen": "IRL", "kittitian": "KNA", "kosovar": "XKX",
    "kyrgyz": "KGZ", "laotian": "LAO", "liechtensteiner": "LIE", "luxembourger": "LUX",
    "madagascan": "MDG", "malagasy": "MDG", "mauritian": "MUS", "monegasque": "MCO",
    "montenegrin": "MNE", "motswana": "BWA", "nigerien": "NER", "philippine": "PHL",
    "polish": "POL", "salvadoran": "SLV", "salvadorean": "SLV", "sammarinese": "SMR",
    "santomean": "STP", "serb": "SRB", "seychellois": "SYC", "slovak": "SVK", "slovene": "SVN",
    "spaniard": "ESP", "spanish": "ESP", "swiss": "CHE", "tajik": "TJK", "turkmen": "TKM",
    "uzbek": "UZB",
}
