"""'The police', 'protesters' with no country named: the country of their paragraph, else
the country the article is about. A digest of unrelated one-line items is about no one
country, and its items never point back at each other."""
from tests.conftest import dyads

LEMMAS = {"attacked": "attack", "praised": "praise", "criticized": "criticize", "Police": "police", "police": "police",
          "protesters": "protester"}


def sentence(first: int, subject: str, verb: str, obj: str, adjective: str | None = None) -> list[str]:
    """Rows for '[adjective] subject verb object .', its tokens numbered from `first`."""
    rows, at = [], first
    if adjective:
        rows.append(f"{adjective} {adjective.lower()} ADJ JJ amod {at + 1} NORP")
        at += 1
    kind = "GPE" if subject[0].isupper() and subject not in LEMMAS else ""
    pos = "PROPN NNP" if kind else "NOUN NNS"
    rows.append(f"{subject} {LEMMAS.get(subject, subject)} {pos} nsubj {at + 1} {kind}".rstrip())
    rows.append(f"{verb} {LEMMAS[verb]} VERB VBD ROOT {at + 1}")
    kind = "GPE" if obj[0].isupper() else ""
    pos = "PROPN NNP" if kind else "NOUN NNS"
    rows.append(f"{obj} {LEMMAS.get(obj, obj)} {pos} dobj {at + 1} {kind}".rstrip())
    rows.append(f". . PUNCT . punct {at + 1}")
    return rows


def text(*items: tuple) -> str:
    """Paragraphs, one item each (a sentence, or a tuple of sentences), joined by paragraph breaks."""
    rows: list[str] = []
    for item in items:
        if rows:
            rows.append(f"<P> <P> SPACE _SP dep {len(rows) - 1}")
        for one in item if isinstance(item[0], tuple) else (item,):
            rows += sentence(len(rows), *one)
    return "\n".join(rows)


DIGEST_ITEMS = [("China", "attacked", "Japan"), ("Kenya", "praised", "India"), ("Pakistan", "criticized", "Egypt"),
                ("Israel", "attacked", "Russia"), ("Palestine", "criticized", "China")]


def test_bare_agents_belong_to_the_country_their_paragraph_names(code_doc):
    doc = text(("China", "attacked", "Japan"), ("China", "criticized", "Japan"),
               (("Kenya", "praised", "protesters"), ("Police", "attacked", "protesters")))
    assert ("KENCOP", "KENCVL", "190") in dyads(code_doc(doc))


def test_in_an_article_bare_agents_take_the_country_it_is_about(code_doc):
    doc = text(("Kenya", "criticized", "China"), ("Kenya", "praised", "Japan"), ("Police", "attacked", "protesters"))
    assert ("KENCOP", "KENCVL", "190") in dyads(code_doc(doc))


def test_in_a_digest_bare_agents_are_no_ones(code_doc):
    drafts = code_doc(text(*DIGEST_ITEMS, ("Police", "attacked", "protesters")))
    assert {d for d in dyads(drafts) if "COP" in d[0]} == set()
    assert len(drafts) == len(DIGEST_ITEMS)


def test_in_a_digest_bare_agents_do_not_reach_back_to_an_earlier_item(code_doc):
    items = [("police", "attacked", "protesters", "Kenyan"), *DIGEST_ITEMS, ("Police", "attacked", "protesters")]
    drafts = code_doc(text(*items))
    assert [d.source.code for d in drafts if "COP" in d.source.code] == ["KENCOP"]


def test_in_an_article_bare_agents_take_the_country_of_the_same_agents_before(code_doc):
    items = [("police", "attacked", "protesters", "Kenyan"), ("China", "criticized", "Kenya"), ("Police", "attacked", "protesters")]
    drafts = code_doc(text(*items))
    assert [d.source.code for d in drafts if "COP" in d.source.code] == ["KENCOP", "KENCOP"]


TITLED_NAME = """
Kenyan kenyan ADJ JJ amod 1 NORP
protesters protester NOUN NNS nsubj 2
criticized criticize VERB VBD ROOT 2
President president PROPN NNP compound 4
Sato Sato PROPN NNP dobj 2 PERSON
. . PUNCT . punct 2
"""


def test_a_titled_name_takes_the_country_its_paragraph_is_about(code_doc):
    assert dyads(code_doc(TITLED_NAME)) == {("KENCVL", "KENGOV", "111")}


GOVERNMENT_OF_THE_SPEAKER = """
China China PROPN NNP nsubj 1 GPE
criticized criticize VERB VBD ROOT 1
Kenya Kenya PROPN NNP dobj 1 GPE
. . PUNCT . punct 1
Japanese japanese ADJ JJ amod 5 NORP
soldiers soldier NOUN NNS nsubj 6
said say VERB VBD ROOT 6
the the DET DT det 8
minister minister NOUN NN nsubj 10
had have AUX VBD aux 10
attacked attack VERB VBN ccomp 6
China China PROPN NNP dobj 10 GPE
. . PUNCT . punct 6
"""


def test_a_bare_minister_in_a_report_is_of_the_speakers_government(code_doc):
    assert ("JPNGOV", "CHN", "190") in dyads(code_doc(GOVERNMENT_OF_THE_SPEAKER))
