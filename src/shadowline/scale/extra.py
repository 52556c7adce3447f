"""The optional ``dask`` extra: one check, one message that says what to install."""

from __future__ import annotations

DASK_EXTRA_HINT = "install it with: pip install 'shadowline[dask]'"


class DaskNotInstalled(ImportError):
    """Dask (``dask[distributed]``) is needed for this and is not installed."""


def require_dask(what: str = "the dask engine") -> None:
    """Raise :class:`DaskNotInstalled`, naming the extra, unless ``dask`` and ``distributed`` import."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskNotInstalled(f"{what} needs Dask, which is not installed ({exc}); {DASK_EXTRA_HINT}") from exc
