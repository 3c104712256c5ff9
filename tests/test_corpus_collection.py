"""The cycle collector around each corpus step (``newsdesk.analyse.older_objects_frozen``):
older objects are left alone inside the block and seen again after it, nothing is lost."""

from __future__ import annotations

import gc
import weakref

import pytest

from newsdesk.analyse import older_objects_frozen


class _Node:
    """An object the cycle collector tracks; ``me`` makes it a cycle of its own."""

    me: _Node | None = None


def _dropped_cycle() -> weakref.ref[_Node]:
    node = _Node()
    node.me = node
    return weakref.ref(node)


@pytest.fixture(autouse=True)
def _nothing_frozen():
    if gc.get_freeze_count() or not gc.isenabled():
        pytest.skip("the process froze objects or paused the collector itself")
    yield
    assert gc.get_freeze_count() == 0


def test_a_cycle_older_than_the_block_waits_for_its_end_and_the_blocks_own_do_not():
    older = _Node()
    older.me = older
    gone = weakref.ref(older)
    with older_objects_frozen():
        del older
        gc.collect()
        assert gone() is not None
        made_inside = _dropped_cycle()
        gc.collect()
        assert made_inside() is None
    gc.collect()
    assert gone() is None


def test_the_collector_sees_every_object_again_after_the_block_even_when_it_fails():
    with pytest.raises(RuntimeError), older_objects_frozen():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a step failed")
    assert gc.get_freeze_count() == 0


def test_objects_the_program_froze_itself_stay_frozen():
    kept = _Node()
    kept.me = kept
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with older_objects_frozen():
            made_inside = _dropped_cycle()
            gc.collect()
            assert made_inside() is None
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_paused_collector_stays_paused():
    gc.disable()
    try:
        with older_objects_frozen():
            assert gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
