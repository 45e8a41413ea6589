"""Normalised keys under which names are compared, in any script."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters that optical and machine errors swap in brand names ("VantaAl" for "VantaAI").
_HOMOGLYPHS = str.maketrans({"l": "i", "0": "o", "1": "i"})


@lru_cache(maxsize=65536)
def name_key(text: str | None) -> str:
    """Case-, accent-, width-, space- and punctuation-insensitive key (``艾琳·卡特`` → ``艾琳卡特``)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(c for c in text if c.isalnum())


@lru_cache(maxsize=65536)
def token_key(text: str | None) -> str:
    """One word as names are compared across documents: like :func:`name_key`, folding
    look-alike letters (``VantaAl`` = ``VantaAI``)."""
    return name_key(text).translate(_HOMOGLYPHS)


@lru_cache(maxsize=65536)
def org_key(text: str | None) -> str:
    """Like :func:`name_key`, without a legal form (``Acme Ltd`` = ``Acme``) and folding
    look-alike letters (``VantaAl`` = ``VantaAI``)."""
    if text:
        bare = _legal_forms().sub("", text).strip(" ,.")
        text = bare or text
    return name_key(text).translate(_HOMOGLYPHS)


class KnownOrgs:
    """Keys of the organisations other documents named, and how each key begins (its first
    one to six characters): a word whose key begins no known key cannot begin a known name,
    which spares computing the keys of the longer names it begins."""

    _HEAD = 6

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.keys: set[str] = set()
        self.heads: set[str] = set()
        self.update(keys)

    def update(self, keys: Iterable[str]) -> None:
        for key in keys:
            if key:
                self.keys.add(key)
                self.heads.update(key[:n] for n in range(1, self._HEAD + 1))

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def may_begin(self, word: str) -> bool:
        """True when a name starting with ``word`` may have a known key."""
        return org_word_key(word)[: self._HEAD] in self.heads


@lru_cache(maxsize=65536)
def org_word_key(word: str) -> str:
    """The key of one word as it begins an organisation's key."""
    return name_key(word).translate(_HOMOGLYPHS)


@lru_cache(maxsize=1)
def _legal_forms() -> re.Pattern:
    """Legal forms and designators of every language (``[orgs] legal_forms`` and ``prefixes``):
    "Acme Ltd", "Groupe Acme", "株式会社Acme" and "Acme" are one key. Before a name stand the
    designators and the legal forms of scripts written without spaces; "SAS Institute" keeps
    its "SAS"."""
    from tenure import lang as languages

    forms, prefixes = languages.everywhere("orgs", "legal_forms"), languages.everywhere("orgs", "prefixes")
    after = forms | prefixes
    before = prefixes | {f for f in forms if not _LATIN_START.match(f)}
    if not after:
        return re.compile(r"(?!)")
    ending = "|".join(sorted(after, key=len, reverse=True))
    opening = "|".join(sorted(before, key=len, reverse=True)) or "(?!)"
    # A form before the name ends at a space or where its letters end ("株式会社Acme"), never
    # inside a word.
    return re.compile(rf"(?:,?\s+(?:{ending})\.?$|^(?:{opening})(?:\s+|(?<![A-Za-z0-9])|(?![A-Za-z0-9])))")


_LATIN_START = re.compile(r"[A-Za-z\u00c0-\u024f]")
