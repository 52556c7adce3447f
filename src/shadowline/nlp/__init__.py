"""spaCy loading and parsing: sentences, entities and dependency parses for the coder."""

from shadowline.nlp.pipeline import DEFAULT_PIPELINE, load_nlp, parse_texts

__all__ = ["DEFAULT_PIPELINE", "load_nlp", "parse_texts"]
