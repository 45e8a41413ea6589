"""Bytes to text, exactly: no newline or white-space normalisation, a BOM stripped only if present."""

from __future__ import annotations

import codecs
import re

from tenure.ingest.charsets import REPLACE, guess_decode
from tenure.ingest.errors import Rejected

EMPTY = "empty file"
BINARY = "binary file (not text)"

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAGIC = (  # signatures of common binary formats that may otherwise pass for text
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh91",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"OggS",
    b"fLaC",
    b"ID3\x03",
    b"ID3\x04",
    b"wOFF",
    b"wOF2",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0",
)
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
ALIASES = {  # declared names to the superset browsers use (WHATWG Encoding)
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}


def decode_text(data: bytes, declared: str | None = None) -> str:
    """``data`` as text: BOM, else UTF-8, else the ``declared`` encoding, else a guess.

    Raises :class:`Rejected` for an empty (or white-space only) input and for binary data.
    """
    if not data.strip():
        raise Rejected(EMPTY)
    text = _decode(data, declared)
    if not text.strip():
        raise Rejected(EMPTY)
    bad = len(CONTROL.findall(text))
    if bad > 0.02 * len(text) + 1:
        raise Rejected(BINARY)
    return text


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, "replace")  # a stray bad byte: U+FFFD
            if text.count("\ufffd") > 0.01 * len(text) + 1:
                raise Rejected(f"not valid {encoding.upper()} after its byte order mark")
            return text
    if data.startswith(MAGIC):
        raise Rejected(BINARY)
    if b"\x00" in data:
        return _utf16_without_bom(data)
    if b"\x1b$" in data:  # ISO-2022-JP: 7-bit, so also valid UTF-8, with escape sequences
        try:
            return data.decode("iso2022_jp")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(ALIASES.get(declared.lower(), declared))
        except (LookupError, UnicodeDecodeError):
            pass
    text, encoding = guess_decode(data)
    if encoding == REPLACE and text.count("\ufffd") > 0.01 * len(text) + 1:
        raise Rejected(BINARY)
    return text


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 text without a byte order mark (every other byte NUL in Latin text), else binary."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if len(zeros) >= 2 and zeros.count(0) > 0.4 * len(zeros) and other.count(0) < 0.02 * len(other) + 1:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            if "\x00" not in text:
                return text
    raise Rejected(BINARY)
