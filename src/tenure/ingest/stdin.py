"""Standard input: one text document with id ``stdin``, or JSON Lines when it starts like them.

An input starting like an HTML page (``<!DOCTYPE html`` or ``<html``) is read as a page.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from itertools import chain
from typing import BinaryIO

from tenure.ingest.errors import IngestError, Rejected, too_large
from tenure.ingest.jsonl import lines, looks_like_jsonl, read_jsonl
from tenure.model import Document

NAME = "<stdin>"
DOC_ID = "stdin"


def _binary_stdin() -> BinaryIO | None:
    stream = sys.stdin
    if stream is None:
        return None
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))  # a text stream (tests, IDEs)


def read_stdin(max_bytes: int, published: str | None) -> Iterator[Document | IngestError]:
    """The document(s) on standard input, or why there are none."""
    stream = _binary_stdin()
    if stream is None:
        yield IngestError(NAME, "no standard input")
        return
    numbered = lines(stream, max_bytes)
    head: list[tuple[int, bytes | None]] = []
    for number, line in numbered:
        head.append((number, line))
        if line is None or line.strip():
            break
    first = head[-1][1] if head else None
    if first is not None and looks_like_jsonl(first):
        yield from read_jsonl(chain(head, numbered), NAME, max_bytes, published)
        return
    try:
        yield _text_document(head, stream, max_bytes, published)
    except Rejected as error:
        yield IngestError(NAME, str(error))


def _text_document(
    head: list[tuple[int, bytes | None]], stream: BinaryIO, max_bytes: int, published: str | None
) -> Document:
    from tenure.ingest.decode import decode_text
    from tenure.ingest.documents import make_document

    if any(line is None for _, line in head):
        raise Rejected(too_large(None, max_bytes))
    start = b"".join(line for _, line in head if line is not None)
    data = start + stream.read(max_bytes + 1 - len(start))
    if len(data) > max_bytes:
        raise Rejected(too_large(None, max_bytes))
    if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        from tenure.ingest.html import read_page

        page = read_page(data)
        return make_document(
            DOC_ID,
            page.text,
            source=NAME,
            published=page.published,
            title=page.title,
            url=page.url,
            default_published=published,
        )
    return make_document(DOC_ID, decode_text(data), source=NAME, default_published=published)
