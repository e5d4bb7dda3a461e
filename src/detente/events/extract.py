"""Events from a parsed, actor-marked Doc: the document read in order, as a person reads it.

Reads: tokens with dependency parses and entities, `doc._.detente_matches` (actor
phrases), `doc._.detente_skip` (credits, keyword lines), `doc._.published`, and the
event lexicon (data/events/lexicon.tsv). Writes `doc._.detente_events`: a list of
`Draft`s, one per directed dyad, each with the trigger, the lexicon line or grammar
rule that fired, the resolved date and the quote's speaker.

Two passes: the first meets every named actor in order (so "he", "Zhai", "the two
sides" and quote speakers resolve), the second finds triggers and their arguments
(arguments.py: sources, targets, doers of acts, the conflict context).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.actors.lexicon import Entry
from detente.actors.resolve import Memory, Mention, Resolver
from detente.events import grammar as g
from detente.events.arguments import Arguments
from detente.events.dates import ResolvedDate, resolve_date
from detente.events.lexicon import EventLexicon, Pattern
from detente.events.quotes import attribution_subject, in_spans, paragraph_index, quote_spans, quoted_share
from detente.ontology import lookup
from detente.parse.segments import in_skip

INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "030"}
INTENT_BY_CODE = {"045": "039", "046": "036", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
                  "071": "0331", "072": "0332", "073": "0333", "074": "0334"}
INTENT_BY_CODE |= {"081": "0351", "082": "0352", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354",
                   "086": "0355", "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356"}
THREAT_BY_ROOT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
THREAT_BY_CODE = {"161": "1313", "162": "1311", "163": "1312", "164": "1313", "191": "1381", "192": "1382",
                  "180": "1383", "181": "1383", "183": "1383", "200": "1384", "204": "1384"}
REFUSAL_BY_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124", "09": "120"}
REFUSAL_BY_CODE = {"045": "126", "039": "126", "057": "127", "0311": "1211", "0312": "1212"}
MATERIAL_CONFLICT = {"15", "17", "18", "19", "20"}
# Acts that answer another act: criticism, praise, rejection, demands aim at its doer.
ARMED = {"MIL", "REB", "INS", "COP", "GOV", "SPY", "UAF", "SEP"}  # the sides of a civil war
REACTION_ROOTS = {"01", "02", "05", "10", "11", "12", "13", "16"}
NOMINAL_HEADS = ("NOUN", "PROPN", "PRON")


@dataclass
class Draft:
    sent_index: int
    sent: Span
    source: Mention
    target: Mention | None
    code: str
    rule: str
    pattern: Pattern | None
    triggers: list[Token]
    speaker: Mention | None = None
    date: ResolvedDate | None = None
    place: str | None = None
    confidence: float = 0.9
    notes: list[str] = field(default_factory=list)


@dataclass
class Predicate:
    token: Token
    pattern: Pattern
    code: str
    rule: str
    complement: Token | None = None
    recip: bool = False

    def __post_init__(self) -> None:
        self.recip = self.recip or "recip" in self.pattern.flags


class EventExtractor:
    """spaCy component, last in the pipeline."""

    def __init__(self, lexicon: EventLexicon, countries: dict[str, Entry]) -> None:
        self.lexicon = lexicon
        self.countries = countries

    def __call__(self, doc: Doc) -> Doc:
        doc._.detente_events = DocumentReader(doc, self.lexicon, self.countries).read()
        return doc


class DocumentReader(Arguments):
    def __init__(self, doc: Doc, lexicon: EventLexicon, countries: dict[str, Entry]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.memory = Memory(published=doc._.published, home=home_country(doc))
        self.resolver = Resolver(doc, self.memory, countries)
        self.quotes = quote_spans(doc.text)
        self.sents = [s for s in doc.sents if s.text.strip() and not in_skip(doc, s.start_char)]
        skips = sorted(doc._.detente_skip or [])
        self.skipped = {t.i for t in doc if in_spans(t.idx, skips)} if skips else set()
        self.dates: dict[int, list[tuple[int, ResolvedDate]]] = {}  # sentence start -> (date root, date)
        self.speakers: dict[int, Mention | None] = {}
        self.conflicts: list[tuple[int, list[Mention]]] = []
        self.acts: list[tuple[int, str, Mention]] = []  # (trigger position, trigger lemma, doer)
        self.predicates: dict[int, Predicate | None] = {}
        self.act_roots: list[tuple[int, str, Mention, str]] = []  # the same, with the act's CAMEO root

    # -- pass one: meet the actors, find the speakers ----------------------------------------
    def read(self) -> list[Draft]:
        own: list[Mention | None] = []
        for sent in self.sents:
            self._meet(sent)
            subject = attribution_subject(sent, self.quotes)
            found = self.resolver.actors(subject) if subject is not None else []
            own.append(found[0] if found else None)
        self._assign_speakers(own)
        drafts: list[Draft] = []
        for index, sent in enumerate(self.sents):
            drafts.extend(self._sentence(index, sent))
        return dedupe(drafts)

    def _meet(self, sent: Span) -> None:
        matches = self.doc._.detente_matches or {}
        for token in sent:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod", "poss", "conj", "flat"):
                continue
            # Only phrases that can name someone: a lexicon word or a name in them.
            if not (token.i in matches or token.ent_type_ or any(c.i in matches or c.ent_type_ for c in token.children)):
                continue
            if token.i in self.skipped:
                continue
            mentions = self.resolver.actors(token)
            self.resolver.remember(mentions, token.i)
            if token.lemma_.lower() in ("war", "conflict", "fighting", "clash", "hostility", "violence", "battle"):
                pair = [m for p in g.prep_objects(token, ("between",)) for m in self.resolver.actors(p)]
                if len({m.country for m in pair}) >= 2:
                    self.conflicts.append((token.i, pair))

    def _assign_speakers(self, own: list[Mention | None]) -> None:
        paragraphs = paragraph_index(self.doc, self.sents)
        for i, sent in enumerate(self.sents):
            speaker = own[i]
            if speaker is None and quoted_share(sent, self.quotes) > 0.5:
                same = [j for j in range(len(self.sents)) if paragraphs[j] == paragraphs[i] and own[j] is not None]
                before = [j for j in same if j < i]
                after = [j for j in same if j > i]
                if before or after:
                    speaker = own[before[-1]] if before else own[after[0]]
            self.speakers[i] = speaker

    # -- pass two: events ---------------------------------------------------------------
    def _sentence(self, index: int, sent: Span) -> list[Draft]:
        drafts: list[Draft] = []
        consumed: set[int] = set()
        predicates = self._strongest([p for p in (self._predicate(t) for t in sent) if p is not None])
        predicates = self._main_acts(predicates)
        for pred in predicates:  # intents first: they consume their complements
            if "intent" in pred.pattern.flags or g.future(pred.token) or pred.pattern.trigger in g.THREAT_VERBS:
                self._intent(pred, predicates, consumed)
        drafts.extend(self._modal_demands(index, sent, consumed))
        for pred in predicates:
            # Speech verbs only carry quotes; a bare statement (010) is not worth a record.
            if pred.token.i in consumed or not pred.code or ("say" in pred.pattern.flags and pred.code == pred.pattern.code):
                continue
            drafts.extend(self._events(index, sent, pred))
        for draft in drafts:
            draft.date = draft.date or self._date(draft.triggers[0], sent)
            draft.place = self._place(draft.triggers[0])
        return drafts

    def _predicate(self, token: Token) -> Predicate | None:
        """The lexicon entry a token triggers, matched once per token; its sentence's pass
        may refine it (an intent's code), which later readers of its flags do not mind."""
        if token.i not in self.predicates:
            self.predicates[token.i] = self._match(token)
        return self.predicates[token.i]

    def _match(self, token: Token) -> Predicate | None:
        candidates = self.lexicon.candidates(token.lemma_.lower(), token.lower_)
        if not candidates or token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ") or token.i in self.skipped:
            return None
        words = g.local_words(token)
        if token.pos_ in ("NOUN", "PROPN") and g.subject_verb(token) is not None:
            words |= g.local_words(g.subject_verb(token), depth=1)
        for pattern in candidates:
            if pattern.pos and token.pos_ not in pattern.pos:
                continue
            if pattern.forbidden & words or not all(req & words for req in pattern.required):
                continue
            if g.negated(token):
                return self._refusal(token, pattern)
            if g.hypothetical(token) or g.blocked(token):
                return None
            if g.demand_modal(token) and self._speaker_for(token) is not None:
                return None  # "Israel must stop ...": the demand is the event
            return Predicate(token, pattern, pattern.code, f"{pattern.code} {pattern.text}")
        return None

    def _refusal(self, token: Token, pattern: Pattern) -> Predicate | None:
        """'said he would not hold talks': a cooperative act refused for the future is a
        rejection (12x); any other negated act is no event."""
        code = REFUSAL_BY_CODE.get(pattern.code) or REFUSAL_BY_ROOT.get(lookup(pattern.code).root)
        if code is None or not g.future(token) or g.hypothetical(token):
            return None
        refusal = Predicate(token, pattern, code, f"{pattern.code} {pattern.text} + refused for the future -> {code}")
        refusal.recip = False  # one side refuses: no partner needed
        return refusal

    @staticmethod
    def _strongest(predicates: list[Predicate]) -> list[Predicate]:
        """Drop `weak` entries where a stronger one fires in the same clause."""
        strong_heads = {g.clause_head(p.token).i for p in predicates if not p.pattern.flags & {"weak", "say"}}
        return [p for p in predicates if "weak" not in p.pattern.flags or g.clause_head(p.token).i not in strong_heads]

    def _main_acts(self, predicates: list[Predicate]) -> list[Predicate]:
        """Leave out what only describes another act: a meeting noun that is the
        occasion of a greeting ("greets X during their meeting on the sidelines of the
        summit"), a purpose clause of the same kind ("met with X to discuss ...")."""
        acts = {p.token.i: p for p in predicates if "say" not in p.pattern.flags}
        kept = []
        for pred in predicates:
            tok, root = pred.token, lookup(pred.code).root
            if pred.token.pos_ in ("NOUN", "PROPN") and g.circumstance_of(tok, acts):
                continue
            head = acts.get(tok.head.i) if tok.dep_ in ("xcomp", "advcl") else None
            if head is not None and lookup(head.code).root == root and "intent" not in head.pattern.flags:
                continue
            kept.append(pred)
        return kept

    def _intent(self, pred: Predicate, predicates: list[Predicate], consumed: set[int]) -> None:
        """'agreed to coordinate' -> 032; 'will continue fighting' -> 138; 'threatened to strike' -> 138."""
        inner = None
        if "intent" in pred.pattern.flags or pred.pattern.trigger in g.THREAT_VERBS:
            by_token = {p.token.i: p for p in predicates if p is not pred and p.token.i not in consumed}
            inner = next((by_token[t.i] for t in g.complement_chain(pred.token) if t.i in by_token), None)
            if inner is None and pred.token.pos_ == "ADJ" and not pred.pattern.required:
                pred.code = ""  # "ready for any scenario": readiness with no act announced
                return
        base = inner or pred
        root = lookup(base.code).root
        threat = pred.pattern.trigger in ("threaten", "warn", "vow") or (inner is None and g.future(pred.token))
        # "France will withdraw its ambassador" is the decision itself (161); only violence
        # announced ("we will keep fighting") or an act made conditional is a threat.
        announced = inner is None and root in ("16", "17") and not g.conditional(pred.token)
        if root in THREAT_BY_ROOT and not announced and (threat or inner is not None or g.future(pred.token)):
            code = THREAT_BY_CODE.get(base.code, THREAT_BY_ROOT[root])
        elif root in INTENT_BY_ROOT and (inner is not None or g.future(pred.token)):
            code = INTENT_BY_CODE.get(base.code, INTENT_BY_ROOT[root])
        else:
            return
        if inner is not None:
            consumed.add(inner.token.i)
            pred.complement = inner.token
            # The complement's act decides ("agreed to release sailors" is one-way), and only
            # when the subject takes part: "X welcomed A and B to hold talks" is X inviting.
            pred.recip = inner.recip and not g.is_passive(pred.token) and not g.direct_objects(pred.token)
        pred.code = code
        pred.rule = f"{pred.rule} + {'future' if inner is None else 'intent ' + inner.pattern.text} -> {code}"

    # -- arguments --------------------------------------------------------------------------
    def _events(self, index: int, sent: Span, pred: Predicate) -> list[Draft]:
        token, pattern = pred.token, pred.pattern
        speaker = self._speaker_for(token)
        notes: list[str] = []
        if "speaker" in pattern.flags:
            if speaker is None:
                return []
            subject = g.subjects(token) or ([g.controller(token)] if g.controller(token) is not None else [])
            targets = [m for s in subject for m in self.resolver.actors(s, speaker)]
            return self._pairs(index, sent, pred, [speaker], targets, speaker, ["source: the quote's speaker"])
        sources = self._sources(token, speaker, notes)
        targets = self._targets(pred, speaker, notes)
        if sources:  # an object that is the source itself ("a warning of his own") is no target
            targets = [t for t in targets if all(t.code != s.code for s in sources)]
        if not sources and g.is_passive(token) and speaker is not None and self._quoted(token):
            sources = [speaker]
            notes.append("passive with no agent in a quote: the speaker")
        if not sources and pred.recip and len(targets) >= 2:
            sources, targets = targets, []
        if not sources:
            return []
        root = lookup(pred.code).root
        if not targets and (root in MATERIAL_CONFLICT or pred.code.startswith(("045", "138", "039"))):
            targets = self._conflict_context(token, sources, pred.code)
            if targets:
                notes.append("target from the conflict the article is about")
        if pred.recip and not targets and len({s.code for s in sources}) < 2:
            return []  # a meeting or a clash needs two parties; one alone ("a NATO summit") is no event
        if pred.code in ("042", "043") and not targets:
            return []  # a visit needs a host
        if root in ("18", "19") and token.pos_ == "VERB" and sources and all(s.agent in ("CVL", "OPP") for s in sources):
            pred.code, pred.recip = "145", False  # protesters clashing or attacking: a violent protest (CAMEO 145)
            pred.rule += " + done by civilians -> 145"
        return self._pairs(index, sent, pred, sources, targets, speaker, notes)

    # -- assembling -----------------------------------------------------------------------
    def _pairs(self, index: int, sent: Span, pred: Predicate, sources: list[Mention], targets: list[Mention],
               speaker: Mention | None, notes: list[str]) -> list[Draft]:
        # "the two sides agreed to halt the fighting": an agreement between its own parties
        agreed = pred.pattern.trigger in ("agree", "pledge", "commit", "promise") and len({s.code for s in sources}) >= 2
        recip = pred.recip or g.each_other(pred.token) or agreed
        if recip and len({s.code for s in sources}) >= 2:
            targets = []  # "Pakistan and Iran agreed to return their ambassadors": between the two
        pairs: list[tuple[Mention, Mention | None]] = []
        if recip and not targets and len(sources) >= 2:
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
            notes = notes + ["reciprocal: each pair both ways"]
        elif recip and targets:
            pairs = [(a, b) for a in sources for b in targets] + [(b, a) for a in sources for b in targets]
            notes = notes + ["reciprocal: both directions"]
        else:
            pairs = [(a, b) for a in sources for b in (targets or [None])]
        triggers = [pred.token] + ([pred.complement] if pred.complement is not None else [])
        confidence = 0.9 - 0.2 * ("weak" in pred.pattern.flags) - 0.1 * any("conflict" in n for n in notes)
        drafts = []
        for source, target in pairs:
            if target is not None and (target.code == source.code or (not source.agent and source.country == target.country)):
                continue  # a country acting on itself ("Pakistan ... its ambassadors") is no event
            drafts.append(Draft(index, sent, source, target, pred.code, pred.rule, pred.pattern, triggers,
                                speaker=speaker, confidence=round(confidence, 2), notes=list(notes)))
        if recip and len(pairs) >= 1:
            members = list({m.code: m for pair in pairs for m in pair if m is not None}.values())
            self.resolver.remember(members, pred.token.i)
            if len(members) >= 2:
                self.resolver.memory.event_groups.append((pred.token.i, members))
        for source, _target in pairs[:1]:
            self.acts.append((pred.token.i, pred.token.lemma_.lower(), source))
            self.act_roots.append((pred.token.i, pred.token.lemma_.lower(), source, lookup(pred.code).root))
        root = lookup(pred.code).root
        if root in MATERIAL_CONFLICT:
            for source, target in pairs:
                if target is not None:
                    self.conflicts.append((pred.token.i, [source, target]))
        return drafts

    def _modal_demands(self, index: int, sent: Span, consumed: set[int]) -> list[Draft]:
        """A quote's "X must stop ..." is the speaker demanding of X (100); "should" appeals (020)."""
        drafts = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.dep_ == "conj":
                continue
            code = g.demand_modal(token)
            speaker = self._speaker_for(token) if code else None
            if speaker is None or g.negated(token):
                continue
            rule = f"modal demand in a quote: '{token.text}' under '{code == '100' and 'must' or 'should'}' -> {code}"
            pattern = Pattern(code, token.lemma_, (), (), frozenset(), frozenset(), frozenset(), rule, "grammar")
            subjects = g.subjects(token)
            targets = [m for s in subjects for m in self.resolver.actors(s, speaker)]
            if subjects and not targets and code == "100":
                # "The offensive on Marib must stop": a demand with no one named to meet it
                code = "1056" if token.lemma_.lower() in g.CESSATION and self._is_violence(subjects[0]) else code
                drafts.append(Draft(index, sent, speaker, None, code, rule, pattern, [token], speaker=speaker,
                                    confidence=0.6, notes=["source: the quote's speaker"]))
            for target in targets:
                if target.code == speaker.code or any(s.lower_ in ("we", "i", "us") for s in subjects):
                    continue  # "we must ..." is a pledge, not a demand; "Ruto must listen" is one
                drafts.append(Draft(index, sent, speaker, target, code, rule, pattern, [token], speaker=speaker,
                                    confidence=0.75, notes=["source: the quote's speaker"]))
            consumed.update(t.i for t in token.subtree)
        return drafts

    def _is_violence(self, noun: Token) -> bool:
        return any(lookup(p.code).root in MATERIAL_CONFLICT | {"13", "14"} for p in self.lexicon.candidates(noun.lemma_.lower()))

    def _quoted(self, token: Token) -> bool:
        """Inside quotation marks: the speaker's own words ("... are welcomed to ...")."""
        return in_spans(token.idx, self.quotes)

    def _speaker_for(self, token: Token) -> Mention | None:
        if in_spans(token.idx, self.quotes):
            index = self._sent_index(token)
            return self.speakers.get(index) if index is not None else None
        for tok in token.ancestors:
            if tok.lemma_.lower() in ("say", "add", "tell", "state", "declare", "insist", "stress") and tok.pos_ == "VERB":
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    found = self.resolver.actors(subject)
                    return found[0] if found else None
        return None

    def _sent_index(self, token: Token) -> int | None:
        for i, sent in enumerate(self.sents):
            if sent.start <= token.i < sent.end:
                return i
        return None

    # -- when and where ----------------------------------------------------------------------
    def _date(self, trigger: Token, sent: Span) -> ResolvedDate | None:
        published = self.doc._.published
        clause = g.governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        clause = clause or trigger
        if sent.start not in self.dates:
            found = ((e.root.i, resolve_date(e.text, published)) for e in sent.ents if e.label_ == "DATE")
            self.dates[sent.start] = [(i, d) for i, d in found if d]
        every = self.dates[sent.start]
        if not every:
            return None
        left, right = clause.left_edge.i, clause.right_edge.i
        near = [d for i, d in every if left <= i <= right]
        if near:
            return near[0]
        return every[0][1] if len(every) == 1 else None

    def _place(self, trigger: Token) -> str | None:
        clause = g.governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        for child in (clause or trigger).children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near"):
                for obj in child.children:
                    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
                        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                        return ent.text if ent is not None else obj.text
        return None


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One event per sentence, dyad and code; the most confident survives."""
    best: dict[tuple[int, str, str | None, str], Draft] = {}
    for draft in drafts:  # two triggers of one kind for one dyad in one sentence are one event
        key = (draft.sent_index, draft.source.code, draft.target.code if draft.target else None, lookup(draft.code).root)
        if key not in best or (draft.confidence, _specific(draft.code)) > (best[key].confidence, _specific(best[key].code)):
            best[key] = draft
    kept = list(best.values())
    # "St Vincent and the Grenadines Prime Minister Ralph Gonsalves": the country and its
    # official are one actor; keep the official.
    specific = {(d.sent_index, d.source.country, d.target.code if d.target else None, lookup(d.code).root)
                for d in kept if d.source.agent}
    kept = [d for d in kept if d.source.agent or
            (d.sent_index, d.source.country, d.target.code if d.target else None, lookup(d.code).root) not in specific]
    return sorted(kept, key=lambda d: (d.sent_index, d.triggers[0].i))


def _specific(code: str) -> int:
    """How specific a CAMEO code is: 138 says more than 130, 0356 more than 035."""
    return len(code) + (not code.endswith("0"))


def home_country(doc: Doc) -> str | None:
    """The country named most often: the default for 'the police', 'protesters'."""
    counts: dict[str, int] = {}
    seen = set()
    for match in (doc._.detente_matches or {}).values():
        if id(match) in seen:
            continue
        seen.add(id(match))
        entry = match.of_kind("country", "adjective", "capital")
        if entry:
            counts[entry.code[:3]] = counts.get(entry.code[:3], 0) + 1
    return max(counts, key=counts.get) if counts else None

