"""Turning one document into event mentions: ``extract(document) -> list[Mention]``."""

from __future__ import annotations

from tenure.extract.context import build_context
from tenure.extract.events import sentence_mentions, share_stated_dates, share_successor_titles
from tenure.extract.speakers import passage_tokens
from tenure.model import Document, Mention
from tenure.resolve.keys import KnownOrgs


def extract(doc: Document, known_orgs: KnownOrgs | None = None) -> list[Mention]:
    """Every event mention of ``doc``, in order of position, each with grounded evidence.

    ``known_orgs`` holds the keys (:func:`tenure.resolve.keys.org_key`) of organisations
    other documents named: such a name is an organisation here too, however it is written.

    A first-person mention whose speaker the document never names has ``attribution``
    "none" and no person: it is no event by itself (see :mod:`tenure.extract.speakers`).
    Each mention carries the distinctive names of its passage, by which the merge
    recognises the same letter in another document.
    """
    ctx = build_context(doc, known_orgs)
    found = [m for index in range(len(ctx.sentences)) for m in sentence_mentions(ctx, index)]
    for m in found:
        m.passage = passage_tokens(ctx, m)
    share_stated_dates(found)
    share_successor_titles(ctx, found)
    return found
