"""Reading inputs: formats, encodings, bad inputs, stdin, WARC, and passage languages."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from tenure.ingest import DEFAULT_MAX_BYTES, IngestError, count_inputs, read_inputs
from tenure.ingest import sources as ingest_sources
from tenure.ingest.langid import detect_passages
from tenure.model import Document, Passage

ENGLISH = (
    "Harlow Instruments said on Tuesday that its chief financial officer, Marta Quenby, will leave "
    "the company at the end of the month. The board has started a search for her successor."
)
FRENCH = (
    "Le groupe Valbrune a annoncé jeudi la nomination de Claire Montferrand au poste de directrice "
    "générale. Elle succède à un dirigeant qui part à la retraite après douze ans à la tête de la société."
)
CHINESE = (
    "据报道，星河精密科技有限公司董事会周一宣布，任命原首席运营官为新任首席执行官，"
    "即日生效。该公司表示，前任首席执行官将留任顾问。"
)
JAPANESE = (
    "精密機器メーカーの株式会社ミナト精工は、新しい代表取締役社長が六月付で"
    "就任する人事を発表した。前社長は会長に就く。"
)
GERMAN = (
    "Der Vorstandsvorsitzende der Gesellschaft tritt zum Jahresende in den Ruhestand, "
    "teilte das Unternehmen mit."
)
ARTICLE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harlow Instruments finance chief to leave | The Example Courier</title>
  <meta property="og:title" content="Harlow Instruments finance chief to leave">
  <meta property="article:published_time" content="2024-11-05T08:00:00+00:00">
</head>
<body>
  <div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li></ul></nav>
  <article>
    <h1>Harlow Instruments finance chief to leave</h1>
    <p>{body}</p>
    <p>The company said its guidance for the year was unchanged and that the search would take
    several months. Analysts said the departure had been expected for some time.</p>
  </article>
  <footer><p>Copyright 2024 The Example Courier</p></footer>
</body>
</html>
"""
FRENCH_ARTICLE = (
    """<html><head>{meta}<title>Valbrune nomme une directrice générale</title></head>
<body><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Valbrune nomme une directrice générale</h1>
<p>"""
    + FRENCH
    + """</p>
<p>La société précise que la transition était préparée depuis l'automne et que ses résultats annuels
seront publiés comme prévu au mois de mars.</p></article></body></html>
"""
)
EMPTY_PAGE = (
    "<!DOCTYPE html><html><head><title>Loading</title><script>var app = 1;</script></head>"
    "<body></body></html>"
)


def read(*paths: Path | str, **options) -> tuple[list[Document], list[IngestError]]:
    items = list(read_inputs([str(p) for p in paths], **options))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def one_error(path: Path | str, **options) -> IngestError:
    docs, errors = read(path, **options)
    assert docs == [] and len(errors) == 1, (docs, errors)
    return errors[0]


def assert_covering(doc: Document) -> None:
    """Passages are in order, contiguous, non-empty and cover the whole text."""
    assert doc.passages, doc.id
    assert doc.passages[0].start == 0 and doc.passages[-1].end == len(doc.text)
    for a, b in zip(doc.passages, doc.passages[1:], strict=False):
        assert a.end == b.start and a.lang != b.lang
    assert all(p.start < p.end for p in doc.passages)


# --- plain text -------------------------------------------------------------------------------


def test_text_file_is_read_exactly_with_crlf(tmp_path):
    data = ("Harlow names new CFO\r\n\r\n" + ENGLISH + "\r\n  indented line\twith tab  \r\n").encode()
    (tmp_path / "crlf_note.txt").write_bytes(data)
    [doc], errors = read(tmp_path / "crlf_note.txt")
    assert errors == []
    assert doc.id == "crlf_note"
    assert doc.source == str(tmp_path / "crlf_note.txt")
    assert doc.text == data.decode("utf-8")
    assert doc.text.encode("utf-8") == data
    assert "\r\n" in doc.text
    assert doc.languages == ["en"]
    assert_covering(doc)


