"""shadowline: open geopolitical event data from news text.

>>> import shadowline
>>> events = shadowline.code_text("Russia criticised France.", date="2024-03-01")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from shadowline.records import Event

_default_coder = None


def code_text(text: str, date: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text into events with the default coder (loaded once per process)."""
    global _default_coder
    if _default_coder is None:
        from shadowline.coding.pipeline import Coder

        _default_coder = Coder()
    return _default_coder.code_text(text, date=date, doc_id=doc_id)


def __getattr__(name: str):  # lazy public names keep `import shadowline` fast
    if name == "Store":
        from shadowline.store import Store

        return Store
    if name == "Coder":
        from shadowline.coding.pipeline import Coder

        return Coder
    raise AttributeError(name)


__all__ = ["__version__", "code_text"]
