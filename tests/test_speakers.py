"""First-person letters and notes: the speaker a document names, and the unsigned original
attributed through another document that quotes the same letter under its author's name.

Every person, organisation and letter here is invented.
"""

import sqlite3

import pytest

import tenure
from tenure.ledger.store import SCHEMA_VERSION

from helpers import mentions_of

# (language, introduction, letter, speaker, organisation left, organisation joined)
LETTERS = [
    (
        "en",
        "Ingrid Halvorsen wrote to the Brightwater staff on Monday:",
        "I have decided to leave Brightwater Analytics after eight years. "
        "I will be joining Corvane Systems in June.\n\nThank you all.",
        "Ingrid Halvorsen",
        "Brightwater Analytics",
        "Corvane Systems",
    ),
    (
        "fr",
        "Voici la lettre qu'Élodie Marchetti a envoyée à ses équipes :",
        "J'ai pris la difficile décision de quitter Verlaine Logiciels. Je rejoindrai Ostrande Robotics.",
        "Élodie Marchetti",
        "Verlaine Logiciels",
        "Ostrande Robotics",
    ),
    (
        "it",
        "Ai colleghi di Fontana Digitale, Matteo Ravasi ha lasciato una lettera:",
        "Ho preso la difficile decisione di lasciare Fontana Digitale. "
        "Ho deciso di proseguire questo lavoro presso Lanterna Robotics.",
        "Matteo Ravasi",
        "Fontana Digitale",
        "Lanterna Robotics",
    ),
    (
        "zh",
        "以下是林晓岚(Lin Xiaolan)的告别信:",
        "我做出了离开 Norvik Robotics 的艰难决定。我将加入 Talvane Systems。",
        "Lin Xiaolan",
        "Norvik Robotics",
        "Talvane Systems",
    ),
    (
        "de",
        "Katrin Vogelsang schrieb in einem Brief an die Belegschaft:",
        "Ich habe die schwierige Entscheidung getroffen, die Halbach Logistik GmbH zu verlassen. "
        "Ich werde zur Norvik Energy AG wechseln.",
        "Katrin Vogelsang",
        "Halbach Logistik GmbH",
        "Norvik Energy AG",
    ),
    (
        "es",
        "Lucía Barrantes escribió en una carta a la plantilla:",
        "He tomado la difícil decisión de dejar Olmedo Logistics. Me uniré a Tavira Robotics en mayo.",
        "Lucía Barrantes",
        "Olmedo Logistics",
        "Tavira Robotics",
    ),
    (
        "pt",
        "Joana Albuquerque escreveu em uma carta à equipe:",
        "Eu tomei a difícil decisão de deixar a Serrano Analytics. Eu juntarei à Tavira Robotics em maio.",
        "Joana Albuquerque",
        "Serrano Analytics",
        "Tavira Robotics",
    ),
    (
        "ru",
        "Ольга Светлова написала в своём письме сотрудникам:",
        "Я приняла непростое решение покинуть Norvik Robotics. Я перейду в Talvane Systems.",
        "Ольга Светлова",
        "Norvik Robotics",
        "Talvane Systems",
    ),
    (
        "ja",
        "以下は佐藤美咲氏の社員へのメッセージ:",
        "私はNorvik Roboticsを離れる決断をしました。私はTalvane Systemsに入社します。",
        "佐藤美咲",
        "Norvik Robotics",
        "Talvane Systems",
    ),
    (
        "ko",
        "다음은 김서연 씨가 직원들에게 보낸 편지:",
        "저는 Norvik Robotics를 떠나기로 결정했습니다. 저는 Talvane Systems에 합류합니다.",
        "김서연",
        "Norvik Robotics",
        "Talvane Systems",
    ),
]


def _changes(mentions):
    return {(m.type, m.person, m.org, m.attribution) for m in mentions}


@pytest.mark.parametrize("lang, intro, letter, speaker, left, joined", LETTERS)
def test_a_letter_introduced_by_name_is_its_speakers(lang, intro, letter, speaker, left, joined):
    found = mentions_of(f"{intro}\n\n{letter}", lang=lang)
    assert _changes(found) >= {
        ("departure", speaker, left, "speaker"),
        ("appointment", speaker, joined, "speaker"),
    }
    assert all(m.person for m in found)


