"""Results do not depend on Python's string hash, which is seeded anew in every process
(``PYTHONHASHSEED``): a choice between equals never falls to the order of a set of strings."""

from __future__ import annotations

import os
import subprocess
import sys

#: Prints the full name a speaker's shorter name stands for, of two as long in the article.
FULLEST = """
from newsdesk.entities.people import fullest_variant
print(fullest_variant("John Smith", ["John Adam Smith", "Mr. Smith", "John Bart Smith"]))
"""


def _under_seeds(code: str, seeds: range) -> set[str]:
    found = set()
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=True, timeout=120)
        found.add(done.stdout.strip())
    return found


def test_the_fullest_name_of_a_speaker_is_the_first_of_equals_under_any_hash_seed() -> None:
    assert _under_seeds(FULLEST, range(1, 7)) == {"John Adam Smith"}


#: Prints the brief's actor network of two articles whose actors are each named once.
NETWORK = """
from newsdesk.brief.render import network_svg
text = "Russia sent troops to Kazakhstan. China watched from Beijing. Tokayev thanked Putin."
names = [("Russia", "GPE"), ("Kazakhstan", "GPE"), ("China", "GPE"), ("Beijing", "GPE"),
         ("Tokayev", "PERSON"), ("Putin", "PERSON")]
records = [{"name": name, "label": label, "start": text.index(name)} for name, label in names]
mentions = {"a": records[:3], "b": records[3:]}
print(network_svg(mentions, {"a", "b"}, texts={"a": text, "b": text}))
"""


def test_the_actor_network_places_actors_alike_under_any_hash_seed() -> None:
    (svg,) = _under_seeds(NETWORK, range(1, 7))
    assert svg.count("<circle") == 6
