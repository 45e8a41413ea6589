"""Turning one document into event mentions: ``extract(document) -> list[Mention]``."""

from __future__ import annotations

from tenure.extract.context import build_context
from tenure.extract.events import sentence_mentions
from tenure.extract.mentions import SentenceNames
from tenure.model import Document, Mention


def extract(doc: Document) -> list[Mention]:
    """Every event mention of ``doc``, in order of position, each with grounded evidence."""
    ctx = build_context(doc)
    focus: list[str] = []
    mentions: list[Mention] = []
    for sentence in ctx.sentences:
        mentions.extend(sentence_mentions(ctx, sentence, focus))
        for named in SentenceNames(ctx, sentence).people:
            if named.kind == "name":
                focus.append(named.name)
        del focus[:-5]
    return mentions
