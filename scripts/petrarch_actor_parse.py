"""Read PETRARCH2 (TABARI-style) actor and agent dictionaries into plain records.

Used by ``convert_petrarch_actors.py``; kept apart so the parsing rules can be
read (and tested) without the conversion policy around them.

Actor dictionary rules, as documented in petrarch2's ``docs/source/dictionaries.rst``:

* a *root* line starts an actor; it may carry an inline ``[CODE ...]``;
* ``+phrase`` lines are synonyms of the current actor;
* tab-indented ``[CODE]``, ``[CODE >date]``, ``[CODE <date]`` or
  ``[CODE date-date]`` lines are (dated) roles; an undated code is the default;
* ``#`` starts a comment; blank lines are skipped.

One PETRARCH quirk is kept on purpose: a root with no code of its own that
follows an actor which has none either does not start a new actor; it shares
the codes that come next (PETRARCH2 stores both under one code index).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Role:
    code: str
    start: str = ""  # ISO date or ""
    end: str = ""
    raw: str = ""


@dataclass
class Entry:
    source: str
    line: int
    names: list[tuple[bool, str]] = field(default_factory=list)  # (is_root, phrase), file order
    roles: list[Role] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def roots(self) -> list[str]:
        return [phrase for is_root, phrase in self.names if is_root]

    @property
    def phrases(self) -> list[str]:
        return [phrase for _, phrase in self.names if phrase]


def expand_date(text: str) -> str:
    """YYMMDD or YYYYMMDD to ISO; two-digit years 00-30 are 20xx, others 19xx."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"not a PETRARCH date: {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    return dt.date(year, month, day).isoformat()


def parse_role(body: str) -> Role:
    """``CODE``, ``CODE >date``, ``CODE <date`` or ``CODE d1-d2`` to a Role."""
    parts = body.split(None, 1)
    code = parts[0].strip() if parts else ""
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    role = Role(code=code, raw=body.strip())
    if not rest:
        return role
    if rest[0] in "<>":
        date = expand_date(rest[1:])
        if rest[0] == ">":
            role.start = date
        else:
            role.end = date
        return role
    first, sep, second = rest.partition("-")
    if not sep:
        raise ValueError(f"unreadable date restriction: {body!r}")
    role.start, role.end = expand_date(first), expand_date(second)
    return role


def split_comment(line: str) -> tuple[str, str]:
    content, _, comment = line.partition("#")
    return content.rstrip("\n"), comment.strip()


def add_roles(entry: Entry, text: str, fixes: dict[str, str]) -> None:
    for body in CODE_RE.findall(text):
        body = fixes.get(body.strip(), body)
        try:
            entry.roles.append(parse_role(body))
        except ValueError as err:
            entry.problems.append(str(err))


def phrase_of(text: str) -> str:
    """The phrase part of a root or synonym line (before any inline code)."""
    return text.split("[", 1)[0].strip()


def read_actor_file(path: Path, fixes: dict[str, str] | None = None) -> list[Entry]:
    """Entries of one actor file; ``fixes`` maps a raw ``[...]`` body to a corrected one."""
    fixes = fixes or {}
    entries: list[Entry] = []
    current: Entry | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if raw.lstrip().startswith("<!--"):
            continue
        content, comment = split_comment(raw)
        if not content.strip():
            continue
        if content[0] in "\t " and content.strip().startswith("["):
            if current is not None:
                add_roles(current, content, fixes)
            continue
        stripped = content.strip()
        if stripped.startswith("+"):
            if current is not None:
                current.names.append((False, phrase_of(stripped[1:])))
                add_roles(current, stripped, fixes)
            continue
        if current is None or current.roles:
            current = Entry(source=path.name, line=number)
            entries.append(current)
        current.names.append((True, phrase_of(stripped)))
        if comment:
            current.comments.append(comment)
        add_roles(current, stripped, fixes)
    return [e for e in entries if any(e.phrases)]


@dataclass
class AgentLine:
    line: int
    phrase: str
    plural: str | None
    code: str
    prefix: bool  # PETRARCH "NGO~" form: the code goes before the actor's code
    comment: str


def read_agent_file(path: Path, marker_items: set[str] | None = None) -> list[AgentLine]:
    """Agent lines, with ``!MARKER!`` sets expanded (to ``marker_items`` only, if given)."""
    markers: dict[str, list[str]] = {}
    out: list[AgentLine] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        content, comment = split_comment(raw)
        content = content.strip()
        if not content or content.startswith("<!--"):
            continue
        if content.startswith("!") and "=" in content and "[" not in content:
            name, _, items = content.partition("=")
            values = [i.strip() for i in items.split(",")]
            markers[name.strip().strip("!")] = [v for v in values if marker_items is None or v in marker_items]
            continue
        match = CODE_RE.search(content)
        if not match:
            continue
        code = match.group(1).strip()
        phrase = content[: match.start()].strip()
        plural = None
        if "{" in phrase and "}" in phrase:
            plural = phrase[phrase.index("{") + 1 : phrase.index("}")].strip()
            phrase = phrase[: phrase.index("{")].strip()
        prefix = code.endswith("~")
        code = code.strip("~")
        for variant in expand_markers(phrase, markers):
            out.append(AgentLine(number, variant, plural, code, prefix, comment))
    return out


def expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", phrase)
    if not match or match.group(1) not in markers:
        return [phrase]
    variants = []
    for item in markers[match.group(1)]:
        variants.extend(expand_markers(phrase[: match.start()] + item + phrase[match.end():], markers))
    return variants
