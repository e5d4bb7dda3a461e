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


PRAISED_IN_A_STATEMENT = """
Japan Japan PROPN NNP nsubjpass 2 GPE
was be AUX VBD auxpass 2
praised praise VERB VBN ROOT 2
for for ADP IN prep 2
its its PRON PRP$ poss 5
reforms reform NOUN NNS pobj 3
in in ADP IN prep 5
a a DET DT det 9
Chinese chinese ADJ JJ amod 9 NORP
statement statement NOUN NN pobj 6
. . PUNCT . punct 2
"""


def test_agentless_passive_doer_in_an_adjunct_on_its_object(code_doc):
    """The parser often hangs the act's adjunct on the verb's object: 'praised for its reforms
    in a <nationality> statement' is still praise by that country; a statement names an act
    of its owner though the lexicon has it only beside a verb ('issued a statement')."""
    assert dyads(code_doc(PRAISED_IN_A_STATEMENT)) == {("CHN", "JPN", "051")}


URGED_IN_AN_APPEAL = """
Japan Japan PROPN NNP nsubjpass 2 GPE
was be AUX VBD auxpass 2
urged urge VERB VBN ROOT 2
to to PART TO aux 4
free free VERB VB xcomp 2
prisoners prisoner NOUN NNS dobj 4
in in ADP IN prep 4
a a DET DT det 9
Chinese chinese ADJ JJ amod 9 NORP
appeal appeal NOUN NN pobj 6
. . PUNCT . punct 2
"""


def test_agentless_passive_doer_in_an_adjunct_of_the_verb_it_governs(code_doc):
    """'was urged to free prisoners in a <nationality> appeal': the adjunct hangs on the
    governed verb, which has no subject of its own; the appeal is the urging's."""
    assert dyads(code_doc(URGED_IN_AN_APPEAL)) == {("CHN", "JPN", "020")}


ON_THE_BORDER_WITH = """
China China PROPN NNP nsubj 1 GPE
massed mass VERB VBD ROOT 1
troops troop NOUN NNS dobj 1
along along ADP IN prep 1
its its PRON PRP$ poss 5
frontier frontier NOUN NN pobj 3
with with ADP IN prep 5
Japan Japan PROPN NNP pobj 6 GPE
. . PUNCT . punct 1
"""


def test_a_show_of_force_on_a_border_is_aimed_across_it(code_doc):
    assert dyads(code_doc(ON_THE_BORDER_WITH)) == {("CHN", "JPN", "154")}


ON_A_NATIONALITY_BORDER = """
China China PROPN NNP nsubj 1 GPE
massed mass VERB VBD ROOT 1
troops troop NOUN NNS dobj 1
on on ADP IN prep 1
the the DET DT det 6
Japanese japanese ADJ JJ amod 6 NORP
border border NOUN NN pobj 3
. . PUNCT . punct 1
"""


def test_a_show_of_force_on_a_border_named_by_its_nationality(code_doc):
    assert dyads(code_doc(ON_A_NATIONALITY_BORDER)) == {("CHN", "JPN", "154")}



WITH_ON_THE_VERB = """
China China PROPN NNP nsubj 1 GPE
massed mass VERB VBD ROOT 1
troops troop NOUN NNS dobj 1
on on ADP IN prep 1
the the DET DT det 5
border border NOUN NN pobj 3
with with ADP IN prep 1
Japan Japan PROPN NNP pobj 6 GPE
. . PUNCT . punct 1
"""


def test_a_show_of_force_on_a_border_whose_with_phrase_hangs_on_the_verb(code_doc):
    assert dyads(code_doc(WITH_ON_THE_VERB)) == {("CHN", "JPN", "154")}


PRAISE_FOR = """
China China PROPN NNP poss 2 GPE
's 's PART POS case 0
praise praise NOUN NN nsubj 6
for for ADP IN prep 2
Japan Japan PROPN NNP pobj 3 GPE
surprised surprise VERB VBD ROOT 6
. . PUNCT . punct 6
"""


def test_nominal_event_aims_at_its_for_phrase(code_doc):
    assert ("CHN", "JPN", "051") in dyads(code_doc(PRAISE_FOR))


THREAT_OF_ACTION_AGAINST = """
China China PROPN NNP poss 2 GPE
's 's PART POS case 0
threat threat NOUN NN nsubj 8
of of ADP IN prep 2
military military ADJ JJ amod 5
action action NOUN NN pobj 3
against against ADP IN prep 5
Japan Japan PROPN NNP pobj 6 GPE
alarmed alarm VERB VBD ROOT 8
. . PUNCT . punct 8
"""


