#!/usr/bin/env python3
"""Build src/detente/data/events/lexicon.tsv, the event lexicon, and check it.

    python scripts/build_event_lexicon.py          # write the TSV, then check it
    python scripts/build_event_lexicon.py --check  # only check the TSV as it is

Checking also loads the grammar's word lists and CAMEO code maps
(src/detente/data/grammar/*.tsv) through their loader, which validates every line.
Both checks together take well under a second, so CI runs them (tests/events/test_word_lists.py).

The lexicon has two parts. The hand part, at the top of lexicon.tsv, is written and
edited there, row by row. The generated part, below the GENERATED marker, is rewritten
by this script: it comes from a few verb families that share their objects: appeals
(urge, call for ...), demands, promises, rejections, threats, giving and cutting aid,
accusations, investigations and protests. Each family is crossed with the topics it
takes ("release", "talks", "ceasefire" ...), and each cell gets the CAMEO code of
that family for that topic (appeal + release = 0253, demand + release = 1053, ...).

Building keeps the hand part exactly as it is and regenerates everything below the
marker; a generated row whose pattern already appears in the hand part is left out, so
a hand row can override one. The TSV format is documented in
src/detente/data/events/SOURCES.md.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "detente" / "data" / "events" / "lexicon.tsv"
CODES = ROOT / "src" / "detente" / "data" / "ontology" / "cameo_codes.tsv"
GRAMMAR = ROOT / "src" / "detente" / "data" / "grammar"
SHARED_CODES = Path("/work/shared/ontology/cameo_event_codes.tsv")
FLAGS = {"recip", "say", "intent", "weak", "speaker"}

ROOT_NAMES = {
    "01": "MAKE PUBLIC STATEMENT", "02": "APPEAL", "03": "EXPRESS INTENT TO COOPERATE", "04": "CONSULT",
    "05": "ENGAGE IN DIPLOMATIC COOPERATION", "06": "ENGAGE IN MATERIAL COOPERATION", "07": "PROVIDE AID",
    "08": "YIELD", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "EXHIBIT FORCE POSTURE", "16": "REDUCE RELATIONS", "17": "COERCE", "18": "ASSAULT",
    "19": "FIGHT", "20": "USE UNCONVENTIONAL MASS VIOLENCE",
}

# --------------------------------------------------------------------------------------
# Topics: what an appeal, demand, promise, rejection ... is about. Each topic is a list
# of required items (each item `a|b|c`, all items required), optional forbidden words,
# and its code in each family. A family left out of `codes` does not take the topic.
# --------------------------------------------------------------------------------------
CEASEFIRE = "ceasefire|truce|armistice|fire|cessation|de-escalation|deescalation|deescalate"
HALT = "halt|stop|end|cease|suspend"
HOSTILITIES = ("fighting|hostility|hostilities|violence|attack|offensive|bombing|shelling|airstrike|"
               "bombardment|incursion|raid|assault|war|operation")
TOPICS: list[dict] = [
    dict(name="ceasefire", items=[CEASEFIRE], note="a ceasefire",
         codes=dict(appeal="0256", demand="1056", intent="0356", reject="1246")),
    dict(name="halt fighting", items=[HALT, HOSTILITIES], note="halting attacks",
         codes=dict(appeal="0256", demand="1056", intent="0356", reject="1246")),
    dict(name="withdraw troops", items=["withdraw|pull|withdrawal|pullout|pullback", "troop|force|soldier|army|military"],
         note="pulling troops out", codes=dict(appeal="0256", demand="1056", intent="0356", reject="1246")),
    dict(name="withdrawal", items=["withdrawal|pullout|pullback"], note="a (troop) withdrawal",
         codes=dict(appeal="0256", demand="1056", intent="0356", reject="1246")),
    dict(name="restraint", items=["restraint|calm|moderation|concession|compromise|compensation|reparation"],
         note="restraint, concessions", codes=dict(appeal="025", demand="105", intent="035", reject="124")),
    dict(name="talks", items=["talk|negotiation|negotiate|dialogue|meeting|meet|summit|consultation|conference"],
         note="talks, a meeting", codes=dict(appeal="026", demand="106", intent="036", reject="125")),
    dict(name="settlement", items=["solution|settlement|reconciliation|reconcile|resolve|settle|peace"],
         note="a settlement, peace", codes=dict(appeal="027", demand="107", intent="037", reject="127")),
    dict(name="peace plan", items=["plan|proposal|initiative|roadmap|framework|formula|offer|deal|accord|agreement"],
         note="a plan or deal", codes=dict(appeal="027", demand="107", reject="127")),
    dict(name="mediation", items=["mediation|mediate|mediator|broker"], note="mediation",
         codes=dict(appeal="028", demand="108", intent="039", accept="038", reject="126")),
    dict(name="release", items=["release|free|freeing|handover"], forbid="election|trade|speech|press|market|zone|statement|report|video|footage|data",
         note="freeing prisoners or property", codes=dict(appeal="0253", demand="1053", intent="0353", reject="1243")),
    dict(name="humanitarian aid", items=["humanitarian|food|medicine|medical|shelter|vaccine"], note="humanitarian aid",
         codes=dict(appeal="0233", demand="1033", intent="0333", reject="1223")),
    dict(name="economic aid", items=["loan|funding|fund|financing|finance|bailout|debt|credit|money|financial|cash|million|billion|dollar|euro|yen"],
         note="loans, funds", codes=dict(appeal="0231", demand="1031", intent="0331", reject="1221")),
    dict(name="military aid", items=["weapon|ammunition|munition|tank|jet|artillery|armament|interceptor"],
         note="weapons", codes=dict(appeal="0232", demand="1032", intent="0332", reject="1222")),
    dict(name="protection", items=["peacekeeper|peacekeeping|protection"], note="peacekeepers, protection",
         codes=dict(appeal="0234", demand="1034", intent="0334", reject="1224")),
    dict(name="allow aid in", items=["allow|permit|let|facilitate", "aid|convoy|delivery|relief|humanitarian|access|inspector|observer|food|fuel"],
         note="letting aid or monitors in", codes=dict(appeal="0255", demand="1055", intent="0355", reject="1245")),
    dict(name="access", items=["access|inspector|inspection|observer|monitor|investigator"],
         note="access for aid or inspectors", codes=dict(appeal="0255", demand="1055", intent="0355", reject="1245")),
    dict(name="aid", items=["aid|assistance|help"], note="aid",
         codes=dict(appeal="023", demand="103", intent="033", reject="122")),
    dict(name="lift sanctions", items=["lift|ease|end|remove|relax|suspend|waive|scrap|unfreeze", "sanction|embargo|boycott|blockade|asset"],
         note="lifting sanctions", codes=dict(appeal="0254", demand="1054", intent="0354", reject="1244")),
    dict(name="lift restrictions", items=["lift|ease|end|relax|remove", "curfew|ban|restriction|emergency|censorship"],
         note="lifting a curfew or ban", codes=dict(appeal="0251", demand="1051", intent="0351", reject="1241")),
    dict(name="leadership", items=["resign|resignation|ouster|removal|election|poll|impeachment|impeach"],
         note="resignation, elections", codes=dict(appeal="0241", demand="1041", intent="0341", reject="1231")),
    dict(name="step down", items=["step|stand", "down|aside"], note="stepping down",
         codes=dict(appeal="0241", demand="1041", intent="0341", reject="1231")),
    dict(name="reform", items=["reform"], note="reforms",
         codes=dict(appeal="024", demand="104", intent="034", reject="123")),
    dict(name="rights", items=["right|freedom|liberty"], note="rights, freedoms",
         codes=dict(appeal="0243", demand="1043", intent="0343", reject="1233")),
    dict(name="regime", items=["democracy|constitution|referendum|independence|autonomy|self-determination|democratization|federalism|statehood"],
         note="democracy, autonomy, a referendum", codes=dict(appeal="0244", demand="1044", intent="0344", reject="1234")),
    dict(name="judicial", items=["extradite|extradition|prosecute|prosecution|trial|justice"], note="extradition, trial",
         codes=dict(appeal="0213", demand="1013", intent="0313", reject="1213")),
    dict(name="information", items=["information|intelligence|evidence|clarification|explanation"], note="information",
         codes=dict(appeal="0214", demand="1014")),
    dict(name="trade", items=["trade|investment|invest|commerce"], note="trade, investment",
         codes=dict(appeal="0211", demand="1011", intent="0311", reject="1211")),
    dict(name="ties", items=["tie|relation|recognition|recognize|recognise|normalization|normalize|normalise"],
         forbid="cut|sever|break|downgrade|suspend|freeze|end", note="ties, recognition",
         codes=dict(appeal="022", demand="102", intent="032")),
    dict(name="support", items=["support|backing|solidarity"], note="support",
         codes=dict(appeal="022", demand="102", intent="032")),
    dict(name="punish", items=["sanction|embargo|boycott|isolation|isolate|ostracize|ostracise"], note="sanctions on a third party",
         codes=dict(appeal="113", demand="113")),
]

# Families: trigger pattern prefix, flags, note stem.
FAMILIES: dict[str, list[tuple[str, str, str, str]]] = {
    # (pattern, flags, note stem, forbidden words)
    "appeal": [
        ("urge/v", "", "urged X to", ""),
        ("call/v >on|upon", "", "called on X for", "phone|telephone"),
        ("call/v for", "", "called for", "phone|telephone"),
        ("appeal/v", "", "appealed for", "verdict|ruling|sentence|conviction|court"),
        ("ask/v", "", "asked X for", "question|about"),
    ],
    "demand": [
        ("demand/v", "", "demanded", ""),
        ("insist/v on", "", "insisted on", ""),
    ],
    # promises: `intent` so that a verb complement ("agreed to resume talks") is mapped by the engine
    "intent": [
        ("agree/v", "intent,recip", "agreed to", "need|importance|necessity"),
        ("promise/v", "intent", "promised", ""),
        ("pledge/v", "intent", "pledged", ""),
        ("offer/v", "intent", "offered", "condolence|sympathy|prayer|apology|resignation"),
    ],
    "reject": [
        ("reject/v", "", "rejected", "allegation|accusation|charge|claim"),
        ("refuse/v", "", "refused", "comment"),
        ("rule/v out", "", "ruled out", ""),
    ],
}

THREAT_TOPICS = [
    ("sanction|embargo|boycott|tariff|penalty", "1312", "sanctions"),
    ("force|war|retaliation|retaliate|reprisal|retribution|revenge|punishment|military|response", "138", "force, retaliation"),
    ("attack|offensive|assault|airstrike|bombing|bomb|strike|hit|destroy", "1384", "an attack"),
    ("invasion|invade|occupation|occupy|annexation|annex", "1382", "invasion or occupation"),
    ("nuclear|chemical|biological|atomic", "1385", "weapons of mass destruction"),
    ("blockade|siege", "1381", "a blockade"),
    ("kidnapping|kidnap|assassination|assassinate|terror|terrorism|suicide", "1383", "unconventional violence"),
    ("crackdown|arrest|repression|prosecution|jail|imprisonment|execution|detention|punish|prosecute", "137", "repression"),
    ("protest|demonstration|walkout|unrest|uprising", "133", "protests"),
    ("curfew", "1323", "a curfew"),
    ("emergency|martial", "1324", "emergency rule"),
]
THREAT_TOPICS_2 = [  # two required items
    (["sever|cut|break|downgrade|suspend|freeze", "tie|relation"], "1313", "breaking ties"),
    (["cut|suspend|halt|withhold|freeze|stop|end|reduce", "aid|assistance|funding"], "1311", "cutting aid"),
    (["halt|suspend|quit|abandon|end|boycott|leave", "talk|negotiation|dialogue"], "134", "walking out of talks"),
    (["expel|withdraw|expulsion", "peacekeeper|inspector|observer|monitor|mission"], "136", "expelling monitors"),
]
THREATENERS = [("threaten/v", "intent"), ("warn/v", "")]

AID_TOPICS = [
    ("humanitarian|food|medicine|medical|shelter|tent|blanket|vaccine|water", "073", "humanitarian aid", ""),
    ("loan|grant|credit|funding|fund|financing|cash|money|financial|economic|budget|bailout", "071", "economic aid", ""),
    ("weapon|arm|ammunition|munition|tank|missile|jet|artillery|armament|military|drone|howitzer|defense|defence|training",
     "072", "military aid", "troop|force|soldier|personnel|unit|battalion|brigade|reinforcement|police"),
    ("peacekeeper|peacekeeping|protection|escort", "074", "peacekeepers, protection", ""),
    ("aid|assistance|help|supply", "070", "aid", ""),
]
GIVERS = ["provide/v", "give/v", "send/v", "deliver/v", "donate/v", "supply/v", "grant/v", "extend/v", "airlift/v", "ship/v",
          "fly/v", "dispatch/v", "rush/v", "share/v"]

CUT_TOPICS = [
    ("aid|assistance|funding", "162", "aid"),
    ("economic|financial|loan|credit|grant", "1621", "economic aid"),
    ("military|weapon|arm|ammunition|munition", "1622", "military aid"),
    ("humanitarian|food|relief|medicine", "1623", "humanitarian aid"),
]
CUTTERS = ["suspend/v", "cut/v", "halt/v", "freeze/v", "withhold/v", "stop/v", "end/v"]

ACCUSE_TOPICS = [
    ("corruption|fraud|bribery|embezzlement|theft|crime|murder|smuggling|laundering|terrorism|graft", "1121", "crime, corruption"),
    ("abuse|torture|rights|mistreatment|persecution|discrimination|disappearance", "1122", "human rights abuses"),
    ("aggression|attack|invasion|provocation|provoke|provoking|incursion|shelling|bombing|airstrike|interference|meddling|violate|violating",
     "1123", "aggression"),
    ("genocide|atrocity|cleansing|massacre", "1124", "war crimes"),
    ("espionage|spying|spy|treason|sedition", "1125", "espionage"),
]
ACCUSERS = [("accuse/v", ""), ("blame/v", ""), ("accusation/n", "weak")]

PROBE_TOPICS = [
    ("corruption|fraud|bribery|embezzlement|crime|murder|killing|theft|smuggling|laundering|scandal|wrongdoing|misconduct",
     "091", "corruption, crime"),
    ("abuse|torture|rights|disappearance|mistreatment|rape|violation", "092", "rights abuses"),
    ("attack|strike|airstrike|bombing|shelling|incident|raid|shootdown|clash|operation", "093", "a military action"),
    ("genocide|atrocity|cleansing|massacre", "094", "war crimes"),
]
PROBERS = [("investigate/v", ""), ("probe/v", ""), ("investigation/n", "weak"), ("inquiry/n", "weak")]

PROTEST_TOPICS = [
    ("resignation|ouster|removal|resign|impeachment", "1411", "leadership change"),
    ("law|bill|policy|reform|decision|price|tax|austerity|cut|hike|increase|plan", "1412", "a policy"),
    ("right|freedom|liberty|equality", "1413", "rights"),
    ("democracy|independence|autonomy|referendum|constitution|self-determination", "1414", "institutions"),
]
PROTESTERS = [("demonstrate/v", ""), ("protest/v", ""), ("rally/v", ""), ("march/v", "")]


# --------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------
def matrix_rows() -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def add(code: str, pattern: str, flags: str, note: str) -> None:
        rows.append((code, " ".join(pattern.split()), flags, note))

    for family, verbs in FAMILIES.items():
        for verb, flags, _stem, forbid in verbs:
            for topic in TOPICS:
                key = "accept" if family == "intent" and verb.startswith("agree") and "accept" in topic["codes"] else family
                code = topic["codes"].get(key)
                if code is None:
                    continue
                bans = "|".join(w for w in (forbid, topic.get("forbid", "")) if w)
                pattern = f"{verb} {' '.join(topic['items'])}" + (f" !{bans}" if bans else "")
                add(code, pattern, flags, f"{display(verb)} + {topic['note']} ({family} matrix)")
    for verb, flags in THREATENERS:
        stem = "a threat of" if verb.endswith("/n") else verb.split("/")[0] + "ed"
        for words, code, note in THREAT_TOPICS:
            add(code, f"{verb} {words}", flags, f"{stem} {note} (threat matrix)")
        for items, code, note in THREAT_TOPICS_2:
            add(code, f"{verb} {' '.join(items)}", flags, f"{stem} {note} (threat matrix)")
    for verb in GIVERS:
        for words, code, note, forbid in AID_TOPICS:
            add(code, f"{verb} {words}" + (f" !{forbid}" if forbid else ""), "", f"{verb.split('/')[0]} {note} to Y (aid matrix)")
    for verb in CUTTERS:
        for words, code, note in CUT_TOPICS:
            add(code, f"{verb} {words}", "", f"{verb.split('/')[0]} {note} to Y (aid-cut matrix)")
    for verb, flags in ACCUSERS:
        for words, code, note in ACCUSE_TOPICS:
            add(code, f"{verb} {words}", flags, f"{verb.split('/')[0]} Y of {note} (accusation matrix)")
    for verb, flags in PROBERS:
        for words, code, note in PROBE_TOPICS:
            add(code, f"{verb} {words}", flags, f"{verb.split('/')[0]} {note} (probe matrix)")
    for verb, flags in PROTESTERS:
        for words, code, note in PROTEST_TOPICS:
            add(code, f"{verb} for|against|over {words}", flags, f"{verb.split('/')[0]} over {note} (protest matrix)")
    return rows


def display(verb: str) -> str:
    """'call/v >on|upon' -> 'call on/upon': the trigger and its fixed words, for notes."""
    words = [w.lstrip(">").replace("|", "/") for w in verb.split()]
    return " ".join([words[0].split("/")[0], *words[1:]])


def root_of(code: str) -> str:
    return code[:2]


MARKER = "# ===== GENERATED BELOW by scripts/build_event_lexicon.py"
PREAMBLE = [
    "# detente event lexicon: trigger patterns to CAMEO event codes. Format, conventions and",
    "# sources: SOURCES.md in this folder. Check after any edit: python scripts/build_event_lexicon.py --check",
    "# Hand part first (edit it freely); the generated part below the GENERATED marker is rewritten",
    "# by the script from its topic tables. A hand row with the same pattern as a generated row wins.",
]


def hand_part(path: Path) -> list[str]:
    """The hand-written lines of the lexicon: everything after the header row and before the marker."""
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("code\t"))
    end = next((i for i, line in enumerate(lines) if line.startswith(MARKER)), len(lines))
    part = lines[header + 1:end]
    while part and not part[-1].strip():
        part.pop()
    return part


def build(path: Path = OUT) -> list[str]:
    """TSV lines: preamble, header, the hand part as it is, then the generated part by CAMEO root."""
    hand = hand_part(path)
    taken = {line.split("\t")[1] for line in hand if line.strip() and not line.startswith("#") and "\t" in line}
    by_root: dict[str, list[str]] = defaultdict(list)
    for code, pattern, flags, note in matrix_rows():
        if pattern in taken:  # the hand part overrides a generated row with the same pattern
            continue
        taken.add(pattern)
        by_root[root_of(code)].append("\t".join((code, pattern, flags, note)))
    lines = PREAMBLE + ["code\tpattern\tflags\tnote"] + hand + [""]
    lines += [f"{MARKER} from the verb-family x topic tables in that script. Do not edit below this line:",
              "# add or correct a row in the hand part above instead. =====",
              "# Within a root, rows come in family and topic order; among rows of equal specificity the",
              "# engine takes the first in file order, so specific topics precede generic ones."]
    for root in sorted(by_root):
        lines += ["", f"# ---- {root} {ROOT_NAMES[root]} (generated) ----"] + by_root[root]
    return lines


# --------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------
def load_codes(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {row["code"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def check(path: Path = OUT) -> int:
    codes = load_codes(SHARED_CODES if SHARED_CODES.exists() else CODES)
    problems: list[str] = []
    per_root: Counter[str] = Counter()
    per_code: Counter[str] = Counter()
    seen: dict[tuple[str, str], int] = {}
    header_seen = False
    rows = 0
    triggers: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("\t")
        if not header_seen:
            if fields != ["code", "pattern", "flags", "note"]:
                problems.append(f"{number}: bad header {raw!r}")
            header_seen = True
            continue
        if len(fields) != 4:
            problems.append(f"{number}: {len(fields)} fields, want 4: {raw!r}")
            continue
        code, pattern, flags, note = fields
        rows += 1
        if code not in codes:
            problems.append(f"{number}: unknown CAMEO code {code!r}")
        if any(f != f.strip() for f in fields):
            problems.append(f"{number}: stray spaces around a field")
        unknown = {f for f in flags.split(",") if f} - FLAGS
        if unknown:
            problems.append(f"{number}: unknown flags {sorted(unknown)}")
        items = pattern.split()
        trigger, _, pos = items[0].partition("/")
        if pos not in ("", "v", "n", "a"):
            problems.append(f"{number}: bad part of speech in {items[0]!r}")
        if not trigger or not trigger.replace("-", "").isalpha() or trigger != trigger.lower():
            problems.append(f"{number}: odd trigger {items[0]!r}")
        for item in items[1:]:
            words = item.lstrip("!>")
            if not words or any(not w for w in words.split("|")) or "_" in words:
                problems.append(f"{number}: bad item {item!r}")
        if not note:
            problems.append(f"{number}: empty note")
        key = (pattern, code)
        if key in seen:
            problems.append(f"{number}: duplicate of line {seen[key]}: {code} {pattern}")
        seen[key] = number
        per_root[code[:2]] += 1
        per_code[code] += 1
        required = " ".join(sorted(i for i in items[1:] if not i.startswith("!")))
        triggers[f"{items[0]} {required}"].append((number, code, flags))
    if not header_seen:
        problems.append("no header")
    clashes = {k: v for k, v in triggers.items() if len({c for _, c, _ in v}) > 1}
    missing = [r for r in ROOT_NAMES if per_root[r] == 0]
    for root in missing:
        problems.append(f"root {root} has no rows")
    print(f"{path}: {rows} rows, {len(per_code)} distinct codes")
    for root in sorted(ROOT_NAMES):
        print(f"  {root} {ROOT_NAMES[root]:<36} {per_root[root]:5d}")
    if clashes:
        print(f"same trigger and required words, different codes ({len(clashes)}; the first in file order wins):")
        for key, hits in sorted(clashes.items()):
            print(f"  {key}: " + ", ".join(f"line {n} -> {c}" for n, c, _ in hits))
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def check_grammar(folder: Path = GRAMMAR) -> int:
    """Load the grammar's word lists and code maps through their validating loader."""
    sys.path.insert(0, str(ROOT / "src"))
    from detente.errors import LexiconError
    from detente.wordlists import load_lists, load_maps

    try:
        lists, maps = load_lists(folder / "word_lists.tsv"), load_maps(folder / "code_maps.tsv")
    except LexiconError as exc:
        print("PROBLEM", exc)
        return 1
    print(f"{folder}: {len(lists)} word lists ({sum(map(len, lists.values()))} words), "
          f"{len(maps)} code maps ({sum(map(len, maps.values()))} entries)")
    print("OK")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the TSV")
    args = parser.parse_args()
    if not args.check:
        OUT.write_text("\n".join(build(OUT)) + "\n", encoding="utf-8")
    lexicon = check(OUT)
    return check_grammar() or lexicon


if __name__ == "__main__":
    sys.exit(main())
