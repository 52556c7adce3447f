"""One way to open the shipped ONNX models: CPU, full graph optimisation, a chosen thread count."""

from __future__ import annotations

from pathlib import Path


def open_session(onnx_path: Path, threads: int | None = None) -> object:
    """An onnxruntime CPU inference session for `onnx_path` (``threads``: intra-op threads, None = default)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    return ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