@pytest.mark.parametrize("lang, intro, letter, speaker, left, joined", LETTERS)
def test_a_first_person_note_with_no_named_speaker_is_no_event(
    tmp_path, lang, intro, letter, speaker, left, joined
):
    found = mentions_of(letter, lang=lang)
    assert {(m.type, m.org) for m in found} >= {("departure", left), ("appointment", joined)}
    assert all(m.attribution == "none" and m.person == "" for m in found)
    path = tmp_path / f"note_{lang}.txt"
    path.write_text(letter, encoding="utf-8")
    with tenure.open(tmp_path / "ledger.db") as ledger:
        ledger.ingest([path])
        assert ledger.events() == []


def test_the_quotation_ends_where_the_story_resumes():
    text = (
        "Ingrid Halvorsen wrote to the Brightwater staff:\n\n"
        "I have decided to leave Brightwater Analytics.\n\n"
        "Meanwhile, Tomas Berglund said that the board would meet on Friday.\n\n"
        "I am told that I will join the Corvane Systems board."
    )
    found = mentions_of(text)
    assert ("departure", "Ingrid Halvorsen", "Brightwater Analytics", "speaker") in _changes(found)
    assert not [m for m in found if m.type == "appointment" and m.person]


def test_a_quotation_in_quotation_marks_ends_with_them():
    text = (
        'Oskar Brandvold told reporters: "I am leaving Pellham Foods." '
        "Later, I joined Corvane Systems as a consultant."
    )
    found = mentions_of(text)
    assert ("departure", "Oskar Brandvold", "Pellham Foods", "speaker") in _changes(found)
    assert [m.person for m in found if m.type == "appointment"] == [""]


def test_a_signature_names_the_speaker_of_the_note_above_it():
    text = (
        "Dear colleagues,\n\n"
        "After eleven years I have decided to step down from Pellham Foods. "
        "In May I will join Corvane Systems as its chief operating officer.\n\n"
        "Thank you for everything.\n"
        "— Wilhelmina Achterberg, CEO"
    )
    found = mentions_of(text)
    assert _changes(found) >= {
        ("departure", "Wilhelmina Achterberg", "Pellham Foods", "speaker"),
        ("appointment", "Wilhelmina Achterberg", "Corvane Systems", "speaker"),
    }


def test_a_quote_in_a_signed_story_is_not_the_signers():
    text = (
        'Pellham Foods confirmed the change on Monday. "I have decided to leave Pellham Foods," '
        "the founder said in an interview.\n\n"
        "I met her in March, and I think she is right.\n"
        "— Wilhelmina Achterberg"
    )
    assert not [m for m in mentions_of(text) if m.person == "Wilhelmina Achterberg"]


def test_a_colleague_named_in_the_letter_keeps_their_own_change():
    text = (
        "Ingrid Halvorsen wrote to the Brightwater staff:\n\n"
        "Jonas Eklund, my co-founder, left Brightwater Analytics in January. "
        "Petra Lindqvist, who was my mentor, retired from Brightwater Analytics."
    )
    found = mentions_of(text)
    assert ("departure", "Jonas Eklund", "Brightwater Analytics", "text") in _changes(found)
    assert not [m for m in found if m.person == "Ingrid Halvorsen"]


# --- the same letter in two documents -------------------------------------------------------

ORIGINAL_EN = (
    "A note to my colleagues\n\n"
    "I shared the following note with the Marlow Analytics team today. I've made the difficult decision"
    " to leave Marlow Analytics after seven years. I've decided to pursue this goal at Quenby Robotics,"
    " where I can get back to hands-on research.\n\n"
    "I'm grateful to Oskar and Priyanka for hiring me, and to Tamsin, Wendell and Akosua for their"
    " trust. The Harbor project is in great hands with Rosalind and Fenwick.\n"
)

NAMED_IT = (
    "Notizie\n\n"
    "Il ricercatore Dario Pelletti ha annunciato il suo passaggio a Quenby Robotics.\n\n"
    "Ai colleghi di Marlow Analytics, Dario Pelletti ha lasciato una lettera:\n\n"
    "Ho preso la difficile decisione di lasciare Marlow Analytics dopo sette anni. Ho deciso di"
    " perseguire questo obiettivo presso Quenby Robotics, dove posso tornare alla ricerca sul campo.\n\n"
    "Sono grato a Oskar e Priyanka per avermi accolto, e a Tamsin, Wendell e Akosua per la loro"
    " fiducia. Il progetto Harbor è in ottime mani con Rosalind e Fenwick.\n"
)

