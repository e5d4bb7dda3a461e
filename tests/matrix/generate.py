"""The behavioural matrix (CheckList style): template sentences crossing every CAMEO
root with the frames of news English and the kinds of actor the news names.

Nothing here reads detente's lexicon or code: the expectations are what a careful
human coder would write. Generation is deterministic (no randomness at all: actor
slots are filled in a fixed rotation), so the same cases come out on every run.

Each `Case` states what must be coded: every (source, target, root) triple in
`expected` must appear among the case's events, where an actor's key is its country
code, or its full code when it has no country (IGOs: IGOUNO, IGOWSTNAT ...); a target
of None is not checked (the act has no one on the receiving end in the text). Cases
with no expectation (negations, hypotheticals, distractors) pass only when the
sentence gives no event at all.
"""
from __future__ import annotations

from dataclasses import dataclass

PUBLISHED = "2023-06-15"
POSITIVE_FRAMES = ("active", "passive", "agentless_modifier", "nominal", "with_partner", "reported",
                   "compound", "relative_apposition", "long_multiclause")
NEGATIVE_FRAMES = ("negation", "hypothetical", "distractor")
COMBOS_PER_CELL = 4


@dataclass(frozen=True)
class Slot:
    np: str      # as a subject or object: "the Turkish government"
    poss: str    # possessive: "the Turkish government's"
    adj: str     # as a modifier: "Turkish"
    key: str     # the expected country (or IGO code)
    plural: bool = False
    person: bool = False


@dataclass(frozen=True)
class Case:
    id: str
    frame: str
    root: str | None
    kind: str
    text: str
    expected: tuple[tuple[str, str | None, str], ...]


def _s(np, poss, adj, key, plural=False, person=False) -> Slot:
    return Slot(np, poss, adj, key, plural, person)


SOURCES: dict[str, list[Slot]] = {
    "government": [_s("the Turkish government", "the Turkish government's", "Turkish", "TUR"),
                   _s("Russia", "Russia's", "Russian", "RUS"),
                   _s("the Egyptian government", "the Egyptian government's", "Egyptian", "EGY"),
                   _s("France", "France's", "French", "FRA")],
    "military": [_s("the Israeli army", "the Israeli army's", "Israeli", "ISR"),
                 _s("Russian forces", "Russian forces'", "Russian", "RUS", plural=True),
                 _s("the Nigerian army", "the Nigerian army's", "Nigerian", "NGA"),
                 _s("Ethiopian troops", "Ethiopian troops'", "Ethiopian", "ETH", plural=True)],
    "police": [_s("Kenyan police", "Kenyan police's", "Kenyan police", "KEN", plural=True),
               _s("Pakistani police", "Pakistani police's", "Pakistani police", "PAK", plural=True),
               _s("Indian police", "Indian police's", "Indian police", "IND", plural=True),
               _s("Brazilian police", "Brazilian police's", "Brazilian police", "BRA", plural=True)],
    "rebels": [_s("Houthi rebels", "Houthi rebels'", "Houthi", "YEM", plural=True),
               _s("FARC rebels", "FARC rebels'", "FARC", "COL", plural=True),
               _s("Syrian rebels", "Syrian rebels'", "Syrian rebel", "SYR", plural=True),
               _s("Tuareg rebels", "Tuareg rebels'", "Tuareg rebel", "MLI", plural=True)],
    "opposition": [_s("the Venezuelan opposition", "the Venezuelan opposition's", "Venezuelan opposition", "VEN"),
                   _s("Belarusian opposition leaders", "Belarusian opposition leaders'", "Belarusian opposition",
                      "BLR", plural=True),
                   _s("the Zimbabwean opposition", "the Zimbabwean opposition's", "Zimbabwean opposition", "ZWE"),
                   _s("Cambodian opposition leaders", "Cambodian opposition leaders'", "Cambodian opposition",
                      "KHM", plural=True)],
    "protesters": [_s("Iranian protesters", "Iranian protesters'", "Iranian protest", "IRN", plural=True),
                   _s("Thai protesters", "Thai protesters'", "Thai protest", "THA", plural=True),
                   _s("Sri Lankan protesters", "Sri Lankan protesters'", "Sri Lankan protest", "LKA", plural=True),
                   _s("Peruvian demonstrators", "Peruvian demonstrators'", "Peruvian protest", "PER", plural=True)],
    "igo": [_s("the United Nations", "the United Nations'", "UN", "IGOUNO"),
            _s("NATO", "NATO's", "NATO", "IGOWSTNAT"),
            _s("the European Union", "the European Union's", "EU", "IGOEUREEC"),
            _s("the African Union", "the African Union's", "African Union", "IGOAFRAFU")],
    "leader": [_s("U.S. President Joe Biden", "U.S. President Joe Biden's", "U.S.", "USA", person=True),
               _s("Chinese President Xi Jinping", "Chinese President Xi Jinping's", "Chinese", "CHN", person=True),
               _s("German Chancellor Olaf Scholz", "German Chancellor Olaf Scholz's", "German", "DEU", person=True),
               _s("Indian Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi's", "Indian", "IND",
                  person=True)],
    "armed_group": [_s("Hamas", "Hamas's", "Hamas", "PSE"),
                    _s("Hezbollah", "Hezbollah's", "Hezbollah", "LBN"),
                    _s("the Taliban", "the Taliban's", "Taliban", "AFG", plural=True),
                    _s("al-Shabaab", "al-Shabaab's", "al-Shabaab", "SOM")],
}
TARGETS = [_s("Ukraine", "Ukraine's", "Ukrainian", "UKR"), _s("Germany", "Germany's", "German", "DEU"),
           _s("Iran", "Iran's", "Iranian", "IRN"), _s("Japan", "Japan's", "Japanese", "JPN"),
           _s("Israel", "Israel's", "Israeli", "ISR"), _s("Pakistan", "Pakistan's", "Pakistani", "PAK"),
           _s("Sudan", "Sudan's", "Sudanese", "SDN"), _s("Poland", "Poland's", "Polish", "POL"),
           _s("Saudi Arabia", "Saudi Arabia's", "Saudi", "SAU"), _s("Mexico", "Mexico's", "Mexican", "MEX")]
