#!/usr/bin/env python3
"""Throughput and memory of ingest on a synthetic multilingual corpus.

Builds N documents of about SIZE characters from the bundled examples (``examples/docs/*.txt``,
read at run time): each document starts with one example and is padded with paragraphs of
others, so most documents mix languages. People, organisations and years are replaced by
generated ones, so the corpus has many distinct names that sometimes recur across documents.

Then it measures, each in its own child process so that each has its own peak RSS:

- ``floor``: reading only, ``tenure.ingest.read_inputs(paths)`` (decoding + language detection);
- ``full``: ``tenure.open(db).ingest([folder])`` (reading, extraction, storage, merging).

    python bench/throughput.py                       # 1000 documents of ~5000 characters
    python bench/throughput.py --docs 200 --size 3000 --seed 7
    python bench/throughput.py --phase corpus        # only build the corpus and print its figures

It prints figures against the target (>= 200 documents/s per core, peak RSS < 1024 MB);
it does not assert. "Per core" is documents / max(wall seconds, CPU seconds), which is the
wall rate for a single-threaded run and the rate per busy core for a parallel one.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "docs"
TARGET_DOCS_PER_CORE = 200.0
TARGET_RSS_MB = 1024.0
RESULT_PREFIX = "RESULT "

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[^\W\d_]+")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

ONSETS = ("b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "v")
VOWELS = ("a", "e", "i", "o", "u", "ae", "ei", "ou", "y")
CODAS = ("", "", "n", "r", "l", "s", "m", "nd", "rk", "st", "th", "v", "ll", "nn")
HAN = "安柏晨澄东帆冈皓衡华嘉江景君楷岚乐林霖茂敏宁鹏琪秋瑞森书舒泰天婉蔚文曦夏欣雅彦逸远哲振志子"
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


# --- corpus ------------------------------------------------------------------------------


@dataclass
class Example:
    """One example text split into paragraphs: headline, dateline, then the body."""

    name: str
    paragraphs: list[str]

    @property
    def body(self) -> list[str]:
        return self.paragraphs[2:] or self.paragraphs


@dataclass
class Lexicon:
    """Names in the examples to replace: Latin-script words and CJK strings."""

    latin: re.Pattern[str] | None
    cjk: re.Pattern[str] | None
    pool: list[str] = field(default_factory=list)


def load_examples(folder: Path) -> list[Example]:
    """The ``.txt`` examples of ``folder``, split into non-empty paragraphs."""
    examples = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8"))]
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            examples.append(Example(path.stem, paragraphs))
    if not examples:
        sys.exit(f"no .txt examples in {folder}")
    return examples


def gold_entities(folder: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The spelling lists of the people and of the organisations in ``gold.jsonl``, if any."""
    path = folder.parent / "gold.jsonl"
    people: list[list[str]] = []
    orgs: list[list[str]] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                people.append(row["person"])
                orgs.append(row["org"])
    return people, orgs


def name_words(spelling: str) -> set[str]:
    """Capitalised Latin words of a spelling long enough to replace safely ("Ines", not "He")."""
    return {w for w in LATIN_WORD.findall(spelling) if len(w) >= 3 and w[0].isupper()}


def distinctive_names(
    people: list[list[str]], orgs: list[list[str]], corpus: str
) -> tuple[set[str], set[str]]:
    """Latin words and CJK strings that identify people and organisations in ``corpus``.

    People: every word of every spelling that occurs, and every occurring CJK spelling.
    Organisations: only the shortest occurring spelling of each script, so "Brenmoor" is
    replaced but "Freight" is not, and "澄岚" but not "智能科技有限公司".
    """
    latin: set[str] = set()
    cjk: set[str] = set()
    for spellings in people:
        for spelling in (s for s in spellings if s in corpus):
            if CJK.search(spelling):
                cjk.add(spelling)
            else:
                latin |= name_words(spelling)
    for spellings in orgs:
        found = [s for s in spellings if s in corpus]
        for script_cjk in (False, True):
            same = [s for s in found if bool(CJK.search(s)) == script_cjk]
            if same and script_cjk:
                cjk.add(min(same, key=len))
            elif same:
                latin |= name_words(min(same, key=len))
    return latin, cjk


