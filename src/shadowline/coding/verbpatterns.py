"""CAMEO codes from verb patterns: PETRARCH2's CAMEO verb dictionary, matched on a verb lemma and its clause.

    >>> match_verb("send", [], ["tanks", "and", "weapons", "to", "armenia"]).cameo_code
    '072'

The dictionary (package data built by ``scripts/build_ontology.py``) groups synonymous verbs in
blocks; each block has patterns such as ``* &WEAPON [072]`` whose words must appear, in order, in
the words before or after the verb. Actor slots (``$`` source, ``+`` target) are not matched here:
the caller already knows its actors. The longest matching pattern wins; with no pattern the verb's
own code applies (``criticize`` -> 111), and a pattern coded ``---`` means "no event" and gives None.
Negation is not looked at here: "denied sending arms" still matches ``send``; modality is decided
by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from shadowline.ontology.cameo import NULL_CODE, plover_from_cameo, plural
from shadowline.ontology.tables import table

Phrase = tuple[str, ...]
Element = tuple[Phrase, ...]  # alternatives; one must occur as consecutive words

# Verbs whose bare meaning is empty: the noun after them carries the event (used by match_noun).
_LIGHT_VERBS = ("impose", "launch", "stage", "conduct", "carry", "mount", "announce")


@dataclass(frozen=True)
class VerbMatch:
    """The code a verb pattern gives; ``plover_type`` is None for CAMEO roots 01/02 that PLOVER drops."""

    cameo_code: str
    plover_type: str | None
    plover_mode: str | None
    pattern: str  # the matched pattern as written, e.g. "send * &WEAPON", or "criticize" for the bare verb


@dataclass(frozen=True)
class _Pattern:
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str
    text: str
    rank: tuple[int, int]  # (number of words, -order in the dictionary): larger wins
    found_with: str


@dataclass(frozen=True)
class _Verb:
    block: str
    code: str
    after: tuple[Element, ...]  # particles of a multi-word verb ("for" in ASK_FOR)
    text: str


def _spelling_variants(lemma: str) -> list[str]:
    """British/American variants of a verb: criticise/criticize, analyse/analyze, honour/honor."""
    variants = []
    for british, american in (("ise", "ize"), ("yse", "yze"), ("isation", "ization")):
        if lemma.endswith(american):
            variants.append(lemma[: -len(american)] + british)
        elif lemma.endswith(british):
            variants.append(lemma[: -len(british)] + american)
    if "our" in lemma[1:]:
        variants.append(lemma[0] + lemma[1:].replace("our", "or"))
    return variants


@cache
def _synsets() -> dict[str, Element]:
    found: dict[str, list[Phrase]] = {}
    for row in table("cameo_verb_synsets.csv"):
        found.setdefault(row["synset"], []).append(tuple(row["phrase"].split()))
    return {name: tuple(phrases) for name, phrases in found.items()}


def _element(token: str) -> Element:
    if token.startswith("&"):
        return _synsets()[token]
    words = tuple(token.split("_"))
    return (words, words[:-1] + (plural(words[-1]),))


def _elements(text: str) -> tuple[Element, ...]:
    return tuple(_element(token) for token in text.split())


def _weight(text: str) -> int:
    return sum(1 if token.startswith("&") else len(token.split("_")) for token in text.split())


@cache
def _compiled() -> tuple[dict[str, list[_Verb]], dict[str, list[dict[str, str]]]]:
    """lemma -> verb entries; block -> its pattern rows (compiled when the block is first met, ``_patterns``)."""
    verbs: dict[str, list[_Verb]] = {}
    for row in table("cameo_verbs.csv"):  # spelling variants below share the entry lists
        text = "_".join(w for w in (row["before"], row["lemma"], row["after"].replace(" ", "_")) if w)
        verbs.setdefault(row["lemma"], []).append(
            _Verb(row["block"], row["cameo_code"], _elements(row["after"]), text))
    for lemma in list(verbs):
        for variant in _spelling_variants(lemma):
            verbs.setdefault(variant, verbs[lemma])
    # Our own additions apply to one lemma only, in a block of its own, and win ties (order -1).
    local = [dict(row, block=f"+{row['lemma']}", found_with=row["lemma"], order="-1")
             for row in table("verb_patterns_local.csv")]
    for row in local:
        if all(verb.block != row["block"] for verb in verbs.get(row["lemma"], [])):
            verbs.setdefault(row["lemma"], []).append(_Verb(row["block"], "", (), row["lemma"]))
    rows: dict[str, list[dict[str, str]]] = {}
    for row in (*table("cameo_verb_patterns.csv"), *local):
        rows.setdefault(row["block"], []).append(row)
    return verbs, rows


@cache
def _patterns(block: str) -> dict[str, list[_Pattern]]:
    """First word of any alternative -> the patterns of `block` that may match (compiled on first use: a run
    meets a few hundred of the dictionary's blocks)."""
    by_word: dict[str, list[_Pattern]] = {}
    for row in _compiled()[1].get(block, ()):
        pattern = _Pattern(
            _elements(row["before"]), _elements(row["after"]), row["cameo_code"],
            f"{row['before']} * {row['after']}".strip(),
            (_weight(row["before"]) + _weight(row["after"]), -int(row["order"])), row["found_with"])
        anchor = (pattern.after or pattern.before)[0]
        for first in {phrase[0] for phrase in anchor}:
            by_word.setdefault(first, []).append(pattern)
    return by_word


def _occurs(elements: Sequence[Element], words: Sequence[str]) -> bool:
    """Do the elements occur in order in `words`, each as consecutive words (gaps allowed between)?"""
    start = 0
    for alternatives in elements:
        best = None
        for phrase in alternatives:
            size = len(phrase)
            for i in range(start, len(words) - size + 1):
                if words[i] == phrase[0] and tuple(words[i:i + size]) == phrase:
                    if best is None or i + size < best:
                        best = i + size
                    break
        if best is None:
            return False
        start = best
    return True


def _match(lemma: str, code: str, text: str) -> VerbMatch | None:
    if code == NULL_CODE or not code:
        return None
    mapping = plover_from_cameo(code)
    return VerbMatch(code, mapping.type if mapping else None, mapping.mode if mapping else None, text)


def match_verb(lemma: str, before: Sequence[str], after: Sequence[str]) -> VerbMatch | None:
    """The CAMEO code (and PLOVER type/mode) for a verb lemma in its clause, or None.

    `lemma` is the lowercased lemma of the main verb ("criticize", "send"); `before` and `after` are
    the lowercased words of the clause before and after it. ``match_verb("criticize", [], ["the",
    "french", "weapons", "transfer"]).plover_type == "ACCUSE"``.
    """
    verbs = _compiled()[0]
    entries = verbs.get(lemma.lower())
    if not entries:
        return None
    words = set(before) | set(after)
    best: tuple[tuple[int, int, int], _Pattern, _Verb] | None = None
    fallback: tuple[int, _Verb] | None = None
    for verb in entries:
        if verb.after and not _occurs(verb.after, after):
            continue
        bonus = len(verb.after)
        if verb.code and (fallback is None or bonus > fallback[0]):
            fallback = (bonus, verb)
        by_word = _patterns(verb.block)
        if not by_word:
            continue
        for word in words:
            for pattern in by_word.get(word, ()):
                rank = (pattern.rank[0] + bonus, int(pattern.found_with == lemma), pattern.rank[1])
                if (best is None or rank > best[0]) and _occurs(pattern.before, before) \
                        and _occurs(pattern.after, after):
                    best = (rank, pattern, verb)
    if best is not None:
        _, pattern, verb = best
        return _match(lemma, pattern.code, f"{verb.text} {pattern.text}" if verb.after else
                      f"{pattern.text.replace('*', lemma)}")
    if fallback is not None:
        return _match(lemma, fallback[1].code, fallback[1].text)
    return None


@cache
def verb_lemmas() -> frozenset[str]:
    """Every verb lemma the dictionary knows, British and American spellings included."""
    return frozenset(_compiled()[0])


@cache
def _nouns() -> dict[str, str]:
    """Noun -> CAMEO code, from patterns where a light verb ("impose", "launch") takes one noun."""
    verbs, _ = _compiled()
    blocks = {verb.block for lemma in _LIGHT_VERBS for verb in verbs.get(lemma, ()) if not verb.after}
    votes: dict[str, dict[str, int]] = {}
    for row in table("cameo_verb_patterns.csv"):
        after = row["after"]
        if row["block"] in blocks and not row["before"] and after and " " not in after \
                and not after.startswith("&") and row["cameo_code"] != NULL_CODE:
            for noun in {after.replace("_", " "), plural(after).replace("_", " ")}:
                counts = votes.setdefault(noun, {})
                counts[row["cameo_code"]] = counts.get(row["cameo_code"], 0) + 1
    return {noun: max(sorted(codes), key=codes.__getitem__) for noun, codes in votes.items()}


def match_noun(lemma: str) -> VerbMatch | None:
    """The CAMEO code of a nominal event ("invasion", "sanctions", "airstrike"), or None.

    Derived from the dictionary's patterns for light verbs (impose/launch/stage/conduct ... + noun),
    so it knows the nouns those patterns name and no others.
    """
    code = _nouns().get(lemma.lower())
    return _match(lemma, code, lemma.lower()) if code else None
