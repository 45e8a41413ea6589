"""A fast yes/no test in front of a long alternation ("might this sentence hold a trigger?").

Python's engines try every branch of an alternation at every position of the text, which
makes scanning for a few hundred trigger phrases slow. RE2 (``google-re2``) compiles the
same alternation into an automaton that reads each character once. It lacks lookaround, so
the prefilter is a *relaxed* copy of the pattern: lookarounds, anchors and ``\\b`` are
dropped, counted repeats become ``*`` and Unicode classes are written the way RE2 reads them.
The relaxed pattern matches wherever the original does (and sometimes where it does not), so
a text it rejects holds no match and the full pattern only runs on texts it accepts. A
pattern that cannot be relaxed safely gets no prefilter, and neither does anything when
``google-re2`` is not installed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the engine under google-re2's own wrapper, called directly: one call per test
    from re2 import Options, _re2

    _UNANCHORED = _re2.RE2.Anchor.UNANCHORED
except (ImportError, AttributeError):  # pragma: no cover - google-re2 has wheels for most platforms
    _re2 = None

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
# Python's classes read by RE2 as the same or larger ones that keep its automaton small: a
# word character is any character but a space ("\\S"), a non-word character any at all.
_ANY = "(?s:.)"
_SPACE = r"[\s\p{Z}\x{85}\x{1c}-\x{1f}]"
_OUTSIDE = {"w": r"\S", "W": _ANY, "d": r"\p{Nd}", "D": _ANY, "s": _SPACE, "S": r"\S", "b": "", "B": ""}
_INSIDE = {"d": r"\p{Nd}", "s": r"\s\p{Z}\x{85}\x{1c}-\x{1f}"}
_HEX = re.compile(r"u([0-9a-fA-F]{4})")
_COUNT = re.compile(r"\{(\d*),?\d*\}\??")


class _Unsupported(ValueError):
    """The pattern uses something the relaxation does not translate."""


def relax(pattern: str) -> str:
    """A pattern RE2 compiles that matches at least wherever ``pattern`` matches."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(_escape(pattern, i, inside=False))
            i += 6 if pattern[i + 1 : i + 2] == "u" else 2
        elif c == "[":
            i = _copy_class(pattern, i, out)
        elif c == "(" and pattern.startswith(_LOOKAROUND, i):
            i = _skip_group(pattern, i)
        elif c == "(" and pattern.startswith("(?P=", i):
            raise _Unsupported("backreference")
        elif c == "(" and (pattern.startswith("(?P<", i) or not pattern.startswith("(?", i)):
            out.append("(?:")  # no captures: RE2 answers from its automaton alone
            i = pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else i + 1
        elif c == "{" and pattern.startswith("{,", i):
            raise _Unsupported("{,n}")
        elif (count := _COUNT.match(pattern, i)) is not None:
            out.append("*" if count.group(1) in ("", "0") else "+")  # "x{2,3}" as "x+": a small automaton
            i = count.end()
        elif c in "^$":
            i += 1  # an anchor dropped matches more, never less
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _escape(pattern: str, i: int, inside: bool) -> str:
    letter = pattern[i + 1 : i + 2]
    if letter == "u":
        match = _HEX.match(pattern, i + 1)
        if match is None:
            raise _Unsupported("\\u without four hex digits")
        return rf"\x{{{match.group(1)}}}"
    if letter.isdigit() or letter in "AZzNXU":
        raise _Unsupported(f"\\{letter}")
    table = _INSIDE if inside else _OUTSIDE
    if letter in table:
        return table[letter]
    if inside and letter in "WDSbB":
        raise _Unsupported(f"\\{letter} in a class")
    return pattern[i : i + 2]


