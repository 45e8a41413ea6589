"""Matching a role as a user writes it ("CTO", "chief technology officer") to a stored title."""

from __future__ import annotations

from tenure import lang as languages
from tenure.resolve.keys import name_key


def canonical_role(query: str) -> str:
    """The canonical English title a query names, through every language's role lexicon."""
    for code in languages.available():
        for title, pattern in languages.load(code).roles:
            if pattern is not None and pattern.fullmatch(query.strip()):
                return title
    return query


def role_matches(stored: str, query: str) -> bool:
    """True when ``stored`` is the role ``query`` names (an interim holder holds the role too)."""
    want = name_key(canonical_role(query))
    have = name_key(stored)
    return have == want or have.removeprefix("interim") == want
