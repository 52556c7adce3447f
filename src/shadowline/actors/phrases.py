"""Phrase normalisation shared by the knowledge-base index and the resolver.

Both sides go through `phrase_tokens`, so a dictionary phrase and a news phrase meet in one form:
lowercase, accents folded, dots dropped (``U.S.`` -> ``us``), hyphens and other punctuation as
word breaks, articles removed, possessive ``'s`` removed but remembered.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_WORD = re.compile(r"[a-z0-9]+(?:'s\b|'(?=\s|$))?|'s\b")
#: An apostrophe inside a word that is no possessive ("Hay'at", "Sana'a", "d'Ivoire"): dropped, so that the word stays
#: one word however it is spelled ("Hayat Tahrir al-Sham").
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])(?![sS]\b)")
_ARTICLES = frozenset({"the", "a", "an"})
#: Lowercase words that are also dictionary aliases in capitals (US, IT, IS ...): written in
#: lowercase in a phrase they are the English word, never the actor.
_LOWER_STOP = frozenset({"us", "it", "is", "am", "me", "no", "may", "will", "can", "un", "eu", "big",
                         "ap", "cia", "who", "chad", "georgia", "jordan", "turkey", "china"})
_SENTINEL = "\x00"


def fold(text: str) -> str:
    """Lowercase, fold accents and typographic quotes: ``"Élysée’s"`` -> ``"elysee's"``."""
    text = _unaccent(text.translate(_QUOTES))
    return text.replace("ı", "i").replace("ş", "s").replace("ğ", "g").lower()


def phrase_tokens(text: str, *, query: bool = False) -> tuple[list[str], set[int]]:
    """Tokens of a phrase and the indices of tokens followed by a possessive.

    With ``query=True`` the lowercase function words in `_LOWER_STOP` written in lowercase in the
    original become a token that matches nothing (so "told us" never finds the United States).

    >>> phrase_tokens("Azerbaijan's state-run media")
    (['azerbaijan', 'state', 'run', 'media'], {0})
    """
    tokens, possessive, _ = cased_tokens(text, query=query)
    return tokens, possessive


def cased_tokens(text: str, *, query: bool = False) -> tuple[list[str], set[int], set[int]]:
    """`phrase_tokens` plus the indices of tokens written with a capital letter or a digit first.

    Names are written that way; the resolver reads a lowercase word as a word, not a name.

    >>> cased_tokens("the island of Crete")[2]
    {2}
    """
    text = text.replace(".", "")
    if text.isascii():
        unfolded = text.replace("`", "'")
        if "'" in unfolded:
            unfolded = _IN_WORD_APOSTROPHE.sub("", unfolded)
        folded, aligned = unfolded.lower(), True
    else:
        unfolded = _IN_WORD_APOSTROPHE.sub("", _unaccent(text.translate(_QUOTES)))
        folded = unfolded.replace("ı", "i").replace("ş", "s").replace("ğ", "g").lower()
        aligned = len(unfolded) == len(folded)
    tokens: list[str] = []
    possessive: set[int] = set()
    capitalised: set[int] = set()
    for match in _WORD.finditer(folded):
        word = match.group(0)
        if word == "'s":
            if tokens:
                possessive.add(len(tokens) - 1)
            continue
        first = unfolded[match.start()] if aligned else "A"
        if first.isupper() or first.isdigit():
            capitalised.add(len(tokens))
        if word[-1] == "'" or word.endswith("'s"):
            tokens.append(word[:-2] if word[-1] == "s" else word[:-1])
            possessive.add(len(tokens) - 1)
            continue
        if word in _ARTICLES:
            capitalised.discard(len(tokens))
            continue
        if query and word in _LOWER_STOP and (first.islower() if aligned else _written_lowercase(text)):
            word = _SENTINEL
        tokens.append(word)
    return tokens, possessive, capitalised


def _unaccent(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _written_lowercase(text: str) -> bool:
    """Whether the stop words of a phrase whose folding changed its length were written in lowercase."""
    return not re.search(r"\b(US|IT|IS|UN|EU|AP|CIA|WHO|BIG)\b", text)


def phrase_key(text: str) -> str:
    """The index key of a dictionary phrase: its tokens joined by spaces."""
    return " ".join(phrase_tokens(text)[0])


def plural_forms(key: str) -> list[str]:
    """English plural(s) of the last word of a key: ``"spy agency"`` -> ``["spy agencies"]``."""
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last or last.endswith("s"):
        return []
    if last.endswith("man"):
        return [prefix + last[:-3] + "men"]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    if last.endswith(("x", "ch", "sh")):
        return [prefix + last + "es"]
    return [prefix + last + "s"]
