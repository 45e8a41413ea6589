"""Where documents come from: the paths given, folders walked, files opened with a size limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tenure.ingest.errors import IngestError, Rejected, describe_os_error, too_large

STDIN = "-"
KINDS = (  # name endings (lower case) and how the file is read; anything else is plain text
    ((".warc", ".warc.gz", ".arc", ".arc.gz"), "warc"),
    ((".jsonl", ".ndjson"), "jsonl"),
    ((".html", ".htm", ".xhtml", ".shtml"), "html"),
)


@dataclass(frozen=True)
class Source:
    """One file to read (or stdin), and how to read it."""

    path: str
    kind: str  # "text", "html", "jsonl", "warc" or "stdin"

    @property
    def doc_id(self) -> str:
        """The id of the document read from this file: its name without the extension."""
        if self.kind == "stdin":
            return "stdin"
        name = Path(self.path).name
        for ending in (".warc.gz", ".arc.gz"):
            if name.lower().endswith(ending):
                return name[: -len(ending)]
        return Path(name).stem or name


def kind_of(path: str) -> str:
    """How to read the file at ``path``, from its name."""
    name = os.path.basename(path).lower()
    for endings, kind in KINDS:
        if name.endswith(endings):
            return kind
    return "text"


def walk(paths: list[str]) -> Iterator[Source | IngestError]:
    """Every file under ``paths``: folders recursively, sorted, without hidden files and folders.

    A missing path, an unreadable folder and a folder with nothing to read are errors.
    """
    for given in paths:
        if given == STDIN:
            yield Source(STDIN, "stdin")
            continue
        try:
            info = os.stat(given)
        except OSError as error:
            broken = isinstance(error, FileNotFoundError) and os.path.islink(given)
            yield IngestError(given, "broken symbolic link" if broken else describe_os_error(error))
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield Source(given, kind_of(given))
            continue
        found = False
        for item in _walk_folder(given, {(info.st_dev, info.st_ino)}):
            found = True
            yield item
        if not found:
            yield IngestError(given, "no files to read in this folder")


def _walk_folder(folder: str, seen: set[tuple[int, int]]) -> Iterator[Source | IngestError]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield IngestError(folder, describe_os_error(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                info = entry.stat()
                if (info.st_dev, info.st_ino) not in seen:  # a link back up: walked already
                    seen.add((info.st_dev, info.st_ino))
                    yield from _walk_folder(entry.path, seen)
            elif entry.is_file():
                yield Source(entry.path, kind_of(entry.path))
            elif entry.is_symlink():
                yield IngestError(entry.path, "broken symbolic link")
            # sockets, pipes and devices in a folder are not documents: skipped
        except OSError as error:
            yield IngestError(entry.path, describe_os_error(error))


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a file, refused before reading when it is larger than ``max_bytes``."""
    try:
        with open(path, "rb") as file:
            info = os.fstat(file.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise Rejected("is a folder")
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise Rejected(too_large(info.st_size, max_bytes))
            return read_stream(file, max_bytes)
    except OSError as error:
        raise Rejected(describe_os_error(error)) from error


def read_stream(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of a stream (a pipe, stdin); more is refused."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Rejected(too_large(None, max_bytes))
    return data


def open_binary(path: str) -> BinaryIO:
    """A file opened for reading bytes; OS errors become :class:`Rejected`."""
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as error:
        raise Rejected(describe_os_error(error)) from error
