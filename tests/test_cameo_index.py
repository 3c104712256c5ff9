"""The index of a CAMEO dictionary block finds the patterns reading every pattern would.

``cameo.matched_patterns`` looks a verb's object words up in ``_block_index``; the patterns it
returns, and their order (which breaks ties between equally good matches), must be those of
the scan it replaced, on every block of the shipped dictionary, with the patterns that want a
phrase after their object among them.
"""

from __future__ import annotations

import random

from newsdesk.events.cameo import _block_index, cameo_dictionary, matched_patterns


def _scanned(patterns: list[list], objects: set) -> list[list]:
    """Every pattern of the block read in order, as the coder did before the index."""
    return [p for p in patterns if p[1] is not None and (p[0], p[1]) in objects]


def _samples(keys: list[tuple], others: list[tuple], rng: random.Random) -> list[set]:
    """All of the block's own pairs, none, a noun under another preposition, and draws mixing
    the block's pairs with pairs of other blocks."""
    moved = {("with" if prep != "with" else "to", noun) for prep, noun in keys[:3]}
    samples = [set(keys), set(), moved]
    for _ in range(6):
        own = rng.sample(keys, min(len(keys), rng.randint(1, 4)))
        samples.append(set(own) | set(rng.sample(others, 3)))
    return samples


def test_the_block_index_finds_what_reading_every_pattern_finds():
    blocks = cameo_dictionary()["patterns"]
    others = sorted({(p[0], p[1]) for block in blocks for p in block if p[1] is not None},
                    key=str)
    rng = random.Random(20)
    compared = with_phrases = 0
    for number, patterns in enumerate(blocks):
        keys = sorted({(p[0], p[1]) for p in patterns if p[1] is not None}, key=str)
        for objects in _samples(keys, others, rng) if keys else [set(others[:50])]:
            found = matched_patterns(number, objects)
            assert [id(p) for p in found] == [id(p) for p in _scanned(patterns, objects)], number
            compared += len(found)
            with_phrases += sum(1 for p in found if p[4])
        bare = tuple(p for p in patterns if p[1] is None)
        assert _block_index(number)[1] == bare, number
    assert compared > 10_000 and with_phrases > 500  # the 5-field patterns are among them


def test_a_pair_named_twice_in_a_block_keeps_the_blocks_order():
    """Where one block names the same pair in several patterns, the index gives all of them
    in the block's order, so the first among equals wins as before."""
    blocks = cameo_dictionary()["patterns"]
    repeated = [
        (number, key)
        for number in range(len(blocks))
        for key, positions in _block_index(number)[0].items()
        if len(positions) > 1
    ]
    assert repeated
    for number, key in repeated:
        assert matched_patterns(number, {key}) == _scanned(blocks[number], {key})
        assert len(matched_patterns(number, {key})) > 1