def test_utf8_bom_is_stripped_and_offsets_index_the_text_without_it(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    [doc], _ = read(tmp_path / "bom.txt")
    assert doc.text == ENGLISH
    start = doc.text.index("Marta Quenby")
    assert doc.text[start : start + 12] == "Marta Quenby"


def test_utf16_with_bom(tmp_path):
    (tmp_path / "wide.txt").write_bytes(FRENCH.encode("utf-16"))
    [doc], _ = read(tmp_path / "wide.txt")
    assert doc.text == FRENCH
    assert doc.languages == ["fr"]


@pytest.mark.parametrize(
    ("text", "encoding", "lang"),
    [
        (CHINESE, "gbk", "zh"),
        ("公司总裁辞职。", "gbk", "zh"),
        ("該公司董事會週一宣布，任命前財務長為新任執行長。", "big5", "zh"),
        (JAPANESE, "shift_jis", "ja"),
        (JAPANESE, "euc_jp", "ja"),
        (FRENCH, "latin-1", "fr"),
        ("Café déjà vu à Zürich", "latin-1", None),
        (GERMAN + " Größere Änderungen für die Führung.", "latin-1", "de"),
        ("El director ejecutivo presentó su dimisión el pasado lunes, según la compañía.", "cp1252", "es"),
        ("Генеральный директор компании ушёл в отставку в понедельник.", "cp1251", "ru"),
        ("회사는 월요일 새 최고경영자를 임명했다고 밝혔다.", "euc-kr", "ko"),
    ],
)
def test_legacy_encodings_are_decoded_not_rejected(tmp_path, text, encoding, lang):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    [doc], errors = read(path)
    assert errors == []
    assert doc.text == text
    if lang:
        assert doc.languages == [lang]


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(FRENCH.encode("utf-8") + b" Caf\xe9.")
    [doc], errors = read(path)
    assert errors == []
    assert doc.text == FRENCH + " Caf\ufffd."


def test_windows_1252_punctuation_and_iso_2022_jp(tmp_path):
    french = "Le chiffre d’affaires atteint 3 M€ cette année, a précisé la société « Valbrune »."
    (tmp_path / "cp1252.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "jis.txt").write_bytes(JAPANESE.encode("iso2022_jp"))
    docs, errors = read(tmp_path / "cp1252.txt", tmp_path / "jis.txt")
    assert errors == []
    assert [d.text for d in docs] == [french, JAPANESE]
    assert [d.languages for d in docs] == [["fr"], ["ja"]]


def test_markdown_and_files_without_extension_are_text(tmp_path):
    (tmp_path / "notes.md").write_text("# Board news\n\n" + ENGLISH, encoding="utf-8")
    (tmp_path / "README").write_text(FRENCH, encoding="utf-8")
    docs, errors = read(tmp_path / "notes.md", tmp_path / "README")
    assert errors == []
    assert [d.id for d in docs] == ["notes", "README"]
    assert docs[0].text.startswith("# Board news")


# --- bad inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u3000\n".encode(), b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = one_error(path)
    assert error.reason == "empty file"
    assert error.path == str(path) and error.line is None
    assert str(error) == f"{path}: empty file"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
        b"plain start\x00\x00\x01\x02 then zeros \x00\x00",
        bytes((i * 37 + 11) % 256 for i in range(4096)),
    ],
)
def test_binary_file(tmp_path, content):
    path = tmp_path / "image.png"
    path.write_bytes(content)
    error = one_error(path)
    assert error.reason == "binary file (not text)"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.write(b"A very long report. " * 100)
        file.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk
    tracemalloc.start()
    try:
        error = one_error(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20  # the 50 MB were never read
    assert error.reason == "50 MB, larger than the 20 MB limit (--max-size)"
    assert str(error) == f"{path}: 50 MB, larger than the 20 MB limit (--max-size)"
    small = one_error(path, max_bytes=DEFAULT_MAX_BYTES * 4)
    assert small.reason == "binary file (not text)"  # under a larger limit it is read (and is NULs)


def test_size_limit_in_bytes_and_kilobytes(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert (
        one_error(path, max_bytes=100).reason
        == f"{len(ENGLISH.encode())} bytes, larger than the 100 bytes limit (--max-size)"
    )
    [doc], _ = read(path, max_bytes=len(ENGLISH.encode()))
    assert doc.text == ENGLISH


def test_missing_path(tmp_path):
    error = one_error(tmp_path / "nowhere.txt")
    assert error.reason == "no such file or directory"
    assert str(error) == f"{tmp_path / 'nowhere.txt'}: no such file or directory"


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(ingest_sources, "open", refusing_open, raising=False)
    assert one_error(path).reason == "permission denied"


def test_empty_folder_is_reported(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    assert one_error(tmp_path / "inbox").reason == "no files to read in this folder"


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_with_their_number_and_the_rest_is_kept(tmp_path):
    lines = [
        json.dumps(
            {"id": "brief-1", "text": ENGLISH, "published": "2024-11-05T10:00:00Z", "title": "CFO leaves"}
        ),
        '{"id": "brief-2", "text": "unterminated',
        "",
        json.dumps({"text": "No id here, but a text long enough to be a document."}),
        json.dumps({"id": "brief-3", "text": FRENCH, "url": "https://news.example/fr/valbrune"}),
        "[1, 2, 3]",
        json.dumps({"id": "brief-4", "text": "   "}),
        json.dumps({"id": "brief-5", "html": ARTICLE.format(body=ENGLISH)}),
        json.dumps({"id": "brief-6", "title": "no body"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(path, published="2024-01-01")
    assert [d.id for d in docs] == ["brief-1", "brief-3", "brief-5"]
    assert [(e.line, e.reason) for e in errors] == [
        (2, "not valid JSON: Unterminated string starting at column 27"),
        (4, 'no "id"'),
        (6, "not a JSON object but list"),
        (7, "empty text"),
        (9, 'no "text" or "html"'),
    ]
    assert str(errors[0]) == f"{path}:2: not valid JSON: Unterminated string starting at column 27"
    first, french, page = docs
    assert first.text == ENGLISH and first.published == "2024-11-05" and first.title == "CFO leaves"
    assert first.source == f"{path}:1"
    assert french.url == "https://news.example/fr/valbrune" and french.languages == ["fr"]
    assert french.published == "2024-01-01"  # no date of its own: the --published one
    assert page.title == "Harlow Instruments finance chief to leave" and page.published == "2024-11-05"
    assert "Marta Quenby" in page.text and "Markets" not in page.text


def test_jsonl_line_over_the_limit(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "short", "text": ENGLISH},
        {"id": "long", "text": ENGLISH * 20},
        {"id": "after", "text": FRENCH},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, errors = read(path, max_bytes=1000)
    assert [d.id for d in docs] == ["short", "after"]
    assert [(e.line, e.reason) for e in errors] == [(2, "line larger than the 1000 bytes limit (--max-size)")]


def test_jsonl_with_nothing_in_it(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert one_error(path).reason == "empty file"


# --- HTML -------------------------------------------------------------------------------------


def test_html_article_title_date_and_main_text(tmp_path):
    path = tmp_path / "harlow-cfo.html"
    path.write_text(ARTICLE.format(body=ENGLISH), encoding="utf-8")
    [doc], errors = read(path, published="2000-01-01")
    assert errors == []
    assert doc.id == "harlow-cfo"
    assert doc.title == "Harlow Instruments finance chief to leave"
    assert doc.published == "2024-11-05"
    assert ENGLISH in doc.text
    for boilerplate in ("cookies", "Markets", "Copyright"):
        assert boilerplate not in doc.text
    start = doc.text.index("Marta Quenby")
    assert doc.text[start : start + 12] == "Marta Quenby"
    assert doc.languages == ["en"]
    assert_covering(doc)


def test_html_in_a_legacy_encoding(tmp_path):
    page = FRENCH_ARTICLE.format(meta='<meta charset="iso-8859-1">')
    (tmp_path / "valbrune.htm").write_bytes(page.encode("latin-1"))
    [doc], _ = read(tmp_path / "valbrune.htm")
    assert FRENCH in doc.text
    assert doc.title == "Valbrune nomme une directrice générale"
    assert doc.languages == ["fr"]


def test_html_with_no_main_text(tmp_path):
    path = tmp_path / "shell.html"
    path.write_text(EMPTY_PAGE, encoding="utf-8")
    error = one_error(path)
    assert error.reason == "no main text found in HTML"


def test_html_that_is_just_a_url_is_not_fetched(tmp_path, monkeypatch):
    import htmldate.utils
    import trafilatura.downloads

    def no_network(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    monkeypatch.setattr(trafilatura.downloads, "fetch_url", no_network)
    path = tmp_path / "link.html"
    path.write_text("https://news.example/2024/11/05/harlow-cfo", encoding="utf-8")
    assert one_error(path).reason == "no main text found in HTML"


# --- folders, counting, streaming -------------------------------------------------------------


def test_folder_mixing_good_and_bad_inputs(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "config.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / ".draft.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "a_english.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "d_chinese.txt").write_bytes(CHINESE.encode("gbk"))
    (folder / "e_feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": GERMAN}) + "\nnot json\n", encoding="utf-8"
    )
    (folder / "f_shell.html").write_text(EMPTY_PAGE, encoding="utf-8")
    (folder / "g_page.html").write_text(ARTICLE.format(body=ENGLISH), encoding="utf-8")
    (folder / "sub" / "h_french.txt").write_text(FRENCH, encoding="utf-8")
    with open(folder / "sub" / "i_huge.txt", "wb") as file:
        file.truncate(30 * 2**20)
    (folder / "sub" / "j_link.txt").symlink_to(folder / "missing.txt")

    docs, errors = read(folder, tmp_path / "not-there")
    assert [d.id for d in docs] == ["a_english", "d_chinese", "feed-1", "g_page", "h_french"]
    assert [d.languages[0] for d in docs] == ["en", "zh", "de", "en", "fr"]
    assert docs[1].text == CHINESE
    reasons = {(Path(e.path).name, e.line): e.reason for e in errors}
    assert reasons == {
        ("b_empty.txt", None): "empty file",
        ("c_logo.png", None): "binary file (not text)",
        ("e_feed.jsonl", 2): "not valid JSON: Expecting value",
        ("f_shell.html", None): "no main text found in HTML",
        ("i_huge.txt", None): "30 MB, larger than the 20 MB limit (--max-size)",
        ("j_link.txt", None): "broken symbolic link",
        ("not-there", None): "no such file or directory",
    }
    assert len(errors) == len(reasons)
    assert count_inputs([str(folder), str(tmp_path / "not-there")]) == 11


def test_count_inputs_counts_files_without_reading_them(tmp_path):
    (tmp_path / "x.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        "\n".join(json.dumps({"id": f"n{i}", "text": ENGLISH}) for i in range(5)), encoding="utf-8"
    )
    assert count_inputs([str(tmp_path)]) == 2
    assert count_inputs([str(tmp_path / "x.txt"), "-", str(tmp_path / "gone")]) == 3


def test_documents_are_read_one_at_a_time(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ENGLISH, encoding="utf-8")
    items = read_inputs([str(first), str(second)])
    assert next(items).id == "first"
    second.write_text(FRENCH, encoding="utf-8")  # written after the first document came out
    assert next(items).id == "second"
    assert next(items, None) is None


# --- stdin ------------------------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_is_one_document(monkeypatch):
    data = ("Harlow news\r\n\r\n" + ENGLISH + "\r\n").encode()
    fake_stdin(monkeypatch, data)
    [doc], errors = read("-")
    assert errors == []
    assert doc.id == "stdin" and doc.text == data.decode()


def test_stdin_from_a_text_stream_without_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(FRENCH))
    [doc], _ = read("-")
    assert doc.id == "stdin" and doc.text == FRENCH and doc.languages == ["fr"]


def test_stdin_jsonl(monkeypatch):
    rows = [json.dumps({"id": "s1", "text": ENGLISH}), "{broken", json.dumps({"id": "s2", "text": FRENCH})]
    fake_stdin(monkeypatch, ("\n" + "\n".join(rows) + "\n").encode())
    docs, errors = read("-")
    assert [d.id for d in docs] == ["s1", "s2"]
    assert [(e.path, e.line) for e in errors] == [("<stdin>", 3)]


def test_stdin_empty_and_too_large(monkeypatch):
    fake_stdin(monkeypatch, b"  \n")
    assert one_error("-").reason == "empty file"
    fake_stdin(monkeypatch, ENGLISH.encode())
    assert one_error("-", max_bytes=50).reason == "larger than the 50 bytes limit (--max-size)"


# --- WARC -------------------------------------------------------------------------------------


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> None:
    """records: (url, status, content type, body) as HTTP responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=path.name.endswith(".gz"))
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path, name):
    path = tmp_path / name
    write_warc(
        path,
        [
            (
                "https://news.example/2024/11/05/harlow-cfo?page=1",
                "200 OK",
                "text/html; charset=utf-8",
                ARTICLE.format(body=ENGLISH).encode(),
            ),
            ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            (
                "https://news.example/old",
                "301 Moved Permanently",
                "text/html",
                b"<html><body>Moved</body></html>",
            ),
            ("https://news.example/app", "200 OK", "text/html", EMPTY_PAGE.encode()),
            (
                "https://news.example/fr/valbrune",
                "200 OK",
                "text/html; charset=iso-8859-1",
                FRENCH_ARTICLE.format(meta="").encode("latin-1"),
            ),
        ],
    )
    docs, errors = read(path, published="2023-01-01")
    assert [d.id for d in docs] == ["news.example_2024_11_05_harlow-cfo_page_1", "news.example_fr_valbrune"]
    english, french = docs
    assert english.url == "https://news.example/2024/11/05/harlow-cfo?page=1"
    assert english.published == "2024-11-05"  # from the page, not the crawl date
    assert english.title == "Harlow Instruments finance chief to leave"
    assert ENGLISH in english.text and english.languages == ["en"]
    assert FRENCH in french.text and french.languages == ["fr"]
    assert [str(e) for e in errors] == [f"{path}: https://news.example/app: no main text found in HTML"]
    assert count_inputs([str(path)]) == 1


def test_warc_without_pages_and_broken_warc(tmp_path):
    path = tmp_path / "images.warc.gz"
    write_warc(path, [("https://news.example/a.png", "200 OK", "image/png", b"\x89PNG" + bytes(10))])
    assert one_error(path).reason == "no HTML pages in this WARC file"
    broken = tmp_path / "broken.warc"
    broken.write_text("this is not an archive\n", encoding="utf-8")
    assert one_error(broken).reason == "not a WARC file (no WARC header at its start)"


def test_damaged_warc_keeps_the_pages_before_the_damage(tmp_path):
    path = tmp_path / "damaged.warc"
    write_warc(
        path, [("https://news.example/one", "200 OK", "text/html", ARTICLE.format(body=ENGLISH).encode())]
    )
    with open(path, "ab") as file:
        file.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")
    docs, errors = read(path)
    assert [d.id for d in docs] == ["news.example_one"]
    assert [e.reason for e in errors] == ["damaged WARC file after 1 HTML page"]


# --- publication dates ------------------------------------------------------------------------


def test_publication_date_falls_back_from_text_to_argument(tmp_path, monkeypatch):
    from tenure.extract import dates

    (tmp_path / "dated.txt").write_text("DATED 2024-03-09\n" + ENGLISH, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr(
        dates, "published_date_from_text", lambda text, langs=None: "2024-03-09" if "DATED" in text else None
    )
    docs, _ = read(tmp_path, published="2024-12-31")
    assert {d.id: d.published for d in docs} == {"dated": "2024-03-09", "undated": "2024-12-31"}
    docs, _ = read(tmp_path / "undated.txt")
    assert docs[0].published is None


# --- languages of passages --------------------------------------------------------------------


def langs_of(text: str) -> list[tuple[str, str]]:
    passages = detect_passages(text)
    assert passages[0].start == 0 and passages[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(passages, passages[1:], strict=False))
    return [(p.lang, text[p.start : p.end]) for p in passages]


def test_passages_of_an_english_and_chinese_document():
    text = (
        "Harlow Instruments names a new chief executive\n\n"
        + ENGLISH
        + "\n\n"
        + CHINESE
        + "\n\n公司发言人表示，Harlow Instruments将在下月公布更多细节。\n"
    )
    found = langs_of(text)
    assert [lang for lang, _ in found] == ["en", "zh"]
    assert found[0][1].startswith("Harlow Instruments names") and ENGLISH in found[0][1]
    assert found[1][1].startswith(CHINESE)


def test_passages_of_a_french_document():
    text = (
        "Valbrune : nouvelle directrice générale\nPar la rédaction\n\n" + FRENCH + "\n\nPartager : Courriel\n"
    )
    assert [lang for lang, _ in langs_of(text)] == ["fr"]


def test_passages_of_a_document_in_two_latin_languages():
    spanish = (
        "Después de seis años en la empresa, he decidido dejar mi puesto. Mi último día será el 28 de "
        "marzo y a partir de abril trabajaré en un nuevo proyecto."
    )
    text = "A note to my colleagues\nPosted by Marta Quenby\n\n" + ENGLISH + "\n\n---\n\n"
    text += "Una nota para mis colegas\nPublicado por Marta Quenby\n\n" + spanish + "\n"
    found = langs_of(text)
    assert [lang for lang, _ in found] == ["en", "es"]
    assert found[1][1].startswith("Una nota para mis colegas")


def test_long_english_quote_in_chinese_text_is_a_passage_of_its_own():
    quote = "I have decided to step down after ten wonderful years at the company"
    text = f"该公司首席执行官在声明中写道（“{quote}”），董事会已接受其辞呈。\n"
    found = langs_of(text)
    assert found[0][0] == "zh" and found[2][0] == "zh"
    assert found[1] == ("en", quote)


def test_latin_names_in_a_chinese_sentence_keep_it_chinese():
    assert [lang for lang, _ in langs_of("Harlow Instruments CFO Marta Quenby宣布离职\n")] == ["zh"]
    assert [lang for lang, _ in langs_of("星河精密(Xinghe Precision)宣布新任首席执行官。\n")] == ["zh"]


def test_passages_of_japanese_korean_and_russian_text():
    assert [lang for lang, _ in langs_of(JAPANESE + "\n代表取締役社長\n")] == ["ja"]
    assert [lang for lang, _ in langs_of("회사는 월요일 새 최고경영자를 임명했다고 밝혔다.\n")] == ["ko"]
    text = "Генеральный директор компании ушёл в отставку в понедельник.\n" + ENGLISH
    assert [lang for lang, _ in langs_of(text)] == ["ru", "en"]


def test_short_lines_take_the_language_of_their_neighbours():
    text = "Valbrune\n15 mars 2024\n\n" + FRENCH + "\n\n— C. M.\n"
    assert langs_of(text) == [("fr", text)]
    assert detect_passages("12345\n") == [Passage(0, 6, "en")]
    assert detect_passages("") == []


def test_a_text_of_very_many_lines_is_read_in_groups():
    text = "Lee resigned.\n" * 60_000 + ENGLISH + "\n"
    passages = detect_passages(text)
    assert passages == [Passage(0, len(text), "en")]


def test_a_long_single_line_in_two_languages_is_split_at_a_sentence():
    text = " ".join([ENGLISH] * 4) + " " + " ".join([FRENCH] * 4)
    found = langs_of(text)
    assert [lang for lang, _ in found] == ["en", "fr"]
    assert found[1][1].startswith("Le groupe Valbrune")


# --- the error type ---------------------------------------------------------------------------


def test_ingest_error_is_one_line():
    assert str(IngestError("data/feed.jsonl", "not valid JSON: Expecting value", 3)) == (
        "data/feed.jsonl:3: not valid JSON: Expecting value"
    )
    assert str(IngestError("a.txt", "empty file")) == "a.txt: empty file"
