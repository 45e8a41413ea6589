"""Italian: events, roles, relative dates, and sentences that must yield nothing."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, changes, in_order, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "L'amministratore delegato di Ventresca S.p.A., Paolo Gherardi, si è dimesso lunedì.",
        "departure",
        "Paolo Gherardi",
        "Ventresca S.p.A.",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Chiara Montalbano ha lasciato Solferino Software dopo dieci anni.",
        "departure",
        "Chiara Montalbano",
        "Solferino Software",
        None,
        None,
    ),
    (
        "Il direttore finanziario Enrico Bassani è stato licenziato da Gruppo Arvedi.",
        "departure",
        "Enrico Bassani",
        "Gruppo Arvedi",
        "Chief Financial Officer",
        "2025-03-05",  # told in the present perfect: the day of the news
    ),
    (
        "Luisa Ferraguti va in pensione da Cortese Industries a giugno.",
        "departure",
        "Luisa Ferraguti",
        "Cortese Industries",
        None,
        "2025-06",
    ),
    (
        "Marco Sperandio è stato nominato direttore tecnico di Lucerna Labs.",
        "appointment",
        "Marco Sperandio",
        "Lucerna Labs",
        "Chief Technology Officer",
        "2025-03-05",  # told in the present perfect: the day of the news
    ),
    (
        "Giulia Orsatti si è unita a Brenta Robotics come direttore operativo.",
        "appointment",
        "Giulia Orsatti",
        "Brenta Robotics",
        "Chief Operating Officer",
        None,
    ),
    (
        "Tommaso Rinaldi è stato nominato presidente del consiglio di amministrazione di Pavesio Energy.",
        "appointment",
        "Tommaso Rinaldi",
        "Pavesio Energy",
        "Board Chair",
        "2025-03-05",  # told in the present perfect: the day of the news
    ),
    (
        "Sara Colonna diventa amministratore delegato ad interim di Moretta Capital.",
        "appointment",
        "Sara Colonna",
        "Moretta Capital",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Davide Lanzi è in congedo per motivi di salute da Fabbri Analytics.",
        "leave",
        "Davide Lanzi",
        "Fabbri Analytics",
        None,
        None,
    ),
    (
        "Dopo tre mesi, Davide Lanzi è tornato in Fabbri Analytics il mese scorso.",
        "return",
        "Davide Lanzi",
        "Fabbri Analytics",
        None,
        "2025-02",
    ),
    (
        "Elena Vitale ha fondato Serenel Biotech nel 2021.",
        "founding",
        "Elena Vitale",
        "Serenel Biotech",
        "Founder",
        "2021",
    ),
    (
        "Andrea Cattaneo ha co-fondato Ardesia Networks l'anno scorso.",
        "founding",
        "Andrea Cattaneo",
        "Ardesia Networks",
        "Co-founder",
        "2024",
    ),
    (
        "Federico Grassi ha lasciato Olmeda Media lo scorso novembre.",
        "departure",
        "Federico Grassi",
        "Olmeda Media",
        None,
        "2024-11",
    ),
    (
        "Il capo scienziato di Riviera Pharma, Stefano Ruggeri, ha annunciato le sue dimissioni ieri.",
        "departure",
        "Stefano Ruggeri",
        "Riviera Pharma",
        "Chief Scientist",
        "2025-03-04",
    ),
    (
        "Valentina Serra è entrata in Castellana Software a febbraio di quest'anno.",
        "appointment",
        "Valentina Serra",
        "Castellana Software",
        None,
        "2025-02",
    ),
    # a removal with the person after the verb, in a company named with a sector word
    (
        "Il consiglio di amministrazione di Brenta Automazione ha revocato ieri le deleghe "
        "all'amministratore delegato Fabio Serri.",
        "departure",
        "Fabio Serri",
        "Brenta Automazione",
        "Chief Executive Officer",
        "2025-03-04",
    ),
    (
        "Ludovica Sanna è il nuovo direttore tecnico di Corvo Energia.",
        "appointment",
        "Ludovica Sanna",
        "Corvo Energia",
        "Chief Technology Officer",
        "2025-03-05",
    ),
    (
        "Elisa Marconi è tornata lunedì alla presidenza di Fulgida Mutua.",
        "return",
        "Elisa Marconi",
        "Fulgida Mutua",
        "President",
        "2025-03-03",
    ),
    (
        "Ardena Costruzioni annuncia l'ingresso di Valerio Costa come direttore delle risorse umane.",
        "appointment",
        "Valerio Costa",
        "Ardena Costruzioni",
        "Chief People Officer",
        "2025-03-05",
    ),
    (
        "Giada Ferri, direttrice marketing di Pervinca Cosmetici, sarà in congedo di maternità da aprile.",
        "leave",
        "Giada Ferri",
        "Pervinca Cosmetici",
        "Chief Marketing Officer",
        "2025-04",
    ),
]

NOT_EVENTS = [
    "Se un direttore finanziario lascia Altera Assicurazioni, il titolo scende.",
    "Questa scelta segue quella di Anna Bruno, presidente di Altera Assicurazioni.",
    "Lorenzo Gatti continuerà a guidare il team commerciale di Ventresca S.p.A.",
    "Paolo Gherardi non lascia Ventresca S.p.A., ha precisato la società.",
    "Quando un amministratore delegato se ne va, gli investitori di Ventresca S.p.A. si preoccupano.",
    "Ventresca S.p.A. ha assunto il suo primo direttore finanziario l'anno scorso.",
    "Paolo Gherardi ha fondato una startup nel settore della robotica.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "it", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "it", PUBLISHED)


def test_news_phrasings():
    text = (
        "Il gruppo Orsanti ha annunciato che l'amministratore delegato Marco Bellini lascerà l'incarico "
        "il prossimo 30 aprile. Bellini, che aveva fondato Orsanti nel 2005 insieme a Luca Rinaldi, "
        "resterà presidente onorario."
    )
    found = {
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang="it", published=PUBLISHED)
    }
    assert found == {
        ("departure", "Marco Bellini", "Orsanti", "Chief Executive Officer", "2025-04-30"),
        ("founding", "Marco Bellini", "Orsanti", "Co-founder", "2005"),
        ("founding", "Luca Rinaldi", "Orsanti", "Co-founder", "2005"),
    }


_changes = partial(changes, lang="it", published=PUBLISHED)


def test_a_change_told_again_for_another_person():
    text = (
        "Le dimissioni del direttore finanziario di Orsa Telecomunicazioni, Paolo Neri, sono state seguite "
        "martedì da quelle del direttore legale, Anna Galli."
    )
    assert ("departure", "Anna Galli", "Orsa Telecomunicazioni", "General Counsel", "2025-03-04") in _changes(
        text
    )


def test_a_verb_without_its_subject_is_said_of_the_person_named_last():
    text = "Il consiglio di Pavesi Tessile ha scelto Davide Conti. Assumerà l'incarico il 1° luglio."
    assert ("appointment", "Davide Conti", "Pavesi Tessile", None, "2025-07-01") in _changes(text)


def test_a_signed_letter_with_thanks_and_the_future_first_person():
    text = (
        "Care colleghe, cari colleghi,\n\n"
        "dopo sette anni ho deciso di lasciare Lumetta Software.\n\n"
        "Un grazie speciale a Sara Neri e a tutto il team.\n\n"
        "Da aprile entrerò in Quadrifoglio Labs come responsabile della ricerca.\n\n"
        "Un abbraccio,\nMatteo Serra"
    )
    found = {(m.type, m.person, m.org) for m in mentions_of(text, lang="it")}
    assert found == {
        ("departure", "Matteo Serra", "Lumetta Software"),
        ("appointment", "Matteo Serra", "Quadrifoglio Labs"),
    }


def test_a_successor_takes_the_title_and_date_of_the_one_succeeded():
    text = (
        "Il presidente del consiglio di amministrazione di Perla Cosmetici, Franco Riva, "
        "andrà in pensione a giugno. "
        "Il suo successore sarà Bruno Sala."
    )
    assert ("appointment", "Bruno Sala", "Perla Cosmetici", "Board Chair", "2025-06") in _changes(text)


def test_a_replacement_without_its_subject_is_the_person_named_before():
    text = (
        "Patrizia Orlando è stata eletta presidente del consiglio di amministrazione "
        "di Dunella Assicurazioni. "
        "Sostituisce Bernardo Giusti, giunto a fine mandato."
    )
    found = _changes(text)
    assert ("appointment", "Patrizia Orlando", "Dunella Assicurazioni", "Board Chair", "2025-03-05") in found
    assert ("departure", "Bernardo Giusti", "Dunella Assicurazioni", "Board Chair", "2025-03-05") in found
    assert not [
        m for m in mentions_of(text, lang="it") if m.type == "appointment" and m.person == "Bernardo Giusti"
    ]


def test_a_letter_announcing_ones_exit():
    text = (
        "Cari colleghi,\n\nè con emozione che vi annuncio la mia uscita da Brumano Consulting.\n\n"
        "Grazie a tutti.\n\nGiulietta Armani"
    )
    found = {(m.type, m.person, m.org) for m in mentions_of(text, lang="it")}
    assert found == {("departure", "Giulietta Armani", "Brumano Consulting")}


def test_standing_in_is_an_interim_appointment_to_the_title_of_the_one_who_left():
    text = (
        "Il consiglio di Marenco Automazione ha revocato ieri le deleghe all'amministratore delegato "
        "Stefano Ricci. Il direttore operativo Paola Conti assumerà l'interim."
    )
    assert (
        "appointment",
        "Paola Conti",
        "Marenco Automazione",
        "Interim Chief Executive Officer",
        "2025-03-04",
    ) in _changes(text)


_in_order = partial(in_order, lang="it", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = (
        "Sara Brentani lascia la carica di amministratrice delegata di Pontevo Spa ma resterà nel consiglio."
    )
    assert _in_order(text) == [
        ("departure", "Sara Brentani", "Pontevo Spa", "Chief Executive Officer", "2025-03-05")
    ]


def test_leaving_to_found_a_company_dates_both_changes():
    assert _in_order("Sara Brentani ha lasciato Pontevo Spa nel 2019 per fondare Corvella nel 2021.") == [
        ("departure", "Sara Brentani", "Pontevo Spa", None, "2019"),
        ("founding", "Sara Brentani", "Corvella", "Founder", "2021"),
    ]
    assert _in_order("Sara Brentani ha lasciato Pontevo Spa a marzo per entrare in Altemia Group.") == [
        ("departure", "Sara Brentani", "Pontevo Spa", None, "2025-03"),
        ("appointment", "Sara Brentani", "Altemia Group", None, "2025-03"),
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    text = (
        "Sara Brentani, già direttrice finanziaria di Pontevo Spa, è stata nominata "
        "amministratrice delegata di Altemia Group."
    )
    assert _in_order(text) == [
        ("appointment", "Sara Brentani", "Altemia Group", "Chief Executive Officer", "2025-03-05")
    ]
    text = "Luca Ferrandi, che era direttore finanziario di Pontevo Spa, è entrato in Altemia Group."
    assert _in_order(text) == [("appointment", "Luca Ferrandi", "Altemia Group", None, None)]
    text = (
        "Sara Brentani, in precedenza presso Pontevo Spa, è stata nominata "
        "amministratrice delegata di Altemia Group."
    )
    assert _in_order(text) == [
        ("appointment", "Sara Brentani", "Altemia Group", "Chief Executive Officer", "2025-03-05")
    ]
    # a former title does not hide a departure from that company
    assert _in_order("L'ex amministratore delegato di Pontevo Spa, Luca Ferrandi, si è dimesso.") == [
        ("departure", "Luca Ferrandi", "Pontevo Spa", "Chief Executive Officer", None)
    ]
