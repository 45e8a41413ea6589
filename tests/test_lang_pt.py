"""Portuguese: events, roles, relative dates, and sentences that must yield nothing."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, changes, in_order, mentions_of

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
    (
        "O conselho de administração da Petrovale Energia destituiu nesta segunda-feira (3) o "
        "presidente-executivo da companhia, Henrique Magalhães.",
        "departure",
        "Henrique Magalhães",
        "Petrovale Energia",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "Gustavo Albuquerque assumiu na segunda-feira passada a presidência-executiva da Vinícola Serra "
        "Azul.",
        "appointment",
        "Gustavo Albuquerque",
        "Vinícola Serra Azul",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "A Farmacêutica Boavista anunciou hoje a contratação de Helena Duarte para o cargo de diretora "
        "científica.",
        "appointment",
        "Helena Duarte",
        "Farmacêutica Boavista",
        "Chief Scientist",
        "2025-03-05",
    ),
    (
        "A presidente executiva da Corticeira Atlântica, Teresa Vasconcelos, vai tirar uma licença de "
        "maternidade a partir de junho.",
        "leave",
        "Teresa Vasconcelos",
        "Corticeira Atlântica",
        "Chief Executive Officer",
        "2025-06",
    ),
    (
        "Após sete meses afastado, Eduardo Peixoto voltou ao comando da Construtora Mirante nesta "
        "quarta-feira.",
        "return",
        "Eduardo Peixoto",
        "Construtora Mirante",
        None,
        "2025-03-05",
    ),
    (
        "A Jangada Games anunciou a entrada de Cláudia Rezende, ex-vice-presidente da Zênite Interactive, no "
        "seu conselho de administração como conselheira independente.",
        "appointment",
        "Cláudia Rezende",
        "Jangada Games",
        "Board Member",
        None,
    ),
    (
        "O chefe de vendas da Jangada Games, Ivan Rocha, aposentou-se em 31 de janeiro.",
        "departure",
        "Ivan Rocha",
        "Jangada Games",
        "Head of Sales",
        "2025-01-31",
    ),
    (
        "Joana Pereira entra em funções na Lumiar Software na próxima segunda-feira.",
        "appointment",
        "Joana Pereira",
        "Lumiar Software",
        None,
        "2025-03-10",
    ),
    (
        "O Grupo Itacolomi anuncia Renata Figueiredo como nova CEO.",
        "appointment",
        "Renata Figueiredo",
        "Grupo Itacolomi",
        "Chief Executive Officer",
        "2025-03-05",
    ),
    (
        "Ricardo Neves deixará a Usina Jataí no fim do mês.",
        "departure",
        "Ricardo Neves",
        "Usina Jataí",
        None,
        "2025-03",
    ),
    (
        "Otávio Brandão passará a ser presidente do conselho de administração da Siderúrgica Ipanema.",
        "appointment",
        "Otávio Brandão",
        "Siderúrgica Ipanema",
        "Board Chair",
        None,
    ),
    (
        "Fabiana Lobo, diretora de operações desde 2020, deixa a Transportadora Icaraí em 30 de abril.",
        "departure",
        "Fabiana Lobo",
        "Transportadora Icaraí",
        "Chief Operating Officer",
        "2025-04-30",
    ),
    (
        "Renato Siqueira reassumiu a presidência da Incorporadora Moema após três meses de licença.",
        "return",
        "Renato Siqueira",
        "Incorporadora Moema",
        "President",
        None,
    ),
    (
        "A Editora Pinheiros nomeou Laura Bastos como vice-presidente de tecnologia.",
        "appointment",
        "Laura Bastos",
        "Editora Pinheiros",
        "VP of Technology",
        None,
    ),
    (
        "Diana Prado pediu demissão do cargo de diretora jurídica da Rede Tucano.",
        "departure",
        "Diana Prado",
        "Rede Tucano",
        "General Counsel",
        None,
    ),
    (
        "O conselho de administração escolheu o vice-presidente financeiro da Casa Paulista, Marcos "
        "Aguiar, para "
        "comandar a empresa interinamente.",
        "appointment",
        "Marcos Aguiar",
        "Casa Paulista",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "A Lusoterra Celulose informou hoje que o seu presidente executivo, Rui Meireles, apresentou a "
        "renúncia, "
        "com efeitos a 30 de abril.",
        "departure",
        "Rui Meireles",
        "Lusoterra Celulose",
        "Chief Executive Officer",
        "2025-04-30",
    ),
    (
        "A rede hoteleira Rotas Tropicais escolheu Luísa Montenegro como nova presidente-executiva.",
        "appointment",
        "Luísa Montenegro",
        "Rotas Tropicais",
        "Chief Executive Officer",
        None,
    ),
]

NOT_EVENTS = [
    "Ana Vieira continuará à frente da equipe comercial da Serrana Energia.",
    "Paulo Antunes não deixa a Serrana Energia, afirmou a empresa.",
    "Quando um presidente sai, os investidores da Serrana Energia ficam preocupados.",
    "A Serrana Energia contratou o seu primeiro diretor financeiro no ano passado.",
    "Paulo Antunes prepara um novo projeto na área de robótica.",
    "A nova diretora financeira substitui Paula Reis.",
    "O presidente da Magno Varejo, Sérgio Antunes, negou ontem que vá deixar o cargo.",
    "Pedro Lins segue como CEO da Jangada Games.",
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


_found = partial(changes, lang="pt", published=PUBLISHED)


def test_founders_named_together_are_cofounders():
    text = (
        "Paula Siqueira e Ricardo Amaral fundaram a Credmais, startup de crédito com sede em Belo Horizonte."
    )
    assert {(t, p, o, r) for t, p, o, r, _ in _found(text)} == {
        ("founding", "Paula Siqueira", "Credmais", "Co-founder"),
        ("founding", "Ricardo Amaral", "Credmais", "Co-founder"),
    }


def test_the_one_replaced_named_in_the_sentence_before():
    text = (
        "A companhia comunicou a saída do diretor de operações da Farmacêutica Boavista, Rogério Campos. "
        "Ele será substituído por Luana Prates, atual gerente industrial."
    )
    found = {(t, p, r) for t, p, _, r, _ in _found(text)}
    assert ("appointment", "Luana Prates", "Chief Operating Officer") in found


def test_a_successor_and_the_one_succeeded_share_the_title():
    text = (
        "O Grupo Itacolomi anuncia a nomeação de Renata Figueiredo para o cargo de diretora-presidente. "
        "Ela sucede Otávio Brandão, que deixará a companhia e passará a ser presidente do conselho."
    )
    found = {(t, p, r) for t, p, _, r, _ in _found(text)}
    assert ("departure", "Otávio Brandão", "Chief Executive Officer") in found
    assert ("appointment", "Otávio Brandão", "Board Chair") in found
    assert ("appointment", "Renata Figueiredo", "Chief Executive Officer") in found


def test_a_farewell_note_signed_with_a_name():
    text = (
        "Depois de oito anos incríveis, hoje é meu último dia na Cajuína Pagamentos.\n\n"
        "A partir de abril, vou me juntar à Orla Seguros como vice-presidente de tecnologia.\n\n"
        "Obrigada a todos,\nLarissa Monteiro"
    )
    assert _found(text) == {
        ("departure", "Larissa Monteiro", "Cajuína Pagamentos", None, "2025-03-05"),
        ("appointment", "Larissa Monteiro", "Orla Seguros", "VP of Technology", "2025-04"),
    }


def test_a_hire_leaving_another_company_in_the_same_sentence():
    text = (
        "A Lumiar Software contratou Joana Pereira como diretora de tecnologia. Joana, que deixou a Altamira "
        "Telecom em dezembro, entra em funções na Lumiar Software na próxima segunda-feira."
    )
    found = {(t, p, o, d) for t, p, o, _, d in _found(text, published="2025-03-04")}
    assert ("departure", "Joana Pereira", "Altamira Telecom", "2024-12") in found
    assert ("appointment", "Joana Pereira", "Lumiar Software", "2025-03-10") in found


def test_a_named_source_is_no_rumour():
    told = "Segundo a Corticeira Atlântica, Teresa Vasconcelos vai tirar uma licença a partir de junho."
    rumoured = "Segundo fontes do mercado, Caio Menezes deixará a Rede Pampa."
    assert [m.modality for m in mentions_of(told, lang="pt", published=PUBLISHED)] == ["planned"]
    assert [m.modality for m in mentions_of(rumoured, lang="pt", published=PUBLISHED)] == ["reported"]


def test_the_one_replaced_leaves_the_title_the_successor_takes():
    text = (
        "Banco Serrano anuncia novo diretor financeiro\n\n"
        "O Banco Serrano anunciou nesta quarta-feira a nomeação de Gabriel Coutinho como diretor "
        "financeiro, em "
        "substituição a Débora Falcão, que deixa a instituição para assumir a presidência da Seguradora "
        "Atalaia "
        "a partir de 1º de junho."
    )
    assert _found(text) == {
        ("appointment", "Gabriel Coutinho", "Banco Serrano", "Chief Financial Officer", "2025-03-05"),
        ("departure", "Débora Falcão", "Banco Serrano", "Chief Financial Officer", "2025-03-05"),
        ("appointment", "Débora Falcão", "Seguradora Atalaia", "President", "2025-06-01"),
    }


def test_a_date_ends_the_clause_of_its_change_and_a_name_goes_on_past_do():
    text = (
        "O diretor-presidente da Telecom do Nordeste, Antônio Rabelo, deixará o cargo em 31 de janeiro e "
        "será "
        "sucedido pelo diretor de operações, Júlio Farias."
    )
    assert _found(text) == {
        ("departure", "Antônio Rabelo", "Telecom do Nordeste", "Chief Executive Officer", "2025-01-31"),
        ("appointment", "Júlio Farias", "Telecom do Nordeste", "Chief Executive Officer", "2025-01-31"),
    }


def test_a_return_to_the_company_after_a_leave():
    text = (
        "A Moinhos Reunidos S.A. divulgou fato relevante nesta quarta-feira. "
        "A diretora jurídica Carla Nogueira retornou à empresa em fevereiro, depois de seis meses de licença."
    )
    expected = ("return", "Carla Nogueira", "Moinhos Reunidos S.A.", "General Counsel", "2025-02")
    assert _found(text) == {expected}


def test_stepping_away_from_ones_duties_is_a_leave():
    text = (
        "A Laticínios Vale Verde S.A. informou que o presidente Roberto Antunes "
        "havia se afastado das funções em janeiro para tratar da saúde."
    )
    expected = ("leave", "Roberto Antunes", "Laticínios Vale Verde S.A.", "President", "2025-01")
    assert _found(text) == {expected}


_in_order = partial(in_order, lang="pt", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    text = (
        "Helena Tavares deixa o cargo de presidente executiva da Lusvento SA mas continua como conselheira."
    )
    assert _in_order(text) == [
        ("departure", "Helena Tavares", "Lusvento SA", "Chief Executive Officer", "2025-03-05")
    ]


def test_leaving_to_found_a_company_dates_both_changes():
    assert _in_order("Helena Tavares deixou a Lusvento SA em 2019 para fundar a Marela em 2021.") == [
        ("departure", "Helena Tavares", "Lusvento SA", None, "2019"),
        ("founding", "Helena Tavares", "Marela", "Founder", "2021"),
    ]
    text = "Helena Tavares deixou a Lusvento SA em março para assumir a presidência da Cortiva Capital."
    assert _in_order(text) == [
        ("departure", "Helena Tavares", "Lusvento SA", None, "2025-03"),
        ("appointment", "Helena Tavares", "Cortiva Capital", "President", "2025-03"),
    ]


def test_a_former_title_is_not_the_one_a_hire_gives():
    text = (
        "Helena Tavares, ex-diretora financeira da Lusvento SA, foi nomeada presidente executiva "
        "da Cortiva Capital."
    )
    assert _in_order(text) == [
        ("appointment", "Helena Tavares", "Cortiva Capital", "Chief Executive Officer", None)
    ]
