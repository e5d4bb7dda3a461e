"""Predicates: the triggers of each coded sentence, with their modality.

spaCy component `detente_predicates`, after `detente_actors`. Reads the parse, the
event lexicon (data/events/lexicon.tsv), `doc._.detente_quotes` and, to tell a
quoted demand ("X must stop ...") from an act, the speakers in `doc._.detente_actors`.
Writes `doc._.detente_predicates` (`PredicateTable`) and
`doc.spans["detente_predicates"]`: for every token its lexicon match, the matches
whose modality leaves no event (negated, hypothetical, alleged, refused or intended
by a blocking verb, demanded), and per sentence the acts the linker reads, with their
CAMEO code after modality: an act announced becomes an intent (03x), one threatened a
threat (13x), one refused for the future a rejection (12x), and a modal "must" or
"should" under a speaker a demand (100) or an appeal (020). The lexicon matches are
never rewritten: what a sentence makes of them is a copy.
Data: data/grammar/code_maps.tsv (the modality maps) and word_lists.tsv.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.doc_types import (PREDICATES, ActorView, Predicate, PredicateTable, Quotes, SentencePredicates,
                               skipped_tokens)
from detente.errors import DetenteError
from detente.events import grammar as g
from detente.events.lexicon import EventLexicon, Pattern
from detente.ontology import lookup
from detente.wordlists import code_map, words

NAME = "detente_predicates"
REQUIRES = ["token.dep", "token.lemma", "token.pos", "token.tag", "doc._.detente_quotes", "doc._.detente_actors"]
ASSIGNS = ["doc._.detente_predicates", "doc.spans"]
INTENT_BY_ROOT = code_map("intent_by_root")
INTENT_BY_CODE = code_map("intent_by_code")
THREAT_BY_ROOT = code_map("threat_by_root")
THREAT_BY_CODE = code_map("threat_by_code")
REFUSAL_BY_ROOT = code_map("refusal_by_root")
REFUSAL_BY_CODE = code_map("refusal_by_code")
DECISION_ROOTS = words("decision_roots")
ASKING_ROOTS = words("asking_roots")
SPEECH_VERBS = words("speech_verbs")
ALLEGING, REFUSING, WANTING = words("alleging_words"), words("refusing_words"), words("wanting_words")
TRIGGER_POS = ("VERB", "AUX", "NOUN", "PROPN", "ADJ")


class SentenceReader:
    """Finds one document's predicates; state: the lexicon, quotes and speakers."""

    def __init__(self, doc: Doc, lexicon: EventLexicon, actors: ActorView, quotes: Quotes) -> None:
        self.lexicon, self.actors, self.quotes = lexicon, actors, quotes
        self.skipped = skipped_tokens(doc)
        self.dropped: list[Predicate] = []
        self.matched = {t.i: self._match(t) for sent in quotes.sentences for t in sent}

    def table(self) -> PredicateTable:
        sentences = [self._sentence(i, sent) for i, sent in enumerate(self.quotes.sentences)]
        return PredicateTable(self.matched, self.dropped, sentences)

    def _sentence(self, index: int, sent: Span) -> SentencePredicates:
        raw = [p for p in (self.matched[t.i] for t in sent) if p is not None]
        predicates = [replace(p) for p in self._main_acts(self._strongest(raw))]
        consumed: set[int] = set()
        for pred in predicates:  # intents first: they consume their complements
            if "intent" in pred.pattern.flags or g.future(pred.token) or pred.pattern.trigger in g.THREAT_VERBS:
                self._intent(pred, predicates, consumed)
        demands = self._demands(sent, consumed)
        # Speech verbs only carry quotes; a bare statement (010) is not worth a record.
        acts = [p for p in predicates if p.token.i not in consumed and p.code
                and not ("say" in p.pattern.flags and p.code == p.pattern.code)]
        return SentencePredicates(index, sent, demands, acts)

    # -- the lexicon match of one token, with its modality ---------------------------------------
    def _match(self, token: Token) -> Predicate | None:
        candidates = self.lexicon.candidates(token.lemma_.lower(), token.lower_)
        if not candidates or token.pos_ not in TRIGGER_POS or token.i in self.skipped:
            return None
        pattern = self._first_fitting(token, candidates)
        if pattern is None:
            return None
        reported = {"reported"} if self._reported(token) else set()
        pred = Predicate(token, pattern, pattern.code, f"{pattern.code} {pattern.text}", modality=frozenset(reported))
        if g.negated(token):
            return self._refusal(pred)
        why = self._no_event(token) or _speculative_appeal(token, pattern)
        if why:
            self.dropped.append(replace(pred, code="", modality=pred.modality | {why}))
            return None
        return pred

    def _first_fitting(self, token: Token, candidates: list[Pattern]) -> Pattern | None:
        """The first (most specific) entry whose part of speech and dependents fit."""
        words_here = g.local_words(token)
        if token.pos_ in ("NOUN", "PROPN") and g.subject_verb(token) is not None:
            words_here |= g.local_words(g.subject_verb(token), depth=1)
        for pattern in candidates:
            if pattern.pos and token.pos_ not in pattern.pos:
                continue
            if not pattern.forbidden & words_here and all(req & words_here for req in pattern.required):
                return pattern
        return None

    def _no_event(self, token: Token) -> str | None:
        """Why an act told is not done: only possible, under a blocking word, or demanded."""
        if g.hypothetical(token):
            return "hypothetical"
        head = g.blocker(token)
        if head is not None:
            return _blocked_as(head)
        if g.demand_modal(token) and self.actors.speaker_for(token) is not None:
            return "demanded"  # "X must stop ..." in a quote: the demand is the event
        return None

    def _reported(self, token: Token) -> bool:
        return self.quotes.inside(token.idx) or any(a.lemma_.lower() in SPEECH_VERBS and a.pos_ == "VERB"
                                                    for a in token.ancestors)

    def _refusal(self, pred: Predicate) -> Predicate | None:
        """'said he would not hold talks': a cooperative act refused for the future is a
        rejection (12x); any other negated act is no event."""
        token, pattern = pred.token, pred.pattern
        code = REFUSAL_BY_CODE.get(pattern.code) or REFUSAL_BY_ROOT.get(lookup(pattern.code).root)
        if code is None or not g.future(token) or g.hypothetical(token):
            self.dropped.append(replace(pred, code="", modality=pred.modality | {"negated"}))
            return None
        rule = f"{pattern.code} {pattern.text} + refused for the future -> {code}"
        # one side refuses: no partner needed
        return replace(pred, code=code, rule=rule, recip=False, modality=pred.modality | {"negated", "refused"})

    # -- which matches of a sentence are its acts ---------------------------------------------------
    @staticmethod
    def _strongest(predicates: list[Predicate]) -> list[Predicate]:
        """Drop `weak` entries where a stronger one fires in the same clause."""
        strong_heads = {g.clause_head(p.token).i for p in predicates if not p.pattern.flags & {"weak", "say"}}
        return [p for p in predicates if "weak" not in p.pattern.flags or g.clause_head(p.token).i not in strong_heads]

    @staticmethod
    def _main_acts(predicates: list[Predicate]) -> list[Predicate]:
        """Leave out what only describes another act: a meeting noun that is the
        occasion of a greeting ("greets X during their meeting at a summit"), a purpose
        clause of the same kind ("met with X to discuss ...")."""
        acts = {p.token.i: p for p in predicates if "say" not in p.pattern.flags}
        return [p for p in predicates if not _describes_another(p, acts)]

    def _intent(self, pred: Predicate, predicates: list[Predicate], consumed: set[int]) -> None:
        """'agreed to coordinate' -> 032; 'will continue fighting' -> 138; 'threatened to strike' -> 138."""
        announces = "intent" in pred.pattern.flags or pred.pattern.trigger in g.THREAT_VERBS
        inner = _announced(pred, predicates, consumed) if announces else None
        if announces and inner is None and pred.token.pos_ == "ADJ" and not pred.pattern.required:
            pred.code = ""  # "ready for anything": readiness with no act announced
            return
        code, modality = _intended_code(pred, inner)
        if code is None:
            return
        if inner is not None:
            consumed.add(inner.token.i)
            pred.complement = inner.token
            # The complement's act decides ("agreed to release sailors" is one-way), and only
            # when the subject takes part: "X welcomed A and B to hold talks" is X inviting.
            pred.recip = inner.recip and not g.is_passive(pred.token) and not g.direct_objects(pred.token)
        pred.code, pred.modality = code, pred.modality | {modality}
        pred.rule = f"{pred.rule} + {'future' if inner is None else 'intent ' + inner.pattern.text} -> {code}"

    def _demands(self, sent: Span, consumed: set[int]) -> list[Predicate]:
        """A quote's "X must stop ..." is the speaker demanding of X (100); "should" appeals (020)."""
        demands = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.dep_ == "conj":
                continue
            code = g.demand_modal(token)
            speaker = self.actors.speaker_for(token) if code else None
            if speaker is None or g.negated(token):
                continue
            rule = f"modal demand in a quote: '{token.text}' under '{code == '100' and 'must' or 'should'}' -> {code}"
            pattern = Pattern(code, token.lemma_, (), (), frozenset(), frozenset(), frozenset(), rule, "grammar")
            demands.append(Predicate(token, pattern, code, rule, modality=frozenset({"demanded", "reported"}),
                                     speaker=speaker))
            consumed.update(t.i for t in token.subtree)
        return demands


