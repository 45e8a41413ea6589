"""Spanish: events, roles, relative dates, and sentences that must yield nothing."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, changes, in_order, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "El consejero delegado de Castellar Energía, Jorge Almansa, dimitió el pasado lunes.",
        "departure",
        "Jorge Almansa",
        "Castellar Energía",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Lucía Ferrán deja Montevela Seguros tras nueve años.",
        "departure",
        "Lucía Ferrán",
        "Montevela Seguros",
        None,
        "2025-03-05",
    ),
    (
        "El director financiero Raúl Peñalver fue destituido por Grupo Arenal.",
        "departure",
        "Raúl Peñalver",
        "Grupo Arenal",
        "Chief Financial Officer",
        None,
    ),
    (
        "Manuel Ibáñez se jubila de Talavera Sistemas en junio.",
        "departure",
        "Manuel Ibáñez",
        "Talavera Sistemas",
        None,
        "2025-06",
    ),
    (
        "Elena Cuadrado fue nombrada directora de tecnología de Brisol Tecnologías.",
        "appointment",
        "Elena Cuadrado",
        "Brisol Tecnologías",
        "Chief Technology Officer",
        None,
    ),
    (
        "Pablo Ortuño se incorpora a Navalia Robotics como director de operaciones.",
        "appointment",
        "Pablo Ortuño",
        "Navalia Robotics",
        "Chief Operating Officer",
        "2025-03-05",
    ),
    (
        "Marta Quiroga fue elegida presidenta del consejo de administración de Ribera Capital.",
        "appointment",
        "Marta Quiroga",
        "Ribera Capital",
        "Board Chair",
        None,
    ),
    (
        "Sergio Llorente asume como consejero delegado en funciones de Olivar Software.",
        "appointment",
        "Sergio Llorente",
        "Olivar Software",
        "Interim Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Ana Belmonte inició una baja médica en Duero Analytics.",
        "leave",
        "Ana Belmonte",
        "Duero Analytics",
        None,
        None,
    ),
    (
        "Tras tres meses, Ana Belmonte regresó a Duero Analytics el mes pasado.",
        "return",
        "Ana Belmonte",
        "Duero Analytics",
        None,
        "2025-02",
    ),
    (
        "Clara Medina fundó Aurora Robotics en 2021.",
        "founding",
        "Clara Medina",
        "Aurora Robotics",
        "Founder",
        "2021",
    ),
    (
        "Diego Salcedo cofundó Marea Biotech el año pasado.",
        "founding",
        "Diego Salcedo",
        "Marea Biotech",
        "Co-founder",
        "2024",
    ),
    (
        "Teresa Galindo abandonó Cierzo Media el pasado noviembre.",
        "departure",
        "Teresa Galindo",
        "Cierzo Media",
        None,
        "2024-11",
    ),
    (
        "Iván Robles renunció ayer como director de investigación de Alcor Pharma.",
        "departure",
        "Iván Robles",
        "Alcor Pharma",
        "Director of Research",
        "2025-03-04",
    ),
    (
        "Beatriz Lago será la nueva directora financiera de Vereda Capital a partir del 1 de abril.",
        "appointment",
        "Beatriz Lago",
        "Vereda Capital",
        "Chief Financial Officer",
        "2025-04-01",
    ),
    (
        "El consejo de administración de Grupo Tordesa ha destituido a su consejero delegado, Martín "
        "Oyarzun.",
        "departure",
        "Martín Oyarzun",
        "Grupo Tordesa",
        "Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "La aseguradora Velamar ha fichado a Sonia Berrocal como directora de tecnología.",
        "appointment",
        "Sonia Berrocal",
        "Velamar",
        "Chief Technology Officer",
        "2025-03-05",
    ),
    (
        "Rubén Alcaide (Soria, 1971) fue elegido el pasado lunes presidente de Cementos Tajuña.",
        "appointment",
        "Rubén Alcaide",
        "Cementos Tajuña",
        "President",
        "2025-03-03",
    ),
    (
        "Amparo Lledó, ingeniera de caminos por la Universidad de Valdemora, se incorporó a Construcciones "
        "Albarda "
        "en 2016.",
        "appointment",
        "Amparo Lledó",
        "Construcciones Albarda",
        None,
        "2016",
    ),
    (
        "Durante su ausencia, la directora de operaciones, Noelia Caballé, ejercerá como consejera "
        "delegada en "
        "funciones de Brial Logística.",
        "appointment",
        "Noelia Caballé",
        "Brial Logística",
        "Interim Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Gerardo Lucena se reincorporó el pasado lunes a Olmeda Farma como consejero delegado.",
        "return",
        "Gerardo Lucena",
        "Olmeda Farma",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Alba Ferrández renunció a la dirección general de Aceros Lumbreras.",
        "departure",
        "Alba Ferrández",
        "Aceros Lumbreras",
        "Chief Executive Officer",
        None,
    ),
    (
        "El consejo de Transportes Eresma designó como director general interino a Hugo Balaguer.",
        "appointment",
        "Hugo Balaguer",
        "Transportes Eresma",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Ester Maroto se incorporará a Nubelia el próximo lunes como directora financiera.",
        "appointment",
        "Ester Maroto",
        "Nubelia",
        "Chief Financial Officer",
        "2025-03-10",
    ),
    (
        "Julia Santamaría, directora de operaciones desde 2019, abandonará Grupo Irati el próximo 30 de "
        "abril.",
        "departure",
        "Julia Santamaría",
        "Grupo Irati",
        "Chief Operating Officer",
        "2025-04-30",
    ),
    (
        "Sara Villalta se tomará una excedencia en Vadillo Sistemas a partir de mayo.",
        "leave",
        "Sara Villalta",
        "Vadillo Sistemas",
        None,
        "2025-05",
    ),
    (
        "Mario Zorita, cofundador de Lintel Games, ha anunciado su dimisión.",
        "departure",
        "Mario Zorita",
        "Lintel Games",
        "Co-founder",
        "2025-03-05",
    ),
    (
        "Héctor Lamas pasará a ser presidente no ejecutivo de Grupo Sarrión.",
        "appointment",
        "Héctor Lamas",
        "Grupo Sarrión",
        "Board Chair",
        "2025-03-05",
    ),
    (
        "Leire Aspe será la nueva vicepresidenta de ingeniería de Zurbano Systems.",
        "appointment",
        "Leire Aspe",
        "Zurbano Systems",
        "VP of Engineering",
        "2025-03-05",
    ),
    (
        "Ramiro Elcano dejará la presidencia ejecutiva de Naviera Ondarra a finales de año.",
        "departure",
        "Ramiro Elcano",
        "Naviera Ondarra",
        "Chief Executive Officer",
        "2025",
    ),
    (
        "Concha Briones, jefa de ventas de Gasteiz Foods, se jubila el próximo viernes.",
        "departure",
        "Concha Briones",
        "Gasteiz Foods",
        "Head of Sales",
        "2025-03-07",
    ),
    (
        "Pablo Seoane ha sido nombrado director científico de Laboratorios Corbera con efecto inmediato.",
        "appointment",
        "Pablo Seoane",
        "Laboratorios Corbera",
        "Chief Scientist",
        "2025-03-05",
    ),
    (
        "La petrolera colombiana Andina Crudos anunció el lunes la salida de su presidente ejecutivo, "
        "Felipe Arango.",
        "departure",
        "Felipe Arango",
        "Andina Crudos",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "La junta directiva de Andina Crudos designó a la vicepresidenta financiera, Mónica Restrepo, como "
        "presidenta encargada.",
        "appointment",
        "Mónica Restrepo",
        "Andina Crudos",
        "Interim President",
        None,
    ),
    (
        "Viña Cordillera informó hoy que su gerente general, Rodrigo Aravena, ha presentado su renuncia, "
        "que se "
        "hará efectiva el 30 de abril.",
        "departure",
        "Rodrigo Aravena",
        "Viña Cordillera",
        "Chief Executive Officer",
        "2025-04-30",
    ),
]

NOT_EVENTS = [
    "Carmen Vidal seguirá al frente del equipo comercial de Castellar Energía.",
    "Jorge Almansa no dimitirá, aseguró Castellar Energía.",
    "Cuando un consejero delegado se va, los inversores de Castellar Energía se inquietan.",
    "Castellar Energía contrató a su primer director financiero el año pasado.",
    "Jorge Almansa prepara un nuevo proyecto en el sector de la robótica.",
    "La nueva directora financiera sustituye a Pilar Ocaña.",
    "El consejero delegado, Víctor Aranda, seguirá en el cargo hasta 2027.",
    "Según algunos medios, Rosa Aguirre no dejará Telvia Seguros.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "es", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "es", PUBLISHED)


def test_volver_a_before_a_verb_is_doing_again_not_a_return():
    text = "Nora Blix vuelve a liderar el equipo de ventas de Cobalt Energía."
    assert [m for m in mentions_of(text, lang="es", published=PUBLISHED) if m.type == "return"] == []


_found = partial(changes, lang="es", published=PUBLISHED)


def test_founders_named_together_are_cofounders():
    text = "Silvia Rebollo y Tomás Ugarte han fundado Brotia, una plataforma de alquiler de maquinaria."
    assert _found(text) == {
        ("founding", "Silvia Rebollo", "Brotia", "Co-founder", "2025-03-05"),
        ("founding", "Tomás Ugarte", "Brotia", "Co-founder", "2025-03-05"),
    }


def test_the_one_replaced_named_in_the_sentence_before():
    text = (
        "Asimismo, Julián Prieto, director de operaciones desde 2018, abandonará Ortega Farma el próximo "
        "31 de marzo. Le sustituirá Rocío Marín, actual responsable de la planta de Toledo."
    )
    assert _found(text) == {
        ("departure", "Julián Prieto", "Ortega Farma", "Chief Operating Officer", "2025-03-31"),
        ("appointment", "Rocío Marín", "Ortega Farma", "Chief Operating Officer", "2025-03-31"),
    }  # she takes over when he leaves


def test_the_company_a_hire_comes_from_is_not_where_it_takes_place():
    text = (
        "La tecnológica Nubaria ha fichado a Patricia Lozano como directora de tecnología. Lozano, que "
        "procede "
        "de Kelvra Systems, donde era vicepresidenta de ingeniería, se incorporará el próximo mes."
    )
    assert {(t, p, o) for t, p, o, _, _ in _found(text)} == {("appointment", "Patricia Lozano", "Nubaria")}


def test_the_title_of_the_one_replaced_is_the_title_the_successor_was_given():
    text = (
        "El consejo de Grupo Valdenebro ha nombrado a Inés Carrasco consejera delegada. Carrasco sustituye a "
        "Fernando Ayala, que dejará el cargo y pasará a ser presidente no ejecutivo."
    )
    found = {(t, p, r) for t, p, _, r, _ in _found(text)}
    assert ("departure", "Fernando Ayala", "Chief Executive Officer") in found
    assert ("appointment", "Fernando Ayala", "Board Chair") in found
    assert ("appointment", "Inés Carrasco", "Chief Executive Officer") in found


def test_a_named_source_is_no_rumour():
    told = "Héctor Sanchís se tomará una baja de seis meses, según ha comunicado Cumbre Digital."
    rumoured = "Según fuentes próximas a Cumbre Digital, Héctor Sanchís dejará la empresa."
    assert [m.modality for m in mentions_of(told, lang="es", published=PUBLISHED)] == ["planned"]
    assert [m.modality for m in mentions_of(rumoured, lang="es", published=PUBLISHED)] == ["reported"]


def test_a_farewell_note_and_its_last_day():
    text = (
        "Querido equipo:\n\nHe decidido dejar Quimera Labs. Mi último día en Quimera Labs será el 28 de "
        "marzo."
        "\n\nUn abrazo,\nNuria Castells"
    )
    assert _found(text) == {("departure", "Nuria Castells", "Quimera Labs", None, "2025-03-28")}


def test_the_one_replaced_leaves_the_title_the_successor_takes():
    text = (
        "Bankora ha nombrado a Guillermo Iturbe director financiero del grupo, en sustitución de Carmen "
        "Lasarte."
    )
    assert _found(text) == {
        ("appointment", "Guillermo Iturbe", "Bankora", "Chief Financial Officer", "2025-03-05"),
        ("departure", "Carmen Lasarte", "Bankora", "Chief Financial Officer", "2025-03-05"),
    }


def test_a_date_ends_the_clause_of_its_change_and_a_name_goes_on_past_del():
    text = (
        "El consejero delegado de Telecables del Norte, Íñigo Basterra, cesará en su cargo el 31 de enero "
        "y será "
        "relevado por el director de operaciones, Xabier Goikoetxea."
    )
    assert _found(text) == {
        ("departure", "Íñigo Basterra", "Telecables del Norte", "Chief Executive Officer", "2025-01-31"),
        ("appointment", "Xabier Goikoetxea", "Telecables del Norte", "Chief Executive Officer", "2025-01-31"),
    }


def test_taking_over_from_someone_who_stays_as_an_adviser():
    text = (
        "La cadena hotelera Rutas Ibéricas ha elegido a Lucía Montalvo como nueva consejera delegada. "
        "Montalvo "
        "toma el relevo de Javier Soler, que seguirá vinculado a la empresa como asesor."
    )
    found = {(t, p, o, r) for t, p, o, r, _ in _found(text)}
    assert found == {
        ("appointment", "Lucía Montalvo", "Rutas Ibéricas", "Chief Executive Officer"),
        ("departure", "Javier Soler", "Rutas Ibéricas", "Chief Executive Officer"),
    }


def test_the_day_news_was_told_is_not_the_day_of_the_change():
    text = (
        "El grupo Vantora anunció el lunes que Marta Gil será la nueva consejera delegada "
        "a partir del 1 de abril."
    )
    assert _found(text) == {("appointment", "Marta Gil", "Vantora", "Chief Executive Officer", "2025-04-01")}


_in_order = partial(in_order, lang="es", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = (
        "Marta Quirós deja el cargo de consejera delegada de Tarvena SA pero seguirá al frente del consejo."
    )
    assert _in_order(text) == [
        ("departure", "Marta Quirós", "Tarvena SA", "Chief Executive Officer", "2025-03-05")
    ]


def test_leaving_to_found_a_company_dates_both_changes():
    assert _in_order("Marta Quirós dejó Tarvena SA en 2019 para fundar Olvira en 2021.") == [
        ("departure", "Marta Quirós", "Tarvena SA", None, "2019"),
        ("founding", "Marta Quirós", "Olvira", "Founder", "2021"),
    ]
    assert _in_order("Marta Quirós dejó Tarvena SA en marzo para incorporarse a Brensa Capital.") == [
        ("departure", "Marta Quirós", "Tarvena SA", None, "2025-03"),
        ("appointment", "Marta Quirós", "Brensa Capital", None, "2025-03"),
    ]


def test_a_former_title_is_not_the_one_a_hire_gives():
    text = "Marta Quirós, exdirectora financiera de Tarvena SA, se incorpora a Brensa Capital."
    assert _in_order(text) == [("appointment", "Marta Quirós", "Brensa Capital", None, "2025-03-05")]
