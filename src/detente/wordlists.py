"""Word lists and CAMEO code maps of the grammar, read once from package data.

Reads data/grammar/word_lists.tsv (`list, kind, words, note`: one list a row, words
separated by `|`) and data/grammar/code_maps.tsv (`map, from, to, note`: how an act's
modality changes its CAMEO code). Every line is checked: a list or map the code does
not know, a word of the wrong kind, a CAMEO code or root that does not exist, a
duplicate, or a list the code needs that is missing is an error `file:line: what is
wrong`. The code names the lists it uses in `LISTS` and `MAPS`; their words are data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from detente.errors import LexiconError
from detente.ontology import DATA, cameo_codes
from detente.tsv import read_rows, split_multi

FOLDER = DATA / "grammar"
LIST_HEADER = ("list", "kind", "words", "note")
MAP_HEADER = ("map", "from", "to", "note")
KINDS = {
    "word": (re.compile(r"[a-z'][a-z'-]*( [a-z'-]+)*"), "lower-case words"),
    "agent": (re.compile(r"[A-Z]{3}"), "three-letter CAMEO agent codes"),
    "root": (re.compile(r"0[1-9]|1[0-9]|20"), "two-digit CAMEO roots 01..20"),
    "code": (re.compile(r"\d{2,4}"), "CAMEO codes"),
}
LISTS = {  # every list the code reads, with its kind
    **dict.fromkeys((
        "person_pronouns", "group_pronouns", "first_person", "it_pronouns", "own_subjects", "group_nouns", "pair_words",
        "quantities", "quantifiers", "spokespeople", "country_nouns", "group_descriptions", "former_words",
        "place_preps", "event_place_preps", "conflict_nouns", "speech_verbs", "say_lemmas", "agreement_verbs",
        "threat_verbs", "relative_pronouns", "target_preps", "noun_target_preps", "intent_preps", "about_preps",
        "sent_preps", "hypothetical_modals", "future_auxiliaries", "negators", "condition_marks", "blockers",
        "blocker_adjectives", "blocker_nouns", "plan_nouns", "reporting_verbs", "reporting_noun_verbs",
        "attack_nouns", "cessation_verbs", "transparent_verbs", "response_nouns", "reaction_verbs", "alleging_words",
        "refusing_words", "wanting_words", "doer_preps", "partner_preps", "act_adjunct_preps", "patient_preps",
        "own_object_preps", "border_nouns", "border_preps", "act_record_nouns", "question_marks", "inverted_condition", "speculation_verbs", "demanding_verbs", "fiction_nouns", "exercise_nouns"), "word"),
    **dict.fromkeys(("domestic_agents", "armed_agents", "protester_agents", "unarmed_agents"), "agent"),
    **dict.fromkeys(("material_conflict_roots", "reaction_roots", "asking_roots", "decision_roots",
                     "violent_protest_roots", "cessation_demand_roots", "posture_roots", "force_roots"), "root"),
    **dict.fromkeys(("conflict_context_codes", "mediation_codes", "visit_codes", "joint_exercise_code"), "code"),
}
MAPS = {  # every code map the code reads, with the kind of its keys
    "intent_by_root": "root", "intent_by_code": "code", "threat_by_root": "root", "threat_by_code": "code",
    "refusal_by_root": "root", "refusal_by_code": "code", "demand_modals": "word",
}


@dataclass(frozen=True)
class Grammar:
    """The loaded lists (in file order, as tuples) and maps (in file order)."""

    lists: dict[str, tuple[str, ...]]
    maps: dict[str, dict[str, str]]

    def words(self, name: str) -> frozenset[str]:
        return frozenset(self.lists[name])


@cache
def grammar_data(folder: Path = FOLDER) -> Grammar:
    """The word lists and code maps of `folder`, checked line by line."""
    return Grammar(load_lists(folder / "word_lists.tsv"), load_maps(folder / "code_maps.tsv"))


def words(name: str) -> frozenset[str]:
    """One packaged word list by name."""
    return grammar_data().words(name)


def ordered(name: str) -> tuple[str, ...]:
    """One packaged word list by name, in file order."""
    return grammar_data().lists[name]


def code_map(name: str) -> dict[str, str]:
    """One packaged code map by name."""
    return grammar_data().maps[name]


def load_lists(path: Path) -> dict[str, tuple[str, ...]]:
    lists: dict[str, tuple[str, ...]] = {}
    for line, row in read_rows(path, LIST_HEADER, min_fields=3):
        name = row["list"]
        if name not in LISTS:
            raise LexiconError(path, line, f"unknown list {name!r}: known are {', '.join(sorted(LISTS))}")
        if name in lists:
            raise LexiconError(path, line, f"list {name!r} given twice")
        if row["kind"] != LISTS[name]:
            raise LexiconError(path, line, f"list {name!r} holds {LISTS[name]} entries, not {row['kind']!r}")
        lists[name] = _entries(row["words"], LISTS[name], path, line)
    _require(lists, LISTS, path, "list")
    return lists


def _entries(cell: str, kind: str, path: Path, line: int) -> tuple[str, ...]:
    items = split_multi(cell)
    if not items:
        raise LexiconError(path, line, "no words")
    pattern, what = KINDS[kind]
    for item in items:
        if not pattern.fullmatch(item):
            raise LexiconError(path, line, f"{item!r} is not one of {what}")
        if kind == "code" and item not in cameo_codes():
            raise LexiconError(path, line, f"unknown CAMEO code {item!r}")
    duplicates = sorted({i for i in items if items.count(i) > 1})
    if duplicates:
        raise LexiconError(path, line, f"given twice: {', '.join(duplicates)}")
    return tuple(items)


def load_maps(path: Path) -> dict[str, dict[str, str]]:
    maps: dict[str, dict[str, str]] = {}
    for line, row in read_rows(path, MAP_HEADER, min_fields=3):
        name, key, value = row["map"], row["from"], row["to"]
        if name not in MAPS:
            raise LexiconError(path, line, f"unknown map {name!r}: known are {', '.join(sorted(MAPS))}")
        pattern, what = KINDS[MAPS[name]]
        if not pattern.fullmatch(key) or (MAPS[name] == "code" and key not in cameo_codes()):
            raise LexiconError(path, line, f"{key!r} is not one of {what}")
        if value not in cameo_codes():
            raise LexiconError(path, line, f"unknown CAMEO code {value!r}")
        if key in maps.setdefault(name, {}):
            raise LexiconError(path, line, f"{key!r} mapped twice in {name}")
        maps[name][key] = value
    _require(maps, MAPS, path, "map")
    return maps


def _require(found: dict, known: dict, path: Path, what: str) -> None:
    missing = sorted(set(known) - set(found))
    if missing:
        raise LexiconError(path, 1, f"missing {what}(s): {', '.join(missing)}")