UNRELATED_EN = """Moving on

I've made the difficult decision to leave Marlow Analytics. I'll be joining Tessendorf Bank next month.

Thanks to Birgitta, Cosmo, Delphine, Eustace and Griselda for the years on the Lighthouse team.
"""


def _ingest(tmp_path, files):
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    ledger = tenure.open(tmp_path / "ledger.db")
    ledger.ingest(paths)
    return ledger


def _sources(ledger):
    return {(e.type, e.person, e.org): {v.doc for v in e.evidence} for e in ledger.events()}


def test_an_unsigned_letter_is_attributed_through_its_named_translation(tmp_path):
    with _ingest(tmp_path, {"original_en.txt": ORIGINAL_EN, "article_it.txt": NAMED_IT}) as ledger:
        sources = _sources(ledger)
        assert sources[("departure", "Dario Pelletti", "Marlow Analytics")] == {"original_en", "article_it"}
        assert sources[("appointment", "Dario Pelletti", "Quenby Robotics")] == {"original_en", "article_it"}
        assert all(e.person for e in ledger.events())
        for event in ledger.events():
            for ev in event.evidence:
                assert ledger.store.document_text(ev.doc)[ev.start : ev.end] == ev.text

        ledger.ingest([tmp_path / "original_en.txt", tmp_path / "article_it.txt"])  # unchanged: nothing to do
        assert _sources(ledger) == sources
        ledger.rebuild()
        assert _sources(ledger) == sources

    with tenure.open(tmp_path / "ledger.db") as reopened:
        assert _sources(reopened) == sources


def test_the_unsigned_letter_alone_is_no_event_until_its_translation_arrives(tmp_path):
    with _ingest(tmp_path, {"original_en.txt": ORIGINAL_EN}) as ledger:
        assert ledger.events() == []
        (tmp_path / "article_it.txt").write_text(NAMED_IT, encoding="utf-8")
        ledger.ingest([tmp_path / "article_it.txt"])
        assert "original_en" in _sources(ledger)[("departure", "Dario Pelletti", "Marlow Analytics")]


def test_two_unrelated_letters_are_not_joined(tmp_path):
    with _ingest(tmp_path, {"other_en.txt": UNRELATED_EN, "article_it.txt": NAMED_IT}) as ledger:
        sources = _sources(ledger)
        assert sources[("departure", "Dario Pelletti", "Marlow Analytics")] == {"article_it"}
        assert all(e.person for e in ledger.events())
        assert not any("other_en" in docs for docs in sources.values())


def test_an_unsigned_letter_joins_no_event_when_two_could_be_its_authors(tmp_path):
    second = NAMED_IT.replace("Dario Pelletti", "Carla Benvenuti").replace("Notizie", "Altre notizie")
    files = {"original_en.txt": ORIGINAL_EN, "article_it.txt": NAMED_IT, "other_it.txt": second}
    with _ingest(tmp_path, files) as ledger:
        assert not any("original_en" in docs for docs in _sources(ledger).values())


def test_a_store_of_the_previous_schema_is_migrated_and_reread(tmp_path):
    path = tmp_path / "old.db"
    (tmp_path / "original_en.txt").write_text(ORIGINAL_EN, encoding="utf-8")
    (tmp_path / "article_it.txt").write_text(NAMED_IT, encoding="utf-8")
    with tenure.open(path) as ledger:
        ledger.ingest([tmp_path / "article_it.txt"])
    db = sqlite3.connect(path)
    db.executescript(
        "ALTER TABLE mentions DROP COLUMN attribution; ALTER TABLE mentions DROP COLUMN passage;"
        " ALTER TABLE mentions DROP COLUMN date_source;"
        " PRAGMA user_version = 1;"
    )
    db.close()
    with tenure.open(path) as ledger:
        assert ledger.store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        report = ledger.ingest([tmp_path / "article_it.txt", tmp_path / "original_en.txt"])
        assert report.stored == 2  # the old document is read again, with what v1 did not keep
        assert "original_en" in _sources(ledger)[("departure", "Dario Pelletti", "Marlow Analytics")]