def _describes_another(pred: Predicate, acts: dict[int, Predicate]) -> bool:
    tok, root = pred.token, lookup(pred.code).root
    if tok.pos_ in ("NOUN", "PROPN") and g.circumstance_of(tok, acts):
        return True
    head = acts.get(tok.head.i) if tok.dep_ in ("xcomp", "advcl") else None
    return head is not None and lookup(head.code).root == root and "intent" not in head.pattern.flags


def _announced(pred: Predicate, predicates: list[Predicate], consumed: set[int]) -> Predicate | None:
    """The act an intent or threat verb announces: a predicate in its complement chain."""
    by_token = {p.token.i: p for p in predicates if p is not pred and p.token.i not in consumed}
    return next((by_token[t.i] for t in g.complement_chain(pred.token) if t.i in by_token), None)


def _intended_code(pred: Predicate, inner: Predicate | None) -> tuple[str | None, str]:
    """The intent or threat code of an announced act, and which modality it is."""
    base = inner or pred
    root = lookup(base.code).root
    threat = pred.pattern.trigger in g.THREAT_VERBS or (inner is None and g.future(pred.token))
    # "X will withdraw its ambassador" is the decision itself (161); only violence
    # announced ("we will keep fighting") or an act made conditional is a threat.
    announced = inner is None and root in DECISION_ROOTS and not g.conditional(pred.token)
    if root in THREAT_BY_ROOT and not announced and (threat or inner is not None or g.future(pred.token)):
        return THREAT_BY_CODE.get(base.code, THREAT_BY_ROOT[root]), "threatened"
    if root in INTENT_BY_ROOT and (inner is not None or g.future(pred.token)):
        return INTENT_BY_CODE.get(base.code, INTENT_BY_ROOT[root]), "intended"
    return None, ""


