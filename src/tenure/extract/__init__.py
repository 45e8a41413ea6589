"""Turning one document into event mentions: ``extract(document) -> list[Mention]``."""

from __future__ import annotations

from tenure.extract.context import build_context
from tenure.extract.events import sentence_mentions
from tenure.model import Document, Mention
from tenure.resolve.keys import KnownOrgs


def extract(doc: Document, known_orgs: KnownOrgs | None = None) -> list[Mention]:
    """Every event mention of ``doc``, in order of position, each with grounded evidence.

    ``known_orgs`` holds the keys (:func:`tenure.resolve.keys.org_key`) of organisations
    other documents named: such a name is an organisation here too, however it is written.
    """
    ctx = build_context(doc, known_orgs)
    return [m for index in range(len(ctx.sentences)) for m in sentence_mentions(ctx, index)]
