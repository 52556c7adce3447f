"""One way to open and run the shipped ONNX models: CPU, extended graph optimisation, one row at a time.

The shipped models are int8 with *dynamic* activation scales: each matrix product first measures the
range of its input tensor. Run on a padded batch, that range (and the padding) is shared by every row,
so a pair's label and confidence would depend on the pairs beside it. :func:`run_alone` therefore
feeds each token row through the model on its own, unpadded: a row's output is a function of that row
only, whatever else is coded, in whatever order, batch size or worker count
(docs/decisions/0014-deterministic-inference.md).

Sessions open lazily (:class:`LazySession`): loading a coder reads the model cards only, and the
graph is built on first use, or in the background once :meth:`LazySession.prefetch` is called.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

#: onnxruntime intra-op threads per session unless asked otherwise. One row of a MiniLM is a small
#: matrix: a second thread costs ~30% more CPU for ~10% less wall time, and spinning threads burn CPU
#: while Python works. Cores are used through worker processes instead (``coding/parallel.py``).
DEFAULT_THREADS = 1


def open_session(onnx_path: Path, threads: int | None = None) -> object:
    """An onnxruntime CPU inference session for `onnx_path` (``threads``: intra-op threads, default 1)."""
    import onnxruntime as ort

    threads = threads or DEFAULT_THREADS
    options = ort.SessionOptions()
    # "extended" gives bit-identical outputs at the same speed as "all" and opens ~30% faster
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # idle threads must sleep, not spin: the Python steps between two runs need the core
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])


class LazySession:
    """An ONNX session opened on first use (or in a background thread after :meth:`prefetch`).

    Safe to share between threads: the session opens once, and onnxruntime's ``run`` is thread-safe.
    """

    def __init__(self, onnx_path: Path, threads: int | None = None) -> None:
        self.path = Path(onnx_path)
        if not self.path.exists():
            raise FileNotFoundError(f"model file {self.path} is missing; rebuild it with the training "
                                    "scripts under training/ or pass a directory that holds it")
        self.threads = threads
        self._session: object | None = None
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None

    def prefetch(self) -> None:
        """Start opening the session in a background thread (onnxruntime builds it outside the GIL)."""
        with self._lock:
            if self._session is not None or self._loader is not None:
                return
            # not a daemon: the interpreter waits for it at exit. A daemon thread still building the session in
            # onnxruntime's C++ when a short script ends aborts the process ("terminate called without an active
            # exception", exit status 134) after its output was written.
            self._loader = threading.Thread(target=self._open_quietly, name=f"open {self.path.name}", daemon=False)
            self._loader.start()

    def _open_quietly(self) -> None:
        try:
            self.session()
        except Exception:  # noqa: BLE001 - the first use opens it again and raises in the caller's thread
            pass

    def session(self) -> object:
        """The onnxruntime session, opened now if it is not open yet."""
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._session = open_session(self.path, self.threads)
        return self._session

    def run(self, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        """All outputs of the model for `feeds`."""
        if self._loader is not None:
            self._loader.join()
        return self.session().run(None, feeds)  # type: ignore[attr-defined]

    def output_names(self) -> list[str]:
        """Names of the model's outputs, in order."""
        return [o.name for o in self.session().get_outputs()]  # type: ignore[attr-defined]


def run_alone(session: LazySession, rows: Sequence[Sequence[int]]) -> list[list[np.ndarray]]:
    """The model's outputs for each token-id row, each row run by itself (batch of one, no padding).

    Returns, per row, the list of output arrays with the batch axis removed.
    """
    out = []
    for row in rows:
        ids = np.asarray([row], dtype=np.int64)
        outputs = session.run({"input_ids": ids, "attention_mask": np.ones_like(ids)})
        out.append([arr[0] for arr in outputs])
    return out
