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
