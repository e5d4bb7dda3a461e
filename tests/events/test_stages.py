"""detente's stages as spaCy components: contracts, cooperation through the Doc, modality."""
import ast
import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from detente import pipeline
from tests.conftest import BLANK, build_doc

SRC = Path(__file__).resolve().parents[2] / "src" / "detente"

MEET = """
Russia Russia PROPN NNP nsubj 1 GPE
met meet VERB VBD ROOT 1
with with ADP IN prep 1
China China PROPN NNP pobj 2 GPE
. . PUNCT . punct 1
"""
REFUSED = """
Russia Russia PROPN NNP nsubj 3 GPE
will will AUX MD aux 3
not not PART RB neg 3
meet meet VERB VB ROOT 3
with with ADP IN prep 3
China China PROPN NNP pobj 4 GPE
. . PUNCT . punct 3
"""
POSSIBLE = """
India India PROPN NNP nsubj 2 GPE
could could AUX MD aux 2
attack attack VERB VB ROOT 2
Pakistan Pakistan PROPN NNP dobj 2 GPE
. . PUNCT . punct 2
"""


@pytest.fixture
def stages(lexicons):
    actors, events = lexicons
    built = pipeline.build_stages(BLANK.vocab, actors, events)

    def run(table: str):
        doc = build_doc(table)
        doc._.published, doc._.detente_skip = dt.date(2021, 8, 3), []
        for _name, stage in built.pipeline:
            doc = stage(doc)
        return doc

    return run


def test_each_stage_is_registered_with_what_it_reads_and_writes():
    pipeline.register()
    for module, _make in pipeline.STAGES:
        meta = Language.get_factory_meta(module.NAME)
        assert meta.requires == module.REQUIRES and meta.assigns == module.ASSIGNS


def test_the_only_unmet_requirements_are_spacys_and_the_coders(lexicons):
    actors, events = lexicons
    problems = pipeline.build_stages(BLANK.vocab, actors, events).analyze_pipes(pretty=False)["problems"]
    unmet = {attr for attrs in problems.values() for attr in attrs}
    assert all(a.startswith(("token.", "doc.sents", "doc.ents")) or a in ("doc._.published", "doc._.detente_skip")
               for a in unmet), unmet


def test_stages_write_mentions_predicates_and_drafts(stages):
    doc = stages(MEET)
    assert {s.label_ for s in doc.spans["detente_mentions"]} == {"RUS", "CHN"}
    (sentence,) = doc._.detente_predicates.sentences
    assert [(p.token.text, p.code) for p in sentence.acts] == [("met", "040")]
    assert {(d.source.code, d.target.code, d.code) for d in doc._.detente_events} == {("RUS", "CHN", "040"), ("CHN", "RUS", "040")}


def test_an_act_refused_for_the_future_is_a_rejection_with_its_modality(stages):
    doc = stages(REFUSED)
    (act,) = doc._.detente_predicates.sentences[0].acts
    assert act.code == "125" and {"negated", "refused"} <= act.modality and not act.recip
    assert {(d.source.code, d.target.code, d.code) for d in doc._.detente_events} == {("RUS", "CHN", "125")}


def test_a_possible_act_is_a_dropped_predicate_and_no_event(stages):
    doc = stages(POSSIBLE)
    table = doc._.detente_predicates
    assert [(p.token.text, p.modality) for p in table.dropped] == [("attack", frozenset({"hypothetical"}))]
    assert [s.label_ for s in doc.spans["detente_predicates"]] == ["none"]
    assert doc._.detente_events == []


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


@pytest.mark.parametrize("stage, forbidden", [
    ("actors/recognize.py", ("detente.events", "detente.pipeline")),
    ("actors/resolve.py", ("detente.events", "detente.pipeline")),
    ("actors/document.py", ("detente.events", "detente.pipeline")),
    ("actors/memory.py", ("detente.events", "detente.pipeline")),
    ("actors/phrases.py", ("detente.events", "detente.pipeline")),
    ("events/quotes.py", ("detente.actors", "detente.pipeline", "detente.events.predicates", "detente.events.linking")),
    ("events/predicates.py", ("detente.actors", "detente.pipeline", "detente.events.linking", "detente.events.arguments")),
    ("events/linking.py", ("detente.actors", "detente.pipeline", "detente.events.predicates", "detente.events.quotes")),
    ("events/arguments.py", ("detente.actors", "detente.pipeline", "detente.events.predicates")),
])
def test_no_stage_imports_another(stage, forbidden):
    wrong = {m for m in imports(SRC / stage) if m.startswith(forbidden)}
    assert not wrong, f"{stage} imports {wrong}"


@pytest.mark.parametrize("folder", ["store", "interfaces"])
def test_store_and_interfaces_use_only_the_pipelines_public_functions(folder):
    internals = ("detente.actors", "detente.events", "detente.doc_types", "detente.parse")
    for path in (SRC / folder).rglob("*.py"):
        assert not {m for m in imports(path) if m.startswith(internals)}, path
