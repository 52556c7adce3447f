"""Analysis of coded events: dyads, relations network, blocs, balance, shadow conflict, domino, warning.

The library surface is six functions that take a :class:`shadowline.Store` and return a result with
``to_dict()``: ``dyads``, ``network``, ``blocs``, ``shadow``, ``domino``, ``warn`` (see docs/api.md). As
attributes of this package those names are the functions; the modules of the same names hold the
algorithms, which take a DuckDB connection (or a graph built from one) and return plain data:

>>> import duckdb
>>> from shadowline import analysis
>>> con = duckdb.connect("shadowline.duckdb", read_only=True)  # doctest: +SKIP
>>> G = analysis.relations_network(con, half_life_days=180)  # doctest: +SKIP
>>> analysis.find_blocs(G).blocs[0].members  # doctest: +SKIP
"""

from shadowline.analysis.balance import BalanceReport, Triad, balance_index, structural_balance
from shadowline.analysis.blocs import Bloc, BlocPartition, find_blocs
from shadowline.analysis.domino import ActorOutcome, CascadeParams, CascadeResult, simulate_cascade
from shadowline.analysis.dyads import DyadEvent, DyadPoint, dyad_events, dyad_series
from shadowline.analysis.events import MODALITY_WEIGHTS, load_events
from shadowline.analysis.network import DEFAULT_HALF_LIFE_DAYS, export_network, relations_network
from shadowline.analysis.network import EXPORT_FORMATS as NETWORK_FORMATS
from shadowline.analysis.shadow import ShadowDyad, shadow_conflicts
from shadowline.analysis.warning import Alert, escalation_alerts

__all__ = [
    "DEFAULT_HALF_LIFE_DAYS", "NETWORK_FORMATS",
    "ActorOutcome", "Alert", "BalanceReport", "Bloc", "BlocPartition", "CascadeParams", "CascadeResult",
    "DyadEvent", "DyadPoint", "MODALITY_WEIGHTS", "ShadowDyad", "Triad", "balance_index",
    "dyad_events", "dyad_series", "escalation_alerts", "export_network", "find_blocs",
    "load_events", "relations_network", "shadow_conflicts", "simulate_cascade", "structural_balance",
    "BlocsReport", "DominoReport", "DyadSeries", "RelationsNetwork", "ShadowReport", "WarningReport",
    "blocs", "domino", "dyads", "network", "shadow", "warn",
]

# Bound last, so that these names are the functions (the submodules stay importable by their full path).
from shadowline.analysis.results import (  # noqa: E402
    BlocsReport,
    DominoReport,
    DyadSeries,
    RelationsNetwork,
    ShadowReport,
    WarningReport,
    blocs,
    domino,
    dyads,
    network,
    shadow,
    warn,
)
