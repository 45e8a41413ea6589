"""Normalised keys under which names are compared, in any script."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that optical and machine errors swap in brand names ("OpenAl" for "OpenAI").
_HOMOGLYPHS = str.maketrans({"l": "i", "0": "o", "1": "i"})


@lru_cache(maxsize=65536)
def name_key(text: str | None) -> str:
    """Case-, accent-, width-, space- and punctuation-insensitive key (``米拉·穆拉蒂`` → ``米拉穆拉蒂``)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(c for c in text if c.isalnum())


@lru_cache(maxsize=65536)
def org_key(text: str | None) -> str:
    """Like :func:`name_key`, also folding look-alike letters (``OpenAl`` = ``OpenAI``)."""
    return name_key(text).translate(_HOMOGLYPHS)