THIRD = ["Qatar", "Norway", "Switzerland", "Oman"]

# Per root: source kinds (in rotation), the verb (base, past, participle), the object
# after the verb, and the templates of the frames that do not follow from the active
# clause. {T} etc. are the target's slot, {S}... the source's.
ROOTS: dict[str, dict] = {
    "01": dict(kinds=("government", "leader", "igo", "opposition"), v=("comment", "commented", "commented"),
               obj="on {Tposs} election plans",
               passive="{Tposs} election plans were commented on by {S} on Monday.",
               modifier="{Tposs} election plans drew comment in a {Sadj} statement on Monday.",
               nominal="{Sposs} comments on {Tposs} election plans came on Monday.",
               with_="{S} shared {its} views on the election with {T} on Monday."),
    "02": dict(kinds=("government", "leader", "igo", "opposition"), v=("urge", "urged", "urged"),
               obj="{T} to release political prisoners",
               passive="{T} was urged by {S} to release political prisoners.",
               modifier="{T} was urged to release political prisoners in a {Sadj} appeal on Monday.",
               nominal="{Sposs} appeal to {T} to release political prisoners came on Monday.",
               with_="{S} raised an appeal for the release of political prisoners with {T}."),
    "03": dict(kinds=("government", "leader", "igo", "rebels"), v=("pledge", "pledged", "pledged"),
               obj="to cooperate with {T} on energy",
               passive="Cooperation with {T} on energy was pledged by {S} on Monday.",
               modifier="{T} was promised closer cooperation in a {Sadj} pledge on Monday.",
               nominal="{Sposs} pledge to cooperate with {T} on energy was welcomed.",
               with_="{S} agreed with {T} to cooperate on energy."),
    "04": dict(kinds=("government", "leader", "igo", "opposition"), v=("meet", "met", "met"),
               obj="officials from {T} in Geneva",
               passive="Officials from {T} were met by {S} in Geneva on Monday.",
               modifier="{Tadj} officials took part in {Sadj}-hosted talks in Geneva on Monday.",
               nominal="{Sposs} talks with {T} in Geneva ended on Monday.",
               with_="{S} held talks with {T} in Geneva on Monday."),
    "05": dict(kinds=("government", "leader", "igo", "opposition"), v=("praise", "praised", "praised"),
               obj="{T} for its reforms",
               passive="{T} was praised by {S} for its reforms.",
               modifier="{T} was praised for its reforms in a {Sadj} statement on Monday.",
               nominal="{Sposs} praise for {T} surprised observers.",
               with_="{S} restored diplomatic ties with {T} on Monday."),
    "06": dict(kinds=("government", "military", "leader", "igo"), v=("sign", "signed", "signed"),
               obj="a defence cooperation agreement with {T}",
               passive="A defence cooperation agreement with {T} was signed by {S} on Monday.",
               modifier="{T} received intelligence under a {Sadj} security cooperation deal on Monday.",
               nominal="{Sposs} military cooperation with {T} deepened this year.",
               with_="{S} deepened military cooperation with {T} on Monday."),
    "07": dict(kinds=("government", "igo", "military", "leader"), v=("send", "sent", "sent"),
               obj="humanitarian aid to {T}",
               passive="Humanitarian aid was sent to {T} by {S} on Monday.",
               modifier="Flood victims in {T} received food in a {Sadj} aid airlift on Monday.",
               nominal="{Sposs} humanitarian aid to {T} arrived on Monday.",
               with_="{S} shared emergency food supplies with {T} on Monday."),
    "08": dict(kinds=("government", "rebels", "armed_group", "military"), v=("release", "released", "released"),
               obj="prisoners from {T}",
               passive="Prisoners from {T} were released by {S} on Monday.",
               modifier="Prisoners from {T} were freed in a {Sadj} goodwill gesture on Monday.",
               nominal="{Sposs} release of prisoners from {T} was confirmed on Monday.",
               with_="{S} agreed a prisoner release with {T} on Monday."),
    "09": dict(kinds=("government", "police", "igo", "opposition"), v=("investigate", "investigated", "investigated"),
               obj="{T} over alleged war crimes",
               passive="{T} was investigated by {S} over alleged war crimes.",
               modifier="{T} faces alleged war crimes charges in a {Sadj} investigation.",
               nominal="{Sposs} investigation of {T} over alleged war crimes began on Monday.",
               with_="{S} opened an inquiry into war crimes with a focus on {T}."),
    "10": dict(kinds=("government", "protesters", "opposition", "leader"), v=("demand", "demanded", "demanded"),
               obj="that {T} withdraw its troops",
               passive="{T} was told by {S} to withdraw its troops, a demand made on Monday.",
               modifier="{T} was asked to withdraw its troops in a {Sadj} ultimatum on Monday.",
               nominal="{Sposs} demand that {T} withdraw its troops was rejected.",
               with_="{S} lodged a demand for a troop withdrawal with {T} on Monday."),
    "11": dict(kinds=("government", "leader", "igo", "opposition"), v=("condemn", "condemned", "condemned"),
               obj="{T} for the crackdown",
               passive="{T} was condemned by {S} for the crackdown.",
               modifier="{T} was condemned for the crackdown in a {Sadj} statement on Monday.",
               nominal="{Sposs} condemnation of {T} came on Monday.",
               with_="{S} lodged a formal protest with {T} over the crackdown."),
    "12": dict(kinds=("government", "leader", "rebels", "armed_group"), v=("reject", "rejected", "rejected"),
               obj="a ceasefire proposal from {T}",
               passive="A ceasefire proposal from {T} was rejected by {S} on Monday.",
               modifier="{Tposs} ceasefire proposal was turned down in a {Sadj} statement on Monday.",
               nominal="{Sposs} rejection of {Tposs} ceasefire proposal came on Monday.",
               with_="{S} broke off negotiations with {T} on Monday."),
    "13": dict(kinds=("government", "military", "armed_group", "leader"), v=("threaten", "threatened", "threatened"),
               obj="{T} with military action",
               passive="{T} was threatened by {S} with military action.",
               modifier="{T} was warned of military action in a {Sadj} threat on Monday.",
               nominal="{Sposs} threat of military action against {T} alarmed its neighbours.",
               with_="{S} threatened a war with {T} on Monday."),
    "14": dict(kinds=("protesters", "opposition", "protesters", "opposition"), v=("protest", "protested", "protested"),
               obj="against {T} in the capital",
               passive="{T} was the target of protests by {S} in the capital on Monday.",
               modifier="{T} faced mass anger in {Sadj} rallies in the capital on Monday.",
               nominal="{Sposs} protests against {T} entered a second week.",
               with_="{S} staged a sit-in at the offices of {T} on Monday."),
    "15": dict(kinds=("military", "government", "armed_group", "rebels"), v=("mobilize", "mobilized", "mobilized"),
               obj="troops on the border with {T}",
               passive="Troops were mobilized by {S} on the border with {T}.",
               modifier="{T} watched a {Sadj} military buildup on its border on Monday.",
               nominal="{Sposs} military buildup on the border with {T} continued on Monday.",
               with_="{S} massed troops along its frontier with {T} on Monday."),
    "16": dict(kinds=("government", "leader", "igo", "government"), v=("expel", "expelled", "expelled"),
               obj="{Tposs} ambassador",
               passive="{Tposs} ambassador was expelled by {S} on Monday.",
               modifier="{Tposs} ambassador was sent home in a {Sadj} diplomatic expulsion on Monday.",
               nominal="{Sposs} expulsion of {Tposs} ambassador came on Monday.",
               with_="{S} cut diplomatic ties with {T} on Monday."),
    "17": dict(kinds=("police", "government", "military", "armed_group"), v=("arrest", "arrested", "arrested"),
               obj="{T} in a raid",
               passive="{T} were arrested by {S} in a raid on Monday.",
               modifier="{T} were detained in a {Sadj} raid on Monday.",
               nominal="{Sposs} arrest of {T} in a raid sparked anger.",
               with_="{S} seized assets linked to {T} on Monday."),
    "18": dict(kinds=("armed_group", "rebels", "military", "police"), v=("abduct", "abducted", "abducted"),
               obj="{T} near the border",
               passive="{T} were abducted by {S} near the border.",
               modifier="{T} were abducted in a {Sadj} ambush near the border.",
               nominal="{Sposs} abduction of {T} near the border drew condemnation.",
               with_="{S} fired on {T} near the border on Monday."),
    "19": dict(kinds=("military", "rebels", "armed_group", "government"), v=("shell", "shelled", "shelled"),
               obj="{T} overnight",
               passive="{T} were shelled by {S} overnight.",
               modifier="Three of {T} were killed in {Sadj} shelling overnight.",
               nominal="{Sposs} bombardment of {T} continued overnight.",
               with_="{S} clashed with {T} overnight."),
    "20": dict(kinds=("military", "armed_group", "government", "rebels"), v=("massacre", "massacred", "massacred"),
               obj="hundreds of {T} in a village",
               passive="Hundreds of {T} were massacred by {S} in a village.",
               modifier="Hundreds of {T} were killed in a {Sadj} chemical weapons attack.",
               nominal="{Sposs} massacre of hundreds of {T} shocked the world.",
               with_="{S} carried out ethnic cleansing with mass killings of {T}."),
}
# Roots whose target is a group of people rather than a state: the {T} slot names them.
PEOPLE_TARGETS = {"17", "18", "19", "20"}
PEOPLE = {"17": "{adj} journalists", "18": "{adj} aid workers", "19": "{adj} soldiers", "20": "{adj} civilians"}
DOMESTIC = {"police", "protesters", "opposition"}


