"""The event lexicon: trigger words and phrases to CAMEO codes.

Reads data/events/lexicon.tsv (`code, pattern, flags, note`). A pattern is a
trigger lemma with an optional part of speech (`meet/v`, `airstrike/n`,
`ready/a`), then words that must depend on it (`express/v concern`, alternatives
with `|`), `>prep` for the preposition whose object is the target (`meet/v >with`),
and `!word` for dependents that veto the entry (`meet/v !demand`). Flags: recip,
say, intent, weak, speaker. Every line is checked; errors say `file:line`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from detente.errors import LexiconError
from detente.ontology import cameo_codes
from detente.tsv import read_rows

HEADER = ("code", "pattern", "flags", "note")
FLAGS = {"recip", "say", "intent", "weak", "speaker"}
POS = {"v": ("VERB", "AUX"), "n": ("NOUN", "PROPN"), "a": ("ADJ",)}


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    trigger: str
    pos: tuple[str, ...]
    required: tuple[frozenset[str], ...]
    forbidden: frozenset[str]
    target_preps: frozenset[str]
    flags: frozenset[str]
    text: str
    where: str

    @property
    def specificity(self) -> int:
        return 2 * len(self.required) + bool(self.pos) - 3 * ("weak" in self.flags)


@dataclass
class EventLexicon:
    by_trigger: dict[str, list[Pattern]]

    def candidates(self, *forms: str) -> list[Pattern]:
        for form in forms:
            found = self.by_trigger.get(form)
            if found:
                return found
        return []

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_trigger.values())


def parse_pattern(code: str, text: str, flags: str, where: str, path: Path, line: int) -> Pattern:
    items = text.split()
    if not items:
        raise LexiconError(path, line, "empty pattern")
    head, _, pos = items[0].partition("/")
    if pos and pos not in POS:
        raise LexiconError(path, line, f"unknown part of speech /{pos} in {items[0]!r}: use /v, /n or /a")
    required, forbidden, preps = [], set(), set()
    for item in items[1:]:
        if item.startswith("!"):
            forbidden |= _alternatives(item[1:], path, line)
        elif item.startswith(">"):
            words = _alternatives(item[1:], path, line)
            preps |= words
            required.append(frozenset(words))
        else:
            required.append(frozenset(_alternatives(item, path, line)))
    flag_set = frozenset(f.strip() for f in flags.split(",") if f.strip())
    unknown = flag_set - FLAGS
    if unknown:
        raise LexiconError(path, line, f"unknown flag(s) {', '.join(sorted(unknown))}: known are {', '.join(sorted(FLAGS))}")
    return Pattern(code, head.lower().replace("_", " "), POS.get(pos, ()), tuple(required), frozenset(forbidden),
                   frozenset(preps), flag_set, text, where)


def _alternatives(item: str, path: Path, line: int) -> set[str]:
    words = {w.lower().replace("_", " ") for w in item.split("|") if w}
    if not words:
        raise LexiconError(path, line, f"empty word in pattern item {item!r}")
    return words


def load_event_lexicon(path: Path) -> EventLexicon:
    codes = cameo_codes()
    by_trigger: dict[str, list[Pattern]] = defaultdict(list)
    for line, row in read_rows(path, HEADER, min_fields=2):
        code = row["code"]
        if code not in codes:
            raise LexiconError(path, line, f"unknown CAMEO code {code!r}")
        pattern = parse_pattern(code, row["pattern"], row["flags"], f"{path.name}:{line}", path, line)
        by_trigger[pattern.trigger].append(pattern)
    for patterns in by_trigger.values():
        patterns.sort(key=lambda p: -p.specificity)
    return EventLexicon(dict(by_trigger))
