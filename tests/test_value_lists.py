"""Short lists of strings and integers reach a query as JSON text without an Arrow round
trip (``newsdesk.store.values._small_list``); the values come back as the Arrow way gives
them, and any other list takes the Arrow way."""

from __future__ import annotations

import pyarrow as pa
import pytest

from newsdesk.store import open_store
from newsdesk.store.values import _as_table, _small_list, _split, small_rows

#: Names and words as the registry and the quote index pass them: quotes, accents, a
#: backslash, scripts other than Latin, an empty string.
WORDS = [
    "O'Rourke", "Łódź", 'the "so-called" deal', "C:\\path", "Зеленский", "習近平", "", "🙂",
]


@pytest.mark.parametrize(
    "spec",
    [WORDS, tuple(WORDS), (WORDS, pa.string()), ([3, -1, 2**40], pa.int64()), ([7, 8], pa.int32())],
)
def test_a_short_list_goes_as_the_json_text_its_arrow_table_gives(spec):
    assert _small_list(spec) == small_rows(_as_table(spec))


@pytest.mark.parametrize(
    "spec",
    [
        ["Ada", None],  # a null: Arrow's way
        ([1, True], pa.int64()),  # a bool is no integer here
        ([1.5], pa.float64()),
        pa.table({"value": ["Ada"]}),
        ["x"] * 2001,  # past SMALL_BATCH
    ],
)
def test_any_other_list_takes_the_arrow_way(spec):
    assert _small_list(spec) is None


def test_the_values_come_back_from_the_store_in_order(tmp_path):
    with open_store(tmp_path / "store.duckdb") as store:
        small, large = _split({"words": WORDS, "numbers": ([5, 3, 5], pa.int64())})
        assert set(small) == {"words", "numbers"} and not large
        rows = store._run(
            "SELECT (SELECT list(value) FROM words), (SELECT list(value) FROM numbers)",
            words=WORDS,
            numbers=([5, 3, 5], pa.int64()),
        ).fetchall()
        assert rows == [(WORDS, [5, 3, 5])]