def _an(text: str) -> str:
    """'a Iranian' -> 'an Iranian' (not before U.S., UN, EU, Ukrainian: those take 'a')."""
    import re

    return re.sub(r"\b([Aa]) (?=[AIO]|E(?!U))", r"\1n ", text)


def _fill(template: str, s: Slot, t: Slot, **extra: str) -> str:
    its = "their" if s.plural else ("his" if s.person else "its")
    values = dict(S=s.np, Sposs=s.poss, Sadj=s.adj, T=t.np, Tposs=t.poss, Tadj=t.adj, its=its,
                  pron="they" if s.plural else ("he" if s.person else "it"), **extra)
    text = _an(template.format(**values))
    return text[0].upper() + text[1:]


def _source(root: str, i: int) -> tuple[str, Slot]:
    kind = ROOTS[root]["kinds"][i % 4]
    actors = SOURCES[kind]
    return kind, actors[(int(root) + i) % len(actors)]


def _country_adj(s: Slot) -> str:
    return s.adj.split()[0] if s.adj.split()[-1] in ("police", "protest", "opposition") else s.adj


def _target(root: str, kind: str, s: Slot, n: int) -> Slot:
    """A target that is not the source: the source's own government or people for
    domestic actors, else a foreign state (or its people, for acts against people)."""
    if kind in DOMESTIC:
        adj = _country_adj(s)
        if root in PEOPLE_TARGETS or kind == "police":
            return _s("opposition supporters", "opposition supporters'", "opposition", s.key, plural=True)
        return _s(f"the {adj} government", f"the {adj} government's", f"{adj} government", s.key)
    options = [t for t in TARGETS if t.key != s.key]
    t = options[n % len(options)]
    if root in PEOPLE_TARGETS:
        np = PEOPLE[root].format(adj=t.adj)
        return _s(np, np + "'", t.adj, t.key, plural=True)
    return t


