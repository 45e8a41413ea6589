"""Reading inputs into documents: files, folders, stdin, JSONL, HTML and WARC.

``read_inputs(paths)`` yields a :class:`~tenure.model.Document` for each document read and an
:class:`IngestError` for each bad input (never raising for one), one at a time. Formats go by
name: ``.html``/``.htm`` pages, ``.jsonl`` (one document a line), ``.warc``/``.warc.gz`` web
archives; anything else is text, read exactly as it is (offsets of evidence index it).
"""

from __future__ import annotations

from collections.abc import Iterator

from tenure.ingest.errors import IngestError, Rejected, describe_os_error
from tenure.ingest.sources import Source, read_file, walk
from tenure.model import Document

__all__ = ["DEFAULT_MAX_BYTES", "IngestError", "count_inputs", "read_inputs"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_inputs(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, published: str | None = None
) -> Iterator[Document | IngestError]:
    """Every document under ``paths`` (files, folders, ``-`` for stdin), and every bad input.

    ``max_bytes`` bounds a file (a line of JSONL, a page of a WARC); ``published`` is the
    publication date of documents whose metadata and text state none.
    """
    for source in walk([str(p) for p in paths]):
        if isinstance(source, IngestError):
            yield source
        else:
            yield from _read(source, max_bytes, published)


def count_inputs(paths: list[str]) -> int:
    """How many files (and bad paths) :func:`read_inputs` visits: a total for a progress bar."""
    return sum(1 for _ in walk([str(p) for p in paths]))


def _read(source: Source, max_bytes: int, published: str | None) -> Iterator[Document | IngestError]:
    """The documents of one file, or the reason it has none."""
    if source.kind == "stdin":
        from tenure.ingest.stdin import read_stdin

        yield from read_stdin(max_bytes, published)
    elif source.kind == "jsonl":
        yield from _read_jsonl(source, max_bytes, published)
    elif source.kind == "warc":
        from tenure.ingest.warc import read_warc

        yield from read_warc(source.path, max_bytes, published)
    else:
        try:
            yield _read_document(source, read_file(source.path, max_bytes), published)
        except Rejected as error:
            yield IngestError(source.path, str(error))


def _read_document(source: Source, data: bytes, published: str | None) -> Document:
    from tenure.ingest.documents import make_document

    if source.kind == "html":
        from tenure.ingest.html import read_page

        page = read_page(data)
        return make_document(
            source.doc_id,
            page.text,
            source=source.path,
            published=page.published,
            title=page.title,
            url=page.url,
            default_published=published,
        )
    from tenure.ingest.decode import decode_text

    text = decode_text(data)
    return make_document(source.doc_id, text, source=source.path, default_published=published)


def _read_jsonl(source: Source, max_bytes: int, published: str | None) -> Iterator[Document | IngestError]:
    from tenure.ingest.jsonl import lines, read_jsonl
    from tenure.ingest.sources import open_binary

    try:
        with open_binary(source.path) as stream:
            yield from read_jsonl(lines(stream, max_bytes), source.path, max_bytes, published)
    except Rejected as error:
        yield IngestError(source.path, str(error))
    except OSError as error:
        yield IngestError(source.path, describe_os_error(error))
