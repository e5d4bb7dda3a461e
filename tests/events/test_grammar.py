"""Grammar rules on hand-built Docs: no model, exact parses, exact expectations."""
import datetime as dt

from tests.conftest import dyads

COMPOUND = """
Indian Indian ADJ JJ amod 3 NORP
and and CCONJ CC cc 0
Pakistani Pakistani ADJ JJ conj 0 NORP
troops troop NOUN NNS nsubj 4
clashed clash VERB VBD ROOT 4
. . PUNCT . punct 4
"""


def test_compound_adjectives_give_one_event_per_pair(code_doc):
    assert dyads(code_doc(COMPOUND)) == {("INDMIL", "PAKMIL", "190"), ("PAKMIL", "INDMIL", "190")}


PASSIVE = """
Palestinian Palestinian ADJ JJ amod 1 NORP
protesters protester NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
dispersed disperse VERB VBN ROOT 3
by by ADP IN agent 3
Israeli Israeli ADJ JJ amod 6 NORP
soldiers soldier NOUN NNS pobj 4
. . PUNCT . punct 3
"""


def test_passive_takes_source_from_by_phrase(code_doc):
    assert dyads(code_doc(PASSIVE)) == {("ISRMIL", "PSECVL", "175")}


RECIPROCAL = """
Russia Russia PROPN NNP nsubj 1 GPE
met meet VERB VBD ROOT 1
with with ADP IN prep 1
China China PROPN NNP pobj 2 GPE
. . PUNCT . punct 1
"""


def test_reciprocal_act_gives_both_directions(code_doc):
    assert dyads(code_doc(RECIPROCAL)) == {("RUS", "CHN", "040"), ("CHN", "RUS", "040")}


NEGATED = """
India India PROPN NNP nsubj 3 GPE
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
Pakistan Pakistan PROPN NNP dobj 3 GPE
. . PUNCT . punct 3
"""


def test_negated_action_is_not_coded(code_doc):
    assert code_doc(NEGATED) == []
    affirmed = "\n".join(line for line in NEGATED.splitlines() if " neg " not in line and not line.startswith("did "))
    affirmed = affirmed.replace("nsubj 3", "nsubj 1").replace("ROOT 3", "ROOT 1").replace("dobj 3", "dobj 1").replace("punct 3", "punct 1")
    assert dyads(code_doc(affirmed)) == {("IND", "PAK", "190")}


PRONOUN = """
Russian Russian ADJ JJ amod 1 NORP
envoy envoy NOUN NN compound 3
Ivan Ivan PROPN NNP compound 3 PERSON
Petrov Petrov PROPN NNP nsubj 4 PERSON
visited visit VERB VBD ROOT 4
Egypt Egypt PROPN NNP dobj 4 GPE
. . PUNCT . punct 4
He he PRON PRP nsubj 8
criticized criticize VERB VBD ROOT 8
Israel Israel PROPN NNP dobj 8 GPE
. . PUNCT . punct 8
"""


def test_pronoun_resolves_to_the_person_named_before(code_doc):
    drafts = code_doc(PRONOUN)
    assert dyads(drafts) == {("RUSGOV", "EGY", "042"), ("RUSGOV", "ISR", "111")}
    criticism = next(d for d in drafts if d.code == "111")
    assert "last person named" in criticism.source.why[0]


SURNAME = PRONOUN.replace("He he PRON PRP nsubj 8", "Petrov Petrov PROPN NNP nsubj 8 PERSON")


def test_surname_keeps_the_code_of_the_titled_first_mention(code_doc):
    assert ("RUSGOV", "ISR", "111") in dyads(code_doc(SURNAME))


QUOTE = """
" " PUNCT `` punct 11
India India PROPN NNP nsubj 3 GPE
must must AUX MD aux 3
stop stop VERB VB ccomp 11
its its PRON PRP$ poss 5
shelling shelling NOUN NN dobj 3
, , PUNCT , punct 11
" " PUNCT '' punct 11
Pakistani Pakistani ADJ JJ amod 10 NORP
Foreign Foreign PROPN NNP compound 10
Minister minister PROPN NNP nsubj 11
said say VERB VBD ROOT 11
. . PUNCT . punct 11
" " PUNCT `` punct 16
India India PROPN NNP nsubj 16 GPE
must must AUX MD aux 16
respect respect VERB VB ROOT 16
the the DET DT det 18
ceasefire ceasefire NOUN NN dobj 16
. . PUNCT . punct 16
" " PUNCT '' punct 16
"""


def test_quote_speaker_demands_also_in_a_continuing_sentence(code_doc):
    drafts = code_doc(QUOTE)
    assert {(d.sent_index, d.source.code, d.target.code, d.code) for d in drafts} == {
        (0, "PAKGOV", "IND", "100"), (1, "PAKGOV", "IND", "100")}


DATED = """
On on ADP IN prep 4
Tuesday Tuesday PROPN NNP pobj 0 DATE
, , PUNCT , punct 4
Kenya Kenya PROPN NNP compound 4 GPE
police police NOUN NN nsubj 5
dispersed disperse VERB VBD ROOT 5
protesters protester NOUN NNS dobj 5
. . PUNCT . punct 5
"""


def test_weekday_resolves_against_publication_date(code_doc):
    drafts = code_doc(DATED, published=dt.date(2023, 3, 23))  # a Thursday
    assert dyads(drafts) == {("KENCOP", "KENCVL", "175")}
    assert drafts[0].date.day == dt.date(2023, 3, 21) and drafts[0].date.precision == "day"


def test_agent_only_phrase_takes_the_country_of_the_article(code_doc):
    kenyans = DATED.replace("protesters protester NOUN NNS dobj 5", "Kenyans Kenyans PROPN NNPS dobj 5 NORP")
    no_country = kenyans.replace("Kenya Kenya PROPN NNP compound 4 GPE", "the the DET DT det 4")
    assert dyads(code_doc(no_country)) == {("KENCOP", "KEN", "175")}


COUNTERPART = """
Indian Indian ADJ JJ amod 1 NORP
envoy envoy NOUN NN compound 3
Ravi Ravi PROPN NNP compound 3 PERSON
Rao Rao PROPN NNP nsubj 4 PERSON
met meet VERB VBD ROOT 4
his his PRON PRP$ poss 7
Pakistani Pakistani ADJ JJ amod 7 NORP
counterpart counterpart NOUN NN dobj 4
. . PUNCT . punct 4
The the DET DT det 10
country country NOUN NN poss 12
's 's PART POS case 10
president president NOUN NN nsubj 13
criticized criticize VERB VBD ROOT 13
Egypt Egypt PROPN NNP dobj 13 GPE
. . PUNCT . punct 13
"""


def test_counterpart_and_the_country_resolve_from_context(code_doc):
    drafts = code_doc(COUNTERPART)
    assert ("INDGOV", "PAKGOV", "040") in dyads(drafts)
    criticism = next(d for d in drafts if d.code == "111")
    assert criticism.source.code == "PAKGOV" and "the country last named" in " ".join(criticism.source.why)
