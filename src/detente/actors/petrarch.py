"""PETRARCH-format actor and agent dictionaries, loaded as they are.

A team that kept Phoenix-style dictionaries for years keeps that work: put the
`*.actors.txt` and `*agents*.txt` files (also `PETR_Validate_actors_2_02.txt` style
names) in a user actor folder. Actor blocks are a name line (`VLADIMIR_PUTIN_`),
synonym lines (`+PUTIN_`), and codes, either on the name line (`HAMAS_ [PSEREBHMS]`)
or on indented lines with dated roles (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`,
`[RUSELI <991231]`, also with 8-digit dates and spaces: `[HOBGOV 19950601 - 19990815]`).
An undated code beside dated ones is the default, used when no dated role holds.
A name with one plain 3-letter code (`CALENARDHON [CAL]`) is a country, so it combines
with agents ("the Calenardhon government" is CALGOV). Null codes (`[---]`, `[+++]`,
`[###]`) name an actor that is not coded. Codes may be lower case (`[pse]`); of
alternatives (`[ELR/GAL]`) the first is kept.

Agent lines are `SOLDIER {S} [~MIL]` (`{}`: no plural, `{GEESE}`: the plural) with
`!MACRO! = A, B` substitutions; `[NGO~]` (an agent PETRARCH writes before the
country) is read as the agent NGO. Comments are `#` to the end of a line and
`<!-- ... -->` blocks, which may span lines.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from detente.actors.lexicon import NULL_CODE, ActorLexicon, Entry, Role, check_code
from detente.errors import LexiconError

CODE_TAG = re.compile(r"\[([^\]]*)\]")
PLURAL = re.compile(r"\{([^}]*)\}")
XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.S)
NULL_CODES = {"---", "+++", "###"}
DATE = r"(\d{8}|\d{6})"
DATED = re.compile(rf"^([A-Za-z0-9/]+|---|\+\+\+|###)\s*(?:([<>])\s*{DATE}|{DATE}\s*-\s*{DATE})?$")
# Letters, and digits after the first ("G77", the Group of 77).
PETRARCH_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")
# What a name can be besides an agent noun: a PETRARCH actor line replaces them all.
ACTOR_KINDS = ("country", "adjective", "capital", "org", "person")
MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def _lines(path: Path) -> list[tuple[int, str, str]]:
    """(line number, raw line, text without comments) for each line; XML comments
    are blanked keeping their newlines, so numbers stay those of the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, 0, f"not UTF-8 text (byte offset {exc.start})") from None
    text = XML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    return [(n, raw, raw.split("#")[0].rstrip()) for n, raw in enumerate(text.split("\n"), start=1)]


def _phrase(raw: str) -> str:
    """PETRARCH writes every name in capitals: keep them only for short acronyms
    ("UN", "IDF"), which then match case-sensitively; "PUTIN" matches "Putin"."""
    phrase = raw.strip().strip("+").strip().rstrip("_").replace("_", " ").strip()
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= 3 and " " not in phrase else phrase.lower()


def _date(path: Path, line: int, value: str) -> dt.date:
    """YYMMDD (years to 30 are this century) or YYYYMMDD."""
    try:
        if len(value) == 8:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        year, month, day = int(value[:2]), int(value[2:4]), int(value[4:6])
        return dt.date(2000 + year if year <= 30 else 1900 + year, month, day)
    except ValueError:
        raise LexiconError(path, line, f"bad PETRARCH date {value!r}: expected YYMMDD or YYYYMMDD") from None


