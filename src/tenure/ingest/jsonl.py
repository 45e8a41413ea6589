"""JSON Lines: one document per line, ``{"id", "text" or "html", "url", "published", "title"}``.

Read line by line, so a large file never sits in memory; the size limit applies to each line.
A bad line is an error of its own (with its line number) and the other lines still count.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from tenure.ingest.documents import make_document
from tenure.ingest.errors import IngestError, Rejected, too_large
from tenure.model import Document

READ_BLOCK = 1 << 20


def lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` for each line, from 1; ``None`` for a line over ``max_bytes``."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line without holding it
                rest = stream.readline(READ_BLOCK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def looks_like_jsonl(first_line: bytes) -> bool:
    """True when a line (the first non-blank one of an input) is a JSON object."""
    stripped = first_line.strip().removeprefix(codecs.BOM_UTF8)
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False


def read_jsonl(
    numbered: Iterable[tuple[int, bytes | None]], path: str, max_bytes: int, published: str | None
) -> Iterator[Document | IngestError]:
    """The documents of numbered JSON lines, and an error for each bad line."""
    anything = False
    for number, raw in numbered:
        if raw is not None and not raw.strip():
            continue
        anything = True
        try:
            yield _document(raw, number, path, max_bytes, published)
        except Rejected as error:
            yield IngestError(path, str(error), number)
    if not anything:
        yield IngestError(path, "empty file")


def _document(raw: bytes | None, number: int, path: str, max_bytes: int, published: str | None) -> Document:
    if raw is None:
        raise Rejected(too_large(None, max_bytes, "line "))
    if number == 1:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        row = json.loads(raw.rstrip(b"\r\n"))
    except UnicodeDecodeError as error:
        raise Rejected("not valid UTF-8") from error
    except json.JSONDecodeError as error:
        where = f" column {error.colno}" if error.msg.endswith(" at") else ""
        raise Rejected(f"not valid JSON: {error.msg}{where}") from error
    if not isinstance(row, dict):
        raise Rejected(f"not a JSON object but {type(row).__name__}")
    doc_id = row.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise Rejected('no "id"' if doc_id is None else '"id" is not a non-empty string')
    for key in ("url", "published", "title"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise Rejected(f'"{key}" is not a string')
    text, title, date, url = row.get("text"), row.get("title"), row.get("published"), row.get("url")
    source = f"{path}:{number}"
    if text is None and row.get("html") is not None:
        if not isinstance(row["html"], str):
            raise Rejected('"html" is not a string')
        from tenure.ingest.html import parse_page

        page = parse_page(row["html"], url)
        text, title, date, url = page.text, title or page.title, date or page.published, url or page.url
    if text is None:
        raise Rejected('no "text" or "html"')
    if not isinstance(text, str):
        raise Rejected('"text" is not a string')
    if not text.strip():
        raise Rejected("empty text")
    return make_document(
        doc_id, text, source=source, published=date, title=title, url=url, default_published=published
    )
