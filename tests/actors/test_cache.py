"""The knowledge-base cache file: built once, read back by the next process, rebuilt when inputs change."""

from __future__ import annotations

import os

from shadowline.actors import cache
from shadowline.actors.knowledge import Entry, KnowledgeBase


def _small_base() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add(Entry(code="AZE", kind="country", name="Azerbaijan", country="AZE"), ["Azerbaijan"])
    return kb


def test_the_built_base_is_read_back_from_the_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    first = cache.load_or_build(_small_base)
    assert list(tmp_path.glob("knowledge-*.pickle"))

    def must_not_build() -> KnowledgeBase:
        raise AssertionError("the cache file should have been read")

    again = cache.load_or_build(must_not_build)
    assert again.lookup("azerbaijan")[0].country == first.lookup("azerbaijan")[0].country == "AZE"


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    cache.load_or_build(_small_base)
    for path in tmp_path.glob("knowledge-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cache.load_or_build(_small_base).lookup("azerbaijan")


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", "")
    assert cache.cache_dir() is None
    assert cache.load_or_build(_small_base).lookup("azerbaijan")


def test_other_installs_cache_files_are_kept_up_to_a_few(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    others = [tmp_path / f"knowledge-other{i}.pickle" for i in range(cache.KEEP_FILES + 2)]
    for number, other in enumerate(others):
        other.write_bytes(b"x")
        os.utime(other, (number, number))
    cache.load_or_build(_small_base)
    kept = sorted(p.name for p in tmp_path.glob("knowledge-*.pickle"))
    assert len(kept) == cache.KEEP_FILES and others[-1].name in kept and others[0].name not in kept


def _two_tier_base() -> KnowledgeBase:
    kb = _small_base()
    kb.add(Entry(code="wagner", kind="agent", name="Wagner Group", country="RUS", sector="NGO", tier=2,
                 aliases=("PMC Wagner",)), ["Wagner", "PMC Wagner"], plurals=True)
    return kb


def test_the_base_read_back_holds_the_same_entries_whichever_way_they_are_reached(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    built = cache.load_or_build(_two_tier_base)
    read = cache.load_or_build(_two_tier_base)
    assert read is not built
    assert read == built and built.entries[1] in read.entries  # before any entry was reached
    assert read.lookup("pmc wagner") == built.lookup("pmc wagner")
    assert read.lookup("pmc wagner")[0].sector == "SOC"  # normalised once, at build time
    assert read.entries[-1] is read.entries[-1]
    assert list(read.entries) == built.entries and read.entries[0:2] == built.entries[0:2]
    assert read.show("RUS") == built.show("RUS") and read.sizes() == built.sizes()
    user = Entry(code="X", kind="agent", name="Some militia", country="AZE", tier=0)
    read.add(user, ["some militia"])
    assert read.lookup("some militia") == [user] and len(read.entries) == 3


def test_intergovernmental_codes_are_stored_with_the_base_and_follow_added_entries(tmp_path, monkeypatch):
    def base() -> KnowledgeBase:
        kb = _small_base()
        kb.add(Entry(code="NATO", kind="igo", name="NATO", country="NATO"), ["NATO"])
        return kb

    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    built = cache.load_or_build(base)
    read = cache.load_or_build(base)
    assert read.igo_codes == built.igo_codes == frozenset({"NATO"})
    assert all(type(row) is tuple for row in list.__iter__(read.entries))  # no entry was made to find them
    read.add(Entry(code="ASEAN", kind="igo", name="ASEAN", country="ASEAN"), ["ASEAN"])  # a user dictionary's
    assert read.igo_codes == frozenset({"NATO", "ASEAN"})


def test_a_resolution_is_remembered_and_forgotten_when_the_base_changes():
    from shadowline.actors.resolver import resolve_actor

    kb = _small_base()
    assert resolve_actor("Quellmark", kb=kb) is None
    assert ("Quellmark", None, None) in kb.resolutions
    first = resolve_actor("Azerbaijan", kb=kb)
    first.country = "changed by a caller"
    assert resolve_actor("Azerbaijan", kb=kb).country == "AZE"  # each caller gets its own copy
    kb.add(Entry(code="QLM", kind="country", name="Quellmark", country="QLM"), ["Quellmark"])
    assert not kb.resolutions
    assert resolve_actor("Quellmark", kb=kb).country == "QLM"


def test_a_name_met_before_finds_the_entries_added_to_it_since():
    from shadowline.actors.matching import find_matches

    kb = _small_base()
    assert [e.code for m in find_matches(["azerbaijan"], kb) for e in m.entries] == ["AZE"]
    kb.add(Entry(code="AZEX", kind="organisation", name="Azerbaijan", country="AZE", tier=0), ["Azerbaijan"])
    assert sorted(e.code for m in find_matches(["azerbaijan"], kb) for e in m.entries) == ["AZE", "AZEX"]


def test_the_remembered_resolutions_are_not_written_to_the_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SHADOWLINE_CACHE_DIR", str(tmp_path))
    from shadowline.actors.resolver import resolve_actor

    def resolved_base() -> KnowledgeBase:
        kb = _small_base()
        resolve_actor("Azerbaijan", kb=kb)
        return kb

    cache.load_or_build(resolved_base)
    assert cache.load_or_build(resolved_base).resolutions == {}

