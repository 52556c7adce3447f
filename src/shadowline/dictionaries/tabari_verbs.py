"""Reader for TABARI/PETRARCH verb dictionaries (the format of PETRARCH2's ``CAMEO.2.0.txt``).

The format, in short: synonym sets (``&NAME`` followed by ``+phrase`` lines), then verb blocks that
open with ``--- NAME [code] ---``. A block lists synonymous verbs (one per line, irregular forms in
``{...}``, an optional own code in ``[...]``; multi-word verbs join words with ``_`` and mark the
verb with ``+``), then patterns ``- before * after [code] # verb``. In patterns ``*`` is the verb,
``$`` the source, ``+`` the target, ``^`` and ``%`` skip or compound markers; ``{...}`` groups a
noun phrase and ``(...)`` a prepositional phrase. The patterns of a block apply to all its verbs.

This module turns such a file into plain records; ``scripts/build_ontology.py`` writes them as the
package's CSV data and :mod:`shadowline.coding.verbpatterns` matches against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from shadowline.ontology.cameo import NULL_CODE, plural

#: Pattern tokens that stand for actors or parser structure, not for words of the sentence.
SLOT_TOKENS = frozenset({"$", "+", "^", "%", "*"})

_BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class VerbEntry:
    """One verb of a block: its lemma, the particles it needs before/after it, and its own code."""

    lemma: str
    block: str
    code: str  # own code, else the block's code; "" when the bare verb codes no event
    before: str  # space-separated words that must precede the verb ("" for simple verbs)
    after: str  # space-separated words that must follow it, e.g. "for" in ASK_FOR
    form: str  # the entry as written in the dictionary


@dataclass(frozen=True)
class VerbPattern:
    """One ``- before * after [code]`` line of a block; elements are words, ``a_b`` phrases or ``&SET``."""

    block: str
    before: str
    after: str
    code: str  # "---" marks a phrase that codes no event
    found_with: str  # the verb named in the line's comment, lowercased


@dataclass
class VerbDictionary:
    """Everything read from one verb dictionary file."""

    synsets: dict[str, list[str]]  # name -> phrases (words joined by spaces, plurals included)
    verbs: list[VerbEntry]
    patterns: list[VerbPattern]
    skipped: dict[str, int]  # reason -> number of lines not converted


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def _first_code(raw: str) -> str:
    """``042:043`` -> ``042`` (source-side code); ``:173`` -> ``173``; ``---`` stays."""
    parts = [p.strip() for p in raw.split(":") if p.strip()]
    return parts[0] if parts else NULL_CODE


def _read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    name = ""
    for raw in lines:
        body, _ = _strip_comment(raw)
        if body.startswith("&"):
            name = body.split()[0]
            synsets[name] = []
        elif body.startswith("+") and name:
            phrase = body[1:].split()[0] if body[1:].split() else ""
            if not phrase:
                continue
            no_plural = name.endswith("_") or phrase.endswith("_")
            words = phrase.strip("_").lower().replace("_", " ")
            synsets[name].append(words)
            if not no_plural:
                head, _, last = words.rpartition(" ")
                synsets[name].append(f"{head} {plural(last)}".strip())
    return {key.rstrip("_"): sorted(set(values)) for key, values in synsets.items()}


def _pattern_elements(text: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Literal elements of one side of a pattern; None when it names an undefined synset."""
    elements = []
    for token in text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split():
        if token in SLOT_TOKENS:
            continue
        if token.startswith("&"):
            name = token.rstrip("_")
            if name not in synsets:
                return None
            elements.append(name)
        else:
            elements.append(token.lower())
    return elements


def _verb_entry(body: str, block: str, block_code: str) -> VerbEntry | None:
    codes = _CODE_RE.findall(body)
    head = _CODE_RE.sub("", body).split("{")[0].strip()
    if not head:
        return None
    words = head.split()[0].split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    verb_at = marked[0] if marked else 0
    words = [w.lstrip("+").lower() for w in words]
    code = _first_code(codes[-1]) if codes else block_code
    return VerbEntry(
        lemma=words[verb_at], block=block, code="" if code == NULL_CODE else code,
        before=" ".join(words[:verb_at]), after=" ".join(words[verb_at + 1:]), form=head.lstrip("+"),
    )


def _inflected_forms(body: str) -> dict[str, str]:
    """``BRING {BRINGS BROUGHT}`` -> {"brings": "bring", "brought": "bring"} (verb words only)."""
    head, _, rest = body.partition("{")
    forms, _, _ = rest.partition("}")
    lemma = _verb_word(head.split()[0]) if head.split() else ""
    return {_verb_word(form): lemma for form in forms.split() if lemma}


def _verb_word(phrase: str) -> str:
    words = phrase.split("_")
    marked = [w for w in words if w.startswith("+")]
    return (marked[0] if marked else words[0]).lstrip("+").lower()


def lemma_of(word: str, lemmas: set[str], forms: dict[str, str]) -> str:
    """Best lemma for a verb written inflected in the dictionary (``ANGERED_BY``, ``SHOT_AND``)."""
    if word in forms:
        return forms[word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in lemmas:
            return word[: -len(suffix)] + repl
    return word


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Parse a TABARI/PETRARCH verb dictionary file into synsets, verbs and patterns."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next((i for i, line in enumerate(lines) if _BLOCK_RE.match(line)), len(lines))
    synsets = _read_synsets(lines[:start])
    verbs: list[VerbEntry] = []
    patterns: list[VerbPattern] = []
    skipped: dict[str, int] = {}
    forms: dict[str, str] = {}
    block, block_code = "", NULL_CODE
    for raw in lines[start:]:
        match = _BLOCK_RE.match(raw)
        if match:
            block, block_code = match.group(1), _first_code(match.group(2))
            continue
        body, comment = _strip_comment(raw)
        if not body or body.startswith("~") or not block:
            continue
        if body.startswith("-"):
            codes = _CODE_RE.findall(body)
            text = _CODE_RE.sub("", body[1:])
            if not codes or "*" not in text:
                skipped["pattern without code or verb marker"] = skipped.get(
                    "pattern without code or verb marker", 0) + 1
                continue
            left, _, right = text.partition("*")
            before, after = _pattern_elements(left, synsets), _pattern_elements(right, synsets)
            if before is None or after is None:
                skipped["undefined synset"] = skipped.get("undefined synset", 0) + 1
                continue
            if not before and not after:
                skipped["no literal words"] = skipped.get("no literal words", 0) + 1
                continue
            found_with = comment.split()[0].lower() if comment else ""
            patterns.append(VerbPattern(block, " ".join(before), " ".join(after),
                                        _first_code(codes[0]), found_with))
        else:
            entry = _verb_entry(body, block, block_code)
            if entry:
                verbs.append(entry)
                forms.update(_inflected_forms(body))
    # Simple entries are lemmas as written (FOUND, WOUND are verbs in their own right); compounds
    # are sometimes written inflected (ANGERED_BY, SHOT_AND) and are brought back to the lemma.
    lemmas = {verb.lemma for verb in verbs if not (verb.before or verb.after)}
    verbs = [verb if not (verb.before or verb.after) or verb.lemma in lemmas
             else replace(verb, lemma=lemma_of(verb.lemma, lemmas, forms)) for verb in verbs]
    return VerbDictionary(synsets=synsets, verbs=verbs, patterns=patterns, skipped=skipped)