def _role(path: Path, line: int, tag: str) -> Role:
    match = DATED.match(tag.strip())
    if not match:
        raise LexiconError(path, line, f"bad code tag [{tag}]: expected [CODE], [CODE YYMMDD-YYMMDD], [CODE <YYMMDD] or [CODE >YYMMDD] (dates also YYYYMMDD)")
    raw, bound, day, first, second = match.groups()
    code = NULL_CODE if raw in NULL_CODES else check_code(path, line, raw.split("/")[0].upper(), PETRARCH_CODE)
    where = f"{path.name}:{line}"
    if first:
        return Role(code, _date(path, line, first), _date(path, line, second), "", where)
    if not day:
        return Role(code, None, None, "", where)
    when = _date(path, line, day)
    return Role(code, None, when, "", where) if bound == "<" else Role(code, when, None, "", where)


def _entry(names: list[str], roles: list[Role], where: str) -> Entry | None:
    """A person when some role is dated (the undated default goes last, so a dated
    role in force wins), a country for one plain 3-letter code, else an org."""
    dated = [r for r in roles if r.start or r.end]
    default = [r for r in roles if not (r.start or r.end)][-1:]
    if dated:
        return Entry("person", (default or dated)[-1].code, names[0], where, roles=tuple(dated + default))
    if not default or default[0].code == NULL_CODE:
        return None  # named but not coded: PETRARCH's null code
    code = default[0].code
    return Entry("country" if len(code) == 3 and code.isalpha() else "org", code, names[0], where)


def load_petrarch_actors(path: Path, lex: ActorLexicon) -> None:
    blocks: list[tuple[int, list[str], list[Role]]] = []
    for number, raw, text in _lines(path):
        if not text.strip():
            continue
        tags = CODE_TAG.findall(text)
        if raw[:1] in "\t " and text.strip().startswith("["):
            if not blocks:
                raise LexiconError(path, number, f"code line before any actor name: {text.strip()!r}")
            blocks[-1][2].extend(_role(path, number, tag) for tag in tags)
        elif text.lstrip().startswith("+") and blocks:
            blocks[-1][1].append(_phrase(CODE_TAG.sub("", text)))
        else:
            blocks.append((number, [_phrase(CODE_TAG.sub("", text))], [_role(path, number, t) for t in tags]))
    for number, names, roles in blocks:
        _add_actor(lex, names, roles, f"{path.name}:{number}")


def _add_actor(lex: ActorLexicon, names: list[str], roles: list[Role], where: str) -> None:
    entry = _entry([n for n in names if n], roles, where) if any(names) else None
    if entry is None:
        return
    if entry.kind == "country":
        lex.countries.setdefault(entry.code, entry)  # a packaged country keeps its name
    for name in names:
        if name:
            lex.add(name, entry, replaces=ACTOR_KINDS)


def load_petrarch_agents(path: Path, lex: ActorLexicon) -> None:
    macros: dict[str, list[str]] = {}
    for number, _raw, text in _lines(path):
        text = text.strip()
        if not text:
            continue
        macro = MACRO.match(text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        agent = _agent_code(path, number, text)
        plurals = [p.strip() for p in PLURAL.findall(text) if p.strip()]
        where = f"{path.name}:{number}"
        for term in [PLURAL.sub("", CODE_TAG.sub("", text)).strip(), *plurals]:
            for expanded in _expand(term, macros):
                phrase = _phrase(expanded).lower()
                lex.add(phrase, Entry("agent", agent, phrase, where))


def _agent_code(path: Path, line: int, text: str) -> str:
    """`[~MIL]`, `[ ~COP]`, `[~GOVFRM]` (kept to its first three letters: the agent
    detente records) and `[NGO~]`."""
    tags = [t.replace(" ", "") for t in CODE_TAG.findall(text)]
    if not tags or "~" not in tags[-1]:
        raise LexiconError(path, line, f"agent line needs a [~AGT] code: {text!r}")
    agent = tags[-1].replace("~", "").upper()[:3]
    return check_code(path, line, agent)


def _expand(term: str, macros: dict[str, list[str]]) -> list[str]:
    for name, words in macros.items():
        if name in term:
            return [t for word in words for t in _expand(term.replace(name, word, 1), macros)]
    return [term]
