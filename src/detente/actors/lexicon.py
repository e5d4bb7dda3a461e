"""The actor lexicon: countries, organisations, people with dated roles, agents.

Reads, from each actor folder (the packaged data/actors first, then user folders,
which win): countries.tsv, organizations.tsv, people.tsv, agents.tsv, and any
PETRARCH-format `*.actors.txt` / `*agents*.txt` dictionaries (see petrarch.py).
Writes nothing: `ActorLexicon` is an immutable index keyed by token tuples.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import LexiconError
from detente.tsv import read_rows, split_multi

CODE = re.compile(r"^[A-Z]{3,15}$")
AGENT = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
# Case matters for short all-capital forms: "US", "UN", "IS", "AU" are also words.
ACRONYM = re.compile(r"^[A-Z][A-Z.]{1,4}$")
# PETRARCH's null code: the phrase is an actor, but one that is not coded.
NULL_CODE = "---"
# PETRARCH dictionary names: Phoenix.Countries.actors.txt, PETR_Validate_actors_2_02.txt.
PETRARCH_ACTORS = re.compile(r"(?:^|[._])actors(?:[._]|$)", re.I)
PETRARCH_AGENTS = re.compile(r"agents?(?:[._]|$)", re.I)

COUNTRY_HEADER = ("code", "name", "aliases", "adjectives", "capitals")
ORG_HEADER = ("code", "name", "aliases", "kind", "country")
PEOPLE_HEADER = ("name", "aliases", "code", "start", "end", "note")
AGENT_HEADER = ("term", "agent", "note")


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None
    note: str
    where: str

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry a phrase can name.

    kind: country (a name), adjective, capital (the government by metonymy),
    org, person, agent.
    """

    kind: str
    code: str
    name: str
    where: str
    roles: tuple[Role, ...] = ()
    org_kind: str = ""

    def role_on(self, day: dt.date | None) -> tuple[Role | None, str]:
        """The role in force on `day`, and a note saying why; former roles give ELI."""
        if not self.roles:
            return None, ""
        if day is None:
            return _coded(self.roles[-1], "no date: latest role")
        current = [r for r in self.roles if r.holds_on(day)]
        if current:
            # The latest start wins; among equals the first listed (an undated default is listed last).
            best = max(current, key=lambda r: r.start or dt.date.min)
            return _coded(best, f"role {best.code} {best.start or '…'}..{best.end or '…'} in force on {day}")
        past = [r for r in self.roles if r.end and r.end < day and r.code != NULL_CODE]
        if past:
            last = max(past, key=lambda r: r.end)
            former = Role(last.code[:3] + "ELI", last.end, None, f"former {last.note}", last.where)
            return former, f"role {last.code} ended {last.end}, before {day}: former official"
        return None, f"no role of {self.name} in force on {day}"


def _coded(role: Role, note: str) -> tuple[Role | None, str]:
    """A role with PETRARCH's null code names no actor."""
    return (None, f"{note}: null code, not coded") if role.code == NULL_CODE else (role, note)


Tokenize = Callable[[str], list[str]]


def simple_tokenize(text: str) -> list[str]:
    """A tokenizer close to spaCy's English one for names (tests and standalone use)."""
    text = re.sub(r"(\w)('s|’s)\b", r"\1 \2", text)
    return re.findall(r"[A-Z]\.(?:[A-Z]\.)+|\w+(?:[-'’]\w+)*|'s|’s|[^\w\s]", text)


@dataclass
class ActorLexicon:
    """Phrases (as token tuples) to entries. Acronyms are kept case-sensitive."""

    tokenize: Tokenize = simple_tokenize
    exact: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    lower: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, Entry] = field(default_factory=dict)
    max_len: int = 1

    def add(self, phrase: str, entry: Entry, replaces: tuple[str, ...] = ()) -> None:
        """replaces: other kinds this entry displaces (a PETRARCH actor line says what
        the phrase is, so "SEOUL [KOR]" displaces the packaged capital "Seoul")."""
        tokens = tuple(self.tokenize(phrase))
        if not tokens:
            return
        if ACRONYM.match(phrase) and len(tokens) == 1:
            table, key = self.exact, tokens
        else:
            table, key = self.lower, tuple(t.lower() for t in tokens)
        bucket = table[key]
        # A later (user) entry for the same phrase and kind replaces the earlier one.
        bucket[:] = [e for e in bucket if e.kind != entry.kind and e.kind not in replaces] + [entry]
        self.max_len = max(self.max_len, len(key))

    def lookup(self, tokens: Iterable[str]) -> list[Entry]:
        tokens = tuple(tokens)
        return self.exact.get(tokens, []) or self.lower.get(tuple(t.lower() for t in tokens), [])

    @property
    def size(self) -> int:
        return len(self.exact) + len(self.lower)


