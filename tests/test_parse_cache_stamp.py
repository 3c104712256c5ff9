"""A file's kept parse named through its stamp: read and hashed only when it may have changed,
and never answered by an older parse (``newsdesk.parse_cache.kept_file_parse``)."""

from __future__ import annotations

import json
import os
import time

from newsdesk import parse_cache
from newsdesk.parse_cache import SETTLED_NS, kept_file_parse


def _settled(path, monkeypatch):
    """The file's last change older than the settling time, as an installed package file's
    is (its change time cannot be set back: the settling time is made short and waited)."""
    monkeypatch.setattr(parse_cache, "SETTLED_NS", 50_000_000)
    time.sleep(0.1)


def _counting(parses):
    def parse(data: bytes):
        parses.append(data)
        return json.loads(data)

    return parse


def test_a_settled_file_is_read_once_then_named_by_its_stamp(tmp_path, monkeypatch):
    source, cache = tmp_path / "names.json", tmp_path / "cache"
    source.write_text('["Ada", "Grace"]')
    _settled(source, monkeypatch)
    parses = []
    assert kept_file_parse("names", source, _counting(parses), cache=cache) == ["Ada", "Grace"]
    assert len(list(cache.glob("stamp-*"))) == 1
    reads = []
    original = type(source).read_bytes

    def counted(path):
        reads.append(path.name)
        return original(path)

    monkeypatch.setattr(type(source), "read_bytes", counted)
    assert kept_file_parse("names", source, _counting(parses), cache=cache) == ["Ada", "Grace"]
    assert "names.json" not in reads and len(parses) == 1


def test_a_file_changed_in_place_is_parsed_again(tmp_path, monkeypatch):
    source, cache = tmp_path / "names.json", tmp_path / "cache"
    source.write_text('["Ada", "Grace"]')
    _settled(source, monkeypatch)
    parses = []
    kept_file_parse("names", source, _counting(parses), cache=cache)
    assert len(list(cache.glob("stamp-*"))) == 1
    stat = source.stat()
    source.write_text('["Ada", "Alan!"]')  # the same size
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # its time set back: not its ctime
    assert kept_file_parse("names", source, _counting(parses), cache=cache) == ["Ada", "Alan!"]
    assert len(parses) == 2


def test_a_file_changed_just_now_keeps_no_stamp(tmp_path):
    source, cache = tmp_path / "names.json", tmp_path / "cache"
    source.write_text('["Ada"]')
    assert SETTLED_NS >= 2_000_000_000  # past the coarsest clock of a file system (FAT: 2 s)
    assert kept_file_parse("names", source, _counting([]), cache=cache) == ["Ada"]
    assert not list(cache.glob("stamp-*"))
    assert len(list(cache.glob("names-*.marshal"))) == 1


def test_the_packaged_gazetteer_through_its_stamp_is_the_parse_of_its_bytes(tmp_path, monkeypatch):
    from newsdesk.entities import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer.load_gazetteer_by_id.cache_clear()
    gazetteer.load_gazetteer.cache_clear()
    try:
        first = gazetteer.load_gazetteer_by_id()
        gazetteer.load_gazetteer_by_id.cache_clear()
        again = gazetteer.load_gazetteer_by_id()
        assert again.countries == first.countries and again.attribution == first.attribution
        some = next(iter(first.entries))
        assert again.entries.get(some) == first.entries.get(some) is not None
    finally:
        gazetteer.load_gazetteer_by_id.cache_clear()
