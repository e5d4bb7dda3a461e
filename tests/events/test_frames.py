"""The frames of news English, one hand-built Doc each: who did what to whom when the
doer or the partner is not the plain subject or object of the trigger verb."""
from tests.conftest import dyads

WITH_PARTNER = """
Egypt Egypt PROPN NNP nsubj 1 GPE
signed sign VERB VBD ROOT 1
an an DET DT det 3
agreement agreement NOUN NN dobj 1
with with ADP IN prep 3
Japan Japan PROPN NNP pobj 4 GPE
. . PUNCT . punct 1
"""


def test_partner_of_a_reciprocal_act_in_a_with_phrase_on_the_object(code_doc):
    assert dyads(code_doc(WITH_PARTNER)) == {("EGY", "JPN", "057"), ("JPN", "EGY", "057")}


AGENTLESS_PASSIVE = """
Three three NUM CD nummod 2 CARDINAL
Palestinian palestinian ADJ JJ amod 2 NORP
civilians civilian NOUN NNS nsubjpass 4
were be AUX VBD auxpass 4
killed kill VERB VBN ROOT 4
in in ADP IN prep 4
Israeli israeli ADJ JJ amod 7 NORP
shelling shelling NOUN NN pobj 5
. . PUNCT . punct 4
"""


def test_agentless_passive_takes_the_doer_of_the_act_in_its_modifier(code_doc):
    assert dyads(code_doc(AGENTLESS_PASSIVE)) == {("ISR", "PSECVL", "194")}


WOUNDED_IN_A_STRIKE = """
Two two NUM CD nummod 2 CARDINAL
Kenyan kenyan ADJ JJ amod 2 NORP
soldiers soldier NOUN NNS nsubjpass 4
were be AUX VBD auxpass 4
wounded wound VERB VBN ROOT 4
in in ADP IN prep 4
a a DET DT det 8
Pakistani pakistani ADJ JJ amod 8 NORP
strike strike NOUN NN pobj 5
. . PUNCT . punct 4
"""


def test_agentless_passive_with_an_event_noun_of_its_own_kind(code_doc):
    assert dyads(code_doc(WOUNDED_IN_A_STRIKE)) == {("PAK", "KENMIL", "190")}


IN_A_PLACE = """
Three three NUM CD nummod 2 CARDINAL
Palestinian palestinian ADJ JJ amod 2 NORP
civilians civilian NOUN NNS nsubjpass 4
were be AUX VBD auxpass 4
killed kill VERB VBN ROOT 4
in in ADP IN prep 4
Israeli israeli ADJ JJ amod 7 NORP
territory territory NOUN NN pobj 5
. . PUNCT . punct 4
"""


def test_a_place_named_by_an_adjective_is_not_the_doer(code_doc):
    assert code_doc(IN_A_PLACE) == []


NOMINAL_POSSESSOR = """
Russia Russia PROPN NNP poss 2 GPE
's 's PART POS case 0
bombardment bombardment NOUN NN nsubj 5
of of ADP IN prep 2
Pakistan Pakistan PROPN NNP pobj 3 GPE
continued continue VERB VBD ROOT 5
. . PUNCT . punct 5
"""


def test_nominal_event_with_a_possessor_aims_at_its_of_object(code_doc):
    assert dyads(code_doc(NOMINAL_POSSESSOR)) == {("RUS", "PAK", "194")}


NOMINAL_ADJECTIVE = """
Israeli israeli ADJ JJ amod 1 NORP
airstrikes airstrike NOUN NNS nsubj 4
on on ADP IN prep 1
Gaza Gaza PROPN NNP pobj 2 GPE
killed kill VERB VBD ROOT 4
five five NUM CD nummod 6 CARDINAL
Palestinians Palestinians PROPN NNPS dobj 4 NORP
. . PUNCT . punct 4
"""


def test_nominal_event_with_a_nationality_adjective_is_done_by_that_country(code_doc):
    assert ("ISR", "PSE", "190") in dyads(code_doc(NOMINAL_ADJECTIVE))


HYPHENATED_PARTIES = """
Indian indian ADJ JJ amod 2 NORP
- - PUNCT HYPH punct 2
Pakistani pakistani ADJ JJ amod 3 NORP
talks talk NOUN NNS nsubj 4
opened open VERB VBD ROOT 4
. . PUNCT . punct 4
"""


def test_hyphen_joined_nationalities_are_the_two_parties(code_doc):
    assert dyads(code_doc(HYPHENATED_PARTIES)) == {("IND", "PAK", "046"), ("PAK", "IND", "046")}