def alternation(words: Iterable[str], latin: bool) -> re.Pattern[str] | None:
    """One regex matching any of ``words``, longest first.

    Latin words match only as whole words; CJK strings also with a space between characters
    ("東雲紗季" matches "東雲 紗季").
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    if latin:
        body = "|".join(re.escape(w) for w in ordered)
    else:
        body = "|".join(r"\s?".join(re.escape(c) for c in w) for w in ordered)
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])" if latin else f"(?:{body})")


def make_word(rng: random.Random) -> str:
    """A pronounceable made-up name of two or three syllables."""
    syllables = rng.choice((2, 2, 3))
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables - 1))
    return (word + rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)).capitalize()


def make_cjk(rng: random.Random, like: str) -> str:
    """A made-up string in the script of ``like``, character for character."""
    out = []
    for char in like:
        if "\u30a0" <= char <= "\u30ff":
            out.append(rng.choice(KANA))
        elif CJK.match(char):
            out.append(rng.choice(HAN))
        else:
            out.append(char)
    return "".join(out)


def build_lexicon(folder: Path, examples: list[Example], rng: random.Random, pool_size: int) -> Lexicon:
    """What to replace, and a shared pool of made-up names so that some recur across documents."""
    corpus = "\n".join("\n\n".join(e.paragraphs) for e in examples)
    latin, cjk = distinctive_names(*gold_entities(folder), corpus)
    pool = [make_word(rng) for _ in range(pool_size)]
    return Lexicon(alternation(latin, latin=True), alternation(cjk, latin=False), pool)


def substitute(text: str, lexicon: Lexicon, rng: random.Random) -> str:
    """Replace names consistently within one document, and shift its years."""
    latin: dict[str, str] = {}
    cjk: dict[str, str] = {}
    if lexicon.latin:
        text = lexicon.latin.sub(lambda m: latin.setdefault(m[0], rng.choice(lexicon.pool)), text)
    if lexicon.cjk:
        text = lexicon.cjk.sub(lambda m: cjk.setdefault(m[0], make_cjk(rng, m[0])), text)
    shift = rng.randint(-6, 0)
    return YEAR.sub(lambda m: str(int(m[0]) + shift), text)


def assemble(examples: list[Example], size: int, rng: random.Random) -> str:
    """One example's headline, dateline and body, padded with paragraphs of others to ~``size``."""
    first = rng.choice(examples)
    parts: list[str] = []
    length = 0
    for paragraph in first.paragraphs:
        if len(parts) >= 3 and length + len(paragraph) > size:
            break
        parts.append(paragraph)
        length += len(paragraph) + 2
    for _ in range(1000):
        if length >= size:
            break
        paragraph = rng.choice(rng.choice(examples).body)
        if paragraph in parts:
            continue
        if length + len(paragraph) > size * 1.1 and length >= size * 0.8:
            break
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


