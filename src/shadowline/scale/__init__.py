"""Scale-out: the same coding step mapped over document partitions on a Dask cluster (``--engine dask``),
and the dyad series and signed network computed with Dask DataFrame over a Parquet dataset of events.

Dask is an optional extra: ``pip install 'shadowline[dask]'``.
"""

from shadowline.scale.extra import DASK_EXTRA_HINT, DaskNotInstalled, require_dask

__all__ = ["DASK_EXTRA_HINT", "DaskNotInstalled", "require_dask"]
