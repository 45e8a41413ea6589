"""Dates in text: explicit and relative, resolved against the publication date.

Placeholder interface; the implementation reads the ``[dates]`` table of each language file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateMention:
    """A date stated in text: ``text[start:end]`` says ``value`` (YYYY, YYYY-MM or YYYY-MM-DD)."""

    start: int
    end: int
    value: str
    relative: bool = False


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """Every date stated in ``text`` (written in language ``lang``), in order of position."""
    return []


def published_date_from_text(text: str, langs: list[str] | None = None) -> str | None:
    """The publication date stated near the top of a document, as YYYY-MM-DD, or None."""
    return None