def build_corpus(folder: Path, docs: int, size: int, seed: int, examples_dir: Path) -> list[Path]:
    """Write ``docs`` synthetic documents into ``folder``; return their paths."""
    rng = random.Random(seed)
    examples = load_examples(examples_dir)
    lexicon = build_lexicon(examples_dir, examples, rng, pool_size=max(50, docs // 2))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(docs):
        path = folder / f"doc_{number:06d}.txt"
        path.write_text(substitute(assemble(examples, size, rng), lexicon, rng), encoding="utf-8")
        paths.append(path)
    return paths


def corpus_paths(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def corpus_stats(paths: list[Path]) -> dict:
    """Documents, bytes and characters of a corpus."""
    chars = [len(p.read_text(encoding="utf-8")) for p in paths]
    size = sum(p.stat().st_size for p in paths)
    return {
        "documents": len(paths),
        "bytes": size,
        "mean_chars": sum(chars) / len(chars) if chars else 0,
        "min_chars": min(chars, default=0),
        "max_chars": max(chars, default=0),
    }


# --- measuring (in a child process) ------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def timed(run: Callable[[], dict]) -> dict:
    """Run ``run`` and add wall seconds, CPU seconds and peak RSS to what it returns."""
    cpu, start = cpu_seconds(), time.perf_counter()
    result = run()
    result["seconds"] = time.perf_counter() - start
    result["cpu_seconds"] = cpu_seconds() - cpu
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def run_floor(folder: Path) -> dict:
    """Read every document through ``read_inputs`` and count what came out."""
    from tenure.ingest import read_inputs
    from tenure.model import Document

    paths = [str(p) for p in corpus_paths(folder)]

    def run() -> dict:
        documents = errors = 0
        for item in read_inputs(paths):
            documents += isinstance(item, Document)
            errors += not isinstance(item, Document)
        return {"documents": documents, "errors": errors}

    return timed(run)


def run_full(folder: Path, db: Path) -> dict:
    """Ingest the whole folder into a fresh ledger."""
    import tenure

    def run() -> dict:
        ledger = tenure.open(str(db))
        try:
            report = ledger.ingest([str(folder)])
        finally:
            close = getattr(ledger, "close", None)
            if close:
                close()
        return {
            "documents": getattr(report, "read", 0),
            "errors": getattr(report, "failed", 0),
            "mentions": getattr(report, "mentions", None),
            "events": getattr(report, "events", None),
        }

    return timed(run)


def child_main(phase: str, folder: Path, db: Path) -> None:
    """Measure one phase and print its figures as one JSON line."""
    result = run_floor(folder) if phase == "floor" else run_full(folder, db)
    result["bytes"] = sum(p.stat().st_size for p in corpus_paths(folder))
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# --- the parent: build, run children, report ---------------------------------------------


def run_child(phase: str, folder: Path, db: Path) -> dict | str:
    """Run one phase in a fresh interpreter; its figures, or why it failed."""
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus", str(folder)]
    command += ["--db", str(db)]
    done = subprocess.run(command, capture_output=True, text=True)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return f"failed (exit {done.returncode}): {tail}"


def per_core(result: dict) -> float:
    """Documents per second per busy core: documents / max(wall, CPU seconds)."""
    busy = max(result["seconds"], result["cpu_seconds"], 1e-9)
    return result["documents"] / busy


def print_corpus(stats: dict, where: Path | str) -> None:
    spread = f"{stats['min_chars']}-{stats['max_chars']}"
    print(
        f"corpus: {stats['documents']} documents, {stats['bytes'] / 1e6:.2f} MB, "
        f"{stats['mean_chars']:.0f} characters on average ({spread}), in {where}"
    )


def print_results(results: dict[str, dict | str]) -> None:
    """A table of the phases, the target and PASS/MISS for each."""
    header = f"{'phase':<6} {'documents':>9} {'errors':>6} {'seconds':>8} {'docs/s':>8} {'per core':>8} "
    print("\n" + header + f"{'MB/s':>6} {'peak RSS MB':>11}")
    for phase, result in results.items():
        if isinstance(result, str):
            print(f"{phase:<6} {result}")
            continue
        rate = result["documents"] / max(result["seconds"], 1e-9)
        mb_s = result["bytes"] / 1e6 / max(result["seconds"], 1e-9)
        counts = f"{result['documents']:>9} {result['errors']:>6}"
        print(
            f"{phase:<6} {counts} {result['seconds']:>8.2f} {rate:>8.1f} "
            f"{per_core(result):>8.1f} {mb_s:>6.2f} {result['peak_rss_mb']:>11.1f}"
        )
        if result.get("events") is not None:
            print(f"{'':<6} {result['mentions']} mentions, {result['events']} events")
    print(f"\ntarget: >= {TARGET_DOCS_PER_CORE:.0f} documents/s per core, peak RSS < {TARGET_RSS_MB:.0f} MB")
    for phase, result in results.items():
        if isinstance(result, str):
            print(f"{phase}: not measured")
            continue
        speed = "PASS" if per_core(result) >= TARGET_DOCS_PER_CORE else "MISS"
        memory = "PASS" if result["peak_rss_mb"] < TARGET_RSS_MB else "MISS"
        print(
            f"{phase}: throughput {speed} ({per_core(result):.1f} documents/s per core), "
            f"memory {memory} ({result['peak_rss_mb']:.0f} MB)"
        )


def parent_main(args: argparse.Namespace) -> None:
    """Build the corpus, then measure the floor and the full run unless only the corpus is asked for."""
    scratch = Path(tempfile.mkdtemp(prefix="tenure-bench-"))
    folder = args.corpus or scratch / "corpus"
    db = args.db or scratch / "bench.db"
    try:
        if db.exists():
            sys.exit(f"{db} exists: give a new --db path, the benchmark needs an empty ledger")
        if folder.exists() and any(folder.iterdir()):
            sys.exit(f"{folder} is not empty: give a new --corpus folder")
        start = time.perf_counter()
        paths = build_corpus(folder, args.docs, args.size, args.seed, args.examples)
        print_corpus(corpus_stats(paths), folder if args.corpus else "a temporary folder")
        print(f"built in {time.perf_counter() - start:.1f} s (seed {args.seed})", flush=True)
        if args.phase == "corpus":
            return
        results: dict[str, dict | str] = {}
        for phase in ("floor", "full"):
            print(f"measuring {phase}...", flush=True)
            results[phase] = run_child(phase, folder, db)
        print_results(results)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--size", type=int, default=5000, help="characters per document (default 5000)")
    parser.add_argument("--db", type=Path, help="ledger file for the full run (default: a temporary file)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus (default 0)")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="folder of example texts")
    parser.add_argument("--corpus", type=Path, help="folder to build the corpus in and keep (default: temp)")
    parser.add_argument(
        "--phase",
        choices=("all", "corpus", "floor", "full"),
        default="all",
        help="all (default); corpus: only build it; floor/full: measure an existing --corpus (internal)",
    )
    args = parser.parse_args(argv)
    if args.docs < 1 or args.size < 100:
        parser.error("--docs must be >= 1 and --size >= 100")
    if args.phase in ("floor", "full") and not args.corpus:
        parser.error(f"--phase {args.phase} needs --corpus")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.phase in ("floor", "full"):
        child_main(args.phase, args.corpus, args.db or args.corpus.parent / "bench.db")
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
