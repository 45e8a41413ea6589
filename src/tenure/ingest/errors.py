"""What goes wrong with an input: :class:`IngestError` (reported) and :class:`Rejected` (raised inside)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestError:
    """A bad input, reported instead of a document: which file (and line) and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


class Rejected(Exception):
    """Raised by the readers for an input that yields no document; ``str()`` is the reason."""


def describe_os_error(error: OSError) -> str:
    """A short reason for an error of the file system ("permission denied")."""
    reason = error.strerror or type(error).__name__
    return reason[:1].lower() + reason[1:]


def size_text(size: int) -> str:
    """A size in bytes for people: "20 MB", "512 KB", "100 bytes"."""
    if size >= 2**20 and size % 2**20 == 0:
        return f"{size // 2**20} MB"
    if size >= 2**20:
        return f"{size / 2**20:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{size} bytes"


def too_large(size: int | None, limit: int, what: str = "") -> str:
    """The reason for an input over the size limit."""
    actual = f"{size_text(size)}, " if size is not None else ""
    return f"{what}{actual}larger than the {size_text(limit)} limit (--max-size)"
