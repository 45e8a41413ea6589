"""Web archives (WARC, gzipped or not): one document per HTML page archived.

Only successful (2xx) HTML responses and HTML resource records count; other records (images,
redirects, requests, metadata) are skipped without a word. The size limit applies to each page.
A document's id is a file-name-safe slug of the page's host and path; its publication date comes
from the page (htmldate), never from the WARC-Date, which is when the page was crawled.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

from tenure.ingest.documents import make_document
from tenure.ingest.errors import IngestError, Rejected, describe_os_error, too_large
from tenure.ingest.html import read_page
from tenure.ingest.sources import open_binary
from tenure.model import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_ID = 150
CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def url_slug(url: str) -> str:
    """A file-name-safe id from a URL's host, path and query: ``example.com_news_ceo-resigns``."""
    parts = urlsplit(url)
    raw = "/".join(p for p in (parts.hostname or "", parts.path, parts.query) if p)
    slug = UNSAFE.sub("_", raw).strip("._-") or "page"
    if len(slug) > MAX_ID:
        digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        slug = f"{slug[: MAX_ID - 11]}_{digest}"
    return slug


def read_warc(path: str, max_bytes: int, published: str | None) -> Iterator[Document | IngestError]:
    """The HTML pages of a WARC file as documents, and an error for each page without text.

    A file that is not a WARC file is one error; a file damaged part way is the pages before the
    damage and one error.
    """
    try:
        with open_binary(path) as stream:
            if not _starts_like_an_archive(stream):
                raise Rejected("not a WARC file (no WARC header at its start)")
            yield from _read_records(stream, path, max_bytes, published)
    except Rejected as error:
        yield IngestError(path, str(error))
    except OSError as error:
        yield IngestError(path, describe_os_error(error))


def _read_records(
    stream: BinaryIO, path: str, max_bytes: int, published: str | None
) -> Iterator[Document | IngestError]:
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records, None)
            found = _page(record, max_bytes) if record is not None else None
        except Exception as error:  # warcio fails in many ways on damaged input: all mean "damaged"
            where = f"after {pages} HTML page{'s' * (pages != 1)}" if pages else "at its start"
            known = isinstance(error, OSError | ValueError | EOFError) or "warcio" in type(error).__module__
            detail = f" ({error})".replace("\n", " ") if known and str(error) else ""
            reason = f"damaged WARC file {where}{detail}"
            yield IngestError(path, reason)
            return
        if record is None:
            break
        if found is None:
            continue
        pages += 1
        url, data, charset = found
        try:
            if data is None:
                raise Rejected(too_large(None, max_bytes, "page "))
            page = read_page(data, url, charset)
        except Rejected as error:
            yield IngestError(path, f"{url}: {error}")
            continue
        yield make_document(
            url_slug(url),
            page.text,
            source=f"{path}#{url}",
            published=page.published,
            title=page.title,
            url=url,
            default_published=published,
        )
    if not pages:
        yield IngestError(path, "no HTML pages in this WARC file")


def _starts_like_an_archive(stream: BinaryIO) -> bool:
    """True when the (possibly gzipped) stream starts with a WARC or ARC header; rewinds it."""
    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(16)
        except (OSError, EOFError):
            return False
        finally:
            stream.seek(0)
    else:
        head = stream.read(16)
        stream.seek(0)
    return head.startswith((b"WARC/", b"filedesc://"))


def _page(record, max_bytes: int) -> tuple[str, bytes | None, str | None] | None:
    """``(url, body or None if too large, charset)`` of an HTML page record, else None."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not (headers.get_statuscode() or "").startswith("2"):
            return None
    elif record.rec_type == "resource":
        headers = record.rec_headers
    else:
        return None
    content_type = (headers.get_header("Content-Type") or "").lower()
    if content_type and not content_type.startswith(HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    body = record.content_stream().read(max_bytes + 1)
    if not content_type and not body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return None  # no type given: only what starts like a page is one
    charset = CHARSET.search(content_type)
    return url, body if len(body) <= max_bytes else None, charset.group(1) if charset else None
