"""PETRARCH-format actor and agent dictionaries, loaded as they are.

A team that kept Phoenix-style dictionaries for years keeps that work: put the
`*.actors.txt` and `*agents*.txt` files in a user actor folder. Actor blocks are a
name line (`VLADIMIR_PUTIN_`), synonym lines (`+PUTIN_`), and codes, either on the
name line (`HAMAS_ [PSEREBHMS]`) or on indented lines with dated roles
(`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`, `[RUSELI <991231]`). Agent lines are
`SOLDIER {S} [~MIL]`, with `!MACRO! = A, B` substitutions.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from detente.actors.lexicon import ActorLexicon, Entry, Role, check_code
from detente.errors import LexiconError

CODE_TAG = re.compile(r"\[([^\]]*)\]")
DATED = re.compile(r"^([A-Z]{3,12})(?:\s+([<>]?)(\d{6})(?:-(\d{6}))?)?$")
MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def _phrase(raw: str) -> str:
    """PETRARCH writes every name in capitals: keep them only for short acronyms
    ("UN", "IDF"), which then match case-sensitively; "PUTIN" matches "Putin"."""
    phrase = raw.strip().strip("+").split("#")[0].strip().rstrip("_").replace("_", " ").strip()
    return phrase if len(phrase) <= 3 and " " not in phrase else phrase.lower()


def _date(path: Path, line: int, value: str) -> dt.date:
    try:
        year, month, day = int(value[:2]), int(value[2:4]), int(value[4:6])
        return dt.date(2000 + year if year <= 30 else 1900 + year, month, day)
    except ValueError:
        raise LexiconError(path, line, f"bad PETRARCH date {value!r}: expected YYMMDD") from None


def _role(path: Path, line: int, tag: str) -> Role:
    match = DATED.match(tag.strip())
    if not match:
        raise LexiconError(path, line, f"bad code tag [{tag}]: expected [CODE], [CODE YYMMDD-YYMMDD], [CODE >YYMMDD]")
    code, bound, first, second = match.groups()
    check_code(path, line, code)
    where = f"{path.name}:{line}"
    if not first:
        return Role(code, None, None, "", where)
    if second:
        return Role(code, _date(path, line, first), _date(path, line, second), "", where)
    day = _date(path, line, first)
    return Role(code, None, day, "", where) if bound == "<" else Role(code, day, None, "", where)


def load_petrarch_actors(path: Path, lex: ActorLexicon) -> None:
    names: list[str] = []
    roles: list[Role] = []
    start_line = 0

    def flush() -> None:
        if names and roles:
            dated = [r for r in roles if r.start or r.end]
            kept = tuple(dated) if dated else (roles[-1],)
            entry = Entry("person" if dated else "org", kept[-1].code, names[0], f"{path.name}:{start_line}", roles=kept if dated else ())
            for name in names:
                lex.add(name, entry)

    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="strict").split("\n"), start=1):
        text = raw.split("#")[0].rstrip()
        if not text.strip():
            continue
        tags = CODE_TAG.findall(text)
        if raw[:1] in "\t " and text.strip().startswith("["):
            roles.extend(_role(path, number, tag) for tag in tags)
            continue
        if text.startswith("+"):
            names.append(_phrase(CODE_TAG.sub("", text)))
            continue
        flush()
        names, roles, start_line = [_phrase(CODE_TAG.sub("", text))], [], number
        roles.extend(_role(path, number, tag) for tag in tags if not tag.startswith("~"))
    flush()


def load_petrarch_agents(path: Path, lex: ActorLexicon) -> None:
    macros: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        text = raw.split("#")[0].strip()
        if not text:
            continue
        macro = MACRO.match(text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        tags = CODE_TAG.findall(text)
        if not tags or not tags[-1].startswith("~"):
            raise LexiconError(path, number, f"agent line needs a [~AGT] code: {text!r}")
        agent = tags[-1][1:].strip()[:3]
        check_code(path, number, agent)
        term = re.sub(r"\{[^}]*\}", "", CODE_TAG.sub("", text)).strip()
        for expanded in _expand(term, macros):
            lex.add(_phrase(expanded).lower(), Entry("agent", agent, _phrase(expanded).lower(), f"{path.name}:{number}"))


def _expand(term: str, macros: dict[str, list[str]]) -> list[str]:
    for name, words in macros.items():
        if name in term:
            return [t for word in words for t in _expand(term.replace(name, word, 1), macros)]
    return [term]
