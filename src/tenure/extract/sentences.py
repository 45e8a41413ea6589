"""Splitting text into sentences with their offsets, in any script."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at a line break, after ., ! or ? followed by space, or after a CJK stop;
# closing quotes and brackets stay with the sentence they close.
_BREAK = re.compile(r"\n\s*|(?<=[.!?…])(?P<q>[\"'”’»)]*)\s+(?=\S)|(?<=[。！？!?；])(?P<c>[”’」』）)]*)")
_TRIM = " \t\r\n\u3000\ufeff"


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    abbreviations: frozenset[str] = frozenset(),
    ordinal_dot: bool = False,
) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-empty sentence of ``text[start:end]``.

    Offsets index ``text``; surrounding white space is trimmed. A full stop after one of
    ``abbreviations`` (``"Inc."``) or an initial (``"J."``) does not end a sentence, nor,
    with ``ordinal_dot`` (languages that write "25. März"), one after a day number.
    """
    end = len(text) if end is None else end
    begin = start
    for match in _BREAK.finditer(text, start, end):
        cut = match.start() + len(match.group("q") or match.group("c") or "")
        if match.group().startswith("\n") is False and _keeps_going(
            text, begin, match.start(), abbreviations, ordinal_dot
        ):
            continue
        yield from _trimmed(text, begin, cut)
        begin = match.end()
    yield from _trimmed(text, begin, end)


def _keeps_going(text: str, begin: int, cut: int, abbreviations: frozenset[str], ordinal_dot: bool) -> bool:
    """True when the full stop before ``cut`` belongs to an abbreviation or an initial."""
    piece = text[begin:cut].rstrip("\"'”’»)")
    if not piece.endswith("."):
        return False
    word = piece.rsplit(None, 1)[-1] if piece.split() else ""
    if word in abbreviations:
        return True
    core = word.rstrip(".")
    return len(core) == 1 and core.isupper() or (ordinal_dot and core.isdigit() and len(core) <= 2)


def _trimmed(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
    while begin < end and text[begin] in _TRIM:
        begin += 1
    while end > begin and text[end - 1] in _TRIM:
        end -= 1
    if end > begin:
        yield begin, end