def test_nominal_event_aims_at_the_target_of_its_of_phrase(code_doc):
    """'X's threat of military action against Y': the target hangs on the act threatened."""
    assert dyads(code_doc(THREAT_OF_ACTION_AGAINST)) == {("CHN", "JPN", "130")}


DEMAND_THAT = """
China China PROPN NNP poss 2 GPE
's 's PART POS case 0
demand demand NOUN NN nsubj 7
that that SCONJ IN mark 5
Japan Japan PROPN NNP nsubj 5 GPE
withdraw withdraw VERB VB acl 2
troops troop NOUN NNS dobj 5
surprised surprise VERB VBD ROOT 7
. . PUNCT . punct 7
"""


def test_nominal_demand_aims_at_who_is_asked_in_its_that_clause(code_doc):
    assert dyads(code_doc(DEMAND_THAT)) == {("CHN", "JPN", "100")}


APPOSITION_NAMING_AN_ORGANISATION = """
Japan Japan PROPN NNP nsubj 7 GPE
, , PUNCT , punct 0
a a DET DT det 3
critic critic NOUN NN appos 0
of of ADP IN prep 3
Hamas Hamas PROPN NNP pobj 4 ORG
, , PUNCT , punct 0
criticized criticize VERB VBD ROOT 7
China China PROPN NNP dobj 7 GPE
. . PUNCT . punct 7
"""


def test_an_apposition_describes_an_actor_that_names_itself(code_doc):
    """'<country>, a member of <alliance>, recognised ...': the country acts, not what its
    apposition mentions."""
    assert dyads(code_doc(APPOSITION_NAMING_AN_ORGANISATION)) == {("JPN", "CHN", "111")}


LIST_PARSED_AS_APPOSITION = """
Japan Japan PROPN NNP nsubj 7 GPE
, , PUNCT , punct 0
China China PROPN NNP appos 0 GPE
, , PUNCT , punct 2
India India PROPN NNP conj 2 GPE
and and CCONJ CC cc 4
Kenya Kenya PROPN NNP conj 4 GPE
criticized criticize VERB VBD ROOT 7
Pakistan Pakistan PROPN NNP dobj 7 GPE
. . PUNCT . punct 7
"""


def test_a_list_the_parser_read_as_an_apposition_is_still_a_list(code_doc):
    sources = {source for source, _, _ in dyads(code_doc(LIST_PARSED_AS_APPOSITION))}
    assert sources == {"JPN", "CHN", "IND", "KEN"}


BY_PHRASE_HUNG_LOW = """
Aid aid NOUN NN nsubjpass 2
was be AUX VBD auxpass 2
delivered deliver VERB VBN ROOT 2
to to ADP IN prep 2
Kenya Kenya PROPN NNP poss 6 GPE
's 's PART POS case 4
province province NOUN NN pobj 3
by by ADP IN prep 6
Japan Japan PROPN NNP pobj 7 GPE
. . PUNCT . punct 2
"""


def test_a_passive_whose_by_phrase_the_parser_hung_on_a_later_noun(code_doc):
    assert dyads(code_doc(BY_PHRASE_HUNG_LOW)) == {("JPN", "KEN", "073")}


PARTICIPLE_OF_A_CLASH = """
Kenyan kenyan ADJ JJ amod 1 NORP
police police NOUN NNS nsubj 2
clashed clash VERB VBD ROOT 2
with with ADP IN prep 2
protesters protester NOUN NNS pobj 3
, , PUNCT , punct 2
firing fire VERB VBG advcl 2
tear tear NOUN NN compound 8
gas gas NOUN NN dobj 6
. . PUNCT . punct 2
"""


def test_a_participle_naming_no_one_is_done_to_the_main_clauses_partner(code_doc):
    assert ("KENCOP", "KENCVL", "175") in dyads(code_doc(PARTICIPLE_OF_A_CLASH))


HYPHENATED_DRILLS = """
Indian indian ADJ JJ amod 2 NORP
- - PUNCT HYPH punct 2
Pakistani pakistani ADJ JJ amod 3 NORP
drills drill NOUN NNS nsubj 4
began begin VERB VBD ROOT 4
. . PUNCT . punct 4
"""


def test_drills_held_by_two_countries_are_joint_military_cooperation(code_doc):
    assert dyads(code_doc(HYPHENATED_DRILLS)) == {("IND", "PAK", "062"), ("PAK", "IND", "062")}