def _active(root: str, s: Slot, t: Slot, subject: str | None = None) -> str:
    spec = ROOTS[root]
    clause = "{S} " + spec["v"][1] + " " + spec["obj"]
    return _fill(clause, s, t) if subject is None else _fill(clause.replace("{S}", subject), s, t)


def _frame_text(frame: str, root: str, i: int, s: Slot, t: Slot) -> tuple[str, list[tuple[str, str | None]]]:
    """The sentence of one positive cell and its (source, target) pairs."""
    spec, pair = ROOTS[root], [(s.key, t.key)]
    base, past, pp = spec["v"]
    if frame == "active":
        return _active(root, s, t) + " on Monday.", pair
    if frame in ("passive", "nominal"):
        return _fill(spec[frame], s, t), pair
    if frame == "agentless_modifier":
        return _fill(spec["modifier"], s, t), pair
    if frame == "with_partner":
        return _fill(spec["with_"], s, t), pair
    if frame == "reported":
        forms = ["{S} said on Tuesday that {pron} had " + pp + " " + spec["obj"] + ".",
                 "State media reported on Tuesday that {S} had " + pp + " " + spec["obj"] + ".",
                 "A spokesman said {S} had " + pp + " " + spec["obj"] + ", according to a statement.",
                 "Officials said on Tuesday that {S} had " + pp + " " + spec["obj"] + "."]
        return _fill(forms[i % 4], s, t), pair
    if frame == "compound":
        return _compound(root, i, s, t)
    if frame == "relative_apposition":
        return _relative(root, i, s, t), pair
    return _long(root, i, s, t), pair


