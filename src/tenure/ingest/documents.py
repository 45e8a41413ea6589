"""A :class:`~tenure.model.Document` from text and metadata: passages and publication date."""

from __future__ import annotations

import re
from datetime import date

from tenure.extract import dates
from tenure.ingest.langid import detect_passages
from tenure.model import Document

ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])")


def normalise_date(value: object) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from an ISO 8601 date or timestamp, else None."""
    if not isinstance(value, str):
        return None
    match = ISO_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)


def make_document(
    doc_id: str,
    text: str,
    *,
    source: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    default_published: str | None = None,
) -> Document:
    """The document, with its passages and the first publication date known of it.

    Publication date: from the metadata (``published``), else stated at the top of the text,
    else ``default_published``, else None.
    """
    doc = Document(id=doc_id, text=text, source=source, title=title or None, url=url or None)
    doc.passages = detect_passages(text)
    doc.published = (
        normalise_date(published)
        or dates.published_date_from_text(text, doc.languages)
        or normalise_date(default_published)
        or default_published
        or None
    )
    return doc
