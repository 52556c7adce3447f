"""The bundled example corpus that ``shadowline demo`` codes.

Twenty short reports on France, Azerbaijan and the rivalries around them (2023-2025), written by the
project team in its own words. See ``README.md`` beside this module.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable

from shadowline.records import Document

#: File name of the example corpus inside this package.
CORPUS_FILE = "france_azerbaijan.jsonl"


def example_corpus_file() -> Traversable:
    """The packaged JSONL file of the example corpus (one report per line).

    >>> example_corpus_file().name
    'france_azerbaijan.jsonl'
    """
    return files(__name__).joinpath(CORPUS_FILE)


def example_documents() -> list[Document]:
    """Read the example corpus as `Document` records, in date order.

    >>> docs = example_documents()
    >>> docs[0].doc_id, docs[0].date
    ('fa-2023-01-burkina-faso-orders-french-troops-out', '2023-01-24')
    """
    documents = []
    for line in example_corpus_file().read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        documents.append(Document(doc_id=row["id"], text=row["text"], date=row["date"], title=row["title"],
                                  url=row["url"], source=row["source"], path=CORPUS_FILE))
    return sorted(documents, key=lambda d: d.date or "")