def _compound(root: str, i: int, s: Slot, t: Slot):
    spec, kind = ROOTS[root], ROOTS[root]["kinds"][i % 4]
    if i % 2 == 0 or "{Tposs}" in spec["obj"] or kind in DOMESTIC:
        s2 = next(a for a in SOURCES[kind] + SOURCES["government"] if a.key not in (s.key, t.key))
        both = _s(f"{s.np} and {s2.np}", "", "", "", plural=True)
        return _fill("{S} " + spec["v"][1] + " " + spec["obj"] + " on Monday.", both, t), [(s.key, t.key),
                                                                                            (s2.key, t.key)]
    t2 = _target(root, kind, s, int(root) + i + 5)
    if t2.key == t.key:
        t2 = _target(root, kind, s, int(root) + i + 6)
    both = _s(f"{t.np} and {t2.np}", "", t.adj, "", plural=True)
    return _fill("{S} " + spec["v"][1] + " " + spec["obj"] + " on Monday.", s, both), [(s.key, t.key),
                                                                                       (s.key, t2.key)]


def _relative(root: str, i: int, s: Slot, t: Slot) -> str:
    spec = ROOTS[root]
    if i % 2 == 1 and "{T}" in spec["obj"]:
        if t.plural:
            apposed = t.np + ", who had been working in the area,"
        else:
            apposed = f"{t.np}, a long-standing rival of {THIRD[i % 4]},"
        return _fill("{S} " + spec["v"][1] + " " + spec["obj"].replace("{T}", apposed) + " on Monday.", s, t)
    who = "who has" if s.person else ("which have" if s.plural else "which has")
    subject = f"{s.np}, {who} faced growing pressure at home,"
    return _active(root, s, t, subject) + " on Monday."


LONG = ("After weeks of rising tension that had alarmed diplomats across the region and unsettled markets, {clause} "
        "on Monday, while analysts warned that the dispute could widen in the coming weeks.",
        "{clause} on Monday in a move that caught many observers by surprise, and the announcement came as "
        "foreign ministers from across the region gathered for a summit that had been planned for months.")


def _long(root: str, i: int, s: Slot, t: Slot) -> str:
    spec = ROOTS[root]
    clause = "{S} " + spec["v"][1] + " " + spec["obj"]
    text = LONG[i % 2].replace("{clause}", clause)
    return _fill(text, s, t)


def positive_cases() -> list[Case]:
    cases = []
    for root in ROOTS:
        for f, frame in enumerate(POSITIVE_FRAMES):
            for i in range(COMBOS_PER_CELL):
                kind, s = _source(root, i)
                t = _target(root, kind, s, f + i * 3 + int(root))
                text, pairs = _frame_text(frame, root, i, s, t)
                expected = tuple((a, b, root) for a, b in pairs)
                cases.append(Case(f"{frame}-{root}-{i}", frame, root, kind, text, expected))
    return cases