def load_lexicon(folders: Iterable[Path], tokenize: Tokenize = simple_tokenize) -> ActorLexicon:
    """Read every actor folder in order; later folders override earlier ones."""
    from detente.actors.petrarch import load_petrarch_actors, load_petrarch_agents

    lexicon = ActorLexicon(tokenize=tokenize)
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise LexiconError(folder, 0, "actor folder not found")
        loaders = [
            ("countries.tsv", _load_countries),
            ("organizations.tsv", _load_orgs),
            ("people.tsv", _load_people),
            ("agents.tsv", _load_agents),
        ]
        for name, loader in loaders:
            if (folder / name).exists():
                loader(folder / name, lexicon)
        for path in sorted(folder.glob("*.txt")):
            if PETRARCH_AGENTS.search(path.name):
                load_petrarch_agents(path, lexicon)
            elif PETRARCH_ACTORS.search(path.name):
                load_petrarch_actors(path, lexicon)
    return lexicon


def check_code(path: Path, line: int, code: str, pattern: re.Pattern[str] = CODE) -> str:
    if not pattern.match(code):
        raise LexiconError(path, line, f"bad actor code {code!r}: expected 3 to 15 capital letters (RUS, RUSGOV, IGOUNOKID)")
    return code


def parse_date(path: Path, line: int, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise LexiconError(path, line, f"bad date {value!r}: expected YYYY-MM-DD") from None


def _load_countries(path: Path, lex: ActorLexicon) -> None:
    for line, row in read_rows(path, COUNTRY_HEADER, min_fields=2):
        code = check_code(path, line, row["code"])
        where = f"{path.name}:{line}"
        entry = Entry("country", code, row["name"], where)
        lex.countries[code] = entry
        for name in [row["name"], *split_multi(row["aliases"])]:
            lex.add(name, entry)
        for adjective in split_multi(row["adjectives"]):
            lex.add(adjective, Entry("adjective", code, row["name"], where))
        for capital in split_multi(row["capitals"]):
            lex.add(capital, Entry("capital", code + "GOV", f"{capital} (government of {row['name']})", where))


def _load_orgs(path: Path, lex: ActorLexicon) -> None:
    for line, row in read_rows(path, ORG_HEADER, min_fields=2):
        code = check_code(path, line, row["code"])
        if row["country"]:
            check_code(path, line, row["country"])
        entry = Entry("org", code, row["name"], f"{path.name}:{line}", org_kind=row["kind"])
        for name in [row["name"], *split_multi(row["aliases"])]:
            lex.add(name, entry)


def _load_people(path: Path, lex: ActorLexicon) -> None:
    people: dict[str, tuple[list[str], list[Role]]] = {}
    for line, row in read_rows(path, PEOPLE_HEADER, min_fields=3):
        if not row["name"]:
            raise LexiconError(path, line, "empty name")
        start, end = parse_date(path, line, row["start"]), parse_date(path, line, row["end"])
        if start and end and end < start:
            raise LexiconError(path, line, f"role ends ({end}) before it starts ({start})")
        role = Role(check_code(path, line, row["code"]), start, end, row["note"], f"{path.name}:{line}")
        names, roles = people.setdefault(row["name"], ([], []))
        names.extend(split_multi(row["aliases"]))
        roles.append(role)
    for name, (aliases, roles) in people.items():
        roles.sort(key=lambda r: r.start or dt.date.min)
        entry = Entry("person", roles[-1].code, name, roles[0].where, roles=tuple(roles))
        for phrase in [name, *aliases]:
            lex.add(phrase, entry)


def _load_agents(path: Path, lex: ActorLexicon) -> None:
    for line, row in read_rows(path, AGENT_HEADER, min_fields=2):
        agent = check_code(path, line, row["agent"], AGENT)
        if not row["term"]:
            raise LexiconError(path, line, "empty term")
        lex.add(row["term"], Entry("agent", agent, row["term"], f"{path.name}:{line}"))
