"""Modality on hand-built Docs: an act asked about as an open question is no act."""
from tests.conftest import dyads

UNCLEAR_WHETHER = """
It it PRON PRP nsubj 1
is be AUX VBZ ROOT 1
unclear unclear ADJ JJ acomp 1
whether whether SCONJ IN mark 6
Japan Japan PROPN NNP nsubj 6 GPE
will will AUX MD aux 6
attack attack VERB VB ccomp 1
China China PROPN NNP dobj 6 GPE
. . PUNCT . punct 1
"""

ASKED_IF = """
Reporters reporter NOUN NNS nsubj 1
asked ask VERB VBD ROOT 1
if if SCONJ IN mark 5
Japan Japan PROPN NNP nsubj 5 GPE
had have AUX VBD aux 5
attacked attack VERB VBN ccomp 1
China China PROPN NNP dobj 5 GPE
. . PUNCT . punct 1
"""

SAID_THAT = """
Reporters reporter NOUN NNS nsubj 1
said say VERB VBD ROOT 1
that that SCONJ IN mark 5
Japan Japan PROPN NNP nsubj 5 GPE
had have AUX VBD aux 5
attacked attack VERB VBN ccomp 1
China China PROPN NNP dobj 5 GPE
. . PUNCT . punct 1
"""


def test_an_open_question_with_whether_is_no_act(code_doc):
    assert dyads(code_doc(UNCLEAR_WHETHER)) == set()


def test_a_reported_question_with_if_is_no_act(code_doc):
    assert dyads(code_doc(ASKED_IF)) == set()


def test_a_reported_fact_with_that_is_the_act(code_doc):
    assert dyads(code_doc(SAID_THAT)) == {("JPN", "CHN", "190")}