NEGATION = ("{S} did not " + "{base} {obj} on Monday, despite earlier reports.",
            "{S} has never {pp} {obj}.", "{S} did not {base} {obj}.")
HYPOTHETICAL = ("If {S} {past} {obj}, the region would face a crisis.",
                "{S} could {base} {obj} if the talks collapse, analysts believe.",
                "It is unclear whether {S} will {base} {obj}.")


def negative_cases() -> list[Case]:
    cases = []
    for root, spec in ROOTS.items():
        base, past, pp = spec["v"]
        for i in range(3):
            kind, s = _source(root, i)
            t = _target(root, kind, s, i + int(root))
            for frame, forms in (("negation", NEGATION), ("hypothetical", HYPOTHETICAL)):
                text = forms[i].replace("{obj}", spec["obj"]).format(S="{S}", base=base, past=past, pp=pp,
                                                                      obj="", T="{T}", Tposs="{Tposs}")
                cases.append(Case(f"{frame}-{root}-{i}", frame, root, kind, _fill(text, s, t), ()))
    return cases + distractors()


SPORT = ("{A} beat {B} 3-1 in a World Cup qualifier on Saturday.",
         "{A} defeated {B} on penalties to reach the final.",
         "{A}'s national team crushed {B} 4-0 in a friendly on Sunday.",
         "{Aadj} tennis star routed her {Badj} opponent in straight sets at Wimbledon.",
         "The {Aadj} runner attacked on the final climb and beat his {Badj} rival to win the marathon.",
         "{A} thrashed {B} by 80 runs in the opening match of the cricket series.")
BUSINESS = ("Shares in the {Aadj} carmaker rose 3% after it reported record profits.",
            "The {Aadj} bank agreed to buy a stake in a {Badj} insurer for $2 billion.",
            "A {Aadj} tech firm signed a deal with a {Badj} chipmaker to supply processors.",
            "Oil prices fell on Monday as traders in {A} and {B} worried about demand.",
            "The {Aadj} airline cut its profit forecast, blaming higher fuel costs.",
            "A {Aadj} retailer sued a {Badj} supplier over late deliveries.",
            "{Aadj} exports to {B} rose 12% in May, official data showed.")


def distractors() -> list[Case]:
    cases, n = [], 0
    for group, forms in (("sport", SPORT), ("business", BUSINESS)):
        for j, form in enumerate(forms):
            for k in range(4):
                a, b = TARGETS[(j + k) % 10], TARGETS[(j + k + 3) % 10]
                text = _an(form.format(A=a.np, B=b.np, Aadj=a.adj, Badj=b.adj))
                cases.append(Case(f"distractor-{group}-{j}-{k}", "distractor", None, group,
                                  text[0].upper() + text[1:], ()))
                n += 1
    return cases


def cases() -> list[Case]:
    """Every case, in a fixed order."""
    return positive_cases() + negative_cases()


def actor_key(actor) -> str | None:
    """What a case's expectation names: the country, or the code when there is none."""
    if actor is None:
        return None
    return actor.country or actor.code


def passes(case: Case, events: list) -> bool:
    """True when every expected triple is among the events (or, with none expected, no event)."""
    if not case.expected:
        return not events
    found = {(actor_key(e.source), actor_key(e.target), e.root) for e in events}
    return all(any(src == s and root == r and (tgt is None or tgt == t) for s, t, r in found)
               for src, tgt, root in case.expected)


def code_cases(all_cases: list[Case], settings=None) -> dict[str, list]:
    """Code every case as its own article, in one batch; events by case id."""
    import detente

    articles = [detente.Article(id=c.id, text=c.text, published=PUBLISHED) for c in all_cases]
    by_case: dict[str, list] = {c.id: [] for c in all_cases}
    for event in detente.code_articles(articles, settings):
        by_case[event.doc_id].append(event)
    return by_case


def rates(all_cases: list[Case], by_case: dict[str, list], field: str) -> dict[str, tuple[int, int]]:
    """(passed, total) per value of `field` (frame, root or kind)."""
    out: dict[str, list[int]] = {}
    for case in all_cases:
        cell = out.setdefault(str(getattr(case, field)), [0, 0])
        cell[0] += passes(case, by_case[case.id])
        cell[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}
