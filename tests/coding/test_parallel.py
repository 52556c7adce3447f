"""How many worker processes an input gets, and how documents travel to them."""

from __future__ import annotations

import pytest

from shadowline.coding.parallel import PARALLEL_MIN_CHARS, chunks, plan_input, plan_workers
from shadowline.records import Document


def test_chunks_keep_order_and_respect_the_size():
    docs = [Document(f"d{i}", "x" * n) for i, n in enumerate([5, 5, 5, 20, 1, 1])]
    parts = list(chunks(docs, max_chars=10))
    assert [[d.doc_id for d in part] for part in parts] == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5"]]
    assert list(chunks([], max_chars=10)) == []


def test_workers_are_capped_at_the_cores_and_auto_at_four():
    large = PARALLEL_MIN_CHARS * 10
    assert plan_workers(6, large, cores=2) == 2
    assert plan_workers(2, large, cores=16) == 2
    assert plan_workers(0, large, cores=16) == 4
    assert plan_workers(None, large, cores=2) == 2
    assert plan_workers(0, large, cores=1) == 1


def test_a_small_input_never_starts_workers_whatever_was_asked():
    assert plan_workers(6, 100, cores=8) == 1
    assert plan_workers(0, PARALLEL_MIN_CHARS - 1, cores=8) == 1
    with pytest.raises(ValueError, match="workers"):
        plan_workers(-1, 100)


def test_plan_input_reads_ahead_only_as_far_as_needed_and_loses_nothing():
    read: list[str] = []

    def stream():
        for i in range(10):
            read.append(f"d{i}")
            yield Document(f"d{i}", "x" * (PARALLEL_MIN_CHARS // 2))

    workers, documents = plan_input(stream(), 3, cores=4)
    assert workers == 3 and read == ["d0", "d1"]  # two documents reach the threshold
    assert [d.doc_id for d in documents] == [f"d{i}" for i in range(10)]
    workers, documents = plan_input([Document("a", "short text")], 3, cores=4)
    assert workers == 1 and [d.doc_id for d in documents] == ["a"]


def test_a_coder_asked_for_many_workers_codes_a_small_input_here(pattern_coder):
    from shadowline.coding.pipeline import Coder
    from shadowline.examples import example_documents

    with Coder(coder="patterns", workers=64) as many:
        coded = list(many.code_documents(example_documents()[:3]))
        assert len(coded) == 3 and many._pool is None
    auto = Coder(coder="patterns", workers=0)
    assert auto.workers is None
    assert len(list(auto.code_documents(example_documents()[:3]))) == 3 and auto._pool is None
    assert Coder(coder="patterns", nlp=pattern_coder.nlp, workers=0).workers == 1
    with pytest.raises(ValueError, match="workers"):
        Coder(coder="patterns", nlp=pattern_coder.nlp, workers=-1)


def test_the_worker_pool_does_not_import_the_coder():
    """parallel.py takes the coder as a factory: no import circle with pipeline.py, not even for types."""
    import ast
    from pathlib import Path

    import shadowline.coding.parallel as parallel

    tree = ast.parse(Path(parallel.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not any(name and name.startswith("shadowline.coding") for name in imported)