REPORTED_SPEECH = """
Egypt Egypt PROPN NNP nsubj 1 GPE
said say VERB VBD ROOT 1
it it PRON PRP nsubj 4
had have AUX VBD aux 4
recalled recall VERB VBN ccomp 1
its its PRON PRP$ poss 6
ambassador ambassador NOUN NN dobj 4
from from ADP IN prep 6
Israel Israel PROPN NNP pobj 7 GPE
. . PUNCT . punct 1
"""


def test_reported_speech_its_own_ambassador_recalled_from_a_country(code_doc):
    assert dyads(code_doc(REPORTED_SPEECH)) == {("EGY", "ISR", "161")}


NESTED_ATTRIBUTION = """
Russia Russia PROPN NNP nsubj 1 GPE
said say VERB VBD ROOT 1
on on ADP IN prep 1
Tuesday Tuesday PROPN NNP pobj 2 DATE
that that SCONJ IN mark 7
China China PROPN NNP nsubj 7 GPE
had have AUX VBD aux 7
accused accuse VERB VBN ccomp 1
Japan Japan PROPN NNP dobj 7 GPE
of of ADP IN prep 7
attacking attack VERB VBG pcomp 9
Pakistan Pakistan PROPN NNP dobj 10 GPE
. . PUNCT . punct 1
"""


def test_nested_attribution_codes_the_accusation_not_the_act_alleged(code_doc):
    assert dyads(code_doc(NESTED_ATTRIBUTION)) == {("CHN", "JPN", "112")}


RELATIVE_CLAUSE = """
Hamas Hamas PROPN NNP nsubj 6 ORG
, , PUNCT , punct 0
which which PRON WDT nsubj 3
controls control VERB VBZ relcl 0
Gaza Gaza PROPN NNP dobj 3 GPE
, , PUNCT , punct 0
attacked attack VERB VBD ROOT 6
Israel Israel PROPN NNP dobj 6 GPE
. . PUNCT . punct 6
"""


def test_subject_with_a_relative_clause_is_the_doer(code_doc):
    assert dyads(code_doc(RELATIVE_CLAUSE)) == {("PSEREBHMS", "ISR", "190")}


NAMED_CONFLICT = """
the the DET DT det 4
Indian indian ADJ JJ amod 3 NORP
- - PUNCT HYPH punct 3
Pakistani pakistani ADJ JJ amod 4 NORP
clash clash NOUN NN nsubj 5
continued continue VERB VBD ROOT 5
. . PUNCT . punct 5
"""


def test_a_conflict_named_by_its_two_sides_is_no_act(code_doc):
    assert code_doc(NAMED_CONFLICT) == []


PASSIVE_THEME_PARTNER = """
An an DET DT det 1
agreement agreement NOUN NN nsubjpass 5
with with ADP IN prep 1
Japan Japan PROPN NNP pobj 2 GPE
was be AUX VBD auxpass 5
signed sign VERB VBN ROOT 5
by by ADP IN agent 5
Egypt Egypt PROPN NNP pobj 6 GPE
. . PUNCT . punct 5
"""


def test_passive_with_the_partner_on_its_subject_noun(code_doc):
    assert dyads(code_doc(PASSIVE_THEME_PARTNER)) == {("EGY", "JPN", "057"), ("JPN", "EGY", "057")}


PASSIVE_REJECTED_OFFER = """
An an DET DT det 1
offer offer NOUN NN nsubjpass 5
from from ADP IN prep 1
Japan Japan PROPN NNP pobj 2 GPE
was be AUX VBD auxpass 5
rejected reject VERB VBN ROOT 5
by by ADP IN agent 5
Egypt Egypt PROPN NNP pobj 6 GPE
. . PUNCT . punct 5
"""


def test_rejecting_an_offer_aims_at_who_made_it(code_doc):
    assert ("EGY", "JPN", "120") in dyads(code_doc(PASSIVE_REJECTED_OFFER))


OUR_SOVEREIGNTY = """
our our PRON PRP$ poss 1
sovereignty sovereignty NOUN NN nsubjpass 3
is be AUX VBZ auxpass 3
violated violate VERB VBN ROOT 3
. . PUNCT . punct 3
"""


def test_a_quoted_passive_on_the_speakers_own_is_not_the_speakers_act():
    from detente.events.linking import _speaker_is_patient
    from tests.conftest import build_doc

    assert _speaker_is_patient(build_doc(OUR_SOVEREIGNTY)[3])
    assert not _speaker_is_patient(build_doc(PASSIVE_THEME_PARTNER)[5])
