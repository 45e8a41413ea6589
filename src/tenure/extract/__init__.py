"""Turning one document into event mentions: ``extract(document) -> list[Mention]``."""

from __future__ import annotations

from tenure.extract.context import build_context
from tenure.extract.events import sentence_mentions
from tenure.model import Document, Mention


def extract(doc: Document) -> list[Mention]:
    """Every event mention of ``doc``, in order of position, each with grounded evidence."""
    ctx = build_context(doc)
    return [m for index in range(len(ctx.sentences)) for m in sentence_mentions(ctx, index)]