def _copy_class(pattern: str, i: int, out: list[str]) -> int:
    """Copy the character class starting at ``pattern[i]``; return the index after it.

    A negated class becomes any character; a class holding word characters becomes any
    character but a space (or any at all, when it holds spaces too).
    """
    j = i + 1
    negated = pattern[j : j + 1] == "^"
    j += negated
    first = j
    if pattern[j : j + 1] == "]":
        j += 1
    items: list[str] = []
    while j < len(pattern) and pattern[j] != "]":
        if pattern[j] == "[":
            raise _Unsupported("a class inside a class")
        size = (6 if pattern[j + 1 : j + 2] == "u" else 2) if pattern[j] == "\\" else 1
        items.append(pattern[j : j + size])
        j += size
    if j >= len(pattern):
        raise _Unsupported("unterminated class")
    if negated:
        out.append(_ANY)
    elif any(item in ("\\w", "\\W", "\\S", "\\D") for item in items):
        out.append(
            _ANY if any(item in ("\\s", " ", "\\t", "\\n", "\\r", "\\f", "\\v") for item in items) else r"\S"
        )
    else:
        body = "".join(_escape(item, 0, inside=True) if item[0] == "\\" else item for item in items)
        out.append("[" + (r"\]" if pattern[first] == "]" else "") + body.removeprefix("]") + "]")
    return j + 1


def _skip_group(pattern: str, i: int) -> int:
    """The index just after the group opening at ``pattern[i]``."""
    depth, j = 0, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _copy_class(pattern, j, [])
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise _Unsupported("unbalanced group")


class _Stretch:
    """``text[pos:end]`` as UTF-8 bytes for RE2, with offsets converted both ways."""

    __slots__ = ("data", "pos", "ascii")

    def __init__(self, text: str, pos: int, end: int) -> None:
        self.data = text[pos:end].encode("utf-8")
        self.pos = pos
        self.ascii = len(self.data) == end - pos

    def to_char(self, byte: int) -> int:
        if self.ascii:
            return byte + self.pos
        return self.pos + _re2.BytesToCharLen(self.data, 0, byte)

    def to_byte(self, char: int) -> int:
        if self.ascii:
            return char - self.pos
        return _re2.CharLenToBytes(self.data, 0, char - self.pos)


class Prefiltered:
    """A compiled pattern that RE2 scans for, confirming each place it finds.

    RE2 finds where the relaxed pattern matches; only there is the pattern itself tried,
    anchored. As the relaxed pattern matches wherever the pattern does, the matches are the
    ones the pattern's own ``finditer`` would give. It offers ``finditer``, ``search`` and
    ``might_match``; everything else is the pattern's own.
    """

    def __init__(self, pattern: Any, prefilter: Any) -> None:
        self.pattern = pattern
        self.prefilter = prefilter

    def might_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False when ``pattern`` surely has no match in ``text[pos:endpos]``."""
        end = len(text) if endpos is None else min(endpos, len(text))
        try:
            stretch = _Stretch(text, pos, end)
        except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only
            return True
        return self.prefilter.Match(_UNANCHORED, stretch.data, 0, len(stretch.data))[0][0] >= 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else min(endpos, len(text))
        try:
            stretch = _Stretch(text, pos, end)
        except UnicodeEncodeError:
            yield from self.pattern.finditer(text, pos, end)
            return
        data, stop, at = stretch.data, len(stretch.data), pos
        while at <= end:
            found = self.prefilter.Match(_UNANCHORED, data, stretch.to_byte(at), stop)[0][0]
            if found < 0:
                return
            candidate = max(stretch.to_char(found), at)
            match = self.pattern.match(text, candidate, end)
            if match is None:
                at = candidate + 1
                continue
            yield match
            at = match.end() if match.end() > candidate else candidate + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return next(self.finditer(text, pos, endpos), None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def prefiltered(pattern: Any, ignore_case: bool = True) -> Any:
    """``pattern`` behind an RE2 prefilter, or ``pattern`` itself when none can be built."""
    if _re2 is None:
        return pattern
    options = Options()
    options.case_sensitive = not ignore_case
    options.never_capture = True
    options.max_mem = 64 << 20
    options.log_errors = False
    try:
        compiled = _re2.RE2(relax(pattern.pattern).encode("utf-8"), options)
    except _Unsupported:
        return pattern
    if not compiled.ok() or compiled.Match(_UNANCHORED, b"", 0, 0)[0][0] >= 0:
        return pattern  # one that matches the empty string would be tried at every position
    return Prefiltered(pattern, compiled)
