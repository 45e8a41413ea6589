"""HTML pages: the main text (trafilatura), the title and the publication date (htmldate).

The page is parsed once, here, and the tree is what trafilatura and htmldate are given: htmldate
downloads a string that looks like a URL, never a tree, so reading a page never touches the network.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from tenure.ingest.decode import decode_text
from tenure.ingest.errors import Rejected

NO_TEXT = "no main text found in HTML"
DATE_PARAMS = {"original_date": True, "outputformat": "%Y-%m-%d", "extensive_search": False}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

for _name in ("trafilatura", "htmldate", "courlan"):  # their warnings are ours to report, not to print
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Page:
    """What a page says: main text, title, publication date (YYYY-MM-DD) and canonical URL."""

    text: str
    title: str | None
    published: str | None
    url: str | None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_page(data: bytes, url: str | None = None, charset: str | None = None) -> Page:
    """The main text and metadata of an HTML page given as bytes; :class:`Rejected` if none."""
    html = decode_text(data, charset or declared_charset(data))
    return parse_page(html, url)


def parse_page(html: str, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page; :class:`Rejected` when it has no main text."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    html = XML_DECLARATION.sub("", html, count=1)
    try:
        tree = load_html(html)
        found = None
        if tree is not None:
            found = bare_extraction(
                tree,
                url=url,
                include_comments=False,
                include_tables=False,
                favor_recall=True,
                with_metadata=True,
                date_extraction_params=dict(DATE_PARAMS),  # htmldate's find_date(tree, **DATE_PARAMS)
            )
    except Exception as error:  # a parser failing on a bad page: a bad input, not a crash
        raise Rejected(f"HTML could not be parsed ({type(error).__name__}: {error})") from error
    text = unicodedata.normalize("NFC", found.text or "") if found is not None else ""
    if not text.strip():
        raise Rejected(NO_TEXT)
    return Page(text=text, title=found.title or None, published=found.date or None, url=found.url or url)
