"""Portuguese: events, roles, relative dates, and sentences that must yield nothing."""

import pytest

from helpers import assert_event, assert_no_event, mentions_of

PUBLISHED = "2025-03-05"  # a Wednesday

EVENTS = [
    (
        "O diretor-presidente da Serrana Energia, Paulo Antunes, renunciou na segunda-feira.",
        "departure",
        "Paulo Antunes",
        "Serrana Energia",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Mariana Couto deixou a Atlântida Seguros após nove anos.",
        "departure",
        "Mariana Couto",
        "Atlântida Seguros",
        None,
        None,
    ),
    (
        "O diretor financeiro Rui Saraiva foi demitido pelo Grupo Veloso.",
        "departure",
        "Rui Saraiva",
        "Grupo Veloso",
        "Chief Financial Officer",
        None,
    ),
    (
        "Jorge Matos vai se aposentar da Lumiar Sistemas em junho.",
        "departure",
        "Jorge Matos",
        "Lumiar Sistemas",
        None,
        "2025-06",
    ),
    (
        "Helena Rocha foi nomeada diretora de tecnologia da Brasilis Tecnologia.",
        "appointment",
        "Helena Rocha",
        "Brasilis Tecnologia",
        "Chief Technology Officer",
        None,
    ),
    (
        "Tiago Barros se juntou à Marinha Robotics como diretor de operações.",
        "appointment",
        "Tiago Barros",
        "Marinha Robotics",
        "Chief Operating Officer",
        None,
    ),
    (
        "Beatriz Lemos foi eleita presidente do conselho de administração da Cedro Capital.",
        "appointment",
        "Beatriz Lemos",
        "Cedro Capital",
        "Board Chair",
        None,
    ),
    (
        "Carlos Pires assumiu como diretor-presidente interino da Jacarandá Software.",
        "appointment",
        "Carlos Pires",
        "Jacarandá Software",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "Sofia Martins tirou uma licença da Aurora Analytics.",
        "leave",
        "Sofia Martins",
        "Aurora Analytics",
        None,
        None,
    ),
    (
        "Depois de três meses, Sofia Martins voltou à Aurora Analytics no mês passado.",
        "return",
        "Sofia Martins",
        "Aurora Analytics",
        None,
        "2025-02",
    ),
    (
        "Lucas Ferraz fundou a Ipê Robotics em 2021.",
        "founding",
        "Lucas Ferraz",
        "Ipê Robotics",
        "Founder",
        "2021",
    ),
    (
        "Renata Dias cofundou a Maré Biotech no ano passado.",
        "founding",
        "Renata Dias",
        "Maré Biotech",
        "Co-founder",
        "2024",
    ),
    (
        "Fernanda Alves deixou a Cajueiro Media em novembro passado.",
        "departure",
        "Fernanda Alves",
        "Cajueiro Media",
        None,
        "2024-11",
    ),
    (
        "Ricardo Neves renunciou ontem ao cargo de diretor de pesquisa da Aroeira Pharma.",
        "departure",
        "Ricardo Neves",
        "Aroeira Pharma",
        "Director of Research",
        "2025-03-04",
    ),
    (
        "Camila Prado será a nova diretora financeira da Vereda Capital a partir de 1 de abril.",
        "appointment",
        "Camila Prado",
        "Vereda Capital",
        "Chief Financial Officer",
        "2025-04-01",
    ),
]

NOT_EVENTS = [
    "Ana Vieira continuará à frente da equipe comercial da Serrana Energia.",
    "Paulo Antunes não deixa a Serrana Energia, afirmou a empresa.",
    "Quando um presidente sai, os investidores da Serrana Energia ficam preocupados.",
    "A Serrana Energia contratou o seu primeiro diretor financeiro no ano passado.",
    "Paulo Antunes prepara um novo projeto na área de robótica.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "pt", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "pt", PUBLISHED)


def test_a_document_that_names_its_company_without_any_cue():
    text = (
        "Lumeira anuncia João Prates como novo presidente-executivo\n\n"
        "A Lumeira anunciou nesta terça-feira a nomeação de João Prates como presidente-executivo, "
        "no lugar de Rita Alves, que deixa a empresa no fim do mês."
    )
    found = {(m.type, m.person, m.org, m.date) for m in mentions_of(text, lang="pt", published="2025-03-04")}
    assert ("appointment", "João Prates", "Lumeira", "2025-03-04") in found
    assert ("departure", "Rita Alves", "Lumeira", "2025-03") in found
