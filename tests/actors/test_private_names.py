"""A name the lexicon does not know, given only a country ("<country>'s <name>"), is a
person or firm from that country, not the country acting: sport, business and culture
pages are full of them. A role word makes it a political actor again."""
from tests.conftest import dyads

PRIVATE_PERSON = """
Japan Japan PROPN NNP poss 2 GPE
's 's PART POS case 0
Sato Sato PROPN NNP nsubj 3 PERSON
praised praise VERB VBD ROOT 3
China China PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""

PRIVATE_FIRM = """
Japan Japan PROPN NNP poss 2 GPE
's 's PART POS case 0
Kanemura Kanemura PROPN NNP nsubj 3 ORG
attacked attack VERB VBD ROOT 3
China China PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""

TITLED_PERSON = """
Japanese japanese ADJ JJ amod 1 NORP
envoy envoy NOUN NN compound 2
Sato Sato PROPN NNP nsubj 3 PERSON
praised praise VERB VBD ROOT 3
China China PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""

COUNTRYS_MINISTER = """
Japan Japan PROPN NNP poss 2 GPE
's 's PART POS case 0
minister minister NOUN NN nsubj 3
praised praise VERB VBD ROOT 3
China China PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""


def test_a_countrys_unknown_person_is_no_actor(code_doc):
    assert dyads(code_doc(PRIVATE_PERSON)) == set()


def test_a_countrys_unknown_firm_is_no_actor(code_doc):
    assert dyads(code_doc(PRIVATE_FIRM)) == set()


def test_a_name_with_a_title_acts_for_its_country(code_doc):
    assert dyads(code_doc(TITLED_PERSON)) == {("JPNGOV", "CHN", "051")}


def test_a_countrys_office_holder_acts_for_it(code_doc):
    assert dyads(code_doc(COUNTRYS_MINISTER)) == {("JPNGOV", "CHN", "051")}


RUNNERS = """
Japanese japanese ADJ JJ amod 1 NORP
runners runner NOUN NNS nsubj 2
attacked attack VERB VBD ROOT 2
China China PROPN NNP dobj 2 GPE
. . PUNCT . punct 2
"""

RUNNERS_AND_SOLDIERS = """
Japanese japanese ADJ JJ amod 1 NORP
runners runner NOUN NNS nsubj 2
attacked attack VERB VBD ROOT 2
Chinese chinese ADJ JJ amod 4 NORP
soldiers soldier NOUN NNS dobj 2
. . PUNCT . punct 2
"""


def test_a_countrys_people_in_no_political_role_are_no_actor_where_nothing_political_is_named(code_doc):
    """'<nationality> runners attacked <country>' on a sports page: no agent, organisation,
    person or capital of the lexicon in the paragraph, so the runners are no one's actors."""
    assert dyads(code_doc(RUNNERS)) == set()


def test_beside_a_political_actor_a_countrys_people_keep_its_code(code_doc):
    assert dyads(code_doc(RUNNERS_AND_SOLDIERS)) == {("JPN", "CHNMIL", "190")}