def _blocked_as(head: Token) -> str:
    lemma = head.lemma_.lower()
    if lemma in ALLEGING:
        return "alleged"
    if lemma in REFUSING:
        return "refused"
    if lemma in WANTING:
        return "intended"
    return "hypothetical" if head.pos_ == "ADJ" else "blocked"


class PredicateStage:
    """spaCy component: a `PredicateTable` for each Doc (see the module's docstring)."""

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon

    def use(self, lexicon: EventLexicon) -> PredicateStage:
        self.lexicon = lexicon
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise DetenteError("detente_predicates has no lexicon: call .use(lexicon) after add_pipe")
        table = SentenceReader(doc, self.lexicon, doc._.detente_actors, doc._.detente_quotes).table()
        doc._.detente_predicates = table
        found = [p for s in table.sentences for p in s.demands + s.acts] + table.dropped
        doc.spans[PREDICATES] = [Span(doc, p.token.i, p.token.i + 1, label=p.code or "none") for p in found]
        return doc


def make_predicate_stage(nlp, name: str) -> PredicateStage:
    return PredicateStage()


def _speculative_appeal(token: Token, pattern: Pattern) -> str | None:
    """'X suggested that Y might invite Z': an appeal whose content is only possible is a
    guess, not an appeal."""
    if lookup(pattern.code).root not in ASKING_ROOTS or token.pos_ != "VERB":
        return None
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return "speculated" if clauses and all(g.auxiliaries(c) & g.HYPOTHETICAL for c in clauses) else None
