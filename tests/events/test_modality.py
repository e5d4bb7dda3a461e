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


WOULD_IF = """
Japan Japan PROPN NNP nsubj 2 GPE
would would AUX MD aux 2
attack attack VERB VB ROOT 2
China China PROPN NNP dobj 2 GPE
if if SCONJ IN mark 7
Kenya Kenya PROPN NNP nsubj 7 GPE
had have AUX VBD aux 7
attacked attack VERB VBN advcl 2
it it PRON PRP dobj 7
. . PUNCT . punct 2
"""

INVERTED_CONDITION = """
Should should AUX MD aux 2
Japan Japan PROPN NNP nsubj 2 GPE
attack attack VERB VB advcl 6
China China PROPN NNP dobj 2 GPE
, , PUNCT , punct 6
Kenya Kenya PROPN NNP nsubj 6 GPE
criticized criticize VERB VBD ROOT 6
India India PROPN NNP dobj 6 GPE
. . PUNCT . punct 6
"""

EXPECTED_TO = """
Analysts analyst NOUN NNS nsubj 1
expect expect VERB VBP ROOT 1
Japan Japan PROPN NNP nsubj 4 GPE
to to PART TO aux 4
attack attack VERB VB ccomp 1
China China PROPN NNP dobj 4 GPE
. . PUNCT . punct 1
"""


def test_a_scenario_with_would_and_a_condition_is_no_act(code_doc):
    assert dyads(code_doc(WOULD_IF)) == set()


def test_an_inverted_condition_is_no_act_but_its_main_clause_is(code_doc):
    assert dyads(code_doc(INVERTED_CONDITION)) == {("KEN", "IND", "111")}


def test_a_forecast_is_no_act(code_doc):
    assert dyads(code_doc(EXPECTED_TO)) == set()


FIRM_ATTACKS = """
A a DET DT det 2
Japanese japanese ADJ JJ amod 2 NORP
firm firm NOUN NN nsubj 3
attacked attack VERB VBD ROOT 3
China China PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""

SOLDIERS_ATTACK = """
Japanese japanese ADJ JJ amod 1 NORP
soldiers soldier NOUN NNS nsubj 2
attacked attack VERB VBD ROOT 2
China China PROPN NNP dobj 2 GPE
. . PUNCT . punct 2
"""


def test_force_used_by_a_firm_is_a_figure_of_speech(code_doc):
    assert dyads(code_doc(FIRM_ATTACKS)) == set()


def test_force_used_by_soldiers_is_an_attack(code_doc):
    assert dyads(code_doc(SOLDIERS_ATTACK)) == {("JPNMIL", "CHN", "190")}


WARNED_AGAINST = """
China China PROPN NNP nsubj 1 GPE
warned warn VERB VBD ROOT 1
Japan Japan PROPN NNP dobj 1 GPE
against against ADP IN prep 1
attacking attack VERB VBG pcomp 3
Kenya Kenya PROPN NNP dobj 4 GPE
. . PUNCT . punct 1
"""


def test_an_act_warned_against_is_not_done(code_doc):
    assert dyads(code_doc(WARNED_AGAINST)) == {("CHN", "JPN", "130")}


DEMANDED_THAT = """
China China PROPN NNP nsubj 1 GPE
demanded demand VERB VBD ROOT 1
that that SCONJ IN mark 4
Japan Japan PROPN NNP nsubj 4 GPE
release release VERB VB ccomp 1
prisoners prisoner NOUN NNS dobj 4
. . PUNCT . punct 1
"""


def test_an_act_demanded_in_a_that_clause_is_not_done(code_doc):
    assert dyads(code_doc(DEMANDED_THAT)) == {("CHN", "JPN", "100")}


IN_A_THRILLER = """
In in ADP IN prep 5
a a DET DT det 2
thriller thriller NOUN NN pobj 0
, , PUNCT , punct 5
Japan Japan PROPN NNP nsubj 5 GPE
attacks attack VERB VBZ ROOT 5
China China PROPN NNP dobj 5 GPE
. . PUNCT . punct 5
"""

SHOULD_X_HOLD_TALKS = """
Should should AUX MD aux 2
Japan Japan PROPN NNP nsubj 2 GPE
hold hold VERB VB advcl 7
talks talk NOUN NNS dobj 2
with with ADP IN prep 3
China China PROPN NNP pobj 4 GPE
, , PUNCT , punct 7
markets market NOUN NNS nsubj 8
rallied rally VERB VBD ROOT 8
. . PUNCT . punct 8
"""


def test_an_act_told_in_a_story_is_not_done(code_doc):
    assert dyads(code_doc(IN_A_THRILLER)) == set()


def test_a_nominal_act_in_an_inverted_condition_is_not_done(code_doc):
    assert dyads(code_doc(SHOULD_X_HOLD_TALKS)) == set()


SUGGESTED_MIGHT = """
China China PROPN NNP nsubj 1 GPE
suggested suggest VERB VBD ROOT 1
that that SCONJ IN mark 5
Japan Japan PROPN NNP nsubj 5 GPE
might might AUX MD aux 5
attack attack VERB VB ccomp 1
Kenya Kenya PROPN NNP dobj 5 GPE
. . PUNCT . punct 1
"""


def test_an_appeal_whose_content_is_only_possible_is_a_guess(code_doc):
    assert dyads(code_doc(SUGGESTED_MIGHT)) == set()
